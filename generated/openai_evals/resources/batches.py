"""`batches`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._pagination import AsyncPageRequest, SyncCursorPage, first_sync_page
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import Batch, ListBatchesResponse
from ..params import BatchFileExpirationAfterParam, MetadataParam

__all__ = ["Batches", "AsyncBatches"]


class Batches:
    """create, retrieve, list, cancel on `batches`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return BatchesWithRawResponse(self)

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


class BatchesWithRawResponse:
    def __init__(self, resource: Batches) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.list = to_raw_response_wrapper(resource.list)
        self.cancel = to_raw_response_wrapper(resource.cancel)


class AsyncBatches:
    """create, retrieve, list, cancel on `batches`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncBatchesWithRawResponse(self)

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


class AsyncBatchesWithRawResponse:
    def __init__(self, resource: AsyncBatches) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
