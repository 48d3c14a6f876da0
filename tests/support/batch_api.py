"""A stateful fake of the files, batches and evals endpoints, on top of ScriptedServer.

Batches and eval runs move through their statuses as they are retrieved (`polls_to_finish`
retrieves each); a batch's output file holds one result per input line, computed when it is
downloaded, so a million-request job costs the server disk, not memory. Faults can be queued
per method and path prefix (`fail(...)`), and `on_request` sees every request first (a test
kills its client process there, at an exact point of the protocol).
"""

from __future__ import annotations

import itertools
import json
import re
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterator

from tests.support.server import RecordedRequest, Reply, ScriptedServer

CHUNK = 64 * 1024


def _error(status: int, message: str) -> Reply:
    return Reply(status=status, json={"error": {"message": message, "type": "invalid_request_error"}})


def _multipart(request: RecordedRequest) -> tuple[dict[str, str], tuple[str, bytes]]:
    match = re.search(r'boundary="?([^";]+)"?', request.headers.get("content-type", ""))
    assert match, request.headers
    delimiter = b"--" + match.group(1).encode()
    fields: dict[str, str] = {}
    upload = ("", b"")
    for part in request.body.split(delimiter)[1:-1]:
        head, _, data = part[2:-2].partition(b"\r\n\r\n")
        name = re.search(rb'\bname="([^"]*)"', head)
        filename = re.search(rb'\bfilename="([^"]*)"', head)
        assert name
        if filename:
            upload = (filename.group(1).decode(), data)
        else:
            fields[name.group(1).decode()] = data.decode()
    return fields, upload


