"""Running the Prism mock server (@stoplight/prism-cli, pinned in package-lock.json) for tests.

Prism serves an OpenAPI document: it validates every request against the spec (an invalid
one gets a 4xx answer listing the violations, 422 unless the operation declares its own 400)
and answers valid ones with a response built from the spec's examples and schemas. With
`--errors` a generated response that violates the spec becomes a 500 instead of passing
silently. Violations Prism does not turn into an error answer are still reported, in the
`sl-violations` response header.

`PrismServer` starts one instance on a free port, waits until it answers, and stops it;
`ViolationRecorder` is an httpx event hook that keeps each exchange's `sl-violations` so a
test can fail on request warnings too and show them next to a rejected request.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import httpx
import pytest
import yaml

from tests.support.project import our_config

ROOT = Path(__file__).resolve().parents[2]
PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"

__all__ = [
    "ROOT",
    "PRISM_BIN",
    "PrismServer",
    "Exchange",
    "ViolationRecorder",
    "require_prism",
    "free_port",
    "generate_client",
    "describe_rejection",
    "OpenAPIDocument",
    "check_multipart_request",
]


def require_prism() -> Path:
    """The Prism executable; a missing one fails the test (it is a declared dev tool, not an
    optional extra)."""
    if not PRISM_BIN.exists():
        pytest.fail(
            f"Prism mock server not found at {PRISM_BIN}: the Node test tools "
            "are not installed. Run `make test` (it runs `npm ci` from package-lock.json) "
            "or `npm ci` in the repository root.",
            pytrace=False,
        )
    return PRISM_BIN


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrismServer:
    """`prism mock <spec> -h 127.0.0.1 -p <port> --errors` as a child process.

    `start()` returns at once (Prism parses the spec in the background, which takes a while
    for a large one), `wait_ready()` blocks until it answers HTTP, `stop()` terminates it
    (and kills it if it does not exit). stdout and stderr go to a log file whose tail is
    shown whenever startup fails.
    """

    def __init__(self, spec: Path, *, name: str, startup_timeout: float, log_dir: Path) -> None:
        self.spec = spec
        self.name = name
        self.startup_timeout = startup_timeout
        self.log_path = log_dir / f"prism-{name}.log"
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0
        self.startup_seconds: float | None = None
        self._failure: str | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> PrismServer:
        prism = require_prism()
        self.port = free_port()
        cmd = [
            str(prism),
            "mock",
            str(self.spec),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            # A response Prism builds that breaks the spec becomes a 500 (request violations
            # are always answered with 4xx in mock mode; there is no flag to turn that off).
            "--errors",
        ]
        self._log = open(self.log_path, "wb")
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(
            cmd,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
        )
        return self

    def log_tail(self, max_chars: int = 6000) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError as exc:
            return f"<no log: {exc}>"
        return text if len(text) <= max_chars else "...\n" + text[-max_chars:]

    def wait_ready(self) -> str:
        """Block until Prism answers; fail (with its output) if it exits or the deadline passes.
        A failure is remembered, so every later test fails the same way without waiting again."""
        if self.startup_seconds is not None:
            return self.url
        if self._failure is not None:
            pytest.fail(self._failure, pytrace=False)
        assert self.process is not None, "start() first"
        deadline = self.started_at + self.startup_timeout
        last_error = "no attempt"
        with httpx.Client(timeout=2.0) as http:
            while True:
                code = self.process.poll()
                if code is not None:
                    self._failure = (
                        f"Prism ({self.name}) exited with code {code} before it answered, "
                        f"spec {self.spec}.\n--- Prism output ---\n{self.log_tail()}"
                    )
                    pytest.fail(self._failure, pytrace=False)
                try:
                    # Any HTTP answer means the server listens (an unknown path gets a 404).
                    http.get(f"{self.url}/__prism_ready")
                    self.startup_seconds = time.monotonic() - self.started_at
                    return self.url
                except httpx.TransportError as exc:
                    last_error = f"{type(exc).__name__}: {exc}"
                if time.monotonic() > deadline:
                    self._failure = (
                        f"Prism ({self.name}) did not answer within {self.startup_timeout:.0f} s "
                        f"(last error: {last_error}), spec {self.spec}.\n"
                        f"--- Prism output ---\n{self.log_tail()}"
                    )
                    self.stop()
                    pytest.fail(self._failure, pytrace=False)
                time.sleep(0.1)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if getattr(self, "_log", None) is not None:
            self._log.close()


# -- recording Prism's verdict per exchange -------------------------------------------------


@dataclass
class Exchange:
    method: str
    url: str
    status: int
    violations: list[dict[str, Any]] = field(default_factory=list)
    raw_violations: str | None = None
    request_content_type: str = ""
    request_body: bytes = b""
    response_body: bytes = b""

    def request_violations(self) -> list[dict[str, Any]]:
        return [v for v in self.violations if _location(v)[:1] == ["request"]]

    def response_violations(self) -> list[dict[str, Any]]:
        return [v for v in self.violations if _location(v)[:1] == ["response"]]


def _location(violation: Mapping[str, Any]) -> list[str]:
    location = violation.get("location") or []
    return [str(part) for part in location] if isinstance(location, list) else [str(location)]


def _parse_violations(header: str | None) -> list[dict[str, Any]]:
    if not header:
        return []
    try:
        value = json.loads(header)
    except ValueError:  # "Too many violations! <truncated json>"
        return [{"location": ["?"], "severity": "Error", "message": header}]
    return list(value) if isinstance(value, list) else [value]


class ViolationRecorder:
    """httpx response hooks (sync and async) that keep what Prism said about every exchange."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def _record(self, response: httpx.Response) -> None:
        header = response.headers.get("sl-violations")
        self.exchanges.append(
            Exchange(
                method=response.request.method,
                url=str(response.request.url),
                status=response.status_code,
                violations=_parse_violations(header),
                raw_violations=header,
                request_content_type=response.request.headers.get("content-type", ""),
                request_body=response.request.content,  # the client reads it before sending
                response_body=response.content,
            )
        )

    # The body is read here (httpx keeps it, so the client reads the same bytes afterwards).
    def sync_hook(self, response: httpx.Response) -> None:
        response.read()
        self._record(response)

    async def async_hook(self, response: httpx.Response) -> None:
        await response.aread()
        self._record(response)


