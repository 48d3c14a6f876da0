"""Uploads (multipart as the server received it) and downloads with the official SDK's surface
(`.content`, `.text`, `.json()`, `.iter_bytes()`, `.iter_lines()`, `.write_to_file()`, and
`with_streaming_response`), including a 200 MB streamed download with bounded memory."""

from __future__ import annotations

import hashlib
import io
import os
import pathlib
import time
import tracemalloc
from typing import Any, Iterator

import pytest
from openai_evals import AsyncBinaryResponse, BinaryResponse, NotFoundError
from openai_evals.models import OpenAIFile

from tests.support.server import RecordedRequest, Reply

pytestmark = pytest.mark.usefixtures("client_env")

MB = 1024 * 1024
CONTENT = b'{"item": {"q": "2+2", "a": "4"}}\n{"item": {"q": "\xc3\xa9", "a": "\\u00e9"}}\n\x00\xff\r\n--binary--\r\n'


def upload_route(kit: Any) -> None:
    kit.server.route("POST", "/v1/files", Reply(json=kit.file_json("file-new", bytes=len(CONTENT))))


def parts_by_name(kit: Any, request: RecordedRequest) -> dict[str, Any]:
    parts = kit.parse_multipart(request)
    names = [p.name for p in parts]
    assert len(names) == len(set(names)), names
    return {p.name: p for p in parts}


# -- uploads ---------------------------------------------------------------------------------


def file_argument(kind: str, tmp_path: pathlib.Path) -> tuple[Any, str, str]:
    """(file argument, expected filename, expected content type)."""
    path = tmp_path / "eval_rows.jsonl"
    path.write_bytes(CONTENT)
    if kind == "bytes":
        return CONTENT, "upload", "application/octet-stream"
    if kind == "path":
        return path, "eval_rows.jsonl", "application/octet-stream"
    if kind == "open_file":
        return path.open("rb"), "eval_rows.jsonl", "application/octet-stream"
    if kind == "bytesio":
        return io.BytesIO(CONTENT), "upload", "application/octet-stream"
    if kind == "tuple2":
        return ("rows.jsonl", CONTENT), "rows.jsonl", "application/octet-stream"
    if kind == "tuple2_path":
        return ("renamed.jsonl", path), "renamed.jsonl", "application/octet-stream"
    if kind == "tuple3":
        return ("rows.jsonl", CONTENT, "application/jsonl"), "rows.jsonl", "application/jsonl"
    if kind == "tuple3_file":
        return ("rows.jsonl", path.open("rb"), "application/x-ndjson"), "rows.jsonl", "application/x-ndjson"
    raise AssertionError(kind)


KINDS = ["bytes", "path", "open_file", "bytesio", "tuple2", "tuple2_path", "tuple3", "tuple3_file"]


@pytest.mark.parametrize("kind", KINDS)
async def test_upload_multipart_body(kit: Any, tmp_path: pathlib.Path, kind: str) -> None:
    upload_route(kit)
    file, filename, content_type = file_argument(kind, tmp_path)
    client = kit.make()
    try:
        result = await kit.call(client.files.create(file=file, purpose="batch"))
    finally:
        if hasattr(file, "close"):
            file.close()
        elif isinstance(file, tuple) and hasattr(file[1], "close"):
            file[1].close()
    assert isinstance(result, OpenAIFile)
    assert result.id == "file-new"

    [request] = kit.server.requests
    assert request.method == "POST"
    assert request.path == "/v1/files"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert int(request.headers["content-length"]) == len(request.body)
    assert request.headers["authorization"] == f"Bearer {kit.api_key}"
    assert "idempotency-key" in request.headers
    parts = kit.parse_multipart(request)
    assert [p.name for p in parts] == ["purpose", "file"]
    purpose, uploaded = parts
    assert (purpose.filename, purpose.data) == (None, b"batch")
    assert uploaded.filename == filename
    assert uploaded.content_type == content_type
    assert uploaded.data == CONTENT


