"""The READMEs' Python examples (the project's README.md and generated/README.md) type-check under
pyright strict as they are written, and the project README's example runs against a local server
(waiting for the run and the batch before reading their results)."""

from __future__ import annotations

import copy
import json
import os
import re
import runpy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.answers import upstream_examples
from tests.support.server import RecordedRequest, Reply, ScriptedServer

ROOT = Path(__file__).resolve().parents[1]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
READMES = [ROOT / "README.md", ROOT / "generated" / "README.md"]

# The project README's first example before issue 10: a download of an `str | None` id right
# after creating the batch. A negative control: pyright must reject it.
UNSAFE_DOWNLOAD = """
from openai_evals import OpenAI

client = OpenAI()
batch = client.batches.create(input_file_id="file-1", endpoint="/v1/chat/completions", completion_window="24h")
client.files.content(batch.output_file_id).write_to_file("out.jsonl")
"""


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", markdown, flags=re.S | re.M)


def readme_module(readme: Path) -> str:
    """The README's Python blocks, in order, as one module (a later block uses the `client` of
    an earlier one, as a reader would)."""
    blocks = python_blocks(readme.read_text(encoding="utf-8"))
    assert blocks, f"no python code block in {readme}"
    return "\n".join(blocks)


def pyright_errors(tmp_path: Path, files: dict[str, str]) -> dict[str, list[str]]:
    """pyright strict on the given sources (name -> code): name -> its error lines."""
    assert PYRIGHT.exists(), "pyright is missing: `make test` installs it (npm ci)"
    for name, code in files.items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    config = {"include": list(files), "typeCheckingMode": "strict", "pythonVersion": "3.10",
              "extraPaths": [str(ROOT / "generated")]}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    proc = subprocess.run([str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, "-p", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout)
    assert report["summary"]["filesAnalyzed"] == len(files), proc.stdout[-2000:]
    errors: dict[str, list[str]] = {name: [] for name in files}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            line = diagnostic["range"]["start"]["line"] + 1
            errors[Path(diagnostic["file"]).name].append(f"line {line}: {diagnostic['message']}")
    return errors


def test_readme_examples_type_check_strict(tmp_path: Path) -> None:
    files = {f"readme_{i}.py": readme_module(readme) for i, readme in enumerate(READMES)}
    files["unsafe_download.py"] = UNSAFE_DOWNLOAD
    errors = pyright_errors(tmp_path, files)
    assert any("output_file_id" in e or "None" in e for e in errors.pop("unsafe_download.py")), (
        "pyright no longer rejects a download of an `str | None` id: this check proves nothing"
    )
    for (name, found), readme in zip(errors.items(), READMES):
        assert found == [], f"{readme.relative_to(ROOT)} ({name}):\n" + "\n".join(found)


# -- the project README's example, run -------------------------------------------------------

EVAL_ID, RUN_ID, BATCH_ID = "eval_123", "run_1", "batch_1"
OUTPUT_LINES = [json.dumps({"custom_id": f"r{i}", "response": {"status_code": 200}}) for i in range(3)]


def readme_routes(server: ScriptedServer) -> None:
    """A run that is queued, then in progress, then completed; a batch that validates, runs and
    completes; the output items the upstream spec shows; the batch's output file."""
    from tests.support.bodies import file_json, list_json, run_json

    run = run_json(RUN_ID, EVAL_ID)
    server.route("POST", f"/v1/evals/{EVAL_ID}/runs", Reply(json={**run, "status": "queued"}))
    server.route("GET", f"/v1/evals/{EVAL_ID}/runs/{RUN_ID}",
                 [Reply(json={**run, "status": "in_progress"}), Reply(json=run)])
    server.route("GET", f"/v1/evals/{EVAL_ID}/runs", Reply(json=list_json([run], has_more=False)))
    items = {**upstream_examples()["evals.runs.output_items.list"], "has_more": False}  # one page
    server.route("GET", f"/v1/evals/{EVAL_ID}/runs/{RUN_ID}/output_items", Reply(json=items))
    server.route("POST", "/v1/files", Reply(json=file_json("file-in")))
    batch = copy.deepcopy(upstream_examples()["batches.retrieve"])
    batch.update(id=BATCH_ID, status="validating", output_file_id=None)
    server.route("POST", "/v1/batches", Reply(json=batch))
    server.route("GET", f"/v1/batches/{BATCH_ID}", [
        Reply(json={**batch, "status": "in_progress"}),
        Reply(json={**batch, "status": "finalizing"}),
        Reply(json={**batch, "status": "completed", "output_file_id": "file-out"}),
    ])
    server.route("GET", "/v1/files/file-out/content",
                 lambda request: Reply(stream_chunks=iter([("\n".join(OUTPUT_LINES) + "\n").encode()])))


def test_project_readme_example_runs(scripted_server: ScriptedServer, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    readme_routes(scripted_server)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.url + "/v1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "requests.jsonl").write_text('{"custom_id": "r0"}\n')
    sleeps: list[float] = []
    monkeypatch.setattr("openai_evals._polling.sleep", sleeps.append)  # the pollers' waits
    script = tmp_path / "readme_example.py"
    script.write_text(python_blocks((ROOT / "README.md").read_text(encoding="utf-8"))[0])

    runpy.run_path(str(script), run_name="__main__")

    assert scripted_server.errors == []
    calls = [f"{r.method} {r.path}" for r in scripted_server.requests]
    # waited for the run (2 retrieves) and the batch (3 retrieves) before reading results
    assert calls.count(f"GET /v1/evals/{EVAL_ID}/runs/{RUN_ID}") == 2
    assert calls.count(f"GET /v1/batches/{BATCH_ID}") == 3
    assert len(sleeps) == 3  # between fetches only: 1 for the run, 2 for the batch
    first_download = calls.index("GET /v1/files/file-out/content")
    assert first_download > max(i for i, c in enumerate(calls) if c == f"GET /v1/batches/{BATCH_ID}")
    assert (tmp_path / "out.jsonl").read_text().splitlines() == OUTPUT_LINES
    out = capsys.readouterr().out
    for line in OUTPUT_LINES:
        assert line in out
    sent = upstream_examples()["evals.runs.output_items.list"]["data"][0]
    assert sent["results"][0]["name"] in out  # the grader's name, read on the example's data
    assert _request_of(scripted_server.requests, "POST", "/v1/batches").json()["input_file_id"] == "file-in"


def _request_of(requests: list[RecordedRequest], method: str, path: str) -> RecordedRequest:
    return next(r for r in requests if r.method == method and r.path == path)


if os.environ.get("CLIENT_PACKAGE_DIR"):  # pragma: no cover - the READMEs are of generated/
    pytestmark = pytest.mark.skip(reason="checks generated/ and the project README")
