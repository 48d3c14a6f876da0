"""The clients: `OpenAI` and `AsyncOpenAI`. Generated; do not edit."""

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
from ._exceptions import OpenAIError
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources.evals import AsyncEvals, Evals
    from .resources.batches import AsyncBatches, Batches
    from .resources.files import AsyncFiles, Files

__all__ = ["OpenAI", "AsyncOpenAI", "DEFAULT_BASE_URL"]

DEFAULT_BASE_URL = "https://api.openai.com/v1"
VERSION = "0.1.0"

# The spec's security schemes the client can send, and what an operation needs by default.
_SCHEMES: dict[str, Scheme] = {
    "ApiKeyAuth": Scheme("bearer", ["api_key"], ["OPENAI_API_KEY"]),
}
_SECURITY: Security = [["ApiKeyAuth"]]


def _settings(
    api_key: str | None,
    base_url: str | httpx.URL | None,
    organization: str | None,
    project: str | None,
) -> dict[str, Any]:
    api_key = from_env(api_key, "OPENAI_API_KEY")
    if not api_key:
        raise OpenAIError(
            "No API key: pass api_key= to the client or set the OPENAI_API_KEY environment variable."
        )
    base_url = from_env(base_url, "OPENAI_BASE_URL")
    base_url = base_url or DEFAULT_BASE_URL
    custom_headers: dict[str, str] = {}
    if organization is not None:
        custom_headers["OpenAI-Organization"] = organization
    if project is not None:
        custom_headers["OpenAI-Project"] = project
    setup_logging(os.environ.get("OPENAI_LOG"))
    return {
        "credentials": {"api_key": api_key},
        "schemes": _SCHEMES,
        "security": _SECURITY,
        "base_url": base_url,
        "custom_headers": custom_headers,
    }


class OpenAI(SyncAPIClient):
    """Synchronous client. The API key defaults to $OPENAI_API_KEY, the base URL to $OPENAI_BASE_URL."""

    _version = VERSION
    api_key: str
    _platform_headers = {
        "X-Stainless-Lang": "lang",
        "X-Stainless-Package-Version": "package_version",
        "X-Stainless-OS": "os",
        "X-Stainless-Arch": "arch",
        "X-Stainless-Runtime": "runtime",
        "X-Stainless-Runtime-Version": "runtime_version",
    }

    def __init__(
        self,
        *,
        api_key: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._options: dict[str, Any] = {
            "api_key": api_key,
            "organization": organization,
            "project": project,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        super().__init__(
            **_settings(api_key, base_url, organization, project),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
        )

    @cached_property
    def evals(self) -> Evals:
        from .resources.evals import Evals

        return Evals(self)

    @cached_property
    def batches(self) -> Batches:
        from .resources.batches import Batches

        return Batches(self)

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> OpenAI:
        """A copy of this client with some settings changed; it shares the connection pool
        unless given another `http_client`."""
        changes: dict[str, Any] = {
            "api_key": api_key,
            "organization": organization,
            "project": project,
            "base_url": base_url,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        options: dict[str, Any] = {
            **self._options,
            "api_key": self.api_key,
            "http_client": self._client,
        }
        options.update({k: v for k, v in changes.items() if v is not None})
        if not isinstance(timeout, NotGiven):
            options["timeout"] = timeout
        copy = OpenAI(**options)
        # The pool stays with its owner: closing a copy leaves the original usable.
        copy._owns_client = False
        return copy


class AsyncOpenAI(AsyncAPIClient):
    """Asynchronous client. The API key defaults to $OPENAI_API_KEY, the base URL to $OPENAI_BASE_URL."""

    _version = VERSION
    api_key: str
    _platform_headers = {
        "X-Stainless-Lang": "lang",
        "X-Stainless-Package-Version": "package_version",
        "X-Stainless-OS": "os",
        "X-Stainless-Arch": "arch",
        "X-Stainless-Runtime": "runtime",
        "X-Stainless-Runtime-Version": "runtime_version",
    }

    def __init__(
        self,
        *,
        api_key: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._options: dict[str, Any] = {
            "api_key": api_key,
            "organization": organization,
            "project": project,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        super().__init__(
            **_settings(api_key, base_url, organization, project),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
        )

    @cached_property
    def evals(self) -> AsyncEvals:
        from .resources.evals import AsyncEvals

        return AsyncEvals(self)

    @cached_property
    def batches(self) -> AsyncBatches:
        from .resources.batches import AsyncBatches

        return AsyncBatches(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> AsyncOpenAI:
        """A copy of this client with some settings changed; it shares the connection pool
        unless given another `http_client`."""
        changes: dict[str, Any] = {
            "api_key": api_key,
            "organization": organization,
            "project": project,
            "base_url": base_url,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "http_client": http_client,
        }
        options: dict[str, Any] = {
            **self._options,
            "api_key": self.api_key,
            "http_client": self._client,
        }
        options.update({k: v for k, v in changes.items() if v is not None})
        if not isinstance(timeout, NotGiven):
            options["timeout"] = timeout
        copy = AsyncOpenAI(**options)
        # The pool stays with its owner: closing a copy leaves the original usable.
        copy._owns_client = False
        return copy
