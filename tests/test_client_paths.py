"""Path parameters are percent-encoded into a single segment: an id can never reach another
endpoint, and an empty id is refused before anything is sent."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.server import Reply

pytestmark = pytest.mark.usefixtures("client_env")


@pytest.mark.parametrize(
    ("file_id", "raw_path"),
    [
        ("../files/x", "/v1/files/..%2Ffiles%2Fx"),
        ("..", "/v1/files/%2E%2E"),
        (".", "/v1/files/%2E"),
        ("a/b", "/v1/files/a%2Fb"),
        ("a b?c#d", "/v1/files/a%20b%3Fc%23d"),
        ("%2e%2e", "/v1/files/%252e%252e"),
        ("file-ünï", "/v1/files/file-%C3%BCn%C3%AF"),
        ("...", "/v1/files/..."),
    ],
)
async def test_path_parameter_stays_in_its_segment(kit: Any, file_id: str, raw_path: str) -> None:
    kit.server.route_prefix("GET", "/", Reply(json=kit.file_json(file_id)))
    file = await kit.call(kit.make().files.retrieve(file_id))
    assert file.id == file_id
    [request] = kit.server.requests
    assert request.path == raw_path


async def test_traversal_in_a_nested_path(kit: Any) -> None:
    kit.server.route_prefix("GET", "/", Reply(json=kit.run_json()))
    client = kit.make()
    await kit.call(client.evals.runs.retrieve("../../files", eval_id=".."))
    assert kit.server.requests[-1].path == "/v1/evals/%2E%2E/runs/..%2F..%2Ffiles"


async def test_traversal_in_a_list_path(kit: Any) -> None:
    kit.server.route_prefix("GET", "/", Reply(json=kit.list_json([], has_more=False)))
    await kit.call(kit.make().evals.runs.list("../evals"))
    assert kit.server.requests[-1].path == "/v1/evals/..%2Fevals/runs"


async def test_empty_id_raises_before_any_request(kit: Any) -> None:
    kit.server.route_prefix("GET", "/", Reply(json={}))
    kit.server.route_prefix("POST", "/", Reply(json={}))
    kit.server.route_prefix("DELETE", "/", Reply(json={}))
    client = kit.make()
    calls = [
        lambda: client.files.retrieve(""),
        lambda: client.files.content(""),
        lambda: client.files.delete(""),
        lambda: client.evals.runs.retrieve("run_1", eval_id=""),
        lambda: client.evals.runs.retrieve("", eval_id="eval_1"),
        lambda: client.evals.runs.list(""),
        lambda: client.evals.runs.cancel("", eval_id="eval_1"),
    ]
    for call in calls:
        with pytest.raises(ValueError, match="non-empty"):
            await kit.call(call())
    assert kit.server.requests == []
