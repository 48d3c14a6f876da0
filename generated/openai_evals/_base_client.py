"""Sending requests: URL and body building, retries with backoff, error mapping and logging.

`SyncAPIClient` and `AsyncAPIClient` share everything but the loop that sends and sleeps.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import json
import logging
import os
import platform
import random
import sys
import time
import uuid
from dataclasses import dataclass
from typing import Any, Callable, Mapping, TypeVar, cast
from urllib.parse import quote

import httpx

from ._auth import Credential, Scheme, Security, authenticate
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    status_error,
)
from ._files import form_fields, to_httpx_file
from ._response import (
    APIResponse,
    AsyncBinaryResponse,
    AsyncStreamedAPIResponse,
    BinaryResponse,
    StreamedAPIResponse,
    raw_response_mode,
    streaming_response_mode,
)
from ._types import NOT_GIVEN, Body, FileContent, FileTypes, Headers, NotGiven, Query, Timeout

log = logging.getLogger(__package__)

_T = TypeVar("_T")
_V = TypeVar("_V")
_SyncClientT = TypeVar("_SyncClientT", bound="SyncAPIClient")
_AsyncClientT = TypeVar("_AsyncClientT", bound="AsyncAPIClient")

DEFAULT_TIMEOUT = httpx.Timeout(timeout=600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a longer (or unreadable) retry-after falls back to our own backoff
RETRY_STATUSES = frozenset({408, 409, 429})
_REDACTED_HEADERS = frozenset(
    {"authorization", "api-key", "x-api-key", "cookie", "proxy-authorization"}
)


@dataclass(frozen=True)
class RequestOptions:
    """Per-call settings every generated method accepts."""

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    accept: str = "application/json"  # a download asks for its own media type
    headers: Mapping[str, object] | None = None  # the operation's header parameters
    cookies: Mapping[str, object] | None = None  # its cookie parameters
    content_type: str | None = None  # the body's media type when it is not plain JSON
    security: Security | None = None  # the operation's own, when not the client's default


def path_with(template: str, params: Mapping[str, str]) -> str:
    """Fill a path template; each value is percent-encoded into its own segment, so an id
    such as `../x` cannot reach another path."""
    path = template
    for name, value in params.items():
        if not isinstance(value, str) or not value:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        segment = quote(value, safe="")
        if segment in (".", ".."):  # a dot segment would be resolved away by URL joining
            segment = segment.replace(".", "%2E")
        path = path.replace("{" + name + "}", segment)
    return path


def query_params(params: Mapping[str, object]) -> list[tuple[str, str]]:
    """Drop arguments that were not given; lists repeat the key; booleans are `true`/`false`."""
    out: list[tuple[str, str]] = []
    for key, value in params.items():
        if isinstance(value, NotGiven) or value is None:
            continue
        items: list[object] = (
            list(cast("list[object]", value)) if isinstance(value, (list, tuple)) else [value]
        )
        for item in items:
            out.append((key, "true" if item is True else "false" if item is False else str(item)))
    return out


def header_params(params: Mapping[str, object]) -> dict[str, str]:
    """An operation's header parameters: as query values, with a list joined by commas."""
    out: dict[str, str] = {}
    for key, value in query_params(params):
        out[key] = f"{out[key]},{value}" if key in out else value
    return out


def from_env(value: _V, name: str) -> _V | str | None:
    """A client setting: `value` when given (neither None nor empty), else environment
    variable `name`, else None."""
    return value or os.environ.get(name)


def cookie_header(params: Mapping[str, object]) -> dict[str, str]:
    """An operation's cookie parameters as one `Cookie` header (`a=1; b=x%3By`): values as
    query values, a list joined by commas, and what a cookie value cannot hold percent-encoded."""
    pairs: dict[str, str] = {}
    for key, value in query_params(params):
        value = quote(value, safe=_COOKIE_SAFE)
        pairs[key] = f"{pairs[key]},{value}" if key in pairs else value
    return {"Cookie": "; ".join(f"{k}={v}" for k, v in pairs.items())} if pairs else {}


