"""OPENAI_LOG: `info` logs each HTTP request line and each retry; `debug` also logs the
request options with secret headers redacted."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest

from tests.support.server import Reply

pytestmark = pytest.mark.usefixtures("client_env")

RUN_PATH = "/v1/evals/eval_1/runs/run_1"
LOGGER = "openai_evals"


def package_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER]


async def test_no_logging_by_default(kit: Any, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> None:
    kit.server.route("GET", RUN_PATH, Reply(json=kit.run_json()))
    await kit.call(kit.make().evals.runs.retrieve("run_1", eval_id="eval_1"))
    assert not logging.getLogger(LOGGER).isEnabledFor(logging.INFO)
    assert package_records(caplog) == []
    assert capsys.readouterr().err == ""


async def test_info_logs_request_lines_and_retries(
    kit: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_LOG", "info")
    kit.server.route("GET", RUN_PATH, [Reply(status=503, headers={"retry-after-ms": "2"}), Reply(json=kit.run_json())])
    client = kit.make()
    await kit.call(client.evals.runs.retrieve("run_1", eval_id="eval_1"))

    records = package_records(caplog)
    assert all(r.levelno == logging.INFO for r in records)  # nothing at debug
    messages = [r.getMessage() for r in records]
    url = f"{kit.server.url}{RUN_PATH}"
    assert re.fullmatch(rf'HTTP Request: GET {re.escape(url)} "503 Service Unavailable" \(\d+ ms\)', messages[0])
    assert messages[1] == f"Retrying request to {RUN_PATH} in 0.002 seconds (retry 1)"
    assert re.fullmatch(rf'HTTP Request: GET {re.escape(url)} "200 OK" \(\d+ ms\)', messages[2])
    assert len(messages) == 3
    # OPENAI_LOG installs a stderr handler with a readable format
    err = capsys.readouterr().err
    assert "openai_evals" in err and "INFO" in err and "HTTP Request: GET" in err


async def test_info_logs_failed_connection_retries(kit: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("OPENAI_LOG", "info")
    kit.server.route("GET", RUN_PATH, [Reply(drop=True), Reply(json=kit.run_json())])
    await kit.call(kit.make().evals.runs.retrieve("run_1", eval_id="eval_1"))
    messages = [r.getMessage() for r in package_records(caplog)]
    assert [m.split(" in ")[0] for m in messages if m.startswith("Retrying")] == [f"Retrying request to {RUN_PATH}"]
    assert messages[-1].startswith("HTTP Request: GET") and '"200 OK"' in messages[-1]


async def test_debug_logs_headers_with_authorization_redacted(
    kit: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_LOG", "debug")
    kit.server.route("POST", "/v1/evals/eval_1/runs", Reply(json=kit.run_json()))
    client = kit.make(
        organization="org_1",
        default_headers={"X-Api-Key": "other-secret-1", "Cookie": "session=other-secret-2", "X-Visible": "shown"},
    )
    await kit.call(client.evals.runs.create("eval_1", data_source={"type": "jsonl", "source": {"type": "file_id", "id": "f"}}))

    records = package_records(caplog)
    debug = [r.getMessage() for r in records if r.levelno == logging.DEBUG]
    assert len(debug) == 1
    line = debug[0]
    assert line.startswith("Request options: ")
    assert "'method': 'POST'" in line
    assert f"'url': '{kit.server.url}/v1/evals/eval_1/runs'" in line
    assert "'authorization': '<redacted>'" in line
    assert "'x-api-key': '<redacted>'" in line
    assert "'cookie': '<redacted>'" in line
    assert "'openai-organization': 'org_1'" in line
    assert "'x-visible': 'shown'" in line
    assert "'idempotency-key': 'retry-" in line
    assert any(r.levelno == logging.INFO and r.getMessage().startswith("HTTP Request: POST") for r in records)

    everything = caplog.text + capsys.readouterr().err
    for secret in (kit.api_key, "other-secret-1", "other-secret-2"):
        assert secret not in everything


async def test_unknown_log_level_is_ignored(kit: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_LOG", "verbose")
    kit.make()
    logger = logging.getLogger(LOGGER)
    assert logger.handlers == []
    assert not logger.isEnabledFor(logging.INFO)
