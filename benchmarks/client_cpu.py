"""Client CPU per call, in a process of its own (one per client, so imports and caches of one
client never help or hurt another):

    python benchmarks/client_cpu.py CLIENT BASE_URL CALLS REPS   # CLIENT: ours | openai | httpx

Every operation is first called WARMUP (50) times; then, for each, REPS times `CALLS` calls
timed with time.process_time() (this process's user + system CPU: the server's work is in
another process and not counted).
Prints one JSON object: {operation: [microseconds per call, one per rep]}.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any, Callable

EVAL_ID = "eval_67abd54d9b0081909a86353f6fb9317a"
RUN_ID = "evalrun_67abd54d60ec8190832b46859da808f7"
API_KEY = "sk-bench-0123456789abcdef"
WARMUP = 50  # the first hundred or so calls of a fresh process are slower (caches filling)
BATCH_ARGS = {"input_file_id": "file-4GxQ8vPq2mJk7LrT9wYh", "endpoint": "/v1/chat/completions",
              "completion_window": "24h"}


def ops_ours(base_url: str) -> dict[str, Callable[[], Any]]:
    from openai_evals import OpenAI

    client = OpenAI(api_key=API_KEY, base_url=base_url)

    def page() -> Any:
        p = client.evals.runs.output_items.list(RUN_ID, eval_id=EVAL_ID, limit=100)
        assert len(p.data) == 100 and p.data[-1].sample.usage.total_tokens > 0
        return p

    def runs_page() -> Any:
        p = client.evals.runs.list(EVAL_ID, limit=100)
        assert len(p.data) == 100 and p.data[-1].data_source.source.type == "file_id"
        return p

    return {
        "retrieve": lambda: client.evals.runs.retrieve(RUN_ID, eval_id=EVAL_ID).status,
        "page": page,
        "runs_page": runs_page,
        "create": lambda: client.batches.create(**BATCH_ARGS).id,  # type: ignore[arg-type]
    }


def ops_openai(base_url: str) -> dict[str, Callable[[], Any]]:
    import openai

    client = openai.OpenAI(api_key=API_KEY, base_url=base_url)

    def page() -> Any:
        p = client.evals.runs.output_items.list(RUN_ID, eval_id=EVAL_ID, limit=100)
        assert len(p.data) == 100 and p.data[-1].sample.usage.total_tokens > 0
        return p

    def runs_page() -> Any:
        p = client.evals.runs.list(EVAL_ID, limit=100)
        assert len(p.data) == 100 and p.data[-1].data_source.source.type == "file_id"
        return p

    return {
        "retrieve": lambda: client.evals.runs.retrieve(RUN_ID, eval_id=EVAL_ID).status,
        "page": page,
        "runs_page": runs_page,
        "create": lambda: client.batches.create(**BATCH_ARGS).id,  # type: ignore[arg-type]
    }


def ops_httpx(base_url: str) -> dict[str, Callable[[], Any]]:
    """The floor: the same HTTP exchange with httpx and json, no client library on top."""
    import httpx

    http = httpx.Client(base_url=base_url.rstrip("/") + "/",
                        headers={"Authorization": f"Bearer {API_KEY}"})
    run_url = f"evals/{EVAL_ID}/runs/{RUN_ID}"

    def page() -> Any:
        p = http.get(run_url + "/output_items", params={"limit": 100}).json()
        assert len(p["data"]) == 100
        return p

    def runs_page() -> Any:
        p = http.get(f"evals/{EVAL_ID}/runs", params={"limit": 100}).json()
        assert len(p["data"]) == 100
        return p

    return {
        "retrieve": lambda: http.get(run_url).json()["status"],
        "page": page,
        "runs_page": runs_page,
        "create": lambda: http.post("batches", json=BATCH_ARGS).json()["id"],
    }


def main() -> None:
    which, base_url, calls, reps = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    ops = {"ours": ops_ours, "openai": ops_openai, "httpx": ops_httpx}[which](base_url)
    out: dict[str, list[float]] = {}
    for op in ops.values():  # every operation warmed up before any is timed: the first
        for _ in range(WARMUP):  # one timed would otherwise pay for the process warming up
            op()
    for name, op in ops.items():
        per_rep = []
        for _ in range(reps):
            start = time.process_time()
            for _ in range(calls):
                op()
            per_rep.append((time.process_time() - start) / calls * 1e6)
        out[name] = per_rep
    print(json.dumps(out))


if __name__ == "__main__":
    main()
