"""The seeds' examples, written in Python: must type-check clean under pyright strict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pydantic
from typing_extensions import assert_type

from openai_evals import (APIResponse, AsyncCursorPage, AsyncOpenAI, BinaryResponse, OpenAI,
                          SyncCursorPage, Unknown)
from openai_evals.models import Batch, EvalRun, EvalRunOutputItem, OpenAIFile


def sync_usage(client: OpenAI, eval_id: str) -> None:
    run: EvalRun = client.evals.runs.create(
        eval_id,
        name="Test Run v1",
        data_source={
            "type": "jsonl",
            "source": {
                "type": "file_content",
                "content": [{"item": {"question": "What is 2+2?", "expected_answer": "4"}}],
            },
        },
    )
    client.evals.runs.create(
        eval_id,
        data_source={
            "type": "completions",
            "source": {"type": "file_content", "content": [{"item": {"question": "Explain gravity."}}]},
            "model": "gpt-4o",
            "input_messages": {
                "type": "template",
                "template": [{"role": "user", "content": "{{item.question}}"}],
            },
        },
    )
    retrieved = client.evals.runs.retrieve(run.id, eval_id=eval_id)
    if isinstance(retrieved.data_source, Unknown):  # a data source kind newer than this client
        print(retrieved.data_source.to_dict())
    print(retrieved.status, retrieved.result_counts.passed)
    for listed in client.evals.runs.list(eval_id, order="desc"):
        print(listed.id, listed.status, listed.name)
    client.evals.runs.cancel(run.id, eval_id=eval_id)
    deleted = client.evals.runs.delete(run.id, eval_id=eval_id)
    print(deleted.deleted)
    items: list[EvalRunOutputItem] = list(
        client.evals.runs.output_items.list(run.id, eval_id=eval_id, status="fail")
    )
    if items:
        client.evals.runs.output_items.retrieve(items[0].id, eval_id=eval_id, run_id=run.id)

    uploaded: OpenAIFile = client.files.create(file=Path("requests.jsonl"), purpose="batch")
    batch: Batch = client.batches.create(
        input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    client.batches.retrieve(batch.id)
    client.batches.cancel(batch.id)
    page = client.batches.list(limit=10)
    if page.has_next_page():
        page.get_next_page()
    # a page is a model of the list response, as the SDK's
    last_id: str | None = page.last_id
    has_more: bool = page.has_more
    batches: list[Batch] = page.data
    page_dict: dict[str, Any] = page.to_dict()
    as_model: pydantic.BaseModel = page
    typed_page: SyncCursorPage[Batch] = page
    print(last_id, has_more, batches, page_dict, as_model, typed_page.to_json(), page.object)
    for later in page.iter_pages():
        print(later.first_id, later.model_dump_json())
    if batch.output_file_id:
        client.files.content(batch.output_file_id).write_to_file("out.jsonl")
        # as with the official SDK: a property, a method, line iteration, a streamed response
        text: str = client.files.content(batch.output_file_id).text
        rows: object = client.files.content(batch.output_file_id).json()
        print(text, rows, client.files.content(batch.output_file_id).content[:10])
        with client.files.with_streaming_response.content(batch.output_file_id) as resp:
            for line in resp.iter_lines():
                print(line.strip())
            print(resp.headers.get("content-type"), resp.request_id)
    with client.batches.with_streaming_response.retrieve(batch.id) as streamed:
        streamed_batch: Batch = streamed.parse()
        print(streamed_batch.status, streamed.status_code)
    raw = client.evals.runs.with_raw_response.retrieve(run.id, eval_id=eval_id)
    parsed: EvalRun = raw.parse()
    print(raw.status_code, parsed.id)
    client.with_options(max_retries=5).evals.list(order="asc")


async def async_usage(client: AsyncOpenAI, eval_id: str) -> None:
    run = await client.evals.runs.retrieve("run_1", eval_id=eval_id)
    print(run.status)
    async for listed in client.evals.runs.list(eval_id):
        print(listed.id)
    page = await client.evals.runs.list(eval_id)
    print(page.data)
    run_page: AsyncCursorPage[EvalRun] = page
    first_id: str | None = run_page.first_id
    print(first_id, run_page.has_more, run_page.model_dump()["data"])
    if run_page.has_next_page():
        next_page: AsyncCursorPage[EvalRun] = await run_page.get_next_page()
        print(next_page.last_id)
    content = await client.files.content("file_1")
    content.write_to_file("out.jsonl")  # the SDK's: the body is already read
    print(content.text, content.content[:10])
    async for chunk in content.aiter_bytes():
        print(len(chunk))
    async with client.files.with_streaming_response.content("file_1") as resp:
        async for line in resp.iter_lines():
            print(line)
        await resp.stream_to_file("out.jsonl")
    async with client.evals.runs.with_streaming_response.list(eval_id) as listed_resp:
        first_page = await listed_resp.parse()
        print(first_page.data, listed_resp.http_request.url)


def context_managers() -> None:
    """`with OpenAI() as client:` keeps the client's type (not Any), sync and async."""
    with OpenAI(api_key="sk-test") as client:
        assert_type(client, OpenAI)
        run: EvalRun = client.evals.runs.retrieve("run_1", eval_id="eval_1")
        print(run.status)
        # as the SDK's: a streamed download parses to its bytes, a raw one to the download
        with client.files.with_streaming_response.content("file_1") as resp:
            assert_type(resp.parse(), bytes)
        raw = client.files.with_raw_response.content("file_1")
        assert_type(raw, APIResponse[BinaryResponse])
        print(raw.content, raw.text, raw.json(), raw.is_closed)


async def async_context_managers() -> None:
    async with AsyncOpenAI(api_key="sk-test") as client:
        assert_type(client, AsyncOpenAI)
        run: EvalRun = await client.evals.runs.retrieve("run_1", eval_id="eval_1")
        print(run.status)
        async with client.files.with_streaming_response.content("file_1") as resp:
            assert_type(await resp.parse(), bytes)
