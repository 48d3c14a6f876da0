"""The benchmark's HTTP server: stdlib only, run in its own process so that the client's CPU
time is the client's alone.

    python benchmarks/server.py        # prints "PORT <n>" on stdout, serves until killed

Routes (under /v1, any id):
  GET  /evals/{eval_id}/runs/{run_id}               an `eval.run` object
  GET  /evals/{eval_id}/runs                        a page of 100 `eval.run` objects (has_more false)
  GET  /evals/{eval_id}/runs/{run_id}/output_items  a page of 100 output items (has_more false)
  POST /batches                                     a `batch` object (the request body is read)
  GET  /files/file-bytes-{n}/content                n bytes of JSONL, chunked, made lazily

The JSON bodies are built once (canned); the file body is one 1 MiB block of batch output lines
sent again and again, so the server never holds more than that block.
"""

from __future__ import annotations

import json
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE_SIZE = 100
CHUNK = 1 << 20


def eval_run(eval_id: str = "eval_67abd54d9b0081909a86353f6fb9317a",
             run_id: str = "evalrun_67abd54d60ec8190832b46859da808f7") -> dict:
    return {
        "object": "eval.run",
        "id": run_id,
        "eval_id": eval_id,
        "status": "completed",
        "model": "gpt-4o-mini",
        "name": "nightly regression 2026-08-21",
        "created_at": 1_755_734_400,
        "report_url": f"https://platform.openai.com/evaluations/{eval_id}?run_id={run_id}",
        "result_counts": {"total": 1000, "errored": 3, "failed": 212, "passed": 785},
        "per_model_usage": [
            {
                "model_name": "gpt-4o-mini-2024-07-18",
                "invocation_count": 1000,
                "prompt_tokens": 412_331,
                "completion_tokens": 98_112,
                "total_tokens": 510_443,
                "cached_tokens": 120_064,
            }
        ],
        "per_testing_criteria_results": [
            {"testing_criteria": "exact-match-3f1c", "passed": 785, "failed": 215},
            {"testing_criteria": "tone-grader-91aa", "passed": 902, "failed": 98},
        ],
        "data_source": {
            "type": "completions",
            "source": {"type": "file_id", "id": "file-4GxQ8vPq2mJk7LrT9wYh"},
            "input_messages": {
                "type": "template",
                "template": [
                    {"role": "developer", "content": "You answer arithmetic questions tersely."},
                    {"role": "user", "content": "{{item.question}}"},
                ],
            },
            "model": "gpt-4o-mini",
            "sampling_params": {"temperature": 0.2, "max_completion_tokens": 256, "top_p": 1.0,
                                "seed": 42},
        },
        "metadata": {"team": "evals", "suite": "arith-v3"},
        "error": {"code": "", "message": ""},
    }


def output_item(i: int, eval_id: str, run_id: str) -> dict:
    a, b = 17 * i % 97, 31 * i % 89
    passed = i % 5 != 0
    answer = str(a + b) if passed else str(a + b + 1)
    return {
        "object": "eval.run.output_item",
        "id": f"outputitem_{i:04d}a1b2c3d4e5f60718293a4b5c6d7e8f",
        "run_id": run_id,
        "eval_id": eval_id,
        "created_at": 1_755_734_400 + i,
        "status": "pass" if passed else "fail",
        "datasource_item_id": i,
        "datasource_item": {
            "question": f"What is {a} + {b}? Answer with the number only.",
            "expected": str(a + b),
            "tags": ["arithmetic", "addition", "two-digit"],
            "difficulty": i % 3,
        },
        "results": [
            {"name": "exact-match-3f1c", "type": "string_check", "score": 1.0 if passed else 0.0,
             "passed": passed, "sample": None},
            {"name": "tone-grader-91aa", "type": "score_model", "score": 0.8 + (i % 3) / 20,
             "passed": True, "sample": {"reasoning": "The answer is terse and on topic.",
                                        "model": "gpt-4o-mini"}},
        ],
        "sample": {
            "input": [
                {"role": "developer", "content": "You answer arithmetic questions tersely."},
                {"role": "user", "content": f"What is {a} + {b}? Answer with the number only."},
            ],
            "output": [{"role": "assistant", "content": answer}],
            "finish_reason": "stop",
            "model": "gpt-4o-mini-2024-07-18",
            "usage": {"total_tokens": 41 + i % 7, "completion_tokens": 2, "prompt_tokens": 39 + i % 7,
                      "cached_tokens": 0},
            "error": {"code": "", "message": ""},
            "temperature": 0.2,
            "max_completion_tokens": 256,
            "top_p": 1.0,
            "seed": 42,
        },
    }


