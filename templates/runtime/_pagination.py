"""Cursor pages: `for item in client.x.list()` walks every page, fetching each when needed."""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Generator,
    Generic,
    Iterator,
    Mapping,
    TypeVar,
    cast,
)

from ._pagination_fields import CURSOR_FIELD, CURSOR_PARAM, HAS_MORE_FIELD, ITEMS_FIELD
from ._response import BaseAPIResponse

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient

_Item = TypeVar("_Item")


class _PageBase(Generic[_Item]):
    def __init__(
        self,
        response: Any,
        *,
        item_type: type[_Item],
        path: str,
        query: Mapping[str, object],
        options: RequestOptions,
    ) -> None:
        self.response = response
        """The list object the server sent (with fields such as `first_id` and `last_id`)."""
        self.data: list[_Item] = list(getattr(response, ITEMS_FIELD, None) or [])
        self._item_type = item_type
        self._path = path
        self._query = dict(query)
        self._options = options

    @property
    def has_more(self) -> bool:
        return bool(getattr(self.response, HAS_MORE_FIELD, False))

    def has_next_page(self) -> bool:
        return self.has_more and self._next_cursor() is not None

    def _next_cursor(self) -> str | None:
        if not self.data:
            return None
        last: object = self.data[-1]
        cursor: object = (
            cast("dict[str, object]", last).get(CURSOR_FIELD)
            if isinstance(last, dict)
            else getattr(last, CURSOR_FIELD, None)
        )
        return None if cursor is None else str(cursor)

    def _next_query(self) -> dict[str, object]:
        return {**self._query, CURSOR_PARAM: self._next_cursor()}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} has_more={self.has_more}>"


class SyncCursorPage(_PageBase[_Item]):
    def __init__(
        self, client: SyncAPIClient, response_type: type[Any], response: Any, **kwargs: Any
    ) -> None:
        super().__init__(response, **kwargs)
        self._client = client
        self._response_type = response_type

    def get_next_page(self) -> SyncCursorPage[_Item]:
        if not self.has_next_page():
            raise RuntimeError("No next page; check has_next_page() first")
        response = self._client.request(
            "get",
            self._path,
            cast_to=self._response_type,
            query=self._next_query(),
            options=self._options,
        )
        return SyncCursorPage(
            self._client,
            self._response_type,
            response,
            item_type=self._item_type,
            path=self._path,
            query=self._query,
            options=self._options,
        )

    def iter_pages(self) -> Iterator[SyncCursorPage[_Item]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[_Item]:
        for page in self.iter_pages():
            yield from page.data


class AsyncCursorPage(_PageBase[_Item]):
    def __init__(
        self, client: AsyncAPIClient, response_type: type[Any], response: Any, **kwargs: Any
    ) -> None:
        super().__init__(response, **kwargs)
        self._client = client
        self._response_type = response_type

    async def get_next_page(self) -> AsyncCursorPage[_Item]:
        if not self.has_next_page():
            raise RuntimeError("No next page; check has_next_page() first")
        response = await self._client.request(
            "get",
            self._path,
            cast_to=self._response_type,
            query=self._next_query(),
            options=self._options,
        )
        return AsyncCursorPage(
            self._client,
            self._response_type,
            response,
            item_type=self._item_type,
            path=self._path,
            query=self._query,
            options=self._options,
        )

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[_Item]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[_Item]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPageRequest(Generic[_Item]):
    """What an async `list()` returns: `await` it for the first page, or `async for` over it
    for every item of every page."""

    def __init__(
        self,
        client: AsyncAPIClient,
        response_type: type[Any],
        *,
        item_type: type[_Item],
        path: str,
        query: Mapping[str, object],
        options: RequestOptions,
    ) -> None:
        self._client = client
        self._response_type = response_type
        self._item_type = item_type
        self._path = path
        self._query = query
        self._options = options

    async def _first_page(self) -> AsyncCursorPage[_Item]:
        response = await self._client.request(
            "get", self._path, cast_to=self._response_type, query=self._query, options=self._options
        )
        if isinstance(response, BaseAPIResponse):  # raw or streamed: parse() gives the page
            raw = cast("BaseAPIResponse[Any]", response)
            parse = raw._parse  # pyright: ignore[reportPrivateUsage]
            raw._parse = lambda: AsyncCursorPage[_Item](  # pyright: ignore[reportPrivateUsage]
                self._client,
                self._response_type,
                parse(),
                item_type=self._item_type,
                path=self._path,
                query=self._query,
                options=self._options,
            )
            return cast(AsyncCursorPage[_Item], raw)
        return AsyncCursorPage(
            self._client,
            self._response_type,
            response,
            item_type=self._item_type,
            path=self._path,
            query=self._query,
            options=self._options,
        )

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[_Item]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[_Item]:
        page = await self._first_page()
        async for item in page:
            yield item


def first_sync_page(
    client: SyncAPIClient,
    response_type: type[Any],
    *,
    item_type: type[_Item],
    path: str,
    query: Mapping[str, object],
    options: RequestOptions,
) -> SyncCursorPage[_Item]:
    response = client.request("get", path, cast_to=response_type, query=query, options=options)
    if isinstance(response, BaseAPIResponse):  # raw or streamed: parse() gives the page
        raw = cast("BaseAPIResponse[Any]", response)
        parse = raw._parse  # pyright: ignore[reportPrivateUsage]
        raw._parse = lambda: SyncCursorPage[_Item](  # pyright: ignore[reportPrivateUsage]
            client,
            response_type,
            parse(),
            item_type=item_type,
            path=path,
            query=query,
            options=options,
        )
        return cast(SyncCursorPage[_Item], raw)
    return SyncCursorPage(
        client,
        response_type,
        response,
        item_type=item_type,
        path=path,
        query=query,
        options=options,
    )
