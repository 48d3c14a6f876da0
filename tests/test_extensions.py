"""Hand-written code that survives regeneration (`extensions:` in the config, the files of
`extensions/` beside it): copied verbatim, wired as base classes, checked against the spec."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.machinery.cache import Cache
from generator.errors import SpecError
from generator.pipeline import generate
from generator.machinery.write import write_tree
from tests.test_generated_package import _pyright

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "golden" / "extensions"


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def _project(tmp_path: Path, source: Path = ROOT / "spec") -> Path:
    """A copy of a project's inputs (spec, config, extensions/) to edit."""
    target = tmp_path / "spec"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("expected"))
    if (target / "spec.yaml").exists():
        (target / "spec.yaml").rename(target / "openapi.yaml")
    return target


def _cli(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--spec", str(spec / "openapi.yaml"),
                           "--config", str(spec / "client.yaml"), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def _edit_config(spec: Path, edit) -> None:
    config = yaml.safe_load((spec / "client.yaml").read_text())
    edit(config)
    (spec / "client.yaml").write_text(yaml.safe_dump(config, sort_keys=False))


def _line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_extension_is_copied_verbatim_and_inherited() -> None:
    from openai_evals.resources.batches import AsyncBatches, Batches
    from openai_evals._extensions.batches import AsyncBatchesMixin, BatchesMixin

    source = (ROOT / "spec/extensions/batches.py").read_text()
    assert (ROOT / "generated/openai_evals/_extensions/batches.py").read_text() == source
    assert issubclass(Batches, BatchesMixin) and issubclass(AsyncBatches, AsyncBatchesMixin)
    readme = (ROOT / "generated/README.md").read_text()
    assert "`openai_evals/_extensions/batches.py`: `client.batches` inherits `BatchesMixin`" in readme


def test_hand_written_code_is_never_lost_at_regeneration(tmp_path: Path) -> None:
    """Generation reads the extensions and never writes them; a spec update regenerates the
    package around them, and an edit made in the generated copy is replaced by the source."""
    spec = _project(tmp_path)
    before = _tree_digest(spec / "extensions")
    out = tmp_path / "out"
    assert _cli(spec, out).returncode == 0
    copy = out / "openai_evals/_extensions/batches.py"
    copy.write_text(copy.read_text() + "\n# edited in the generated package\n")
    _edit_config(spec, lambda c: c["resources"]["batches"].pop("cancel"))  # a spec/config update
    result = _cli(spec, out)
    assert result.returncode == 0, result.stderr
    assert _tree_digest(spec / "extensions") == before
    assert copy.read_text() == (spec / "extensions/batches.py").read_text()
    resource = (out / "openai_evals/resources/batches.py").read_text()
    assert "class Batches(BatchesMixin):" in resource and "def cancel" not in resource


@pytest.mark.parametrize("drop,used", [
    (("batches", "retrieve"), "Batches.retrieve"),
    (("batches", "create"), "Batches.create"),
    (("files", "content"), "Files.content"),
    (("files", "create"), "Files.create"),
])
def test_a_method_the_extension_uses_is_gone(tmp_path: Path, drop: tuple[str, str], used: str) -> None:
    spec = _project(tmp_path)
    def without(config: dict[str, Any]) -> None:
        config["resources"][drop[0]].pop(drop[1])
        config.get("polling", {}).pop(drop[0], None)  # its poller would be the first complaint

    _edit_config(spec, without)
    source = spec / "extensions/batches.py"
    out = tmp_path / "out"
    result = _cli(spec, out)
    assert result.returncode == 2
    owners = ("self._resource",) if drop[0] == "batches" else ("Files(self._client)",)
    line = min(_line_of(source, f"{owner}.{drop[1]}") for owner in owners)
    assert result.stderr.strip().splitlines() == [
        f"error: {source}:{line}: uses `{used}`, which this generation does not have (removed or "
        f"renamed in the spec?); its methods: "
        + ", ".join(sorted(set(yaml.safe_load((spec / "client.yaml").read_text())["resources"][drop[0]])))]
    assert not out.exists()  # nothing written


def test_a_model_the_extension_imports_is_gone(tmp_path: Path) -> None:
    spec = _project(tmp_path, NOTES)
    text = (spec / "openapi.yaml").read_text().replace("Note", "Memo")  # the spec renames it
    (spec / "openapi.yaml").write_text(text)
    with pytest.raises(SpecError) as caught:
        generate(spec / "openapi.yaml", spec / "client.yaml", Cache(None))
    line = _line_of(spec / "extensions/notes.py", "from ..models import Note")
    assert str(caught.value) == (f"{spec / 'extensions/notes.py'}:{line}: imports model `Note`, which "
                                 f"this generation does not have (removed or renamed in the spec?)")


def test_pyright_catches_type_drift(tmp_path: Path) -> None:
    """The spec changes a parameter's type: generation succeeds (the method is still there),
    and pyright strict flags the hand-written call."""
    spec = _project(tmp_path, NOTES)
    text = (spec / "openapi.yaml").read_text()
    text = text.replace("required: [text]\n              properties:\n                text:\n"
                        "                  type: string",
                        "required: [text]\n              properties:\n                text:\n"
                        "                  type: integer")
    (spec / "openapi.yaml").write_text(text)
    files = generate(spec / "openapi.yaml", spec / "client.yaml", Cache(None)).files
    out = tmp_path / "out"
    write_tree(out, files)
    errors = _pyright(tmp_path, [out / "golden_extensions"], [out])
    flagged = {(Path(str(e["file"])).name, e["range"]["start"]["line"] + 1) for e in errors}  # type: ignore[index]
    notes = spec / "extensions/notes.py"
    assert flagged == {("notes.py", _line_of(notes, "return [self._resource.create")),
                       ("notes.py", _line_of(notes, "return [await self._resource.create"))}, errors


@pytest.mark.parametrize("entry,message", [
    ({"module": "notes", "sync": "NotesMixin"}, "#/extensions/notes/async: missing key 'async'"),
    ({"module": "notes", "sync": "NotesMixin", "async": "AsyncNotesMixin", "x": 1},
     "#/extensions/notes/x: unknown key 'x'"),
    ({"module": "nope", "sync": "NotesMixin", "async": "AsyncNotesMixin"},
     "#/extensions/notes/module: no file .*nope.py for extension module 'nope'"),
    ({"module": "notes", "sync": "Missing", "async": "AsyncNotesMixin"},
     "#/extensions/notes/sync: .*notes.py defines no class 'Missing'"),
    ({"module": "notes", "sync": "NotesMixin", "async": "not a class"},
     "#/extensions/notes/async: 'not a class' is not a class name"),
])
def test_config_errors_name_the_file_and_key(tmp_path: Path, entry: dict[str, object], message: str) -> None:
    spec = _project(tmp_path, NOTES)
    _edit_config(spec, lambda c: c.__setitem__("extensions", {"notes": entry}))
    with pytest.raises(SpecError, match=f"^{re.escape(str(spec / 'client.yaml'))} {message}"):
        generate(spec / "openapi.yaml", spec / "client.yaml", Cache(None))


def test_unknown_resource_and_hidden_methods(tmp_path: Path) -> None:
    spec = _project(tmp_path, NOTES)
    _edit_config(spec, lambda c: c.__setitem__("extensions", {"memos": c["extensions"]["notes"]}))
    with pytest.raises(SpecError, match=r"client.yaml #/extensions/memos: no resource 'memos' in this "
                                        r"generation \(resources: notes, notes.tags\)"):
        generate(spec / "openapi.yaml", spec / "client.yaml", Cache(None))

    spec = _project(tmp_path / "2", NOTES)
    source = spec / "extensions/notes.py"
    source.write_text(source.read_text().replace("def create_many(self, texts: Iterable[str]) -> List[Note]:",
                                                 "def retrieve(self, texts: Iterable[str]) -> List[Note]:"))
    with pytest.raises(SpecError, match=rf"notes.py:{_line_of(source, 'def retrieve')}: NotesMixin.retrieve has "
                                        r"the name of a generated method of `notes`, which would hide it"):
        generate(spec / "openapi.yaml", spec / "client.yaml", Cache(None))


def test_readme_workflows_type_check(tmp_path: Path) -> None:
    """The examples in the generated README's hand-written section are strict-clean."""
    readme = (ROOT / "spec/extensions/README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert len(blocks) == 3
    prelude = ("from typing import Any, Iterator\n\n"
               "def read_requests(path: str) -> Iterator[tuple[str, dict[str, Any]]]: ...\n"
               "def save(custom_id: str, body: object) -> None: ...\n\n")
    source = tmp_path / "readme_examples.py"
    source.write_text(blocks[0].replace("import time\n", "import time\n" + prelude, 1) + blocks[1] + blocks[2])
    errors = _pyright(tmp_path, [source])
    assert not errors, [(e["range"]["start"]["line"] + 1, e["message"]) for e in errors]  # type: ignore[index]
