"""The clients: `DerivedClashes` and `AsyncDerivedClashes`. Generated; do not edit."""

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
    from .resources.pets import AsyncPetsResource, PetsResource
    from .resources.groups import AsyncGroups, Groups
    from .resources.foo import AsyncFooResource, FooResource

__all__ = ["DerivedClashes", "AsyncDerivedClashes", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "http://localhost"
VERSION = "0.1.0"

# The spec's security schemes the client can send, and what an operation needs by default.
_SCHEMES: dict[str, Scheme] = {}
_SECURITY: Security = []


def _settings(
    base_url: str | httpx.URL | None,
) -> dict[str, Any]:
    base_url = from_env(base_url, "DERIVED_CLASHES_BASE_URL")
    base_url = base_url or DEFAULT_BASE_URL
    custom_headers: dict[str, str] = {}
    setup_logging(os.environ.get("DERIVED_CLASHES_LOG"))
    return {
        "credentials": {},
        "schemes": _SCHEMES,
        "security": _SECURITY,
        "base_url": base_url,
        "custom_headers": custom_headers,
    }


class DerivedClashes(SyncAPIClient):
    """Synchronous client. The base URL defaults to $DERIVED_CLASHES_BASE_URL."""

    _version = VERSION

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
    def pets(self) -> PetsResource:
        from .resources.pets import PetsResource

        return PetsResource(self)

    @cached_property
    def groups(self) -> Groups:
        from .resources.groups import Groups

        return Groups(self)

    @cached_property
    def foo(self) -> FooResource:
        from .resources.foo import FooResource

        return FooResource(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> DerivedClashes:
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
        copy = DerivedClashes(**options)
        # The pool stays with its owner: closing a copy leaves the original usable.
        copy._owns_client = False
        return copy


class AsyncDerivedClashes(AsyncAPIClient):
    """Asynchronous client. The base URL defaults to $DERIVED_CLASHES_BASE_URL."""

    _version = VERSION

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
    def pets(self) -> AsyncPetsResource:
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)

    @cached_property
    def groups(self) -> AsyncGroups:
        from .resources.groups import AsyncGroups

        return AsyncGroups(self)

    @cached_property
    def foo(self) -> AsyncFooResource:
        from .resources.foo import AsyncFooResource

        return AsyncFooResource(self)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> AsyncDerivedClashes:
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
        copy = AsyncDerivedClashes(**options)
        # The pool stays with its owner: closing a copy leaves the original usable.
        copy._owns_client = False
        return copy
