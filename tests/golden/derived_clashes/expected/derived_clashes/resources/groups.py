"""`groups`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .groups_members import (
        AsyncMembers,
        AsyncMembersWithRawResponse,
        AsyncMembersWithStreamingResponse,
        Members,
        MembersWithRawResponse,
        MembersWithStreamingResponse,
    )

__all__ = ["Groups", "AsyncGroups"]


class Groups:
    """Groups `groups`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def members(self) -> Members:
        from .groups_members import Members

        return Members(self._client)

    @cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return GroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GroupsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return GroupsWithStreamingResponse(self)


class GroupsWithRawResponse:
    def __init__(self, resource: Groups) -> None:
        self._resource = resource

    @cached_property
    def members(self) -> MembersWithRawResponse:
        return self._resource.members.with_raw_response


class GroupsWithStreamingResponse:
    def __init__(self, resource: Groups) -> None:
        self._resource = resource

    @cached_property
    def members(self) -> MembersWithStreamingResponse:
        return self._resource.members.with_streaming_response


class AsyncGroups:
    """Groups `groups`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def members(self) -> AsyncMembers:
        from .groups_members import AsyncMembers

        return AsyncMembers(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGroupsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncGroupsWithStreamingResponse(self)


class AsyncGroupsWithRawResponse:
    def __init__(self, resource: AsyncGroups) -> None:
        self._resource = resource

    @cached_property
    def members(self) -> AsyncMembersWithRawResponse:
        return self._resource.members.with_raw_response


class AsyncGroupsWithStreamingResponse:
    def __init__(self, resource: AsyncGroups) -> None:
        self._resource = resource

    @cached_property
    def members(self) -> AsyncMembersWithStreamingResponse:
        return self._resource.members.with_streaming_response
