"""Polling mistakes a type checker must catch: each line marked `# error` must be reported."""

from __future__ import annotations

from openai_evals import OpenAI, PollTimeoutError
from openai_evals.models import EvalRun


def wrong(client: OpenAI) -> None:
    client.evals.runs.poll("run_1")  # error
    client.evals.runs.poll("run_1", eval_id="e", poll_interval_ms="1s")  # error
    client.batches.poll("batch_1", max_wait_seconds="1h")  # error
    client.evals.runs.create_and_poll("eval_1", data_source={"type": "jsonl"}, name="n")  # error
    client.batches.create_and_poll(input_file_id="f", endpoint="/v1/chat/completions", completion_window="48h")  # error
    run: EvalRun = client.batches.poll("batch_1")  # error
    print(run)
    try:
        client.batches.poll("batch_1")
    except PollTimeoutError as err:
        print(err.last.output_file_id)  # error
