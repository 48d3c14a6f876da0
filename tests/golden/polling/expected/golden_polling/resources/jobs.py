"""`jobs`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property

from .. import _polling
from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import Job

__all__ = ["Jobs", "AsyncJobs"]


class Jobs:
    """create, retrieve on `jobs`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> JobsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return JobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return JobsWithStreamingResponse(self)

    def create(
        self,
        *,
        kind: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """POST /jobs

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/jobs",
            body={"kind": kind},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Job,
        )

    def retrieve(
        self,
        job_id: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """GET /jobs/{job_id}

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/jobs/{job_id}", {"job_id": job_id}),
            query={"verbose": verbose},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Job,
        )

    def poll(
        self,
        job_id: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Fetch the object with `retrieve` until its `status` is terminal, and return it.

        Terminal: succeeded or failed.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the first fetch, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        return _polling.poll_sync(
            lambda: self.with_raw_response.retrieve(
                job_id,
                verbose=verbose,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"succeeded", "failed"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
        )

    def create_and_poll(
        self,
        *,
        kind: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """`create` (one request), then `poll` the new object and return it.

        Terminal `status`: succeeded or failed.

        `extra_headers` and `timeout` apply to every request, `extra_query` and `extra_body` to
        the `create` request only.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the call, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        started = _polling.monotonic()
        created = self.create(
            kind=kind,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return _polling.poll_sync(
            lambda: self.with_raw_response.retrieve(
                created.id, extra_headers=extra_headers, timeout=timeout
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"succeeded", "failed"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            started=started,
        )


class JobsWithRawResponse:
    def __init__(self, resource: Jobs) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class JobsWithStreamingResponse:
    def __init__(self, resource: Jobs) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncJobs:
    """create, retrieve on `jobs`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncJobsWithStreamingResponse(self)

    async def create(
        self,
        *,
        kind: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """POST /jobs

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/jobs",
            body={"kind": kind},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Job,
        )

    async def retrieve(
        self,
        job_id: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """GET /jobs/{job_id}

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/jobs/{job_id}", {"job_id": job_id}),
            query={"verbose": verbose},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Job,
        )

    async def poll(
        self,
        job_id: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Fetch the object with `retrieve` until its `status` is terminal, and return it.

        Terminal: succeeded or failed.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the first fetch, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        return await _polling.poll_async(
            lambda: self.with_raw_response.retrieve(
                job_id,
                verbose=verbose,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"succeeded", "failed"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
        )

    async def create_and_poll(
        self,
        *,
        kind: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """`create` (one request), then `poll` the new object and return it.

        Terminal `status`: succeeded or failed.

        `extra_headers` and `timeout` apply to every request, `extra_query` and `extra_body` to
        the `create` request only.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the call, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        started = _polling.monotonic()
        created = await self.create(
            kind=kind,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await _polling.poll_async(
            lambda: self.with_raw_response.retrieve(
                created.id, extra_headers=extra_headers, timeout=timeout
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"succeeded", "failed"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            started=started,
        )


class AsyncJobsWithRawResponse:
    def __init__(self, resource: AsyncJobs) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncJobsWithStreamingResponse:
    def __init__(self, resource: AsyncJobs) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
