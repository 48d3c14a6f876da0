"""`messages`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, SequenceNotStr, Timeout
from ..models import Message

__all__ = ["Messages", "AsyncMessages"]


class Messages:
    """create on `messages`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return MessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return MessagesWithStreamingResponse(self)

    def create(
        self,
        account_id: str,
        *,
        to: str,
        body: str,
        tenant_id: str,
        session_id: str,
        x_retry_count: int | NotGiven = NOT_GIVEN,
        prefs: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        status_callback: str | NotGiven = NOT_GIVEN,
        media_url: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Send a message (a form-urlencoded body, as Twilio's)

        Args:
          to: The recipient.

          tenant_id: The tenant the account belongs to (Xero's `xero-tenant-id`).

          session_id: The session (a cookie parameter, sent in the `Cookie` header).

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            path_with("/accounts/{account_id}/messages", {"account_id": account_id}),
            body={
                "To": to,
                "Body": body,
                "StatusCallback": status_callback,
                "MediaUrl": media_url,
                "Priority": priority,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                headers={"Tenant-Id": tenant_id, "X-Retry-Count": x_retry_count},
                cookies={"session_id": session_id, "prefs": prefs},
                content_type="application/x-www-form-urlencoded",
            ),
            cast_to=Message,
        )


class MessagesWithRawResponse:
    def __init__(self, resource: Messages) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class MessagesWithStreamingResponse:
    def __init__(self, resource: Messages) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncMessages:
    """create on `messages`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncMessagesWithStreamingResponse(self)

    async def create(
        self,
        account_id: str,
        *,
        to: str,
        body: str,
        tenant_id: str,
        session_id: str,
        x_retry_count: int | NotGiven = NOT_GIVEN,
        prefs: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        status_callback: str | NotGiven = NOT_GIVEN,
        media_url: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Send a message (a form-urlencoded body, as Twilio's)

        Args:
          to: The recipient.

          tenant_id: The tenant the account belongs to (Xero's `xero-tenant-id`).

          session_id: The session (a cookie parameter, sent in the `Cookie` header).

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            path_with("/accounts/{account_id}/messages", {"account_id": account_id}),
            body={
                "To": to,
                "Body": body,
                "StatusCallback": status_callback,
                "MediaUrl": media_url,
                "Priority": priority,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                headers={"Tenant-Id": tenant_id, "X-Retry-Count": x_retry_count},
                cookies={"session_id": session_id, "prefs": prefs},
                content_type="application/x-www-form-urlencoded",
            ),
            cast_to=Message,
        )


class AsyncMessagesWithRawResponse:
    def __init__(self, resource: AsyncMessages) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncMessagesWithStreamingResponse:
    def __init__(self, resource: AsyncMessages) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
