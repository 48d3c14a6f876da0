"""Mutation test of the models and params cache keys: after any change to one schema, building
a module from a warm cache gives the bytes a cold build gives.

    .venv/bin/python -m tests.support.mutations [VERSION | SPEC ...]   (default: 006 008 010)

For each history version (with spec/client.yaml) or spec file (no config), the inputs of both modules (what
datamodel-code-generator is given) are built once from a warm cache; then every schema of each
module gets each mutation of MUTATIONS that applies to it, and the module is built from the
warm cache (only the stale groups re-emitted) and cold (datamodel-code-generator on every
schema; black's answers per piece may come from the cache, they are keyed by the exact text),
and the two texts must be equal. tests/test_incremental.py runs a sample.
"""

from __future__ import annotations

import copy
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from generator.emit import models
from generator.machinery.cache import Cache
from generator.machinery.jobs import Jobs
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parents[2]
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared")
HISTORY = SHARED / "openapi" / "history"
CONFIG = ROOT / "spec" / "client.yaml"

Inputs = dict[str, tuple[str, dict[str, Any], dict[str, Any]]]  # kind -> header, inputs, options


def module_inputs(spec: Path, config: Path | None = CONFIG) -> Inputs:
    """What each module's build is given for `spec`."""
    seen: Inputs = {}
    real = models.ModuleBuild.__init__

    def capture(self: models.ModuleBuild, jobs: Jobs, kind: str, header: str,
                inputs: dict[str, Any], options: dict[str, Any]) -> None:
        seen[kind] = (header, copy.deepcopy(inputs), options)
        real(self, jobs, kind, header, inputs, options)

    models.ModuleBuild.__init__ = capture  # type: ignore[method-assign]
    try:
        generate(spec, config, Cache(None))
    finally:
        models.ModuleBuild.__init__ = real  # type: ignore[method-assign]
    return seen


class _ColdCache(Cache):
    """No group or module entry: every class comes from datamodel-code-generator."""

    def lookup(self, kind: str, key: str) -> str | None:
        return super().lookup(kind, key) if kind == "black-piece" else None

    def store(self, kind: str, key: str, text: str) -> None:
        if kind == "black-piece":
            super().store(kind, key, text)


def build(cache: Cache, kind: str, header: str, inputs: dict[str, Any],
          options: dict[str, Any]) -> tuple[str, int]:
    """The module's text and how many schemas were stale."""
    with Jobs(cache) as jobs:
        jobs.workers = 1
        module = models.ModuleBuild(jobs, kind, header, inputs, options)
        stale = module.stale_schemas
        module.start()
        module.format()
        return module.result(), stale


# -- mutations: each returns the mutated schema, or None when it does not apply ----------------