async def test_upload_nested_form_fields(kit: Any) -> None:
    upload_route(kit)
    client = kit.make()
    await kit.call(
        client.files.create(
            file=("rows.jsonl", CONTENT), purpose="evals", expires_after={"anchor": "created_at", "seconds": 3600}
        )
    )
    parts = parts_by_name(kit, kit.server.requests[-1])
    assert list(parts) == ["purpose", "expires_after[anchor]", "expires_after[seconds]", "file"]
    assert parts["purpose"].data == b"evals"
    assert parts["expires_after[anchor]"].data == b"created_at"
    assert parts["expires_after[seconds]"].data == b"3600"
    assert parts["expires_after[anchor]"].filename is None
    assert parts["file"].data == CONTENT


async def test_upload_extra_body_becomes_form_fields(kit: Any) -> None:
    upload_route(kit)
    client = kit.make()
    await kit.call(
        client.files.create(
            file=b"x", purpose="batch", extra_body={"tags": ["a", "b"], "flag": True, "meta": {"k": "v"}}, extra_query={"q": "1"}
        )
    )
    request = kit.server.requests[-1]
    parts = kit.parse_multipart(request)
    assert [(p.name, p.data) for p in parts if p.name != "file"] == [
        ("purpose", b"batch"),
        ("tags[]", b"a"),
        ("tags[]", b"b"),
        ("flag", b"true"),
        ("meta[k]", b"v"),
    ]
    assert request.query == {"q": ["1"]}


async def test_upload_of_a_large_file_arrives_intact(kit: Any) -> None:
    upload_route(kit)
    data = bytes(range(256)) * (4 * 4096)  # 4 MB, every byte value
    client = kit.make()
    await kit.call(client.files.create(file=("big.bin", data), purpose="batch"))
    parts = parts_by_name(kit, kit.server.requests[-1])
    assert parts["file"].data == data


