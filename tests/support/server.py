"""A small scripted HTTP/1.1 server for testing generated API clients.

Stdlib only. Typical use::

    with ScriptedServer() as server:
        server.route("GET", "/v1/models", Reply(json={"data": []}))
        client = httpx.Client(base_url=server.url)
        ...
        assert server.requests[0].headers["authorization"] == "Bearer k"
        assert server.errors == []

Routes match on the exact method and the *raw* request path (no query string,
no percent-decoding). A route answers with:

* a ``Reply``: the same reply every time;
* a ``list[Reply]``: consumed in order, the last one repeats once exhausted;
* a callable ``(RecordedRequest) -> Reply``: called once per request.

Faults: ``Reply(delay=...)`` sleeps before the status line (client timeouts),
``Reply(drop=True)`` closes the connection without a response (transport
errors), ``Reply(stream_chunks=...)`` streams a chunked body lazily (a
generator is consumed once: for a route answered repeatedly, use a callable
handler that builds a fresh generator per request).

Unmatched requests get a 404 JSON error; a handler that raises gets a 500 JSON
error and the exception is appended to ``server.errors``.
"""

from __future__ import annotations

import email.utils
import json as _json
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterable, Union
from urllib.parse import parse_qs, urlsplit

__all__ = ["RecordedRequest", "Reply", "Handler", "ScriptedServer"]


@dataclass
class RecordedRequest:
    method: str
    path: str  # raw path without query string, percent-encoding kept as sent
    query: dict[str, list[str]]  # parse_qs(raw_query, keep_blank_values=True)
    raw_query: str
    headers: dict[str, str]  # lower-cased names
    body: bytes

    def json(self) -> Any:
        return _json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    json: Any = None  # serialised with json.dumps, content-type application/json
    body: bytes | None = None  # raw body (mutually exclusive with json)
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to sleep before the status line
    drop: bool = False  # close the connection without any response
    stream_chunks: Iterable[bytes] | None = None  # chunked transfer, lazily
    content_type: str | None = None  # overrides the default content-type

    def __post_init__(self) -> None:
        given = [
            name
            for name, value in (
                ("json", self.json),
                ("body", self.body),
                ("stream_chunks", self.stream_chunks),
            )
            if value is not None
        ]
        if len(given) > 1:
            raise ValueError(f"Reply: {' and '.join(given)} are mutually exclusive")
        if isinstance(self.body, str):
            self.body = self.body.encode("utf-8")


Handler = Callable[[RecordedRequest], Reply]
Responder = Union[Handler, Reply, "list[Reply]"]

# Statuses that must not carry a body (nor, for 1xx/204, a Content-Length).
_NO_BODY_STATUSES = {204, 304}


