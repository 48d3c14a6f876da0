"""`users`: generated from the OpenAPI spec; do not edit."""

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
from ..models import User, UserPage

__all__ = ["Users", "AsyncUsers"]


class Users:
    """list on `users`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return UsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsersWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return UsersWithStreamingResponse(self)

    def list(
        self,
        *,
        starting_after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[User]:
        """GET /users

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return first_sync_page(
            self._client,
            UserPage,
            item_type=User,
            path="/users",
            query={"starting_after": starting_after},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class UsersWithRawResponse:
    def __init__(self, resource: Users) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class UsersWithStreamingResponse:
    def __init__(self, resource: Users) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncUsers:
    """list on `users`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsersWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncUsersWithStreamingResponse(self)

    def list(
        self,
        *,
        starting_after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPageRequest[User]:
        """GET /users

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return AsyncPageRequest(
            self._client,
            UserPage,
            item_type=User,
            path="/users",
            query={"starting_after": starting_after},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncUsersWithRawResponse:
    def __init__(self, resource: AsyncUsers) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncUsersWithStreamingResponse:
    def __init__(self, resource: AsyncUsers) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
