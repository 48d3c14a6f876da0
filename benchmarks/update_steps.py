"""How much a real small spec update redoes on the models side, and how long it takes.

    .venv/bin/python benchmarks/update_steps.py [RUNS]

For each history update of the benchmark (006→007, 008→009, 010→011, with spec/client.yaml):
the previous version is generated into a fresh cache (GENERATOR_CACHE_DIR of its own) and
output folder, then the new one is timed as `make generate` meets it (a subprocess, median of
RUNS, default 3, each from a copy of the primed cache); then, in this process, the same update
is replayed to count the stale schemas of models.py and params.py, the schemas given to
datamodel-code-generator and the pieces given to black.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = next(p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir())
HISTORY = SHARED / "openapi" / "history"
CONFIG = ROOT / "spec" / "client.yaml"
UPDATES = (("006", "007"), ("008", "009"), ("010", "011"))
PY = str(ROOT / ".venv" / "bin" / "python")


def spec(number: str) -> Path:
    return sorted(HISTORY.glob(f"{number}-*.json"))[0]


def cmd(path: Path, out: Path) -> list[str]:
    return [PY, "-m", "generator", "--spec", str(path), "--config", str(CONFIG), "--out", str(out)]


def timed(path: Path, out: Path, cache: Path) -> float:
    env = dict(os.environ, GENERATOR_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    subprocess.run(cmd(path, out), cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def counts(before: Path, after: Path, tmp: Path) -> dict[str, int]:
    """Replay the update in this process and count the work of the models side."""
    from generator.emit import format as fmt
    from generator.emit import models
    from generator.machinery.cache import Cache
    from generator.pipeline import generate

    seen: dict[str, int] = {"stale models": 0, "stale params": 0, "dcg schemas": 0,
                            "black calls": 0}
    init, dcg, black = models.ModuleBuild.__init__, models._dcg_pieces, fmt.black_format

    def counting_init(self, *args, **kwargs):
        init(self, *args, **kwargs)
        seen[f"stale {self.kind}"] += self.stale_schemas

    def counting_dcg(inputs, options):
        seen["dcg schemas"] += len(inputs)
        return dcg(inputs, options)

    def counting_black(path, code):
        seen["black calls"] += 1
        return black(path, code)

    cache = Cache(tmp)
    generate(before, CONFIG, cache)
    models.ModuleBuild.__init__ = counting_init  # type: ignore[method-assign]
    models._dcg_pieces = counting_dcg
    models.black_format = counting_black
    os.environ["GENERATOR_JOBS"] = "1"
    try:
        generate(after, CONFIG, Cache(tmp))
    finally:
        models.ModuleBuild.__init__ = init  # type: ignore[method-assign]
        models._dcg_pieces = dcg
        models.black_format = black
    return seen


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for old, new in UPDATES:
            before, after = spec(old), spec(new)
            primed, out = tmp / f"primed-{old}", tmp / f"out-{old}"
            timed(before, out, primed)
            walls = []
            for i in range(runs):
                cache, target = tmp / f"cache-{old}-{i}", tmp / f"target-{old}-{i}"
                shutil.copytree(primed, cache)
                shutil.copytree(out, target)
                walls.append(timed(after, target, cache))
            work = counts(before, after, tmp / f"count-{old}")
            print(f"{old}→{new}: {statistics.median(walls):.3f} s (runs: "
                  f"{', '.join(f'{w:.3f}' for w in walls)}); "
                  + ", ".join(f"{k} {v}" for k, v in work.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