def output_items_page(eval_id: str = "eval_67abd54d9b0081909a86353f6fb9317a",
                      run_id: str = "evalrun_67abd54d60ec8190832b46859da808f7") -> dict:
    items = [output_item(i, eval_id, run_id) for i in range(PAGE_SIZE)]
    return {"object": "list", "data": items, "first_id": items[0]["id"],
            "last_id": items[-1]["id"], "has_more": False}


def runs_page(eval_id: str = "eval_67abd54d9b0081909a86353f6fb9317a") -> dict:
    runs = [eval_run(eval_id, f"evalrun_{i:04d}67abd54d60ec8190832b46859da808f7")
            for i in range(PAGE_SIZE)]
    return {"object": "list", "data": runs, "first_id": runs[0]["id"],
            "last_id": runs[-1]["id"], "has_more": False}


def batch() -> dict:
    return {
        "id": "batch_68a6f0c1e4a08190b1f2c3d4e5f60718",
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "model": "gpt-4o-mini",
        "errors": None,
        "input_file_id": "file-4GxQ8vPq2mJk7LrT9wYh",
        "completion_window": "24h",
        "status": "validating",
        "output_file_id": None,
        "error_file_id": None,
        "created_at": 1_755_734_400,
        "in_progress_at": None,
        "expires_at": 1_755_820_800,
        "finalizing_at": None,
        "completed_at": None,
        "failed_at": None,
        "expired_at": None,
        "cancelling_at": None,
        "cancelled_at": None,
        "request_counts": {"total": 0, "completed": 0, "failed": 0},
        "usage": {"input_tokens": 0, "input_tokens_details": {"cached_tokens": 0},
                  "output_tokens": 0, "output_tokens_details": {"reasoning_tokens": 0},
                  "total_tokens": 0},
        "metadata": {"job": "nightly"},
    }


def file_block(size: int = CHUNK) -> bytes:
    """`size` bytes of batch output lines (the last line cut where the block ends)."""
    lines = []
    total = 0
    i = 0
    while total < size:
        line = json.dumps({
            "id": f"batch_req_{i:08d}", "custom_id": f"request-{i}",
            "response": {"status_code": 200, "request_id": f"req_{i:032x}", "body": {
                "id": f"chatcmpl-{i:012d}", "object": "chat.completion", "model": "gpt-4o-mini",
                "choices": [{"index": 0, "finish_reason": "stop", "message": {
                    "role": "assistant", "content": f"The answer to question {i} is {i * 7 % 1000}."}}],
                "usage": {"prompt_tokens": 39, "completion_tokens": 12, "total_tokens": 51}}},
            "error": None}, separators=(",", ":")).encode() + b"\n"
        lines.append(line)
        total += len(line)
        i += 1
    return b"".join(lines)[:size]


RUN = json.dumps(eval_run()).encode()
PAGE = json.dumps(output_items_page()).encode()
RUNS_PAGE = json.dumps(runs_page()).encode()
BATCH = json.dumps(batch()).encode()
BLOCK = file_block()
NOT_FOUND = json.dumps({"error": {"message": "not found", "type": "invalid_request_error",
                                  "param": None, "code": None}}).encode()

_RUN_PATH = re.compile(r"^/v1/evals/[^/]+/runs/[^/]+$")
_RUNS_PATH = re.compile(r"^/v1/evals/[^/]+/runs$")
_ITEMS_PATH = re.compile(r"^/v1/evals/[^/]+/runs/[^/]+/output_items$")
_FILE_PATH = re.compile(r"^/v1/files/file-bytes-(\d+)/content$")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: clients reuse one connection, as in production
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def _json(self, body: bytes, status: int = 200) -> None:
        head = (f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                f"x-request-id: req_bench\r\n\r\n").encode()
        self.wfile.write(head + body)  # one write: no Nagle / delayed-ACK stall

    def _drain(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        path = self.path.split("?", 1)[0]
        if _ITEMS_PATH.match(path):
            self._json(PAGE)
        elif _RUNS_PATH.match(path):
            self._json(RUNS_PAGE)
        elif _RUN_PATH.match(path):
            self._json(RUN)
        elif m := _FILE_PATH.match(path):
            self._stream(int(m.group(1)))
        else:
            self._json(NOT_FOUND, 404)

    def do_POST(self) -> None:  # noqa: N802
        self._drain()
        if self.path.split("?", 1)[0] == "/v1/batches":
            self._json(BATCH)
        else:
            self._json(NOT_FOUND, 404)

    def _stream(self, size: int) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                         b"Transfer-Encoding: chunked\r\n\r\n")
        view = memoryview(BLOCK)
        left = size
        while left > 0:
            part = view[: min(left, len(BLOCK))]
            self.wfile.write(b"%x\r\n" % len(part))
            self.wfile.write(part)
            self.wfile.write(b"\r\n")
            left -= len(part)
        self.wfile.write(b"0\r\n\r\n")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64


def main() -> None:
    server = Server(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0), Handler)
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
