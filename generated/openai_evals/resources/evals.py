"""`evals`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, Sequence

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._pagination import AsyncPageRequest, SyncCursorPage, first_sync_page
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import DeleteEvalResponse, Eval, EvalList
from ..params import (
    CreateEvalCustomDataSourceConfigParam,
    CreateEvalLabelModelGraderParam,
    CreateEvalLogsDataSourceConfigParam,
    CreateEvalStoredCompletionsDataSourceConfigParam,
    EvalGraderPythonParam,
    EvalGraderScoreModelParam,
    EvalGraderStringCheckParam,
    EvalGraderTextSimilarityParam,
    MetadataParam,
)

if TYPE_CHECKING:
    from .evals_runs import (
        AsyncRuns,
        AsyncRunsWithRawResponse,
        AsyncRunsWithStreamingResponse,
        Runs,
        RunsWithRawResponse,
        RunsWithStreamingResponse,
    )

__all__ = ["Evals", "AsyncEvals"]


class Evals:
    """create, retrieve, update, list, delete on `evals`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def runs(self) -> Runs:
        from .evals_runs import Runs

        return Runs(self._client)

    @cached_property
    def with_raw_response(self) -> EvalsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return EvalsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EvalsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return EvalsWithStreamingResponse(self)

    def create(
        self,
        *,
        data_source_config: (
            CreateEvalCustomDataSourceConfigParam
            | CreateEvalLogsDataSourceConfigParam
            | CreateEvalStoredCompletionsDataSourceConfigParam
        ),
        testing_criteria: Sequence[
            CreateEvalLabelModelGraderParam
            | EvalGraderStringCheckParam
            | EvalGraderTextSimilarityParam
            | EvalGraderPythonParam
            | EvalGraderScoreModelParam
        ],
        name: str | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Create an eval

        Registers a new evaluation made of a data source configuration and one or more testing
        criteria (graders). Runs are started separately.

        Args:
          data_source_config: Shape of the data the eval runs on; decides what `{{item.*}}` and
            `{{sample.*}}` refer to.

          testing_criteria: Graders applied to every item; referenced data must match the configured
            schema.

          name: Name of the evaluation.

          metadata: Up to 16 string key-value pairs for your own bookkeeping.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/evals",
            body={
                "data_source_config": data_source_config,
                "testing_criteria": testing_criteria,
                "name": name,
                "metadata": metadata,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Eval,
        )

    def retrieve(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Retrieve an eval

        Fetches a single evaluation by its identifier.

        Args:
          eval_id: Identifier of the evaluation.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/evals/{eval_id}", {"eval_id": eval_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Eval,
        )

    def update(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Update an eval

        Changes the mutable fields of an evaluation, i.e. its name and metadata.

        Args:
          eval_id: Identifier of the evaluation.

          name: New name for the evaluation.

          metadata: Up to 16 string key-value pairs for your own bookkeeping.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            path_with("/evals/{eval_id}", {"eval_id": eval_id}),
            body={"name": name, "metadata": metadata},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Eval,
        )

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        order_by: Literal["created_at", "updated_at"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Eval]:
        """List evals

        Returns a cursor-paginated page of the evaluations in the current project.

        Args:
          after: Cursor; return objects that come after the object with this ID.

          limit: Maximum number of objects to return in one page.

          order: Sort direction by creation time, `asc` or `desc`.

          order_by: Field to sort by, creation time or last update time.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return first_sync_page(
            self._client,
            EvalList,
            item_type=Eval,
            path="/evals",
            query={"after": after, "limit": limit, "order": order, "order_by": order_by},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteEvalResponse:
        """Delete an eval

        Permanently removes an evaluation.

        Args:
          eval_id: Identifier of the evaluation.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "delete",
            path_with("/evals/{eval_id}", {"eval_id": eval_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=DeleteEvalResponse,
        )


class EvalsWithRawResponse:
    def __init__(self, resource: Evals) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.list = to_raw_response_wrapper(resource.list)
        self.delete = to_raw_response_wrapper(resource.delete)

    @cached_property
    def runs(self) -> RunsWithRawResponse:
        return self._resource.runs.with_raw_response


class EvalsWithStreamingResponse:
    def __init__(self, resource: Evals) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.list = to_streamed_response_wrapper(resource.list)
        self.delete = to_streamed_response_wrapper(resource.delete)

    @cached_property
    def runs(self) -> RunsWithStreamingResponse:
        return self._resource.runs.with_streaming_response


class AsyncEvals:
    """create, retrieve, update, list, delete on `evals`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def runs(self) -> AsyncRuns:
        from .evals_runs import AsyncRuns

        return AsyncRuns(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncEvalsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncEvalsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEvalsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncEvalsWithStreamingResponse(self)

    async def create(
        self,
        *,
        data_source_config: (
            CreateEvalCustomDataSourceConfigParam
            | CreateEvalLogsDataSourceConfigParam
            | CreateEvalStoredCompletionsDataSourceConfigParam
        ),
        testing_criteria: Sequence[
            CreateEvalLabelModelGraderParam
            | EvalGraderStringCheckParam
            | EvalGraderTextSimilarityParam
            | EvalGraderPythonParam
            | EvalGraderScoreModelParam
        ],
        name: str | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Create an eval

        Registers a new evaluation made of a data source configuration and one or more testing
        criteria (graders). Runs are started separately.

        Args:
          data_source_config: Shape of the data the eval runs on; decides what `{{item.*}}` and
            `{{sample.*}}` refer to.

          testing_criteria: Graders applied to every item; referenced data must match the configured
            schema.

          name: Name of the evaluation.

          metadata: Up to 16 string key-value pairs for your own bookkeeping.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/evals",
            body={
                "data_source_config": data_source_config,
                "testing_criteria": testing_criteria,
                "name": name,
                "metadata": metadata,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Eval,
        )

    async def retrieve(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Retrieve an eval

        Fetches a single evaluation by its identifier.

        Args:
          eval_id: Identifier of the evaluation.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/evals/{eval_id}", {"eval_id": eval_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Eval,
        )

    async def update(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Update an eval

        Changes the mutable fields of an evaluation, i.e. its name and metadata.

        Args:
          eval_id: Identifier of the evaluation.

          name: New name for the evaluation.

          metadata: Up to 16 string key-value pairs for your own bookkeeping.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            path_with("/evals/{eval_id}", {"eval_id": eval_id}),
            body={"name": name, "metadata": metadata},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Eval,
        )

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        order_by: Literal["created_at", "updated_at"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPageRequest[Eval]:
        """List evals

        Returns a cursor-paginated page of the evaluations in the current project.

        Args:
          after: Cursor; return objects that come after the object with this ID.

          limit: Maximum number of objects to return in one page.

          order: Sort direction by creation time, `asc` or `desc`.

          order_by: Field to sort by, creation time or last update time.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return AsyncPageRequest(
            self._client,
            EvalList,
            item_type=Eval,
            path="/evals",
            query={"after": after, "limit": limit, "order": order, "order_by": order_by},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteEvalResponse:
        """Delete an eval

        Permanently removes an evaluation.

        Args:
          eval_id: Identifier of the evaluation.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "delete",
            path_with("/evals/{eval_id}", {"eval_id": eval_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=DeleteEvalResponse,
        )


class AsyncEvalsWithRawResponse:
    def __init__(self, resource: AsyncEvals) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.delete = async_to_raw_response_wrapper(resource.delete)

    @cached_property
    def runs(self) -> AsyncRunsWithRawResponse:
        return self._resource.runs.with_raw_response


class AsyncEvalsWithStreamingResponse:
    def __init__(self, resource: AsyncEvals) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.delete = async_to_streamed_response_wrapper(resource.delete)

    @cached_property
    def runs(self) -> AsyncRunsWithStreamingResponse:
        return self._resource.runs.with_streaming_response
