"""`documents`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..models import Document
from ..params import PatchDocumentRequestParam

__all__ = ["Documents", "AsyncDocuments"]


class Documents:
    """patch on `documents`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DocumentsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return DocumentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DocumentsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return DocumentsWithStreamingResponse(self)

    def patch(
        self,
        document_id: str,
        *,
        body: PatchDocumentRequestParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Document:
        """Apply a JSON Patch

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "patch",
            path_with("/documents/{document_id}", {"document_id": document_id}),
            json_body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                content_type="application/json-patch+json",
            ),
            cast_to=Document,
        )


class DocumentsWithRawResponse:
    def __init__(self, resource: Documents) -> None:
        self._resource = resource
        self.patch = to_raw_response_wrapper(resource.patch)


class DocumentsWithStreamingResponse:
    def __init__(self, resource: Documents) -> None:
        self._resource = resource
        self.patch = to_streamed_response_wrapper(resource.patch)


class AsyncDocuments:
    """patch on `documents`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDocumentsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncDocumentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDocumentsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncDocumentsWithStreamingResponse(self)

    async def patch(
        self,
        document_id: str,
        *,
        body: PatchDocumentRequestParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Document:
        """Apply a JSON Patch

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "patch",
            path_with("/documents/{document_id}", {"document_id": document_id}),
            json_body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                content_type="application/json-patch+json",
            ),
            cast_to=Document,
        )


class AsyncDocumentsWithRawResponse:
    def __init__(self, resource: AsyncDocuments) -> None:
        self._resource = resource
        self.patch = async_to_raw_response_wrapper(resource.patch)


class AsyncDocumentsWithStreamingResponse:
    def __init__(self, resource: AsyncDocuments) -> None:
        self._resource = resource
        self.patch = async_to_streamed_response_wrapper(resource.patch)