class FakeAPI:
    """The API's state. `FakeAPI(server)` routes everything under `/v1/` of `server` to it."""

    def __init__(self, server: ScriptedServer, *, polls_to_finish: int = 2,
                 count_submitted: bool = True) -> None:
        self.server = server
        self.polls_to_finish = polls_to_finish
        self.count_submitted = count_submitted
        self.folder = tempfile.TemporaryDirectory(prefix="fake-api-")
        self.lock = threading.RLock()
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.evals: dict[str, dict[str, Any]] = {}
        self.runs: dict[str, dict[str, Any]] = {}
        self.items: dict[str, list[dict[str, Any]]] = {}
        self.idempotent: dict[str, str] = {}
        self.honour_idempotency_keys = True
        self.submitted: Counter[str] = Counter()  # custom_id -> times it went into a batch
        self.results_limit: int | None = None  # lines of each batch processed; the rest: expired
        self.validation_errors: list[dict[str, Any]] | None = None  # set: batches fail validation
        self.on_request: Callable[[RecordedRequest], Reply | None] | None = None
        self.after_request: Callable[[RecordedRequest, Reply], None] | None = None  # state changed
        self._faults: list[tuple[str, str, Reply]] = []
        self._ids = itertools.count(1)
        for method in ("GET", "POST", "DELETE"):
            server.route_prefix(method, "/v1/", self._handle)

    def close(self) -> None:
        self.folder.cleanup()

    def fail(self, method: str, prefix: str, *replies: Reply) -> None:
        """Answer the next requests to `method prefix...` with these replies, in order."""
        with self.lock:
            self._faults.extend((method, prefix, r) for r in replies)

    def _id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):06d}"

    # -- dispatch --------------------------------------------------------------------------

    def _handle(self, request: RecordedRequest) -> Reply:
        if self.on_request is not None:
            reply = self.on_request(request)
            if reply is not None:
                return reply
        with self.lock:
            for n, (method, prefix, reply) in enumerate(self._faults):
                if method == request.method and request.path.startswith(prefix):
                    del self._faults[n]
                    return reply
        path, method = request.path[len("/v1"):], request.method
        for pattern, verb, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and verb == method:
                with self.lock:
                    reply = handler(request, *match.groups())
                if self.after_request is not None:
                    self.after_request(request, reply)
                return reply
        return _error(404, f"no route for {method} {path}")

    def _routes(self) -> list[tuple[str, str, Callable[..., Reply]]]:
        return [
            (r"/files", "POST", self._upload),
            (r"/files", "GET", self._list_files),
            (r"/files/([^/]+)", "GET", lambda r, i: self._found(self.files, i, self._file_json)),
            (r"/files/([^/]+)/content", "GET", self._content),
            (r"/batches", "POST", self._create_batch),
            (r"/batches", "GET", self._list_batches),
            (r"/batches/([^/]+)", "GET", self._retrieve_batch),
            (r"/batches/([^/]+)/cancel", "POST", self._cancel_batch),
            (r"/evals", "POST", self._create_eval),
            (r"/evals/([^/]+)", "GET", lambda r, i: self._found(self.evals, i, lambda e: e)),
            (r"/evals/([^/]+)/runs", "POST", self._create_run),
            (r"/evals/([^/]+)/runs/([^/]+)", "GET", self._retrieve_run),
            (r"/evals/([^/]+)/runs/([^/]+)/output_items", "GET", self._list_items),
        ]

    @staticmethod
    def _found(table: dict[str, dict[str, Any]], key: str, render: Callable[[dict[str, Any]], Any]) -> Reply:
        if key not in table:
            return _error(404, f"No such object: {key}")
        return Reply(json=render(table[key]))

    # -- files ----------------------------------------------------------------------------

    def _file_json(self, f: dict[str, Any]) -> dict[str, Any]:
        return {k: f[k] for k in ("id", "object", "bytes", "created_at", "filename", "purpose", "status")}

    def _upload(self, request: RecordedRequest) -> Reply:
        fields, (filename, data) = _multipart(request)
        file_id = self._id("file")
        path = Path(self.folder.name) / file_id
        path.write_bytes(data)
        self.files[file_id] = {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                               "filename": filename, "purpose": fields.get("purpose"), "status": "processed",
                               "path": path}
        return Reply(json=self._file_json(self.files[file_id]))

    def _list_files(self, request: RecordedRequest) -> Reply:
        purpose = request.query.get("purpose", [None])[0]
        ordered = sorted((f for f in self.files.values() if purpose in (None, f["purpose"])),
                         key=lambda f: f["id"], reverse=request.query.get("order", ["desc"])[0] == "desc")
        after = request.query.get("after", [None])[0]
        if after is not None:
            ids = [f["id"] for f in ordered]
            ordered = ordered[ids.index(after) + 1:] if after in ids else []
        limit = int(request.query.get("limit", ["20"])[0])
        page = [self._file_json(f) for f in ordered[:limit]]
        return Reply(json={"object": "list", "data": page, "first_id": page[0]["id"] if page else "",
                           "last_id": page[-1]["id"] if page else "", "has_more": len(ordered) > limit})

    def _content(self, request: RecordedRequest, file_id: str) -> Reply:
        f = self.files.get(file_id)
        if f is None:
            return _error(404, f"No such File object: {file_id}")
        if "path" in f:
            return Reply(stream_chunks=self._read(f["path"]))
        return Reply(stream_chunks=self._results(self.batches[f["batch"]], f["kind"]))

    @staticmethod
    def _read(path: Path) -> Iterator[bytes]:
        with open(path, "rb") as file:
            while chunk := file.read(CHUNK):
                yield chunk

    def _results(self, batch: dict[str, Any], kind: str) -> Iterator[bytes]:
        """The output (`kind="output"`) or error file of a finished batch, line by line."""
        buffer = bytearray()
        for n, raw in enumerate(open(self.files[batch["input_file_id"]]["path"], "rb")):
            if self.results_limit is not None and n >= batch["processed"]:
                break
            line = json.loads(raw)
            body = line["body"]
            simulate = body.get("simulate")
            row: dict[str, Any] = {"id": f"batch_req_{n}", "custom_id": line["custom_id"], "response": None,
                                   "error": None}
            if simulate == "error":
                if kind != "error":
                    continue
                row["error"] = {"code": "server_error", "message": "simulated failure"}
            else:
                if kind != "output":
                    continue
                status = int(simulate) if isinstance(simulate, int) else 200
                messages = body.get("messages") or [{"content": ""}]
                row["response"] = {"status_code": status, "request_id": f"req_{n}", "body": {
                    "id": f"chatcmpl-{n}", "object": "chat.completion", "model": body.get("model"),
                    "choices": [{"index": 0, "finish_reason": "stop", "message": {
                        "role": "assistant", "content": f"echo: {messages[-1].get('content')}"}}]}}
            buffer += json.dumps(row).encode() + b"\n"
            if len(buffer) >= CHUNK:
                yield bytes(buffer)
                buffer.clear()
        if buffer:
            yield bytes(buffer)

    # -- batches --------------------------------------------------------------------------

    def _create_batch(self, request: RecordedRequest) -> Reply:
        key = request.headers.get("idempotency-key")
        if key in self.idempotent and self.honour_idempotency_keys:
            return Reply(json=self._batch_json(self.batches[self.idempotent[key]]))
        body = request.json()
        f = self.files.get(body.get("input_file_id"))
        if f is None or f.get("purpose") != "batch":
            return _error(400, f"input_file_id {body.get('input_file_id')!r} is not a batch file")
        lines = 0
        with open(f["path"], "rb") as file:
            for raw in file:
                lines += 1
                if self.count_submitted:
                    self.submitted[json.loads(raw)["custom_id"]] += 1
        batch_id = self._id("batch")
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": body["endpoint"], "input_file_id": f["id"],
            "completion_window": body["completion_window"], "status": "validating",
            "created_at": int(time.time()), "metadata": body.get("metadata"), "polls": 0,
            "lines": lines, "processed": lines, "output_file_id": None, "error_file_id": None,
            "request_counts": {"total": lines, "completed": 0, "failed": 0},
        }
        if key:
            self.idempotent[key] = batch_id
        return Reply(json=self._batch_json(self.batches[batch_id]))

    def _batch_json(self, b: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in b.items() if k not in ("polls", "lines", "processed")}

    def _retrieve_batch(self, request: RecordedRequest, batch_id: str) -> Reply:
        b = self.batches.get(batch_id)
        if b is None:
            return _error(404, f"No such batch: {batch_id}")
        b["polls"] += 1
        if b["status"] == "validating" and self.validation_errors is not None:
            b.update(status="failed", failed_at=int(time.time()),
                     errors={"object": "list", "data": self.validation_errors})
        elif b["status"] in ("validating", "in_progress", "finalizing") and b["polls"] >= self.polls_to_finish:
            self._finish(b, "completed")
        elif b["status"] == "validating":
            b["status"] = "in_progress"
        elif b["status"] == "cancelling":
            self._finish(b, "cancelled")
        return Reply(json=self._batch_json(b))

    def _finish(self, b: dict[str, Any], status: str) -> None:
        if self.results_limit is not None and self.results_limit < b["lines"]:
            b["processed"], status = self.results_limit, "expired"
        failed = 0
        with open(self.files[b["input_file_id"]]["path"], "rb") as file:
            for n, raw in enumerate(file):
                if n < b["processed"] and b'"simulate":"error"' in raw:
                    failed += 1
        b["status"] = status
        b[f"{status}_at"] = int(time.time())
        b["request_counts"] = {"total": b["lines"], "completed": b["processed"] - failed, "failed": failed}
        for kind, count in (("output", b["processed"] - failed), ("error", failed)):
            if count:
                file_id = self._id("file")
                self.files[file_id] = {"id": file_id, "object": "file", "bytes": 0, "created_at": int(time.time()),
                                       "filename": f"{b['id']}_{kind}.jsonl", "purpose": "batch_output",
                                       "status": "processed", "batch": b["id"], "kind": kind}
                b[f"{kind}_file_id"] = file_id

    def _cancel_batch(self, request: RecordedRequest, batch_id: str) -> Reply:
        b = self.batches.get(batch_id)
        if b is None:
            return _error(404, f"No such batch: {batch_id}")
        if b["status"] in ("validating", "in_progress", "finalizing"):
            b["status"] = "cancelling"
        return Reply(json=self._batch_json(b))

    def _list_batches(self, request: RecordedRequest) -> Reply:
        ordered = sorted(self.batches.values(), key=lambda b: b["id"], reverse=True)
        after = request.query.get("after", [None])[0]
        if after is not None:
            ordered = [b for b in ordered if b["id"] < after]
        limit = int(request.query.get("limit", ["20"])[0])
        page = [self._batch_json(b) for b in ordered[:limit]]
        return Reply(json={"object": "list", "data": page, "first_id": page[0]["id"] if page else "",
                           "last_id": page[-1]["id"] if page else "", "has_more": len(ordered) > limit})

    # -- evals ------------------------------------------------------------------------------

    def _create_eval(self, request: RecordedRequest) -> Reply:
        body = request.json()
        eval_id = self._id("eval")
        self.evals[eval_id] = {"object": "eval", "id": eval_id, "name": body.get("name", ""),
                               "data_source_config": {**body["data_source_config"], "schema": {"type": "object"}},
                               "testing_criteria": body["testing_criteria"], "created_at": int(time.time()),
                               "metadata": body.get("metadata") or {}}
        return Reply(json=self.evals[eval_id])

    def _create_run(self, request: RecordedRequest, eval_id: str) -> Reply:
        if eval_id not in self.evals:
            return _error(404, f"No such eval: {eval_id}")
        body = request.json()
        run_id = self._id("evalrun")
        content = body["data_source"]["source"].get("content", [])
        self.runs[run_id] = {
            "object": "eval.run", "id": run_id, "eval_id": eval_id, "status": "queued", "model": "gpt-4o",
            "name": body.get("name", ""), "created_at": int(time.time()),
            "report_url": f"https://platform.openai.com/evals/{eval_id}/runs/{run_id}",
            "result_counts": {"total": len(content), "errored": 0, "failed": 0, "passed": 0},
            "per_model_usage": [], "per_testing_criteria_results": [], "data_source": body["data_source"],
            "metadata": body.get("metadata") or {}, "error": {"code": "", "message": ""}, "polls": 0,
        }
        self.items[run_id] = [self._grade(self.evals[eval_id], run_id, n, row) for n, row in enumerate(content)]
        return Reply(json=self._run_json(self.runs[run_id]))

    def _grade(self, ev: dict[str, Any], run_id: str, n: int, row: dict[str, Any]) -> dict[str, Any]:
        output = json.dumps(row.get("sample") or {})
        results = []
        for criterion in ev["testing_criteria"]:
            reference = str(criterion.get("reference", ""))
            for key, value in row.get("item", {}).items():
                reference = reference.replace("{{item.%s}}" % key, str(value))
            passed = reference in output
            results.append({"name": criterion.get("name", ""), "type": criterion.get("type"),
                            "score": 1.0 if passed else 0.0, "passed": passed})
        return {
            "object": "eval.run.output_item", "id": f"outputitem_{run_id}_{n}", "run_id": run_id,
            "eval_id": ev["id"], "created_at": int(time.time()),
            "status": "pass" if all(r["passed"] for r in results) else "fail",
            "datasource_item_id": n, "datasource_item": row.get("item", {}), "results": results,
            "sample": {"input": [{"role": "user", "content": json.dumps(row.get("item", {}))}],
                       "output": [{"role": "assistant", "content": output}], "finish_reason": "stop",
                       "model": "gpt-4o", "error": {"code": "", "message": ""},
                       "usage": {"total_tokens": 3, "completion_tokens": 1, "prompt_tokens": 2, "cached_tokens": 0},
                       "temperature": 1.0, "max_completion_tokens": 100, "top_p": 1.0, "seed": 1},
        }

    def _run_json(self, run: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in run.items() if k != "polls"}

    def _retrieve_run(self, request: RecordedRequest, eval_id: str, run_id: str) -> Reply:
        run = self.runs.get(run_id)
        if run is None or run["eval_id"] != eval_id:
            return _error(404, f"No such run: {run_id}")
        run["polls"] += 1
        if run["status"] in ("queued", "in_progress") and run["polls"] >= self.polls_to_finish:
            items = self.items[run_id]
            passed = sum(1 for i in items if i["status"] == "pass")
            run["status"] = "completed"
            run["result_counts"] = {"total": len(items), "errored": 0, "failed": len(items) - passed,
                                    "passed": passed}
        elif run["status"] == "queued":
            run["status"] = "in_progress"
        return Reply(json=self._run_json(run))

    def _list_items(self, request: RecordedRequest, eval_id: str, run_id: str) -> Reply:
        items = self.items.get(run_id)
        if items is None:
            return _error(404, f"No such run: {run_id}")
        status = request.query.get("status", [None])[0]
        chosen = [i for i in items if status is None or i["status"] == status]
        after = request.query.get("after", [None])[0]
        if after is not None:
            ids = [i["id"] for i in chosen]
            chosen = chosen[ids.index(after) + 1:] if after in ids else []
        limit = int(request.query.get("limit", ["20"])[0])
        page = chosen[:limit]
        return Reply(json={"object": "list", "data": page, "first_id": page[0]["id"] if page else "",
                           "last_id": page[-1]["id"] if page else "", "has_more": len(chosen) > limit})
