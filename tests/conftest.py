"""Shared fixtures: the scripted server, and a sync/async client kit for the client tests.

The client tests are written once and run against both `OpenAI` and `AsyncOpenAI`: the
`kit` fixture is parametrized over the two, `kit.make()` builds a client pointed at the
scripted server, and `await kit.call(...)` resolves a call's result whether it is a value
(sync client) or an awaitable (async client). Response builders (`kit.run_json()`, ...) and
`kit.parse_multipart()` hang off the kit, so test modules need not import this file.
"""

from __future__ import annotations

import inspect
import logging
import os
import re
import ssl
import sys
from dataclasses import dataclass
from typing import Any, AsyncIterator, Iterator

import httpx
import httpx._transports.default as httpx_transports
import pytest

from tests.support.bodies import file_json, list_json, run_json
from tests.support.fixtures import scripted_server  # noqa: F401
from tests.support.server import RecordedRequest, ScriptedServer

# `CLIENT_PACKAGE_DIR=<dir>` runs these tests against another generation of `openai_evals`
# (tests/test_upstream.py: the package generated from the upstream spec) instead of generated/.
if os.environ.get("CLIENT_PACKAGE_DIR"):
    sys.path.insert(0, os.environ["CLIENT_PACKAGE_DIR"])
    import openai_evals

    assert openai_evals.__file__.startswith(os.environ["CLIENT_PACKAGE_DIR"]), openai_evals.__file__

API_KEY = "sk-test-SECRET-0123456789abcdef"
LOGGER_NAME = "openai_evals"


_default_ssl_context: list[ssl.SSLContext] = []


def _cached_ssl_context(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
    if verify is True and cert is None:
        if not _default_ssl_context:
            _default_ssl_context.append(httpx.create_ssl_context())
        return _default_ssl_context[0]
    return httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)


# -- environment ---------------------------------------------------------------------------


@pytest.fixture
def client_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Hermetic settings for a client test: no OPENAI_* variables from the outside, near-zero
    retry backoff (the computed delays are tested on their own), and the package logger
    restored afterwards (OPENAI_LOG installs a handler on it)."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_LOG", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    from openai_evals import _base_client

    monkeypatch.setattr(_base_client, "INITIAL_RETRY_DELAY", 0.001)
    # Every httpx client builds an SSL context (~50 ms: it loads the CA bundle); the tests
    # speak plain HTTP and build hundreds of clients, so they share one.
    monkeypatch.setattr(httpx_transports, "create_ssl_context", _cached_ssl_context)
    logger = logging.getLogger(LOGGER_NAME)
    handlers, level, propagate = list(logger.handlers), logger.level, logger.propagate
    try:
        yield
    finally:
        logger.handlers[:] = handlers
        logger.setLevel(level)
        logger.propagate = propagate


# -- sync/async kit --------------------------------------------------------------------------


class ClientKit:
    """Builds `OpenAI` or `AsyncOpenAI` clients for one test and closes them afterwards."""

    def __init__(self, mode: str, server: ScriptedServer) -> None:
        self.mode = mode
        self.is_async = mode == "async"
        self.server = server
        self.base_url = server.url + "/v1"
        self._clients: list[Any] = []
        self._http_clients: list[Any] = []

    @property
    def client_class(self) -> type[Any]:
        from openai_evals import AsyncOpenAI, OpenAI

        return AsyncOpenAI if self.is_async else OpenAI

    def make(self, **kwargs: Any) -> Any:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", self.base_url)
        client = self.client_class(**kwargs)
        self._clients.append(client)
        return client

    def http_client(self, **kwargs: Any) -> httpx.Client | httpx.AsyncClient:
        http = httpx.AsyncClient(**kwargs) if self.is_async else httpx.Client(**kwargs)
        self._http_clients.append(http)
        return http

    async def call(self, value: Any) -> Any:
        """The result of a client call: awaited for the async client."""
        if inspect.isawaitable(value):
            return await value
        return value

    async def collect(self, iterable: Any) -> list[Any]:
        """All items of a sync iterable or an async iterable."""
        if hasattr(iterable, "__aiter__"):
            return [item async for item in iterable]
        return list(iterable)

    async def close(self, client: Any) -> None:
        await self.call(client.close())

    async def aclose_all(self) -> None:
        for client in self._clients:
            try:
                await self.close(client)
            except Exception:  # noqa: BLE001 - best effort at teardown
                pass
        for http in self._http_clients:
            await self.call(http.aclose() if self.is_async else http.close())


@pytest.fixture(scope="session")
def shared_server() -> Iterator[ScriptedServer]:
    """One ScriptedServer for all client tests: stopping a server takes ~50 ms (its accept
    loop polls), which over a few hundred tests is most of the run time."""
    server = ScriptedServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client_server(shared_server: ScriptedServer) -> Iterator[ScriptedServer]:
    """The shared server with no routes, requests or errors left from an earlier test.
    (Use `scripted_server` instead for a server of the test's own.)"""
    shared_server.reset()
    yield shared_server
    shared_server.reset()


@pytest.fixture(params=["sync", "async"])
async def kit(request: pytest.FixtureRequest, client_server: ScriptedServer, client_env: None) -> AsyncIterator[ClientKit]:
    k = ClientKit(request.param, client_server)
    try:
        yield k
    finally:
        await k.aclose_all()
        errors = list(client_server.errors)
        assert errors == [], errors


# -- response bodies -------------------------------------------------------------------------


# -- multipart -------------------------------------------------------------------------------


@dataclass
class FormPart:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def parse_multipart(request: RecordedRequest) -> list[FormPart]:
    """The parts of a multipart/form-data body exactly as the server received it."""
    content_type = request.headers["content-type"]
    match = re.match(r'multipart/form-data;\s*boundary="?([^";]+)"?', content_type)
    assert match, content_type
    delimiter = b"--" + match.group(1).encode()
    body = request.body
    assert body.endswith(delimiter + b"--\r\n"), body[-80:]
    chunks = body[: -len(delimiter + b"--\r\n")].split(delimiter)
    assert chunks[0] == b"", chunks[0]
    parts: list[FormPart] = []
    for chunk in chunks[1:]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, _, data = chunk[2:-2].partition(b"\r\n\r\n")
        headers: dict[str, str] = {}
        for line in head.decode().split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers["content-disposition"]
        name = re.search(r'\bname="([^"]*)"', disposition)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        assert name, disposition
        parts.append(
            FormPart(
                name=name.group(1),
                filename=filename.group(1) if filename else None,
                content_type=headers.get("content-type"),
                data=data,
            )
        )
    return parts


def header_values(request: RecordedRequest, name: str) -> list[str]:
    """Every value the server received for a header (the server joins repeats with ", ")."""
    value = request.headers.get(name.lower())
    return [] if value is None else [v.strip() for v in value.split(",")]


# Helpers reachable from the tests through the fixture (test modules do not import conftest).
ClientKit.api_key = API_KEY
ClientKit.run_json = staticmethod(run_json)
ClientKit.file_json = staticmethod(file_json)
ClientKit.list_json = staticmethod(list_json)
ClientKit.parse_multipart = staticmethod(parse_multipart)
ClientKit.header_values = staticmethod(header_values)
