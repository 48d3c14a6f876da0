"""The client config (`spec/client.yaml`): package naming, client settings and the resource tree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SpecError, close_match, did_you_mean
from .load import read_document

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_OPERATION = re.compile(r"^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE)\s+(/\S*)$")
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class MethodRef:
    """One method of the resource tree: `name` on resource `resource` calls `http_method path`."""

    resource: tuple[str, ...]
    name: str
    http_method: str
    path: str
    # Where the config names it (None when derived from the spec), for error messages.
    file: str | None = field(default=None, compare=False)
    pointer: str | None = field(default=None, compare=False)

    def not_in(self, doc: dict[str, Any]) -> SpecError:
        """The error for a config entry naming an operation the spec does not have, placed
        at the entry in the config file, with the spec's closest operation."""
        have = [f"{m.upper()} {p}" for p, item in (doc.get("paths") or {}).items()
                if isinstance(item, dict) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
        wanted = f"{self.http_method.upper()} {self.path}"
        close = close_match(wanted, have)
        hint = f" (did you mean {close!r}?)" if close else ""
        return SpecError(f"{wanted} is not an operation of the spec{hint}", file=self.file,
                         pointer=self.pointer)


@dataclass(frozen=True)
class Pagination:
    items: str = "data"
    has_more: str = "has_more"
    cursor_param: str = "after"
    cursor_field: str = "id"


@dataclass(frozen=True)
class Config:
    package: str = "client"
    distribution: str = "client"
    version: str = "0.1.0"
    sync_class: str = "Client"
    async_class: str = "AsyncClient"
    api_key_env: str | None = None
    base_url_env: str | None = None
    log_env: str | None = None
    default_base_url: str | None = None
    header_options: dict[str, str] = field(default_factory=dict)
    pagination: Pagination = field(default_factory=Pagination)
    # None: every operation of the spec, resources derived from the paths.
    methods: tuple[MethodRef, ...] | None = None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    raw = read_document(path)
    where = str(path)
    known = {"package", "distribution", "version", "client", "pagination", "resources"}
    for key in raw:
        if key not in known:
            raise SpecError(f"unknown config key {key!r}{did_you_mean(str(key), known)} "
                            f"(known: {', '.join(sorted(known))})", file=where, pointer=f"/{key}")
    package = _identifier(raw.get("package", "client"), where, "/package")
    client = raw.get("client") or {}
    pagination = raw.get("pagination") or {}
    if not isinstance(client, dict) or not isinstance(pagination, dict):
        raise SpecError("`client` and `pagination` must be mappings", file=where)
    _known_keys(client, {"sync_class", "async_class", "api_key_env", "base_url_env", "log_env",
                         "default_base_url", "header_options"}, where, "/client")
    _known_keys(pagination, {"items", "has_more", "cursor_param", "cursor_field"}, where,
                "/pagination")
    resources = raw.get("resources")
    methods = None if resources is None else tuple(_walk_resources(resources, (), where))
    headers = client.get("header_options") or {}
    for option in headers:
        _identifier(option, where, f"/client/header_options/{option}")
    return Config(
        package=package,
        distribution=str(raw.get("distribution", package.replace("_", "-"))),
        version=str(raw.get("version", "0.1.0")),
        sync_class=str(client.get("sync_class", "Client")),
        async_class=str(client.get("async_class", "AsyncClient")),
        api_key_env=client.get("api_key_env"),
        base_url_env=client.get("base_url_env"),
        log_env=client.get("log_env"),
        default_base_url=client.get("default_base_url"),
        header_options={str(k): str(v) for k, v in headers.items()},
        pagination=Pagination(**{k: str(v) for k, v in pagination.items()}),
        methods=methods,
    )


def _known_keys(section: dict[str, Any], known: set[str], where: str, pointer: str) -> None:
    for key in section:
        if key not in known:
            raise SpecError(f"unknown key {key!r}{did_you_mean(str(key), known)} "
                            f"(known: {', '.join(sorted(known))})", file=where,
                            pointer=f"{pointer}/{key}")


def _walk_resources(node: Any, trail: tuple[str, ...], where: str):
    pointer = "/resources" + "".join(f"/{t}" for t in trail)
    if not isinstance(node, dict) or not node:
        raise SpecError("a resource must be a non-empty mapping of method names", file=where,
                        pointer=pointer)
    for name, value in node.items():
        _identifier(name, where, f"{pointer}/{name}")
        if isinstance(value, dict):
            yield from _walk_resources(value, trail + (name,), where)
            continue
        match = _OPERATION.match(str(value).strip())
        if not match:
            raise SpecError(f"expected 'METHOD /path' or a sub-resource, got {value!r}",
                            file=where, pointer=f"{pointer}/{name}")
        if not trail:
            raise SpecError("methods must belong to a resource", file=where,
                            pointer=f"{pointer}/{name}")
        yield MethodRef(trail, name, match.group(1).lower(), match.group(2), file=where,
                        pointer=f"{pointer}/{name}")


def _identifier(value: Any, where: str, pointer: str) -> str:
    if not isinstance(value, str) or not _IDENTIFIER.match(value):
        raise SpecError(f"{value!r} is not a lower-case Python identifier", file=where,
                        pointer=pointer)
    return value
