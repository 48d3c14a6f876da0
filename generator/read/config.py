"""The client config (`spec/client.yaml`): package naming, client settings and the resource tree."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import SpecError, close_match, did_you_mean
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
        have = [
            f"{m.upper()} {p}"
            for p, item in (doc.get("paths") or {}).items()
            if isinstance(item, dict)
            for m in HTTP_METHODS
            if isinstance(item.get(m), dict)
        ]
        wanted = f"{self.http_method.upper()} {self.path}"
        close = close_match(wanted, have)
        hint = f" (did you mean {close!r}?)" if close else ""
        return SpecError(
            f"{wanted} is not an operation of the spec{hint}", file=self.file, pointer=self.pointer
        )


@dataclass(frozen=True)
class Pagination:
    items: str = "data"
    has_more: str = "has_more"
    cursor_param: str = "after"
    cursor_field: str = "id"


# -- extensions (hand-written code copied into the package) ------------------------------------


@dataclass(frozen=True)
class Extension:
    """`extensions: {evals.runs: {module: runs, sync: RunsMixin, async: AsyncRunsMixin}}`: the
    generated classes of resource `resource` inherit the mixins defined in
    `<config folder>/extensions/<module>.py`, which is copied into `<package>/_extensions/`."""

    resource: tuple[str, ...]
    module: str
    sync: str
    async_: str
    source: Path  # the hand-written file
    pointer: str  # `/extensions/<resource>` in the config file `config`, for messages
    config: str


def _extensions(raw: Any, config_path: Path) -> tuple[Extension, ...]:
    where = str(config_path)
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise SpecError(
            "`extensions` must map a resource to {module, sync, async}",
            file=where,
            pointer="/extensions",
        )
    found: list[Extension] = []
    for resource, entry in raw.items():
        pointer = f"/extensions/{resource}"
        trail = _dotted(resource, where, pointer)
        if not isinstance(entry, dict):
            raise SpecError(
                "expected a mapping with `module`, `sync` and `async`", file=where, pointer=pointer
            )
        _known_keys(entry, {"module", "sync", "async"}, where, pointer)
        for key in ("module", "sync", "async"):
            if key not in entry:
                raise SpecError(f"missing key {key!r}", file=where, pointer=f"{pointer}/{key}")
        module = _identifier(entry["module"], where, f"{pointer}/module")
        classes = []
        for key in ("sync", "async"):
            if not isinstance(entry[key], str) or not entry[key].isidentifier():
                raise SpecError(
                    f"{entry[key]!r} is not a class name", file=where, pointer=f"{pointer}/{key}"
                )
            classes.append(entry[key])
        source = config_path.parent / "extensions" / f"{module}.py"
        if not source.is_file():
            raise SpecError(
                f"no file {source} for extension module {module!r}",
                file=where,
                pointer=f"{pointer}/module",
            )
        found.append(Extension(trail, module, classes[0], classes[1], source, pointer, where))
    return tuple(found)


# -- the config ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Polling:
    """`polling:` in the config: `resource` gets `poll(...)`, which repeats method `poll` until
    field `status` of its answer is one of `terminal`, and, with `create_and_poll` set,
    `create_and_poll(...)`, which calls that method once and polls the object it made (the
    last path parameter of `poll` is the new object's `id_field`). Checked against the spec
    by `polling.pollers`; `file` and `pointer` name this entry in its messages."""

    resource: tuple[str, ...]
    poll: str
    create_and_poll: str | None
    status: str
    terminal: tuple[str, ...]
    id_field: str
    file: str
    pointer: str
    poll_after_header: str | None = None  # the response header giving the next wait, in ms


@dataclass(frozen=True)
class Config:
    package: str = "client"
    distribution: str = "client"
    version: str = "0.1.0"
    # breaking (issue 12): true -> the version in the output's pyproject.toml follows from what
    # changed (breaking: major, additions: minor, else patch); `version` is where it starts.
    bump_version: bool = False
    # Identity (issue 17): None here is decided from the spec's title by `names.with_identity`.
    sync_class: str | None = None  # `Swagger Petstore` -> SwaggerPetstore
    async_class: str | None = None  # AsyncSwaggerPetstore
    error_class: str | None = None  # SwaggerPetstoreError, the base of every error
    env_prefix: str | None = None  # SWAGGER_PETSTORE: of the env vars below and credentials'
    base_url_env: str | None = None  # <env_prefix>_BASE_URL
    log_env: str | None = None  # <env_prefix>_LOG
    # `client.auth`: security scheme -> {argument, env} overrides (generator/plan/security.py)
    auth: dict[str, dict[str, Any]] = field(default_factory=dict)
    default_base_url: str | None = None
    header_options: dict[str, str] = field(default_factory=dict)
    # `client.platform_headers`: header name -> one of PLATFORM_VALUES, which the runtime
    # computes once per process and sends on every request (the SDK's X-Stainless-* headers)
    platform_headers: dict[str, str] = field(default_factory=dict)
    pagination: Pagination = field(default_factory=Pagination)
    # None: every operation of the spec, resources derived from the paths.
    methods: tuple[MethodRef, ...] | None = None
    polling: tuple[Polling, ...] = ()
    extensions: tuple[Extension, ...] = ()  # hand-written mixins (`extensions:`)
    extensions_dir: Path | None = None  # `extensions/` beside the config: copied into the package
    file: str | None = None  # the config file, for messages
    # `port:` code written for another client of the API (`port_from`, its import name) imports
    # the types it knows from `<package>.types`: (its name, ours), checked in pipeline.plan.
    port_from: str | None = None
    type_aliases: tuple[tuple[str, str], ...] = ()


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    raw = read_document(path)
    where = str(path)
    known = {
        "package",
        "distribution",
        "version",
        "bump_version",
        "client",
        "pagination",
        "resources",
        "polling",
        "extensions",
        "port",
    }
    for key in raw:
        if key not in known:
            raise SpecError(
                f"unknown config key {key!r}{did_you_mean(str(key), known)} "
                f"(known: {', '.join(sorted(known))})",
                file=where,
                pointer=f"/{key}",
            )
    package = _identifier(raw.get("package", "client"), where, "/package")
    client = raw.get("client") or {}
    pagination = raw.get("pagination") or {}
    if not isinstance(client, dict) or not isinstance(pagination, dict):
        raise SpecError("`client` and `pagination` must be mappings", file=where)
    _known_keys(
        client,
        {
            "sync_class",
            "async_class",
            "error_class",
            "env_prefix",
            "base_url_env",
            "log_env",
            "default_base_url",
            "header_options",
            "auth",
            "platform_headers",
        },
        where,
        "/client",
    )
    _known_keys(
        pagination, {"items", "has_more", "cursor_param", "cursor_field"}, where, "/pagination"
    )
    resources = raw.get("resources")
    methods = None if resources is None else tuple(_walk_resources(resources, (), where))
    headers = client.get("header_options") or {}
    for option in headers:
        _identifier(option, where, f"/client/header_options/{option}")
    platform = _platform_headers(client.get("platform_headers"), where)
    port_from, type_aliases = _port(raw.get("port"), where)
    bump = raw.get("bump_version", False)  # breaking (issue 12)
    if not isinstance(bump, bool):
        raise SpecError(
            f"`bump_version` must be true or false, got {bump!r}",
            file=where,
            pointer="/bump_version",
        )
    return Config(
        package=package,
        bump_version=bump,
        distribution=str(raw.get("distribution", package.replace("_", "-"))),
        version=str(raw.get("version", "0.1.0")),
        sync_class=_class_name(client.get("sync_class"), where, "/client/sync_class"),
        async_class=_class_name(client.get("async_class"), where, "/client/async_class"),
        error_class=_class_name(client.get("error_class"), where, "/client/error_class"),
        env_prefix=_env_name(client.get("env_prefix"), where, "/client/env_prefix"),
        base_url_env=_env_name(client.get("base_url_env"), where, "/client/base_url_env"),
        log_env=_env_name(client.get("log_env"), where, "/client/log_env"),
        auth=_auth(client.get("auth"), where),
        default_base_url=client.get("default_base_url"),
        header_options={str(k): str(v) for k, v in headers.items()},
        platform_headers=platform,
        pagination=Pagination(**{k: str(v) for k, v in pagination.items()}),
        methods=methods,
        polling=_polling(raw.get("polling"), where),
        extensions=_extensions(raw.get("extensions"), path),
        extensions_dir=(
            path.parent / "extensions" if (path.parent / "extensions").is_dir() else None
        ),
        file=where,
        port_from=port_from,
        type_aliases=type_aliases,
    )


def _class_name(value: Any, where: str, pointer: str) -> str | None:
    if value is not None and (
        not isinstance(value, str) or not value.isidentifier() or keyword.iskeyword(value)
    ):
        raise SpecError(f"{value!r} is not a class name", file=where, pointer=pointer)
    return value


_ENV = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _env_name(value: Any, where: str, pointer: str) -> str | None:
    if value is not None and (not isinstance(value, str) or not _ENV.match(value)):
        raise SpecError(
            f"{value!r} is not an environment variable name", file=where, pointer=pointer
        )
    return value


def _auth(section: Any, where: str) -> dict[str, dict[str, Any]]:
    """`client.auth: {<scheme>: {argument: api_key, env: OPENAI_API_KEY}}` (basic: lists of
    two, username then password); checked against the spec by generator/plan/security.py."""
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise SpecError(
            "`client.auth` must map security schemes to {argument, env}",
            file=where,
            pointer="/client/auth",
        )
    for scheme, entry in section.items():
        pointer = f"/client/auth/{scheme}"
        if not isinstance(entry, dict):
            raise SpecError(
                "expected a mapping with `argument` and/or `env`", file=where, pointer=pointer
            )
        _known_keys(entry, {"argument", "env"}, where, pointer)
    return {str(k): dict(v) for k, v in section.items()}


_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP token (RFC 9110)
# What the runtime can tell of itself (`_base_client.platform_values`): the client's language,
# its package version, the OS, the CPU architecture, the Python implementation and version.
PLATFORM_VALUES = ("lang", "package_version", "os", "arch", "runtime", "runtime_version")


def _platform_headers(section: Any, where: str) -> dict[str, str]:
    """`client.platform_headers: {<header name>: <one of PLATFORM_VALUES>}`."""
    if section is None:
        return {}
    pointer = "/client/platform_headers"
    if not isinstance(section, dict):
        raise SpecError(
            "`platform_headers` must map header names to values", file=where, pointer=pointer
        )
    for name, value in section.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise SpecError(
                f"{name!r} is not an HTTP header name", file=where, pointer=f"{pointer}/{name}"
            )
        if value not in PLATFORM_VALUES:
            hint = did_you_mean(str(value), PLATFORM_VALUES)
            raise SpecError(
                f"unknown platform value {value!r}{hint} " f"(known: {', '.join(PLATFORM_VALUES)})",
                file=where,
                pointer=f"{pointer}/{name}",
            )
    return {str(k): str(v) for k, v in section.items()}


def _port(section: Any, where: str) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """`port: {from: <import name>, types: {<their name>: <our model or runtime class>}}`."""
    if section is None:
        return None, ()
    if not isinstance(section, dict):
        raise SpecError("`port` must be a mapping", file=where, pointer="/port")
    _known_keys(section, {"from", "types"}, where, "/port")
    origin = section.get("from")
    if origin is not None and not (
        isinstance(origin, str) and all(_NAME.match(p) for p in origin.split("."))
    ):
        raise SpecError(f"{origin!r} is not an import name", file=where, pointer="/port/from")
    types = section.get("types") or {}
    if not isinstance(types, dict):
        raise SpecError(
            "`types` must map names to the package's type names", file=where, pointer="/port/types"
        )
    for alias, target in types.items():
        for value in (alias, target):
            if not isinstance(value, str) or not _NAME.match(value) or keyword.iskeyword(value):
                raise SpecError(
                    f"{value!r} is not a Python name", file=where, pointer=f"/port/types/{alias}"
                )
    return origin, tuple((str(a), str(t)) for a, t in types.items())


def _known_keys(section: dict[str, Any], known: set[str], where: str, pointer: str) -> None:
    for key in section:
        if key not in known:
            raise SpecError(
                f"unknown key {key!r}{did_you_mean(str(key), known)} "
                f"(known: {', '.join(sorted(known))})",
                file=where,
                pointer=f"{pointer}/{key}",
            )


# -- polling: ---------------------------------------------------------------------------------

_POLLING_KEYS = {"poll", "create_and_poll", "status", "terminal", "id_field", "poll_after_header"}


def _polling(section: Any, where: str) -> tuple[Polling, ...]:
    """`polling: {<dotted resource>: {poll, create_and_poll, status, terminal, id_field}}`."""
    if section is None:
        return ()
    if not isinstance(section, dict):
        raise SpecError("`polling` must be a mapping of resources", file=where, pointer="/polling")
    rules = []
    for resource, entry in section.items():
        pointer = f"/polling/{resource}"
        trail = _dotted(resource, where, pointer)
        if not isinstance(entry, dict):
            raise SpecError("a polling entry must be a mapping", file=where, pointer=pointer)
        _known_keys(entry, _POLLING_KEYS, where, pointer)
        for key in ("poll", "terminal"):
            if key not in entry:
                raise SpecError(f"missing key {key!r}", file=where, pointer=f"{pointer}/{key}")
        terminal = entry["terminal"]
        if (
            not isinstance(terminal, list)
            or not terminal
            or not all(isinstance(v, str) and v for v in terminal)
        ):
            raise SpecError(
                "`terminal` must be a non-empty list of status values",
                file=where,
                pointer=f"{pointer}/terminal",
            )
        create = entry.get("create_and_poll")
        rules.append(
            Polling(
                resource=trail,
                poll=_identifier(entry["poll"], where, f"{pointer}/poll"),
                create_and_poll=(
                    None
                    if create is None
                    else _identifier(create, where, f"{pointer}/create_and_poll")
                ),
                status=_field(entry.get("status", "status"), where, f"{pointer}/status"),
                terminal=tuple(dict.fromkeys(terminal)),
                id_field=_field(entry.get("id_field", "id"), where, f"{pointer}/id_field"),
                file=where,
                pointer=pointer,
                poll_after_header=_header(
                    entry.get("poll_after_header"), where, f"{pointer}/poll_after_header"
                ),
            )
        )
    return tuple(rules)


def _header(value: Any, where: str, pointer: str) -> str | None:
    if value is not None and (
        not isinstance(value, str) or not re.fullmatch(r"[!#-'*+.0-9A-Z^-z|~-]+", value)
    ):
        raise SpecError(f"{value!r} is not an HTTP header name", file=where, pointer=pointer)
    return value


def _field(value: Any, where: str, pointer: str) -> str:
    """A model field read as an attribute: a keyword would be renamed in the model (`class_`)."""
    name = _identifier(value, where, pointer)
    if keyword.iskeyword(name):
        raise SpecError(
            f"{value!r} is a Python keyword: a field of that name is not supported " f"here",
            file=where,
            pointer=pointer,
        )
    return name


def _walk_resources(node: Any, trail: tuple[str, ...], where: str) -> Iterator[MethodRef]:
    pointer = "/resources" + "".join(f"/{t}" for t in trail)
    if not isinstance(node, dict) or not node:
        raise SpecError(
            "a resource must be a non-empty mapping of method names", file=where, pointer=pointer
        )
    for name, value in node.items():
        _identifier(name, where, f"{pointer}/{name}")
        if isinstance(value, dict):
            yield from _walk_resources(value, trail + (name,), where)
            continue
        match = _OPERATION.match(str(value).strip())
        if not match:
            raise SpecError(
                f"expected 'METHOD /path' or a sub-resource, got {value!r}",
                file=where,
                pointer=f"{pointer}/{name}",
            )
        if not trail:
            raise SpecError(
                "methods must belong to a resource", file=where, pointer=f"{pointer}/{name}"
            )
        yield MethodRef(
            trail,
            name,
            match.group(1).lower(),
            match.group(2),
            file=where,
            pointer=f"{pointer}/{name}",
        )


def _dotted(resource: Any, where: str, pointer: str) -> tuple[str, ...]:
    """A resource named by its attributes from the client: `evals.runs` -> ("evals", "runs")."""
    trail = tuple(str(resource).split("."))
    for part in trail:
        _identifier(part, where, pointer)
    return trail


def _identifier(value: Any, where: str, pointer: str) -> str:
    if not isinstance(value, str) or not _IDENTIFIER.match(value):
        raise SpecError(
            f"{value!r} is not a lower-case Python identifier", file=where, pointer=pointer
        )
    return value
