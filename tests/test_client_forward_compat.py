"""Forward compatibility: a response from a newer API (extra fields, new enum values, new
union variants, fields left out) parses without error and keeps the data it carried."""

from __future__ import annotations

import json
import warnings
from typing import Any

import pytest
from openai_evals.models import (
    CreateEvalCompletionsRunDataSource,
    CreateEvalJsonlRunDataSource,
    EvalJsonlFileIdSource,
    EvalRun,
    EvalRunResultCounts,
    OpenAIFile,
)
from openai_evals import Unknown

from tests.support.server import Reply

pytestmark = pytest.mark.usefixtures("client_env")

RUN_PATH = "/v1/evals/eval_1/runs/run_1"


async def fetch_run(kit: Any, body: dict[str, Any]) -> EvalRun:
    kit.server.route("GET", RUN_PATH, Reply(json=body))
    run = await kit.call(kit.make().evals.runs.retrieve("run_1", eval_id="eval_1"))
    assert isinstance(run, EvalRun)
    return run


async def test_known_shape_parses_strictly(kit: Any) -> None:
    run = await fetch_run(kit, kit.run_json())
    assert isinstance(run.data_source, CreateEvalJsonlRunDataSource)
    assert isinstance(run.data_source.source, EvalJsonlFileIdSource)
    assert isinstance(run.result_counts, EvalRunResultCounts)
    assert run.to_dict() == kit.run_json()


async def test_unknown_extra_field_is_kept(kit: Any) -> None:
    body = kit.run_json(shiny_new_field={"nested": [1, 2]}, another="x")
    body["result_counts"]["skipped"] = 4  # also inside a nested model
    run = await fetch_run(kit, body)
    assert run.shiny_new_field == {"nested": [1, 2]}
    assert run.another == "x"
    assert run.result_counts.skipped == 4
    dumped = run.model_dump()
    assert dumped["shiny_new_field"] == {"nested": [1, 2]}
    assert dumped["result_counts"]["skipped"] == 4
    assert run.to_dict() == body


async def test_new_status_value(kit: Any) -> None:
    run = await fetch_run(kit, kit.run_json(status="paused_for_review"))
    assert run.status == "paused_for_review"
    assert isinstance(run.data_source, CreateEvalJsonlRunDataSource)


async def test_new_enum_value_in_literal_field(kit: Any) -> None:
    # `purpose` is a closed Literal in the spec; a new value must not break parsing
    kit.server.route("GET", "/v1/files/file-abc", Reply(json=kit.file_json(purpose="brand_new_purpose", status="archived")))
    file = await kit.call(kit.make().files.retrieve("file-abc"))
    assert isinstance(file, OpenAIFile)
    assert file.purpose == "brand_new_purpose"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # deprecated in the spec: reads still never warn
        assert file.status == "archived"
    assert file.id == "file-abc"
    assert file.bytes == 5


async def test_unknown_data_source_variant(kit: Any) -> None:
    new_source = {"type": "realtime_capture", "stream_id": "s_1", "options": {"window": 30}}
    body = kit.run_json(data_source=new_source, status="in_progress")
    run = await fetch_run(kit, body)
    # an object of its own, none of the known variants, its fields reachable as attributes
    assert isinstance(run.data_source, Unknown)
    assert not isinstance(run.data_source, (CreateEvalJsonlRunDataSource, CreateEvalCompletionsRunDataSource))
    assert run.data_source.type == "realtime_capture"
    assert run.data_source.stream_id == "s_1"
    assert run.data_source.options == {"window": 30}  # free-form data it carries stays as sent
    assert run.data_source.to_dict() == new_source
    # the other fields are still parsed into their models
    assert run.id == "run_1"
    assert run.status == "in_progress"
    assert isinstance(run.result_counts, EvalRunResultCounts)
    assert run.result_counts.passed == 2
    assert run.per_model_usage[0].model_name == "gpt-4o-mini"
    assert run.per_testing_criteria_results[0].testing_criteria == "exact"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no serializer warnings about the kept data
        assert run.to_dict() == body
        assert json.loads(run.to_json()) == body
        assert run.model_dump()["data_source"] == new_source
        assert json.loads(run.model_dump_json(by_alias=True))["data_source"] == new_source


async def test_unknown_variant_nested_in_a_known_variant(kit: Any) -> None:
    body = kit.run_json(data_source={"type": "jsonl", "source": {"type": "s3_bucket", "bucket": "b"}})
    run = await fetch_run(kit, body)
    assert isinstance(run.data_source, CreateEvalJsonlRunDataSource)
    assert run.data_source.type == "jsonl"
    assert isinstance(run.data_source.source, Unknown)
    assert run.data_source.source.bucket == "b"
    assert run.data_source.source.to_dict() == {"type": "s3_bucket", "bucket": "b"}


async def test_missing_optional_fields(kit: Any) -> None:
    # the completions variant with only its required fields: optional ones default to None
    body = kit.run_json(data_source={"type": "completions", "source": {"type": "file_id", "id": "file-1"}})
    run = await fetch_run(kit, body)
    assert isinstance(run.data_source, CreateEvalCompletionsRunDataSource)
    assert run.data_source.model is None
    assert run.data_source.input_messages is None
    assert run.data_source.sampling_params is None
    assert run.to_dict() == body  # fields left out are not invented when dumping

    kit.server.route("GET", "/v1/files/file-abc", Reply(json=kit.file_json()))  # no expires_at, status_details
    file = await kit.call(kit.make().files.retrieve("file-abc"))
    assert file.expires_at is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert file.status_details is None


async def test_missing_field_the_spec_requires(kit: Any) -> None:
    body = kit.run_json()
    del body["error"]
    del body["report_url"]
    run = await fetch_run(kit, body)
    assert run.id == "run_1"
    assert isinstance(run.result_counts, EvalRunResultCounts)
    assert run.to_dict() == body  # what was left out is not invented when dumping by set fields
    assert run.error is None and run.report_url is None  # declared fields read as None
    assert run.model_dump()["error"] is None


async def test_null_where_the_spec_has_an_object(kit: Any) -> None:
    run = await fetch_run(kit, kit.run_json(error=None, metadata=None))
    assert run.error is None
    assert run.metadata is None
    assert run.id == "run_1"


async def test_type_changes_keep_the_value(kit: Any) -> None:
    # created_at became a string, counts became floats: kept as sent rather than failing
    body = kit.run_json(created_at="2025-01-01T00:00:00Z")
    run = await fetch_run(kit, body)
    assert run.created_at == "2025-01-01T00:00:00Z"
    assert run.result_counts.total == 3


async def test_leniency_in_lists_and_pages(kit: Any) -> None:
    items = [
        kit.run_json("run_1"),
        kit.run_json("run_2", data_source={"type": "future", "x": 1}, extra="e"),
    ]
    kit.server.route("GET", "/v1/evals/eval_1/runs", Reply(json={**kit.list_json(items, has_more=False), "total": 2}))
    page = await kit.call(kit.make().evals.runs.list("eval_1"))
    assert [run.id for run in page.data] == ["run_1", "run_2"]
    assert isinstance(page.data[0].data_source, CreateEvalJsonlRunDataSource)
    assert isinstance(page.data[1].data_source, Unknown)
    assert page.data[1].data_source.to_dict() == {"type": "future", "x": 1}
    assert page.data[1].extra == "e"
    assert page.response.total == 2
