"""Stage 1: read the spec and the config into plain Python data."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import yaml

from .cache import Cache
from .errors import SpecError

try:  # the C loader parses the 3 MB upstream spec about ten times faster
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


def read_document(path: Path, cache: Cache | None = None) -> dict[str, Any]:
    """Parse a YAML or JSON file into a mapping; errors name the file and line.

    YAML is slow to parse even with libyaml (0.7 s for the 3 MB upstream spec); with a cache the
    parsed document is kept as JSON, keyed by the file's bytes, and reloads in a few ms."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    except UnicodeDecodeError as exc:
        raise SpecError(f"not UTF-8 text ({exc.reason})", file=str(path)) from None
    if cache is None or path.suffix == ".json":
        return _parse(path, text)
    return json.loads(cache.get_or_make("parsed", text, lambda: json.dumps(_parse(path, text))))


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
        raise SpecError(f"invalid YAML: {problem}", file=str(path),
                        line=mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise SpecError("expected a mapping at the top level", file=str(path), pointer="")
    return _stringify_scalars(data)


def _stringify_scalars(node: Any) -> Any:
    """YAML turns unquoted dates (and keys like `200`) into non-strings; JSON Schema wants strings."""
    if isinstance(node, dict):
        return {(k if isinstance(k, str) else _scalar_text(k)): _stringify_scalars(v)
                for k, v in node.items()}
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


def load_spec(path: Path, cache: Cache | None = None) -> dict[str, Any]:
    """Read an OpenAPI 3.x document, refusing what is not one."""
    doc = read_document(path, cache)
    version = doc.get("openapi")
    if version is None:
        if "swagger" in doc:
            raise SpecError(f"Swagger {doc['swagger']} is not supported; convert it to OpenAPI 3 first",
                            file=str(path), pointer="/swagger")
        raise SpecError("not an OpenAPI document (no `openapi` version field)", file=str(path),
                        pointer="")
    if not str(version).startswith("3."):
        raise SpecError(f"OpenAPI {version} is not supported (3.0 and 3.1 are)", file=str(path),
                        pointer="/openapi")
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
            raise SpecError(f"`components.{section}` must be a mapping", file=str(path),
                            pointer=f"/components/{section}")
    for route, item in doc["paths"].items():
        if not isinstance(item, dict):
            raise SpecError("a path item must be a mapping", file=str(path),
                            pointer="/paths/" + route.replace("~", "~0").replace("/", "~1"))
    return doc
