"""`make bench`: our generator and generated client against their peers, on this machine.

    .venv/bin/python benchmarks/run.py

1. generation of the 21-operation client (a cut of the upstream spec: /evals, /batches, /files
   and every component they reach): ours cold and warm, openapi-python-client,
   datamodel-code-generator alone (models only);
1'. a real one-schema spec update (history 006->007, 008->009, 010->011): ours with the previous
   version's cache warm (a cache of its own per measurement, GENERATOR_CACHE_DIR), against
   openapi-python-client on the new version;
2. generation of the whole upstream API: ours (no config, cold) and openapi-python-client, with
   the peak memory (PSS, summed over the process and its workers) of each;
3. import time of the generated package beside the official `openai` SDK;
4. client CPU per call against a local server in another process: ours, the openai SDK, raw
   httpx + json (the floor);
5. streaming a 200 MB file to disk: peak memory and MB/s;
6. a 1,000,000-request batch job (`client.batches.submit_job`, resumable, 20 batches) against the
   stateful local API: peak resident set of the client process (BENCH_JOB_REQUESTS);
2'. (with 2) updates of big specs, the previous version's cache warm: the whole API 07-22 ->
   08-21, and a one-schema edit (benchmarks/spec_edit.py) of the whole API, Twilio and Xero,
   against openapi-python-client cold on the new version;
7. small specs cold, no config: Petstore 3 and the corpus's other specs under 100 KB;
8. the corpus's specs over 100 KB (Twilio, Xero, Spotify) cold: peak memory beside the peer's.

Every row is the median of BENCH_RUNS runs (default 5; the whole-API rows BENCH_WHOLE_RUNS,
default 3). Competing runs are interleaved (A B C A B C ...), so a burst of load elsewhere on
the machine hits every contestant alike. Times are wall clock; generator rows also give the CPU
time (user + system) of the process, which is less sensitive to a busy machine.
Other knobs: BENCH_CALLS (calls per client CPU sample, default 200), BENCH_FILE_MB (default 200),
BENCH_ONLY (comma-separated section numbers, e.g. "1,4").

Prints the machine, the date and the table, and writes the table to benchmarks/results.md.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# ../shared next to the repository (from a worktree one level deeper: one level up)
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
              ROOT.parent / "shared")
UPSTREAM = SHARED / "openapi" / "openai-2026-08-21.yaml"
UPSTREAM_BEFORE = SHARED / "openapi" / "openai-2026-07-22.yaml"
CORPUS = SHARED / "corpus" / "specs"
TWILIO = CORPUS / "twilio__twilio_api_v2010.json"
XERO = CORPUS / "xero__xero_accounting.yaml"
HISTORY = SHARED / "openapi" / "history"
# Real one-schema updates of the 21-operation slice (NamespaceToolParam, WebSearchTool,
# ImageGenTool): our cache warm from the first version, then the second generated.
UPDATES = (("006", "007"), ("008", "009"), ("010", "011"))
CONFIG = ROOT / "spec" / "client.yaml"
GENERATED = ROOT / "generated"
PY = sys.executable
BIN = Path(PY).parent

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
WHOLE_RUNS = int(os.environ.get("BENCH_WHOLE_RUNS", str(min(RUNS, 3))))
CALLS = int(os.environ.get("BENCH_CALLS", "200"))
FILE_MB = int(os.environ.get("BENCH_FILE_MB", "200"))
ONLY = {s.strip() for s in os.environ.get("BENCH_ONLY", "1,2,3,4,5,6,7,8").split(",") if s.strip()}
JOB_REQUESTS = int(os.environ.get("BENCH_JOB_REQUESTS", "1000000"))
PREFIXES = ("/evals", "/batches", "/files")

sys.path.insert(0, str(HERE))
from spec_cut import count_operations, write_cut  # noqa: E402


# -- running things ----------------------------------------------------------------------------


def env(**extra: str) -> dict[str, str]:
    """The environment of every child: the venv's tools first on PATH (openapi-python-client
    runs `ruff` from PATH), no OPENAI_* settings from outside."""
    out = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    out["PATH"] = f"{BIN}{os.pathsep}{out.get('PATH', '')}"
    out.update(extra)
    return out


@dataclass
class Proc:
    wall: float
    cpu: float
    rc: int
    stdout: str
    stderr: str
    peak_mb: float = 0.0  # with memory=True: peak PSS of the process and its children


def _tree_pss_kb(pid: int) -> int:
    """PSS of a process and its descendants (shared pages of forked workers split, not added)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def _become_subreaper() -> bool:
    """Orphaned descendants (our workers' fork server outlives the command by a few ms) are then
    re-parented to this process and reaped by `run`, so their CPU time is counted too."""
    try:
        import ctypes  # noqa: PLC0415

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


SUBREAPER = _become_subreaper()


def _children() -> set[int]:
    found: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return found


def _reap_orphans(known: set[int], deadline: float) -> None:
    """Wait for the children this process gained during a run (other than ones it had)."""
    while time.perf_counter() < deadline:
        orphans = _children() - known
        if not orphans:
            return
        for pid in orphans:
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
        time.sleep(0.005)


