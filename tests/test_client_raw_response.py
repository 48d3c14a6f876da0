"""`with_raw_response`: the HTTP response with `.parse()`, for plain, list and binary methods;
and `_request_id` on parsed objects."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from openai_evals import APIResponse, AsyncCursorPage, NotFoundError, SyncCursorPage
from openai_evals.models import EvalRun, OpenAIFile

from tests.support.server import Reply

pytestmark = pytest.mark.usefixtures("client_env")

RUN_PATH = "/v1/evals/eval_1/runs/run_1"
LIST_PATH = "/v1/evals/eval_1/runs"


async def test_raw_retrieve(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(json=kit.run_json(), headers={"x-request-id": "req_raw", "X-Custom": "yes"}))
    client = kit.make()
    raw = await kit.call(client.evals.runs.with_raw_response.retrieve("run_1", eval_id="eval_1"))
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-custom"] == "yes"
    assert raw.headers["content-type"] == "application/json"
    assert raw.request_id == "req_raw"
    assert raw.retries_taken == 0
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.content.startswith(b"{")
    assert raw.text == raw.content.decode()  # a property, as the SDK's LegacyAPIResponse
    assert raw.json()["id"] == "run_1"
    run = raw.parse()
    assert isinstance(run, EvalRun)
    assert run.id == "run_1"
    assert run._request_id == "req_raw"
    assert raw.parse() is run  # parsed once
    assert "sk-" not in repr(raw)


async def test_raw_response_counts_retries(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, [Reply(status=503), Reply(status=201, json=kit.run_json())])
    client = kit.make()
    raw = await kit.call(client.evals.runs.with_raw_response.retrieve("run_1", eval_id="eval_1"))
    assert raw.status_code == 201
    assert raw.retries_taken == 1


async def test_raw_response_still_raises_status_errors(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(status=404, json={"error": {"message": "nope"}}))
    client = kit.make()
    with pytest.raises(NotFoundError):
        await kit.call(client.evals.runs.with_raw_response.retrieve("run_1", eval_id="eval_1"))


async def test_raw_list(kit: Any) -> None:
    pages = [
        Reply(json=kit.list_json([kit.run_json("run_1"), kit.run_json("run_2")], has_more=True), headers={"x-request-id": "req_p1"}),
        Reply(json=kit.list_json([kit.run_json("run_3")], has_more=False), headers={"x-request-id": "req_p2"}),
    ]
    kit.server.route("GET", LIST_PATH, pages)
    client = kit.make()
    raw = await kit.call(client.evals.runs.with_raw_response.list("eval_1", limit=2))
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req_p1"
    page = raw.parse()
    assert isinstance(page, AsyncCursorPage if kit.is_async else SyncCursorPage)
    assert [run.id for run in page.data] == ["run_1", "run_2"]
    assert page.response._request_id == "req_p1"
    assert page.has_next_page()
    # the parsed page paginates normally (and no longer in raw mode)
    items = await kit.collect(page)
    assert [run.id for run in items] == ["run_1", "run_2", "run_3"]
    assert all(isinstance(run, EvalRun) for run in items)
    assert kit.server.requests[-1].query["after"] == ["run_2"]


async def test_raw_mode_does_not_leak_into_later_calls(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(json=kit.run_json()))
    client = kit.make()
    await kit.call(client.evals.runs.with_raw_response.retrieve("run_1", eval_id="eval_1"))
    run = await kit.call(client.evals.runs.retrieve("run_1", eval_id="eval_1"))
    assert isinstance(run, EvalRun)


async def test_raw_binary_download(kit: Any) -> None:
    kit.server.route("GET", "/v1/files/file-abc/content", Reply(body=b"line1\nline2\n", headers={"x-request-id": "req_bin"}))
    client = kit.make()
    raw = await kit.call(client.files.with_raw_response.content("file-abc"))
    assert raw.status_code == 200
    assert raw.request_id == "req_bin"
    binary = raw.parse()
    data = await kit.call(binary.read())
    assert data == b"line1\nline2\n"


async def test_parsed_objects_expose_request_id(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(json=kit.run_json(), headers={"x-request-id": "req_123"}))
    kit.server.route("GET", "/v1/files/file-abc", Reply(json=kit.file_json()))  # no request id
    kit.server.route("POST", "/v1/files", Reply(json=kit.file_json(), headers={"X-Request-ID": "req_up"}))
    client = kit.make()
    run = await kit.call(client.evals.runs.retrieve("run_1", eval_id="eval_1"))
    assert run._request_id == "req_123"
    file = await kit.call(client.files.retrieve("file-abc"))
    assert isinstance(file, OpenAIFile)
    assert file._request_id is None
    uploaded = await kit.call(client.files.create(file=b"x", purpose="batch"))
    assert uploaded._request_id == "req_up"
    # a private attribute: not part of the data
    assert "_request_id" not in run.model_dump()
    assert "request_id" not in run.to_dict()


async def test_request_id_on_leniently_parsed_object(kit: Any) -> None:
    body = kit.run_json(data_source={"type": "brand_new", "x": 1})
    kit.server.route("GET", RUN_PATH, Reply(json=body, headers={"x-request-id": "req_lenient"}))
    run = await kit.call(kit.make().evals.runs.retrieve("run_1", eval_id="eval_1"))
    assert run._request_id == "req_lenient"


# -- every raw and streamed path of every method -----------------------------------------------
# Each of the config's methods, through `with_raw_response` and `with_streaming_response`, sync
# and async, answered by the upstream spec's example (a download: a JSON line); warnings are
# errors, as in the SDK's own test config.

from tests.support.answers import answer_root, call_arguments, methods, upstream_examples  # noqa: E402

DOWNLOAD = b'{"custom_id": "r1", "n": 1}\n'
METHODS = sorted(methods())


def _answer(trail: str) -> tuple[bytes, Any]:
    """The body the server sends for `trail`, and its JSON."""
    example = upstream_examples().get(trail)
    if example is None:  # the download
        return DOWNLOAD, {"custom_id": "r1", "n": 1}
    return json.dumps(example).encode(), example


def _route(kit: Any, trail: str) -> tuple[Any, Any, list[Any], dict[str, Any], bytes, Any]:
    """The raw and streamed wrappers of `trail`, its arguments, and what the server answers."""
    verb, path = methods()[trail]
    client = kit.make(max_retries=0)
    *resource_path, name = trail.split(".")
    resource: Any = client
    for attr in resource_path:
        resource = getattr(resource, attr)
    args, kwargs, requested = call_arguments(getattr(resource, name), path)
    body, data = _answer(trail)
    media = "application/jsonl" if body == DOWNLOAD else "application/json"
    kit.server.route(verb, "/v1" + requested, Reply(body=body, headers={"content-type": media, "x-request-id": "req_every"}))
    raw = getattr(resource.with_raw_response, name)
    streamed = getattr(resource.with_streaming_response, name)
    return raw, streamed, args, kwargs, body, data


def _check_parsed(kit: Any, trail: str, parsed: Any, body: bytes, data: Any, *, streamed: bool) -> None:
    if body == DOWNLOAD:  # the SDK: a raw download parses to the download, a streamed one to bytes
        if streamed:
            assert parsed == body
        else:
            from openai_evals import AsyncBinaryResponse, BinaryResponse

            assert type(parsed) is (AsyncBinaryResponse if kit.is_async else BinaryResponse)
            assert parsed.content == body and parsed.text == body.decode() and parsed.json() == data
            assert parsed.request_id == "req_every"
        return
    root = answer_root(parsed)
    assert root.to_dict() == data, trail
    assert root._request_id == "req_every"


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("trail", METHODS)
async def test_every_raw_response(kit: Any, trail: str) -> None:
    raw_call, _, args, kwargs, body, data = _route(kit, trail)
    raw = await kit.call(raw_call(*args, **kwargs))
    assert isinstance(raw, APIResponse)
    assert raw.is_closed  # read and closed before the call returns
    assert raw.status_code == 200 and raw.request_id == "req_every"
    assert raw.content == body
    assert raw.text == body.decode()
    assert raw.json() == data
    parsed = raw.parse()
    _check_parsed(kit, trail, parsed, body, data, streamed=False)
    assert raw.parse() is parsed


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("trail", METHODS)
@pytest.mark.parametrize("first", ["parse", "read", "text", "json", "iter_bytes"])
async def test_every_streamed_response(kit: Any, trail: str, first: str) -> None:
    """Open, unread in the block, whichever accessor comes first; closed after it."""
    _, streamed_call, args, kwargs, body, data = _route(kit, trail)

    async def use(response: Any) -> None:
        assert not response.is_closed
        assert response.status_code == 200 and response.request_id == "req_every"
        if first == "iter_bytes":
            assert b"".join(await kit.collect(response.iter_bytes())) == body
            return
        if first == "parse":
            _check_parsed(kit, trail, await kit.call(response.parse()), body, data, streamed=True)
        assert await kit.call(response.read()) == body
        assert await kit.call(response.text()) == body.decode()
        assert await kit.call(response.json()) == data
        _check_parsed(kit, trail, await kit.call(response.parse()), body, data, streamed=True)

    if kit.is_async:
        async with streamed_call(*args, **kwargs) as response:
            await use(response)
    else:
        with streamed_call(*args, **kwargs) as response:
            await use(response)
    assert response.is_closed
