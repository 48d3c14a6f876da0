"""Responses handed to the caller as they are: raw responses, streamed responses and binary
downloads, with the names and behaviour of the official SDK's, so code written for it runs."""

from __future__ import annotations

import contextvars
import functools
import os
from types import TracebackType
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generic,
    Iterator,
    TypeVar,
    overload,
)

import httpx
from typing_extensions import ParamSpec

__all__ = [
    "APIResponse",
    "StreamedAPIResponse",
    "AsyncStreamedAPIResponse",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "BinaryResponse",
    "AsyncBinaryResponse",
]

_T = TypeVar("_T")
_P = ParamSpec("_P")

# Set while a `with_raw_response` wrapper runs: the request returns an APIResponse instead of
# the parsed object. A context variable works for threads and asyncio tasks alike.
raw_response_mode: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "raw_response_mode", default=False
)
# Set while a `with_streaming_response` call is made: the request returns a streamed response
# whose body is left unread for the caller.
streaming_response_mode: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "streaming_response_mode", default=False
)


class BaseAPIResponse(Generic[_T]):
    """What raw and streamed responses share: status, headers, and the parsed object."""

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
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> str | None:
        return self.http_response.headers.get("x-request-id")

    def _parsed_once(self) -> _T:
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.method} {self.url}>"


class APIResponse(BaseAPIResponse[_T]):
    """`with_raw_response`: the HTTP response of a call (body read), with `.parse()` for the
    object the method would return."""

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> object:
        return self.http_response.json()

    def parse(self) -> _T:
        return self._parsed_once()


class StreamedAPIResponse(BaseAPIResponse[_T]):
    """`with_streaming_response`: the response with its body unread. Iterate it, write it to a
    file, or `.parse()` it; the `with` block closes it."""

    def parse(self) -> _T:
        self.read()
        return self._parsed_once()

    def read(self) -> bytes:
        return self.http_response.read()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body's lines without their line endings, decoded as they arrive."""
        yield from self.http_response.iter_lines()

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        self.stream_to_file(file)

    def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        with open(file, "wb") as out:
            for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedAPIResponse(BaseAPIResponse[_T]):
    """The async twin of StreamedAPIResponse: `async with`, `async for`, `await`."""

    async def parse(self) -> _T:
        await self.read()
        return self._parsed_once()

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return self.http_response.json()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line

    async def write_to_file(self, file: str | os.PathLike[str]) -> None:
        await self.stream_to_file(file)

    async def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        with open(file, "wb") as out:
            async for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)

    async def close(self) -> None:
        await self.http_response.aclose()


class ResponseContextManager(Generic[_T]):
    """`with client.x.with_streaming_response.y(...) as response:` makes the request on entry
    and closes the response on exit."""

    def __init__(self, request: Callable[[], StreamedAPIResponse[_T]]) -> None:
        self._request = request
        self._response: StreamedAPIResponse[_T] | None = None

    def __enter__(self) -> StreamedAPIResponse[_T]:
        self._response = self._request()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_T]):
    def __init__(self, request: Callable[[], Awaitable[AsyncStreamedAPIResponse[_T]]]) -> None:
        self._request = request
        self._response: AsyncStreamedAPIResponse[_T] | None = None

    async def __aenter__(self) -> AsyncStreamedAPIResponse[_T]:
        self._response = await self._request()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


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


@overload
def to_streamed_response_wrapper(
    func: Callable[_P, BinaryResponse],
) -> Callable[_P, ResponseContextManager[bytes]]: ...
@overload
def to_streamed_response_wrapper(
    func: Callable[_P, _T],
) -> Callable[_P, ResponseContextManager[_T]]: ...
def to_streamed_response_wrapper(
    func: Callable[_P, Any],
) -> Callable[_P, ResponseContextManager[Any]]:
    """A download's `.parse()` gives its bytes, as the SDK's StreamedBinaryAPIResponse."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> ResponseContextManager[Any]:
        def request() -> StreamedAPIResponse[Any]:
            token = streaming_response_mode.set(True)
            try:
                return func(*args, **kwargs)
            finally:
                streaming_response_mode.reset(token)

        return ResponseContextManager(request)

    return wrapped


@overload
def async_to_streamed_response_wrapper(
    func: Callable[_P, Awaitable[AsyncBinaryResponse]],
) -> Callable[_P, AsyncResponseContextManager[bytes]]: ...
@overload
def async_to_streamed_response_wrapper(
    func: Callable[_P, Awaitable[_T]],
) -> Callable[_P, AsyncResponseContextManager[_T]]: ...
def async_to_streamed_response_wrapper(
    func: Callable[_P, Awaitable[Any]],
) -> Callable[_P, AsyncResponseContextManager[Any]]:
    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> AsyncResponseContextManager[Any]:
        async def request() -> AsyncStreamedAPIResponse[Any]:
            token = streaming_response_mode.set(True)
            try:
                return await func(*args, **kwargs)
            finally:
                streaming_response_mode.reset(token)

        return AsyncResponseContextManager(request)

    return wrapped


class BinaryResponse:
    """A downloaded file (the SDK's `HttpxBinaryResponseContent`). The body is streamed:
    nothing is held in memory unless `.content`, `.text`, `.json()` or `.read()` asks for it;
    `.iter_bytes()`, `.iter_lines()` and `.write_to_file()` use constant memory. Close it (or
    use `with`) when not reading it to the end."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def response(self) -> httpx.Response:
        return self.http_response

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return self.http_response.headers.get("x-request-id")

    @property
    def content(self) -> bytes:
        return self.read()

    @property
    def text(self) -> str:
        self.read()
        return self.http_response.text

    @property
    def encoding(self) -> str | None:
        return self.http_response.encoding

    @property
    def charset_encoding(self) -> str | None:
        return self.http_response.charset_encoding

    def json(self, **kwargs: Any) -> Any:
        self.read()
        return self.http_response.json(**kwargs)

    def read(self) -> bytes:
        try:
            return self.http_response.read()
        finally:
            self.close()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        finally:
            self.close()

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        try:
            yield from self.http_response.iter_text(chunk_size)
        finally:
            self.close()

    def iter_lines(self) -> Iterator[str]:
        """The body's lines without their line endings, decoded as they arrive."""
        try:
            yield from self.http_response.iter_lines()
        finally:
            self.close()

    def iter_raw(self, chunk_size: int | None = None) -> Iterator[bytes]:
        try:
            yield from self.http_response.iter_raw(chunk_size)
        finally:
            self.close()

    def write_to_file(self, file: str | os.PathLike[str], chunk_size: int | None = None) -> int:
        """Stream the body to `file`; returns the number of bytes written."""
        written = 0
        with open(file, "wb") as out:
            for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)
                written += len(chunk)
        return written

    def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        self.write_to_file(file, chunk_size)

    def close(self) -> None:
        if not self.http_response.is_closed:
            self.http_response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncBinaryResponse(BinaryResponse):
    """A file downloaded by the async client. As with the SDK, the body is read before the
    call returns, so everything BinaryResponse offers works without `await`; the SDK's `a`
    methods (`aread()`, `aiter_bytes()`, ...) work too. To stream a large file in constant
    memory use `with_streaming_response` (`async for line in response.iter_lines()`)."""

    async def aread(self) -> bytes:
        return await self.http_response.aread()

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def aiter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line

    async def astream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        with open(file, "wb") as out:
            async for chunk in self.aiter_bytes(chunk_size):
                out.write(chunk)

    async def aclose(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()