def run(argv: list[str], *, cwd: Path = ROOT, child_env: dict[str, str] | None = None,
        timeout: float = 600, memory: bool = False) -> Proc:
    """Wall time until the command exits; CPU time of it and every descendant, orphans
    included; with `memory`, the peak PSS of the process tree sampled every 20 ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    known = _children()
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(argv, cwd=cwd, env=child_env or env(), stdout=out, stderr=err,
                                text=True)
        peak = 0
        while True:
            try:
                proc.wait(timeout=0.02 if memory else timeout)
                break
            except subprocess.TimeoutExpired:
                if not memory or time.perf_counter() - start > timeout:
                    proc.kill()
                    raise
                peak = max(peak, _tree_pss_kb(proc.pid))
        wall = time.perf_counter() - start
        _reap_orphans(known, time.perf_counter() + 5)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Proc(wall, cpu, proc.returncode, stdout, stderr, peak / 1024)


def interleaved(contestants: dict[str, Callable[[int], Proc]], runs: int) -> dict[str, list[Proc]]:
    out: dict[str, list[Proc]] = {name: [] for name in contestants}
    for i in range(runs):
        for name, go in contestants.items():
            out[name].append(go(i))
    return out


def med(values: list[float]) -> float:
    return statistics.median(values)


# -- the table -----------------------------------------------------------------------------------


@dataclass
class Row:
    key: str
    what: str
    value: str
    ratio: str = ""
    target: str = ""
    result: str = ""
    notes: str = ""


@dataclass
class Table:
    rows: list[Row] = field(default_factory=list)
    sections: list[tuple[int, str]] = field(default_factory=list)  # (row index, title)

    def section(self, title: str) -> None:
        self.sections.append((len(self.rows), title))
        print(f"\n## {title}", flush=True)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print(f"  {row.key:4} {row.what}: {row.value}  {row.ratio}  {row.target} {row.result}"
              f"  {row.notes}", flush=True)

    def markdown(self) -> str:
        head = ["| # | measurement | median | ratio | target | result | notes |",
                "| --- | --- | ---: | ---: | --- | --- | --- |"]
        lines = list(head)
        titles = dict(self.sections)
        for i, row in enumerate(self.rows):
            if i in titles:
                lines.append(f"| | **{titles[i]}** | | | | | |")
            cells = [row.key, row.what, row.value, row.ratio, row.target, row.result, row.notes]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        return "\n".join(lines) + "\n"


def check(value: float, limit: float, *, strict: bool = False) -> str:
    ok = value < limit if strict else value <= limit
    return "PASS" if ok else "MISS"


def secs(procs: list[Proc]) -> str:
    return f"{med([p.wall for p in procs]):.2f} s (cpu {med([p.cpu for p in procs]):.2f} s)"


# -- 1 and 2: generation -------------------------------------------------------------------------


def ours_cmd(spec: Path, out: Path, *, config: Path | None, cache: bool) -> list[str]:
    argv = [PY, "-m", "generator", "--spec", str(spec), "--out", str(out)]
    if config is not None:
        argv += ["--config", str(config)]
    if not cache:
        argv.append("--no-cache")
    return argv


def opc_cmd(spec: Path, out: Path) -> list[str]:
    # --meta none: the package only, no pyproject (less work; ours writes a pyproject though)
    return [str(BIN / "openapi-python-client"), "generate", "--path", str(spec),
            "--output-path", str(out), "--overwrite", "--meta", "none"]


def dcg_cmd(spec: Path, out: Path) -> list[str]:
    return [str(BIN / "datamodel-codegen"), "--input", str(spec), "--input-file-type", "openapi",
            "--output", str(out), "--output-model-type", "pydantic_v2.BaseModel"]


def ours_summary(proc: Proc) -> str:
    last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
    m = re.search(r"generated (\d+) files, (\d+) lines", last)
    cache = re.search(r"cache: (\d+) hits, (\d+) misses", last)
    parts = []
    if m:
        parts.append(f"{m.group(1)} files, {m.group(2)} lines")
    if cache:
        parts.append(f"cache {cache.group(1)} hits / {cache.group(2)} misses")
    elif "nothing to do" in last:
        parts.append("nothing-changed fast path (inputs and output match the stamp)")
    if proc.rc != 0:
        parts.append(f"exit {proc.rc}: {last[:120]}")
    return "; ".join(parts)


def opc_summary(proc: Proc, out: Path) -> str:
    text = proc.stdout + proc.stderr
    skipped = len(re.findall(r"^WARNING parsing .* Endpoint will not be generated", text, re.M))
    schemas = len(re.findall(r"^Unable to parse schema", text, re.M))
    files = [p for p in out.rglob("*.py")] if out.exists() else []
    lines = sum(p.read_text(encoding="utf-8", errors="replace").count("\n") for p in files)
    parts = [f"exit {proc.rc}"]
    if skipped or schemas:
        parts.append(f"{skipped} endpoints skipped, {schemas} schemas not generated (warnings)")
    if files:
        parts.append(f"{len(files)} files, {lines} lines")
    if proc.rc != 0:
        tail = [ln for ln in text.strip().splitlines() if ln.strip()][-1:] or [""]
        parts.append(tail[0][:120])
    return "; ".join(parts)


def lines_of(path: Path) -> int:
    return path.read_text(encoding="utf-8").count("\n") if path.exists() else 0


def bench_cut(table: Table, tmp: Path) -> None:
    cut_path = tmp / "openai-evals-batches-files.yaml"
    doc = write_cut(UPSTREAM, cut_path, PREFIXES)
    n_ops = count_operations(doc)
    n_schemas = len(doc["components"].get("schemas", {}))
    table.section(f"1. Generate the {n_ops}-operation client from one file "
                  f"(cut of openai-2026-08-21.yaml: {n_schemas} schemas)")

    counter = iter(range(10**6))

    def fresh() -> Path:
        return tmp / f"out-{next(counter)}"

    cold = interleaved({
        "ours": lambda i: run(ours_cmd(cut_path, fresh(), config=CONFIG, cache=False)),
        "opc": lambda i: run(opc_cmd(cut_path, tmp / f"opc-{i}")),
        "dcg": lambda i: run(dcg_cmd(cut_path, tmp / f"dcg-{i}.py")),
    }, RUNS)
    # Warm: the repository's cache (.cache/generator), primed once; each run regenerates into
    # the same folder with nothing changed, as `make generate` does.
    warm_out = tmp / "ours-warm"
    run(ours_cmd(cut_path, warm_out, config=CONFIG, cache=True))
    warm = interleaved({
        "ours": lambda i: run(ours_cmd(cut_path, warm_out, config=CONFIG, cache=True)),
        "opc": lambda i: run(opc_cmd(cut_path, tmp / "opc-0")),  # same folder, overwritten
    }, RUNS)

    opc_all = cold["opc"] + warm["opc"]
    opc_wall = med([p.wall for p in opc_all])
    opc_cpu = med([p.cpu for p in opc_all])
    ours_cold = med([p.wall for p in cold["ours"]])
    ours_warm = med([p.wall for p in warm["ours"]])
    cold_r, warm_r = ours_cold / opc_wall, ours_warm / opc_wall
    table.add(Row("1a", "ours, cold (`--no-cache`, config `spec/client.yaml`)", secs(cold["ours"]),
                  f"{cold_r:.2f}× opc (cpu {med([p.cpu for p in cold['ours']]) / opc_cpu:.2f}×)",
                  "≤ 0.5× opc", check(cold_r, 0.5), ours_summary(cold["ours"][0])))
    table.add(Row("1b", "ours, warm cache, nothing changed", secs(warm["ours"]),
                  f"{warm_r:.2f}× opc (cpu {med([p.cpu for p in warm['ours']]) / opc_cpu:.2f}×)",
                  "≤ 0.1× opc", check(warm_r, 0.1), ours_summary(warm["ours"][0])))
    table.add(Row("1c", f"openapi-python-client {version('openapi-python-client')} "
                        "(`--meta none`)", secs(opc_all), "1.00", "", "",
                  opc_summary(cold["opc"][0], tmp / "opc-0")))
    dcg = cold["dcg"]
    table.add(Row("1d", f"datamodel-code-generator {version('datamodel-code-generator')} alone "
                        "(models only, pydantic v2)", secs(dcg),
                  f"{med([p.wall for p in dcg]) / opc_wall:.2f}× opc", "", "",
                  f"exit {dcg[0].rc}; {lines_of(tmp / 'dcg-0.py')} lines"))


def bench_update(table: Table, tmp: Path) -> None:
    """A real small spec update, as `make generate` meets it: the previous version generated
    (cache warm, output in place), then the new one; against openapi-python-client on the new
    version (it has no cache: every run is whole)."""
    pairs = []
    for old, new in UPDATES:
        found = [sorted(HISTORY.glob(f"{n}-*.json")) for n in (old, new)]
        if not all(found):
            print(f"missing history versions {old}/{new} in {HISTORY}", file=sys.stderr)
            return
        pairs.append((found[0][0], found[1][0]))
    table.section("1'. A real one-schema spec update (history " +
                  ", ".join(f"{o}→{n}" for o, n in UPDATES) + "), 21 operations")
    counter = iter(range(10**6))

    def ours(i: int) -> list[Proc]:
        out = []
        for before, after in pairs:
            n = next(counter)
            child = env(GENERATOR_CACHE_DIR=str(tmp / f"upd-cache-{n}"))
            target = tmp / f"upd-out-{n}"
            primed = run(ours_cmd(before, target, config=CONFIG, cache=True), child_env=child)
            if primed.rc != 0:
                raise RuntimeError(f"priming failed: {primed.stderr[-2000:]}")
            out.append(run(ours_cmd(after, target, config=CONFIG, cache=True), child_env=child))
            shutil.rmtree(tmp / f"upd-cache-{n}", ignore_errors=True)
        return out

    def opc(i: int) -> list[Proc]:
        return [run(opc_cmd(after, tmp / f"upd-opc-{k}")) for k, (_, after) in enumerate(pairs)]

    procs = interleaved({"ours": ours, "opc": opc}, RUNS)
    ours_all = [p for ps in procs["ours"] for p in ps]
    opc_all = [p for ps in procs["opc"] for p in ps]
    ratio = med([p.wall for p in ours_all]) / med([p.wall for p in opc_all])
    cpu_ratio = med([p.cpu for p in ours_all]) / med([p.cpu for p in opc_all])
    table.add(Row("1'a", "ours, the previous version's cache warm", secs(ours_all),
                  f"{ratio:.2f}× opc (cpu {cpu_ratio:.2f}×)", "≤ 0.25× opc", check(ratio, 0.25),
                  ours_summary(ours_all[0])))
    table.add(Row("1'b", "openapi-python-client on the new version", secs(opc_all), "1.00",
                  "", "", opc_summary(opc_all[0], tmp / "upd-opc-0")))


def bench_whole(table: Table, tmp: Path) -> None:
    from generator.read.load import load_spec  # noqa: PLC0415

    n_ops = count_operations(load_spec(UPSTREAM))
    table.section(f"2. Generate the whole upstream API (openai-2026-08-21.yaml, {n_ops} operations)")
    # Time and memory from separate runs: sampling the PSS of every process every 20 ms costs
    # CPU, which slows a run that keeps both cores busy more than one that uses one.
    procs = interleaved({
        "ours": lambda i: run(ours_cmd(UPSTREAM, tmp / f"all-ours-{i}", config=None, cache=False)),
        "opc": lambda i: run(opc_cmd(UPSTREAM, tmp / f"all-opc-{i}")),
    }, WHOLE_RUNS)
    for i in range(WHOLE_RUNS):
        shutil.rmtree(tmp / f"all-ours-{i}", ignore_errors=True)
        shutil.rmtree(tmp / f"all-opc-{i}", ignore_errors=True)
    sampled = interleaved({
        "ours": lambda i: run(ours_cmd(UPSTREAM, tmp / f"all-ours-m{i}", config=None,
                                       cache=False), memory=True),
        "opc": lambda i: run(opc_cmd(UPSTREAM, tmp / f"all-opc-m{i}"), memory=True),
    }, max(1, WHOLE_RUNS - 1))
    ours_w = med([p.wall for p in procs["ours"]])
    opc_w = med([p.wall for p in procs["opc"]])
    ours_mb = med([p.peak_mb for p in sampled["ours"]])
    opc_mb = med([p.peak_mb for p in sampled["opc"]])
    ok_opc = [p for p in procs["opc"] if p.rc == 0]
    ok = ours_w / opc_w <= 0.5 and ours_mb <= opc_mb
    table.add(Row("2a", "ours, no config, cold (`--no-cache`)",
                  f"{secs(procs['ours'])}, peak {ours_mb:.0f} MB",
                  f"{ours_w / opc_w:.2f}× opc (cpu "
                  f"{med([p.cpu for p in procs['ours']]) / med([p.cpu for p in procs['opc']]):.2f}×"
                  f", memory {ours_mb / opc_mb:.2f}×)",
                  "≤ 0.5× opc, memory ≤ opc", "PASS" if ok else "MISS",
                  ours_summary(procs["ours"][0]) + "; peak = PSS of the process and its workers, "
                  "from runs of their own (sampling slows the runs it watches)"))
    table.add(Row("2b", "openapi-python-client", f"{secs(procs['opc'])}, peak {opc_mb:.0f} MB",
                  "1.00", "", "" if len(ok_opc) == len(procs["opc"]) else "FAILED",
                  opc_summary(sampled["opc"][0], tmp / "all-opc-m0")))
    for i in range(WHOLE_RUNS):  # ~100 MB of output each: do not keep it until the end
        for name in (f"all-ours-{i}", f"all-opc-{i}", f"all-ours-m{i}", f"all-opc-m{i}"):
            shutil.rmtree(tmp / name, ignore_errors=True)


def bench_big_updates(table: Table, tmp: Path) -> None:
    """Updates of big specs as `make generate` meets them: the previous version generated (its
    cache warm, the output in place), then the new one; against openapi-python-client cold on
    the new version (it has no cache)."""
    from spec_edit import EDITS, one_schema_edit  # noqa: PLC0415

    cases = [("the whole API, the real update 07-22 → 08-21", UPSTREAM_BEFORE, UPSTREAM)]
    edited = tmp / "edited"
    edited.mkdir(exist_ok=True)
    for what, spec, key in (("the whole API", UPSTREAM, "openai"), ("Twilio", TWILIO, "twilio"),
                            ("Xero", XERO, "xero")):
        if spec.exists():
            cases.append((f"{what}, one schema edited ({EDITS[key]} gains a property)", spec,
                          one_schema_edit(spec, edited / f"{key}.json", EDITS[key])))
    table.section("2'. A real update of a big spec, the previous version's cache warm")
    counter = iter(range(10**6))
    for n, (what, before, after) in enumerate(cases):
        def ours(i: int, before: Path = before, after: Path = after) -> Proc:
            k = next(counter)
            child = env(GENERATOR_CACHE_DIR=str(tmp / f"big-cache-{k}"))
            target = tmp / f"big-out-{k}"
            primed = run(ours_cmd(before, target, config=None, cache=True), child_env=child)
            if primed.rc != 0:
                raise RuntimeError(f"priming failed: {primed.stderr[-2000:]}")
            proc = run(ours_cmd(after, target, config=None, cache=True), child_env=child)
            shutil.rmtree(tmp / f"big-cache-{k}", ignore_errors=True)
            shutil.rmtree(target, ignore_errors=True)
            return proc

        def opc(i: int, after: Path = after) -> Proc:
            proc = run(opc_cmd(after, tmp / f"big-opc-{i}"))
            shutil.rmtree(tmp / f"big-opc-{i}", ignore_errors=True)
            return proc

        procs = interleaved({"ours": ours, "opc": opc}, WHOLE_RUNS)
        ours_w, opc_w = med([p.wall for p in procs["ours"]]), med([p.wall for p in procs["opc"]])
        cpu = med([p.cpu for p in procs["ours"]]) / med([p.cpu for p in procs["opc"]])
        table.add(Row(f"2'{'abcd'[n]}", f"{what}: ours warm, against opc cold on the new version",
                      f"{secs(procs['ours'])}; opc {secs(procs['opc'])}",
                      f"{ours_w / opc_w:.2f}× opc (cpu {cpu:.2f}×)", "≤ 0.1× opc",
                      check(ours_w / opc_w, 0.1), ours_summary(procs["ours"][0])
                      + "; opc: " + opc_summary(procs["opc"][0], tmp / "none")))


def _corpus(small: bool) -> list[Path]:
    specs = sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".yml", ".json"))
    return [p for p in specs if (p.stat().st_size < 100_000) == small]


def bench_small(table: Table, tmp: Path) -> None:
    """Small specs cold, no config: what a new user's first run costs (process start, imports,
    datamodel-code-generator's first use); the specs either generator refuses are left out."""
    table.section("7. Small specs, cold (`--no-cache`, no config)")
    specs = [CORPUS / "petstore3__openapi.yaml"] + \
        [p for p in _corpus(True) if p.name != "petstore3__openapi.yaml"]
    ratios, cpu_ratios, skipped = [], [], []
    for n, spec in enumerate(specs):
        procs = interleaved({
            "ours": lambda i, spec=spec: run(ours_cmd(spec, tmp / f"small-{spec.stem}-{i}",
                                                      config=None, cache=False)),
            "opc": lambda i, spec=spec: run(opc_cmd(spec, tmp / f"small-opc-{spec.stem}-{i}")),
        }, RUNS if n == 0 else max(1, min(RUNS, 3)))
        if any(p.rc for ps in procs.values() for p in ps):
            skipped.append(spec.stem)
            continue
        ratio = med([p.wall for p in procs["ours"]]) / med([p.wall for p in procs["opc"]])
        cpu = med([p.cpu for p in procs["ours"]]) / med([p.cpu for p in procs["opc"]])
        if n == 0:
            table.add(Row("7a", f"Petstore 3 ({spec.stat().st_size // 1000} KB): ours",
                          secs(procs["ours"]), f"{ratio:.2f}× opc (cpu {cpu:.2f}×)", "≤ 0.7× opc",
                          check(ratio, 0.7), ours_summary(procs["ours"][0])))
            table.add(Row("7b", "Petstore 3: openapi-python-client", secs(procs["opc"]), "1.00",
                          "", ""))
        else:
            ratios.append(ratio)
            cpu_ratios.append(cpu)
    if ratios:
        table.add(Row("7c", f"the corpus's other specs under 100 KB ({len(ratios)} that both "
                            "generate): median of each spec's ratio", f"worst {max(ratios):.2f}×",
                      f"{med(ratios):.2f}× opc (cpu {med(cpu_ratios):.2f}×)", "≤ 0.7× opc",
                      check(med(ratios), 0.7),
                      "left out, refused or failed by one of the two: " + ", ".join(skipped)))


