"""The generator on the real upstream OpenAI spec (read from ../shared/openapi/)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.plan import ir
from generator.machinery.cache import DEFAULT_DIR, Cache
from generator.read.config import HTTP_METHODS
from generator.read.load import load_spec
from generator.pipeline import generate
from generator.review import _types, summarize
from generator.machinery.write import write_tree

ROOT = Path(__file__).resolve().parents[1]
UPSTREAM = ROOT.parent / "shared" / "openapi"
OLD, NEW = UPSTREAM / "openai-2026-07-22.yaml", UPSTREAM / "openai-2026-08-21.yaml"
CONFIG = ROOT / "spec" / "client.yaml"


@pytest.fixture(scope="module")
def cache() -> Cache:
    assert NEW.exists() and OLD.exists(), f"upstream specs missing: expected them in {UPSTREAM}"
    return Cache(DEFAULT_DIR)


def _spec_operations(spec: Path) -> int:
    doc = load_spec(spec)
    return sum(1 for item in doc["paths"].values() for m in HTTP_METHODS if m in item)


def test_config_cut_has_typed_responses_for_all_21(cache: Cache) -> None:
    api = generate(NEW, CONFIG, cache).api
    ops = {}

    for r in ir.walk(api.resources):
        for m in r.methods:
            ops[".".join(r.trail + (m.name,))] = m.operation
    assert len(ops) == 21
    untyped = [name for name, op in ops.items() if op.response_kind is not ir.ResponseKind.MODEL]
    assert untyped == ["files.content"]  # a download: BinaryResponse, by design
    pages = sorted(name for name, op in ops.items() if op.page_item)
    assert pages == ["batches.list", "evals.list", "evals.runs.list",
                     "evals.runs.output_items.list", "files.list"]


def test_client_behaviour_tests_pass_on_the_upstream_generation(cache: Cache, tmp_path: Path) -> None:
    """The whole client behaviour suite, against the package generated from the upstream spec."""
    out = tmp_path / "upstream"
    write_tree(out, generate(NEW, CONFIG, cache).files)
    tests = sorted(str(p) for p in (ROOT / "tests").glob("test_client_*.py"))
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "CLIENT_PACKAGE_DIR": str(out)},
    )
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-2000:]
    assert proc.returncode == 0 and " passed" in summary and "failed" not in summary, \
        proc.stdout[-4000:]


def test_spec_update_changes_only_what_the_spec_changed(cache: Cache) -> None:
    """07-22 -> 08-21: one new WebSearchTool field, new ImageGenTool models and text, a
    reworded file download summary. Nothing renamed, reordered or churned elsewhere."""
    old = generate(OLD, CONFIG, cache).files
    new = generate(NEW, CONFIG, cache).files
    changed = sorted(p for p in old if old[p] != new.get(p))
    assert set(old) == set(new)
    assert changed == ["README.md", "openai_evals/models.py", "openai_evals/params.py",
                       "openai_evals/resources/files.py"]
    for module, expected in (("models", {"ImageGenTool", "WebSearchTool"}),
                             ("params", {"ImageGenToolParam", "WebSearchToolParam"})):
        before = _types(old[f"openai_evals/{module}.py"])
        after = _types(new[f"openai_evals/{module}.py"])
        assert list(before) == list(after), "classes renamed or reordered"
        assert {n for n in before if before[n] != after[n]} == expected
    assert "WebSearchTool: external_web_access added" in str(summarize(old, new, "openai_evals"))


@pytest.fixture(scope="module")
def whole_api(cache: Cache, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("whole") / "out"
    result = generate(NEW, None, cache)
    write_tree(out, result.files)
    return out, result


def test_whole_api_every_operation_has_a_method(whole_api) -> None:
    _, result = whole_api
    count = 0

    def walk(resources):
        nonlocal count
        for r in resources:
            count += len(r.methods)
            walk(r.children)

    walk(result.api.resources)
    assert count == _spec_operations(NEW)


def test_whole_api_every_module_imports(whole_api) -> None:
    out, result = whole_api
    assert result.package == "openai_api"  # named after the spec's title
    code = (
        "import importlib, pkgutil, openai_api, openai_api.models, openai_api.params\n"
        "import openai_api.resources as r\n"
        "for m in pkgutil.iter_modules(r.__path__):\n"
        "    importlib.import_module('openai_api.resources.' + m.name)\n"
        "from openai_api import OpenAIAPI\n"  # named after the title
        # two bearer schemes (the admin endpoints have their own): named after themselves
        "c = OpenAIAPI(api_key_auth='k', admin_api_key_auth='a', base_url='http://127.0.0.1:9')\n"
        "print(len(list(pkgutil.iter_modules(r.__path__))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(out)}, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert int(proc.stdout) > 100


def test_whole_api_pyright_standard_reports_no_error(whole_api, tmp_path: Path) -> None:
    """As users run pyright (its default, standard mode) on the whole API's models and params,
    where `allOf` subclasses redeclare fields of their bases (25 errors before their ignore
    comments named the rules they break)."""
    out, result = whole_api
    package = out / result.package
    config = {"include": [os.path.relpath(package / name, tmp_path)
                          for name in ("models.py", "params.py")],
              "typeCheckingMode": "standard", "pythonVersion": "3.10"}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    proc = subprocess.run([str(ROOT / "node_modules" / ".bin" / "pyright"), "--outputjson",
                           "--pythonpath", sys.executable, "-p", str(tmp_path)],
                          capture_output=True, text=True, timeout=900)
    report = json.loads(proc.stdout)
    errors = [f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
              for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert report["summary"]["filesAnalyzed"] >= 2, proc.stdout[-2000:]
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(errors[:20])


def test_whole_api_update_renames_nothing(cache: Cache, whole_api) -> None:
    _, new_result = whole_api
    old = generate(OLD, None, cache).files
    new = new_result.files
    old_models = _types(old["openai_api/models.py"])
    new_models = _types(new["openai_api/models.py"])
    # Upstream dropped three schemas in this update; everything else keeps its name.
    removed = set(old_models) - set(new_models)
    assert removed <= {"BetaServiceTier", "Conversation2", "BetaConversation2"}, removed
    kept = [n for n in old_models if n in new_models]
    assert kept == [n for n in new_models if n in old_models], "classes reordered"
