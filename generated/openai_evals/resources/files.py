"""`files`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, given_files, path_with
from .._pagination import AsyncPageRequest, SyncCursorPage, first_sync_page
from .._response import (
    AsyncBinaryResponse,
    BinaryResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout
from ..models import DeleteFileResponse, ListFilesResponse, OpenAIFile
from ..params import FileExpirationAfterParam

__all__ = ["Files", "AsyncFiles"]


class Files:
    """create, retrieve, list, delete, content on `files`."""

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

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: FileExpirationAfterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OpenAIFile:
        """Upload a file

        Uploads a file as multipart form data so that other endpoints (batches, evals, fine-tuning,
        assistants, ...) can use it. Size and format limits depend on the purpose.

        Args:
          file: The file to upload.

          purpose: Intended use of the file, which determines how it is validated.

          expires_after: When the file should expire; by default files are kept until deleted (batch
            files expire after 30 days).

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/files",
            body={"purpose": purpose, "expires_after": expires_after},
            files=given_files({"file": file}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=OpenAIFile,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OpenAIFile:
        """Retrieve a file

        Fetches the metadata of one uploaded file.

        Args:
          file_id: Identifier of the file.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/files/{file_id}", {"file_id": file_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=OpenAIFile,
        )

    def list(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[OpenAIFile]:
        """List files

        Returns a cursor-paginated page of the files in the project, optionally filtered by purpose.

        Args:
          purpose: Restrict the results to files with this purpose.

          limit: Maximum number of objects to return in one page.

          order: Sort direction by creation time, `asc` or `desc`.

          after: Cursor; return objects that come after the object with this ID.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return first_sync_page(
            self._client,
            ListFilesResponse,
            item_type=OpenAIFile,
            path="/files",
            query={"purpose": purpose, "limit": limit, "order": order, "after": after},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteFileResponse:
        """Delete a file

        Removes a file, also detaching it from any vector stores.

        Args:
          file_id: Identifier of the file.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "delete",
            path_with("/files/{file_id}", {"file_id": file_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=DeleteFileResponse,
        )

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download file content

        Streams the raw bytes of a file. Upstream declares this response as a JSON string; the
        server actually sends the file body unchanged, so it is declared here as binary.

        Args:
          file_id: Identifier of the file.

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


class FilesWithRawResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.list = to_raw_response_wrapper(resource.list)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.content = to_raw_response_wrapper(resource.content)


class FilesWithStreamingResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.list = to_streamed_response_wrapper(resource.list)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.content = to_streamed_response_wrapper(resource.content)


class AsyncFiles:
    """create, retrieve, list, delete, content on `files`."""

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

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: FileExpirationAfterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OpenAIFile:
        """Upload a file

        Uploads a file as multipart form data so that other endpoints (batches, evals, fine-tuning,
        assistants, ...) can use it. Size and format limits depend on the purpose.

        Args:
          file: The file to upload.

          purpose: Intended use of the file, which determines how it is validated.

          expires_after: When the file should expire; by default files are kept until deleted (batch
            files expire after 30 days).

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/files",
            body={"purpose": purpose, "expires_after": expires_after},
            files=given_files({"file": file}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=OpenAIFile,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OpenAIFile:
        """Retrieve a file

        Fetches the metadata of one uploaded file.

        Args:
          file_id: Identifier of the file.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/files/{file_id}", {"file_id": file_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=OpenAIFile,
        )

    def list(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPageRequest[OpenAIFile]:
        """List files

        Returns a cursor-paginated page of the files in the project, optionally filtered by purpose.

        Args:
          purpose: Restrict the results to files with this purpose.

          limit: Maximum number of objects to return in one page.

          order: Sort direction by creation time, `asc` or `desc`.

          after: Cursor; return objects that come after the object with this ID.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return AsyncPageRequest(
            self._client,
            ListFilesResponse,
            item_type=OpenAIFile,
            path="/files",
            query={"purpose": purpose, "limit": limit, "order": order, "after": after},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteFileResponse:
        """Delete a file

        Removes a file, also detaching it from any vector stores.

        Args:
          file_id: Identifier of the file.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "delete",
            path_with("/files/{file_id}", {"file_id": file_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=DeleteFileResponse,
        )

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Download file content

        Streams the raw bytes of a file. Upstream declares this response as a JSON string; the
        server actually sends the file body unchanged, so it is declared here as binary.

        Args:
          file_id: Identifier of the file.

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


class AsyncFilesWithRawResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.content = async_to_raw_response_wrapper(resource.content)


class AsyncFilesWithStreamingResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.content = async_to_streamed_response_wrapper(resource.content)
