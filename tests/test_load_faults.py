"""Load with injected faults: many calls through the generated clients against the scripted
server, with ~30% of the attempts answered by a fault (429 with a short Retry-After, 500, 503,
a dropped connection, or an answer slower than the client's timeout).

The faults are planned up front from a seeded `random.Random`: call `i` gets an operation and
one planned answer per attempt (`1 + MAX_RETRIES` of them), and the server answers the k-th
request it receives for call `i` with the k-th planned answer. So the outcome of every call is
known before it is made, whatever the order in which concurrent requests arrive:

* the first planned success, after exactly that many attempts, or
* when every attempt fails, the error class of the last planned answer, after exactly
  `1 + MAX_RETRIES` attempts.

The server identifies a call from what the client sends anyway (path segments and body fields
carry the call number), never from the Idempotency-Key, so the idempotency check is
independent: every POST of one call carries one key, the bodies under a key are byte-identical,
and distinct calls have distinct keys.

Run with `-s` to see a one-line summary per scenario.
"""

from __future__ import annotations

import asyncio
import random
import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import pytest

from openai_evals import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncOpenAI,
    InternalServerError,
    OpenAI,
    RateLimitError,
    _base_client,
)
from openai_evals.models import Batch, EvalRun
from tests.support.bodies import run_json
from tests.support.server import RecordedRequest, Reply, ScriptedServer

SEED = 1234
MAX_RETRIES = 2
ATTEMPTS = 1 + MAX_RETRIES
OPS = ("retrieve", "create", "batch", "list")

# Fault kinds with their probability per attempt (the rest, ~70%, is a success).
SYNC_FAULTS = {"429": 0.10, "500": 0.07, "503": 0.06, "drop": 0.06, "slow": 0.01}
ASYNC_FAULTS = {"429": 0.10, "500": 0.06, "503": 0.06, "drop": 0.05, "slow": 0.03}

EXPECTED_ERROR: dict[str, type[Exception]] = {
    "429": RateLimitError,
    "500": InternalServerError,
    "503": InternalServerError,
    "drop": APIConnectionError,  # exactly: not the APITimeoutError subclass
    "slow": APITimeoutError,
}

API_KEY = "sk-load-test"


# -- the plan ----------------------------------------------------------------------------------


@dataclass
class Answer:
    kind: str  # "ok" or a key of EXPECTED_ERROR
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class CallPlan:
    index: int
    op: str
    answers: list[Answer]

    @property
    def expected_attempts(self) -> int:
        for k, answer in enumerate(self.answers):
            if answer.kind == "ok":
                return k + 1
        return len(self.answers)

    @property
    def expected_outcome(self) -> str:
        """`ok`, or the kind of the last answer when every attempt failed."""
        return self.answers[self.expected_attempts - 1].kind


def _draw(rng: random.Random, faults: dict[str, float]) -> Answer:
    r = rng.random()
    kind = "ok"
    for name, p in faults.items():
        if r < p:
            kind = name
            break
        r -= p
    headers: dict[str, str] = {}
    if kind == "429":  # small server-requested delays, in both spellings
        headers = rng.choice([{"Retry-After": "0"}, {"retry-after-ms": "1"}, {"retry-after-ms": "3"}])
    return Answer(kind, headers)


def make_plan(rng: random.Random, n: int, faults: dict[str, float]) -> list[CallPlan]:
    return [
        CallPlan(i, rng.choice(OPS), [_draw(rng, faults) for _ in range(ATTEMPTS)]) for i in range(n)
    ]


# -- bodies the server answers with ------------------------------------------------------------


def batch_json(body: dict[str, Any], batch_id: str) -> dict[str, Any]:
    return {
        "id": batch_id,
        "object": "batch",
        "endpoint": body["endpoint"],
        "input_file_id": body["input_file_id"],
        "completion_window": body["completion_window"],
        "status": "validating",
        "created_at": 1_700_000_000,
        "metadata": body.get("metadata"),
    }


_RETRIEVE = re.compile(r"^/v1/evals/eval_load/runs/run_(\d+)$")
_RUNS = re.compile(r"^/v1/evals/eval_(\d+)/runs$")
_FILE = re.compile(r"^file-(\d+)$")


