"""Cut an OpenAPI document down to some path prefixes and every component they reach.

    python benchmarks/spec_cut.py SPEC OUT.yaml /evals /batches /files

The cut keeps the chosen path items whole and, transitively, every `#/components/<kind>/<name>`
they reference (schemas, responses, parameters, request bodies, ...), plus the security schemes
and the tags the kept operations use: one self-contained file that any generator accepts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from generator.read.load import load_spec  # noqa: E402 - the loader our generator uses
from generator.read.refs import resolve, unescape  # noqa: E402

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def iter_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for key, value in node.items():
            if key != "$ref":
                yield from iter_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_refs(value)


def component_closure(doc: dict[str, Any], roots: Any) -> list[tuple[str, str]]:
    """(kind, name) of every component reachable from `roots`, in first-reached order."""
    seen: dict[tuple[str, str], None] = {}
    stack = [roots]
    while stack:
        for ref in iter_refs(stack.pop()):
            parts = ref.split("/")
            if len(parts) == 4 and parts[:2] == ["#", "components"]:
                key = (parts[2], unescape(parts[3]))
                if key not in seen:
                    seen[key] = None
                    stack.append(resolve(doc, ref))
            elif ref.startswith("#/"):
                stack.append(resolve(doc, ref))
    return list(seen)


def cut(doc: dict[str, Any], prefixes: tuple[str, ...]) -> dict[str, Any]:
    def kept(path: str) -> bool:
        return any(path == p or path.startswith(p.rstrip("/") + "/") for p in prefixes)

    paths = {path: item for path, item in doc.get("paths", {}).items() if kept(path)}
    components = doc.get("components", {})
    out: dict[str, Any] = {k: v for k, v in doc.items()
                           if k not in ("paths", "components", "webhooks", "tags")
                           and not k.startswith("x-")}
    used_tags = {tag for item in paths.values() for method, op in item.items()
                 if method in METHODS for tag in op.get("tags", [])}
    tags = [t for t in doc.get("tags", []) if t.get("name") in used_tags]
    if tags:
        out["tags"] = tags
    out["paths"] = paths
    out_components: dict[str, dict[str, Any]] = {}
    for kind, name in component_closure(doc, paths):
        out_components.setdefault(kind, {})[name] = components[kind][name]
    if "securitySchemes" in components:
        out_components["securitySchemes"] = components["securitySchemes"]
    out["components"] = out_components
    return out


def count_operations(doc: dict[str, Any]) -> int:
    return sum(1 for item in doc.get("paths", {}).values() for m in item if m in METHODS)


def write_cut(spec: Path, out: Path, prefixes: tuple[str, ...]) -> dict[str, Any]:
    doc = cut(load_spec(spec), prefixes)
    with open(out, "w", encoding="utf-8") as file:
        yaml.dump(doc, file, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                  sort_keys=False, allow_unicode=True, width=100)
    return doc


if __name__ == "__main__":
    result = write_cut(Path(sys.argv[1]), Path(sys.argv[2]), tuple(sys.argv[3:]))
    print(f"{count_operations(result)} operations, "
          f"{len(result['components'].get('schemas', {}))} schemas -> {sys.argv[2]}")