async def test_upload_rejects_text_mode_file(kit: Any, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("hello")
    client = kit.make()
    with path.open("r") as text_file:
        with pytest.raises(TypeError, match="binary"):
            await kit.call(client.files.create(file=text_file, purpose="batch"))
    with pytest.raises(TypeError):
        await kit.call(client.files.create(file="just a string", purpose="batch"))  # type: ignore[arg-type]
    assert kit.server.requests == []


# -- downloads -------------------------------------------------------------------------------

CONTENT_PATH = "/v1/files/file-abc/content"


async def test_download_content(kit: Any) -> None:
    kit.server.route("GET", CONTENT_PATH, Reply(body=CONTENT, headers={"x-request-id": "req_dl"}))
    client = kit.make()
    response = await kit.call(client.files.content("file-abc"))
    assert isinstance(response, AsyncBinaryResponse if kit.is_async else BinaryResponse)
    assert response.request_id == "req_dl"
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.response is response.http_response  # the SDK's name
    # as with the SDK, no await even on the async client: its download is read on return
    assert response.content == CONTENT
    assert response.content == CONTENT  # repeatable once read
    assert response.read() == CONTENT
    if kit.is_async:
        assert await response.aread() == CONTENT
    # The spec's media type: ours says octet-stream; upstream (CLIENT_PACKAGE_DIR, see
    # tests/test_upstream.py) declares the download as application/json.
    expected = "application/json" if os.environ.get("CLIENT_PACKAGE_DIR") else "application/octet-stream"
    assert kit.server.requests[-1].headers["accept"] == expected


async def test_download_text_and_json_as_the_sdk(kit: Any) -> None:
    kit.server.route("GET", CONTENT_PATH, Reply(body="héllo\n".encode(), content_type="text/plain; charset=utf-8"))
    response = await kit.call(kit.make().files.content("file-abc"))
    assert response.text == "héllo\n"  # a property, as in the SDK (ported `print(r.text)`)
    assert response.encoding == "utf-8"
    assert response.charset_encoding == "utf-8"
    kit.server.route("GET", CONTENT_PATH, Reply(json={"rows": [1, 2]}))
    response = await kit.call(kit.make().files.content("file-abc"))
    assert response.json() == {"rows": [1, 2]}


JSONL = b'{"custom_id": "a", "n": 1}\n{"custom_id": "b", "n": 2}\r\n{"custom_id": "\xc3\xa9", "n": 3}\n'


def jsonl_chunks() -> Iterator[bytes]:
    """The JSONL cut at awkward places: inside a line, a CRLF and a UTF-8 character."""
    cuts = [5, 30, 31, 60, 62, len(JSONL)]
    start = 0
    for cut in cuts:
        yield JSONL[start:cut]
        start = cut


async def test_download_iter_lines_and_text(kit: Any) -> None:
    kit.server.route("GET", CONTENT_PATH, lambda request: Reply(stream_chunks=jsonl_chunks()))
    client = kit.make()
    response = await kit.call(client.files.content("file-abc"))
    lines = list(response.iter_lines())
    assert lines == ['{"custom_id": "a", "n": 1}', '{"custom_id": "b", "n": 2}', '{"custom_id": "é", "n": 3}']
    assert response.http_response.is_closed
    response = await kit.call(client.files.content("file-abc"))
    assert "".join(response.iter_text(chunk_size=7)) == JSONL.decode()
    if kit.is_async:
        response = await kit.call(client.files.content("file-abc"))
        assert [line async for line in response.aiter_lines()] == lines
        assert "".join([t async for t in response.aiter_text()]) == JSONL.decode()


async def test_download_iter_bytes(kit: Any) -> None:
    chunks = [bytes([i]) * 10_000 for i in range(10)]
    kit.server.route("GET", CONTENT_PATH, lambda request: Reply(stream_chunks=iter(chunks)))
    client = kit.make()
    response = await kit.call(client.files.content("file-abc"))
    received = await kit.collect(response.iter_bytes())
    assert b"".join(received) == b"".join(chunks)

    response = await kit.call(client.files.content("file-abc"))
    sized = await kit.collect(response.iter_bytes(chunk_size=4096))
    assert b"".join(sized) == b"".join(chunks)
    assert all(len(chunk) == 4096 for chunk in sized[:-1])
    if kit.is_async:
        response = await kit.call(client.files.content("file-abc"))
        assert b"".join([c async for c in response.aiter_bytes(4096)]) == b"".join(chunks)


async def test_download_write_to_file(kit: Any, tmp_path: pathlib.Path) -> None:
    kit.server.route("GET", CONTENT_PATH, Reply(body=CONTENT))
    client = kit.make()
    response = await kit.call(client.files.content("file-abc"))
    target = tmp_path / "out.jsonl"
    written = response.write_to_file(target)  # not awaited, as with the SDK
    assert written == len(CONTENT)
    assert target.read_bytes() == CONTENT
    # str paths work too, and the SDK's stream_to_file
    response = await kit.call(client.files.content("file-abc"))
    response.stream_to_file(str(tmp_path / "out2.jsonl"))
    assert (tmp_path / "out2.jsonl").read_bytes() == CONTENT
    if kit.is_async:
        response = await kit.call(client.files.content("file-abc"))
        await response.astream_to_file(tmp_path / "out3.jsonl")
        assert (tmp_path / "out3.jsonl").read_bytes() == CONTENT


async def test_download_error_status_raises(kit: Any) -> None:
    kit.server.route("GET", CONTENT_PATH, Reply(status=404, json={"error": {"message": "No such file"}}))
    with pytest.raises(NotFoundError, match="No such file"):
        await kit.call(kit.make().files.content("file-abc"))


async def test_download_is_retried_before_the_body_is_handed_over(kit: Any) -> None:
    kit.server.route("GET", CONTENT_PATH, [Reply(status=503), Reply(body=CONTENT)])
    response = await kit.call(kit.make().files.content("file-abc"))
    assert response.read() == CONTENT
    assert len(kit.server.requests) == 2


async def test_download_closed_without_reading_releases_connection(kit: Any) -> None:
    kit.server.route("GET", CONTENT_PATH, lambda request: Reply(stream_chunks=iter([b"a" * MB] * 8)))
    kit.server.route("GET", "/v1/files/file-abc", Reply(json=kit.file_json()))
    client = kit.make()
    if kit.is_async:
        async with client.files.with_streaming_response.content("file-abc") as response:
            pass
        response_closed = response.is_closed
    else:
        response = client.files.content("file-abc")
        with response:
            pass
        response_closed = response.http_response.is_closed
    assert response_closed
    # the client is still usable afterwards
    assert (await kit.call(client.files.retrieve("file-abc"))).id == "file-abc"


# -- with_streaming_response -----------------------------------------------------------------


async def stream_call(kit: Any, make_call: Any, use: Any) -> Any:
    """`with`/`async with` around a with_streaming_response call; `use(response)` is awaited
    when it returns an awaitable. Returns what `use` returned and the closed response."""
    if kit.is_async:
        async with make_call() as response:
            result = await kit.call(use(response))
    else:
        with make_call() as response:
            result = await kit.call(use(response))
    assert response.is_closed  # the block closes it
    return result


async def test_streaming_response_iter_lines(kit: Any) -> None:
    kit.server.route("GET", CONTENT_PATH, lambda request: Reply(stream_chunks=jsonl_chunks(), headers={"x-request-id": "req_s"}))
    client = kit.make()

    async def lines(response: Any) -> list[str]:
        assert response.status_code == 200
        assert response.request_id == "req_s"
        assert response.http_request.method == "GET"
        assert not response.is_closed  # handed over unread
        return await kit.collect(response.iter_lines())

    got = await stream_call(kit, lambda: client.files.with_streaming_response.content("file-abc"), lines)
    assert got == ['{"custom_id": "a", "n": 1}', '{"custom_id": "b", "n": 2}', '{"custom_id": "é", "n": 3}']


async def test_streaming_response_read_text_json_and_file(kit: Any, tmp_path: pathlib.Path) -> None:
    kit.server.route("GET", CONTENT_PATH, Reply(body=CONTENT))
    client = kit.make()

    def call() -> Any:
        return client.files.with_streaming_response.content("file-abc")

    assert await stream_call(kit, call, lambda r: r.read()) == CONTENT
    assert await stream_call(kit, call, lambda r: r.text()) == CONTENT.decode("utf-8", errors="replace")
    await stream_call(kit, call, lambda r: r.stream_to_file(tmp_path / "a.bin"))
    await stream_call(kit, call, lambda r: r.write_to_file(tmp_path / "b.bin"))
    assert (tmp_path / "a.bin").read_bytes() == (tmp_path / "b.bin").read_bytes() == CONTENT
    chunks = await stream_call(kit, call, lambda r: kit.collect(r.iter_bytes(16)))
    assert b"".join(chunks) == CONTENT and all(len(c) == 16 for c in chunks[:-1])
    kit.server.route("GET", CONTENT_PATH, Reply(json={"a": 1}))
    assert await stream_call(kit, call, lambda r: r.json()) == {"a": 1}


async def test_streaming_response_parse_model_and_page(kit: Any) -> None:
    kit.server.route("GET", "/v1/files/file-abc", Reply(json=kit.file_json(), headers={"x-request-id": "req_m"}))
    kit.server.route("GET", "/v1/files", Reply(json=kit.list_json([kit.file_json("f1"), kit.file_json("f2")], has_more=False)))
    client = kit.make()
    file = await stream_call(kit, lambda: client.files.with_streaming_response.retrieve("file-abc"), lambda r: r.parse())
    assert isinstance(file, OpenAIFile) and file.id == "file-abc"
    assert file._request_id == "req_m"
    page = await stream_call(kit, lambda: client.files.with_streaming_response.list(), lambda r: r.parse())
    assert [f.id for f in page.data] == ["f1", "f2"]
    # nested resources have it too
    kit.server.route("GET", "/v1/evals/eval_1/runs/run_1", Reply(json=kit.run_json()))
    run = await stream_call(
        kit, lambda: client.evals.runs.with_streaming_response.retrieve("run_1", eval_id="eval_1"), lambda r: r.parse()
    )
    assert run.id == "run_1"


async def test_streaming_response_errors_raise_on_entry(kit: Any) -> None:
    kit.server.route("GET", CONTENT_PATH, [Reply(status=503), Reply(status=404, json={"error": {"message": "gone"}})])
    client = kit.make()
    with pytest.raises(NotFoundError, match="gone"):
        await stream_call(kit, lambda: client.files.with_streaming_response.content("file-abc"), lambda r: r.read())
    assert len(kit.server.requests) == 2  # retried first, as any call


# -- 200 MB streamed download ----------------------------------------------------------------

BIG_MB = 200


def big_chunks() -> Iterator[bytes]:
    """200 chunks of 1 MB, each generated when the server needs it."""
    for i in range(BIG_MB):
        yield (i.to_bytes(4, "big") + bytes(range(252))) * (MB // 256)


def expected_digest() -> str:
    digest = hashlib.sha256()
    for chunk in big_chunks():
        digest.update(chunk)
    return digest.hexdigest()


def file_digest(path: pathlib.Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while block := file.read(4 * MB):
            digest.update(block)
    return digest.hexdigest()


async def test_200mb_download_streams_to_file_with_bounded_memory(kit: Any, tmp_path: pathlib.Path) -> None:
    kit.server.route("GET", "/v1/files/file-big/content", lambda request: Reply(stream_chunks=big_chunks()))
    client = kit.make()
    target = tmp_path / "big.bin"

    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        baseline, _ = tracemalloc.get_traced_memory()
        started = time.perf_counter()
        if kit.is_async:  # as with the SDK, an async download streams through with_streaming_response
            async with client.files.with_streaming_response.content("file-big") as response:
                await response.stream_to_file(target)
            written = target.stat().st_size
        else:
            response = client.files.content("file-big")
            written = response.write_to_file(target)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    peak_mb = (peak - baseline) / MB
    print(
        f"\n[{kit.mode}] 200 MB download via write_to_file: {written / MB:.0f} MB in {elapsed:.2f} s "
        f"= {written / MB / elapsed:.0f} MB/s (under tracemalloc), peak traced memory {peak_mb:.1f} MB"
    )
    assert written == BIG_MB * MB
    assert target.stat().st_size == BIG_MB * MB
    assert peak_mb < 64, f"peak traced memory {peak_mb:.1f} MB"
    assert response.http_response.is_closed
    assert file_digest(target) == expected_digest()


# -- deprecated fields -------------------------------------------------------------------------

DEPRECATED_READS = r"""
import asyncio, sys, warnings
from openai_evals import AsyncOpenAI, OpenAI

assert warnings.filters[0][0] == "error", warnings.filters[:1]  # -W error took effect
base_url = sys.argv[1]
with OpenAI(api_key="sk-test", base_url=base_url) as client:
    file = client.files.retrieve("file-abc")  # the first call of the process
    print(file.status, file.status_details, sorted(file.model_dump()), file.to_dict()["status"])
    print([f.status for f in client.files.list()])

async def main() -> None:
    async with AsyncOpenAI(api_key="sk-test", base_url=base_url) as client:
        file = await client.files.retrieve("file-abc")
        print(file.status, file.status_details, file.model_dump_json())

asyncio.run(main())
"""


def test_deprecated_fields_read_without_warning_under_w_error(client_server: Any) -> None:
    """`OpenAIFile.status` is deprecated in the spec: reading it (first read of a fresh
    process, sync and async, and through a page) never warns, so `-W error` does not raise."""
    import subprocess
    import sys

    from tests.support.bodies import file_json, list_json

    body = file_json(status="error", status_details="bad line 3")
    client_server.route("GET", "/v1/files/file-abc", Reply(json=body))
    client_server.route("GET", "/v1/files", Reply(json=list_json([body], has_more=False)))
    env = {**os.environ, "PYTHONPATH": str(pathlib.Path(__file__).resolve().parents[1] / "generated")}
    proc = subprocess.run([sys.executable, "-W", "error", "-c", DEPRECATED_READS, client_server.url + "/v1"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("error bad line 3 [") and lines[0].endswith(" error")
    assert lines[1] == "['error']"
    assert lines[2].startswith("error bad line 3 {")
    assert OpenAIFile.model_fields["status"].deprecated is None  # not pydantic's warning kind
