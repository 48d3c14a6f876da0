"""Stage 1: read the spec and the config into plain Python data."""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import SpecError
from ..machinery.cache import Cache
from .bundle import Sources, bundle
from .refs import deref, escape, unescape

_OPERATION_KEYS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

try:  # the C loader parses the 3 MB upstream spec about ten times faster
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


def read_document(
    path: Path, cache: Cache | None = None, digests: dict[str, str] | None = None
) -> dict[str, Any]:
    """Parse a YAML or JSON file into a mapping; errors name the file and line.

    YAML is slow to parse even with libyaml (0.7 s for the 3 MB upstream spec); with a cache the
    parsed document is kept as JSON, keyed by the file's bytes, and reloads in a few ms.
    `digests` gets the sha256 of the bytes read, by resolved path (the stamp's inputs)."""
    return _document(path, _read(path, digests), cache)


def _read(path: Path, digests: dict[str, str] | None = None) -> str:
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    except UnicodeDecodeError as exc:
        raise SpecError(f"not UTF-8 text ({exc.reason})", file=str(path)) from None
    if digests is not None:
        digests[str(path.resolve())] = hashlib.sha256(data).hexdigest()
    return text


def _document(path: Path, text: str, cache: Cache | None) -> dict[str, Any]:
    if cache is None or path.suffix == ".json":
        return _parse(path, text)
    parsed: dict[str, Any] = json.loads(
        cache.get_or_make("parsed", text, lambda: json.dumps(_parse(path, text)))
    )
    return parsed


def _parse(path: Path, text: str) -> dict[str, Any]:
    try:
        if path.suffix == ".json":
            data = json.loads(text)
        else:
            data = yaml.load(text, Loader=_Loader)
    except json.JSONDecodeError as exc:
        raise SpecError(f"invalid JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SpecError(
            f"invalid YAML: {problem}", file=str(path), line=mark.line + 1 if mark else None
        ) from None
    if not isinstance(data, dict):
        raise SpecError("expected a mapping at the top level", file=str(path), pointer="")
    strings: dict[str, Any] = _stringify_scalars(data)
    return strings


