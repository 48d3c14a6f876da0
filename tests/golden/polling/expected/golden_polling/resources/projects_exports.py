"""`projects.exports`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .. import _polling
from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import Export

__all__ = ["Exports", "AsyncExports"]


class Exports:
    """start, get on `projects.exports`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ExportsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return ExportsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ExportsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return ExportsWithStreamingResponse(self)

    def start(
        self,
        project_id: str,
        *,
        format: Literal["csv", "json"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Export:
        """POST /projects/{project_id}/exports

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            path_with("/projects/{project_id}/exports", {"project_id": project_id}),
            body={"format": format},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Export,
        )

    def get(
        self,
        export_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Export:
        """GET /projects/{project_id}/exports/{export_id}

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with(
                "/projects/{project_id}/exports/{export_id}",
                {"project_id": project_id, "export_id": export_id},
            ),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Export,
        )

    def poll(
        self,
        export_id: str,
        *,
        project_id: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Export:
        """Fetch the object with `get` until its `state` is terminal, and return it.

        Terminal: done or error.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is the
            `x-poll-after-ms` header of the last response, else 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the first fetch, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        return _polling.poll_sync(
            lambda: self.with_raw_response.get(
                export_id,
                project_id=project_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            status=lambda polled: polled.state,
            terminal=frozenset({"done", "error"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            poll_after_header="x-poll-after-ms",
        )

    def create_and_poll(
        self,
        project_id: str,
        *,
        format: Literal["csv", "json"] | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Export:
        """`start` (one request), then `poll` the new object and return it.

        Terminal `state`: done or error.

        `extra_headers` and `timeout` apply to every request, `extra_query` and `extra_body` to
        the `start` request only.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is the
            `x-poll-after-ms` header of the last response, else 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the call, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        started = _polling.monotonic()
        created = self.start(
            project_id,
            format=format,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return _polling.poll_sync(
            lambda: self.with_raw_response.get(
                created.export_id,
                project_id=project_id,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            status=lambda polled: polled.state,
            terminal=frozenset({"done", "error"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            started=started,
            poll_after_header="x-poll-after-ms",
        )


class ExportsWithRawResponse:
    def __init__(self, resource: Exports) -> None:
        self._resource = resource
        self.start = to_raw_response_wrapper(resource.start)
        self.get = to_raw_response_wrapper(resource.get)


class ExportsWithStreamingResponse:
    def __init__(self, resource: Exports) -> None:
        self._resource = resource
        self.start = to_streamed_response_wrapper(resource.start)
        self.get = to_streamed_response_wrapper(resource.get)


class AsyncExports:
    """start, get on `projects.exports`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncExportsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncExportsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncExportsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncExportsWithStreamingResponse(self)

    async def start(
        self,
        project_id: str,
        *,
        format: Literal["csv", "json"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Export:
        """POST /projects/{project_id}/exports

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            path_with("/projects/{project_id}/exports", {"project_id": project_id}),
            body={"format": format},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Export,
        )

    async def get(
        self,
        export_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Export:
        """GET /projects/{project_id}/exports/{export_id}

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with(
                "/projects/{project_id}/exports/{export_id}",
                {"project_id": project_id, "export_id": export_id},
            ),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Export,
        )

    async def poll(
        self,
        export_id: str,
        *,
        project_id: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Export:
        """Fetch the object with `get` until its `state` is terminal, and return it.

        Terminal: done or error.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is the
            `x-poll-after-ms` header of the last response, else 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the first fetch, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        return await _polling.poll_async(
            lambda: self.with_raw_response.get(
                export_id,
                project_id=project_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            status=lambda polled: polled.state,
            terminal=frozenset({"done", "error"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            poll_after_header="x-poll-after-ms",
        )

    async def create_and_poll(
        self,
        project_id: str,
        *,
        format: Literal["csv", "json"] | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Export:
        """`start` (one request), then `poll` the new object and return it.

        Terminal `state`: done or error.

        `extra_headers` and `timeout` apply to every request, `extra_query` and `extra_body` to
        the `start` request only.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is the
            `x-poll-after-ms` header of the last response, else 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the call, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        started = _polling.monotonic()
        created = await self.start(
            project_id,
            format=format,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await _polling.poll_async(
            lambda: self.with_raw_response.get(
                created.export_id,
                project_id=project_id,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            status=lambda polled: polled.state,
            terminal=frozenset({"done", "error"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            started=started,
            poll_after_header="x-poll-after-ms",
        )


class AsyncExportsWithRawResponse:
    def __init__(self, resource: AsyncExports) -> None:
        self._resource = resource
        self.start = async_to_raw_response_wrapper(resource.start)
        self.get = async_to_raw_response_wrapper(resource.get)


class AsyncExportsWithStreamingResponse:
    def __init__(self, resource: AsyncExports) -> None:
        self._resource = resource
        self.start = async_to_streamed_response_wrapper(resource.start)
        self.get = async_to_streamed_response_wrapper(resource.get)