def _format_violation(violation: Mapping[str, Any]) -> str:
    where = ".".join(_location(violation)) or "?"
    return f"[{violation.get('severity', '?')}] {where}: {violation.get('message', violation)}"


def describe_rejection(exchange: Exchange | None, status: int, body: object) -> str:
    """Prism's explanation of a 4xx/5xx: the violations of its problem+json body (when it
    generated the error itself) and of the `sl-violations` header (also sent when Prism
    answered with the operation's own 400 example, whose body says nothing)."""
    lines: list[str] = []
    if exchange is not None:
        lines.append(f"{exchange.method} {exchange.url} -> {status}")
    seen: set[str] = set()
    violations: list[Mapping[str, Any]] = []
    if isinstance(body, Mapping):
        title, detail = body.get("title"), body.get("detail")
        if title or detail:
            lines.append(f"Prism: {title or ''}: {detail or ''}")
        violations.extend(body.get("validation") or [])
    if exchange is not None:
        violations.extend(exchange.violations)
    for violation in violations:
        # The body says `body.x`, the header `request.body.x`: the same violation.
        key = ".".join(_location(violation)).removeprefix("request.") + str(violation.get("message"))
        if key not in seen:
            seen.add(key)
            lines.append("  " + _format_violation(violation))
    if not violations:
        lines.append(f"  response body: {body!r}"[:2000])
    return "\n".join(lines)


# -- what Prism does not check: nested multipart fields ---------------------------------------
#
# Prism builds the object it validates from a multipart body by looking up each top-level
# property of the schema by its exact part name, and drops every other part. The API (and this
# client) send a nested object as bracketed parts, `expires_after[anchor]=created_at`, which
# Prism therefore never sees: neither the nested values nor `additionalProperties: false` are
# checked. (Declaring `encoding: {expires_after: {style: deepObject, explode: true}}` in the
# spec would make Prism decode them.) `check_multipart_request` fills that gap: it decodes the
# parts the way the API reads them and validates the result against the same schema.


