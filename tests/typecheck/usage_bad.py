"""Mistakes a type checker must catch: each line marked `# error` must be reported."""

from __future__ import annotations

from openai_evals import OpenAI


def wrong(client: OpenAI) -> None:
    client.evals.runs.list("eval_1", order="newest")  # error
    client.evals.runs.retrieve("run_1")  # error
    client.batches.create(input_file_id="f", endpoint="/v1/chat/completions", completion_window="48h")  # error
    client.evals.runs.create("eval_1", data_source={"type": "jsonl", "sorce": {"type": "file_id", "id": "f"}})  # error
    client.evals.runs.output_items.list("run_1", eval_id="eval_1", status="flaky")  # error
    print(client.files.content("file_1").text())  # error
    print(client.batches.list().last_idd)  # error
    print(client.evals.runs.list("eval_1").first_id.upper())  # error


def wrong_in_with() -> None:
    with OpenAI(api_key="sk-test") as client:
        client.evals.runs.retrieve("run_1")  # error