def bench_corpus_memory(table: Table, tmp: Path) -> None:
    """Peak memory (PSS of the process tree) on the largest corpus specs, cold, no config."""
    table.section("8. The largest corpus specs, cold (`--no-cache`, no config): peak memory")
    for n, spec in enumerate(sorted(_corpus(False), key=lambda p: -p.stat().st_size)):
        procs = interleaved({
            "ours": lambda i, spec=spec: run(ours_cmd(spec, tmp / f"big-{spec.stem}-{i}",
                                                      config=None, cache=False), memory=True),
            "opc": lambda i, spec=spec: run(opc_cmd(spec, tmp / f"big-opc-{spec.stem}-{i}"),
                                            memory=True),
        }, max(1, min(RUNS, 3)))
        ours_mb = med([p.peak_mb for p in procs["ours"]])
        opc_mb = med([p.peak_mb for p in procs["opc"]])
        opc_ok = all(p.rc == 0 for p in procs["opc"])
        table.add(Row(f"8{'abcdefgh'[n]}", f"{spec.name} ({spec.stat().st_size // 1000} KB)",
                      f"ours peak {ours_mb:.0f} MB, {secs(procs['ours'])}; opc peak "
                      f"{opc_mb:.0f} MB, {secs(procs['opc'])}",
                      f"memory {ours_mb / opc_mb:.2f}× opc", "memory ≤ opc",
                      check(ours_mb, opc_mb) if opc_ok else "opc failed",
                      ours_summary(procs["ours"][0]) + "; opc: " +
                      opc_summary(procs["opc"][0], tmp / "none")))