# RFC 6265 cookie-octets, less `%` (the escape itself)
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


def given(values: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in values.items() if not isinstance(v, NotGiven)}


def given_files(values: Mapping[str, FileTypes | NotGiven]) -> dict[str, FileTypes]:
    return {k: v for k, v in values.items() if not isinstance(v, NotGiven)}


def redact_headers(
    headers: Mapping[str, str], secret: frozenset[str] = _REDACTED_HEADERS
) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in secret else v) for k, v in headers.items()}


def setup_logging(env_value: str | None) -> None:
    """`<PREFIX>_LOG=info|debug` turns on this package's log lines on stderr."""
    if env_value not in ("info", "debug") or log.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s")
    )
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if env_value == "debug" else logging.INFO)


@functools.lru_cache(maxsize=None)
def platform_values(version: str) -> dict[str, str]:
    """What the client can tell of itself, for `client.platform_headers` in the config (header
    name -> one of these keys), in the forms SDKs commonly send (`Linux`, `MacOS`, `x64`,
    `arm64`, `CPython`). Once per process: finding the OS may read /etc/os-release."""
    return {
        "lang": "python",
        "package_version": version,
        "os": _os_name(),
        "arch": _arch_name(),
        "runtime": _safely(platform.python_implementation),
        "runtime_version": _safely(platform.python_version),
    }


def _safely(probe: Callable[[], str]) -> str:
    try:
        return probe()
    except Exception:  # a platform probe must never break a request
        return "unknown"


def _os_name() -> str:
    try:
        system = platform.system().lower()
        name = platform.platform().lower()
    except Exception:
        return "Unknown"
    if "iphone" in name or "ipad" in name:
        return "iOS"
    if "android" in name:
        return "Android"
    if system == "linux":
        try:
            distro = platform.freedesktop_os_release().get("ID", "").lower()
        except OSError:
            distro = ""
        return {"freebsd": "FreeBSD", "openbsd": "OpenBSD"}.get(distro, "Linux")
    known = {"darwin": "MacOS", "windows": "Windows", "freebsd": "FreeBSD", "openbsd": "OpenBSD"}
    if system in known:
        return known[system]
    return f"Other:{name}" if name else "Unknown"


def _arch_name() -> str:
    try:
        machine = platform.machine().lower()
    except Exception:
        return "unknown"
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine in ("arm", "x86_64"):
        return {"arm": "arm", "x86_64": "x64"}[machine]
    if sys.maxsize <= 2**32:
        return "x32"
    return f"other:{machine}" if machine else "unknown"


