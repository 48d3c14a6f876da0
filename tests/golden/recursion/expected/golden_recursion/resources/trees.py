"""`trees`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import TreeNode
from ..params import TreeNodeParam

__all__ = ["Trees", "AsyncTrees"]


class Trees:
    """create on `trees`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TreesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return TreesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TreesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return TreesWithStreamingResponse(self)

    def create(
        self,
        *,
        root: TreeNodeParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TreeNode:
        """Create a tree

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/trees",
            body={"root": root},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=TreeNode,
        )


class TreesWithRawResponse:
    def __init__(self, resource: Trees) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class TreesWithStreamingResponse:
    def __init__(self, resource: Trees) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncTrees:
    """create on `trees`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTreesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncTreesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTreesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncTreesWithStreamingResponse(self)

    async def create(
        self,
        *,
        root: TreeNodeParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TreeNode:
        """Create a tree

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/trees",
            body={"root": root},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=TreeNode,
        )


class AsyncTreesWithRawResponse:
    def __init__(self, resource: AsyncTrees) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncTreesWithStreamingResponse:
    def __init__(self, resource: AsyncTrees) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