def _object_part(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The object whose properties a mutation changes: the schema, or its last inline part of
    an `allOf` that has properties."""
    if isinstance(schema.get("properties"), dict) and schema["properties"]:
        return schema
    for part in reversed(schema.get("allOf") or []):
        if isinstance(part, dict) and isinstance(part.get("properties"), dict) and \
                part["properties"]:
            return part
    return None


def _first(node: Any, wanted: Callable[[dict[str, Any]], bool]) -> dict[str, Any] | None:
    if isinstance(node, dict):
        if wanted(node):
            return node
        node = list(node.values())
    if isinstance(node, list):
        for value in node:
            found = _first(value, wanted)
            if found is not None:
                return found
    return None


def description(schema: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    schema["description"] = "Mutated: " + str(schema.get("description", ""))
    return schema


def field_description(schema: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    part = _object_part(schema)
    if part is None:
        return None
    prop = next(iter(part["properties"].values()))
    if not isinstance(prop, dict):
        return None
    prop["description"] = "Mutated field."
    return schema


def enum_added(schema: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    node = _first(schema, lambda n: isinstance(n.get("enum"), list))
    if node is None:
        return None
    node["enum"].append("mutated_value")
    return schema


def property_added(schema: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    part = _object_part(schema)
    if part is None:
        return None
    part["properties"]["mutated_field"] = {"type": "string", "description": "Added."}
    return schema


def property_removed(schema: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    part = _object_part(schema)
    if part is None:
        return None
    gone = list(part["properties"])[-1]
    del part["properties"][gone]
    if isinstance(part.get("required"), list) and gone in part["required"]:
        part["required"] = [r for r in part["required"] if r != gone]
    return schema


def property_type(schema: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    """The first property becomes an integer, or, if it is one, a reference to another schema
    (which may join groups)."""
    part = _object_part(schema)
    if part is None:
        return None
    name = next(iter(part["properties"]))
    if part["properties"][name] == {"type": "integer"}:
        other = next(n for n in names if n not in ("", name))
        part["properties"][name] = {"$ref": models.COMPONENT_PREFIX + other}
    else:
        part["properties"][name] = {"type": "integer"}
    return schema


def required_toggled(schema: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    part = _object_part(schema)
    if part is None:
        return None
    name = next(iter(part["properties"]))
    required = list(part.get("required") or [])
    part["required"] = [r for r in required if r != name] if name in required \
        else required + [name]
    return schema


def nullable_toggled(schema: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    """The schema itself becomes nullable (or stops being): what a field of its type shows."""
    if schema.get("nullable"):
        del schema["nullable"]
    else:
        schema["nullable"] = True
    return schema


def field_nullable(schema: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    """The first property's type gains (or loses) `null`."""
    part = _object_part(schema)
    if part is None:
        return None
    name = next(iter(part["properties"]))
    prop = part["properties"][name]
    if not isinstance(prop, dict):
        return None
    if isinstance(prop.get("anyOf"), list) and {"type": "null"} in prop["anyOf"]:
        prop["anyOf"] = [p for p in prop["anyOf"] if p != {"type": "null"}]
    elif isinstance(prop.get("type"), str):
        prop["type"] = [prop["type"], "null"]
    else:
        part["properties"][name] = {"anyOf": [prop, {"type": "null"}]}
    return schema


def mapping_changed(schema: dict[str, Any], names: list[str]) -> dict[str, Any] | None:
    node = _first(schema, lambda n: isinstance(n.get("discriminator"), dict))
    if node is None:
        return None
    discriminator = node["discriminator"]
    mapping = discriminator.get("mapping")
    if isinstance(mapping, dict) and mapping:
        first = next(iter(mapping))
        discriminator["mapping"] = {("mutated" if k == first else k): v for k, v in mapping.items()}
    else:
        members = [m["$ref"] for m in node.get("oneOf") or node.get("anyOf") or []
                   if isinstance(m, dict) and "$ref" in m]
        if not members:
            return None
        discriminator["mapping"] = {"mutated": members[0]}
    return schema


MUTATIONS: dict[str, Callable[[dict[str, Any], list[str]], dict[str, Any] | None]] = {
    f.__name__: f for f in (description, field_description, enum_added, property_added,
                            property_removed, property_type, required_toggled,
                            nullable_toggled, field_nullable, mapping_changed)}


def mutated(inputs: dict[str, Any], name: str, mutation: str) -> dict[str, Any] | None:
    schema = copy.deepcopy(inputs[name])
    if not isinstance(schema, dict):
        return None
    changed = MUTATIONS[mutation](schema, list(inputs))
    if changed is None or changed == inputs[name]:
        return None
    return {**inputs, name: changed}


def check(warm: Cache, cold: Cache, kind: str, header: str, inputs: dict[str, Any],
          options: dict[str, Any], name: str, mutation: str) -> tuple[bool, int, int] | None:
    """(incremental equals cold, stale schemas, all schemas), or None when the mutation does
    not apply to the schema."""
    changed = mutated(inputs, name, mutation)
    if changed is None:
        return None
    try:
        incremental, stale = build(warm, kind, header, changed, options)
    except Exception as exc:  # noqa: BLE001 - a mutation may make an invalid schema
        incremental, stale = f"{type(exc).__name__}: {exc}", -1
    try:
        whole, _ = build(cold, kind, header, changed, options)
    except Exception as exc:  # noqa: BLE001
        whole = f"{type(exc).__name__}: {exc}"
    return incremental == whole, stale, len(changed)


def main(argv: list[str]) -> int:
    sample = 0  # --sample N: N (schema, mutation) pairs per module, a fixed random choice
    if "--sample" in argv:
        at = argv.index("--sample")
        sample, argv = int(argv[at + 1]), argv[:at] + argv[at + 2:]
    versions = argv or ["006", "008", "010"]
    folder = Path(tempfile.mkdtemp(prefix="mutations-"))
    failures: list[str] = []
    for version in versions:
        if Path(version).is_file():  # another spec, whole (no config)
            every = module_inputs(Path(version), None)
            version = Path(version).name
        else:
            every = module_inputs(sorted(HISTORY.glob(f"{version}-*.json"))[0])
        warm = Cache(folder / f"warm-{version}")
        cold = _ColdCache(folder / "cold")
        for kind, (header, inputs, options) in every.items():
            build(warm, kind, header, inputs, options)  # the previous version, cached
            started = time.perf_counter()
            done = stale_total = 0
            by_mutation: dict[str, int] = {}
            pairs = [(name, mutation) for name in inputs for mutation in MUTATIONS
                     if mutated(inputs, name, mutation) is not None]
            if sample and len(pairs) > sample:
                pairs = random.Random(11).sample(pairs, sample)
            for name, mutation in pairs:
                outcome = check(warm, cold, kind, header, inputs, options, name, mutation)
                if outcome is None:
                    continue
                same, stale, _ = outcome
                done += 1
                stale_total += max(stale, 0)
                by_mutation[mutation] = by_mutation.get(mutation, 0) + 1
                if not same:
                    failures.append(f"{version} {kind} {name} {mutation}")
                    print(f"DIFFERENT: {failures[-1]}", flush=True)
            print(f"{version} {kind}: {done} mutations of {len(inputs)} schemas "
                  f"({by_mutation}), mean stale {stale_total / max(done, 1):.1f}, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)
    print(f"{len(failures)} mutations differ" + "".join(f"\n  {f}" for f in failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
