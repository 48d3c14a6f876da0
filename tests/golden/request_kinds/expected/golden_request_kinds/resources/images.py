"""`images`: generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from functools import cached_property
from types import NoneType

from .._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient, path_with
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, FileContent, Headers, NotGiven, Query, Timeout

__all__ = ["Images", "AsyncImages"]


class Images:
    """upload on `images`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return ImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return ImagesWithStreamingResponse(self)

    def upload(
        self,
        image_id: str,
        *,
        body: FileContent,
        if_match: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace an image's bytes

        Args:
          body: The image file.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "put",
            path_with("/images/{image_id}/content", {"image_id": image_id}),
            content=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                headers={"If-Match": if_match},
                content_type="application/octet-stream",
            ),
            cast_to=NoneType,
        )


class ImagesWithRawResponse:
    def __init__(self, resource: Images) -> None:
        self._resource = resource
        self.upload = to_raw_response_wrapper(resource.upload)


class ImagesWithStreamingResponse:
    def __init__(self, resource: Images) -> None:
        self._resource = resource
        self.upload = to_streamed_response_wrapper(resource.upload)


class AsyncImages:
    """upload on `images`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncImagesWithStreamingResponse(self)

    async def upload(
        self,
        image_id: str,
        *,
        body: FileContent,
        if_match: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace an image's bytes

        Args:
          body: The image file.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "put",
            path_with("/images/{image_id}/content", {"image_id": image_id}),
            content=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                headers={"If-Match": if_match},
                content_type="application/octet-stream",
            ),
            cast_to=NoneType,
        )


class AsyncImagesWithRawResponse:
    def __init__(self, resource: AsyncImages) -> None:
        self._resource = resource
        self.upload = async_to_raw_response_wrapper(resource.upload)


class AsyncImagesWithStreamingResponse:
    def __init__(self, resource: AsyncImages) -> None:
        self._resource = resource
        self.upload = async_to_streamed_response_wrapper(resource.upload)
