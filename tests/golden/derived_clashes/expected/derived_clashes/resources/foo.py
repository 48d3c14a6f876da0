"""`foo`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from types import NoneType

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..params import FooInputInputParam, FooInputParam

__all__ = ["FooResource", "AsyncFooResource"]


class FooResource:
    """create on `foo`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FooResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return FooResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FooResourceWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return FooResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        foo: FooInputParam,
        param: FooInputInputParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """A body typed by component `Foo` and an object query parameter lifted as `FooParam`

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/foo",
            query={"param": param},
            body={"foo": foo},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class FooResourceWithRawResponse:
    def __init__(self, resource: FooResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class FooResourceWithStreamingResponse:
    def __init__(self, resource: FooResource) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncFooResource:
    """create on `foo`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFooResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncFooResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFooResourceWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncFooResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        foo: FooInputParam,
        param: FooInputInputParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """A body typed by component `Foo` and an object query parameter lifted as `FooParam`

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/foo",
            query={"param": param},
            body={"foo": foo},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class AsyncFooResourceWithRawResponse:
    def __init__(self, resource: AsyncFooResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncFooResourceWithStreamingResponse:
    def __init__(self, resource: AsyncFooResource) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
