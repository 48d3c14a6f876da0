"""`evals.runs`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .. import _polling
from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._pagination import AsyncPageRequest, SyncCursorPage, first_sync_page
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import DeleteEvalRunResponse, EvalRun, EvalRunList
from ..params import (
    CreateEvalCompletionsRunDataSourceParam,
    CreateEvalJsonlRunDataSourceParam,
    CreateEvalResponsesRunDataSourceParam,
    MetadataParam,
)

if TYPE_CHECKING:
    from .evals_runs_output_items import (
        AsyncOutputItems,
        AsyncOutputItemsWithRawResponse,
        AsyncOutputItemsWithStreamingResponse,
        OutputItems,
        OutputItemsWithRawResponse,
        OutputItemsWithStreamingResponse,
    )

__all__ = ["Runs", "AsyncRuns"]


class Runs:
    """create, retrieve, list, delete, cancel on `evals.runs`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def output_items(self) -> OutputItems:
        from .evals_runs_output_items import OutputItems

        return OutputItems(self._client)

    @cached_property
    def with_raw_response(self) -> RunsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return RunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RunsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return RunsWithStreamingResponse(self)

    def create(
        self,
        eval_id: str,
        *,
        data_source: (
            CreateEvalJsonlRunDataSourceParam
            | CreateEvalCompletionsRunDataSourceParam
            | CreateEvalResponsesRunDataSourceParam
        ),
        name: str | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Create an eval run

        Starts a run of the evaluation on the given data source and model settings. The data source
        is checked against the data source configuration of the eval.

        Args:
          eval_id: Identifier of the evaluation.

          data_source: Data and, optionally, model settings the run uses.

          name: Name of the run.

          metadata: Up to 16 string key-value pairs for your own bookkeeping.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            path_with("/evals/{eval_id}/runs", {"eval_id": eval_id}),
            body={"data_source": data_source, "name": name, "metadata": metadata},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=EvalRun,
        )

    def retrieve(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Retrieve an eval run

        Fetches one run of an evaluation, including its status and aggregated results.

        Args:
          run_id: Identifier of the eval run.

          eval_id: Identifier of the evaluation.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/evals/{eval_id}/runs/{run_id}", {"eval_id": eval_id, "run_id": run_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=EvalRun,
        )

    def list(
        self,
        eval_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[EvalRun]:
        """List eval runs

        Returns a cursor-paginated page of the runs that belong to an evaluation.

        Args:
          eval_id: Identifier of the evaluation.

          after: Cursor; return objects that come after the object with this ID.

          limit: Maximum number of objects to return in one page.

          order: Sort direction by creation time, `asc` or `desc`.

          status: Restrict the results to runs in this state.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return first_sync_page(
            self._client,
            EvalRunList,
            item_type=EvalRun,
            path=path_with("/evals/{eval_id}/runs", {"eval_id": eval_id}),
            query={"after": after, "limit": limit, "order": order, "status": status},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteEvalRunResponse:
        """Delete an eval run

        Permanently removes one run of an evaluation.

        Args:
          run_id: Identifier of the eval run.

          eval_id: Identifier of the evaluation.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "delete",
            path_with("/evals/{eval_id}/runs/{run_id}", {"eval_id": eval_id, "run_id": run_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=DeleteEvalRunResponse,
        )

    def cancel(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Cancel an eval run

        Stops a run that is still queued or in progress.

        Args:
          run_id: Identifier of the eval run.

          eval_id: Identifier of the evaluation.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            path_with("/evals/{eval_id}/runs/{run_id}", {"eval_id": eval_id, "run_id": run_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=EvalRun,
        )

    def poll(
        self,
        run_id: str,
        *,
        eval_id: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Fetch the object with `retrieve` until its `status` is terminal, and return it.

        Terminal: completed, failed or canceled.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is the
            `openai-poll-after-ms` header of the last response, else 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the first fetch, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        return _polling.poll_sync(
            lambda: self.with_raw_response.retrieve(
                run_id,
                eval_id=eval_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"completed", "failed", "canceled"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            poll_after_header="openai-poll-after-ms",
        )

    def create_and_poll(
        self,
        eval_id: str,
        *,
        data_source: (
            CreateEvalJsonlRunDataSourceParam
            | CreateEvalCompletionsRunDataSourceParam
            | CreateEvalResponsesRunDataSourceParam
        ),
        name: str | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """`create` (one request), then `poll` the new object and return it.

        Terminal `status`: completed, failed or canceled.

        `extra_headers` and `timeout` apply to every request, `extra_query` and `extra_body` to
        the `create` request only.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is the
            `openai-poll-after-ms` header of the last response, else 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the call, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        started = _polling.monotonic()
        created = self.create(
            eval_id,
            data_source=data_source,
            name=name,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return _polling.poll_sync(
            lambda: self.with_raw_response.retrieve(
                created.id, eval_id=eval_id, extra_headers=extra_headers, timeout=timeout
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"completed", "failed", "canceled"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            started=started,
            poll_after_header="openai-poll-after-ms",
        )


class RunsWithRawResponse:
    def __init__(self, resource: Runs) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.list = to_raw_response_wrapper(resource.list)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.cancel = to_raw_response_wrapper(resource.cancel)

    @cached_property
    def output_items(self) -> OutputItemsWithRawResponse:
        return self._resource.output_items.with_raw_response


class RunsWithStreamingResponse:
    def __init__(self, resource: Runs) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.list = to_streamed_response_wrapper(resource.list)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.cancel = to_streamed_response_wrapper(resource.cancel)

    @cached_property
    def output_items(self) -> OutputItemsWithStreamingResponse:
        return self._resource.output_items.with_streaming_response


class AsyncRuns:
    """create, retrieve, list, delete, cancel on `evals.runs`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def output_items(self) -> AsyncOutputItems:
        from .evals_runs_output_items import AsyncOutputItems

        return AsyncOutputItems(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRunsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRunsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncRunsWithStreamingResponse(self)

    async def create(
        self,
        eval_id: str,
        *,
        data_source: (
            CreateEvalJsonlRunDataSourceParam
            | CreateEvalCompletionsRunDataSourceParam
            | CreateEvalResponsesRunDataSourceParam
        ),
        name: str | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Create an eval run

        Starts a run of the evaluation on the given data source and model settings. The data source
        is checked against the data source configuration of the eval.

        Args:
          eval_id: Identifier of the evaluation.

          data_source: Data and, optionally, model settings the run uses.

          name: Name of the run.

          metadata: Up to 16 string key-value pairs for your own bookkeeping.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            path_with("/evals/{eval_id}/runs", {"eval_id": eval_id}),
            body={"data_source": data_source, "name": name, "metadata": metadata},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=EvalRun,
        )

    async def retrieve(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Retrieve an eval run

        Fetches one run of an evaluation, including its status and aggregated results.

        Args:
          run_id: Identifier of the eval run.

          eval_id: Identifier of the evaluation.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/evals/{eval_id}/runs/{run_id}", {"eval_id": eval_id, "run_id": run_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=EvalRun,
        )

    def list(
        self,
        eval_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPageRequest[EvalRun]:
        """List eval runs

        Returns a cursor-paginated page of the runs that belong to an evaluation.

        Args:
          eval_id: Identifier of the evaluation.

          after: Cursor; return objects that come after the object with this ID.

          limit: Maximum number of objects to return in one page.

          order: Sort direction by creation time, `asc` or `desc`.

          status: Restrict the results to runs in this state.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return AsyncPageRequest(
            self._client,
            EvalRunList,
            item_type=EvalRun,
            path=path_with("/evals/{eval_id}/runs", {"eval_id": eval_id}),
            query={"after": after, "limit": limit, "order": order, "status": status},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteEvalRunResponse:
        """Delete an eval run

        Permanently removes one run of an evaluation.

        Args:
          run_id: Identifier of the eval run.

          eval_id: Identifier of the evaluation.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "delete",
            path_with("/evals/{eval_id}/runs/{run_id}", {"eval_id": eval_id, "run_id": run_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=DeleteEvalRunResponse,
        )

    async def cancel(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Cancel an eval run

        Stops a run that is still queued or in progress.

        Args:
          run_id: Identifier of the eval run.

          eval_id: Identifier of the evaluation.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            path_with("/evals/{eval_id}/runs/{run_id}", {"eval_id": eval_id, "run_id": run_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=EvalRun,
        )

    async def poll(
        self,
        run_id: str,
        *,
        eval_id: str,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Fetch the object with `retrieve` until its `status` is terminal, and return it.

        Terminal: completed, failed or canceled.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is the
            `openai-poll-after-ms` header of the last response, else 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the first fetch, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        return await _polling.poll_async(
            lambda: self.with_raw_response.retrieve(
                run_id,
                eval_id=eval_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"completed", "failed", "canceled"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            poll_after_header="openai-poll-after-ms",
        )

    async def create_and_poll(
        self,
        eval_id: str,
        *,
        data_source: (
            CreateEvalJsonlRunDataSourceParam
            | CreateEvalCompletionsRunDataSourceParam
            | CreateEvalResponsesRunDataSourceParam
        ),
        name: str | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """`create` (one request), then `poll` the new object and return it.

        Terminal `status`: completed, failed or canceled.

        `extra_headers` and `timeout` apply to every request, `extra_query` and `extra_body` to
        the `create` request only.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is the
            `openai-poll-after-ms` header of the last response, else 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the call, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        started = _polling.monotonic()
        created = await self.create(
            eval_id,
            data_source=data_source,
            name=name,
            metadata=metadata,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await _polling.poll_async(
            lambda: self.with_raw_response.retrieve(
                created.id, eval_id=eval_id, extra_headers=extra_headers, timeout=timeout
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"completed", "failed", "canceled"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            started=started,
            poll_after_header="openai-poll-after-ms",
        )


class AsyncRunsWithRawResponse:
    def __init__(self, resource: AsyncRuns) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)

    @cached_property
    def output_items(self) -> AsyncOutputItemsWithRawResponse:
        return self._resource.output_items.with_raw_response


class AsyncRunsWithStreamingResponse:
    def __init__(self, resource: AsyncRuns) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)

    @cached_property
    def output_items(self) -> AsyncOutputItemsWithStreamingResponse:
        return self._resource.output_items.with_streaming_response
