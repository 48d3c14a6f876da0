"""Tests for the scripted HTTP test server in tests/support/server.py."""

from __future__ import annotations

import asyncio
import hashlib
import threading
from typing import Iterator

import httpx
import pytest

from tests.support.server import RecordedRequest, Reply, ScriptedServer

MB = 1024 * 1024


def test_json_reply_and_recorded_request(scripted_server: ScriptedServer) -> None:
    scripted_server.route("POST", "/v1/things", Reply(status=201, json={"id": "t_1"}, headers={"X-Request-Id": "r1"}))
    with httpx.Client(base_url=scripted_server.url) as client:
        resp = client.post(
            "/v1/things",
            params={"a": "1", "b": ["x", "y"], "empty": ""},
            json={"name": "n", "n": 3},
            headers={"Authorization": "Bearer k"},
        )
    assert resp.status_code == 201
    assert resp.json() == {"id": "t_1"}
    assert resp.headers["content-type"] == "application/json"
    assert resp.headers["content-length"] == str(len(resp.content))
    assert resp.headers["x-request-id"] == "r1"

    [req] = scripted_server.requests
    assert isinstance(req, RecordedRequest)
    assert req.method == "POST"
    assert req.path == "/v1/things"
    assert req.query == {"a": ["1"], "b": ["x", "y"], "empty": [""]}
    assert req.raw_query == "a=1&b=x&b=y&empty="
    assert req.headers["authorization"] == "Bearer k"
    assert req.headers["content-type"] == "application/json"
    assert req.json() == {"name": "n", "n": 3}
    assert scripted_server.errors == []


def test_raw_body_and_content_type_override(scripted_server: ScriptedServer) -> None:
    scripted_server.route("GET", "/raw", Reply(body=b"hello", content_type="text/plain"))
    scripted_server.route("DELETE", "/gone", Reply(status=204))
    with httpx.Client(base_url=scripted_server.url) as client:
        resp = client.get("/raw")
        assert (resp.status_code, resp.content, resp.headers["content-type"]) == (200, b"hello", "text/plain")
        resp = client.delete("/gone")
        assert (resp.status_code, resp.content) == (204, b"")
        # keep-alive connection still usable afterwards
        assert client.get("/raw").content == b"hello"


def test_reply_rejects_json_and_body_together() -> None:
    with pytest.raises(ValueError):
        Reply(json={}, body=b"x")


def test_list_of_replies_consumed_in_order_then_last_repeats(scripted_server: ScriptedServer) -> None:
    scripted_server.route(
        "GET",
        "/seq",
        [Reply(status=429, json={"n": 1}, headers={"Retry-After": "0"}), Reply(status=500, json={"n": 2}), Reply(json={"n": 3})],
    )
    with httpx.Client(base_url=scripted_server.url) as client:
        got = [client.get("/seq") for _ in range(5)]
    assert [r.status_code for r in got] == [429, 500, 200, 200, 200]
    assert [r.json()["n"] for r in got] == [1, 2, 3, 3, 3]
    assert got[0].headers["retry-after"] == "0"


def test_callable_handler(scripted_server: ScriptedServer) -> None:
    def echo(req: RecordedRequest) -> Reply:
        return Reply(json={"path": req.path, "q": req.query, "body": req.body.decode()})

    scripted_server.route_prefix("PUT", "/echo/", echo)
    with httpx.Client(base_url=scripted_server.url) as client:
        resp = client.put("/echo/abc", params={"k": "v"}, content=b"payload")
    assert resp.json() == {"path": "/echo/abc", "q": {"k": ["v"]}, "body": "payload"}


