"""Where a generation's time goes: CPU seconds per stage, in one process (GENERATOR_JOBS=1).

    .venv/bin/python benchmarks/stages.py

Each case runs `python -m generator` in a child with the stages' functions wrapped in timers
(process time): cold (`--no-cache`) and with the previous version's cache warm, on the cut
(spec/client.yaml) and on the whole upstream API (no config). Prints a Markdown table (the
README's per-stage profile). The stages overlap nowhere: a timer inside another is not counted
twice.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = next(p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir())
HISTORY = SHARED / "openapi" / "history"
CONFIG = ROOT / "spec" / "client.yaml"
UPSTREAM = SHARED / "openapi" / "openai-2026-08-21.yaml"
BEFORE = SHARED / "openapi" / "openai-2026-07-22.yaml"
CORPUS = SHARED / "corpus" / "specs"
PETSTORE = CORPUS / "petstore3__openapi.yaml"
TWILIO = CORPUS / "twilio__twilio_api_v2010.json"
XERO = CORPUS / "xero__xero_accounting.yaml"
PY = str(ROOT / ".venv" / "bin" / "python")
STAGES = ("start, import the generator", "load, select, name, keys",
          "datamodel-code-generator", "… of which its first use", "cutting, black on pieces",
          "assembly", "render", "summary", "write", "other", "total")


def child(argv: list[str]) -> None:
    """Run the generator's command line here, each stage timed."""
    started = resource.getrusage(resource.RUSAGE_SELF)
    spent = {name: 0.0 for name in STAGES}
    spent[STAGES[0]] = started.ru_utime + started.ru_stime  # the interpreter's start-up
    depth = [0]

    def timed(module: object, name: str, stage: str) -> None:
        real = getattr(module, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            if depth[0]:
                return real(*args, **kwargs)
            depth[0] += 1
            begin = time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - begin
                depth[0] -= 1

        setattr(module, name, wrapper)

    begin = time.process_time()
    sys.argv = ["generator", *argv]
    from generator import cli, pipeline  # noqa: PLC0415
    from generator.emit import models, render  # noqa: PLC0415
    from generator.machinery import stamp, write  # noqa: PLC0415

    spent[STAGES[0]] += time.process_time() - begin
    first = [True]
    real_generate = models._generate

    def generate(*args: object) -> str:
        if first[0]:
            first[0] = False
            begin = time.process_time()
            models._generate({"WarmUp": {"type": "object"}}, models.MODELS_OPTIONS)
            spent[STAGES[3]] += time.process_time() - begin  # inside the dcg stage's timer
        return real_generate(*args)

    models._generate = generate  # type: ignore[assignment]
    timed(pipeline, "load_spec", STAGES[1])
    timed(pipeline, "plan", STAGES[1])
    timed(models.ModuleBuild, "__init__", STAGES[1])
    timed(models, "_dcg_pieces", STAGES[2])
    timed(models, "_format_pieces", STAGES[4])
    timed(models, "black_format", STAGES[4])
    timed(models, "assemble", STAGES[5])
    timed(render, "render_package", STAGES[6])
    timed(cli, "summarize", STAGES[7])
    timed(cli, "write_tree", STAGES[8])
    timed(stamp, "record", STAGES[8])
    del write
    from generator.args import parser  # noqa: PLC0415

    args = parser().parse_args()
    inputs = None if args.no_cache else stamp.begin(args)
    begin = time.process_time()
    status = None if inputs is None else stamp.fast_path(args, inputs, cli.DEFAULT_DIR)
    spent[STAGES[0]] += time.process_time() - begin
    if status is None:
        status = cli.run(args, inputs)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    spent["total"] = usage.ru_utime + usage.ru_stime
    spent["other"] = spent["total"] - sum(v for k, v in spent.items()
                                          if k not in ("total", "other", STAGES[3]))
    print(json.dumps(spent))
    raise SystemExit(status)


def run(argv: list[str], cache: Path | None) -> dict[str, float]:
    env = dict(os.environ, GENERATOR_JOBS="1", PYTHONPATH=str(ROOT))
    if cache is not None:
        env["GENERATOR_CACHE_DIR"] = str(cache)
    proc = subprocess.run([PY, __file__, "child", *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def history(number: str) -> Path:
    return sorted(HISTORY.glob(f"{number}-*.json"))[0]


def main() -> int:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from spec_edit import EDITS, one_schema_edit  # noqa: PLC0415

    from run import compile_generator  # noqa: PLC0415 - as `make bench` measures it

    compile_generator()
    columns: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        cut = ["--config", str(CONFIG)]
        columns["cut, cold"] = run(["--spec", str(history("011")), *cut, "--out",
                                    str(tmp / "o0"), "--no-cache"], None)
        for old, new in (("006", "007"), ("008", "009"), ("010", "011")):
            cache, out = tmp / f"c{old}", tmp / f"o{old}"
            run(["--spec", str(history(old)), *cut, "--out", str(out)], cache)
            columns[f"cut {old}→{new}"] = run(["--spec", str(history(new)), *cut, "--out",
                                                str(out)], cache)
        columns["cut, nothing changed"] = run(["--spec", str(history("011")), *cut, "--out",
                                               str(tmp / "o010")], tmp / "c010")
        columns["Petstore 3, cold"] = run(["--spec", str(PETSTORE), "--out", str(tmp / "p0"),
                                           "--no-cache"], None)
        columns["whole API, cold"] = run(["--spec", str(UPSTREAM), "--out", str(tmp / "w0"),
                                          "--no-cache"], None)
        updates = [("whole API 07-22→08-21", BEFORE, UPSTREAM)]
        for label, spec, key in (("whole API", UPSTREAM, "openai"), ("Twilio", TWILIO, "twilio"),
                                 ("Xero", XERO, "xero")):
            edited = one_schema_edit(spec, tmp / f"edited-{key}.json", EDITS[key])
            updates.append((f"{label}, one schema", spec, edited))
        for label, before, after in updates:
            cache, out = tmp / f"c{label}", tmp / f"o{label}"
            run(["--spec", str(before), "--out", str(out)], cache)
            columns[label] = run(["--spec", str(after), "--out", str(out)], cache)
            shutil.rmtree(cache, ignore_errors=True)
    print("| stage (cpu s) | " + " | ".join(columns) + " |")
    print("| --- | " + " | ".join("---:" for _ in columns) + " |")
    for stage in STAGES:
        print(f"| {stage} | " + " | ".join(f"{c[stage]:.2f}" if c[stage] >= 0.005 else "—"
                                           for c in columns.values()) + " |")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        child(sys.argv[2:])
    else:
        sys.exit(main())