# -- 3: import time ------------------------------------------------------------------------------


# `import httpx` also imports httpx's command line (`httpx._main`: click, pygments, rich) when
# those happen to be installed, as they are here: openapi-python-client brings rich (via typer),
# black brings click, pytest brings pygments. A plain `pip install httpx` has none of them, so
# the main rows hide them (as if not installed) in every snippet, `pass` included.
HIDE_HTTPX_CLI = "import sys; sys.modules.update(click=None, pygments=None, rich=None); "


def bench_import(table: Table) -> None:
    table.section("3. Import time (fresh interpreter, minus bare startup `python -c pass`)")
    child = env(PYTHONPATH=str(GENERATED))
    ready_ours = ("from openai_evals import OpenAI; c = OpenAI(api_key='k'); "
                  "c.evals.runs.output_items; c.batches; c.files")
    ready_openai = ("import openai; c = openai.OpenAI(api_key='k'); "
                    "c.evals.runs.output_items; c.batches; c.files")
    snippets = {"pass": HIDE_HTTPX_CLI + "pass",
                "ours": HIDE_HTTPX_CLI + "import openai_evals",
                "openai": HIDE_HTTPX_CLI + "import openai",
                "ours_ready": HIDE_HTTPX_CLI + ready_ours,
                "openai_ready": HIDE_HTTPX_CLI + ready_openai,
                "pass_venv": "pass",
                "ours_venv": "import openai_evals"}
    for code in snippets.values():  # compile .pyc files first
        run([PY, "-c", code], child_env=child)
    procs = interleaved({name: (lambda i, c=code: run([PY, "-c", c], child_env=child))
                         for name, code in snippets.items()}, max(RUNS, 5))
    failed = [n for n, ps in procs.items() if any(p.rc for p in ps)]
    base = med([p.wall for p in procs["pass"]])
    ms = {n: (med([p.wall for p in ps]) - base) * 1000 for n, ps in procs.items()}
    ms["ours_venv"] = (med([p.wall for p in procs["ours_venv"]])
                       - med([p.wall for p in procs["pass_venv"]])) * 1000
    ratio = ms["ours"] / ms["openai"]
    table.add(Row("3a", "`import openai_evals`", f"{ms['ours']:.0f} ms",
                  f"{ratio:.2f}× openai", "≤ 0.5× openai", check(ratio, 0.5),
                  "FAILED: " + ", ".join(failed) if failed else
                  "pydantic and the models are not imported until first used"))
    table.add(Row("3b", f"`import openai` (openai {version('openai')})", f"{ms['openai']:.0f} ms",
                  "1.00", "", ""))
    r2 = ms["ours_ready"] / ms["openai_ready"]
    table.add(Row("3c", "ours: import + `OpenAI(...)` + `.evals.runs.output_items`, `.batches`, "
                        "`.files`", f"{ms['ours_ready']:.0f} ms", f"{r2:.2f}× openai", "", "",
                  "models are built on first use (`defer_build`), not counted here"))
    table.add(Row("3d", "openai: the same", f"{ms['openai_ready']:.0f} ms", "1.00", "", ""))
    table.add(Row("3e", "`import openai_evals` in this venv, httpx CLI deps not hidden",
                  f"{ms['ours_venv']:.0f} ms", "", "", "",
                  "`import httpx` then loads click, pygments and rich (httpx._main)"))
    table.add(Row("3f", "bare interpreter startup (`python -c pass`, subtracted above)",
                  f"{base * 1000:.0f} ms", "", "", ""))


