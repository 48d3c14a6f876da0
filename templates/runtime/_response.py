"""Responses handed to the caller as they are: raw responses and binary downloads."""

from __future__ import annotations

import contextvars
import functools
import os
from typing import Any, AsyncIterator, Awaitable, Callable, Generic, Iterator, TypeVar

import httpx
from typing_extensions import ParamSpec

_T = TypeVar("_T")
_P = ParamSpec("_P")

# Set while a `with_raw_response` wrapper runs: the request returns an APIResponse instead of
# the parsed object. A context variable works for threads and asyncio tasks alike.
raw_response_mode: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "raw_response_mode", default=False
)


class APIResponse(Generic[_T]):
    """The HTTP response of a call, with `.parse()` for the object the method would return."""

    def __init__(
        self, http_response: httpx.Response, parse: Callable[[], _T], retries_taken: int
    ) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[_T] = []
        self.retries_taken = retries_taken

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return self.http_response.headers.get("x-request-id")

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> _T:
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.request.url}>"


def to_raw_response_wrapper(func: Callable[_P, _T]) -> Callable[_P, APIResponse[_T]]:
    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_T]:
        token = raw_response_mode.set(True)
        try:
            return func(*args, **kwargs)  # type: ignore[return-value]
        finally:
            raw_response_mode.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[_P, Awaitable[_T]],
) -> Callable[_P, Awaitable[APIResponse[_T]]]:
    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_T]:
        token = raw_response_mode.set(True)
        try:
            return await func(*args, **kwargs)  # type: ignore[return-value]
        finally:
            raw_response_mode.reset(token)

    return wrapped


class BinaryResponse:
    """A downloaded file. The body is streamed: nothing is held in memory unless `.content`
    or `.read()` asks for it. Close it (or use `with`) when not reading it to the end."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return self.http_response.headers.get("x-request-id")

    @property
    def content(self) -> bytes:
        return self.read()

    def read(self) -> bytes:
        try:
            return self.http_response.read()
        finally:
            self.http_response.close()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        finally:
            self.http_response.close()

    def write_to_file(self, path: str | os.PathLike[str], chunk_size: int | None = None) -> int:
        """Stream the body to `path`; returns the number of bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.iter_bytes(chunk_size):
                file.write(chunk)
                written += len(chunk)
        return written

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncBinaryResponse:
    """The async twin of BinaryResponse."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return self.http_response.headers.get("x-request-id")

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        finally:
            await self.http_response.aclose()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        finally:
            await self.http_response.aclose()

    async def write_to_file(
        self, path: str | os.PathLike[str], chunk_size: int | None = None
    ) -> int:
        written = 0
        with open(path, "wb") as file:
            async for chunk in self.iter_bytes(chunk_size):
                file.write(chunk)
                written += len(chunk)
        return written

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()
