"""`notes`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._extensions.notes import AsyncNotesMixin, NotesMixin
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import Note

if TYPE_CHECKING:
    from .notes_tags import (
        AsyncTags,
        AsyncTagsWithRawResponse,
        AsyncTagsWithStreamingResponse,
        Tags,
        TagsWithRawResponse,
        TagsWithStreamingResponse,
    )

__all__ = ["Notes", "AsyncNotes"]


class Notes(NotesMixin):
    """create, retrieve on `notes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def tags(self) -> Tags:
        from .notes_tags import Tags

        return Tags(self._client)

    @cached_property
    def with_raw_response(self) -> NotesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return NotesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> NotesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return NotesWithStreamingResponse(self)

    def create(
        self,
        *,
        text: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Create a note

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/notes",
            body={"text": text},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Note,
        )

    def retrieve(
        self,
        note_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Retrieve a note

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/notes/{note_id}", {"note_id": note_id}),
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
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def tags(self) -> TagsWithRawResponse:
        return self._resource.tags.with_raw_response


class NotesWithStreamingResponse:
    def __init__(self, resource: Notes) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def tags(self) -> TagsWithStreamingResponse:
        return self._resource.tags.with_streaming_response


class AsyncNotes(AsyncNotesMixin):
    """create, retrieve on `notes`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def tags(self) -> AsyncTags:
        from .notes_tags import AsyncTags

        return AsyncTags(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncNotesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncNotesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncNotesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncNotesWithStreamingResponse(self)

    async def create(
        self,
        *,
        text: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Create a note

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/notes",
            body={"text": text},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Note,
        )

    async def retrieve(
        self,
        note_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Retrieve a note

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/notes/{note_id}", {"note_id": note_id}),
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
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def tags(self) -> AsyncTagsWithRawResponse:
        return self._resource.tags.with_raw_response


class AsyncNotesWithStreamingResponse:
    def __init__(self, resource: AsyncNotes) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def tags(self) -> AsyncTagsWithStreamingResponse:
        return self._resource.tags.with_streaming_response
