"""`shapes`: generated from the OpenAPI spec; do not edit."""

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
from ..models import Drawing
from ..params import ShapeParam

__all__ = ["Shapes", "AsyncShapes"]


class Shapes:
    """create on `shapes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ShapesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return ShapesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ShapesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return ShapesWithStreamingResponse(self)

    def create(
        self,
        *,
        shape: ShapeParam,
        label: str | int | float | bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Drawing:
        """Create a shape

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/shapes",
            body={"shape": shape, "label": label},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Drawing,
        )


class ShapesWithRawResponse:
    def __init__(self, resource: Shapes) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class ShapesWithStreamingResponse:
    def __init__(self, resource: Shapes) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncShapes:
    """create on `shapes`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncShapesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncShapesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncShapesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncShapesWithStreamingResponse(self)

    async def create(
        self,
        *,
        shape: ShapeParam,
        label: str | int | float | bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Drawing:
        """Create a shape

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/shapes",
            body={"shape": shape, "label": label},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Drawing,
        )


class AsyncShapesWithRawResponse:
    def __init__(self, resource: AsyncShapes) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncShapesWithStreamingResponse:
    def __init__(self, resource: AsyncShapes) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
