"""JSON pointers and `$ref`s inside one document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import SpecError, close_match

COMPONENT_PREFIX = "#/components/schemas/"


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve(doc: dict[str, Any], ref: str) -> Any:
    """Follow a local `$ref` ("#/a/b"); external references are not supported."""
    if not ref.startswith("#"):
        raise ref_error(doc, ref, f"external $ref {ref!r} is not supported")
    node: Any = doc
    for token in ref[1:].split("/")[1:]:
        token = unescape(token)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise ref_error(doc, ref, f"$ref {ref!r} points at nothing")
    return node


def ref_error(doc: dict[str, Any], ref: str, message: str) -> SpecError:
    """An error about `ref`, placed at the `$ref` that holds it (not at its target, which is
    missing), with the closest existing name for a misspelt step."""
    node: Any = doc
    tokens = [unescape(t) for t in ref[1:].split("/")[1:]] if ref.startswith("#") else []
    for i, token in enumerate(tokens):
        if isinstance(node, dict) and token in node:
            node = node[token]
            continue
        close = (
            close_match(token, (k for k in node if isinstance(k, str)))
            if isinstance(node, dict)
            else None
        )
        if close is not None:  # the whole reference, ready to paste
            message += f" (did you mean '#/{'/'.join(escape(t) for t in tokens[:i] + [close])}'?)"
        break
    holder = find_ref(doc, ref)
    return SpecError(message, pointer=None if holder is None else holder + "/$ref")


def find_ref(node: Any, ref: str, pointer: str = "") -> str | None:
    """The JSON pointer of the first object (in document order) holding `"$ref": ref`."""
    children: Iterable[tuple[Any, Any]]
    if isinstance(node, dict):
        if node.get("$ref") == ref:
            return pointer
        children = node.items()
    elif isinstance(node, list):
        children = ((str(i), v) for i, v in enumerate(node))
    else:
        return None
    for key, value in children:
        found = find_ref(value, ref, f"{pointer}/{escape(str(key))}")
        if found is not None:
            return found
    return None


def deref(doc: dict[str, Any], node: Any) -> Any:
    """Follow `$ref` chains (parameters, responses, request bodies) to the real object."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise ref_error(doc, ref, f"$ref {ref!r} is part of a cycle of references")
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
                name = unescape(ref[len(COMPONENT_PREFIX) :])
                if name in seen:
                    continue
                if name not in schemas:
                    raise ref_error(doc, ref, f"$ref to missing schema {name!r}")
                seen.add(name)
                order.append(name)
                stack.append(schemas[name])
            elif ref.startswith("#/"):
                stack.append(resolve(doc, ref))
            elif not ref.startswith("#"):  # the model generator would read it from the disk
                raise ref_error(doc, ref, f"external $ref {ref!r} is not supported")
    return order
