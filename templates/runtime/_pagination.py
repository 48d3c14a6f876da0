"""Cursor pages. A page is a model of the list response the server sent: its fields
(`page.has_more`, `page.last_id`), `to_dict()`, `model_dump()`, `_request_id`; and
`for item in page` walks every item of every page, fetching each when needed."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Generator,
    Generic,
    Iterator,
    Mapping,
    Tuple,
    TypeVar,
    cast,
)

from typing_extensions import Self

from ._models import model_fields
from ._pagination_fields import (
    CURSOR_FIELD,
    CURSOR_PARAM,
    HAS_MORE_FIELD,
    ITEMS_FIELD,
    PageFields,
)
from ._response import BaseAPIResponse

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient

_Item = TypeVar("_Item")
_Page = TypeVar("_Page", bound="_PageBase[Any]")


@dataclass(frozen=True)
class _Request:
    """How a page was asked for: the next one is asked the same way, from the next cursor."""

    client: Any  # SyncAPIClient or AsyncAPIClient
    page_type: type[Any]
    path: str
    query: Mapping[str, object]
    options: RequestOptions


class _PageBase(PageFields[_Item], Generic[_Item]):
    @property
    def response(self) -> Self:
        """The list object the server sent: the page itself (kept for code written when a page
        held it here)."""
        return self

    def has_next_page(self) -> bool:
        return (
            bool(getattr(self, HAS_MORE_FIELD, False))
            and self._next_cursor() is not None
            and _request_of(self) is not None
        )

    def _items(self) -> list[_Item]:
        return getattr(self, ITEMS_FIELD, None) or []

    def _next_cursor(self) -> str | None:
        items = self._items()
        if not items:
            return None
        last: object = items[-1]
        cursor: object = (
            cast("dict[str, object]", last).get(CURSOR_FIELD)
            if isinstance(last, dict)
            else getattr(last, CURSOR_FIELD, None)
        )
        return None if cursor is None else str(cursor)

    def _next_request(self) -> tuple[_Request, dict[str, object]]:
        request = _request_of(self)
        if request is None or not self.has_next_page():
            raise RuntimeError("No next page; check has_next_page() first")
        return request, {**request.query, CURSOR_PARAM: self._next_cursor()}

    def __repr__(self) -> str:
        has_more = bool(getattr(self, HAS_MORE_FIELD, False))
        return f"<{type(self).__name__} items={len(self._items())} has_more={has_more}>"


class SyncCursorPage(_PageBase[_Item], Generic[_Item]):
    def get_next_page(self) -> Self:
        request, query = self._next_request()
        return cast(Self, _fetch_sync(request, query))

    def iter_pages(self) -> Iterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    # A pydantic model iterates over (field, value) pairs; a page, as the SDK's, over its items
    # and those of the pages after it (`dict(page)` is `page.model_dump()` instead).
    def __iter__(self) -> Iterator[_Item]:  # pyright: ignore[reportIncompatibleMethodOverride]
        for page in self.iter_pages():
            yield from page._items()


class AsyncCursorPage(_PageBase[_Item], Generic[_Item]):
    async def get_next_page(self) -> Self:
        request, query = self._next_request()
        return cast(Self, await _fetch_async(request, query))

    async def iter_pages(self) -> AsyncIterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[_Item]:
        async for page in self.iter_pages():
            for item in page._items():
                yield item


_page_types: Dict[Tuple[type[Any], Any, Any], type[Any]] = {}
_page_types_lock = threading.Lock()


def _page_type(kind: type[_Page], list_type: type[Any], item_type: Any) -> type[_Page]:
    """The page class of one list response: the list model (its fields, typed at every depth,
    validated as fast as the model itself) with the page's methods. Made once per list."""
    key = (kind, list_type, item_type)
    found = _page_types.get(key)
    if found is None:
        with _page_types_lock:
            found = _page_types.get(key)
            if found is None:
                model_fields(list_type)  # its annotations resolved where they were written
                generic = cast(Any, kind)[item_type]
                found = type(
                    generic.__name__,
                    (list_type, generic),
                    {"__module__": __name__, "__doc__": list_type.__doc__},
                )
                _page_types[key] = found
    return cast("type[_Page]", found)


def _request_of(page: _PageBase[Any]) -> _Request | None:
    private = page.__pydantic_private__
    return private.get("_page_request") if private else None


def _bound(result: Any, request: _Request) -> Any:
    """`result` (a parsed page) knowing how to ask for the next; a raw or streamed response
    gives such a page from `parse()`."""
    if isinstance(result, BaseAPIResponse):
        raw = cast("BaseAPIResponse[Any]", result)
        parse = raw._parse  # pyright: ignore[reportPrivateUsage]
        raw._parse = lambda: _bound(parse(), request)  # pyright: ignore[reportPrivateUsage]
        return raw
    page = cast("_PageBase[Any]", result)
    private = page.__pydantic_private__
    object.__setattr__(page, "__pydantic_private__", {**(private or {}), "_page_request": request})
    return page


def _fetch_sync(request: _Request, query: Mapping[str, object]) -> Any:
    client = cast("SyncAPIClient", request.client)
    result = client.request(
        "get", request.path, cast_to=request.page_type, query=query, options=request.options
    )
    return _bound(result, request)


async def _fetch_async(request: _Request, query: Mapping[str, object]) -> Any:
    client = cast("AsyncAPIClient", request.client)
    result = await client.request(
        "get", request.path, cast_to=request.page_type, query=query, options=request.options
    )
    return _bound(result, request)


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
        page_type = _page_type(AsyncCursorPage, response_type, item_type)
        self._request = _Request(client, page_type, path, dict(query), options)

    async def _first_page(self) -> AsyncCursorPage[_Item]:
        return await _fetch_async(self._request, self._request.query)

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
    page_type = _page_type(SyncCursorPage, response_type, item_type)
    request = _Request(client, page_type, path, dict(query), options)
    return _fetch_sync(request, request.query)
