"""Polling as a user writes it: must type-check clean under pyright strict."""

from __future__ import annotations

from openai_evals import AsyncOpenAI, OpenAI, PollTimeoutError
from openai_evals.models import Batch, EvalRun


def sync_polling(client: OpenAI, eval_id: str) -> None:
    run: EvalRun = client.evals.runs.create_and_poll(
        eval_id,
        name="nightly",
        data_source={"type": "jsonl", "source": {"type": "file_id", "id": "file-abc"}},
        max_wait_seconds=3600,
    )
    print(run.status, run.result_counts.passed)
    again: EvalRun = client.evals.runs.poll(run.id, eval_id=eval_id, poll_interval_ms=500)
    print(again.per_testing_criteria_results)
    try:
        batch: Batch = client.batches.create_and_poll(
            input_file_id="file-in", endpoint="/v1/chat/completions", completion_window="24h"
        )
        if batch.status == "completed" and batch.output_file_id:
            client.files.content(batch.output_file_id).write_to_file("out.jsonl")
    except PollTimeoutError as err:
        last = err.last
        if isinstance(last, Batch):
            print(last.request_counts, err.status, err.waited)


async def async_polling(client: AsyncOpenAI, eval_id: str) -> None:
    run: EvalRun = await client.evals.runs.poll("run_1", eval_id=eval_id, max_wait_seconds=60.5)
    batch: Batch = await client.batches.poll("batch_1", extra_headers={"X-Trace": "t"})
    print(run.status, batch.status)
