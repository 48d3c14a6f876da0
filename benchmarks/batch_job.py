"""A 1,000,000-request batch job against the stateful local API, in processes of their own:

    python benchmarks/batch_job.py server            # prints "PORT <n>", serves until killed
    python benchmarks/batch_job.py client BASE_URL N STATE_FILE [sync|async] [MAX_REQUESTS]

The client submits N synthetic chat requests with `client.batches.submit_job(...)` (50,000 a
batch, a state file, so the resumable path with its journal is what is measured), reads every
result with `job.results()`, and prints JSON: seconds, rows, batches, and its peak resident set
(VmHWM, the kernel's high-water mark of the process since it started: imports included).
The server (tests/support/batch_api.py) records no request bodies and computes output files
from the stored input when they are downloaded.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent


def status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as file:
        for line in file:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def requests(n: int) -> Iterator[tuple[str, dict[str, Any]]]:
    for i in range(n):
        yield f"request-{i:07d}", {"model": "gpt-4o-mini", "max_tokens": 16,
                                   "messages": [{"role": "user", "content": f"What is {i} + {i}?"}]}


def serve() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.support.batch_api import FakeAPI
    from tests.support.server import ScriptedServer

    class QuietServer(ScriptedServer):
        def _record_request(self, request: Any) -> None:  # 200 MB of uploads: not kept
            pass

    server = QuietServer().start()
    FakeAPI(server, polls_to_finish=1, count_submitted=False)
    print(f"PORT {server.url.rsplit(':', 1)[1]}", flush=True)
    while True:
        time.sleep(3600)


def client(base_url: str, n: int, state_file: str, mode: str, max_requests: int) -> None:
    from openai_evals import AsyncOpenAI, OpenAI

    started = time.perf_counter()
    rows = ok = 0
    options: dict[str, Any] = dict(endpoint="/v1/chat/completions", state_file=state_file,
                                   poll_interval_ms=200, max_requests=max_requests)
    if mode == "sync":
        job = OpenAI(api_key="sk-bench", base_url=base_url).batches.submit_job(requests(n), **options)
        batches = len(job.batch_ids)
        for row in job.results():
            rows += 1
            ok += row.ok
    else:
        async def run() -> tuple[int, int, int]:
            rows = ok = 0
            api = AsyncOpenAI(api_key="sk-bench", base_url=base_url)
            job = await api.batches.submit_job(requests(n), **options)
            async for row in job.results():
                rows += 1
                ok += row.ok
            return rows, ok, len(job.batch_ids)

        rows, ok, batches = asyncio.run(run())
    print(json.dumps({"seconds": time.perf_counter() - started, "rows": rows, "ok": ok,
                      "batches": batches, "peak_mb": status_mb("VmHWM"),
                      "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    if sys.argv[1] == "server":
        serve()
    else:
        client(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else "sync",
               int(sys.argv[6]) if len(sys.argv) > 6 else 50_000)
