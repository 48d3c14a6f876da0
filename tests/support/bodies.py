"""Response bodies as the API sends them, for the client tests."""

from __future__ import annotations

import copy
from typing import Any


def run_json(run_id: str = "run_1", eval_id: str = "eval_1", **overrides: Any) -> dict[str, Any]:
    """An `eval.run` object as the API sends it."""
    data: dict[str, Any] = {
        "object": "eval.run",
        "id": run_id,
        "eval_id": eval_id,
        "status": "completed",
        "model": "gpt-4o-mini",
        "name": f"run {run_id}",
        "created_at": 1_700_000_000,
        "report_url": f"https://platform.openai.com/evals/{eval_id}/runs/{run_id}",
        "result_counts": {"total": 3, "errored": 0, "failed": 1, "passed": 2},
        "per_model_usage": [
            {
                "model_name": "gpt-4o-mini",
                "invocation_count": 3,
                "prompt_tokens": 30,
                "completion_tokens": 9,
                "total_tokens": 39,
                "cached_tokens": 0,
            }
        ],
        "per_testing_criteria_results": [{"testing_criteria": "exact", "passed": 2, "failed": 1}],
        "data_source": {"type": "jsonl", "source": {"type": "file_id", "id": "file-abc"}},
        "metadata": {"team": "qa"},
        "error": {"code": "", "message": ""},
    }
    data.update(copy.deepcopy(overrides))
    return data


def file_json(file_id: str = "file-abc", **overrides: Any) -> dict[str, Any]:
    """A `file` object as the API sends it."""
    data: dict[str, Any] = {
        "id": file_id,
        "object": "file",
        "bytes": 5,
        "created_at": 1_700_000_000,
        "filename": "data.jsonl",
        "purpose": "batch",
        "status": "processed",
    }
    data.update(overrides)
    return data


def list_json(items: list[dict[str, Any]], has_more: bool) -> dict[str, Any]:
    return {
        "object": "list",
        "data": items,
        "first_id": items[0]["id"] if items else "",
        "last_id": items[-1]["id"] if items else "",
        "has_more": has_more,
    }