# -- 4 and 5: the client against a local server ---------------------------------------------------


class LocalServer:
    def __enter__(self) -> str:
        self.proc = subprocess.Popen([PY, str(HERE / "server.py")], stdout=subprocess.PIPE,
                                     text=True, env=env())
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.proc.kill()
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        return f"http://127.0.0.1:{int(line.split()[1])}/v1"

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def bench_calls(table: Table, base_url: str) -> None:
    table.section(f"4. Client CPU per call (`time.process_time()` over {CALLS} calls after "
                  "warm-up; server in another process)")
    child = env(PYTHONPATH=str(GENERATED))

    def sample(which: str) -> Proc:
        proc = run([PY, str(HERE / "client_cpu.py"), which, base_url, str(CALLS), "1"],
                   child_env=child)
        if proc.rc != 0:
            raise RuntimeError(f"client_cpu.py {which} failed:\n{proc.stderr[-2000:]}")
        return proc

    procs = interleaved({c: (lambda i, c=c: sample(c)) for c in ("ours", "openai", "httpx")},
                        RUNS)
    ops = ("retrieve", "runs_page", "page", "create")
    us = {c: {op: med([json.loads(p.stdout)[op][0] for p in ps]) for op in ops}
          for c, ps in procs.items()}
    names = {"retrieve": "retrieve one eval run (`evals.runs.retrieve`)",
             "runs_page": "list one page of 100 eval runs (`evals.runs.list`)",
             "page": "list one page of 100 output items (`evals.runs.output_items.list`)",
             "create": "create a batch (`batches.create`)"}
    for n, op in enumerate(ops):
        ours, sdk, floor = us["ours"][op], us["openai"][op], us["httpx"][op]
        vs_sdk, vs_floor = ours / sdk, ours / floor
        if op in ("page", "runs_page"):
            target = "≤ 0.25× openai, ≤ 2.5× httpx"
            result = "PASS" if vs_sdk <= 0.25 and vs_floor <= 2.5 else "MISS"
        elif op == "retrieve":
            target, result = "≤ 1.2× httpx", check(vs_floor, 1.2)
        else:
            target, result = "", ""
        key = "4" + "abcd"[n]
        table.add(Row(f"{key}1", f"{names[op]}: ours", f"{ours:.0f} µs",
                      f"{vs_sdk:.2f}× openai, {vs_floor:.2f}× httpx", target, result))
        table.add(Row(f"{key}2", f"… openai SDK {version('openai')}", f"{sdk:.0f} µs",
                      f"{sdk / floor:.2f}× httpx", "", ""))
        table.add(Row(f"{key}3", "… raw httpx + json (the floor)", f"{floor:.0f} µs", "1.00",
                      "", "", f"httpx {version('httpx')}"))


