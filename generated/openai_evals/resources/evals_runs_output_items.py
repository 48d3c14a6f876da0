"""`evals.runs.output_items`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._pagination import AsyncPageRequest, SyncCursorPage, first_sync_page
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import EvalRunOutputItem, EvalRunOutputItemList

__all__ = ["OutputItems", "AsyncOutputItems"]


class OutputItems:
    """retrieve, list on `evals.runs.output_items`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OutputItemsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return OutputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OutputItemsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return OutputItemsWithStreamingResponse(self)

    def retrieve(
        self,
        output_item_id: str,
        *,
        eval_id: str,
        run_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRunOutputItem:
        """Retrieve an output item

        Fetches one output item of an eval run, i.e. the outcome for a single row of the data
        source.

        Args:
          output_item_id: Identifier of the output item.

          eval_id: Identifier of the evaluation.

          run_id: Identifier of the eval run.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with(
                "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
                {"eval_id": eval_id, "run_id": run_id, "output_item_id": output_item_id},
            ),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=EvalRunOutputItem,
        )

    def list(
        self,
        run_id: str,
        *,
        eval_id: str,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        status: Literal["fail", "pass"] | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[EvalRunOutputItem]:
        """List output items

        Returns a cursor-paginated page of the output items produced by a run.

        Args:
          run_id: Identifier of the eval run.

          eval_id: Identifier of the evaluation.

          after: Cursor; return objects that come after the object with this ID.

          limit: Maximum number of objects to return in one page.

          status: Restrict the results to passing or failing items.

          order: Sort direction by creation time, `asc` or `desc`.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return first_sync_page(
            self._client,
            EvalRunOutputItemList,
            item_type=EvalRunOutputItem,
            path=path_with(
                "/evals/{eval_id}/runs/{run_id}/output_items",
                {"eval_id": eval_id, "run_id": run_id},
            ),
            query={"after": after, "limit": limit, "status": status, "order": order},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class OutputItemsWithRawResponse:
    def __init__(self, resource: OutputItems) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.list = to_raw_response_wrapper(resource.list)


class OutputItemsWithStreamingResponse:
    def __init__(self, resource: OutputItems) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncOutputItems:
    """retrieve, list on `evals.runs.output_items`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOutputItemsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncOutputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOutputItemsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncOutputItemsWithStreamingResponse(self)

    async def retrieve(
        self,
        output_item_id: str,
        *,
        eval_id: str,
        run_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRunOutputItem:
        """Retrieve an output item

        Fetches one output item of an eval run, i.e. the outcome for a single row of the data
        source.

        Args:
          output_item_id: Identifier of the output item.

          eval_id: Identifier of the evaluation.

          run_id: Identifier of the eval run.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with(
                "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
                {"eval_id": eval_id, "run_id": run_id, "output_item_id": output_item_id},
            ),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=EvalRunOutputItem,
        )

    def list(
        self,
        run_id: str,
        *,
        eval_id: str,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        status: Literal["fail", "pass"] | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPageRequest[EvalRunOutputItem]:
        """List output items

        Returns a cursor-paginated page of the output items produced by a run.

        Args:
          run_id: Identifier of the eval run.

          eval_id: Identifier of the evaluation.

          after: Cursor; return objects that come after the object with this ID.

          limit: Maximum number of objects to return in one page.

          status: Restrict the results to passing or failing items.

          order: Sort direction by creation time, `asc` or `desc`.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return AsyncPageRequest(
            self._client,
            EvalRunOutputItemList,
            item_type=EvalRunOutputItem,
            path=path_with(
                "/evals/{eval_id}/runs/{run_id}/output_items",
                {"eval_id": eval_id, "run_id": run_id},
            ),
            query={"after": after, "limit": limit, "status": status, "order": order},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncOutputItemsWithRawResponse:
    def __init__(self, resource: AsyncOutputItems) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncOutputItemsWithStreamingResponse:
    def __init__(self, resource: AsyncOutputItems) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.list = async_to_streamed_response_wrapper(resource.list)
