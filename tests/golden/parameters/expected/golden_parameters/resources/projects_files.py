"""`projects.files`: generated from the OpenAPI spec; do not edit."""

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
from ..models import ProjectFile

__all__ = ["Files", "AsyncFiles"]


class Files:
    """retrieve, update on `projects.files`."""

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

    def retrieve(
        self,
        file_id: str,
        *,
        project_id: str,
        version: int,
        include: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        verbose: bool | NotGiven = NOT_GIVEN,
        x_trace: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectFile:
        """Retrieve a file of a project

        Args:
          file_id: Identifier of the file.

          include: Related objects to expand.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with(
                "/projects/{project_id}/files/{file-id}",
                {"project_id": project_id, "file-id": file_id},
            ),
            query={"version": version, "include": include, "verbose": verbose},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                headers={"X-Trace": x_trace},
            ),
            cast_to=ProjectFile,
        )

    def update(
        self,
        file_id: str,
        *,
        project_id: str,
        name: str,
        labels: SequenceNotStr[str],
        dry_run: bool | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        size_limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectFile:
        """Update a file of a project

        Args:
          name: New name of the file.

          description: Set to null to clear.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "patch",
            path_with(
                "/projects/{project_id}/files/{file-id}",
                {"project_id": project_id, "file-id": file_id},
            ),
            query={"dry_run": dry_run},
            body={
                "name": name,
                "labels": labels,
                "description": description,
                "size_limit": size_limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ProjectFile,
        )


class FilesWithRawResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class FilesWithStreamingResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncFiles:
    """retrieve, update on `projects.files`."""

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

    async def retrieve(
        self,
        file_id: str,
        *,
        project_id: str,
        version: int,
        include: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        verbose: bool | NotGiven = NOT_GIVEN,
        x_trace: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectFile:
        """Retrieve a file of a project

        Args:
          file_id: Identifier of the file.

          include: Related objects to expand.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with(
                "/projects/{project_id}/files/{file-id}",
                {"project_id": project_id, "file-id": file_id},
            ),
            query={"version": version, "include": include, "verbose": verbose},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                headers={"X-Trace": x_trace},
            ),
            cast_to=ProjectFile,
        )

    async def update(
        self,
        file_id: str,
        *,
        project_id: str,
        name: str,
        labels: SequenceNotStr[str],
        dry_run: bool | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        size_limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ProjectFile:
        """Update a file of a project

        Args:
          name: New name of the file.

          description: Set to null to clear.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "patch",
            path_with(
                "/projects/{project_id}/files/{file-id}",
                {"project_id": project_id, "file-id": file_id},
            ),
            query={"dry_run": dry_run},
            body={
                "name": name,
                "labels": labels,
                "description": description,
                "size_limit": size_limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ProjectFile,
        )


class AsyncFilesWithRawResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncFilesWithStreamingResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
