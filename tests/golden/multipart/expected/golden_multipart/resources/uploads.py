"""`uploads`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, given_files
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, SequenceNotStr, Timeout
from ..models import Upload
from ..params import CreateUploadRequestExpiresAfterParam

__all__ = ["Uploads", "AsyncUploads"]


class Uploads:
    """create on `uploads`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UploadsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return UploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return UploadsWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune"],
        expires_after: CreateUploadRequestExpiresAfterParam | NotGiven = NOT_GIVEN,
        tags: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Upload a file

        Args:
          file: The file contents.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/uploads",
            body={"purpose": purpose, "expires_after": expires_after, "tags": tags},
            files=given_files({"file": file}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Upload,
        )


class UploadsWithRawResponse:
    def __init__(self, resource: Uploads) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class UploadsWithStreamingResponse:
    def __init__(self, resource: Uploads) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncUploads:
    """create on `uploads`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUploadsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncUploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncUploadsWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune"],
        expires_after: CreateUploadRequestExpiresAfterParam | NotGiven = NOT_GIVEN,
        tags: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Upload a file

        Args:
          file: The file contents.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/uploads",
            body={"purpose": purpose, "expires_after": expires_after, "tags": tags},
            files=given_files({"file": file}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Upload,
        )


class AsyncUploadsWithRawResponse:
    def __init__(self, resource: AsyncUploads) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncUploadsWithStreamingResponse:
    def __init__(self, resource: AsyncUploads) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