class BaseClient:
    _version = "0.0.0"
    # header name -> a key of platform_values(): the client's `client.platform_headers`
    _platform_headers: Mapping[str, str] = {}

    def __init__(
        self,
        *,
        credentials: Mapping[str, Credential | None],
        schemes: Mapping[str, Scheme],
        security: Security,
        base_url: str | httpx.URL,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None,
        custom_headers: Mapping[str, str],
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        for argument, credential in credentials.items():  # the client's declared attributes
            setattr(self, argument, credential)
        self._credentials = dict(credentials)
        self._schemes = schemes
        self._security = security  # what an operation needs unless it says otherwise
        # Never logged: credential headers, and query parameters holding one.
        self._secret_headers = _REDACTED_HEADERS | {
            s.key.lower() for s in schemes.values() if s.place == "header"
        }
        self._secret_query = frozenset(s.key for s in schemes.values() if s.place == "query")
        url = httpx.URL(str(base_url))
        self.base_url = url if str(url).endswith("/") else httpx.URL(str(url) + "/")
        self._base = str(self.base_url)  # joined by concatenation: URL.join re-parses (36 µs)
        self.timeout: Timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})
        self._custom_headers = dict(custom_headers)
        values = platform_values(self._version) if self._platform_headers else {}
        self._platform = {name: values[key] for name, key in self._platform_headers.items()}

    def __repr__(self) -> str:  # never shows the key
        return f"<{type(self).__name__} base_url={str(self.base_url)!r} max_retries={self.max_retries}>"

    # -- building ------------------------------------------------------------------------------

    def _headers(
        self, method: str, options: RequestOptions, auth: Mapping[str, str]
    ) -> dict[str, str]:
        builtin = {
            "Accept": options.accept,
            "User-Agent": f"{__package__}/{self._version} python",
            **self._platform,
        }
        # An API key sent as a cookie and the operation's cookie parameters share one header.
        cookies = [v for k, v in auth.items() if k.lower() == "cookie"]
        cookies += cookie_header(options.cookies or {}).values()
        # Header names are case-insensitive: a later source replaces a name whatever its case.
        merged: dict[str, tuple[str, str]] = {}
        for source in (
            builtin,
            {k: v for k, v in auth.items() if k.lower() != "cookie"},
            self._custom_headers,
            self._default_headers,
            header_params(options.headers or {}),
            {"Cookie": "; ".join(cookies)} if cookies else {},
            options.extra_headers or {},
        ):
            for key, value in source.items():
                if isinstance(value, NotGiven):
                    merged.pop(key.lower(), None)
                else:
                    merged[key.lower()] = (key, value)
        headers = dict(merged.values())
        if method.lower() != "get" and not any(k.lower() == "idempotency-key" for k in headers):
            # Sent unchanged on every retry, so a server applies the write at most once.
            headers["Idempotency-Key"] = f"retry-{uuid.uuid4()}"
        return headers

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        path: str,
        *,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        files: Mapping[str, FileTypes] | None,
        options: RequestOptions,
        content: FileContent | NotGiven | None = None,
        json_body: object = None,
    ) -> httpx.Request:
        security = self._security if options.security is None else options.security
        auth_headers, auth_query = authenticate(
            self._schemes, security, self._credentials, f"{method.upper()} {path}"
        )
        params = auth_query + query_params(
            {**self._default_query, **(query or {}), **(options.extra_query or {})}
        )
        url = httpx.URL(self._base + path.lstrip("/"))
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        headers = self._headers(method, options, auth_headers)
        data: dict[str, list[str]] | None = None
        httpx_files: list[tuple[str, tuple[str, bytes, str]]] | None = None
        if isinstance(content, NotGiven):  # an optional body left out
            content = None
        if isinstance(json_body, NotGiven):
            json_body = None
        if files is not None:
            # httpx takes a Mapping (a list would be sent as raw content); lists repeat a field.
            data = {}
            for key, value in form_fields({**given(body or {}), **(options.extra_body or {})}):
                data.setdefault(key, []).append(value)
            httpx_files = [(name, to_httpx_file(value)) for name, value in files.items()]
        elif options.content_type == "application/x-www-form-urlencoded":
            data = {}  # OpenAPI's default form style: a list repeats its key (`To=a&To=b`)
            for key, value in query_params({**(body or {}), **(options.extra_body or {})}):
                data.setdefault(key, []).append(value)
        elif content is None and json_body is None and (body is not None or options.extra_body):
            json_body = {**given(body or {}), **(options.extra_body or {})}
        raw: bytes | None = None
        if content is not None:  # a binary body: the bytes as given
            raw = to_httpx_file(content)[1]
            headers["Content-Type"] = options.content_type or "application/octet-stream"
        elif json_body is not None:
            raw = json.dumps(json_body, separators=(",", ":"), ensure_ascii=False).encode()
            headers["Content-Type"] = options.content_type or "application/json"
        request = http.build_request(
            method.upper(),
            url,
            params=tuple(params) or None,  # an empty tuple makes httpx re-parse the URL
            headers=headers,
            content=raw,
            data=cast(Any, data),
            files=httpx_files,
            timeout=timeout,
        )
        request.read()  # the body is bytes from here on: every retry sends exactly the same
        return request

    # -- retrying ------------------------------------------------------------------------------

    def _should_retry(self, response: httpx.Response) -> bool:
        override = response.headers.get("x-should-retry")
        if override in ("true", "false"):
            return override == "true"
        return response.status_code in RETRY_STATUSES or response.status_code >= 500

    def _retry_delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number `attempt` (1-based)."""
        if response is not None:
            server = _retry_after(response.headers)
            if server is not None and 0 <= server <= MAX_RETRY_AFTER:
                return server
        delay = min(INITIAL_RETRY_DELAY * 2 ** (attempt - 1), MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    # -- answering -----------------------------------------------------------------------------

    def _parse(self, cast_to: type[_T], response: httpx.Response) -> _T:
        if cast_to is type(None):
            return cast(_T, None)
        if cast_to is BinaryResponse or cast_to is AsyncBinaryResponse:
            return cast(_T, cast_to(response))
        content = response.content
        try:
            if cast_to is object:
                return cast(_T, json.loads(content))
            from ._models import BaseModel, parse_json

            parsed = parse_json(cast_to, content)
        except ValueError as exc:  # json.JSONDecodeError and pydantic errors on invalid JSON
            raise APIResponseValidationError(
                response,
                content.decode(errors="replace")[:1000],
                f"Response body is not valid JSON: {exc}",
            ) from exc
        if isinstance(parsed, BaseModel):
            private = dict(parsed.__pydantic_private__ or {})  # keeps the lenient mark
            private["_request_id"] = response.headers.get("x-request-id")
            object.__setattr__(parsed, "__pydantic_private__", private)
        return parsed

    def _shown_url(self, request: httpx.Request) -> str:
        """The URL for a log line, without the value of a query parameter holding a key."""
        url = request.url
        if not self._secret_query or not any(k in self._secret_query for k in url.params):
            return str(url)
        shown = [
            (k, "<redacted>" if k in self._secret_query else v) for k, v in url.params.multi_items()
        ]
        return str(url.copy_with(params=shown))

    def _stream_parser(self, cast_to: type[_T], response: httpx.Response) -> Callable[[], Any]:
        """What `.parse()` of a with_streaming_response response returns, once its body is
        read: the method's object, but a download's bytes (the SDK's StreamedBinaryAPIResponse)."""
        if cast_to is BinaryResponse or cast_to is AsyncBinaryResponse:
            return lambda: response.content
        return functools.partial(self._parse, cast_to, response)

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Request options: %s",
                {
                    "method": request.method,
                    "url": self._shown_url(request),
                    "headers": redact_headers(request.headers, self._secret_headers),
                    "attempt": attempt,
                },
            )

    def _log_response(
        self, request: httpx.Request, response: httpx.Response, started: float
    ) -> None:
        log.info(
            'HTTP Request: %s %s "%i %s" (%.0f ms)',
            request.method,
            self._shown_url(request),
            response.status_code,
            response.reason_phrase,
            (time.monotonic() - started) * 1000,
        )


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):  # neither seconds nor an HTTP date: ignored
            return None
        return parsed.timestamp() - time.time()