def test_exact_route_beats_prefix_and_reset(scripted_server: ScriptedServer) -> None:
    scripted_server.route_prefix("GET", "/a", Reply(json="short-prefix"))
    scripted_server.route_prefix("GET", "/a/b", Reply(json="long-prefix"))
    scripted_server.route("GET", "/a/b/c", Reply(json="exact"))
    with httpx.Client(base_url=scripted_server.url) as client:
        assert client.get("/a/b/c").json() == "exact"
        assert client.get("/a/b/d").json() == "long-prefix"
        assert client.get("/a/x").json() == "short-prefix"
        assert client.post("/a/b/c").status_code == 404  # method must match
        scripted_server.reset()
        assert scripted_server.requests == []
        assert client.get("/a/b/c").status_code == 404
    assert len(scripted_server.requests) == 1


def test_unmatched_is_404(scripted_server: ScriptedServer) -> None:
    with httpx.Client(base_url=scripted_server.url) as client:
        resp = client.get("/nope", params={"x": "1"})
    assert resp.status_code == 404
    assert resp.json() == {"error": {"message": "no route for GET /nope", "type": "invalid_request_error"}}
    assert scripted_server.requests[0].path == "/nope"
    assert scripted_server.errors == []


def test_handler_exception_is_500_and_recorded(scripted_server: ScriptedServer) -> None:
    def boom(req: RecordedRequest) -> Reply:
        raise RuntimeError("kaboom")

    scripted_server.route("GET", "/boom", boom)
    with httpx.Client(base_url=scripted_server.url) as client:
        resp = client.get("/boom")
        assert resp.status_code == 500
        assert "kaboom" in resp.json()["error"]["message"]
        assert client.get("/nope").status_code == 404  # server still serving
    assert len(scripted_server.errors) == 1
    assert isinstance(scripted_server.errors[0], RuntimeError)


def test_delay_triggers_read_timeout(scripted_server: ScriptedServer) -> None:
    scripted_server.route("GET", "/slow", Reply(json={}, delay=2.0))
    with httpx.Client(base_url=scripted_server.url, timeout=0.2) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get("/slow")
    # stop() (fixture teardown) wakes the delayed handler; nothing else to wait for.


def test_drop_causes_transport_error(scripted_server: ScriptedServer) -> None:
    scripted_server.route("POST", "/drop", [Reply(drop=True), Reply(json={"ok": True})])
    with httpx.Client(base_url=scripted_server.url) as client:
        with pytest.raises(httpx.TransportError):
            client.post("/drop", json={"x": 1})
        assert client.post("/drop", json={"x": 1}).json() == {"ok": True}
    assert [r.json() for r in scripted_server.requests] == [{"x": 1}, {"x": 1}]


