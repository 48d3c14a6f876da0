"""Retries: which failures are retried, how often, with what delay, and that a retried
request is the same request (body bytes and Idempotency-Key)."""

from __future__ import annotations

import email.utils
import json
import logging
import time
from typing import Any

import httpx
import pytest
from openai_evals import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    RateLimitError,
    _base_client,
)

from tests.support.server import Reply

pytestmark = pytest.mark.usefixtures("client_env")

RUN_PATH = "/v1/evals/eval_1/runs/run_1"
CREATE_PATH = "/v1/evals/eval_1/runs"
DATA_SOURCE = {"type": "jsonl", "source": {"type": "file_id", "id": "file-abc"}}


def error(status: int, **headers: str) -> Reply:
    return Reply(status=status, json={"error": {"message": f"status {status}", "type": "x"}}, headers=headers)


async def retrieve(kit: Any, client: Any, **kwargs: Any) -> Any:
    return await kit.call(client.evals.runs.retrieve("run_1", eval_id="eval_1", **kwargs))


# -- retried statuses ------------------------------------------------------------------------

RETRIED = [
    (429, RateLimitError, {"Retry-After": "0"}),
    (429, RateLimitError, {"retry-after-ms": "1"}),
    (500, InternalServerError, {}),
    (502, InternalServerError, {}),
    (503, InternalServerError, {}),
    (408, APIStatusError, {}),
    (409, ConflictError, {}),
]


@pytest.mark.parametrize(("status", "exc_type", "headers"), RETRIED, ids=[f"{s}-{'+'.join(h) or 'plain'}" for s, _, h in RETRIED])
async def test_retryable_status_is_retried_then_raises(kit: Any, status: int, exc_type: type, headers: dict[str, str]) -> None:
    kit.server.route("GET", RUN_PATH, error(status, **headers))
    with pytest.raises(exc_type) as info:
        await retrieve(kit, kit.make())
    assert info.value.status_code == status
    assert len(kit.server.requests) == 3  # the first try and max_retries=2 retries


@pytest.mark.parametrize("status", [429, 500, 503, 408, 409])
async def test_retryable_status_then_success(kit: Any, status: int) -> None:
    kit.server.route("GET", RUN_PATH, [error(status, **{"retry-after-ms": "1"}), Reply(json=kit.run_json())])
    run = await retrieve(kit, kit.make())
    assert run.id == "run_1"
    assert len(kit.server.requests) == 2


@pytest.mark.parametrize("max_retries", [0, 1, 4])
async def test_max_retries_is_honoured(kit: Any, max_retries: int) -> None:
    kit.server.route("GET", RUN_PATH, error(500))
    with pytest.raises(InternalServerError):
        await retrieve(kit, kit.make(max_retries=max_retries))
    assert len(kit.server.requests) == max_retries + 1


