"""`basic`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import Ok

__all__ = ["Basic", "AsyncBasic"]


class Basic:
    """list on `basic`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BasicWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return BasicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BasicWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return BasicWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Ok:
        """GET /basic

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            "/basic",
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security=[["basic"]],
            ),
            cast_to=Ok,
        )


class BasicWithRawResponse:
    def __init__(self, resource: Basic) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class BasicWithStreamingResponse:
    def __init__(self, resource: Basic) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncBasic:
    """list on `basic`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBasicWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncBasicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBasicWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncBasicWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Ok:
        """GET /basic

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            "/basic",
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security=[["basic"]],
            ),
            cast_to=Ok,
        )


class AsyncBasicWithRawResponse:
    def __init__(self, resource: AsyncBasic) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncBasicWithStreamingResponse:
    def __init__(self, resource: AsyncBasic) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
