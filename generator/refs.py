"""JSON pointers and `$ref`s inside one document."""

from __future__ import annotations

from typing import Any, Iterator

from .errors import SpecError

COMPONENT_PREFIX = "#/components/schemas/"


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve(doc: dict[str, Any], ref: str) -> Any:
    """Follow a local `$ref` ("#/a/b"); external references are not supported."""
    if not ref.startswith("#"):
        raise SpecError(f"external $ref {ref!r} is not supported", pointer=ref)
    node: Any = doc
    for token in ref[1:].split("/")[1:]:
        token = unescape(token)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise SpecError(f"$ref {ref!r} points at nothing", pointer=ref)
    return node


def deref(doc: dict[str, Any], node: Any) -> Any:
    """Follow `$ref` chains (parameters, responses, request bodies) to the real object."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise SpecError("$ref cycle", pointer=ref)
        seen.add(ref)
        node = resolve(doc, ref)
    return node


def iter_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for key, value in node.items():
            if key != "$ref" and not (isinstance(key, str) and key.startswith("x-")):
                yield from iter_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_refs(value)


def schema_closure(doc: dict[str, Any], roots: Any, where: str = "") -> list[str]:
    """Names of the component schemas reachable from `roots`, in first-reached order."""
    schemas = doc.get("components", {}).get("schemas", {})
    order: list[str] = []
    seen: set[str] = set()
    stack = [roots]
    while stack:
        node = stack.pop()
        for ref in iter_refs(node):
            if ref.startswith(COMPONENT_PREFIX):
                name = unescape(ref[len(COMPONENT_PREFIX):])
                if name in seen:
                    continue
                if name not in schemas:
                    raise SpecError(f"$ref to missing schema {name!r}", pointer=ref)
                seen.add(name)
                order.append(name)
                stack.append(schemas[name])
            elif ref.startswith("#/"):
                stack.append(resolve(doc, ref))
    return order