def bench_stream(table: Table, base_url: str, tmp: Path) -> None:
    size = FILE_MB * 2**20
    table.section(f"5. Stream a {FILE_MB} MB batch output file to disk (chunked response)")
    child = env(PYTHONPATH=str(GENERATED))

    def sample(which: str, trace: bool = False) -> dict[str, float]:
        argv = [PY, str(HERE / "stream_file.py"), which, base_url, str(size),
                str(tmp / f"download-{which}.bin")] + (["tracemalloc"] if trace else [])
        proc = run(argv, child_env=child)
        if proc.rc != 0:
            raise RuntimeError(f"stream_file.py {which} failed:\n{proc.stderr[-2000:]}")
        data = json.loads(proc.stdout)
        if data["bytes"] != size:
            raise RuntimeError(f"{which} wrote {data['bytes']} bytes, expected {size}")
        return data

    clients = {
        "ours": "ours: `client.files.content(id).write_to_file(path)`",
        "openai": "openai SDK: `client.files.content(id).write_to_file(path)` (documented: "
                  "reads the whole body first)",
        "openai-stream": "openai SDK: `with_streaming_response.content(id)` + `stream_to_file`",
    }
    runs = max(1, min(RUNS, 3))
    plain = interleaved({c: (lambda i, c=c: sample(c)) for c in clients}, runs)
    traced = {c: sample(c, trace=True) for c in clients}
    for n, (c, what) in enumerate(clients.items()):
        rss = med([d["rss_delta_mb"] for d in plain[c]])
        mbps = med([size / 2**20 / d["seconds"] for d in plain[c]])
        peak = traced[c]["tracemalloc_peak_mb"]
        cpu = med([d["cpu_seconds"] for d in plain[c]])
        table.add(Row(f"5{'abc'[n]}", what,
                      f"+{rss:.1f} MB peak RSS, {mbps:.0f} MB/s, cpu {cpu:.2f} s",
                      "", "peak < 64 MB" if c == "ours" else "",
                      check(rss, 64, strict=True) if c == "ours" else "",
                      f"tracemalloc peak {peak:.1f} MB; RSS before the download "
                      f"{med([d['baseline_mb'] for d in plain[c]]):.0f} MB, peak "
                      f"{med([d['peak_mb'] for d in plain[c]]):.0f} MB"))


