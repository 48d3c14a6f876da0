"""The 13 real versions of the evals/batches/files slice of the upstream spec (2025-04 to 2026-08,
read from ../shared/openapi/history/), generated with spec/client.yaml, walked update by update:

(a) every version generates and its package serves the 21 methods over HTTP;
(b) nothing generated moves or changes unless the spec object it comes from changed: no reorder,
    no rename, no ripple;
(c) the classification of every update is the one stated here.

The 13 generations come from the generator's cache after the first run (a module fixture; about
2 s warm, 40 s cold on the 2-core machine).
"""

from __future__ import annotations

import ast
import difflib
import importlib
import inspect
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from generator.machinery.cache import DEFAULT_DIR, Cache
from generator.read.config import HTTP_METHODS, MethodRef, load_config
from generator.plan.names import component_names, pascal
from generator.pipeline import generate
from generator.review import summarize
from tests.support.server import Reply, ScriptedServer

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the repository (a worktree under wt/ has it one level further up).
HISTORY = next((p / "shared" / "openapi" / "history" for p in (ROOT.parent, ROOT.parent.parent)
                if (p / "shared").is_dir()), ROOT.parent / "shared" / "openapi" / "history")
CONFIG = ROOT / "spec" / "client.yaml"
PKG = "openai_evals"


@pytest.fixture(scope="module")
def versions() -> list[tuple[str, dict[str, Any], dict[str, str]]]:
    """(name, spec document, generated files) for every version, oldest first."""
    specs = sorted(HISTORY.glob("[0-9][0-9][0-9]-*.json"))
    assert len(specs) == 13, f"expected the 13 history versions in {HISTORY}"
    cache = Cache(DEFAULT_DIR)
    started = time.perf_counter()
    out = [(p.name[:3], json.loads(p.read_text()), generate(p, CONFIG, cache).files)
           for p in specs]
    print(f"\n13 versions generated in {time.perf_counter() - started:.1f}s "
          f"(cache: {cache.hits} hits, {cache.misses} misses)")
    return out


def _updates(versions):
    return [(a, b) for a, b in zip(versions, versions[1:])]


# -- (a) every version generates and serves the 21 methods --------------------------------------


def _methods() -> list[MethodRef]:
    methods = load_config(CONFIG).methods
    assert methods is not None and len(methods) == 21
    return list(methods)


def _value(annotation: str) -> Any:
    """A value of the right shape for a required argument (the server does not look)."""
    if annotation.startswith("Literal["):
        return ast.literal_eval(ast.parse(annotation, mode="eval").body.slice.elts[0]  # type: ignore[attr-defined]
                                if "," in annotation else
                                ast.parse(annotation, mode="eval").body.slice)  # type: ignore[attr-defined]
    return {"str": "x", "int": 1, "FileTypes": ("a.jsonl", b"{}\n")}.get(annotation, {})


def test_every_version_serves_the_21_methods(versions, tmp_path: Path) -> None:
    methods = _methods()
    with ScriptedServer() as server:
        for name, _, files in versions:
            package = f"{PKG}_h{name}"
            for rel, text in files.items():
                if rel.startswith(f"{PKG}/"):
                    target = tmp_path / package / rel[len(PKG) + 1:]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text)
            sys.path.insert(0, str(tmp_path))
            try:
                module = importlib.import_module(package)
            finally:
                sys.path.remove(str(tmp_path))
            client = module.OpenAI(api_key="k", base_url=server.url, max_retries=0)
            server.reset()
            for ref in methods:
                path = re.sub(r"\{(\w+)\}", lambda m: f"{m.group(1)}-1", ref.path)
                server.route(ref.http_method.upper(), "/" + path.lstrip("/"), Reply(json={
                    "id": "x", "object": "thing", "data": [], "has_more": False,
                    "deleted": True}))
                target: Any = client
                for part in ref.resource:
                    target = getattr(target, part)
                method = getattr(target, ref.name)
                kwargs = {p.name: (f"{p.name}-1" if f"{{{p.name}}}" in ref.path else
                                   _value(str(p.annotation)))
                          for p in inspect.signature(method).parameters.values()
                          if p.default is inspect.Parameter.empty}
                result = method(**kwargs)
                assert result is not None, (name, ref)
                last = server.requests[-1]
                assert (last.method, last.path) == (ref.http_method.upper(), path), (name, ref)
            assert len(server.requests) == 21 and server.errors == [], name
            client.close()
            for mod in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
                del sys.modules[mod]


# -- (b) nothing moves or changes unless its spec object changed --------------------------------


