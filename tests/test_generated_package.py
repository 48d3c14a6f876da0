"""The committed `generated/` package: up to date, strictly typed, and the seeds' surface."""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from generator.machinery.cache import Cache
from generator.pipeline import generate
from generator.machinery.write import diff, write_tree

ROOT = Path(__file__).resolve().parents[1]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
TYPECHECK = Path(__file__).resolve().parent / "typecheck"


def test_generated_is_up_to_date() -> None:
    result = generate(ROOT / "spec/openapi.yaml", ROOT / "spec/client.yaml", Cache(None))
    stale = diff(ROOT / "generated", result.files)
    assert not stale, "generated/ is stale: run `make generate`\n" + stale[:3000]


def test_generation_is_deterministic(tmp_path: Path) -> None:
    first = generate(ROOT / "spec/openapi.yaml", ROOT / "spec/client.yaml", Cache(None)).files
    second = generate(ROOT / "spec/openapi.yaml", ROOT / "spec/client.yaml", Cache(tmp_path)).files
    third = generate(ROOT / "spec/openapi.yaml", ROOT / "spec/client.yaml", Cache(tmp_path)).files
    assert first == second == third


def _pyright(tmp_path: Path, files: list[Path], roots: list[Path] | None = None) -> list[dict[str, object]]:
    assert PYRIGHT.exists(), "pyright is missing: `make test` installs it (npm ci)"
    config = {
        "include": [os.path.relpath(f, tmp_path) for f in files],  # absolute ones are ignored
        "typeCheckingMode": "strict",
        "pythonVersion": "3.10",
        "extraPaths": [str(p) for p in roots or [ROOT / "generated"]],
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    proc = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, "-p", str(tmp_path)],
        capture_output=True, text=True, timeout=300,
    )
    report = json.loads(proc.stdout)
    assert report["summary"]["filesAnalyzed"] >= len(files), proc.stdout[-2000:]
    return [d for d in report["generalDiagnostics"] if d["severity"] == "error"]


def test_package_and_seed_usage_type_check_strict(tmp_path: Path) -> None:
    errors = _pyright(tmp_path, [ROOT / "generated/openai_evals", TYPECHECK / "usage_ok.py"])
    assert not errors, "\n".join(
        f"{e['file']}:{e['range']['start']['line'] + 1}: {e['message']}" for e in errors[:30])


def test_golden_outputs_type_check_strict(tmp_path: Path) -> None:
    """Every golden fixture's package (enums, unions, recursion, clashes, ...) is strict-clean."""
    roots = []
    for fixture in sorted((ROOT / "tests" / "golden").glob("*/spec.yaml")):
        config = fixture.parent / "client.yaml"
        files = generate(fixture, config if config.is_file() else None, Cache(None)).files
        roots.append(tmp_path / "out" / fixture.parent.name)
        write_tree(roots[-1], files)
    packages = [p for root in roots for p in root.iterdir() if p.is_dir()]
    errors = _pyright(tmp_path, packages, roots)
    assert not errors, "\n".join(
        f"{e['file']}:{e['range']['start']['line'] + 1}: {e['message']}" for e in errors[:30])


def test_type_checker_catches_misuse(tmp_path: Path) -> None:
    source = TYPECHECK / "usage_bad.py"
    expected = {i + 1 for i, line in enumerate(source.read_text().splitlines())
                if line.rstrip().endswith("# error")}
    errors = _pyright(tmp_path, [source])
    reported = {e["range"]["start"]["line"] + 1 for e in errors}
    assert expected <= reported, f"not reported: lines {sorted(expected - reported)}"


def test_import_is_lazy() -> None:
    """`import openai_evals` must not build the models: they load with the first resource."""
    code = ("import sys, openai_evals; "
            "print(sorted(m for m in sys.modules if m.startswith('openai_evals')))")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True).stdout
    loaded = eval(out)  # a list literal printed by the child
    assert "openai_evals.models" not in loaded
    assert not any(m.startswith("openai_evals.resources.") for m in loaded)


