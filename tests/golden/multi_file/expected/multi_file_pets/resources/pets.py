"""`pets`: generated from the OpenAPI spec; do not edit."""

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
from ..models import Pet, PetPage
from ..params import TagParam

__all__ = ["Pets", "AsyncPets"]


class Pets:
    """list, create, retrieve on `pets`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return PetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return PetsWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PetPage:
        """GET /pets

        Args:
          limit: At most this many.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            "/pets",
            query={"limit": limit},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=PetPage,
        )

    def create(
        self,
        *,
        name: str,
        tag: TagParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """POST /pets

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "post",
            "/pets",
            body={"name": name, "tag": tag},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Pet,
        )

    def retrieve(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """GET /pets/{petId}

        Args:
          pet_id: The pet's id.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return self._client.request(
            "get",
            path_with("/pets/{petId}", {"petId": pet_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Pet,
        )


class PetsWithRawResponse:
    def __init__(self, resource: Pets) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class PetsWithStreamingResponse:
    def __init__(self, resource: Pets) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncPets:
    """list, create, retrieve on `pets`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncPetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsWithStreamingResponse:
        """The same methods as context managers handing over the response with its body unread
        (`.iter_lines()`, `.iter_bytes()`, `.parse()`); leaving the `with` block closes it."""
        return AsyncPetsWithStreamingResponse(self)

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PetPage:
        """GET /pets

        Args:
          limit: At most this many.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            "/pets",
            query={"limit": limit},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=PetPage,
        )

    async def create(
        self,
        *,
        name: str,
        tag: TagParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """POST /pets

        Args:
          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "post",
            "/pets",
            body={"name": name, "tag": tag},
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Pet,
        )

    async def retrieve(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """GET /pets/{petId}

        Args:
          pet_id: The pet's id.

          extra_headers: Headers to send with this request besides the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Body fields to add to this request.

          timeout: Seconds (or an `httpx.Timeout`) for this request instead of the client's.
        """
        return await self._client.request(
            "get",
            path_with("/pets/{petId}", {"petId": pet_id}),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Pet,
        )


class AsyncPetsWithRawResponse:
    def __init__(self, resource: AsyncPets) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncPetsWithStreamingResponse:
    def __init__(self, resource: AsyncPets) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
