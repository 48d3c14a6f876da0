"""`batches`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .. import _polling
from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._extensions.batches import AsyncBatchesMixin, BatchesMixin
from .._pagination import AsyncPageRequest, SyncCursorPage, first_sync_page
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import Batch, ListBatchesResponse
from ..params import BatchFileExpirationAfterParam, MetadataParam

__all__ = ["Batches", "AsyncBatches"]


class Batches(BatchesMixin):
    """create, retrieve, list, cancel on `batches`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return BatchesWithStreamingResponse(self)

    def create(
        self,
        *,
        input_file_id: str,
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        completion_window: Literal["24h"],
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Create a batch

        Starts a batch job that executes every request in an uploaded JSONL file (uploaded with
        purpose `batch`).

        Args:
          input_file_id: ID of an uploaded JSONL file (purpose `batch`) with one request per line.

          endpoint: Endpoint every request in the file targets.

          completion_window: Processing window; only `24h` is accepted.

          metadata: Up to 16 string key-value pairs for your own bookkeeping.

          output_expires_after: Expiration policy for the output and error files.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/batches",
            body={
                "input_file_id": input_file_id,
                "endpoint": endpoint,
                "completion_window": completion_window,
                "metadata": metadata,
                "output_expires_after": output_expires_after,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Batch,
        )

    def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Retrieve a batch

        Fetches the current state of a batch job.

        Args:
          batch_id: Identifier of the batch.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/batches/{batch_id}", {"batch_id": batch_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Batch,
        )

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Batch]:
        """List batches

        Returns a cursor-paginated page of the batches of the organization.

        Args:
          after: Cursor; return objects that come after the object with this ID.

          limit: Maximum number of objects to return in one page.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return first_sync_page(
            self._client,
            ListBatchesResponse,
            item_type=Batch,
            path="/batches",
            query={"after": after, "limit": limit},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Cancel a batch

        Asks for a running batch to stop. It moves to `cancelling` and, once wound down (this may
        take several minutes), to `cancelled`; any finished results remain available.

        Args:
          batch_id: Identifier of the batch.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            path_with("/batches/{batch_id}/cancel", {"batch_id": batch_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Batch,
        )

    def poll(
        self,
        batch_id: str,
        *,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Fetch the object with `retrieve` until its `status` is terminal, and return it.

        Terminal: completed, failed, expired or cancelled.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is the
            `openai-poll-after-ms` header of the last response, else 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the first fetch, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        return _polling.poll_sync(
            lambda: self.with_raw_response.retrieve(
                batch_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"completed", "failed", "expired", "cancelled"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            poll_after_header="openai-poll-after-ms",
        )

    def create_and_poll(
        self,
        *,
        input_file_id: str,
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        completion_window: Literal["24h"],
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfterParam | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """`create` (one request), then `poll` the new object and return it.

        Terminal `status`: completed, failed, expired or cancelled.

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
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=completion_window,
            metadata=metadata,
            output_expires_after=output_expires_after,
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
            terminal=frozenset({"completed", "failed", "expired", "cancelled"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            started=started,
            poll_after_header="openai-poll-after-ms",
        )


class BatchesWithRawResponse:
    def __init__(self, resource: Batches) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.list = to_raw_response_wrapper(resource.list)
        self.cancel = to_raw_response_wrapper(resource.cancel)


class BatchesWithStreamingResponse:
    def __init__(self, resource: Batches) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.list = to_streamed_response_wrapper(resource.list)
        self.cancel = to_streamed_response_wrapper(resource.cancel)


class AsyncBatches(AsyncBatchesMixin):
    """create, retrieve, list, cancel on `batches`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncBatchesWithStreamingResponse(self)

    async def create(
        self,
        *,
        input_file_id: str,
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        completion_window: Literal["24h"],
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Create a batch

        Starts a batch job that executes every request in an uploaded JSONL file (uploaded with
        purpose `batch`).

        Args:
          input_file_id: ID of an uploaded JSONL file (purpose `batch`) with one request per line.

          endpoint: Endpoint every request in the file targets.

          completion_window: Processing window; only `24h` is accepted.

          metadata: Up to 16 string key-value pairs for your own bookkeeping.

          output_expires_after: Expiration policy for the output and error files.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/batches",
            body={
                "input_file_id": input_file_id,
                "endpoint": endpoint,
                "completion_window": completion_window,
                "metadata": metadata,
                "output_expires_after": output_expires_after,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Batch,
        )

    async def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Retrieve a batch

        Fetches the current state of a batch job.

        Args:
          batch_id: Identifier of the batch.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/batches/{batch_id}", {"batch_id": batch_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Batch,
        )

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPageRequest[Batch]:
        """List batches

        Returns a cursor-paginated page of the batches of the organization.

        Args:
          after: Cursor; return objects that come after the object with this ID.

          limit: Maximum number of objects to return in one page.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return AsyncPageRequest(
            self._client,
            ListBatchesResponse,
            item_type=Batch,
            path="/batches",
            query={"after": after, "limit": limit},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Cancel a batch

        Asks for a running batch to stop. It moves to `cancelling` and, once wound down (this may
        take several minutes), to `cancelled`; any finished results remain available.

        Args:
          batch_id: Identifier of the batch.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            path_with("/batches/{batch_id}/cancel", {"batch_id": batch_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Batch,
        )

    async def poll(
        self,
        batch_id: str,
        *,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Fetch the object with `retrieve` until its `status` is terminal, and return it.

        Terminal: completed, failed, expired or cancelled.

        Args:
          poll_interval_ms: Wait this long between fetches. By default the wait is the
            `openai-poll-after-ms` header of the last response, else 1 s growing 1.5 times
            per fetch up to 30 s.

          max_wait_seconds: Give up after this long (default: never), counted from
            the first fetch, with `PollTimeoutError`, whose `.last` is the last object fetched.
        """
        return await _polling.poll_async(
            lambda: self.with_raw_response.retrieve(
                batch_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            status=lambda polled: polled.status,
            terminal=frozenset({"completed", "failed", "expired", "cancelled"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            poll_after_header="openai-poll-after-ms",
        )

    async def create_and_poll(
        self,
        *,
        input_file_id: str,
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        completion_window: Literal["24h"],
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfterParam | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        max_wait_seconds: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """`create` (one request), then `poll` the new object and return it.

        Terminal `status`: completed, failed, expired or cancelled.

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
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=completion_window,
            metadata=metadata,
            output_expires_after=output_expires_after,
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
            terminal=frozenset({"completed", "failed", "expired", "cancelled"}),
            poll_interval_ms=poll_interval_ms,
            max_wait_seconds=max_wait_seconds,
            started=started,
            poll_after_header="openai-poll-after-ms",
        )


class AsyncBatchesWithRawResponse:
    def __init__(self, resource: AsyncBatches) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)


class AsyncBatchesWithStreamingResponse:
    def __init__(self, resource: AsyncBatches) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
