"""The groups of schemas emitted together (`generator/groups.py`), through its public
functions: the `$ref` graph, its strongly connected components, and the cache key of each
group (what a change to one schema re-emits)."""

from __future__ import annotations

from typing import Any

from generator.groups import components, dependency_closure, group_keys, ref_graph


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def test_ref_graph_in_first_reference_order() -> None:
    schemas = {"A": obj(c=ref("C"), b=ref("B"), again=ref("C"), me=ref("A")),
               "B": obj(x={"type": "string"}), "C": obj(),
               "D": obj(gone=ref("Missing"), ext={"x-meta": ref("B")}, other={"$ref": "#/x"})}
    graph = ref_graph(schemas)
    assert graph == {"A": ["C", "B"], "B": [], "C": [], "D": []}  # no self, unknown or x- refs


def test_a_tagged_union_and_its_members_depend_on_each_other() -> None:
    schemas = {"Shape": {"oneOf": [ref("Circle"), ref("Square")],
                         "discriminator": {"propertyName": "type"}},
               "Circle": obj(type={"const": "circle"}), "Square": obj(type={"const": "square"})}
    graph = ref_graph(schemas)
    assert graph["Shape"] == ["Circle", "Square"]
    assert graph["Circle"] == ["Shape"] and graph["Square"] == ["Shape"]
    assert components(graph) == [["Shape", "Circle", "Square"]]


def test_components_dependencies_first_cycles_together() -> None:
    graph = {"Tree": ["Node"], "Node": ["Node2", "Leaf"], "Node2": ["Node"], "Leaf": [],
             "Alone": []}
    groups = components(graph)
    assert sorted(map(sorted, groups)) == [["Alone"], ["Leaf"], ["Node", "Node2"], ["Tree"]]
    position = {name: i for i, group in enumerate(groups) for name in group}
    for name, deps in graph.items():
        for dep in deps:
            assert position[dep] <= position[name], (dep, name)
    assert ["Node", "Node2"] in groups  # members in the graph's order


def test_components_of_a_long_chain_do_not_recurse() -> None:
    graph = {f"S{i}": [f"S{i + 1}"] for i in range(5000)} | {"S5000": ["S0"]}
    assert [len(group) for group in components(graph)] == [5001]


def test_dependency_closure_is_transitive() -> None:
    graph = {"A": ["B"], "B": ["C"], "C": [], "D": ["A"]}
    assert dependency_closure(graph, ["A"]) == {"A", "B", "C"}
    assert dependency_closure(graph, ["C", "D"]) == {"A", "B", "C", "D"}


def _keys(schemas: dict[str, Any], salt: str = "s") -> dict[str, str]:
    graph = ref_graph(schemas)
    groups = components(graph)
    return {name: key for group, key in zip(groups, group_keys(schemas, graph, groups, salt))
            for name in group}


def _changed(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    old, new = _keys(before), _keys(after)
    return {name for name in old if old[name] != new[name]}


BASE = {"Widget": obj(part=ref("Part")), "Part": obj(id={"type": "string"}, size=ref("Size")),
        "Size": obj(width={"type": "number"}), "Other": obj()}


def test_keys_are_stable_and_salted() -> None:
    assert _keys(BASE) == _keys(dict(BASE))
    assert set(_keys(BASE).values()).isdisjoint(_keys(BASE, salt="t").values())
    assert len(set(_keys(BASE).values())) == 4


def test_what_a_plain_reference_does_not_show_re_emits_only_its_group() -> None:
    """Documentation and the fields of a class named in a plain `$ref` are not seen by who
    names it: a field added to Part re-emits Part, not Widget."""
    documented = {**BASE, "Part": {**BASE["Part"], "description": "A part."}}
    assert _changed(BASE, documented) == {"Part"}
    grown = {**BASE, "Part": obj(id={"type": "string"}, size=ref("Size"), n={"type": "integer"})}
    assert _changed(BASE, grown) == {"Part"}


def test_what_a_reference_shows_re_emits_who_names_it() -> None:
    """A class that became an alias (no fields) or another type changes how Widget's field is
    typed: Widget is re-emitted too, and so is everything above it."""
    aliased = {**BASE, "Size": {"type": "string"}}
    assert _changed(BASE, aliased) == {"Size", "Part", "Widget"}
    emptied = {**BASE, "Part": obj()}
    assert _changed(BASE, emptied) == {"Part", "Widget"}


def test_a_merged_schema_is_seen_whole() -> None:
    """A class that merges another (`allOf`) has its fields: any change to it re-emits both."""
    merged = {**BASE, "Widget": {"allOf": [ref("Part"), obj(name={"type": "string"})]}}
    documented = {**merged, "Part": {**merged["Part"], "description": "A part."}}
    assert _changed(merged, documented) == {"Part", "Widget"}