class OpenAPIDocument:
    """An OpenAPI document loaded once, for schema lookups and JSON Schema validation."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._doc: dict[str, Any] | None = None

    @property
    def doc(self) -> dict[str, Any]:
        if self._doc is None:
            with open(self.path, encoding="utf-8") as f:
                self._doc = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        return self._doc

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.doc
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def request_schema_pointer(self, method: str, path: str, media_type: str) -> str:
        escape = lambda s: s.replace("~", "~0").replace("/", "~1")  # noqa: E731
        return f"#/paths/{escape(path)}/{method.lower()}/requestBody/content/{escape(media_type)}/schema"

    def validate(self, instance: Any, pointer: str) -> list[str]:
        import jsonschema
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        uri = "urn:spec"
        registry = Registry().with_resource(uri, Resource(contents=self.doc, specification=DRAFT202012))
        validator = jsonschema.Draft202012Validator({"$ref": uri + pointer}, registry=registry)
        return [
            f"{'.'.join(str(p) for p in error.absolute_path) or '<body>'}: {error.message}"
            for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
        ]


def _form_parts(content_type: str, body: bytes) -> list[tuple[str, str | None, bytes]]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_param("filename", header="content-disposition")
        parts.append((str(name), None if filename is None else str(filename), part.get_payload(decode=True) or b""))
    return parts


def _fold(parts: list[tuple[str, str | None, bytes]]) -> dict[str, Any]:
    """`a[b][c]=1` -> {"a": {"b": {"c": "1"}}}, `a[]=x` -> {"a": ["x"]}; a file part becomes a
    placeholder string (the schema says `type: string, format: binary`)."""
    out: dict[str, Any] = {}
    for name, filename, data in parts:
        value: Any = f"<file {filename!r}, {len(data)} bytes>" if filename is not None else data.decode()
        keys = [name.split("[", 1)[0]] + re.findall(r"\[([^\]]*)\]", name)
        node: Any = out
        for key, following in zip(keys, keys[1:] + [None]):
            if following is None:  # the last key holds the value
                if key == "":
                    node.append(value)
                else:
                    node[key] = value
            elif key == "":  # `a[][b]`: a list of objects (each such part starts a new one)
                node.append({} if following else [])
                node = node[-1]
            else:
                node = node.setdefault(key, [] if following == "" else {})
    return out


def _coerce(doc: OpenAPIDocument, value: Any, schema: Any) -> Any:
    """Form values are strings; give them the JSON type the schema asks for (as Prism does)."""
    schema = doc.deref(schema)
    if not isinstance(schema, dict):
        return value
    branches = [schema] + [b for key in ("allOf", "anyOf", "oneOf") for b in schema.get(key, [])]
    if isinstance(value, dict):
        props: dict[str, Any] = {}
        for branch in branches:
            props.update(doc.deref(branch).get("properties", {}))
        return {k: _coerce(doc, v, props[k]) if k in props else v for k, v in value.items()}
    if isinstance(value, list):
        items = next((doc.deref(b).get("items") for b in branches if doc.deref(b).get("items")), None)
        return [_coerce(doc, v, items) for v in value] if items else value
    if isinstance(value, str):
        types: set[str] = set()
        for branch in branches:
            kind = doc.deref(branch).get("type")
            types.update(kind if isinstance(kind, list) else [kind] if kind else [])
        if "string" not in types:
            if types & {"integer", "number"} and re.fullmatch(r"-?\d+", value):
                return int(value)
            if "number" in types and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", value):
                return float(value)
            if "boolean" in types and value in ("true", "false"):
                return value == "true"
            if "null" in types and value == "":
                return None
    return value


def check_multipart_request(doc: OpenAPIDocument, method: str, path: str, exchange: Exchange) -> list[str]:
    """Schema violations of a multipart request, nested (bracketed) fields included; empty for
    a request that is not multipart."""
    if not exchange.request_content_type.startswith("multipart/form-data"):
        return []
    pointer = doc.request_schema_pointer(method, path, "multipart/form-data")
    schema: Any = doc.doc
    for part in pointer.lstrip("#/").split("/"):
        schema = schema[part.replace("~1", "/").replace("~0", "~")]
    parts = _form_parts(exchange.request_content_type, exchange.request_body)
    instance = _coerce(doc, _fold(parts), schema)
    errors = doc.validate(instance, pointer)
    return [f"decoded multipart body: {instance!r}", *errors] if errors else []


# -- generating a client from another spec --------------------------------------------------


def generate_client(spec: Path, config: Path, out_dir: Path, *, package: str) -> Path:
    """Run the generator (`python -m generator`) on `spec` with `config`, its package renamed to
    `package` so that it can be imported next to the committed `openai_evals`. Returns the
    folder to put on sys.path."""
    with open(config, encoding="utf-8") as f:
        settings = yaml.safe_load(f)
    settings["package"] = package
    settings["distribution"] = package.replace("_", "-")
    out_dir.mkdir(parents=True, exist_ok=True)
    renamed = our_config(out_dir, yaml.safe_dump(settings, sort_keys=False))
    target = out_dir / "client"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec), "--config", str(renamed), "--out", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(
            f"generating a client from {spec} failed (exit {result.returncode}):\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-6000:]}",
            pytrace=False,
        )
    if not (target / package / "__init__.py").is_file():
        pytest.fail(f"the generator wrote no package {package!r} into {target}", pytrace=False)
    return target


def default_log_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="prism-logs-"))
