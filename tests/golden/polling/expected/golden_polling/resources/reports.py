"""`reports`: generated from the OpenAPI spec; do not edit."""

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
from ..models import GetReportResponse

__all__ = ["Reports", "AsyncReports"]


class Reports:
    """retrieve on `reports`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReportsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return ReportsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReportsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return ReportsWithStreamingResponse(self)

    def retrieve(
        self,
        report_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GetReportResponse:
        """GET /reports/{report_id}

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/reports/{report_id}", {"report_id": report_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=GetReportResponse,
        )

    def poll(
        self,
        report_id: str,
        *,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GetReportResponse:
        """Fetch the object with `retrieve` until its `status` is terminal, and return it.

        Terminal: ready.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the first fetch, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        return _polling.poll_sync(
            lambda: self.with_raw_response.retrieve(
                report_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"ready"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
        )


class ReportsWithRawResponse:
    def __init__(self, resource: Reports) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class ReportsWithStreamingResponse:
    def __init__(self, resource: Reports) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncReports:
    """retrieve on `reports`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReportsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncReportsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReportsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncReportsWithStreamingResponse(self)

    async def retrieve(
        self,
        report_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GetReportResponse:
        """GET /reports/{report_id}

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/reports/{report_id}", {"report_id": report_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=GetReportResponse,
        )

    async def poll(
        self,
        report_id: str,
        *,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GetReportResponse:
        """Fetch the object with `retrieve` until its `status` is terminal, and return it.

        Terminal: ready.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the first fetch, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        return await _polling.poll_async(
            lambda: self.with_raw_response.retrieve(
                report_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"ready"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
        )


class AsyncReportsWithRawResponse:
    def __init__(self, resource: AsyncReports) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncReportsWithStreamingResponse:
    def __init__(self, resource: AsyncReports) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
