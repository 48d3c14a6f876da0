"""The generator's own promises, by what a user sees (README, "Commands"):

- `--check` exits 0 when the output folder is what the generator makes now, and 1 with the
  unified diff on stdout when it is stale or missing, writing nothing either way;
- the output folder is written as a whole and swapped in at the end: a write that fails
  half-way leaves the previous tree byte for byte, and no temporary folder behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import generator.write as write_module
from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]
PKG = "promises"  # without a config the package is named after the spec title

SPEC = """\
openapi: 3.1.0
info: {title: Promises, version: '1'}
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
        id: {type: string}
        size: {type: integer}
"""


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m generator ...` as a user runs it (cwd: this checkout's generator)."""
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(SPEC)
    return path


@pytest.fixture()
def generated(spec: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    proc = cli("--spec", str(spec), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert (out / PKG / "models.py").is_file()
    return out


# -- --check ---------------------------------------------------------------------------------


def test_check_on_a_fresh_folder_exits_0_and_writes_nothing(spec: Path, generated: Path) -> None:
    before = snapshot(generated)
    proc = cli("--spec", str(spec), "--out", str(generated), "--check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""
    assert "up to date" in proc.stderr
    assert snapshot(generated) == before


def test_check_on_an_edited_file_exits_1_with_the_diff(spec: Path, generated: Path) -> None:
    models = generated / PKG / "models.py"
    models.write_text(models.read_text().replace("size", "sighs"))
    before = snapshot(generated)
    proc = cli("--spec", str(spec), "--out", str(generated), "--check")
    assert proc.returncode == 1, proc.stderr
    assert "--- a/promises/models.py\n+++ b/promises/models.py\n" in proc.stdout
    assert any(line.startswith("-") and "sighs" in line for line in proc.stdout.splitlines())
    assert any(line.startswith("+") and "size" in line for line in proc.stdout.splitlines())
    assert "stale" in proc.stderr
    assert snapshot(generated) == before  # --check writes nothing


def test_check_after_a_spec_change_exits_1(spec: Path, generated: Path) -> None:
    spec.write_text(SPEC.replace("        size: {type: integer}\n",
                                 "        size: {type: integer}\n        color: {type: string}\n"))
    proc = cli("--spec", str(spec), "--out", str(generated), "--check")
    assert proc.returncode == 1
    assert "+++ b/promises/models.py" in proc.stdout and "+    color:" in proc.stdout


def test_check_sees_a_file_the_generator_would_not_write(spec: Path, generated: Path) -> None:
    (generated / PKG / "leftover.py").write_text("x = 1\n")
    proc = cli("--spec", str(spec), "--out", str(generated), "--check")
    assert proc.returncode == 1
    assert "--- a/promises/leftover.py\n+++ /dev/null\n" in proc.stdout


def test_check_on_a_missing_folder_exits_1(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "never_generated"
    proc = cli("--spec", str(spec), "--out", str(out), "--check")
    assert proc.returncode == 1, proc.stderr
    assert "--- /dev/null\n+++ b/promises/models.py\n" in proc.stdout
    assert not out.exists()


def test_check_of_a_bad_spec_exits_2_not_1(spec: Path, generated: Path) -> None:
    spec.write_text(SPEC.replace("#/components/schemas/Widget", "#/components/schemas/Widgit"))
    proc = cli("--spec", str(spec), "--out", str(generated), "--check")
    assert proc.returncode == 2 and proc.stdout == ""
    assert "did you mean '#/components/schemas/Widget'?" in proc.stderr


# -- all or nothing --------------------------------------------------------------------------


def changed_spec(spec: Path) -> None:
    """A spec change that rewrites several files, so a failed write has something to lose."""
    spec.write_text(SPEC.replace("Widget", "Gadget").replace("widget", "gadget"))


def fail_on_write(monkeypatch: pytest.MonkeyPatch, nth: int) -> list[Path]:
    """Make the nth file write of the generator raise, as a full disk would."""
    written: list[Path] = []
    real = Path.write_text

    def write_text(self: Path, *args: Any, **kwargs: Any) -> int:
        written.append(self)
        if len(written) == nth:
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(write_module.Path, "write_text", write_text)
    return written


@pytest.mark.parametrize("nth", [1, 5, -1], ids=["first", "fifth", "last"])
def test_a_write_failing_half_way_leaves_the_previous_tree(
        spec: Path, generated: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], nth: int) -> None:
    before = snapshot(generated)
    files = len(before)
    changed_spec(spec)
    written = fail_on_write(monkeypatch, nth if nth > 0 else files)
    code = main(["--spec", str(spec), "--out", str(generated)])
    err = capsys.readouterr().err
    assert code == 5, err  # not 2: the spec is fine, the disk is not
    assert written, "the injected failure was never reached"
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and "cannot write the output folder" in lines[0] and \
        "No space left on device" in lines[0], err
    assert "Traceback" not in err
    assert snapshot(generated) == before
    assert sorted(os.listdir(generated.parent)) == ["out", "spec.yaml"]  # no temporary folders


def test_a_failing_first_generation_leaves_no_folder(
        spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    fail_on_write(monkeypatch, 3)
    assert main(["--spec", str(spec), "--out", str(tmp_path / "out")]) == 5
    assert "cannot write the output folder" in capsys.readouterr().err
    assert sorted(os.listdir(tmp_path)) == ["spec.yaml"]


def test_a_failing_swap_puts_the_previous_tree_back(
        spec: Path, generated: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The folder is swapped in with two renames (old out of the way, new in): when the second
    fails, the first is undone."""
    before = snapshot(generated)
    changed_spec(spec)
    calls: list[tuple[str, str]] = []
    real = os.replace

    def replace(src: Any, dst: Any) -> None:
        calls.append((str(src), str(dst)))
        if len(calls) == 2:
            raise OSError(16, "Device or resource busy")
        real(src, dst)

    monkeypatch.setattr(write_module.os, "replace", replace)
    assert main(["--spec", str(spec), "--out", str(generated)]) == 5
    assert "Device or resource busy" in capsys.readouterr().err
    assert len(calls) == 3  # moved aside, failed to move in, moved back
    assert snapshot(generated) == before
    assert sorted(os.listdir(generated.parent)) == ["out", "spec.yaml"]


def test_an_output_folder_that_cannot_be_made_exits_5_not_as_a_bad_spec(
        spec: Path, tmp_path: Path) -> None:
    """A write failure is the disk's, not the spec's: its own status (README: 5), one line
    naming the folder, and nothing made."""
    out = tmp_path / "spec.yaml" / "out"  # under a file: the folder cannot be created
    proc = cli("--spec", str(spec), "--out", str(out))
    assert proc.returncode == 5, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and lines[0].startswith(f"error: {out}: cannot write the output "
                                                   f"folder: "), proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(os.listdir(tmp_path)) == ["spec.yaml"]


def test_a_regeneration_replaces_the_whole_folder(spec: Path, generated: Path) -> None:
    """What the generator did not write does not survive it (the folder is its own)."""
    (generated / PKG / "leftover.py").write_text("x = 1\n")
    changed_spec(spec)
    proc = cli("--spec", str(spec), "--out", str(generated))
    assert proc.returncode == 0, proc.stderr
    assert not (generated / PKG / "leftover.py").exists()
    assert "class Gadget" in (generated / PKG / "models.py").read_text()
    assert "class Widget" not in (generated / PKG / "models.py").read_text()
    assert sorted(os.listdir(generated.parent)) == ["out", "spec.yaml"]
    assert cli("--spec", str(spec), "--out", str(generated), "--check").returncode == 0
