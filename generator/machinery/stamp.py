"""The nothing-changed fast path: when the inputs of the last run and the output it left are
both unchanged, there is nothing to generate, and this is known without importing the generator.

After a run that leaves the output folder equal to what it generated, a stamp is kept in the
cache: a digest of every input (the spec and the other files it refers to, the config, the
extensions folder, the generator's code and templates, the Python version and the installed
distributions) and a digest of every output
file. The next run with the same spec, config and output folder hashes those again (a few
milliseconds); if all agree it says so and stops, and anything else (an edited spec or template,
a re-pinned tool, a file of the output edited or deleted by hand) takes the full path.
This module imports only the standard library: it runs before anything else.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

# The package `generator/` (this file is in its `machinery/`): every subpackage is hashed with it.
GENERATOR = Path(__file__).resolve().parents[1]
# The templates are the repository's top-level `templates/`, read where they are from a checkout
# or an editable install; a wheel ships them inside the package as `generator/templates/`
# (pyproject.toml maps the one onto the other).
INSTALLED = (GENERATOR / "templates").is_dir()
TEMPLATES = GENERATOR / "templates" if INSTALLED else GENERATOR.parent / "templates"
# Produced by building or importing the package, never by the generator.
IGNORED_PARTS = frozenset({"__pycache__", "build", "dist", ".pytest_cache"})


def is_ignored(rel_parts: tuple[str, ...]) -> bool:
    return bool(IGNORED_PARTS.intersection(rel_parts)) or any(
        part.endswith(".egg-info") for part in rel_parts
    )


def output_digests(out: Path) -> dict[str, str]:
    """sha256 of every file of the output folder (what `write.existing_files` reads)."""
    found: dict[str, str] = {}
    root = str(out)
    for folder, dirs, files in os.walk(root):
        rel_dir = os.path.relpath(folder, root)
        parts = () if rel_dir == "." else tuple(Path(rel_dir).parts)
        dirs[:] = [d for d in dirs if not is_ignored(parts + (d,))]
        for name in files:
            if is_ignored(parts + (name,)):
                continue
            with open(os.path.join(folder, name), "rb") as file:
                found["/".join(parts + (name,))] = hashlib.sha256(file.read()).hexdigest()
    return found


def text_digests(files: dict[str, str]) -> dict[str, str]:
    return {rel: hashlib.sha256(text.encode("utf-8")).hexdigest() for rel, text in files.items()}


def folders_digest(dirs: list[str]) -> str:
    """The names and contents of every file in these folders (the one way the generator hashes
    code and templates: for the stamp here, for the rendered files' cache key in pipeline.py)."""
    digest = hashlib.sha256()
    for top in dirs:
        digest.update(b"dir\0" + top.encode() + b"\0")
        found: list[str] = []
        for folder, subdirs, names in os.walk(top):
            subdirs[:] = [d for d in subdirs if d != "__pycache__"]
            found += [os.path.relpath(os.path.join(folder, n), top) for n in names]
        for rel in sorted(found):
            digest.update(rel.encode() + b"\0")
            with open(os.path.join(top, rel), "rb") as file:
                digest.update(file.read() + b"\0")
    return digest.hexdigest()


def sources() -> list[str]:
    """The folders of the generator's own code and templates (the templates once, when they sit
    inside the package): what the stamp and the rendered files' cache key hash."""
    inside = TEMPLATES.is_relative_to(GENERATOR)
    return [str(GENERATOR)] + ([] if inside else [str(TEMPLATES)])


def inputs_digest(files: list[str], dirs: list[str]) -> str:
    """Everything a run's output is made from, as one digest."""
    digest = hashlib.sha256(sys.version.encode() + b"\0")
    for entry in sys.path:  # the installed distributions (a re-pinned black or model generator)
        if entry.endswith("site-packages") and os.path.isdir(entry):
            digest.update(
                "\0".join(sorted(n for n in os.listdir(entry) if n.endswith(".dist-info"))).encode()
            )
    for name in files:
        digest.update(b"file\0" + name.encode() + b"\0")
        try:
            with open(name, "rb") as file:
                digest.update(file.read())
        except OSError:
            digest.update(b"\0missing")
    digest.update(folders_digest(dirs).encode())
    return digest.hexdigest()


def _location(cache_dir: Path, args: argparse.Namespace) -> Path:
    key = "\0".join(
        str(p.resolve()) if p is not None else "" for p in (args.spec, args.config, args.out)
    )
    return cache_dir / "stamp" / (hashlib.sha256(key.encode()).hexdigest() + ".json")


def begin(args: argparse.Namespace) -> tuple[list[str], list[str], str]:
    """The inputs of a run and their digest, taken first thing (before the generator is
    imported): an input edited while the run goes on then fails the next comparison instead of
    passing it. The generator is this checkout's, so a cache shared by two checkouts never
    mistakes one's stamp for the other's; the extensions folder is `extensions/` beside the
    config whenever it exists (as config.py reads it), created since the last run included."""
    files = [str(args.spec.resolve())] + ([str(args.config.resolve())] if args.config else [])
    dirs = sources()
    if args.config is not None and (args.config.parent / "extensions").is_dir():
        dirs.append(str((args.config.parent / "extensions").resolve()))
    return files, dirs, inputs_digest(files, dirs)


def record(
    cache_dir: Path,
    args: argparse.Namespace,
    inputs: tuple[list[str], list[str], str],
    files: dict[str, str],
    warnings: Sequence[str],
    spec_files: dict[str, str],
) -> None:
    """Keep the stamp of a run whose output folder now holds exactly `files`. `spec_files`: the
    other files of a multi-file spec, by path, with the digest of what the run read of each
    (only known once the spec is read; a file added to the spec is added by editing one of
    these)."""
    stamp = {
        "inputs": inputs[2],
        "outputs": text_digests(files),
        "warnings": list(warnings),
        "lines": sum(text.count("\n") for text in files.values()),
        "spec_files": spec_files,
    }
    path = _location(cache_dir, args)
    try:  # write-then-rename, like every cache entry; a read-only cache keeps no stamp
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(json.dumps(stamp), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def fast_path(
    args: argparse.Namespace, inputs: tuple[list[str], list[str], str], cache_dir: Path
) -> int | None:
    """The exit status when nothing needs doing (the stamp has these inputs, and the output
    folder is what the stamped run left), else None: the full run decides."""
    started = time.perf_counter()
    if args.summary_format != "text":
        return None
    try:
        stamp = json.loads(_location(cache_dir, args).read_text(encoding="utf-8"))
        if stamp["inputs"] != inputs[2] or output_digests(args.out) != stamp["outputs"]:
            return None
        for name, digest in stamp["spec_files"].items():
            with open(name, "rb") as file:
                if hashlib.sha256(file.read()).hexdigest() != digest:
                    return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    for warning in stamp.get("warnings", []):
        print(f"warning: {warning}", file=sys.stderr)
    if args.check:
        print(f"{args.out} is up to date", file=sys.stderr)
    else:
        print(f"{args.out}: no changes", file=sys.stderr)
        print(
            f"generated {len(stamp['outputs'])} files, {stamp['lines']} lines into {args.out} "
            f"in {time.perf_counter() - started:.2f}s (nothing to do: the inputs and the output "
            f"are those of the last run)",
            file=sys.stderr,
        )
    return 0