def call_index(request: RecordedRequest) -> int:
    """Which logical call a request belongs to, from its path or body (never a header)."""
    for pattern in (_RETRIEVE, _RUNS):
        m = pattern.match(request.path)
        if m:
            return int(m.group(1))
    if request.method == "POST" and request.path == "/v1/batches":
        m = _FILE.match(request.json()["input_file_id"])
        if m:
            return int(m.group(1))
    raise AssertionError(f"unexpected request {request.method} {request.path}")


def success_body(plan: CallPlan, request: RecordedRequest) -> dict[str, Any]:
    i = plan.index
    if plan.op == "retrieve":
        return run_json(f"run_{i}", "eval_load")
    if plan.op == "create":
        body = request.json()
        return run_json(f"run_{i}", f"eval_{i}", name=body["name"], data_source=body["data_source"])
    if plan.op == "batch":
        return batch_json(request.json(), f"batch_{i}")
    return {
        "object": "list",
        "data": [run_json(f"run_{i}_a", f"eval_{i}"), run_json(f"run_{i}_b", f"eval_{i}")],
        "first_id": f"run_{i}_a",
        "last_id": f"run_{i}_b",
        "has_more": True,  # a first page only: nothing may fetch the next one
    }


class FaultyBackend:
    """The handler: answers the k-th request of call i with plan[i].answers[k]."""

    def __init__(self, plans: list[CallPlan], slow_delay: float) -> None:
        self.plans = plans
        self.slow_delay = slow_delay
        self._lock = threading.Lock()
        self.seen: dict[int, list[str]] = defaultdict(list)  # call -> kinds answered, in order
        self.injected: Counter[str] = Counter()

    def __call__(self, request: RecordedRequest) -> Reply:
        i = call_index(request)
        plan = self.plans[i]
        with self._lock:
            k = len(self.seen[i])
            # An attempt beyond the plan is answered 500 and shows up as a wrong attempt count.
            answer = plan.answers[k] if k < len(plan.answers) else Answer("extra")
            self.seen[i].append(answer.kind)
            if answer.kind not in ("ok", "extra"):
                self.injected[answer.kind] += 1
        headers = {"x-request-id": f"req_{i}_{k}", **answer.headers}
        if answer.kind == "ok":
            return Reply(json=success_body(plan, request), headers=headers)
        if answer.kind == "drop":
            return Reply(drop=True)
        if answer.kind == "slow":
            return Reply(json=success_body(plan, request), headers=headers, delay=self.slow_delay)
        status = 500 if answer.kind == "extra" else int(answer.kind)
        error = {"error": {"message": f"injected {answer.kind}", "type": "load_test", "param": None, "code": None}}
        return Reply(status=status, json=error, headers=headers)


def serve(backend: Callable[[RecordedRequest], Reply]) -> ScriptedServer:
    server = ScriptedServer().start()
    server.route_prefix("GET", "/v1/evals/", backend)
    server.route_prefix("POST", "/v1/evals/", backend)
    server.route("POST", "/v1/batches", backend)
    return server


# -- the calls ---------------------------------------------------------------------------------


def data_source(i: int) -> dict[str, Any]:
    return {"type": "jsonl", "source": {"type": "file_content", "content": [{"item": {"question": f"q{i}"}}]}}


def start_call(client: Any, plan: CallPlan) -> Any:
    """The call for a plan (a result for the sync client, an awaitable for the async one)."""
    i = plan.index
    if plan.op == "retrieve":
        return client.evals.runs.retrieve(f"run_{i}", eval_id="eval_load")
    if plan.op == "create":
        return client.evals.runs.create(f"eval_{i}", name=f"call-{i}", data_source=data_source(i))
    if plan.op == "batch":
        return client.batches.create(
            input_file_id=f"file-{i}",
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"call": str(i)},
        )
    return client.evals.runs.list(f"eval_{i}", limit=2, order="desc")


def check_result(plan: CallPlan, result: Any, request_id: str) -> None:
    i = plan.index
    if plan.op == "list":
        assert [run.id for run in result.data] == [f"run_{i}_a", f"run_{i}_b"], i
        assert all(isinstance(run, EvalRun) for run in result.data)
        assert result.has_more is True
        assert result.response._request_id == request_id
        return
    assert result._request_id == request_id, (i, result._request_id, request_id)
    if plan.op == "retrieve":
        assert isinstance(result, EvalRun) and result.id == f"run_{i}" and result.eval_id == "eval_load"
    elif plan.op == "create":
        assert isinstance(result, EvalRun) and result.name == f"call-{i}"
        assert result.data_source.to_dict() == data_source(i)
    else:
        assert isinstance(result, Batch) and result.id == f"batch_{i}" and result.input_file_id == f"file-{i}"
        assert result.metadata == {"call": str(i)}