def _units(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Top-level classes and assignments (in a class: its methods, each with its class name) as
    (key, source) in file order, and the lines that belong to none of them."""
    lines = text.splitlines()
    units: list[tuple[str, str]] = []
    covered: set[int] = set()

    def take(key: str, node: ast.stmt) -> None:
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        end = node.end_lineno or node.lineno
        units.append((key, "\n".join(lines[start - 1:end])))
        covered.update(range(start - 1, end))

    for node in ast.parse(text).body:
        if isinstance(node, ast.ClassDef) and any(
                isinstance(i, (ast.FunctionDef, ast.AsyncFunctionDef)) for i in node.body):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    take(f"{node.name}.{item.name}", item)
        elif isinstance(node, (ast.ClassDef, ast.Assign, ast.AnnAssign)):
            name = node.name if isinstance(node, ast.ClassDef) else ast.unparse(
                node.targets[0] if isinstance(node, ast.Assign) else node.target)
            take(name, node)
    rest = [line for i, line in enumerate(lines) if i not in covered]
    return units, rest


def _readme_blocks(text: str) -> tuple[dict[str, str], list[str]]:
    """The API reference entries of the generated README, by `METHOD /path`, and the rest."""
    blocks: dict[str, str] = {}
    rest: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines() + [""]:
        if line.startswith("- `") or (current is not None and line.startswith("  ")):
            if line.startswith("- `"):
                current = []
            assert current is not None
            current.append(line)
            continue
        if current:
            key = re.search(r"`([A-Z]+ /\S*)`", "\n".join(current))
            if key:
                blocks[key.group(1)] = "\n".join(current)
            else:  # a list entry that is not an operation (the hand-written files)
                rest.extend(current)
            current = None
        rest.append(line)
    return blocks, rest


def _changed_sources(old: dict[str, Any], new: dict[str, Any]) -> set[str]:
    """Component schemas (by original name) and operations (`METHOD /path`) that differ."""
    changed = set()
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    for name in set(old_schemas) | set(new_schemas):
        if old_schemas.get(name) != new_schemas.get(name):
            changed.add(name)
            for schema in (old_schemas.get(name), new_schemas.get(name)):
                for prop in (schema or {}).get("properties") or {}:
                    changed.add(f"field {pascal(prop)}")
    for path in set(old["paths"]) | set(new["paths"]):
        for method in HTTP_METHODS:
            if _operation(old, path, method) != _operation(new, path, method):
                changed.add(f"{method.upper()} {path}")
    return changed


def _operation(doc: dict[str, Any], path: str, method: str) -> Any:
    """An operation with what it takes from its path item and from non-schema components."""
    item = doc["paths"].get(path) or {}
    if method not in item:
        return None

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/") and \
                    not ref.startswith("#/components/schemas/"):
                kind, name = ref.split("/")[2:4]
                return inline(doc["components"][kind][name])
            return {k: inline(v) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return inline({"parameters": item.get("parameters"), "op": item[method]})


def _source(unit: str, classes: dict[str, str], methods: dict[str, str]) -> str | None:
    """The spec object a generated unit comes from: the component whose class name is the longest
    prefix of the unit's (lifted inline schemas are named after where they sit), or the operation
    of a method, or the fields of that name (see below)."""
    if unit in methods:
        return methods[unit]
    # A schema that is itself called `XParam` has the TypedDict `XInputParam` (names.py).
    stems = (unit, unit.removesuffix("Param"), unit.removesuffix("InputParam") + "Param")
    best = max((c for c in classes if any(s.startswith(c) for s in stems)), key=len, default=None)
    # A union alias the model generator names after the field it types (`TestingCriteria`).
    return classes[best] if best else f"field {unit.removesuffix('Param')}"


def _inline_bodies(doc: dict[str, Any]) -> dict[str, str]:
    """An inline request body or response is named after its operation: `CreateBatchRequest`."""
    out = {}
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict) and op.get("operationId"):
                for suffix in ("Request", "Response"):
                    out[pascal(op["operationId"]) + suffix] = f"{method.upper()} {path}"
    return out


def _method_sources(files: dict[str, str]) -> dict[str, str]:
    """`resources/evals_runs.py:Runs.create` -> `POST /evals/{eval_id}/runs` (sync and async)."""
    by_trail = {(".".join(m.resource), m.name): f"{m.http_method.upper()} {m.path}"
                for m in _methods()}
    for poller in load_config(CONFIG).polling:  # `poll` repeats one method, `create_and_poll` another
        trail = ".".join(poller.resource)
        by_trail[(trail, "poll")] = by_trail[(trail, poller.poll)]
        if poller.create_and_poll:
            by_trail[(trail, "create_and_poll")] = by_trail[(trail, poller.create_and_poll)]
    out = {}
    for rel, text in files.items():
        if not rel.startswith(f"{PKG}/resources/") or rel.endswith("__init__.py"):
            continue
        trail = text.split("`")[1]
        for key, _ in _units(text)[0]:
            method = key.split(".")[-1]
            if (trail, method) in by_trail:
                out[f"{rel}:{key}"] = by_trail[(trail, method)]
    return out


def test_no_reorder_rename_or_ripple(versions) -> None:
    problems = [p for (old_name, old_doc, old), (new_name, new_doc, new) in _updates(versions)
                for p in _stability_problems(f"{old_name} -> {new_name}", old_doc, new_doc,
                                             old, new)]
    assert problems == []


def test_the_stability_check_sees_a_reorder_a_ripple_and_a_rename(versions) -> None:
    """The check above, on an update it passes (008 -> 009: one new WebSearchTool field) with
    the generated output spoiled three ways."""
    (_, old_doc, old), (_, new_doc, new) = versions[7], versions[8]
    assert _stability_problems("", old_doc, new_doc, old, new) == []
    models = new[f"{PKG}/models.py"]
    first = models.index("\nclass Batch(BaseModel):")
    second = models.index("\nclass BatchError(BaseModel):")
    third = models.index("\nclass BatchErrors(BaseModel):")
    reordered = models[:first] + models[second:third] + models[first:second] + models[third:]
    rippled = models.replace("class Eval(BaseModel):\n", "class Eval(BaseModel):\n    x: int\n")
    renamed = models.replace("BatchRequestCounts", "BatchCounts")
    for spoiled, expected in ((reordered, "units reordered"), (rippled, "Eval changed but Eval did not"),
                              (renamed, "BatchCounts came or went")):
        problems = _stability_problems("", old_doc, new_doc, old,
                                       {**new, f"{PKG}/models.py": spoiled})
        assert any(expected in p for p in problems), problems


def _stability_problems(update: str, old_doc: dict[str, Any], new_doc: dict[str, Any],
                        old: dict[str, str], new: dict[str, str]) -> list[str]:
    """What moved or changed in the generated files while the spec object behind it did not."""
    problems: list[str] = []
    changed = _changed_sources(old_doc, new_doc)
    classes = {python: original for original, python in component_names(
        {**old_doc["components"]["schemas"], **new_doc["components"]["schemas"]}).items()}
    classes.update(_inline_bodies(old_doc))
    classes.update(_inline_bodies(new_doc))
    sources = {**_method_sources(old), **_method_sources(new)}
    if set(old) != set(new):
        problems.append(f"{update}: files came or went: {sorted(set(old) ^ set(new))}")
    for rel in sorted(set(old) & set(new)):
        if old[rel] == new[rel]:
            continue
        if rel == "README.md":
            old_blocks, old_rest = _readme_blocks(old[rel])
            new_blocks, new_rest = _readme_blocks(new[rel])
            if old_rest != new_rest:
                problems.append(f"{update}: README changed outside the API reference")
            if list(old_blocks) != list(new_blocks):
                problems.append(f"{update}: README entries moved")
            problems += [f"{update}: README entry of {key} changed, its operation did not"
                         for key in old_blocks if key in new_blocks and
                         old_blocks[key] != new_blocks[key] and key not in changed]
            continue
        if not (rel.startswith(f"{PKG}/resources/") or rel in (f"{PKG}/models.py",
                                                               f"{PKG}/params.py")):
            problems.append(f"{update}: {rel} changed, and no spec object makes it")
            continue
        old_units, old_rest = _units(old[rel])
        new_units, new_rest = _units(new[rel])
        before, after = dict(old_units), dict(new_units)
        kept_old = [k for k, _ in old_units if k in after]
        kept_new = [k for k, _ in new_units if k in before]
        if kept_old != kept_new:
            problems.append(f"{update}: {rel}: units reordered")
        touched = []
        for key in kept_old:
            if before[key] == after[key]:
                continue
            source = _source(f"{rel}:{key}" if "resources/" in rel else key, classes, sources)
            if source is None or source not in changed:
                problems.append(
                    f"{update}: {rel}: {key} changed but {source or 'nothing'} did not\n" +
                    "\n".join(difflib.unified_diff(before[key].splitlines(),
                                                   after[key].splitlines(), lineterm="")))
            touched.append(key)
        for key in [k for k in before if k not in after] + [k for k in after if k not in before]:
            # Methods come from the config, the same for every version: they never come or go.
            source = None if "resources/" in rel else _source(key, classes, sources)
            if source is None or source not in changed:
                problems.append(f"{update}: {rel}: {key} came or went but {source} did not "
                                f"change")
            touched.append(key)
        if old_rest != new_rest and not touched:  # imports follow the units that changed
            problems.append(f"{update}: {rel}: lines outside any class changed alone")
    return problems


# -- (c) the classification of every update -------------------------------------------------------

# update -> (version bump, the breaking changes as (kind, where), some non-breaking ones).
EXPECTED: dict[str, tuple[str | None, set[tuple[str, str]], set[tuple[str, str]]]] = {
    # The 3.0 -> 3.1 rewrite: graders renamed and split, fields dropped from EvalResponsesSource,
    # an untyped list typed, Metadata made nullable; and many additions.
    "001 -> 002": ("major", {
        ("request.variant_removed", "evals.create"),
        ("param.removed", "params.TestingCriteria"),
        ("request.enum_value_removed", "CreateEvalResponsesRunDataSourceParam"),
        ("response.variant_removed", "Eval"),
        ("model.renamed", "EvalLabelModelGrader"),
        ("model.removed", "EvalPythonGrader"),
        ("param.removed", "EvalPythonGraderParam"),
        ("response.field_removed", "EvalResponsesSource"),
        ("request.removed", "EvalResponsesSourceParam"),
        ("response.type_changed", "EvalRunOutputItem"),
        ("model.removed", "EvalScoreModelGrader"),
        ("param.removed", "EvalScoreModelGraderParam"),
        ("model.renamed", "EvalStringCheckGrader"),
        ("param.renamed", "EvalStringCheckGraderParam"),
        ("model.removed", "EvalTextSimilarityGrader"),
        ("param.removed", "EvalTextSimilarityGraderParam"),
        ("response.made_optional", "Metadata"),
        ("model.removed", "TestingCriteria"),
    }, {("request.added", "batches.create"), ("request.enum_value_added", "batches.create"),
        ("request.added", "files.create"), ("response.field_added", "Batch"),
        ("model.added", "BatchUsage"), ("response.enum_value_added", "ReasoningEffort")}),
    # Tool schemas: allowed_callers, prompt_cache_breakpoint, a new tool type, new enum values;
    # and the file download asks for application/octet-stream.
    "002 -> 003": ("minor", set(), {
        ("response.field_added", "MCPTool"), ("request.added", "MCPToolParam"),
        ("response.variant_added", "Tool"), ("request.variant_added", "ToolParam"),
        ("response.enum_value_added", "ReasoningEffort"),
        ("method.request", "files.content")}),
    "003 -> 004": ("patch", set(), {("method.request", "files.content")}),  # Accept header back
    # `Batch` split into named parts: the inline BatchErrorsData becomes the component BatchError.
    "004 -> 005": ("major", {("model.renamed", "BatchErrorsData")}, set()),
    "005 -> 006": (None, set(), set()),  # a default removed: the models ignore defaults of lists
    "006 -> 007": (None, set(), set()),  # a minLength removed: params carry no constraints
    "007 -> 008": ("patch", set(), {("method.description", "files.content")}),
    "008 -> 009": ("minor", set(), {("response.field_added", "WebSearchTool"),
                                    ("request.added", "WebSearchToolParam")}),
    "009 -> 010": (None, set(), set()),  # a 429 response everywhere: the runtime handles errors
    "010 -> 011": ("minor", set(), {("response.enum_value_added", "ImageGenTool"),
                                    ("request.enum_value_added", "ImageGenToolParam")}),
    "011 -> 012": (None, set(), set()),  # a description inside an anyOf: not in the code
    "012 -> 013": ("patch", set(), {("description", "ImageGenTool"),
                                    ("description", "ImageGenToolParam")}),
}


def test_every_update_is_classified_as_expected(versions) -> None:
    seen = {}
    for (old_name, _, old), (new_name, _, new) in _updates(versions):
        update = f"{old_name} -> {new_name}"
        bump, breaking, some = EXPECTED[update]
        summary = summarize(old, new, PKG, "1.0.0")
        got = {(c.kind, c.where) for c in summary.changes}
        assert summary.bump == bump, f"{update}:\n{summary}"
        assert {(c.kind, c.where) for c in summary.breaking} == breaking, f"{update}:\n{summary}"
        assert some <= got, f"{update}: missing {some - got}\n{summary}"
        seen[update] = summary
    assert set(seen) == set(EXPECTED)
    # The largest update, as the user saw it: arguments named, never the body TypedDict.
    text = str(seen["001 -> 002"])
    assert "batches.create: output_expires_after added" in text
    assert "CreateBatchRequestParam" not in text


def test_generations_come_from_the_cache(versions) -> None:
    """Walking the history again costs a fraction of a cold generation each."""
    cache = Cache(DEFAULT_DIR)
    started = time.perf_counter()
    for path in sorted(HISTORY.glob("[0-9][0-9][0-9]-*.json")):
        generate(path, CONFIG, cache)
    elapsed = time.perf_counter() - started
    assert cache.misses == 0 and cache.hits > 0
    assert elapsed < 13 * 1.0, f"{elapsed:.1f}s for 13 cached generations"