def bench_batch_job(table: Table, tmp: Path) -> None:
    """One run per mode: a million-request job takes a minute or more."""
    table.section(f"6. A {JOB_REQUESTS:,}-request batch job: submit_job + results, with a state "
                  "file (client process; server in another)")
    server = subprocess.Popen([PY, str(HERE / "batch_job.py"), "server"], stdout=subprocess.PIPE,
                              text=True, env=env(PYTHONPATH=f"{GENERATED}{os.pathsep}{ROOT}"))
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"batch job server did not start: {line!r}")
        base_url = f"http://127.0.0.1:{int(line.split()[1])}/v1"
        for n, mode in enumerate(("sync", "async")):
            proc = run([PY, str(HERE / "batch_job.py"), "client", base_url, str(JOB_REQUESTS),
                        str(tmp / f"job-{mode}.json"), mode], child_env=env(PYTHONPATH=str(GENERATED)))
            if proc.rc != 0:
                raise RuntimeError(f"batch_job.py client {mode} failed:\n{proc.stderr[-2000:]}")
            data = json.loads(proc.stdout)
            if data["rows"] != JOB_REQUESTS:
                raise RuntimeError(f"{mode}: {data['rows']} results for {JOB_REQUESTS} requests")
            table.add(Row(f"6{'ab'[n]}", f"{mode}: peak RSS of the client process",
                          f"{data['peak_mb']:.0f} MB", "", "< 100 MB",
                          check(data["peak_mb"], 100, strict=True),
                          f"{data['batches']} batches, {data['seconds']:.0f} s wall, "
                          f"{JOB_REQUESTS / data['seconds']:,.0f} requests/s; VmHWM, imports included "
                          f"(ru_maxrss {data['ru_maxrss_mb']:.0f} MB)"))
    finally:
        server.kill()
        server.wait()