def test_model_fields_are_resolved_when_read_and_only_then() -> None:
    """`defer_build` leaves a class incomplete until used, its `model_fields` holding
    `ForwardRef`s for classes defined below it. Reading `model_fields` completes that class
    (fresh process, no call made), and only that one: the others stay unbuilt."""
    code = textwrap.dedent("""
        import sys, typing
        from openai_evals import models
        from openai_evals.types import Batch
        classes = [c for c in vars(models).values()
                   if isinstance(c, type) and issubclass(c, models.BaseModel)
                   and c.__module__ == models.__name__]
        assert not any(c.__pydantic_complete__ for c in classes)
        fields = Batch.model_fields
        assert fields["errors"].annotation == models.BatchErrors | None, fields["errors"]
        assert fields["request_counts"].annotation == models.BatchRequestCounts | None
        assert not any(isinstance(a, typing.ForwardRef) for f in fields.values()
                       for a in [f.annotation, *typing.get_args(f.annotation)])
        print(sorted(c.__name__ for c in classes if c.__pydantic_complete__))
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    out = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True,
                         text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert eval(out.stdout) == ["Batch"]  # a list literal printed by the child


def _methods(node: dict[str, object], trail: tuple[str, ...] = ()):
    for name, value in node.items():
        if isinstance(value, dict):
            yield from _methods(value, trail + (name,))
        else:
            method, path = str(value).split()
            yield trail, name, method, path


CONFIG = yaml.safe_load((ROOT / "spec/client.yaml").read_text())
METHODS = list(_methods(CONFIG["resources"]))


def test_all_21_operations_are_methods() -> None:
    assert len(METHODS) == 21


@pytest.mark.parametrize("trail,name,method,path", METHODS,
                         ids=[".".join(m[0] + (m[1],)) for m in METHODS])
def test_method_signature(trail, name, method, path) -> None:
    """The last path parameter is positional, the others keyword-only (the seeds' surface)."""
    from openai_evals import AsyncOpenAI, OpenAI

    path_params = re.findall(r"\{(\w+)\}", path)
    for cls in (OpenAI, AsyncOpenAI):
        client = cls(api_key="sk-test", base_url="http://127.0.0.1:9")
        target: object = client
        for attr in trail:
            target = getattr(target, attr)
        fn = getattr(target, name)
        params = inspect.signature(fn).parameters
        positional = [p for p in params.values()
                      if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        assert [p.name for p in positional] == path_params[-1:]
        for other in path_params[:-1]:
            assert params[other].kind is inspect.Parameter.KEYWORD_ONLY
        for extra in ("extra_headers", "extra_query", "extra_body", "timeout"):
            assert params[extra].kind is inspect.Parameter.KEYWORD_ONLY


@pytest.mark.parametrize("source", sorted((ROOT / "templates" / "runtime").glob("*.py")),
                         ids=lambda p: p.name)
def test_runtime_templates_are_black_formatted(source: Path) -> None:
    """They are copied without formatting (a cold generation saves black's time on them)."""
    from generator.emit.format import black_format

    text = source.read_text()
    assert black_format(source.name, text) == text, f"run black -l 100 -t py310 on {source}"


# -- code ported from the openai SDK: the types its methods return ----------------------------

# What the `openai` SDK's resource methods return (3.57.0), by method; checked against the SDK
# itself when it is installed (`make .venv/.installed-bench`).
SDK_RETURNS = {
    "evals.create": "EvalCreateResponse", "evals.retrieve": "EvalRetrieveResponse",
    "evals.update": "EvalUpdateResponse", "evals.list": "SyncCursorPage[EvalListResponse]",
    "evals.delete": "EvalDeleteResponse",
    "evals.runs.create": "RunCreateResponse", "evals.runs.retrieve": "RunRetrieveResponse",
    "evals.runs.list": "SyncCursorPage[RunListResponse]",
    "evals.runs.delete": "RunDeleteResponse", "evals.runs.cancel": "RunCancelResponse",
    "evals.runs.output_items.retrieve": "OutputItemRetrieveResponse",
    "evals.runs.output_items.list": "SyncCursorPage[OutputItemListResponse]",
    "batches.create": "Batch", "batches.retrieve": "Batch",
    "batches.list": "SyncCursorPage[Batch]", "batches.cancel": "Batch",
    "files.create": "FileObject", "files.retrieve": "FileObject",
    "files.list": "SyncCursorPage[FileObject]", "files.delete": "FileDeleted",
    "files.content": "HttpxBinaryResponseContent",
}


def _our_method(trail: str) -> object:
    from openai_evals import OpenAI

    target: object = OpenAI(api_key="sk-test", base_url="http://127.0.0.1:9")
    for attr in trail.split("."):
        target = getattr(target, attr)
    return target


@pytest.mark.parametrize("trail", sorted(SDK_RETURNS))
def test_sdk_return_types_import_from_types(trail: str) -> None:
    """`from openai_evals.types import RunCreateResponse` (each name the SDK's method returns)
    is the class our method returns, so ported annotations and isinstance checks hold."""
    import typing

    import openai_evals.types as types

    expected = eval(SDK_RETURNS[trail], vars(types))  # noqa: S307 - a type expression above
    returned = typing.get_type_hints(_our_method(trail))["return"]
    assert returned == expected, (trail, returned, expected)
    assert set(re.findall(r"\w+", SDK_RETURNS[trail])) <= set(types.__all__)


def test_sdk_return_types_are_the_sdks() -> None:
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(api_key="sk-test")
    assert len(SDK_RETURNS) == len(METHODS)
    for trail in SDK_RETURNS:
        target: object = client
        for attr in trail.split("."):
            target = getattr(target, attr)
        annotation = inspect.signature(target).return_annotation  # type: ignore[arg-type]
        assert str(annotation).replace("_legacy_response.", "") == SDK_RETURNS[trail], trail


def test_port_types_config_names_a_class_of_the_package(tmp_path: Path) -> None:
    from generator.errors import SpecError

    from tests.support.project import our_config

    config = our_config(tmp_path, (ROOT / "spec/client.yaml").read_text().replace(
        "RunCreateResponse: EvalRun", "RunCreateResponse: EvalRn"))
    with pytest.raises(SpecError) as caught:
        generate(ROOT / "spec/openapi.yaml", config, Cache(None))
    assert str(caught.value) == (f"{config} #/port/types/RunCreateResponse: 'EvalRn' is neither "
                                 "a model nor a runtime class of the package (did you mean 'EvalRun'?)")
