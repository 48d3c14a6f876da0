"""`files`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._response import (
    AsyncBinaryResponse,
    BinaryResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["Files", "AsyncFiles"]


class Files:
    """content, export on `files`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return FilesWithStreamingResponse(self)

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download a file

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/files/{file_id}/content", {"file_id": file_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                accept="application/octet-stream",
            ),
            cast_to=BinaryResponse,
        )

    def export(
        self,
        file_id: str,
        *,
        format: Literal["csv", "jsonl"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Export a file

        The spec says JSON, but the body is the raw exported text.

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/files/{file_id}/export", {"file_id": file_id}),
            query={"format": format},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                accept="application/json",
            ),
            cast_to=BinaryResponse,
        )


class FilesWithRawResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.content = to_raw_response_wrapper(resource.content)
        self.export = to_raw_response_wrapper(resource.export)


class FilesWithStreamingResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.content = to_streamed_response_wrapper(resource.content)
        self.export = to_streamed_response_wrapper(resource.export)


class AsyncFiles:
    """content, export on `files`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncFilesWithStreamingResponse(self)

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Download a file

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/files/{file_id}/content", {"file_id": file_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                accept="application/octet-stream",
            ),
            cast_to=AsyncBinaryResponse,
        )

    async def export(
        self,
        file_id: str,
        *,
        format: Literal["csv", "jsonl"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Export a file

        The spec says JSON, but the body is the raw exported text.

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/files/{file_id}/export", {"file_id": file_id}),
            query={"format": format},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                accept="application/json",
            ),
            cast_to=AsyncBinaryResponse,
        )


class AsyncFilesWithRawResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.content = async_to_raw_response_wrapper(resource.content)
        self.export = async_to_raw_response_wrapper(resource.export)


class AsyncFilesWithStreamingResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.content = async_to_streamed_response_wrapper(resource.content)
        self.export = async_to_streamed_response_wrapper(resource.export)