async def test_with_options_max_retries(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, error(503))
    client = kit.make()
    with pytest.raises(InternalServerError):
        await retrieve(kit, client.with_options(max_retries=0))
    assert len(kit.server.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
async def test_client_errors_are_not_retried(kit: Any, status: int) -> None:
    kit.server.route("GET", RUN_PATH, error(status))
    with pytest.raises(APIStatusError) as info:
        await retrieve(kit, kit.make(max_retries=5))
    assert info.value.status_code == status
    assert len(kit.server.requests) == 1


# -- transport failures ----------------------------------------------------------------------


async def test_dropped_connection_is_retried_then_raises(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(drop=True))
    with pytest.raises(APIConnectionError) as info:
        await retrieve(kit, kit.make())
    assert not isinstance(info.value, APITimeoutError)
    assert len(kit.server.requests) == 3


async def test_dropped_connection_then_success(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, [Reply(drop=True), Reply(drop=True), Reply(json=kit.run_json())])
    run = await retrieve(kit, kit.make())
    assert run.id == "run_1"
    assert len(kit.server.requests) == 3


async def test_timeout_is_retried_then_raises(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(json=kit.run_json(), delay=2.0))
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await retrieve(kit, kit.make(timeout=0.15))
    assert len(kit.server.requests) == 3
    assert time.monotonic() - started < 1.9  # gave up on each try, did not wait for the server


async def test_timeout_then_success(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, [Reply(json=kit.run_json(), delay=2.0), Reply(json=kit.run_json())])
    run = await retrieve(kit, kit.make(timeout=0.15))
    assert run.id == "run_1"
    assert len(kit.server.requests) == 2


# -- x-should-retry --------------------------------------------------------------------------


async def test_x_should_retry_true_retries_a_non_retryable_status(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, [error(400, **{"x-should-retry": "true"}), Reply(json=kit.run_json())])
    run = await retrieve(kit, kit.make())
    assert run.id == "run_1"
    assert len(kit.server.requests) == 2


async def test_x_should_retry_false_stops_a_retryable_status(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, error(503, **{"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        await retrieve(kit, kit.make())
    assert len(kit.server.requests) == 1


async def test_x_should_retry_true_still_bounded_by_max_retries(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, error(400, **{"x-should-retry": "true"}))
    with pytest.raises(BadRequestError):
        await retrieve(kit, kit.make(max_retries=1))
    assert len(kit.server.requests) == 2


# -- the retried request is the same request -------------------------------------------------


async def test_retried_post_is_byte_identical_with_one_idempotency_key(kit: Any) -> None:
    kit.server.route("POST", CREATE_PATH, [error(500), Reply(drop=True), Reply(status=201, json=kit.run_json())])
    client = kit.make()
    run = await kit.call(client.evals.runs.create("eval_1", data_source=DATA_SOURCE, name="ünïcode", metadata={"k": "v"}))
    assert run.id == "run_1"
    first, second, third = kit.server.requests
    assert first.body == second.body == third.body
    assert first.json() == {"data_source": DATA_SOURCE, "name": "ünïcode", "metadata": {"k": "v"}}
    key = first.headers["idempotency-key"]
    assert key
    assert second.headers["idempotency-key"] == key == third.headers["idempotency-key"]

    # a new call gets a new key
    await kit.call(client.evals.runs.create("eval_1", data_source=DATA_SOURCE))
    assert kit.server.requests[-1].headers["idempotency-key"] != key


async def test_retried_multipart_upload_is_byte_identical(kit: Any) -> None:
    kit.server.route("POST", "/v1/files", [error(503), Reply(json=kit.file_json())])
    client = kit.make()
    await kit.call(client.files.create(file=("data.jsonl", b'{"a": 1}\n'), purpose="batch"))
    first, second = kit.server.requests
    assert first.body == second.body
    assert first.headers["content-type"] == second.headers["content-type"]
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]


async def test_caller_idempotency_key_is_kept(kit: Any) -> None:
    kit.server.route("POST", CREATE_PATH, [error(500), Reply(json=kit.run_json())])
    client = kit.make()
    await kit.call(client.evals.runs.create("eval_1", data_source=DATA_SOURCE, extra_headers={"idempotency-key": "mine"}))
    assert [kit.header_values(r, "idempotency-key") for r in kit.server.requests] == [["mine"], ["mine"]]


async def test_get_has_no_idempotency_key(kit: Any) -> None:
    kit.server.route("GET", RUN_PATH, [error(500), Reply(json=kit.run_json())])
    await retrieve(kit, kit.make())
    assert len(kit.server.requests) == 2
    assert all("idempotency-key" not in r.headers for r in kit.server.requests)


async def test_retries_are_logged_with_their_delay(kit: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="openai_evals")
    kit.server.route("GET", RUN_PATH, [error(429, **{"retry-after-ms": "7"}), error(500), Reply(json=kit.run_json())])
    await retrieve(kit, kit.make())
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert retries[0] == "Retrying request to /v1/evals/eval_1/runs/run_1 in 0.007 seconds (retry 1)"
    assert retries[1].endswith("(retry 2)")
    assert len(retries) == 2


# -- computed backoff delays -----------------------------------------------------------------


def response(**headers: str) -> httpx.Response:
    return httpx.Response(429, headers=headers, request=httpx.Request("GET", "http://x/"))


@pytest.fixture
def delay(client_env: None, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The client's delay before retry number `attempt`, with the real backoff constants."""
    from openai_evals import OpenAI

    monkeypatch.setattr(_base_client, "INITIAL_RETRY_DELAY", 0.5)  # undo the fast-retry setting
    client = OpenAI(api_key="sk-x", base_url="http://127.0.0.1:9")
    yield client._retry_delay
    client.close()


BACKOFF_AS_SHIPPED = """
import json, random
from openai_evals import OpenAI, _base_client as b
random.random = lambda: 0.0  # no jitter: the top of each delay band
client = OpenAI(api_key="sk-x", base_url="http://127.0.0.1:9")
print(json.dumps({
    "constants": [b.INITIAL_RETRY_DELAY, b.MAX_RETRY_DELAY, b.MAX_RETRY_AFTER, b.DEFAULT_MAX_RETRIES],
    "delays": [client._retry_delay(n, None) for n in range(1, 8)],
    "max_retries": client.max_retries,
}))
"""


def test_backoff_constants() -> None:
    """The values the package ships with, read in a fresh interpreter: every test here runs
    with them patched (client_env makes retries fast, `delay` puts one of them back)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import openai_evals

    package_root = str(Path(openai_evals.__file__).resolve().parents[1])
    proc = subprocess.run([sys.executable, "-c", BACKOFF_AS_SHIPPED], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": package_root})
    assert proc.returncode == 0, proc.stderr
    shipped = json.loads(proc.stdout)
    assert shipped["constants"] == [0.5, 8.0, 60.0, 2]
    assert shipped["delays"] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert shipped["max_retries"] == 2


@pytest.mark.parametrize("attempt, base", [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (6, 8.0), (12, 8.0)])
def test_exponential_backoff_with_jitter_capped(delay: Any, monkeypatch: pytest.MonkeyPatch, attempt: int, base: float) -> None:
    # the jitter takes off at most a quarter: delay in (0.75 * base, base]
    monkeypatch.setattr(_base_client.random, "random", lambda: 0.0)
    assert delay(attempt, None) == pytest.approx(base)
    monkeypatch.setattr(_base_client.random, "random", lambda: 0.999999)
    assert delay(attempt, None) == pytest.approx(0.75 * base, rel=1e-5)
    monkeypatch.undo()
    monkeypatch.setattr(_base_client, "INITIAL_RETRY_DELAY", 0.5)
    samples = [delay(attempt, None) for _ in range(200)]
    assert all(0.75 * base <= s <= base for s in samples)
    assert max(samples) <= _base_client.MAX_RETRY_DELAY
    assert len(set(samples)) > 1  # jittered


def test_backoff_without_retry_after_header_uses_exponential(delay: Any) -> None:
    assert 0.375 <= delay(1, response()) <= 0.5
    assert 6.0 <= delay(9, response()) <= 8.0


def test_retry_after_seconds(delay: Any) -> None:
    assert delay(1, response(**{"retry-after": "3"})) == 3.0
    assert delay(1, response(**{"retry-after": "1.5"})) == 1.5
    assert delay(3, response(**{"retry-after": "0"})) == 0.0


def test_retry_after_http_date(delay: Any) -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8.5 <= delay(1, response(**{"retry-after": when})) <= 10.0


def test_retry_after_ms(delay: Any) -> None:
    assert delay(1, response(**{"retry-after-ms": "250"})) == 0.25
    # retry-after-ms is the more precise of the two and wins
    assert delay(1, response(**{"retry-after-ms": "250", "retry-after": "5"})) == 0.25


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "61"},
        {"retry-after": "3600"},
        {"retry-after-ms": "120000"},
        {"retry-after": "-5"},
        {"retry-after": "soon"},
        {"retry-after-ms": "nope"},
    ],
)
def test_unusable_retry_after_falls_back_to_backoff(delay: Any, headers: dict[str, str]) -> None:
    assert 0.75 <= delay(2, response(**headers)) <= 1.0


def test_retry_after_http_date_too_far_or_past_is_ignored(delay: Any) -> None:
    far = email.utils.formatdate(time.time() + 3600, usegmt=True)
    past = email.utils.formatdate(time.time() - 3600, usegmt=True)
    assert 0.375 <= delay(1, response(**{"retry-after": far})) <= 0.5
    assert 0.375 <= delay(1, response(**{"retry-after": past})) <= 0.5


def test_retry_after_60_seconds_is_still_honoured(delay: Any) -> None:
    assert delay(1, response(**{"retry-after": "60"})) == 60.0


# -- failures while the body is being read ---------------------------------------------------


def _cut_short(body: bytes) -> Any:
    def chunks() -> Any:
        yield body[:40]
        raise RuntimeError("the server dies mid-body")  # the scripted server then resets the connection

    return chunks()


def _stalled(body: bytes) -> Any:
    def chunks() -> Any:
        yield body[:40]
        time.sleep(0.6)
        yield body[40:]

    return chunks()


async def test_body_cut_short_is_retried(kit: Any) -> None:
    body = json.dumps(kit.run_json()).encode()
    kit.server.route(
        "GET", RUN_PATH, [Reply(stream_chunks=_cut_short(body), content_type="application/json"), Reply(json=kit.run_json())]
    )
    run = await retrieve(kit, kit.make())
    assert run.id == "run_1"
    assert len(kit.server.requests) == 2
    kit.server.errors.clear()  # the RuntimeError above was on purpose


async def test_body_cut_short_without_retries_is_a_connection_error(kit: Any) -> None:
    body = json.dumps(kit.run_json()).encode()
    kit.server.route("GET", RUN_PATH, lambda request: Reply(stream_chunks=_cut_short(body), content_type="application/json"))
    with pytest.raises(APIConnectionError) as info:
        await retrieve(kit, kit.make(max_retries=1))
    assert not isinstance(info.value, APITimeoutError)
    assert len(kit.server.requests) == 2
    kit.server.errors.clear()


async def test_body_stalled_past_the_timeout_is_retried_then_raises(kit: Any) -> None:
    body = json.dumps(kit.run_json()).encode()
    kit.server.route("GET", RUN_PATH, lambda request: Reply(stream_chunks=_stalled(body), content_type="application/json"))
    with pytest.raises(APITimeoutError):
        await retrieve(kit, kit.make(timeout=0.15, max_retries=1))
    assert len(kit.server.requests) == 2
