"""Errors: each status maps to its exception class with the response details, transport
failures map to APIConnectionError / APITimeoutError, and the API key never leaks into an
exception, a repr or a log line."""

from __future__ import annotations

import logging
import socket
from typing import Any

import httpx
import pytest
from openai_evals import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from tests.support.server import Reply

pytestmark = pytest.mark.usefixtures("client_env")

RUN_PATH = "/v1/evals/eval_1/runs/run_1"

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (418, APIStatusError),
]


def error_body(status: int) -> dict[str, Any]:
    return {"error": {"message": f"Something about {status}", "type": "invalid_request_error", "param": "run_id", "code": f"code_{status}"}}


async def retrieve(kit: Any, client: Any, **kwargs: Any) -> Any:
    return await kit.call(client.evals.runs.retrieve("run_1", eval_id="eval_1", **kwargs))


@pytest.mark.parametrize(("status", "exc_type"), STATUS_CLASSES, ids=[str(s) for s, _ in STATUS_CLASSES])
async def test_status_maps_to_exception_class(kit: Any, status: int, exc_type: type[APIStatusError]) -> None:
    kit.server.route("GET", RUN_PATH, Reply(status=status, json=error_body(status), headers={"x-request-id": f"req_{status}"}))
    with pytest.raises(APIStatusError) as info:
        await retrieve(kit, kit.make(max_retries=0))
    exc = info.value
    assert type(exc) is exc_type
    assert isinstance(exc, APIError)
    assert exc.status_code == status
    assert exc.body == error_body(status)["error"]  # the inner object, as the SDK gives it
    assert exc.request_id == f"req_{status}"
    assert isinstance(exc.response, httpx.Response)
    assert exc.response.status_code == status
    assert exc.response.headers["x-request-id"] == f"req_{status}"
    assert exc.request.method == "GET"
    assert exc.request.url.path == RUN_PATH
    assert (exc.code, exc.param, exc.type) == (f"code_{status}", "run_id", "invalid_request_error")
    assert str(exc) == f"Error code: {status} - Something about {status} (request id: req_{status})"


async def test_error_without_request_id_or_json(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(status=502, body=b"<html>Bad gateway</html>", content_type="text/html"))
    with pytest.raises(InternalServerError) as info:
        await retrieve(kit, kit.make(max_retries=0))
    exc = info.value
    assert exc.body == "<html>Bad gateway</html>"
    assert exc.request_id is None
    assert exc.code is None
    assert str(exc) == "Error code: 502 - <html>Bad gateway</html>"


@pytest.mark.parametrize(
    ("sent", "body"),
    [
        ({"message": "no error key", "detail": 1}, {"message": "no error key", "detail": 1}),  # whole body
        ({"error": "a plain string"}, "a plain string"),  # the SDK's `body.get("error", body)`
        ([1, 2], [1, 2]),
    ],
    ids=["no-error-key", "string-error", "list"],
)
async def test_error_body_without_an_error_object(kit: Any, sent: Any, body: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(status=400, json=sent))
    with pytest.raises(BadRequestError) as info:
        await retrieve(kit, kit.make(max_retries=0))
    assert info.value.body == body
    assert info.value.code is None


async def test_error_with_empty_body(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(status=404))
    with pytest.raises(NotFoundError) as info:
        await retrieve(kit, kit.make(max_retries=0))
    assert info.value.body is None
    assert str(info.value) == "Error code: 404"


async def test_success_with_invalid_json_is_a_validation_error(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(status=200, body=b"not json", content_type="application/json"))
    with pytest.raises(APIResponseValidationError) as info:
        await retrieve(kit, kit.make(max_retries=0))
    assert info.value.status_code == 200
    assert info.value.body == "not json"
    assert isinstance(info.value.__cause__, ValueError)  # the parser's own message is kept


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_connection_refused_is_api_connection_error(kit: Any) -> None:
    client = kit.make(base_url=f"http://127.0.0.1:{_closed_port()}/v1", max_retries=1)
    with pytest.raises(APIConnectionError) as info:
        await retrieve(kit, client)
    exc = info.value
    assert not isinstance(exc, APITimeoutError)
    assert isinstance(exc.request, httpx.Request)
    assert exc.body is None
    assert str(exc).startswith("Connection error")
    assert isinstance(exc.__cause__, httpx.ConnectError)  # the cause is kept (raise ... from)


