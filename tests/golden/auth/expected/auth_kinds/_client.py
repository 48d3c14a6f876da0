"""The clients: `AuthKinds` and `AsyncAuthKinds`. Generated; do not edit."""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Mapping

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
    from .resources.default import AsyncDefault, Default
    from .resources.public import AsyncPublic, Public
    from .resources.optional import AsyncOptionalResource, OptionalResource
    from .resources.basic import AsyncBasic, Basic
    from .resources.query import AsyncQueryResource, QueryResource
    from .resources.cookie import AsyncCookie, Cookie
    from .resources.both import AsyncBoth, Both
    from .resources.either import AsyncEither, Either
    from .resources.oidc import AsyncOidc, Oidc
    from .resources.mtls import AsyncMtls, Mtls

__all__ = ["AuthKinds", "AsyncAuthKinds", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "https://api.example.com"
VERSION = "0.1.0"

# The spec's security schemes the client can send, and what an operation needs by default.
_SCHEMES: dict[str, Scheme] = {
    "bearer": Scheme("bearer", ["bearer"], ["AUTH_KINDS_BEARER"]),
    "header_key": Scheme("header", ["header_key"], ["AUTH_KINDS_HEADER_KEY"], "X-API-Key"),
    "basic": Scheme(
        "basic", ["username", "password"], ["AUTH_KINDS_USERNAME", "AUTH_KINDS_PASSWORD"]
    ),
    "query_key": Scheme("query", ["query_key"], ["AUTH_KINDS_QUERY_KEY"], "key"),
    "cookie_key": Scheme("cookie", ["cookie_key"], ["AUTH_KINDS_COOKIE_KEY"], "session"),
    "oauth": Scheme("bearer", ["oauth"], ["AUTH_KINDS_OAUTH"]),
    "oidc": Scheme("bearer", ["oidc_"], ["AUTH_KINDS_OIDC"]),
}
_SECURITY: Security = [["bearer"]]


def _settings(
    bearer: str | None,
    header_key: str | None,
    username: str | None,
    password: str | None,
    query_key: str | None,
    cookie_key: str | None,
    oauth: str | Callable[[], str] | None,
    oidc_: str | Callable[[], str] | None,
    base_url: str | httpx.URL | None,
) -> dict[str, Any]:
    bearer = from_env(bearer, "AUTH_KINDS_BEARER")
    header_key = from_env(header_key, "AUTH_KINDS_HEADER_KEY")
    username = from_env(username, "AUTH_KINDS_USERNAME")
    password = from_env(password, "AUTH_KINDS_PASSWORD")
    query_key = from_env(query_key, "AUTH_KINDS_QUERY_KEY")
    cookie_key = from_env(cookie_key, "AUTH_KINDS_COOKIE_KEY")
    oauth = from_env(oauth, "AUTH_KINDS_OAUTH")
    oidc_ = from_env(oidc_, "AUTH_KINDS_OIDC")
    base_url = from_env(base_url, "AUTH_KINDS_BASE_URL")
    base_url = base_url or DEFAULT_BASE_URL
    custom_headers: dict[str, str] = {}
    setup_logging(os.environ.get("AUTH_KINDS_LOG"))
    return {
        "credentials": {
            "bearer": bearer,
            "header_key": header_key,
            "username": username,
            "password": password,
            "query_key": query_key,
            "cookie_key": cookie_key,
            "oauth": oauth,
            "oidc_": oidc_,
        },
        "schemes": _SCHEMES,
        "security": _SECURITY,
        "base_url": base_url,
        "custom_headers": custom_headers,
    }


class AuthKinds(SyncAPIClient):
    """Synchronous client. The `bearer` defaults to $AUTH_KINDS_BEARER, the `header_key` to $AUTH_KINDS_HEADER_KEY, the username and password to $AUTH_KINDS_USERNAME and $AUTH_KINDS_PASSWORD, the `query_key` to $AUTH_KINDS_QUERY_KEY, the `cookie_key` to $AUTH_KINDS_COOKIE_KEY, the `oauth` to $AUTH_KINDS_OAUTH, the `oidc_` to $AUTH_KINDS_OIDC, the base URL to $AUTH_KINDS_BASE_URL."""

    _version = VERSION
    bearer: str | None
    header_key: str | None
    username: str | None
    password: str | None
    query_key: str | None
    cookie_key: str | None
    oauth: str | Callable[[], str] | None
    oidc_: str | Callable[[], str] | None

    def __init__(
        self,
        *,
        bearer: str | None = None,
        header_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        query_key: str | None = None,
        cookie_key: str | None = None,
        oauth: str | Callable[[], str] | None = None,
        oidc_: str | Callable[[], str] | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._options: dict[str, Any] = {
            "bearer": bearer,
            "header_key": header_key,
            "username": username,
            "password": password,
            "query_key": query_key,
            "cookie_key": cookie_key,
            "oauth": oauth,
            "oidc_": oidc_,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        super().__init__(
            **_settings(
                bearer,
                header_key,
                username,
                password,
                query_key,
                cookie_key,
                oauth,
                oidc_,
                base_url,
            ),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
        )

    @cached_property
    def default(self) -> Default:
        from .resources.default import Default

        return Default(self)

    @cached_property
    def public(self) -> Public:
        from .resources.public import Public

        return Public(self)

    @cached_property
    def optional(self) -> OptionalResource:
        from .resources.optional import OptionalResource

        return OptionalResource(self)

    @cached_property
    def basic(self) -> Basic:
        from .resources.basic import Basic

        return Basic(self)

    @cached_property
    def query(self) -> QueryResource:
        from .resources.query import QueryResource

        return QueryResource(self)

    @cached_property
    def cookie(self) -> Cookie:
        from .resources.cookie import Cookie

        return Cookie(self)

    @cached_property
    def both(self) -> Both:
        from .resources.both import Both

        return Both(self)

    @cached_property
    def either(self) -> Either:
        from .resources.either import Either

        return Either(self)

    @cached_property
    def oidc(self) -> Oidc:
        from .resources.oidc import Oidc

        return Oidc(self)

    @cached_property
    def mtls(self) -> Mtls:
        from .resources.mtls import Mtls

        return Mtls(self)

    def with_options(
        self,
        *,
        bearer: str | None = None,
        header_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        query_key: str | None = None,
        cookie_key: str | None = None,
        oauth: str | Callable[[], str] | None = None,
        oidc_: str | Callable[[], str] | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> AuthKinds:
        """A copy of this client with some settings changed; it shares the connection pool
        unless given another `http_client`."""
        changes: dict[str, Any] = {
            "bearer": bearer,
            "header_key": header_key,
            "username": username,
            "password": password,
            "query_key": query_key,
            "cookie_key": cookie_key,
            "oauth": oauth,
            "oidc_": oidc_,
            "base_url": base_url,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        options: dict[str, Any] = {
            **self._options,
            "bearer": self.bearer,
            "header_key": self.header_key,
            "username": self.username,
            "password": self.password,
            "query_key": self.query_key,
            "cookie_key": self.cookie_key,
            "oauth": self.oauth,
            "oidc_": self.oidc_,
            "http_client": self._client,
        }
        options.update({k: v for k, v in changes.items() if v is not None})
        if not isinstance(timeout, NotGiven):
            options["timeout"] = timeout
        copy = AuthKinds(**options)
        # The pool stays with its owner: closing a copy leaves the original usable.
        copy._owns_client = False
        return copy


class AsyncAuthKinds(AsyncAPIClient):
    """Asynchronous client. The `bearer` defaults to $AUTH_KINDS_BEARER, the `header_key` to $AUTH_KINDS_HEADER_KEY, the username and password to $AUTH_KINDS_USERNAME and $AUTH_KINDS_PASSWORD, the `query_key` to $AUTH_KINDS_QUERY_KEY, the `cookie_key` to $AUTH_KINDS_COOKIE_KEY, the `oauth` to $AUTH_KINDS_OAUTH, the `oidc_` to $AUTH_KINDS_OIDC, the base URL to $AUTH_KINDS_BASE_URL."""

    _version = VERSION
    bearer: str | None
    header_key: str | None
    username: str | None
    password: str | None
    query_key: str | None
    cookie_key: str | None
    oauth: str | Callable[[], str] | None
    oidc_: str | Callable[[], str] | None

    def __init__(
        self,
        *,
        bearer: str | None = None,
        header_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        query_key: str | None = None,
        cookie_key: str | None = None,
        oauth: str | Callable[[], str] | None = None,
        oidc_: str | Callable[[], str] | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._options: dict[str, Any] = {
            "bearer": bearer,
            "header_key": header_key,
            "username": username,
            "password": password,
            "query_key": query_key,
            "cookie_key": cookie_key,
            "oauth": oauth,
            "oidc_": oidc_,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        super().__init__(
            **_settings(
                bearer,
                header_key,
                username,
                password,
                query_key,
                cookie_key,
                oauth,
                oidc_,
                base_url,
            ),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
        )

    @cached_property
    def default(self) -> AsyncDefault:
        from .resources.default import AsyncDefault

        return AsyncDefault(self)

    @cached_property
    def public(self) -> AsyncPublic:
        from .resources.public import AsyncPublic

        return AsyncPublic(self)

    @cached_property
    def optional(self) -> AsyncOptionalResource:
        from .resources.optional import AsyncOptionalResource

        return AsyncOptionalResource(self)

    @cached_property
    def basic(self) -> AsyncBasic:
        from .resources.basic import AsyncBasic

        return AsyncBasic(self)

    @cached_property
    def query(self) -> AsyncQueryResource:
        from .resources.query import AsyncQueryResource

        return AsyncQueryResource(self)

    @cached_property
    def cookie(self) -> AsyncCookie:
        from .resources.cookie import AsyncCookie

        return AsyncCookie(self)

    @cached_property
    def both(self) -> AsyncBoth:
        from .resources.both import AsyncBoth

        return AsyncBoth(self)

    @cached_property
    def either(self) -> AsyncEither:
        from .resources.either import AsyncEither

        return AsyncEither(self)

    @cached_property
    def oidc(self) -> AsyncOidc:
        from .resources.oidc import AsyncOidc

        return AsyncOidc(self)

    @cached_property
    def mtls(self) -> AsyncMtls:
        from .resources.mtls import AsyncMtls

        return AsyncMtls(self)

    def with_options(
        self,
        *,
        bearer: str | None = None,
        header_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        query_key: str | None = None,
        cookie_key: str | None = None,
        oauth: str | Callable[[], str] | None = None,
        oidc_: str | Callable[[], str] | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> AsyncAuthKinds:
        """A copy of this client with some settings changed; it shares the connection pool
        unless given another `http_client`."""
        changes: dict[str, Any] = {
            "bearer": bearer,
            "header_key": header_key,
            "username": username,
            "password": password,
            "query_key": query_key,
            "cookie_key": cookie_key,
            "oauth": oauth,
            "oidc_": oidc_,
            "base_url": base_url,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        options: dict[str, Any] = {
            **self._options,
            "bearer": self.bearer,
            "header_key": self.header_key,
            "username": self.username,
            "password": self.password,
            "query_key": self.query_key,
            "cookie_key": self.cookie_key,
            "oauth": self.oauth,
            "oidc_": self.oidc_,
            "http_client": self._client,
        }
        options.update({k: v for k, v in changes.items() if v is not None})
        if not isinstance(timeout, NotGiven):
            options["timeout"] = timeout
        copy = AsyncAuthKinds(**options)
        # The pool stays with its owner: closing a copy leaves the original usable.
        copy._owns_client = False
        return copy
