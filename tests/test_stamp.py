"""The nothing-changed fast path (generator/machinery/stamp.py): a run whose inputs and output are
those of the last run stops at once, and every change to either takes the full path. Through the
command line, as `make generate` runs it, with a cache of the test's own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import args as args_module
from generator.machinery import stamp

ROOT = Path(__file__).resolve().parents[1]
FAST = "nothing to do"

SPEC = """\
openapi: 3.1.0
info: {title: Stamps, version: '1'}
paths:
  /widgets/{widget_id}:
    get:
      operationId: getWidget
      parameters:
        - {name: widget_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
components:
  schemas:
    Widget:
      type: object
      required: [id]
      properties:
        id: {type: string, description: The widget's id.}
"""
CONFIG = """\
package: stamps
client: {sync_class: Stamps, async_class: AsyncStamps}
resources:
  widgets:
    retrieve: GET /widgets/{widget_id}
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "client.yaml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def cli(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GENERATOR_CACHE_DIR": str(project / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(project / "spec.yaml"),
         "--config", str(project / "client.yaml"), "--out", str(project / "out"), *extra],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def test_second_run_takes_the_fast_path_and_leaves_the_folder_alone(project: Path) -> None:
    first = cli(project)
    assert first.returncode == 0, first.stderr
    assert FAST not in first.stderr
    models = project / "out" / "stamps" / "models.py"
    mtime = models.stat().st_mtime_ns
    before = tree(project / "out")
    second = cli(project)
    assert second.returncode == 0, second.stderr
    assert FAST in second.stderr and "no changes" in second.stderr
    assert tree(project / "out") == before
    assert models.stat().st_mtime_ns == mtime
    check = cli(project, "--check")
    assert check.returncode == 0 and "is up to date" in check.stderr


@pytest.mark.parametrize("edit", ["changed", "deleted", "added"])
def test_an_output_file_edited_by_hand_is_restored(project: Path, edit: str) -> None:
    assert cli(project).returncode == 0
    expected = tree(project / "out")
    models = project / "out" / "stamps" / "models.py"
    if edit == "changed":
        models.write_text(models.read_text(encoding="utf-8") + "# mine\n", encoding="utf-8")
    elif edit == "deleted":
        models.unlink()
    else:
        (project / "out" / "stamps" / "extra.py").write_text("x = 1\n", encoding="utf-8")
    check = cli(project, "--check")
    assert check.returncode == 1, check.stderr  # stale, and --check says so
    assert FAST not in check.stderr
    run = cli(project)
    assert run.returncode == 0 and FAST not in run.stderr
    assert tree(project / "out") == expected


def test_a_spec_or_config_edit_takes_the_full_path(project: Path) -> None:
    assert cli(project).returncode == 0
    spec = project / "spec.yaml"
    spec.write_text(SPEC.replace("The widget's id.", "The widget's identifier."), encoding="utf-8")
    run = cli(project)
    assert run.returncode == 0 and FAST not in run.stderr
    assert "The widget's identifier." in (project / "out" / "stamps" / "models.py").read_text(
        encoding="utf-8")
    config = project / "client.yaml"
    config.write_text(CONFIG.replace("retrieve:", "get:"), encoding="utf-8")
    run = cli(project)
    assert run.returncode == 0 and FAST not in run.stderr
    assert "def get(" in (project / "out" / "stamps" / "resources" / "widgets.py").read_text(
        encoding="utf-8")
    assert FAST in cli(project).stderr


def test_an_extensions_folder_created_since_is_an_input(project: Path) -> None:
    assert cli(project).returncode == 0
    extensions = project / "extensions"
    extensions.mkdir()
    (extensions / "helpers.py").write_text("X = 1\n", encoding="utf-8")
    run = cli(project)
    assert run.returncode == 0 and FAST not in run.stderr
    assert (project / "out" / "stamps" / "_extensions" / "helpers.py").exists()


def test_the_other_files_of_a_multi_file_spec_are_inputs(project: Path) -> None:
    """They are known only once the spec is read: the stamp keeps what the last run read of
    each, and an edit of one (two folders down, in JSON) takes the full path."""
    spec = project / "spec.yaml"
    spec.write_text(SPEC.replace('{$ref: "#/components/schemas/Widget"}',
                                 '{$ref: "schemas/widget.yaml"}'), encoding="utf-8")
    (project / "schemas" / "parts").mkdir(parents=True)
    (project / "schemas" / "widget.yaml").write_text(
        "type: object\nproperties:\n  part: {$ref: 'parts/part.json'}\n", encoding="utf-8")
    part = project / "schemas" / "parts" / "part.json"
    part.write_text('{"type": "object", "properties": {"size": {"type": "integer"}}}',
                    encoding="utf-8")
    assert cli(project).returncode == 0
    assert FAST in cli(project).stderr
    part.write_text('{"type": "object", "properties": {"weight": {"type": "number"}}}',
                    encoding="utf-8")
    run = cli(project)
    assert run.returncode == 0 and FAST not in run.stderr, run.stderr
    models = (project / "out" / "stamps" / "models.py").read_text(encoding="utf-8")
    assert "weight: float | None" in models and "size" not in models
    assert FAST in cli(project).stderr
    part.unlink()  # a file gone: the full path, which says so
    run = cli(project)
    assert run.returncode == 2 and "no file" in run.stderr and FAST not in run.stderr


def test_warnings_are_said_again(project: Path) -> None:
    spec = project / "spec.yaml"
    spec.write_text(SPEC.replace(
        "        - {name: widget_id, in: path, required: true, schema: {type: string}}",
        "        - {name: widget_id, in: path, required: true, schema: {type: string}}\n"
        "        - {name: session, in: querystring, schema: {type: string}}"), encoding="utf-8")
    first = cli(project)
    warnings = [line for line in first.stderr.splitlines() if line.startswith("warning:")]
    assert first.returncode == 0 and warnings, first.stderr
    second = cli(project)
    assert FAST in second.stderr
    assert [line for line in second.stderr.splitlines() if line.startswith("warning:")] == warnings


def test_usage_is_printed_once(project: Path) -> None:
    shown = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True,
                           text=True, cwd=ROOT, timeout=60)
    assert shown.returncode == 0 and shown.stdout.count("usage:") == 1
    wrong = subprocess.run([sys.executable, "-m", "generator", "--spec", "x.yaml"],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert wrong.returncode == 2 and wrong.stderr.count("usage:") == 1


def test_an_extension_file_is_an_input(project: Path) -> None:
    extensions = project / "extensions"
    extensions.mkdir()
    (extensions / "README.md").write_text("Hand-written.\n", encoding="utf-8")
    assert cli(project).returncode == 0
    assert FAST in cli(project).stderr
    (extensions / "README.md").write_text("Hand-written, edited.\n", encoding="utf-8")
    assert FAST not in cli(project).stderr


def test_no_cache_and_markdown_never_take_it(project: Path) -> None:
    assert cli(project).returncode == 0
    assert FAST not in cli(project, "--no-cache").stderr
    markdown = cli(project, "--summary-format", "markdown")
    assert markdown.returncode == 0 and FAST not in markdown.stderr


def _stamped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    """A stamp made in this process, with the generator's code and templates replaced by copies
    the test may edit, and a site-packages folder of its own."""
    code, templates, site = tmp_path / "generator", tmp_path / "templates", tmp_path / "site-packages"
    shutil.copytree(ROOT / "templates", templates)
    code.mkdir()
    (code / "pipeline.py").write_text("STAGE = 1\n", encoding="utf-8")
    (site / "black-1.0.dist-info").mkdir(parents=True)
    monkeypatch.setattr(stamp, "GENERATOR", code)
    monkeypatch.setattr(stamp, "TEMPLATES", templates)
    monkeypatch.setattr(sys, "path", [str(site)] + sys.path)
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.py").write_text("a = 1\n", encoding="utf-8")
    argv = ["--spec", str(tmp_path / "spec.yaml"), "--out", str(out)]
    args = args_module.parser().parse_args(argv)
    stamp.record(tmp_path / "cache", args, stamp.begin(args), {"a.py": "a = 1\n"}, [], {})
    assert stamp.fast_path(args, stamp.begin(args), tmp_path / "cache") == 0
    return site, argv


@pytest.mark.parametrize("change", ["generator code", "template", "new template",
                                    "tool version", "python version", "another checkout"])
def test_the_generator_itself_is_an_input(change: str, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    site, argv = _stamped(tmp_path, monkeypatch)
    if change == "generator code":
        (tmp_path / "generator" / "pipeline.py").write_text("STAGE = 2\n", encoding="utf-8")
    elif change == "template":
        template = next((tmp_path / "templates").rglob("*.jinja"))
        template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    elif change == "new template":
        (tmp_path / "templates" / "new.jinja").write_text("x\n", encoding="utf-8")
    elif change == "tool version":
        (site / "black-1.0.dist-info").rename(site / "black-1.1.dist-info")
    elif change == "python version":
        monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    else:  # the same files in another place: another checkout sharing the cache
        shutil.copytree(tmp_path / "generator", tmp_path / "other")
        monkeypatch.setattr(stamp, "GENERATOR", tmp_path / "other")
    args = args_module.parser().parse_args(argv)
    assert stamp.fast_path(args, stamp.begin(args), tmp_path / "cache") is None


def test_the_code_is_the_whole_package() -> None:
    """`stamp.py` sits in `generator/machinery/`: what it hashes is the package, not its folder."""
    assert stamp.GENERATOR == ROOT / "generator" and stamp.TEMPLATES == ROOT / "templates"
    assert stamp.sources() == [str(ROOT / "generator"), str(ROOT / "templates")]


SUBPACKAGES = sorted(p.parent.name for p in (ROOT / "generator").glob("*/__init__.py"))


@pytest.mark.parametrize("subpackage", SUBPACKAGES)
def test_every_subpackage_is_an_input(subpackage: str, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A file edited in any layer of the generator takes the full path: no subpackage is named
    like a folder the digests skip (`build`, `dist`, `__pycache__`, `*.egg-info`)."""
    assert len(SUBPACKAGES) >= 5
    assert not stamp.is_ignored((subpackage,))
    code = tmp_path / "generator"
    shutil.copytree(ROOT / "generator", code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(stamp, "GENERATOR", code)
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    args = args_module.parser().parse_args(["--spec", str(tmp_path / "spec.yaml"),
                                            "--out", str(tmp_path / "out")])
    (tmp_path / "out").mkdir()
    stamp.record(tmp_path / "cache", args, stamp.begin(args), {}, [], {})
    assert stamp.fast_path(args, stamp.begin(args), tmp_path / "cache") == 0
    with (code / subpackage / "__init__.py").open("a", encoding="utf-8") as file:
        file.write("# edited\n")
    assert stamp.fast_path(args, stamp.begin(args), tmp_path / "cache") is None


def test_the_fast_path_imports_only_the_command_line_and_the_stamp(project: Path) -> None:
    """Nothing changed: the run imports the command line, the stamp and the cache's location,
    and no other module of the generator nor any third-party one (jinja2, yaml, black...)."""
    assert cli(project).returncode == 0
    env = {**os.environ, "GENERATOR_CACHE_DIR": str(project / "cache")}
    fast = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "generator", "--spec",
         str(project / "spec.yaml"), "--config", str(project / "client.yaml"), "--out",
         str(project / "out")], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert fast.returncode == 0 and FAST in fast.stderr, fast.stderr[-2000:]
    imported = {line.rsplit("|", 1)[1].strip() for line in fast.stderr.splitlines()
                if line.startswith("import time:") and "|" in line} - {"imported package"}
    ours = {name for name in imported if name.split(".")[0] == "generator"}
    assert ours == {"generator", "generator.args", "generator.machinery",
                    "generator.machinery.stamp", "generator.machinery.cache"}, sorted(ours)
    outside = {name.split(".")[0] for name in imported} - set(sys.stdlib_module_names) - \
        {"generator", "site", "sitecustomize", "usercustomize"}
    assert not {n for n in outside if not n.startswith(("_", "__editable__"))}, sorted(outside)


def test_compiled_templates_render_the_same_and_change_no_digest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The templates' bytecode (`render._TemplateBytecode`, beside them in `__pycache__`) is
    read back on the next run: the same files, and no change to the digest of the templates
    that the stamp and the rendered files' cache key take."""
    from generator.emit import render
    from generator.machinery.cache import Cache
    from generator.pipeline import generate

    templates = tmp_path / "templates"
    shutil.copytree(stamp.TEMPLATES, templates, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(render, "TEMPLATES", templates)
    monkeypatch.setattr(render.sys, "dont_write_bytecode", False)
    digest = stamp.folders_digest([str(templates)])
    golden = ROOT / "tests" / "golden" / "polling"
    first = generate(golden / "spec.yaml", golden / "client.yaml", Cache(None)).files
    compiled = sorted((templates / "__pycache__").iterdir())
    assert len(compiled) >= 5
    loaded = []
    real_load = render._TemplateBytecode.load_bytecode

    def load(self: render._TemplateBytecode, bucket: object) -> None:
        real_load(self, bucket)
        loaded.append(bucket.code is not None)  # type: ignore[attr-defined]

    monkeypatch.setattr(render._TemplateBytecode, "load_bytecode", load)
    assert generate(golden / "spec.yaml", golden / "client.yaml", Cache(None)).files == first
    assert loaded and all(loaded)
    assert sorted((templates / "__pycache__").iterdir()) == compiled
    assert stamp.folders_digest([str(templates)]) == digest
