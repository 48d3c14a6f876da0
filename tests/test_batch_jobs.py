"""The batch helpers (`spec/extensions/batches.py`, on `client.batches`) and the seeds' two
workflows, sync and async, against a stateful local API (tests/support/batch_api.py)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

import pytest

from tests.support.batch_api import FakeAPI
from tests.support.server import RecordedRequest, Reply

ROOT = Path(__file__).resolve().parent.parent
ENDPOINT = "/v1/chat/completions"


@pytest.fixture
def api(kit: Any) -> Iterator[FakeAPI]:
    fake = FakeAPI(kit.server)
    try:
        yield fake
    finally:
        fake.close()


def chat(custom_id: str, content: str, **extra: Any) -> dict[str, Any]:
    return {"custom_id": custom_id, "method": "POST", "url": ENDPOINT,
            "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": content}], **extra}}


async def wait(kit: Any, client: Any, batch: Any) -> Any:
    while batch.status not in ("completed", "failed", "expired", "cancelled"):
        batch = await kit.call(client.batches.retrieve(batch.id))
    return batch


# -- the seed's "process a batch" --------------------------------------------------------------


async def test_seed_process_a_batch(kit: Any, api: FakeAPI) -> None:
    client = kit.make()
    requests = [chat("translation-1", 'Translate "hello" to French'),
                ("summary-1", {"model": "gpt-4o", "messages": [{"role": "user", "content": "Summarize"}]}),
                chat("broken-1", "x", simulate="error")]
    batch = await kit.call(client.batches.submit(requests, endpoint=ENDPOINT, metadata={"team": "qa"}))
    assert batch.status == "validating" and batch.metadata == {"team": "qa"}
    batch = await wait(kit, client, batch)
    rows = await kit.collect(client.batches.results(batch))

    assert [(r.custom_id, r.status_code, r.ok) for r in rows] == [
        ("translation-1", 200, True), ("summary-1", 200, True), ("broken-1", None, False)]
    assert rows[0].body["choices"][0]["message"]["content"] == 'echo: Translate "hello" to French'
    assert rows[2].error is not None and rows[2].error.code == "server_error"
    uploaded = next(f for f in api.files.values() if "path" in f)
    assert uploaded["purpose"] == "batch"
    lines = [json.loads(line) for line in uploaded["path"].read_bytes().splitlines()]
    assert lines[1] == {"custom_id": "summary-1", "method": "POST", "url": ENDPOINT,
                        "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": "Summarize"}]}}
    assert (await kit.collect(client.batches.results(batch.id))) == rows  # by id too


BAD_LINES = [
    ([chat("a", "1"), chat("b", "2"), chat("a", "3")], "request 3 (line 3, custom_id 'a'): custom_id repeats request 1"),
    ([chat("a", "1"), {**chat("b", "2"), "method": "GET"}], "request 2 (line 2, custom_id 'b'): method must be 'POST'"),
    ([{**chat("a", "1"), "url": "/v1/embeddings"}], "url '/v1/embeddings' is not the batch's endpoint"),
    ([{"method": "POST", "url": ENDPOINT, "body": {}}], "request 1 (line 1): custom_id must be a non-empty string"),
    ([chat("a", "1"), ("b", {"x": {1, 2}})], "request 2 (line 2, custom_id 'b'): body is not JSON"),
    ([{**chat("a", "1"), "extra": 1}], "unknown keys ['extra']"),
    ([chat("a", "1"), "not a request"], "request 2 (line 2): expected a dict or a (custom_id, body) pair, got str"),
    ([chat("a", "x" * 300)], "bytes, more than a batch file takes (200)"),
]


@pytest.mark.parametrize("lines,message", BAD_LINES)
@pytest.mark.parametrize("helper", ["submit", "submit_job"])
async def test_malformed_lines_are_rejected_before_upload(kit: Any, api: FakeAPI, helper: str,
                                                          lines: list[Any], message: str) -> None:
    from openai_evals._extensions.batches import BatchInputError

    client = kit.make()
    with pytest.raises(BatchInputError) as caught:
        await kit.call(getattr(client.batches, helper)(iter(lines), endpoint=ENDPOINT, max_bytes=200))
    assert message in str(caught.value)
    assert kit.server.requests == []  # nothing was sent


async def test_submit_refuses_more_than_one_batch(kit: Any, api: FakeAPI) -> None:
    from openai_evals._extensions.batches import BatchInputError

    client = kit.make()
    with pytest.raises(BatchInputError, match=r"request 4 .*more than one batch takes .*submit_job"):
        await kit.call(client.batches.submit((chat(f"r{i}", "q") for i in range(5)), endpoint=ENDPOINT,
                                             max_requests=3))
    assert kit.server.requests == []


# -- jobs larger than one batch ----------------------------------------------------------------


def job_requests(n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield chat(f"req-{i}", f"q{i}", **({"simulate": "error"} if i % 7 == 3 else {}))


async def run_job(kit: Any, client: Any, n: int, **options: Any) -> list[Any]:
    options = {"endpoint": ENDPOINT, "poll_interval_ms": 1, **options}
    job = await kit.call(client.batches.submit_job(job_requests(n), **options))
    return await kit.collect(job.results())


def assert_every_result_once(rows: list[Any], n: int, never_ran: frozenset[int] = frozenset()) -> None:
    counts = Counter(r.custom_id for r in rows)
    assert counts == Counter(f"req-{i}" for i in range(n))
    for row in rows:
        index = int(row.custom_id.split("-")[1])
        failing = index % 7 == 3 or index in never_ran
        assert (row.error is not None) == failing and (row.status_code == 200) != failing, row


async def test_job_shards_over_batches_and_yields_every_result_once(kit: Any, api: FakeAPI) -> None:
    client = kit.make()
    rows = await run_job(kit, client, 95, max_requests=10)
    assert_every_result_once(rows, 95)
    assert len(api.batches) == 10 and set(api.submitted.values()) == {1}
    assert all(b["metadata"]["batch_job_shard"] == str(i) for i, b in enumerate(api.batches.values()))
    # the byte limit shards too (a line is ~130 bytes)
    api.submitted.clear()
    rows = await run_job(kit, client, 20, max_bytes=500)
    assert_every_result_once(rows, 20)
    uploads = [f["bytes"] for f in api.files.values() if "path" in f][10:]
    assert max(uploads) <= 500 and sum(uploads) > 4 * 500 and len(uploads) == len(api.batches) - 10
    assert set(api.submitted.values()) == {1}


async def test_job_rows_for_requests_an_expired_batch_never_ran(kit: Any, api: FakeAPI) -> None:
    api.results_limit = 6
    rows = await run_job(kit, kit.make(), 20, max_requests=10)
    never_ran = frozenset((6, 7, 8, 9, 16, 17, 18, 19))
    assert_every_result_once(rows, 20, never_ran)  # all 20, 8 of them without a result
    missing = [r for r in rows if r.error is not None and r.error.code == "batch_expired"]
    assert sorted(r.custom_id for r in missing) == sorted(f"req-{i}" for i in never_ran)


async def test_job_rows_for_every_request_of_a_batch_that_failed_validation(kit: Any, api: FakeAPI) -> None:
    api.validation_errors = [{"code": "invalid_model", "message": "model gpt-4o is not available", "line": 1}]
    rows = await run_job(kit, kit.make(), 15, max_requests=10)
    assert_every_result_once(rows, 15, frozenset(range(15)))
    assert {(r.error.code, r.error.message.split(": ", 1)[1]) for r in rows} == {
        ("batch_failed", "model gpt-4o is not available")}


async def test_no_requests(kit: Any, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match="no requests: a batch needs at least one"):
        await kit.call(kit.make().batches.submit([], endpoint=ENDPOINT))
    assert kit.server.requests == []


async def test_job_survives_faults_in_uploads_polling_and_downloads(kit: Any, api: FakeAPI) -> None:
    client = kit.make(max_retries=3)
    api.fail("POST", "/v1/files", Reply(status=429), Reply(drop=True), Reply(status=503))
    api.fail("POST", "/v1/batches", Reply(status=500), Reply(drop=True))
    api.fail("GET", "/v1/batches/", Reply(status=429), Reply(status=502), Reply(drop=True), Reply(status=500),
             Reply(drop=True), Reply(status=503), Reply(status=500), Reply(drop=True))
    api.fail("GET", "/v1/files/", Reply(drop=True), Reply(status=500), Reply(status=429))
    rows = await run_job(kit, client, 30, max_requests=10)
    assert_every_result_once(rows, 30)
    assert set(api.submitted.values()) == {1} and len(api.batches) == 3
    assert api._faults == []  # every fault was met


async def test_download_cut_short_resumes_after_the_last_line(kit: Any, api: FakeAPI) -> None:
    """A body that breaks off mid-file is fetched again and read on after the rows yielded."""
    client = kit.make()
    batch = await wait(kit, client, await kit.call(client.batches.submit(job_requests(40), endpoint=ENDPOINT)))
    cut = {"done": False}

    def cut_once(request: RecordedRequest) -> Reply | None:
        if request.path.endswith("/content") and not cut["done"]:
            cut["done"] = True
            whole = b"".join(api._results(api.batches[batch.id], "output"))

            def broken() -> Iterator[bytes]:
                yield whole[: len(whole) // 2]
                raise ConnectionResetError("cut")  # the server aborts the connection

            return Reply(stream_chunks=broken())
        return None

    api.on_request = cut_once
    rows = await kit.collect(client.batches.results(batch))
    assert cut["done"]
    assert_every_result_once(rows, 40)
    kit.server.errors.clear()  # the deliberate abort


async def test_job_resumes_from_its_state_file(kit: Any, api: FakeAPI, tmp_path: Path) -> None:
    """A second process with the same requests re-attaches: nothing is sent again."""
    state = tmp_path / "job.json"
    first = kit.make()
    job = await kit.call(first.batches.submit_job(job_requests(25), endpoint=ENDPOINT, state_file=state,
                                                  max_requests=10, poll_interval_ms=1))
    assert len(api.batches) == 3
    saved = json.loads(state.read_text())
    assert [s["batch_id"] for s in saved["shards"]] == list(api.batches)
    job.close()  # the process ends without reading the results

    second = kit.make()
    rows = await run_job(kit, second, 25, max_requests=10, state_file=state)
    assert_every_result_once(rows, 25)
    assert len(api.batches) == 3 and set(api.submitted.values()) == {1}
    assert await run_job(kit, second, 25, max_requests=10, state_file=state) == []  # all delivered

    with pytest.raises(ValueError, match="belongs to another job"):
        await run_job(kit, second, 26, max_requests=10, state_file=state)


# -- a job killed mid-way ----------------------------------------------------------------------


KILL_POINTS = {
    "during the 2nd upload": ("POST", "/v1/files", "before", 2),
    "after the 2nd upload, before its answer": ("POST", "/v1/files", "after", 2),
    "after the 2nd batch is created, before its answer": ("POST", "/v1/batches", "after", 2),
    "the same, on a server without idempotency keys": ("POST", "/v1/batches", "after", 2),
    "while polling": ("GET", "/v1/batches/", "before", 4),
    "between the output and error files of a batch": ("GET", "/content", "before", 2),
}


def _worker(kit: Any, tmp_path: Path, n: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'generated'}{os.pathsep}{ROOT}"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.batch_worker", kit.base_url, str(tmp_path / "state.json"),
         str(tmp_path / "out.jsonl"), str(n), "10", kit.mode],
        cwd=ROOT, env=env, stderr=subprocess.PIPE)


@pytest.mark.parametrize("point", list(KILL_POINTS))
async def test_killed_job_resumes_with_nothing_lost_or_duplicated(kit: Any, api: FakeAPI, tmp_path: Path,
                                                                  point: str) -> None:
    method, where, when, nth = KILL_POINTS[point]
    api.honour_idempotency_keys = "without idempotency" not in point  # then found by listing
    seen = Counter[str]()
    killed = threading.Event()
    worker: list[subprocess.Popen[bytes]] = []

    def kill(request: RecordedRequest) -> None:
        if killed.is_set() or request.method != method or where not in request.path:
            return
        seen[point] += 1
        if seen[point] == nth:
            worker[0].send_signal(signal.SIGKILL)
            worker[0].wait()
            killed.set()

    if when == "before":
        api.on_request = lambda request: (kill(request), Reply(drop=True) if killed.is_set() else None)[1]
    else:
        api.after_request = lambda request, reply: kill(request)
    n = 35
    worker.append(_worker(kit, tmp_path, n))
    worker[0].wait(timeout=60)
    assert killed.is_set(), worker[0].stderr.read().decode() if worker[0].stderr else ""
    before = (tmp_path / "out.jsonl").read_text().splitlines() if (tmp_path / "out.jsonl").exists() else []

    api.on_request = api.after_request = None
    again = _worker(kit, tmp_path, n)
    assert again.wait(timeout=60) == 0, again.stderr.read().decode() if again.stderr else ""
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert Counter(r["custom_id"] for r in rows) == Counter(f"req-{i}" for i in range(n)), point
    assert all((r["error"] is not None) == (int(r["custom_id"][4:]) % 7 == 3) for r in rows)
    assert set(api.submitted.values()) == {1} and sum(api.submitted.values()) == n  # none sent twice
    assert len(api.batches) == 4
    assert len([f for f in api.files.values() if "path" in f]) == 4  # no upload twice, none orphaned
    if point.startswith("between"):
        assert 0 < len(before) < n  # it was killed half way through a batch's results


# -- the seed's "run an evaluation" ------------------------------------------------------------


async def test_seed_run_an_evaluation(kit: Any, api: FakeAPI) -> None:
    client = kit.make()
    ev = await kit.call(client.evals.create(
        name="Support Response Quality",
        data_source_config={"type": "custom", "item_schema": {"type": "object", "properties": {
            "question": {"type": "string"}, "expected_answer": {"type": "string"}}},
            "include_sample_schema": True},
        testing_criteria=[{"type": "string_check", "name": "Contains Key Term", "input": "{{sample.output_text}}",
                           "reference": "resolved", "operation": "ilike"}],
    ))
    content = [
        {"item": {"question": "How do I upgrade?", "expected_answer": "Go to settings"},
         "sample": {"output_text": "Your issue has been resolved. Go to settings to upgrade."}},
        {"item": {"question": "Refund?", "expected_answer": "Yes"}, "sample": {"output_text": "Maybe later."}},
    ]
    run = await kit.call(client.evals.runs.create(ev.id, name="First Run", data_source={
        "type": "jsonl", "source": {"type": "file_content", "content": content}}))
    while run.status not in ("completed", "failed", "canceled"):
        run = await kit.call(client.evals.runs.retrieve(run.id, eval_id=ev.id))
    assert run.result_counts.passed == 1 and run.result_counts.failed == 1
    failed = await kit.collect(client.evals.runs.output_items.list(run.id, eval_id=ev.id, status="fail"))
    assert [(r.name, r.score) for item in failed for r in item.results] == [("Contains Key Term", 0.0)]
    assert failed[0].sample.output[0].content is not None


async def test_results_stopped_early_go_on_where_they_stopped(kit: Any, api: FakeAPI, tmp_path: Path) -> None:
    """The row being handled when the loop stopped comes again (it was not acknowledged by
    asking for the next); every other row comes once."""
    client = kit.make()
    job = await kit.call(client.batches.submit_job(job_requests(25), endpoint=ENDPOINT, max_requests=10,
                                                   poll_interval_ms=1, state_file=tmp_path / "job.json"))
    first: list[Any] = []
    if kit.is_async:
        async for row in job.results():
            first.append(row)
            if len(first) == 7:
                break
    else:
        for row in job.results():
            first.append(row)
            if len(first) == 7:
                break
    rest = await kit.collect(job.results())
    assert rest[0] == first[-1]
    assert_every_result_once(first[:-1] + rest, 25)
    assert await kit.collect(job.results()) == []  # all delivered: nothing more


async def test_job_without_client_retries(kit: Any, api: FakeAPI, tmp_path: Path) -> None:
    """With retries off, a failed poll is tried again at the next round; a failed upload raises,
    and the same call with the state file goes on from there."""
    from openai_evals import RateLimitError

    client = kit.make(max_retries=0)
    state = tmp_path / "job.json"
    uploads = Counter[str]()

    def second_upload_fails(request: RecordedRequest) -> Reply | None:
        if request.method == "POST" and request.path == "/v1/files":
            uploads["n"] += 1
            if uploads["n"] == 2:
                return Reply(status=429, json={"error": {"message": "slow down", "type": "rate_limit"}})
        return None

    api.on_request = second_upload_fails
    with pytest.raises(RateLimitError):
        await run_job(kit, client, 30, max_requests=10, state_file=state)
    assert len(api.batches) == 1
    api.on_request = None
    api.fail("GET", "/v1/batches/", Reply(status=429), Reply(drop=True), Reply(status=503), Reply(drop=True))
    rows = await run_job(kit, client, 30, max_requests=10, state_file=state)
    assert_every_result_once(rows, 30)
    assert len(api.batches) == 3 and set(api.submitted.values()) == {1}
    assert api._faults == []
    keys = [r.headers["idempotency-key"] for r in kit.server.requests if r.method == "POST" and r.path == "/v1/batches"]
    assert len(set(keys)) == 3 and all(k.startswith("batch-job-") for k in keys)


def test_memory_stays_flat_as_the_job_grows(tmp_path: Path) -> None:
    """A job 8 times larger (more batches, more results) peaks at about the same resident set:
    nothing is kept per request. (`make bench` runs the 1,000,000-request job.)"""
    from tests.support.server import ScriptedServer

    peaks = {}
    with ScriptedServer() as server:
        fake = FakeAPI(server, polls_to_finish=1, count_submitted=False)
        try:
            for n in (25_000, 200_000):
                proc = subprocess.run(
                    [sys.executable, str(ROOT / "benchmarks/batch_job.py"), "client", server.url + "/v1", str(n),
                     str(tmp_path / f"job-{n}.json"), "sync", "25000"],
                    env={**os.environ, "PYTHONPATH": str(ROOT / "generated")}, capture_output=True, text=True,
                    timeout=300)
                assert proc.returncode == 0, proc.stderr[-2000:]
                data = json.loads(proc.stdout)
                assert data["rows"] == data["ok"] == n and data["batches"] == n // 25_000
                peaks[n] = data["peak_mb"]
                server.requests.clear()  # the uploads, recorded by the server
        finally:
            fake.close()
    assert peaks[200_000] < 100 and peaks[200_000] - peaks[25_000] < 12, peaks


async def test_async_job_polls_its_batches_concurrently(kit: Any, api: FakeAPI) -> None:
    import time

    lock = threading.Lock()
    flight = {"now": 0, "max": 0}

    def slow_poll(request: RecordedRequest) -> Reply | None:
        if request.method == "GET" and request.path.startswith("/v1/batches/"):
            with lock:
                flight["now"] += 1
                flight["max"] = max(flight["max"], flight["now"])
            time.sleep(0.05)
            with lock:
                flight["now"] -= 1
        return None

    api.on_request = slow_poll
    rows = await run_job(kit, kit.make(), 50, max_requests=10)
    assert_every_result_once(rows, 50)
    assert flight["max"] == (5 if kit.is_async else 1)
