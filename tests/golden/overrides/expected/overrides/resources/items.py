"""`items`: generated from the OpenAPI spec; do not edit."""

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
from ..models import StoredItem
from ..params import ItemStateParam

__all__ = ["Items", "AsyncItems"]


class Items:
    """create on `items`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return ItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ItemsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return ItemsWithStreamingResponse(self)

    def create(
        self,
        *,
        count: int,
        state: ItemStateParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> StoredItem:
        """POST /items

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/items",
            body={"count": count, "state": state},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=StoredItem,
        )


class ItemsWithRawResponse:
    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class ItemsWithStreamingResponse:
    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncItems:
    """create on `items`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncItemsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncItemsWithStreamingResponse(self)

    async def create(
        self,
        *,
        count: int,
        state: ItemStateParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> StoredItem:
        """POST /items

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/items",
            body={"count": count, "state": state},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=StoredItem,
        )


class AsyncItemsWithRawResponse:
    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncItemsWithStreamingResponse:
    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
