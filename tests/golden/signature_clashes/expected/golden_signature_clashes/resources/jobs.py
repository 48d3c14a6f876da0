"""`jobs`: generated from the OpenAPI spec; do not edit."""

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
from ..models import Job

__all__ = ["Jobs", "AsyncJobs"]


class Jobs:
    """create on `jobs`."""

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
        extra_query_: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_size_: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout_: int | NotGiven = NOT_GIVEN,
        self_: str | NotGiven = NOT_GIVEN,
        user_name: str | NotGiven = NOT_GIVEN,
        user_name_: str | NotGiven = NOT_GIVEN,
        limit_: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Create a job

        Parameter names that collide with each other or with the arguments every generated method
        has (`self`, `timeout`, `extra_query`, ...).

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/jobs",
            query={
                "extra_query": extra_query_,
                "page-size": page_size,
                "page_size": page_size_,
                "limit": limit,
            },
            body={
                "timeout": timeout_,
                "self": self_,
                "userName": user_name,
                "user_name": user_name_,
                "limit": limit_,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Job,
        )


class JobsWithRawResponse:
    def __init__(self, resource: Jobs) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class JobsWithStreamingResponse:
    def __init__(self, resource: Jobs) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncJobs:
    """create on `jobs`."""

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
        extra_query_: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_size_: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout_: int | NotGiven = NOT_GIVEN,
        self_: str | NotGiven = NOT_GIVEN,
        user_name: str | NotGiven = NOT_GIVEN,
        user_name_: str | NotGiven = NOT_GIVEN,
        limit_: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Create a job

        Parameter names that collide with each other or with the arguments every generated method
        has (`self`, `timeout`, `extra_query`, ...).

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/jobs",
            query={
                "extra_query": extra_query_,
                "page-size": page_size,
                "page_size": page_size_,
                "limit": limit,
            },
            body={
                "timeout": timeout_,
                "self": self_,
                "userName": user_name,
                "user_name": user_name_,
                "limit": limit_,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Job,
        )


class AsyncJobsWithRawResponse:
    def __init__(self, resource: AsyncJobs) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncJobsWithStreamingResponse:
    def __init__(self, resource: AsyncJobs) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