class _Route:
    """One registered answer source; thread-safe consumption of reply lists."""

    def __init__(self, responder: Responder) -> None:
        self._lock = threading.Lock()
        if isinstance(responder, Reply):
            self._kind = "reply"
        elif isinstance(responder, list):
            if not responder:
                raise ValueError("route: an empty list of replies")
            for item in responder:
                if not isinstance(item, Reply):
                    raise TypeError(f"route: list items must be Reply, got {type(item).__name__}")
            responder = list(responder)
            self._kind = "list"
        elif callable(responder):
            self._kind = "call"
        else:
            raise TypeError(f"route: expected Reply, list[Reply] or callable, got {type(responder).__name__}")
        self._responder = responder
        self._index = 0

    def next_reply(self, request: RecordedRequest) -> Reply:
        if self._kind == "reply":
            return self._responder  # type: ignore[return-value]
        if self._kind == "list":
            with self._lock:
                replies: list[Reply] = self._responder  # type: ignore[assignment]
                reply = replies[min(self._index, len(replies) - 1)]
                self._index += 1
                return reply
        reply = self._responder(request)  # type: ignore[operator]
        if not isinstance(reply, Reply):
            raise TypeError(f"handler returned {type(reply).__name__}, expected Reply")
        return reply


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128
    allow_reuse_address = True

    scripted: "ScriptedServer"

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Connection-level failures (client went away, stop() shutting sockets)
        # are not interesting; anything else is recorded for the tests.
        exc = sys.exc_info()[1]
        if exc is None or isinstance(exc, OSError):
            return
        self.scripted._record_error(exc)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    # --- connection bookkeeping -------------------------------------------
    def setup(self) -> None:
        super().setup()
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        self.server.scripted._connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.scripted._connection_closed(self.connection)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    # --- dispatch ------------------------------------------------------------
    def handle_one_request(self) -> None:
        # Same as the base implementation but dispatches every method to
        # _serve instead of looking for do_<METHOD>.
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ""
                self.request_version = ""
                self.command = ""
                self.send_error(414)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            self._serve()
            self.wfile.flush()
        except (TimeoutError, ConnectionError, OSError):
            self.close_connection = True

    def _read_body(self) -> bytes:
        te = (self.headers.get("Transfer-Encoding") or "").lower()
        if "chunked" in te:
            parts: list[bytes] = []
            while True:
                line = self.rfile.readline(65537)
                if not line:
                    raise ConnectionError("EOF in chunked request body")
                size = int(line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    # trailers, up to the empty line
                    while True:
                        trailer = self.rfile.readline(65537)
                        if trailer in (b"\r\n", b"\n", b""):
                            break
                    break
                data = self.rfile.read(size)
                if len(data) != size:
                    raise ConnectionError("EOF in chunked request body")
                parts.append(data)
                self.rfile.readline(65537)  # CRLF after the chunk data
            return b"".join(parts)
        length = self.headers.get("Content-Length")
        if length:
            n = int(length)
            data = self.rfile.read(n)
            if len(data) != n:
                raise ConnectionError("EOF in request body")
            return data
        return b""

    def _serve(self) -> None:
        scripted = self.server.scripted
        target = self.path
        if "://" in target.split("?", 1)[0]:  # absolute-form request target
            parts = urlsplit(target)
            path, raw_query = parts.path or "/", parts.query
        else:
            path, _, raw_query = target.partition("?")
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        body = self._read_body()
        request = RecordedRequest(
            method=self.command,
            path=path,
            query=parse_qs(raw_query, keep_blank_values=True),
            raw_query=raw_query,
            headers=headers,
            body=body,
        )
        scripted._record_request(request)

        route = scripted._find_route(request.method, request.path)
        if route is None:
            reply = _error_reply(404, f"no route for {request.method} {request.path}", "invalid_request_error")
        else:
            try:
                reply = route.next_reply(request)
            except BaseException as exc:  # noqa: BLE001 - reported to the test
                scripted._record_error(exc)
                reply = _error_reply(500, f"{type(exc).__name__}: {exc}", "server_error")

        if reply.delay > 0 and scripted._stopping.wait(reply.delay):
            self._abort()
            return
        if reply.drop:
            self._abort()
            return
        if reply.stream_chunks is not None:
            self._send_stream(reply)
        else:
            try:
                payload, content_type = _encode(reply)
            except BaseException as exc:  # noqa: BLE001
                scripted._record_error(exc)
                reply = _error_reply(500, f"{type(exc).__name__}: {exc}", "server_error")
                payload, content_type = _encode(reply)
            self._send_whole(reply, payload, content_type)

    # --- writing -------------------------------------------------------------
    def _abort(self) -> None:
        """Close the socket abruptly (RST), writing nothing."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        try:
            self.connection.close()
        except OSError:
            pass

    def _write_head(self, status: int, headers: list[tuple[str, str]], body: bytes = b"") -> None:
        # Status line, headers and (small) body go out in one write: avoids
        # Nagle/delayed-ACK stalls on keep-alive connections.
        self.send_response_only(status)
        self.send_header("Server", "ScriptedServer")
        self.send_header("Date", email.utils.formatdate(time.time(), usegmt=True))
        for name, value in headers:
            self.send_header(name, value)
        self._headers_buffer.append(b"\r\n")
        if body:
            self._headers_buffer.append(body)
        self.flush_headers()

    def _send_whole(self, reply: Reply, payload: bytes, content_type: str | None) -> None:
        status = reply.status
        no_body = status in _NO_BODY_STATUSES or 100 <= status < 200
        head: dict[str, tuple[str, str]] = {}
        if content_type is not None and not no_body:
            head["content-type"] = ("Content-Type", content_type)
        if not (status == 204 or 100 <= status < 200):
            head["content-length"] = ("Content-Length", str(len(payload)))
        for name, value in reply.headers.items():
            head[name.lower()] = (name, value)
        send_body = not no_body and self.command != "HEAD"
        self._write_head(status, list(head.values()), payload if send_body else b"")

    def _send_stream(self, reply: Reply) -> None:
        scripted = self.server.scripted
        head: dict[str, tuple[str, str]] = {
            "content-type": ("Content-Type", reply.content_type or "application/octet-stream"),
            "transfer-encoding": ("Transfer-Encoding", "chunked"),
        }
        for name, value in reply.headers.items():
            head[name.lower()] = (name, value)
        self._write_head(reply.status, list(head.values()))
        if self.command == "HEAD":
            return
        chunks = iter(reply.stream_chunks)  # type: ignore[arg-type]
        try:
            while True:
                try:
                    chunk = next(chunks)
                except StopIteration:
                    break
                except BaseException as exc:  # noqa: BLE001 - generator failed mid-stream
                    scripted._record_error(exc)
                    self._abort()
                    return
                if not chunk:
                    continue  # an empty chunk would end the body
                if isinstance(chunk, str):
                    chunk = chunk.encode("utf-8")
                if len(chunk) < 65536:  # small (e.g. SSE) chunks: one packet each
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                else:  # large chunks are written as-is, never copied or joined
                    self.wfile.write(b"%x\r\n" % len(chunk))
                    self.wfile.write(chunk)
                    self.wfile.write(b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()


def _error_reply(status: int, message: str, type_: str) -> Reply:
    return Reply(status=status, json={"error": {"message": message, "type": type_}})


def _encode(reply: Reply) -> tuple[bytes, str | None]:
    if reply.json is not None:
        return _json.dumps(reply.json).encode("utf-8"), reply.content_type or "application/json"
    if reply.body is not None:
        return bytes(reply.body), reply.content_type or "application/octet-stream"
    return b"", reply.content_type


class ScriptedServer:
    """Scripted HTTP/1.1 server on 127.0.0.1 (random port), one thread per connection."""

    def __init__(self) -> None:
        self.url: str = ""
        self.requests: list[RecordedRequest] = []
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()
        self._routes: dict[tuple[str, str], _Route] = {}
        self._prefix_routes: list[tuple[str, str, _Route]] = []
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._no_connections = threading.Condition(self._lock)

    # --- lifecycle -------------------------------------------------------------
    def start(self) -> "ScriptedServer":
        if self._httpd is not None:
            raise RuntimeError("ScriptedServer already started")
        self._stopping.clear()
        httpd = _HTTPServer(("127.0.0.1", 0), _RequestHandler)
        httpd.scripted = self
        self._httpd = httpd
        host, port = httpd.server_address[:2]
        self.url = f"http://{host}:{port}"
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name=f"ScriptedServer:{port}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self._stopping.set()  # wakes handlers sleeping on a delay
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)
        # Close idle keep-alive connections so lingering handler threads end
        # and clients cannot keep talking to a stopped server.
        with self._lock:
            conns = list(self._connections)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        deadline = time.monotonic() + 2.0
        with self._no_connections:
            while self._connections:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._no_connections.wait(remaining)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> "ScriptedServer":
        return self.start() if self._httpd is None else self

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    # --- scripting -----------------------------------------------------------
    def route(self, method: str, path: str, handler: Responder) -> None:
        """Answer ``method`` on exactly ``path`` (raw, without query). Replaces an earlier route."""
        entry = _Route(handler)
        with self._lock:
            self._routes[(method.upper(), path)] = entry

    def route_prefix(self, method: str, prefix: str, handler: Responder) -> None:
        """Answer ``method`` on any raw path starting with ``prefix``.

        Exact routes win; among prefixes the longest wins.
        """
        entry = _Route(handler)
        with self._lock:
            self._prefix_routes = [r for r in self._prefix_routes if (r[0], r[1]) != (method.upper(), prefix)]
            self._prefix_routes.append((method.upper(), prefix, entry))
            self._prefix_routes.sort(key=lambda r: len(r[1]), reverse=True)

    def reset(self) -> None:
        """Forget routes, recorded requests and recorded errors."""
        with self._lock:
            self._routes.clear()
            self._prefix_routes.clear()
            self.requests.clear()
            self.errors.clear()

    # --- internals (called from handler threads) -----------------------------
    def _find_route(self, method: str, path: str) -> _Route | None:
        with self._lock:
            route = self._routes.get((method.upper(), path))
            if route is not None:
                return route
            for m, prefix, entry in self._prefix_routes:
                if m == method.upper() and path.startswith(prefix):
                    return entry
        return None

    def _record_request(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _record_error(self, exc: BaseException) -> None:
        with self._lock:
            self.errors.append(exc)

    def _connection_opened(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.add(conn)

    def _connection_closed(self, conn: socket.socket) -> None:
        with self._no_connections:
            self._connections.discard(conn)
            self._no_connections.notify_all()
