"""`poll` and `create_and_poll` (evals.runs and batches), sync and async, against the scripted
server: objects move through their statuses as they are fetched.

The waits between fetches are measured with a fake clock put in place of the runtime's
`_polling.monotonic` / `sleep` / `async_sleep`: a sleep advances the clock and is recorded, so
the tests see the exact schedule and take no wall time. (Retries of failed requests still sleep
for real, shortened by the `client_env` fixture.)
"""

from __future__ import annotations

from typing import Any, Iterator

import pytest

from tests.support.server import RecordedRequest, Reply

RUN_PATH = "/v1/evals/eval_1/runs/run_1"
BATCH_PATH = "/v1/batches/batch_1"
RUN_TERMINAL = ["completed", "failed", "canceled"]
BATCH_TERMINAL = ["completed", "failed", "expired", "cancelled"]
DATA_SOURCE = {"type": "jsonl", "source": {"type": "file_id", "id": "file-abc"}}


def batch_json(batch_id: str = "batch_1", **overrides: Any) -> dict[str, Any]:
    """A `batch` object as the API sends it."""
    data: dict[str, Any] = {
        "id": batch_id,
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "input_file_id": "file-in",
        "completion_window": "24h",
        "status": "validating",
        "created_at": 1_700_000_000,
        "request_counts": {"total": 2, "completed": 0, "failed": 0},
    }
    data.update(overrides)
    return data


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    from openai_evals import _polling

    fake = FakeClock()
    monkeypatch.setattr(_polling, "monotonic", fake.monotonic)
    monkeypatch.setattr(_polling, "sleep", fake.sleep)
    monkeypatch.setattr(_polling, "async_sleep", fake.async_sleep)
    yield fake


def statuses(kit: Any, path: str, *names: str, headers: dict[str, str] | None = None) -> None:
    """GET `path` answers with each status in turn (the last one repeats)."""
    body = kit.run_json if path == RUN_PATH else batch_json
    kit.server.route("GET", path, [Reply(json=body(status=s), headers=headers or {}) for s in names])


def gets(kit: Any, path: str) -> list[RecordedRequest]:
    return [r for r in kit.server.requests if r.method == "GET" and r.path == path]


# -- status progression ------------------------------------------------------------------------


@pytest.mark.parametrize("terminal", RUN_TERMINAL)
async def test_run_poll_returns_at_each_terminal_status(kit: Any, clock: FakeClock, terminal: str) -> None:
    statuses(kit, RUN_PATH, "queued", "in_progress", "in_progress", terminal, "in_progress")
    client = kit.make()
    run = await kit.call(client.evals.runs.poll("run_1", eval_id="eval_1"))
    from openai_evals.models import EvalRun

    assert isinstance(run, EvalRun) and run.status == terminal
    assert run.result_counts.passed == 2
    assert len(gets(kit, RUN_PATH)) == 4  # stops at the first terminal answer
    assert clock.sleeps == [1.0, 1.5, 2.25]  # the backoff with no header


@pytest.mark.parametrize("terminal", BATCH_TERMINAL)
async def test_batch_poll_returns_at_each_terminal_status(kit: Any, clock: FakeClock, terminal: str) -> None:
    statuses(kit, BATCH_PATH, "validating", "in_progress", "finalizing", "cancelling", terminal)
    client = kit.make()
    batch = await kit.call(client.batches.poll("batch_1"))
    from openai_evals.models import Batch

    assert isinstance(batch, Batch) and batch.status == terminal
    assert len(gets(kit, BATCH_PATH)) == 5
    assert len(clock.sleeps) == 4


async def test_already_terminal_returns_without_sleeping(kit: Any, clock: FakeClock) -> None:
    statuses(kit, RUN_PATH, "completed")
    client = kit.make()
    run = await kit.call(client.evals.runs.poll("run_1", eval_id="eval_1", max_wait_seconds=0))
    assert run.status == "completed"
    assert clock.sleeps == [] and len(gets(kit, RUN_PATH)) == 1


async def test_unknown_status_keeps_polling(kit: Any, clock: FakeClock) -> None:
    """A status this client's spec does not know (a newer API) is not terminal."""
    statuses(kit, BATCH_PATH, "paused_by_a_newer_api", "completed")
    client = kit.make()
    batch = await kit.call(client.batches.poll("batch_1"))
    assert batch.status == "completed" and len(gets(kit, BATCH_PATH)) == 2


async def test_backoff_schedule_is_capped(kit: Any, clock: FakeClock) -> None:
    statuses(kit, RUN_PATH, *["in_progress"] * 12, "completed")
    client = kit.make()
    await kit.call(client.evals.runs.poll("run_1", eval_id="eval_1"))
    expected = [min(1.5**i, 30.0) for i in range(12)]
    assert clock.sleeps == pytest.approx(expected)
    assert clock.sleeps[-3:] == [30.0, 30.0, 30.0]


# -- the wait between fetches ------------------------------------------------------------------


