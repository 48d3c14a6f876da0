"""The unit of incremental model generation: groups of schemas that must be emitted together.

A schema's class depends on the schemas it references (datamodel-code-generator reads them to
type its fields), so a group is a strongly connected component of the `$ref` graph, and its
cache key covers its own schemas and, through their keys, what they reference: all of what a
class merges (an `allOf`), only the face of what it names (see `group_keys`). A tagged union
also shapes its members' tag fields, so a member counts as referencing its union too (which
puts a union and its members in one group).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from ..read.refs import COMPONENT_PREFIX, iter_refs, unescape


def ref_graph(schemas: dict[str, Any]) -> dict[str, list[str]]:
    """For each schema, the schemas of the set it depends on, in first-reference order."""
    graph: dict[str, dict[str, None]] = {name: {} for name in schemas}
    for name, schema in schemas.items():
        for target in _targets(schema, schemas):
            if target != name:
                graph[name][target] = None
        for union in _tagged_unions(schema):
            for member in _targets(union, schemas):
                if member != name:
                    graph[member][name] = None
    return {name: list(deps) for name, deps in graph.items()}


def _targets(node: Any, schemas: dict[str, Any]) -> list[str]:
    out = []
    for ref in iter_refs(node):
        if ref.startswith(COMPONENT_PREFIX):
            target = unescape(ref[len(COMPONENT_PREFIX) :])
            if target in schemas:
                out.append(target)
    return out


def _tagged_unions(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "discriminator" in node:
            yield node
        for key, value in node.items():
            if not (isinstance(key, str) and key.startswith("x-")):
                yield from _tagged_unions(value)
    elif isinstance(node, list):
        for value in node:
            yield from _tagged_unions(value)


def components(graph: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan, iterative), dependencies before dependents;
    members in the graph's order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    position = {name: i for i, name in enumerate(graph)}
    out: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            deps = graph[node]
            if i < len(deps):
                work.append((node, i + 1))
                dep = deps[i]
                if dep not in index:
                    work.append((dep, 0))
                elif dep in on_stack:
                    low[node] = min(low[node], index[dep])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                out.append(sorted(group, key=position.__getitem__))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return out


def group_keys(
    schemas: dict[str, Any], graph: dict[str, list[str]], groups: list[list[str]], salt: str
) -> list[str]:
    """A digest per group of everything its classes are made from (`groups` lists dependencies
    first): its schemas, and of each group it references what the reference shows of it.

    A class that names another in a plain `{"$ref": ...}` (a field's type, an item, a union
    member) sees only the other's face (see `face`), and through it the faces of what that
    references; one that merges another (a `$ref` inside an `allOf`, or with keywords beside
    it) sees all of it. So a property added to one member of a union re-emits the union's
    group, not every class that has a field of the union's type."""
    group_of = {name: i for i, group in enumerate(groups) for name in group}
    keys: list[str] = []
    faces: list[str] = []
    for i, group in enumerate(groups):
        deps: set[tuple[str, str]] = set()
        for name in group:
            plain = _plain_refs(schemas[name])
            for dep in graph[name]:
                j = group_of[dep]
                if j != i:
                    deps.add(("face", faces[j]) if dep in plain else ("all", keys[j]))
        seen = sorted(deps)
        keys.append(_digest([salt, [[n, schemas[n]] for n in group], seen]))
        faces.append(_digest([salt, [[n, face(schemas[n])] for n in group], seen]))
    return keys


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()


# What a plain reference does not show of the schema it names: its documentation, and the
# fields of an object (only whether it has any: an object without properties is an alias).
_UNSEEN = frozenset({"description", "example", "examples", "externalDocs", "required"})


def face(schema: Any) -> Any:
    """What a class that names `schema` in a plain `$ref` can show of it (mutation tests:
    tests/test_incremental.py and tests/support/mutations.py)."""
    if not isinstance(schema, dict):
        return schema
    out = {k: v for k, v in schema.items() if k not in _UNSEEN}
    if isinstance(out.get("properties"), dict):
        out["properties"] = bool(out["properties"])
    return out


def _plain_refs(schema: Any) -> set[str]:
    """The schemas `schema` names only in plain references: `{"$ref": ...}` alone, outside
    any `allOf`."""
    plain: set[str] = set()
    merged: set[str] = set()

    def walk(node: Any, in_allof: bool) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
                target = unescape(ref[len(COMPONENT_PREFIX) :])
                (merged if in_allof or len(node) > 1 else plain).add(target)
            for key, value in node.items():
                if key != "$ref" and not (isinstance(key, str) and key.startswith("x-")):
                    walk(value, in_allof or key == "allOf")
        elif isinstance(node, list):
            for value in node:
                walk(value, in_allof)

    walk(schema, False)
    return plain - merged