async def test_dropped_connection_is_api_connection_error(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(drop=True))
    with pytest.raises(APIConnectionError) as info:
        await retrieve(kit, kit.make(max_retries=0))
    assert type(info.value) is APIConnectionError
    assert info.value.request.url.path == RUN_PATH
    assert isinstance(info.value.__cause__, httpx.TransportError)


async def test_timeout_is_api_timeout_error(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(json={}, delay=2.0))
    with pytest.raises(APITimeoutError) as info:
        await retrieve(kit, kit.make(max_retries=0, timeout=0.1))
    assert isinstance(info.value, APIConnectionError)  # callers catching connection errors get timeouts too
    assert str(info.value) == "Request timed out."
    assert info.value.request.url.path == RUN_PATH
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


# -- the API key never leaks -----------------------------------------------------------------


def assert_no_key(kit: Any, *texts: str) -> None:
    for text in texts:
        assert kit.api_key not in text
        assert kit.api_key[8:] not in text  # not even a tail of it


@pytest.mark.parametrize("status", [400, 401, 500])
async def test_api_key_not_in_status_errors(kit: Any, status: int) -> None:
    kit.server.route("GET", RUN_PATH, Reply(status=status, json=error_body(status), headers={"x-request-id": "req_1"}))
    client = kit.make(max_retries=1)
    with pytest.raises(APIStatusError) as info:
        await retrieve(kit, client)
    exc = info.value
    assert_no_key(kit, str(exc), repr(exc), repr(client), str(exc.args), repr(exc.request), repr(exc.response))


async def test_api_key_not_in_connection_errors(kit: Any) -> None:
    client = kit.make(base_url=f"http://127.0.0.1:{_closed_port()}/v1", max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        await retrieve(kit, client)
    assert_no_key(kit, str(info.value), repr(info.value), repr(client))

    kit.server.route("GET", RUN_PATH, Reply(json={}, delay=2.0))
    client = kit.make(max_retries=0, timeout=0.1)
    with pytest.raises(APITimeoutError) as timeout_info:
        await retrieve(kit, client)
    assert_no_key(kit, str(timeout_info.value), repr(timeout_info.value))


def test_missing_key_error_and_repr_show_no_secret(client_env: None) -> None:
    from openai_evals import AsyncOpenAI, OpenAI

    for cls in (OpenAI, AsyncOpenAI):
        client = cls(api_key="sk-very-secret-value", base_url="http://127.0.0.1:9/v1")
        assert "sk-very-secret-value" not in repr(client)
        assert "sk-very-secret-value" not in str(client)
        assert "secret" not in repr(client.with_options(max_retries=1))


async def test_api_key_not_in_debug_logs(
    kit: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="openai_evals")
    kit.server.route("GET", RUN_PATH, [Reply(status=500, json=error_body(500)), Reply(json=kit.run_json())])
    kit.server.route("POST", "/v1/evals/eval_1/runs", Reply(status=401, json=error_body(401)))
    client = kit.make(organization="org_1", default_headers={"X-Api-Key": kit.api_key})
    await retrieve(kit, client)
    with pytest.raises(AuthenticationError):
        await kit.call(client.evals.runs.create("eval_1", data_source={"type": "jsonl", "source": {"type": "file_id", "id": "f"}}))

    messages = [record.getMessage() for record in caplog.records]
    assert any("authorization" in m.lower() and "<redacted>" in m for m in messages)  # headers were logged
    assert any("Retrying" in m for m in messages)
    stderr = capsys.readouterr().err
    assert "HTTP Request" in stderr  # OPENAI_LOG installed the stderr handler
    assert_no_key(kit, caplog.text, stderr, *messages)
