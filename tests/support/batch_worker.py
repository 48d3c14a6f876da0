"""A batch job in a process of its own, for the kill-and-resume tests:

    python -m tests.support.batch_worker BASE_URL STATE_FILE OUT_FILE REQUESTS MAX_REQUESTS sync|async

Submits REQUESTS synthetic chat requests (every 7th fails on the server) as a job of batches of
MAX_REQUESTS, and appends each result to OUT_FILE as it comes (one JSON line, flushed).
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any, Iterator

from openai_evals import AsyncOpenAI, OpenAI


def requests(n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        body: dict[str, Any] = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"q{i}"}]}
        if i % 7 == 3:
            body["simulate"] = "error"
        yield {"custom_id": f"req-{i}", "method": "POST", "url": "/v1/chat/completions", "body": body}


def main() -> None:
    base_url, state, out, n, max_requests, mode = sys.argv[1:7]
    options: dict[str, Any] = dict(endpoint="/v1/chat/completions", state_file=state,
                                   max_requests=int(max_requests), poll_interval_ms=20)
    with open(out, "a", encoding="utf-8") as sink:
        def write(row: Any) -> None:
            sink.write(json.dumps({"custom_id": row.custom_id, "status_code": row.status_code,
                                   "error": row.error and row.error.code}) + "\n")
            sink.flush()

        if mode == "sync":
            client = OpenAI(api_key="sk-test", base_url=base_url)
            job = client.batches.submit_job(requests(int(n)), **options)
            for row in job.results():
                write(row)
        else:
            async def run() -> None:
                client = AsyncOpenAI(api_key="sk-test", base_url=base_url)
                job = await client.batches.submit_job(requests(int(n)), **options)
                async for row in job.results():
                    write(row)

            asyncio.run(run())


if __name__ == "__main__":
    main()
