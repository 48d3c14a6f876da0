"""`projects`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .projects_exports import (
        AsyncExports,
        AsyncExportsWithRawResponse,
        AsyncExportsWithStreamingResponse,
        Exports,
        ExportsWithRawResponse,
        ExportsWithStreamingResponse,
    )

__all__ = ["Projects", "AsyncProjects"]


class Projects:
    """Groups `projects`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def exports(self) -> Exports:
        from .projects_exports import Exports

        return Exports(self._client)

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
    def exports(self) -> ExportsWithRawResponse:
        return self._resource.exports.with_raw_response


class ProjectsWithStreamingResponse:
    def __init__(self, resource: Projects) -> None:
        self._resource = resource

    @cached_property
    def exports(self) -> ExportsWithStreamingResponse:
        return self._resource.exports.with_streaming_response


class AsyncProjects:
    """Groups `projects`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def exports(self) -> AsyncExports:
        from .projects_exports import AsyncExports

        return AsyncExports(self._client)

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
    def exports(self) -> AsyncExportsWithRawResponse:
        return self._resource.exports.with_raw_response


class AsyncProjectsWithStreamingResponse:
    def __init__(self, resource: AsyncProjects) -> None:
        self._resource = resource

    @cached_property
    def exports(self) -> AsyncExportsWithStreamingResponse:
        return self._resource.exports.with_streaming_response
