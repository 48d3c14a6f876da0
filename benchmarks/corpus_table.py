"""The corpus table of the README: for each spec of ../shared/corpus/specs, with no config, what
this generator makes of it and what openapi-python-client makes of it.

    .venv/bin/python benchmarks/corpus_table.py [--no-pyright] [--only NAME_PART]

Ours: resources, methods, response models and request params generated, warnings (features
dropped), or the refusal. openapi-python-client (`make bench` installs it): endpoints and model
files generated, endpoints it skipped and schemas it could not parse (its warnings), or its
failure. With pyright (default), the errors pyright reports on each package in its default mode,
as users run it (no `typeCheckingMode` is set; the default of pyright 1.1.414, pinned in
package-lock.json, is `standard`): one run over all of ours (for Python 3.10, which they
target), one over all of theirs (for 3.11: its client imports `typing.Self`); the first errors
of each package go to stderr. Prints the markdown table and writes it to
benchmarks/corpus_results.md. A measurement, not a test: tests/test_corpus.py holds the promises.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.machinery.cache import DEFAULT_DIR, Cache  # noqa: E402
from generator.errors import SpecError  # noqa: E402
from generator.pipeline import generate  # noqa: E402
from generator.machinery.write import write_tree  # noqa: E402

CORPUS = next((p / "shared" / "corpus" / "specs" for p in ROOT.parents[:2]
               if (p / "shared" / "corpus" / "specs").is_dir()),
              ROOT.parent / "shared" / "corpus" / "specs")
BIN = Path(sys.executable).parent
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Ours:
    refused: str | None = None
    resources: int = 0
    methods: int = 0
    models: int = 0
    params: int = 0
    warnings: int = 0
    seconds: float = 0.0
    package: Path | None = None
    type_errors: int | None = None


@dataclass
class Theirs:
    rc: int = 0
    endpoints: int = 0
    models: int = 0
    skipped: int = 0
    unparsed: int = 0
    warnings: int = 0
    failure: str = ""
    seconds: float = 0.0
    package: Path | None = None
    type_errors: int | None = None
    notes: list[str] = field(default_factory=list)


def operations(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="utf-8")
        doc = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=yaml.CSafeLoader)
    except Exception:  # noqa: BLE001 - counted as unknown
        return None
    paths = doc.get("paths") if isinstance(doc, dict) else None
    if not isinstance(paths, dict):
        return 0
    return sum(1 for item in paths.values() if isinstance(item, dict)
               for m in METHODS if isinstance(item.get(m), dict))


def run_ours(spec: Path, out: Path) -> Ours:
    started = time.perf_counter()
    try:
        result = generate(spec, None, Cache(DEFAULT_DIR))
    except SpecError as exc:
        return Ours(refused=exc.message)
    write_tree(out, result.files)
    resources = methods = 0
    stack = list(result.api.resources)
    while stack:
        resource = stack.pop()
        resources += 1
        methods += len(resource.methods)
        stack.extend(resource.children)
    return Ours(resources=resources, methods=methods, models=len(result.api.model_names),
                params=len(result.api.param_names), warnings=len(result.api.warnings),
                seconds=time.perf_counter() - started, package=out / result.package)


def run_theirs(spec: Path, out: Path) -> Theirs:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    started = time.perf_counter()
    proc = subprocess.run([str(BIN / "openapi-python-client"), "generate", "--path", str(spec),
                           "--output-path", str(out), "--overwrite", "--meta", "none"],
                          capture_output=True, text=True, env=env, timeout=900)
    theirs = Theirs(rc=proc.returncode, seconds=time.perf_counter() - started)
    text = proc.stdout + proc.stderr
    theirs.skipped = len(re.findall(r"Endpoint will not be generated", text))
    theirs.unparsed = len(re.findall(r"^Unable to parse schema", text, re.M))
    theirs.warnings = len(re.findall(r"^(WARNING|Unable to)", text, re.M))
    if out.is_dir():
        theirs.endpoints = sum(1 for p in out.glob("api/*/*.py") if p.name != "__init__.py")
        theirs.models = sum(1 for p in out.glob("models/*.py") if p.name != "__init__.py")
        theirs.package = out
    if proc.returncode != 0 or not out.is_dir():
        lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith(" ")]
        useful = [ln for ln in lines if not ln.startswith(
            ("If you believe", "Generating", "Error(s) encountered", "Warning(s) encountered"))]
        theirs.failure = (useful[0] if useful else f"exit {proc.returncode}")[:90]
    return theirs


def pyright_counts(packages: dict[str, Path], folder: Path, python: str) -> dict[str, int]:
    """Errors of pyright per package, in its default mode (`standard`), for the Python version
    the package targets. No `typeCheckingMode` is set: the mode is pyright's own default."""
    folder.mkdir(parents=True, exist_ok=True)
    config = {"include": [os.path.relpath(p, folder) for p in packages.values()],
              "pythonVersion": python}
    (folder / "pyrightconfig.json").write_text(json.dumps(config))
    proc = subprocess.run([str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable,
                           "-p", str(folder)], capture_output=True, text=True, timeout=1800)
    report = json.loads(proc.stdout)
    counts = {key: 0 for key in packages}
    for d in report["generalDiagnostics"]:
        if d["severity"] == "error":
            key = next(k for k, p in packages.items() if d["file"].startswith(str(p) + os.sep))
            counts[key] += 1
            if counts[key] <= 3:
                where = os.path.relpath(d["file"], packages[key])
                line = d["range"]["start"]["line"] + 1
                message = d["message"].splitlines()[0]
                print(f"{key}: {where}:{line}: {message} ({d.get('rule', '')})", file=sys.stderr)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-pyright", action="store_true")
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    specs = sorted(p for p in CORPUS.iterdir() if args.only in p.name)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for spec in specs:
            key = re.sub(r"\W", "_", spec.stem)
            ours = run_ours(spec, folder / "ours" / key)
            theirs = run_theirs(spec, folder / "theirs" / key)
            print(f"{spec.name}: ours {ours.seconds:.1f}s, openapi-python-client "
                  f"{theirs.seconds:.1f}s", file=sys.stderr)
            rows.append((spec, ours, theirs))
        if not args.no_pyright and PYRIGHT.exists():
            counts = pyright_counts({f"ours/{s.name}": o.package for s, o, _ in rows
                                     if o.package}, folder / "ours", "3.10")
            counts |= pyright_counts({f"theirs/{s.name}": t.package for s, _, t in rows
                                      if t.package}, folder / "theirs", "3.11")
            for spec, ours, theirs in rows:
                ours.type_errors = counts.get(f"ours/{spec.name}")
                theirs.type_errors = counts.get(f"theirs/{spec.name}")
    table = render(rows, pyright=not args.no_pyright)
    print(table)
    if not args.only:
        (ROOT / "benchmarks" / "corpus_results.md").write_text(table)


def render(rows: list[tuple[Path, Ours, Theirs]], pyright: bool) -> str:
    head = ["spec", "operations", "ours: generated", "ours: warnings"]
    head += ["ours: pyright errors"] if pyright else []
    head += ["openapi-python-client: generated", "skipped / warnings"]
    head += ["theirs: pyright errors"] if pyright else []
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for spec, ours, theirs in rows:
        ops = operations(spec)
        if ours.refused:
            mine = f"refused: {ours.refused[:90]}"
        else:
            mine = (f"{ours.resources} resources, {ours.methods} methods, {ours.models} models, "
                    f"{ours.params} params")
        if theirs.failure:
            them = f"fails: {theirs.failure}"
        else:
            them = f"{theirs.endpoints} endpoints, {theirs.models} models"
        cells = [f"`{spec.name}`", "?" if ops is None else str(ops), mine,
                 "" if ours.refused else str(ours.warnings)]
        if pyright:
            cells.append("" if ours.type_errors is None else str(ours.type_errors))
        cells += [them, f"{theirs.skipped} endpoints, {theirs.unparsed} schemas / "
                        f"{theirs.warnings}"]
        if pyright:
            cells.append("" if theirs.type_errors is None else str(theirs.type_errors))
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
