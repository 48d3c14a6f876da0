"""`notes`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import Note
from ..params import AuthorParam, ColorParam

__all__ = ["Notes", "AsyncNotes"]


class Notes:
    """update on `notes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return NotesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> NotesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return NotesWithStreamingResponse(self)

    def update(
        self,
        note_id: str,
        *,
        title: str,
        body: str | None,
        color: ColorParam | None,
        tag: str | None | NotGiven = NOT_GIVEN,
        author: AuthorParam | None | NotGiven = NOT_GIVEN,
        priority: Literal["low", "high"] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Update a note

        Args:
          body: Required but may be null.

          tag: Optional and nullable.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            path_with("/notes/{note_id}", {"note_id": note_id}),
            body={
                "title": title,
                "body": body,
                "color": color,
                "tag": tag,
                "author": author,
                "priority": priority,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Note,
        )


class NotesWithRawResponse:
    def __init__(self, resource: Notes) -> None:
        self._resource = resource
        self.update = to_raw_response_wrapper(resource.update)


class NotesWithStreamingResponse:
    def __init__(self, resource: Notes) -> None:
        self._resource = resource
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncNotes:
    """update on `notes`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncNotesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncNotesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncNotesWithStreamingResponse(self)

    async def update(
        self,
        note_id: str,
        *,
        title: str,
        body: str | None,
        color: ColorParam | None,
        tag: str | None | NotGiven = NOT_GIVEN,
        author: AuthorParam | None | NotGiven = NOT_GIVEN,
        priority: Literal["low", "high"] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Update a note

        Args:
          body: Required but may be null.

          tag: Optional and nullable.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            path_with("/notes/{note_id}", {"note_id": note_id}),
            body={
                "title": title,
                "body": body,
                "color": color,
                "tag": tag,
                "author": author,
                "priority": priority,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Note,
        )


class AsyncNotesWithRawResponse:
    def __init__(self, resource: AsyncNotes) -> None:
        self._resource = resource
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncNotesWithStreamingResponse:
    def __init__(self, resource: AsyncNotes) -> None:
        self._resource = resource
        self.update = async_to_streamed_response_wrapper(resource.update)