async def test_poll_after_header_is_honoured(kit: Any, clock: FakeClock) -> None:
    kit.server.route("GET", RUN_PATH, [
        Reply(json=kit.run_json(status="queued"), headers={"openai-poll-after-ms": "250"}),
        Reply(json=kit.run_json(status="in_progress"), headers={"openai-poll-after-ms": "4000"}),
        Reply(json=kit.run_json(status="in_progress")),  # no header: our own backoff
        Reply(json=kit.run_json(status="in_progress"), headers={"openai-poll-after-ms": "soon"}),
        Reply(json=kit.run_json(status="completed")),
    ])
    client = kit.make()
    await kit.call(client.evals.runs.poll("run_1", eval_id="eval_1"))
    assert clock.sleeps == [0.25, 4.0, 2.25, 3.375]  # fetch 3 and 4: backoff 1.5**2, 1.5**3


async def test_poll_interval_ms_overrides_header_and_backoff(kit: Any, clock: FakeClock) -> None:
    statuses(kit, BATCH_PATH, "validating", "in_progress", "in_progress", "completed",
             headers={"openai-poll-after-ms": "9000"})
    client = kit.make()
    await kit.call(client.batches.poll("batch_1", poll_interval_ms=50))
    assert clock.sleeps == [0.05, 0.05, 0.05]


async def test_each_fetch_is_an_ordinary_retrieve(kit: Any, clock: FakeClock) -> None:
    statuses(kit, RUN_PATH, "queued", "completed")
    client = kit.make()
    await kit.call(client.evals.runs.poll(
        "run_1", eval_id="eval_1", extra_headers={"X-Trace": "t1"}, extra_query={"q": "1"}))
    for request in gets(kit, RUN_PATH):
        assert request.headers["x-trace"] == "t1"
        assert request.raw_query == "q=1"
        assert request.headers["authorization"] == f"Bearer {kit.api_key}"
        assert request.body == b""


# -- the deadline ------------------------------------------------------------------------------


async def test_deadline_raises_with_the_last_object(kit: Any, clock: FakeClock) -> None:
    from openai_evals import APIError, PollTimeoutError
    from openai_evals.models import EvalRun

    kit.server.route("GET", RUN_PATH, lambda request: Reply(json=kit.run_json(
        status="in_progress", name=f"fetch {len(gets(kit, RUN_PATH))}")))
    client = kit.make()
    with pytest.raises(PollTimeoutError) as caught:
        await kit.call(client.evals.runs.poll("run_1", eval_id="eval_1", max_wait_seconds=10))
    error = caught.value
    assert isinstance(error, APIError)
    fetches = len(gets(kit, RUN_PATH))
    # 1 + 1.5 + 2.25 + 3.375 = 8.125 s, then only 1.875 s are left: no sleep goes past the
    # deadline, and the object is fetched once more at the deadline before giving up.
    assert clock.sleeps == pytest.approx([1.0, 1.5, 2.25, 3.375, 1.875])
    assert fetches == 6
    assert isinstance(error.last, EvalRun)
    assert error.last.name == f"fetch {fetches}"  # the very last answer
    assert error.status == "in_progress" and error.waited == pytest.approx(10.0)
    assert "in_progress" in str(error) and "max_wait_seconds=10" in str(error)
    assert error.request.url.path == RUN_PATH


async def test_deadline_zero_fetches_once(kit: Any, clock: FakeClock) -> None:
    from openai_evals import PollTimeoutError

    statuses(kit, BATCH_PATH, "in_progress")
    client = kit.make()
    with pytest.raises(PollTimeoutError) as caught:
        await kit.call(client.batches.poll("batch_1", max_wait_seconds=0))
    assert len(gets(kit, BATCH_PATH)) == 1 and clock.sleeps == []
    assert caught.value.last.to_dict()["status"] == "in_progress"


async def test_terminal_at_the_deadline_is_returned(kit: Any, clock: FakeClock) -> None:
    statuses(kit, BATCH_PATH, "in_progress", "in_progress", "completed")
    client = kit.make()
    batch = await kit.call(client.batches.poll("batch_1", max_wait_seconds=2, poll_interval_ms=1000))
    assert batch.status == "completed" and clock.sleeps == [1.0, 1.0]


# -- faults while polling ----------------------------------------------------------------------


async def test_faults_during_polling_are_retried(kit: Any, clock: FakeClock) -> None:
    kit.server.route("GET", RUN_PATH, [
        Reply(json=kit.run_json(status="queued")),
        Reply(status=429, json={"error": {"message": "slow down"}}),
        Reply(json=kit.run_json(status="in_progress")),
        Reply(status=503, json={"error": {"message": "busy"}}),
        Reply(drop=True),
        Reply(json=kit.run_json(status="completed")),
    ])
    client = kit.make()  # max_retries=2
    run = await kit.call(client.evals.runs.poll("run_1", eval_id="eval_1"))
    assert run.status == "completed"
    assert len(gets(kit, RUN_PATH)) == 6
    assert clock.sleeps == [1.0, 1.5]  # three fetches, the retries are the client's own