# -- main --------------------------------------------------------------------------------------------


def _installed(package: str) -> str:
    try:
        return version(package)
    except Exception:  # noqa: BLE001 - a peer of a section not run (BENCH_ONLY) may be missing
        return "not installed"


def machine() -> list[str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"date: {_dt.datetime.now(_dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"machine: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu or '?'}, "
        f"{platform.system()} {platform.release()}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"load average at start: {load}",
        f"runs per row: {RUNS} (whole API: {WHOLE_RUNS}); calls per CPU sample: {CALLS}",
        "versions: " + ", ".join(f"{p} {_installed(p)}" for p in (
            "datamodel-code-generator", "black", "pydantic", "httpx", "openapi-python-client",
            "ruff", "openai")),
    ]


def compile_generator() -> None:
    """Write the generator's bytecode (`__pycache__`, git-ignored) before measuring it: the
    peers run from site-packages, byte-compiled when pip installed them, and an installed
    generator is too; a checkout run under PYTHONDONTWRITEBYTECODE=1 (as on the shared machine)
    would otherwise compile every module of the generator on every run (0.07 s of CPU), and
    every template it renders (`render._TemplateBytecode`, another 0.07 s)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "generator")], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([PY, "-c", "from generator.emit.render import compile_templates; "  # and templates
                    "compile_templates()"], check=True, cwd=ROOT, env=env)


def main() -> int:
    started = time.perf_counter()
    if not UPSTREAM.exists():
        print(f"missing upstream spec: {UPSTREAM}", file=sys.stderr)
        return 2
    header = machine()
    print("\n".join(header), flush=True)
    compile_generator()
    table = Table()
    with tempfile.TemporaryDirectory(prefix="bench-") as name:
        tmp = Path(name)
        if "1" in ONLY:
            bench_cut(table, tmp)
            bench_update(table, tmp)
        if "2" in ONLY:
            bench_whole(table, tmp)
            bench_big_updates(table, tmp)
        if "3" in ONLY:
            bench_import(table)
        if "4" in ONLY or "5" in ONLY:
            with LocalServer() as base_url:
                if "4" in ONLY:
                    bench_calls(table, base_url)
                if "5" in ONLY:
                    bench_stream(table, base_url, tmp)
        if "6" in ONLY:
            bench_batch_job(table, tmp)
        if "7" in ONLY:
            bench_small(table, tmp)
        if "8" in ONLY:
            bench_corpus_memory(table, tmp)
    elapsed = time.perf_counter() - started
    footer = [f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
              f"`make bench` took {elapsed:.0f} s"]
    misses = [r.key for r in table.rows if r.result in ("MISS", "FAILED")]
    summary = (f"targets: {sum(r.result == 'PASS' for r in table.rows)} PASS, "
               f"{len(misses)} MISS" + (f" ({', '.join(misses)})" if misses else ""))
    text = ("# Benchmarks\n\n" + "".join(f"- {line}\n" for line in header + footer) + "\n"
            + table.markdown() + "\n" + summary + "\n\n"
            "opc = openapi-python-client. Ratios compare medians measured in the same run. "
            "Generator times are wall clock of the whole command (interpreter start included); "
            "cpu is user + system time of the process and every process it started, workers "
            "and their fork server included. Peak RSS (section 5) is the kernel's "
            "high-water mark (VmHWM) during the download minus the resident set before it "
            "(after imports and a 64 KiB warm-up download).\n")
    print("\n" + "\n".join(footer))
    print("\n" + table.markdown() + "\n" + summary)
    (HERE / "results.md").write_text(text, encoding="utf-8")
    print(f"\nwrote {HERE / 'results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
