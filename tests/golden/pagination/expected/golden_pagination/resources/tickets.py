"""`tickets`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._pagination import AsyncPageRequest, SyncCursorPage, first_sync_page
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import Ticket, TicketPage

__all__ = ["Tickets", "AsyncTickets"]


class Tickets:
    """list on `tickets`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TicketsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return TicketsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TicketsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return TicketsWithStreamingResponse(self)

    def list(
        self,
        *,
        starting_after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Ticket]:
        """GET /tickets

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return first_sync_page(
            self._client,
            TicketPage,
            item_type=Ticket,
            path="/tickets",
            query={"starting_after": starting_after, "limit": limit},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class TicketsWithRawResponse:
    def __init__(self, resource: Tickets) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class TicketsWithStreamingResponse:
    def __init__(self, resource: Tickets) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncTickets:
    """list on `tickets`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTicketsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncTicketsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTicketsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncTicketsWithStreamingResponse(self)

    def list(
        self,
        *,
        starting_after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPageRequest[Ticket]:
        """GET /tickets

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return AsyncPageRequest(
            self._client,
            TicketPage,
            item_type=Ticket,
            path="/tickets",
            query={"starting_after": starting_after, "limit": limit},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncTicketsWithRawResponse:
    def __init__(self, resource: AsyncTickets) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncTicketsWithStreamingResponse:
    def __init__(self, resource: AsyncTickets) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
