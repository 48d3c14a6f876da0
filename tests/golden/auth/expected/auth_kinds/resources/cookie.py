"""`cookie`: generated from the OpenAPI spec; do not edit."""

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

__all__ = ["Cookie", "AsyncCookie"]


class Cookie:
    """list on `cookie`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CookieWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return CookieWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CookieWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return CookieWithStreamingResponse(self)

    def list(
        self,
        *,
        theme: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Ok:
        """GET /cookie

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            "/cookie",
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cookies={"theme": theme},
                security=[["cookie_key"]],
            ),
            cast_to=Ok,
        )


class CookieWithRawResponse:
    def __init__(self, resource: Cookie) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class CookieWithStreamingResponse:
    def __init__(self, resource: Cookie) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncCookie:
    """list on `cookie`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCookieWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncCookieWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCookieWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncCookieWithStreamingResponse(self)

    async def list(
        self,
        *,
        theme: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Ok:
        """GET /cookie

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            "/cookie",
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cookies={"theme": theme},
                security=[["cookie_key"]],
            ),
            cast_to=Ok,
        )


class AsyncCookieWithRawResponse:
    def __init__(self, resource: AsyncCookie) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncCookieWithStreamingResponse:
    def __init__(self, resource: AsyncCookie) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
