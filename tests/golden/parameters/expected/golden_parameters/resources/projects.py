"""`projects`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .projects_files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )

__all__ = ["Projects", "AsyncProjects"]


class Projects:
    """Groups `projects`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def files(self) -> Files:
        from .projects_files import Files

        return Files(self._client)

    @cached_property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return ProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProjectsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return ProjectsWithStreamingResponse(self)


class ProjectsWithRawResponse:
    def __init__(self, resource: Projects) -> None:
        self._resource = resource

    @cached_property
    def files(self) -> FilesWithRawResponse:
        return self._resource.files.with_raw_response


class ProjectsWithStreamingResponse:
    def __init__(self, resource: Projects) -> None:
        self._resource = resource

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        return self._resource.files.with_streaming_response


class AsyncProjects:
    """Groups `projects`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def files(self) -> AsyncFiles:
        from .projects_files import AsyncFiles

        return AsyncFiles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProjectsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncProjectsWithStreamingResponse(self)


class AsyncProjectsWithRawResponse:
    def __init__(self, resource: AsyncProjects) -> None:
        self._resource = resource

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        return self._resource.files.with_raw_response


class AsyncProjectsWithStreamingResponse:
    def __init__(self, resource: AsyncProjects) -> None:
        self._resource = resource

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        return self._resource.files.with_streaming_response
