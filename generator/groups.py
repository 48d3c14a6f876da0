"""The unit of incremental model generation: groups of schemas that must be emitted together.

A schema's class depends on the schemas it references (datamodel-code-generator reads them to
type its fields), so a group is a strongly connected component of the `$ref` graph, and its
cache key covers its own schemas and, through their keys, everything they reference. A tagged
union also shapes its members' tag fields, so a member counts as referencing its union too
(which puts a union and its members in one group).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .refs import COMPONENT_PREFIX, iter_refs, unescape


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
            target = unescape(ref[len(COMPONENT_PREFIX):])
            if target in schemas:
                out.append(target)
    return out


def _tagged_unions(node: Any):
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


def group_keys(schemas: dict[str, Any], graph: dict[str, list[str]], groups: list[list[str]],
               salt: str) -> list[str]:
    """A digest per group of everything its classes are made from: its schemas and the keys of
    the groups it references (`groups` lists dependencies first)."""
    group_of = {name: i for i, group in enumerate(groups) for name in group}
    keys: list[str] = []
    for i, group in enumerate(groups):
        deps = sorted({keys[group_of[d]] for n in group for d in graph[n] if group_of[d] != i})
        body = json.dumps([salt, [[n, schemas[n]] for n in group], deps], sort_keys=True)
        keys.append(hashlib.sha256(body.encode()).hexdigest())
    return keys


def dependency_closure(graph: dict[str, list[str]], names: list[str]) -> set[str]:
    seen = set(names)
    todo = list(names)
    while todo:
        for dep in graph[todo.pop()]:
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen
