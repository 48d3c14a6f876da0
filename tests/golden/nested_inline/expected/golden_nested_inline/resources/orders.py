"""`orders`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Sequence

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import Order
from ..params import CreateOrderRequestItemsParam, CreateOrderRequestShippingParam

if TYPE_CHECKING:
    from .orders_events import (
        AsyncEvents,
        AsyncEventsWithRawResponse,
        AsyncEventsWithStreamingResponse,
        Events,
        EventsWithRawResponse,
        EventsWithStreamingResponse,
    )

__all__ = ["Orders", "AsyncOrders"]


class Orders:
    """create, retrieve on `orders`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def events(self) -> Events:
        from .orders_events import Events

        return Events(self._client)

    @cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return OrdersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OrdersWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return OrdersWithStreamingResponse(self)

    def create(
        self,
        *,
        shipping: CreateOrderRequestShippingParam,
        items: Sequence[CreateOrderRequestItemsParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Create an order

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/orders",
            body={"shipping": shipping, "items": items},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Order,
        )

    def retrieve(
        self,
        order_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Retrieve an order

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/orders/{order_id}", {"order_id": order_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Order,
        )


class OrdersWithRawResponse:
    def __init__(self, resource: Orders) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> EventsWithRawResponse:
        return self._resource.events.with_raw_response


class OrdersWithStreamingResponse:
    def __init__(self, resource: Orders) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> EventsWithStreamingResponse:
        return self._resource.events.with_streaming_response


class AsyncOrders:
    """create, retrieve on `orders`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def events(self) -> AsyncEvents:
        from .orders_events import AsyncEvents

        return AsyncEvents(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncOrdersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOrdersWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncOrdersWithStreamingResponse(self)

    async def create(
        self,
        *,
        shipping: CreateOrderRequestShippingParam,
        items: Sequence[CreateOrderRequestItemsParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Create an order

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/orders",
            body={"shipping": shipping, "items": items},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Order,
        )

    async def retrieve(
        self,
        order_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Retrieve an order

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/orders/{order_id}", {"order_id": order_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Order,
        )


class AsyncOrdersWithRawResponse:
    def __init__(self, resource: AsyncOrders) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> AsyncEventsWithRawResponse:
        return self._resource.events.with_raw_response


class AsyncOrdersWithStreamingResponse:
    def __init__(self, resource: AsyncOrders) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def events(self) -> AsyncEventsWithStreamingResponse:
        return self._resource.events.with_streaming_response
