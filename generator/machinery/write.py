"""Stage 7: put the files in place, all or nothing; or compare them with what is there."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from pathlib import Path

from ..errors import OutputError
from .stamp import is_ignored


def existing_files(out: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    if not out.is_dir():
        return found
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out)
        if path.is_dir() or is_ignored(rel.parts):
            continue
        try:
            found[rel.as_posix()] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            found[rel.as_posix()] = "<unreadable>"
    return found


def diff(out: Path, files: dict[str, str]) -> str:
    """A unified diff from what is in `out` to `files`; empty when they are the same."""
    old = existing_files(out)
    chunks: list[str] = []
    for rel in sorted(set(old) | set(files)):
        before, after = old.get(rel), files.get(rel)
        if before == after:
            continue
        chunks.extend(
            difflib.unified_diff(
                (before or "").splitlines(keepends=True),
                (after or "").splitlines(keepends=True),
                fromfile=f"a/{rel}" if before is not None else "/dev/null",
                tofile=f"b/{rel}" if after is not None else "/dev/null",
            )
        )
    return "".join(chunks)


def write_tree(out: Path, files: dict[str, str]) -> None:
    """Write into a fresh folder beside `out`, then swap it in. Until the swap nothing in `out`
    changes, so a failure leaves the previous output exactly as it was."""
    out = out.resolve()
    parent = out.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=parent))
    except OSError as exc:
        raise OutputError(f"cannot write the output folder: {exc}", folder=str(out)) from None
    try:
        for rel, text in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=parent))
            os.replace(out, old / out.name)
            try:
                os.replace(staging, out)
            except OSError:
                os.replace(old / out.name, out)  # put the previous output back
                old.rmdir()  # empty again (and kept, with the output in it, if the above failed)
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, out)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(f"cannot write the output folder: {exc}", folder=str(out)) from None