def _error_body(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return response.text or None


class SyncAPIClient(BaseClient):
    _client: httpx.Client

    def __init__(self, *, http_client: httpx.Client | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(timeout=self.timeout, follow_redirects=True)

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[_T],
        query: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        files: Mapping[str, FileTypes] | None = None,
        content: FileContent | NotGiven | None = None,
        json_body: object = None,
        options: RequestOptions = RequestOptions(),
    ) -> _T:
        raw = raw_response_mode.get()
        streaming = streaming_response_mode.get()
        request = self._build_request(
            self._client,
            method,
            path,
            query=query,
            body=body,
            files=files,
            options=options,
            content=content,
            json_body=json_body,
        )
        retries = self.max_retries
        attempt = 0
        # A download's body (and any with_streaming_response body) is left for the caller; a
        # with_raw_response download is read here, as any raw response (`.content`, `.json()`).
        streamed = streaming or (cast_to is BinaryResponse and not raw)
        while True:
            self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = self._client.send(request, stream=True)
                if not streamed or not response.is_success:
                    try:  # inside the try: a body cut short or stalled is a connection error too
                        response.read()
                    finally:
                        response.close()
            except httpx.TimeoutException as exc:
                if attempt < retries:
                    attempt += 1
                    self._sleep(attempt, None, request)
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if attempt < retries:
                    attempt += 1
                    self._sleep(attempt, None, request)
                    continue
                raise APIConnectionError(
                    message=f"Connection error: {type(exc).__name__}", request=request
                ) from exc  # the cause (refused, DNS, TLS, proxy, reset) stays reachable
            self._log_response(request, response, started)
            if response.is_success:
                break
            if attempt < retries and self._should_retry(response):
                response.close()
                attempt += 1
                self._sleep(attempt, response, request)
                continue
            response.read()
            response.close()
            raise status_error(response, _error_body(response))
        if streaming:
            parse = self._stream_parser(cast_to, response)
            return cast(_T, StreamedAPIResponse(response, parse, attempt))
        if raw:
            taken = attempt
            return cast(_T, APIResponse(response, lambda: self._parse(cast_to, response), taken))
        return self._parse(cast_to, response)

    def _sleep(self, attempt: int, response: httpx.Response | None, request: httpx.Request) -> None:
        delay = self._retry_delay(attempt, response)
        log.info(
            "Retrying request to %s in %.3f seconds (retry %d)", request.url.path, delay, attempt
        )
        time.sleep(delay)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self: _SyncClientT) -> _SyncClientT:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    _client: httpx.AsyncClient

    def __init__(self, *, http_client: httpx.AsyncClient | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(
            timeout=self.timeout,
            follow_redirects=True,
            limits=httpx.Limits(max_connections=1000, max_keepalive_connections=100),
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[_T],
        query: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        files: Mapping[str, FileTypes] | None = None,
        content: FileContent | NotGiven | None = None,
        json_body: object = None,
        options: RequestOptions = RequestOptions(),
    ) -> _T:
        raw = raw_response_mode.get()
        streaming = streaming_response_mode.get()
        request = self._build_request(
            self._client,
            method,
            path,
            query=query,
            body=body,
            files=files,
            options=options,
            content=content,
            json_body=json_body,
        )
        retries = self.max_retries
        attempt = 0
        # Only a with_streaming_response body is left for the caller: as with the SDK, an async
        # download is read here, so its `.content`, `.text` and `.write_to_file()` need no await.
        streamed = streaming
        while True:
            self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = await self._client.send(request, stream=True)
                if not streamed or not response.is_success:
                    try:  # inside the try: a body cut short or stalled is a connection error too
                        await response.aread()
                    finally:
                        await response.aclose()
            except httpx.TimeoutException as exc:
                if attempt < retries:
                    attempt += 1
                    await self._sleep(attempt, None, request)
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if attempt < retries:
                    attempt += 1
                    await self._sleep(attempt, None, request)
                    continue
                raise APIConnectionError(
                    message=f"Connection error: {type(exc).__name__}", request=request
                ) from exc  # the cause (refused, DNS, TLS, proxy, reset) stays reachable
            self._log_response(request, response, started)
            if response.is_success:
                break
            if attempt < retries and self._should_retry(response):
                await response.aclose()
                attempt += 1
                await self._sleep(attempt, response, request)
                continue
            await response.aread()
            await response.aclose()
            raise status_error(response, _error_body(response))
        if streaming:
            parse = self._stream_parser(cast_to, response)
            return cast(_T, AsyncStreamedAPIResponse(response, parse, attempt))
        if raw:
            taken = attempt
            return cast(_T, APIResponse(response, lambda: self._parse(cast_to, response), taken))
        return self._parse(cast_to, response)

    async def _sleep(
        self, attempt: int, response: httpx.Response | None, request: httpx.Request
    ) -> None:
        delay = self._retry_delay(attempt, response)
        log.info(
            "Retrying request to %s in %.3f seconds (retry %d)", request.url.path, delay, attempt
        )
        await asyncio.sleep(delay)

    async def close(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self: _AsyncClientT) -> _AsyncClientT:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()
