"""`notes.tags`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import TagList

__all__ = ["Tags", "AsyncTags"]


class Tags:
    """list on `notes.tags`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TagsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return TagsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TagsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return TagsWithStreamingResponse(self)

    def list(
        self,
        note_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TagList:
        """List a note's tags

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/notes/{note_id}/tags", {"note_id": note_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=TagList,
        )


class TagsWithRawResponse:
    def __init__(self, resource: Tags) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class TagsWithStreamingResponse:
    def __init__(self, resource: Tags) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncTags:
    """list on `notes.tags`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTagsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncTagsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTagsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncTagsWithStreamingResponse(self)

    async def list(
        self,
        note_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TagList:
        """List a note's tags

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/notes/{note_id}/tags", {"note_id": note_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=TagList,
        )


class AsyncTagsWithRawResponse:
    def __init__(self, resource: AsyncTags) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncTagsWithStreamingResponse:
    def __init__(self, resource: AsyncTags) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
