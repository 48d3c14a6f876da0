"""`both`: generated from the OpenAPI spec; do not edit."""

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

__all__ = ["Both", "AsyncBoth"]


class Both:
    """list on `both`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BothWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return BothWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BothWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return BothWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Ok:
        """Two schemes at once.

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            "/both",
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security=[["header_key", "cookie_key"]],
            ),
            cast_to=Ok,
        )


class BothWithRawResponse:
    def __init__(self, resource: Both) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class BothWithStreamingResponse:
    def __init__(self, resource: Both) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncBoth:
    """list on `both`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBothWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncBothWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBothWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncBothWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Ok:
        """Two schemes at once.

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            "/both",
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security=[["header_key", "cookie_key"]],
            ),
            cast_to=Ok,
        )


class AsyncBothWithRawResponse:
    def __init__(self, resource: AsyncBoth) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncBothWithStreamingResponse:
    def __init__(self, resource: AsyncBoth) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
