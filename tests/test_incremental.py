"""Incremental generation gives the bytes a cold run gives, and those bytes are black's.

* every update of the spec history (`../shared/openapi/history`, with `spec/client.yaml`),
  regenerated with the previous version's cache warm, equals a cold run of the new version,
  and redoes only part of the models and params; so does an update of a big spec (the whole
  upstream API 07-22 -> 08-21, a one-schema edit of it, of Twilio and of Xero);
* black leaves every generated Python file unchanged: the golden fixtures, `generated/` and the
  whole upstream API (models and params are assembled from pieces formatted one group at a
  time, never from black run on the whole module).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cache import DEFAULT_DIR, Cache
from generator.format import black_format
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parents[1]
# ../shared next to the repository (a worktree one level deeper finds it one level up)
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
              ROOT.parent / "shared")
HISTORY = sorted((SHARED / "openapi" / "history").glob("*.json"))
UPSTREAM = SHARED / "openapi" / "openai-2026-08-21.yaml"
UPSTREAM_BEFORE = SHARED / "openapi" / "openai-2026-07-22.yaml"
CORPUS = SHARED / "corpus" / "specs"
CONFIG = ROOT / "spec" / "client.yaml"
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def cold_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict[str, str], int]]:
    """Each history version generated from an empty cache: (its cache, its files, misses)."""
    assert len(HISTORY) == 13, f"expected the 13 history versions in {SHARED / 'openapi/history'}"
    runs = {}
    for spec in HISTORY:
        folder = tmp_path_factory.mktemp("cache")
        cache = Cache(folder)
        runs[spec.name] = (folder, generate(spec, CONFIG, cache).files, cache.misses)
    return runs


@pytest.mark.parametrize("index", range(1, 13), ids=[p.name[:3] for p in HISTORY[1:]])
def test_update_with_previous_cache_equals_cold_run(index: int, cold_runs, tmp_path: Path) -> None:
    before, after = HISTORY[index - 1], HISTORY[index]
    warm = tmp_path / "cache"
    shutil.copytree(cold_runs[before.name][0], warm)
    cache = Cache(warm)
    files = generate(after, CONFIG, cache).files
    _, cold, cold_misses = cold_runs[after.name]
    assert list(files) == list(cold)
    differing = [path for path in files if files[path] != cold[path]]
    assert not differing, f"{before.name} -> {after.name}: incremental differs from cold in {differing}"
    if index >= 2:  # 001 -> 002 rewrote most of the spec; later updates are small
        assert cache.misses < cold_misses / 2, (cache.misses, cold_misses)


_BIG_UPDATES = {  # (before, after) specs; after None: a one-schema edit of before
    "whole API 07-22 -> 08-21": (UPSTREAM_BEFORE, UPSTREAM, None),
    "whole API, one schema": (UPSTREAM, None, "openai"),
    "twilio, one schema": (CORPUS / "twilio__twilio_api_v2010.json", None, "twilio"),
    "xero, one schema": (CORPUS / "xero__xero_accounting.yaml", None, "xero"),
}


@pytest.mark.parametrize("case", list(_BIG_UPDATES))
def test_big_spec_update_with_previous_cache_equals_cold_run(case: str, tmp_path: Path) -> None:
    """An update of a big spec (no config), the previous version's cache warm, gives the
    bytes of a cold run, and redoes only part of it: datamodel-code-generator adds classes of
    its own on the whole API, which are re-emitted with their groups, not the whole module."""
    from benchmarks.spec_edit import EDITS, one_schema_edit

    before, after, edit = _BIG_UPDATES[case]
    assert before.exists(), f"spec missing: {before}"
    if after is None:
        after = one_schema_edit(before, tmp_path / "edited.json", EDITS[str(edit)])
    generate(before, None, Cache(tmp_path / "warm"))
    warm = Cache(tmp_path / "warm")
    files = generate(after, None, warm).files
    cold_cache = Cache(tmp_path / "cold")
    cold = generate(after, None, cold_cache).files
    assert list(files) == list(cold)
    differing = [path for path in files if files[path] != cold[path]]
    assert not differing, f"{case}: incremental differs from cold in {differing}"
    assert warm.misses < cold_cache.misses / 2, (warm.misses, cold_cache.misses)


def _assert_black_clean(files: dict[str, str]) -> None:
    changed = [path for path, text in files.items()
               if path.endswith(".py") and black_format(path, text) != text]
    assert not changed, f"black would reformat {changed}"


def test_black_leaves_golden_fixtures_unchanged() -> None:
    files = {str(p): p.read_text(encoding="utf-8") for p in GOLDEN.glob("*/expected/**/*.py")}
    assert len(files) > 50
    _assert_black_clean(files)


def test_black_leaves_generated_unchanged() -> None:
    files = {str(p): p.read_text(encoding="utf-8") for p in (ROOT / "generated").rglob("*.py")}
    assert any(p.endswith("models.py") for p in files) and any(p.endswith("params.py") for p in files)
    _assert_black_clean(files)


def test_black_leaves_the_whole_upstream_api_unchanged() -> None:
    """The 3 MB upstream spec without config: 1,100 models, 800 TypedDicts, 130 modules."""
    assert UPSTREAM.exists(), f"upstream spec missing: {UPSTREAM}"
    files = generate(UPSTREAM, None, Cache(DEFAULT_DIR)).files  # shares test_upstream's cache
    _assert_black_clean(files)


@pytest.mark.parametrize("fault", ["unsplittable", "a stray class", "a class named like a schema"])
def test_module_redone_whole_when_a_partial_run_cannot_be_cut(fault: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """When datamodel-code-generator's output on the stale groups cannot be cut into pieces
    (a statement we cannot attribute), or holds a class it named itself that a cold run could
    name otherwise (one no re-emitted class uses, or one named like a schema it was not
    given), the module is redone whole, and the update still equals a cold run."""
    from generator import models

    before, after = HISTORY[7], HISTORY[8]  # 008 -> 009: WebSearchTool gains a field
    generate(before, CONFIG, Cache(tmp_path / "warm"))  # groups cached, as before the fault
    split = models._split
    hits: list[int] = []

    def faulty(code: str):
        pieces = split(code)
        hits.append(len(pieces))
        if len(hits) > 1:  # the first run is on part of the models module; then all is well
            return pieces
        if fault == "unsplittable":
            raise models._Unsplittable
        name = "Stray" if fault == "a stray class" else "Batch"  # not given: not stale
        return pieces + [models.Piece(name, f"{name} = int", "", [], [], alias=True)]

    # In this process: workers, forked from a server started before the patch, would not see it.
    monkeypatch.setenv("GENERATOR_JOBS", "1")
    monkeypatch.setattr(models, "_split", faulty)
    warm = Cache(tmp_path / "warm")
    incremental = generate(after, CONFIG, warm).files
    assert len(hits) >= 3, "the fault was never met, or the module not redone"
    monkeypatch.undo()
    cold = generate(after, CONFIG, Cache(None)).files
    assert incremental == cold
    _assert_black_clean({p: t for p, t in cold.items() if p.endswith(("models.py", "params.py"))})


# -- the cache keys, by mutation: any change to one schema, built warm, equals a cold build ----

# Chosen where the keys are subtle (a member of the tagged `Tool` union, the union, a class with a
# field of the union's type, an allOf, an enum), then a fixed random sample; the whole run over
# every schema and mutation is `python -m tests.support.mutations`.
_CHOSEN = [
    ("models", "WebSearchTool", "property_added"),
    ("models", "WebSearchTool", "mapping_changed"),
    ("models", "Tool", "nullable_toggled"),
    ("models", "Tool", "mapping_changed"),
    ("models", "CreateEvalResponsesRunDataSourceSamplingParams", "field_nullable"),
    ("models", "EvalGraderPython", "property_type"),
    ("params", "WebSearchToolParam", "required_toggled"),
    ("params", "ToolParam", "description"),
    ("params", "CreateEvalResponsesRunDataSourceSamplingParamsTextParam", "property_added"),
    ("params", "ImageGenToolParam", "enum_added"),
]


def test_mutations_built_warm_equal_cold(tmp_path: Path) -> None:
    import random

    from tests.support import mutations

    every = mutations.module_inputs(HISTORY[7])  # 008
    warm, cold = Cache(tmp_path), mutations._ColdCache(tmp_path)  # shares black's answers only
    for kind, (header, inputs, options) in every.items():
        mutations.build(warm, kind, header, inputs, options)
    sample = random.Random(11).sample(
        [(kind, name, mutation) for kind in every for name in every[kind][1]
         for mutation in mutations.MUTATIONS], 12)
    checked = []
    for kind, name, mutation in _CHOSEN + sample:
        header, inputs, options = every[kind]
        assert name in inputs, f"{name} is not in the {kind} module of 008 any more"
        outcome = mutations.check(warm, cold, kind, header, inputs, options, name, mutation)
        if outcome is not None:
            checked.append((kind, name, mutation, outcome))
    assert len(checked) >= len(_CHOSEN)
    differing = [c[:3] for c in checked if not c[3][0]]
    assert not differing, f"incremental differs from cold after {differing}"
    # the point of the keys: a union member's new field re-emits the union's group only
    stale = {c[:3]: c[3][1] for c in checked}
    assert stale[("models", "WebSearchTool", "property_added")] <= 19


_MERGING_SPEC = """\
openapi: 3.1.0
info: {title: merging, version: "1"}
paths: {}
components:
  schemas:
    Base:
      type: object
      properties: {b: {type: integer}, a: {type: string}}
      required: [a]
    Child:  # requires Base's optional b: datamodel-code-generator declares b again, typed as Base's
      allOf:
        - $ref: '#/components/schemas/Base'
        - {type: object, properties: {c: {type: string}}, required: [b]}
    Holder:
      type: object
      properties: {child: {$ref: '#/components/schemas/Child'}, base: {$ref: '#/components/schemas/Base'}}
"""


@pytest.mark.parametrize("keys", ["as they are", "blind to what an allOf merges"])
def test_mutation_check_catches_a_key_that_misses_a_dependency(keys: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The mutation check can fail: with keys that treat a merged base like a named type and
    see nothing of it, a change to the base's field leaves the subclass's stale piece in use."""
    from generator import groups
    from tests.support import mutations

    spec = tmp_path / "spec.yaml"
    spec.write_text(_MERGING_SPEC, encoding="utf-8")
    every = mutations.module_inputs(spec, None)
    if keys != "as they are":
        monkeypatch.setattr(groups, "face", lambda schema: None)
        monkeypatch.setattr(groups, "_plain_refs", lambda schema: {
            groups.unescape(r[len(groups.COMPONENT_PREFIX):]) for r in groups.iter_refs(schema)})
    warm, cold = Cache(tmp_path / "cache"), mutations._ColdCache(tmp_path / "cache")
    header, inputs, options = every["models"]
    mutations.build(warm, "models", header, inputs, options)
    outcome = mutations.check(warm, cold, "models", header, inputs, options, "Base",
                              "property_type")
    assert outcome is not None
    assert outcome[0] is (keys == "as they are")