def check_run(
    plans: list[CallPlan],
    outcomes: list[Any],
    backend: FaultyBackend,
    server: ScriptedServer,
) -> Counter[str]:
    """Every assertion about one scenario; returns the outcome counts by class name."""
    assert server.errors == []
    by_class: Counter[str] = Counter()
    mismatches: list[str] = []
    for plan, outcome in zip(plans, outcomes):
        i = plan.index
        seen = backend.seen[i]
        attempts = len(seen)
        if attempts > ATTEMPTS:
            mismatches.append(f"call {i}: {attempts} attempts > 1 + max_retries ({seen})")
            continue
        if attempts != plan.expected_attempts:
            mismatches.append(f"call {i}: {attempts} attempts, planned {plan.expected_attempts} ({seen})")
            continue
        last = seen[-1]  # the server's last answer for this call
        assert last == plan.expected_outcome
        request_id = f"req_{i}_{attempts - 1}"
        if isinstance(outcome, BaseException):
            by_class[type(outcome).__name__] += 1
            expected = EXPECTED_ERROR.get(last)
            if expected is None or type(outcome) is not expected:
                mismatches.append(f"call {i} ({plan.op}): {type(outcome).__name__}: {outcome} after {seen}")
                continue
            if isinstance(outcome, APIStatusError):
                assert outcome.status_code == int(last), (i, outcome.status_code, last)
                assert outcome.request_id == request_id
                # the inner error object, as the SDK's `body`
                assert outcome.body == {"message": f"injected {last}", "type": "load_test", "param": None, "code": None}
        else:
            by_class["ok"] += 1
            if last != "ok":
                mismatches.append(f"call {i} ({plan.op}): a result after {seen}")
                continue
            check_result(plan, outcome, request_id)
    assert not mismatches, "\n".join(mismatches[:20])

    # The server's own record agrees with the handler's bookkeeping.
    assert len(server.requests) == sum(len(s) for s in backend.seen.values())

    # Idempotency: group the received POSTs by key.
    by_key: dict[str, list[RecordedRequest]] = defaultdict(list)
    keys_of_call: dict[int, set[str]] = defaultdict(set)
    gets_of_call: dict[int, set[tuple[str, str, bytes]]] = defaultdict(set)
    for request in server.requests:
        i = call_index(request)
        if request.method == "POST":
            key = request.headers.get("idempotency-key")
            assert key, f"call {i}: a POST without an Idempotency-Key"
            by_key[key].append(request)
            keys_of_call[i].add(key)
        else:
            gets_of_call[i].add((request.path, request.raw_query, request.body))
    for key, requests in by_key.items():
        sent = {(r.path, r.raw_query, r.body) for r in requests}
        assert len(sent) == 1, f"Idempotency-Key {key} carried different requests: {sent}"
        assert len({call_index(r) for r in requests}) == 1
    for i, keys in keys_of_call.items():
        assert len(keys) == 1, f"call {i}: one write sent under {len(keys)} keys: {keys}"
    assert len(by_key) == len(keys_of_call)  # distinct calls, distinct keys
    for i, sent in gets_of_call.items():
        assert len(sent) == 1, f"call {i}: retried GETs differ: {sent}"
    return by_class


def summary(
    name: str, plans: list[CallPlan], backend: FaultyBackend, by_class: Counter[str], wall: float
) -> str:
    attempts = sum(len(s) for s in backend.seen.values())
    injected = ", ".join(f"{k}={backend.injected[k]}" for k in EXPECTED_ERROR)
    outcomes = ", ".join(f"{k}={v}" for k, v in sorted(by_class.items(), key=lambda kv: (kv[0] != "ok", kv[0])))
    return (
        f"[load {name}] calls={len(plans)} attempts={attempts} retries={attempts - len(plans)} "
        f"faults_injected={sum(backend.injected.values())} "
        f"({100 * sum(backend.injected.values()) / attempts:.1f}% of attempts: {injected}) "
        f"outcomes: {outcomes} wall={wall:.1f}s"
    )