def _stringify_scalars(node: Any) -> Any:
    """YAML turns unquoted dates (and keys like `200`) into non-strings; JSON Schema wants
    strings."""
    if isinstance(node, dict):
        return {
            (k if isinstance(k, str) else _scalar_text(k)): _stringify_scalars(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_stringify_scalars(v) for v in node]
    if isinstance(node, (datetime.date, datetime.datetime)):
        return node.isoformat()
    return node


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def load_spec(
    path: Path, cache: Cache | None = None, sources: Sources | None = None
) -> dict[str, Any]:
    """Read an OpenAPI 3.x document, refusing what is not one, as one document: the other files
    it refers to are read too (`bundle.py`; `sources` learns where each part came from)."""
    sources = Sources(path) if sources is None else sources
    try:
        return _load_spec(path, cache, sources)
    except SpecError as exc:
        raise sources.relocate(exc) from None


# A `$ref` to a component of the same document (`#/components/schemas/Pet`): what the rest of
# the generator reads as it is. A spec with no other kind needs no bundling (0.08 s saved on the
# upstream spec's 2,811 refs; the scan takes 5 ms).
_REF = re.compile(r"""\$ref["']?\s*:\s*["']?([^"'\s,}]*)""")
_LOCAL = re.compile(r"#/components/[A-Za-z]+/[^/%]+")


def _load_spec(path: Path, cache: Cache | None, sources: Sources) -> dict[str, Any]:
    text = _read(path)
    doc = _document(path, text, cache)
    version = doc.get("openapi")
    if version is None:
        if "swagger" in doc:
            raise SpecError(
                f"Swagger {doc['swagger']} is not supported; convert it to OpenAPI 3 " "first",
                file=str(path),
                pointer="/swagger",
            )
        raise SpecError(
            "not an OpenAPI document (no `openapi` version field)", file=str(path), pointer=""
        )
    if not str(version).startswith("3."):
        raise SpecError(
            f"OpenAPI {version} is not supported (3.0 and 3.1 are)",
            file=str(path),
            pointer="/openapi",
        )
    if doc.get("paths") is None:  # 3.1 allows none (webhooks or components only): models only
        doc["paths"] = {}
    if not isinstance(doc.get("paths"), dict):
        raise SpecError("`paths` must be a mapping", file=str(path), pointer="/paths")
    components = doc.setdefault("components", {})
    if not isinstance(components, dict):
        raise SpecError("`components` must be a mapping", file=str(path), pointer="/components")
    for section in ("schemas", "parameters", "responses", "requestBodies"):
        if components.setdefault(section, {}) is None:
            components[section] = {}
        if not isinstance(components[section], dict):
            raise SpecError(
                f"`components.{section}` must be a mapping",
                file=str(path),
                pointer=f"/components/{section}",
            )
    refs = _REF.findall(text)
    if len(refs) != text.count("$ref") or not all(_LOCAL.fullmatch(r) for r in refs):
        doc = bundle(path, doc, sources, lambda file, digests: read_document(file, cache, digests))
    for route, item in doc["paths"].items():
        if not isinstance(item, dict):
            raise SpecError(
                "a path item must be a mapping", file=str(path), pointer="/paths/" + escape(route)
            )
        _check_path_parameters(doc, route, item)
    return doc


def _check_path_parameters(doc: dict[str, Any], route: str, item: dict[str, Any]) -> None:
    """OpenAPI requires `required: true` of every path parameter; one that may be left out
    cannot be put into the URL."""
    pointer = "/paths/" + escape(route)
    sources = [(f"{pointer}/parameters", item.get("parameters"))] + [
        (f"{pointer}/{method}/parameters", op.get("parameters"))
        for method, op in item.items()
        if method in _OPERATION_KEYS and isinstance(op, dict)
    ]
    for where, params in sources:
        for i, entry in enumerate(params if isinstance(params, list) else []):
            param = deref(doc, entry)
            if (
                isinstance(param, dict)
                and param.get("in") == "path"
                and param.get("required") is not True
            ):
                ref = entry.get("$ref") if isinstance(entry, dict) else None
                at = ref[1:] if isinstance(ref, str) and ref.startswith("#/") else f"{where}/{i}"
                raise SpecError(
                    f"path parameter {param.get('name')!r} of {route} must be "
                    f"`required: true` (OpenAPI requires it of every path parameter)",
                    pointer=at,
                )


def line_of(path: Path, pointer: str) -> int | None:
    """The line of the key (or item) at `pointer` in a YAML or JSON file, or None.

    Only called for an error message: the fast loader keeps no positions, so the file is
    parsed again, YAML into nodes that carry their marks, JSON by a scan along the pointer."""
    tokens = [unescape(t) for t in pointer.split("/")[1:]] if pointer else []
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            return _json_line(text, tokens)
        return _yaml_line(yaml.compose(text, Loader=_Loader), tokens)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError, IndexError):
        return None


def _yaml_line(node: Any, tokens: list[str]) -> int | None:
    line = node.start_mark.line + 1 if node is not None else None
    for token in tokens:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == token), None)
            if match is None:
                return None
            line, node = match[0].start_mark.line + 1, match[1]
        elif (
            isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value)
        ):
            node = node.value[int(token)]
            line = node.start_mark.line + 1
        else:
            return None
    return line


_SPACE = re.compile(r"[ \t\n\r]*")


def _skip_space(text: str, at: int) -> int:
    """Where the first character at or after `at` that is not JSON whitespace is."""
    match = _SPACE.match(text, at)
    assert match is not None  # `*`: it matches everywhere, if only the empty string
    return match.end()


def _json_line(text: str, tokens: list[str]) -> int | None:
    decoder = json.JSONDecoder()
    at = _skip_space(text, 0)
    found = at
    for token in tokens:
        if text[at] == "{":
            at = _skip_space(text, at + 1)
            while text[at] != "}":
                key_at = at
                key, at = decoder.raw_decode(text, at)
                at = _skip_space(text, at) + 1  # the colon
                at = _skip_space(text, at)
                if key == token:
                    found = key_at
                    break
                _, at = decoder.raw_decode(text, at)  # skip the value
                at = _skip_space(text, at)
                if text[at] == ",":
                    at = _skip_space(text, at + 1)
            else:
                return None
        elif text[at] == "[" and token.isdigit():
            at = _skip_space(text, at + 1)
            for _ in range(int(token)):
                if text[at] == "]":
                    return None
                _, at = decoder.raw_decode(text, at)
                at = _skip_space(text, at)
                at = _skip_space(text, at + 1)  # the comma
            if text[at] == "]":
                return None
            found = at
        else:
            return None
    return text.count("\n", 0, found) + 1