def _chunk(i: int) -> bytes:
    return i.to_bytes(4, "big") * (MB // 4)


def test_streamed_chunked_reply_50mb(scripted_server: ScriptedServer) -> None:
    n_chunks = 50
    produced = 0

    def gen() -> Iterator[bytes]:
        nonlocal produced
        for i in range(n_chunks):
            produced += 1
            yield _chunk(i)

    expected = hashlib.sha256()
    for i in range(n_chunks):
        expected.update(_chunk(i))

    scripted_server.route("GET", "/big", Reply(stream_chunks=gen()))
    digest = hashlib.sha256()
    total = 0
    produced_at_first_byte = None
    with httpx.Client(base_url=scripted_server.url) as client:
        with client.stream("GET", "/big") as resp:
            assert resp.status_code == 200
            assert resp.headers["transfer-encoding"] == "chunked"
            assert "content-length" not in resp.headers
            for data in resp.iter_raw():
                if produced_at_first_byte is None:
                    produced_at_first_byte = produced
                digest.update(data)
                total += len(data)
    assert total == n_chunks * MB
    assert digest.hexdigest() == expected.hexdigest()
    # The generator is pulled lazily: when the client saw its first bytes the
    # server had produced only a few chunks (bounded by socket buffers).
    assert produced_at_first_byte is not None and produced_at_first_byte < n_chunks // 2
    assert produced == n_chunks
    assert scripted_server.errors == []


def test_small_streamed_chunks_and_generator_failure(scripted_server: ScriptedServer) -> None:
    events = [b"data: {\"n\": %d}\n\n" % i for i in range(3)] + [b"data: [DONE]\n\n"]
    scripted_server.route("GET", "/sse", lambda req: Reply(stream_chunks=iter(events), content_type="text/event-stream"))

    def broken() -> Iterator[bytes]:
        yield b"partial"
        raise RuntimeError("stream broke")

    scripted_server.route("GET", "/broken", Reply(stream_chunks=broken()))
    with httpx.Client(base_url=scripted_server.url) as client:
        with client.stream("GET", "/sse") as resp:
            assert resp.headers["content-type"] == "text/event-stream"
            assert list(resp.iter_lines()) == [line for e in events for line in e.decode().split("\n")[:2]]
        assert client.get("/sse").content == b"".join(events)  # callable: fresh iterator each time
        with pytest.raises(httpx.TransportError):
            client.get("/broken")
    assert [type(e) for e in scripted_server.errors] == [RuntimeError]


def test_multipart_upload_arrives_byte_identical(scripted_server: ScriptedServer) -> None:
    scripted_server.route("POST", "/upload", Reply(json={"ok": True}))
    payload = bytes(range(256)) * 4096 + b"\r\n--not-a-boundary\r\n"
    with httpx.Client(base_url=scripted_server.url) as client:
        request = client.build_request(
            "POST", "/upload", data={"purpose": "fine-tune"}, files={"file": ("data.bin", payload, "application/octet-stream")}
        )
        sent = request.read()
        assert client.send(request).json() == {"ok": True}
    [req] = scripted_server.requests
    assert req.body == sent
    assert req.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert payload in req.body


def test_chunked_request_body(scripted_server: ScriptedServer) -> None:
    scripted_server.route("POST", "/upload", Reply(json={"ok": True}))
    parts = [b"a" * 100_000, b"", b"b" * 3, bytes(range(256))]
    with httpx.Client(base_url=scripted_server.url) as client:
        resp = client.post("/upload", content=iter(parts), headers={"Content-Type": "application/octet-stream"})
    assert resp.status_code == 200
    [req] = scripted_server.requests
    assert req.headers["transfer-encoding"] == "chunked"
    assert req.body == b"".join(parts)


def test_100_concurrent_async_requests(scripted_server: ScriptedServer) -> None:
    n = 100
    # Every handler waits until all 100 are in flight at once: proves real concurrency.
    barrier = threading.Barrier(n, timeout=5)

    def handler(req: RecordedRequest) -> Reply:
        barrier.wait()
        return Reply(json={"i": int(req.query["i"][0])})

    scripted_server.route("GET", "/c", handler)

    async def main() -> list[httpx.Response]:
        limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)
        async with httpx.AsyncClient(base_url=scripted_server.url, limits=limits, timeout=10) as client:
            return await asyncio.gather(*(client.get("/c", params={"i": i}) for i in range(n)))

    responses = asyncio.run(main())
    assert [r.status_code for r in responses] == [200] * n
    assert [r.json()["i"] for r in responses] == list(range(n))
    assert len(scripted_server.requests) == n
    assert scripted_server.errors == []


def test_percent_encoded_path_kept_raw(scripted_server: ScriptedServer) -> None:
    scripted_server.route("GET", "/files/..%2Fx", Reply(json={"raw": True}))
    with httpx.Client(base_url=scripted_server.url) as client:
        resp = client.get("/files/..%2Fx")
        assert resp.json() == {"raw": True}
        assert client.get("/files/../x").status_code == 404
    assert scripted_server.requests[0].path == "/files/..%2Fx"


def test_context_manager_and_stop_closes_keepalive_connections() -> None:
    with ScriptedServer() as server:
        server.route("GET", "/", Reply(json=1))
        client = httpx.Client(base_url=server.url, timeout=2)
        assert client.get("/").json() == 1  # leaves an idle keep-alive connection
    try:
        with pytest.raises(httpx.TransportError):
            client.get("/")
    finally:
        client.close()