@pytest.fixture
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_LOG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(_base_client, "INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr(_base_client, "MAX_RETRY_DELAY", 0.004)
    yield


# -- scenarios ---------------------------------------------------------------------------------


def test_sync_1000_calls_with_faults(fast_backoff: None) -> None:
    plans = make_plan(random.Random(SEED), 1000, SYNC_FAULTS)
    backend = FaultyBackend(plans, slow_delay=0.5)
    server = serve(backend)
    outcomes: list[Any] = []
    started = time.monotonic()
    try:
        with OpenAI(api_key=API_KEY, base_url=server.url + "/v1", max_retries=MAX_RETRIES, timeout=0.2) as client:
            for plan in plans:
                try:
                    outcomes.append(start_call(client, plan))
                except Exception as exc:  # noqa: BLE001 - checked against the plan below
                    outcomes.append(exc)
        wall = time.monotonic() - started
    finally:
        server.stop()
    by_class = check_run(plans, outcomes, backend, server)
    # The seed exercises every fault kind and calls that exhaust their retries.
    assert set(backend.injected) == set(EXPECTED_ERROR), backend.injected
    assert sum(by_class.values()) == 1000 and by_class["ok"] < 1000
    print("\n" + summary("sync", plans, backend, by_class, wall))


async def test_async_100_concurrent_calls_overlap(fast_backoff: None) -> None:
    delay = 0.2
    plans = make_plan(random.Random(SEED), 100, {})  # no faults
    lock = threading.Lock()
    in_flight = 0
    peak = 0
    inner = FaultyBackend(plans, slow_delay=0)

    def slow_backend(request: RecordedRequest) -> Reply:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        try:
            time.sleep(delay)  # each answer takes ~0.2 s
        finally:
            with lock:
                in_flight -= 1
        return inner(request)

    server = serve(slow_backend)
    try:
        async with AsyncOpenAI(api_key=API_KEY, base_url=server.url + "/v1", max_retries=MAX_RETRIES) as client:
            started = time.monotonic()
            outcomes = await asyncio.gather(*(start_call(client, p) for p in plans), return_exceptions=True)
            wall = time.monotonic() - started
    finally:
        server.stop()
    by_class = check_run(plans, list(outcomes), inner, server)
    assert by_class == Counter(ok=100)
    assert all(len(s) == 1 for s in inner.seen.values())
    # Serially this would take 100 x 0.2 s = 20 s.
    assert wall < 4.0, f"100 concurrent calls took {wall:.2f}s: they did not overlap"
    assert peak >= 50, f"at most {peak} requests were in flight at once"
    print(f"\n[load async-overlap] calls=100 server_delay={delay}s peak_in_flight={peak} wall={wall:.2f}s (serial: {100 * delay:.0f}s)")


async def test_async_100_concurrent_calls_with_faults(fast_backoff: None) -> None:
    # The event loop and the server threads share one process, and 100 connections opened at
    # once wait to be accepted (over 1 s on a loaded 2-CPU machine): a generous timeout keeps a
    # normal answer from ever timing out, and "slow" answers are well past it.
    plans = make_plan(random.Random(SEED + 1), 100, ASYNC_FAULTS)
    backend = FaultyBackend(plans, slow_delay=3.5)
    server = serve(backend)
    try:
        async with AsyncOpenAI(
            api_key=API_KEY, base_url=server.url + "/v1", max_retries=MAX_RETRIES, timeout=2.0
        ) as client:
            started = time.monotonic()
            outcomes = await asyncio.gather(*(start_call(client, p) for p in plans), return_exceptions=True)
            wall = time.monotonic() - started
    finally:
        server.stop()
    by_class = check_run(plans, list(outcomes), backend, server)
    assert set(backend.injected) == set(EXPECTED_ERROR), backend.injected
    print("\n" + summary("async", plans, backend, by_class, wall))


def test_plan_is_deterministic() -> None:
    a = make_plan(random.Random(SEED), 1000, SYNC_FAULTS)
    b = make_plan(random.Random(SEED), 1000, SYNC_FAULTS)
    assert [(p.op, [x.kind for x in p.answers]) for p in a] == [(p.op, [x.kind for x in p.answers]) for p in b]
    faults = sum(x.kind != "ok" for p in a for x in p.answers)
    assert 0.25 < faults / (len(a) * ATTEMPTS) < 0.35  # ~30% of the attempts are faults
