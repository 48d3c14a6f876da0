"""The clients: `ThingsClient` and `AsyncThingsClient`. Generated; do not edit."""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping

import httpx

from ._auth import Scheme, Security
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    SyncAPIClient,
    from_env,
    setup_logging,
)
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources.things import AsyncThings, Things

__all__ = ["ThingsClient", "AsyncThingsClient", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "http://localhost"
VERSION = "0.1.0"

# The spec's security schemes the client can send, and what an operation needs by default.
_SCHEMES: dict[str, Scheme] = {}
_SECURITY: Security = []


def _settings(
    base_url: str | httpx.URL | None,
) -> dict[str, Any]:
    base_url = from_env(base_url, "GOLDEN_PLATFORM_HEADERS_BASE_URL")
    base_url = base_url or DEFAULT_BASE_URL
    custom_headers: dict[str, str] = {}
    setup_logging(os.environ.get("GOLDEN_PLATFORM_HEADERS_LOG"))
    return {
        "credentials": {},
        "schemes": _SCHEMES,
        "security": _SECURITY,
        "base_url": base_url,
        "custom_headers": custom_headers,
    }


class ThingsClient(SyncAPIClient):
    """Synchronous client. The base URL defaults to $GOLDEN_PLATFORM_HEADERS_BASE_URL."""

    _version = VERSION
    _platform_headers = {
        "X-Acme-Client-Lang": "lang",
        "x-acme-client-version": "package_version",
        "X-Acme-OS": "os",
        "X-Acme-Arch": "arch",
        "X-Acme-Runtime": "runtime",
        "X-Acme-Runtime-Version": "runtime_version",
    }

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._options: dict[str, Any] = {
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        super().__init__(
            **_settings(base_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
        )

    @cached_property
    def things(self) -> Things:
        from .resources.things import Things

        return Things(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> ThingsClient:
        """A copy of this client with some settings changed; it shares the connection pool
        unless given another `http_client`."""
        changes: dict[str, Any] = {
            "base_url": base_url,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        options: dict[str, Any] = {
            **self._options,
            "http_client": self._client,
        }
        options.update({k: v for k, v in changes.items() if v is not None})
        if not isinstance(timeout, NotGiven):
            options["timeout"] = timeout
        copy = ThingsClient(**options)
        # The pool stays with its owner: closing a copy leaves the original usable.
        copy._owns_client = False
        return copy


class AsyncThingsClient(AsyncAPIClient):
    """Asynchronous client. The base URL defaults to $GOLDEN_PLATFORM_HEADERS_BASE_URL."""

    _version = VERSION
    _platform_headers = {
        "X-Acme-Client-Lang": "lang",
        "x-acme-client-version": "package_version",
        "X-Acme-OS": "os",
        "X-Acme-Arch": "arch",
        "X-Acme-Runtime": "runtime",
        "X-Acme-Runtime-Version": "runtime_version",
    }

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._options: dict[str, Any] = {
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        super().__init__(
            **_settings(base_url),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
        )

    @cached_property
    def things(self) -> AsyncThings:
        from .resources.things import AsyncThings

        return AsyncThings(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> AsyncThingsClient:
        """A copy of this client with some settings changed; it shares the connection pool
        unless given another `http_client`."""
        changes: dict[str, Any] = {
            "base_url": base_url,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        options: dict[str, Any] = {
            **self._options,
            "http_client": self._client,
        }
        options.update({k: v for k, v in changes.items() if v is not None})
        if not isinstance(timeout, NotGiven):
            options["timeout"] = timeout
        copy = AsyncThingsClient(**options)
        # The pool stays with its owner: closing a copy leaves the original usable.
        copy._owns_client = False
        return copy