async def test_fault_beyond_the_retries_ends_polling(kit: Any, clock: FakeClock) -> None:
    from openai_evals import InternalServerError

    kit.server.route("GET", BATCH_PATH, [
        Reply(json=batch_json(status="in_progress")),
        Reply(status=500, json={"error": {"message": "down"}}),
    ])
    client = kit.make(max_retries=1)
    with pytest.raises(InternalServerError):
        await kit.call(client.batches.poll("batch_1"))
    assert len(gets(kit, BATCH_PATH)) == 3 and clock.sleeps == [1.0]


# -- create_and_poll ---------------------------------------------------------------------------


async def test_run_create_and_poll_sends_one_create(kit: Any, clock: FakeClock) -> None:
    kit.server.route("POST", "/v1/evals/eval_1/runs", [
        Reply(status=500, json={"error": {"message": "retry me"}}),
        Reply(json=kit.run_json(status="queued")),
    ])
    statuses(kit, RUN_PATH, "in_progress", "completed", headers={"openai-poll-after-ms": "100"})
    client = kit.make()
    run = await kit.call(client.evals.runs.create_and_poll(
        "eval_1", data_source=DATA_SOURCE, name="nightly",
        extra_headers={"X-Trace": "t2"}, extra_body={"note": "x"}))
    assert run.status == "completed"
    posts = [r for r in kit.server.requests if r.method == "POST"]
    assert len(posts) == 2  # one create, retried once with the same Idempotency-Key
    assert posts[0].headers["idempotency-key"] == posts[1].headers["idempotency-key"]
    assert posts[1].json() == {"data_source": DATA_SOURCE, "name": "nightly", "note": "x"}
    assert [r.method for r in kit.server.requests] == ["POST", "POST", "GET", "GET"]
    for request in gets(kit, RUN_PATH):
        assert request.headers["x-trace"] == "t2" and request.body == b""
    assert clock.sleeps == [0.1]


async def test_batch_create_and_poll(kit: Any, clock: FakeClock) -> None:
    kit.server.route("POST", "/v1/batches", Reply(json=batch_json(status="validating")))
    statuses(kit, BATCH_PATH, "in_progress", "finalizing", "completed")
    client = kit.make()
    batch = await kit.call(client.batches.create_and_poll(
        input_file_id="file-in", endpoint="/v1/chat/completions", completion_window="24h",
        metadata={"job": "nightly"}))
    assert batch.status == "completed"
    posts = [r for r in kit.server.requests if r.method == "POST"]
    assert len(posts) == 1
    assert posts[0].json() == {"input_file_id": "file-in", "endpoint": "/v1/chat/completions",
                               "completion_window": "24h", "metadata": {"job": "nightly"}}
    assert len(gets(kit, BATCH_PATH)) == 3 and clock.sleeps == [1.0, 1.5]


async def test_create_and_poll_deadline_counts_from_the_call(kit: Any, clock: FakeClock) -> None:
    from openai_evals import PollTimeoutError

    def slow_create(request: RecordedRequest) -> Reply:
        clock.now += 4.0  # the create takes 4 s of the 5 allowed
        return Reply(json=batch_json(status="validating"))

    kit.server.route("POST", "/v1/batches", slow_create)
    statuses(kit, BATCH_PATH, "in_progress")
    client = kit.make()
    with pytest.raises(PollTimeoutError) as caught:
        await kit.call(client.batches.create_and_poll(
            input_file_id="file-in", endpoint="/v1/chat/completions", completion_window="24h",
            max_wait_seconds=5))
    assert clock.sleeps == [1.0]
    assert caught.value.waited == pytest.approx(5.0)
    assert len([r for r in kit.server.requests if r.method == "POST"]) == 1



# -- types ---------------------------------------------------------------------------------------


def test_polling_usage_type_checks_strict(tmp_path: Any) -> None:
    """The methods are fully typed: correct use is strict-clean, misuse is reported."""
    from tests.test_generated_package import ROOT, TYPECHECK, _pyright

    errors = _pyright(tmp_path, [ROOT / "generated/openai_evals/_polling.py",
                                 TYPECHECK / "usage_polling_ok.py", TYPECHECK / "usage_polling_bad.py"])
    bad = TYPECHECK / "usage_polling_bad.py"
    expected = {i + 1 for i, line in enumerate(bad.read_text().splitlines())
                if line.rstrip().endswith("# error")}
    reported = {e["range"]["start"]["line"] + 1 for e in errors if e["file"] == str(bad)}
    assert expected <= reported, f"not reported: lines {sorted(expected - reported)}"
    others = [e for e in errors if e["file"] != str(bad)]
    assert not others, "\n".join(f"{e['file']}:{e['range']['start']['line'] + 1}: {e['message']}"
                                 for e in others)
