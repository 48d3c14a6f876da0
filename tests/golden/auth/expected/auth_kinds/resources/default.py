"""`default`: generated from the OpenAPI spec; do not edit."""

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

__all__ = ["Default", "AsyncDefault"]


class Default:
    """list on `default`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DefaultWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return DefaultWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DefaultWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return DefaultWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Ok:
        """Needs the document's bearer token.

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            "/default",
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Ok,
        )


class DefaultWithRawResponse:
    def __init__(self, resource: Default) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class DefaultWithStreamingResponse:
    def __init__(self, resource: Default) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncDefault:
    """list on `default`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDefaultWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncDefaultWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDefaultWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncDefaultWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Ok:
        """Needs the document's bearer token.

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            "/default",
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Ok,
        )


class AsyncDefaultWithRawResponse:
    def __init__(self, resource: AsyncDefault) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncDefaultWithStreamingResponse:
    def __init__(self, resource: AsyncDefault) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
