"""What a run starts first, and the helper.

A run that needs no workers' fork server (a small spec, or an update) still has a second core:
the helper, one process forked from this one at the start, imports datamodel-code-generator and
runs it once (its first use, 0.3-0.45 s of CPU, most of such a run's time) while this process
imports the rest, reads the spec and renders; datamodel-code-generator's runs are then given to
it, and black runs here meanwhile. It is killed when the run ends, used or not.

This module imports little (no multiprocessing, no concurrent.futures: 25 ms together), since
the helper's warm-up is the longest path of such a run and starts only once this is imported:
`__main__` imports it first. The fork is `os.fork`, the channel a socket pair carrying pickles.
"""

from __future__ import annotations

import gc
import importlib
import os
import pickle
import queue
import signal
import socket
import struct
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

# A spec below ONE_PROCESS_BYTES is generated in one process, cold or not, but for the range
# SMALL_BYTES to MEMORY_FIRST_BYTES (below). Measured cold on the
# corpus's largest specs (2 cores, loaded): in one process Twilio (1.9 MB) peaks at 71 MB of PSS
# and 2.8-3.4 s of CPU against 133 MB and 5.2 s with the fork server and two workers (each
# worker pays datamodel-code-generator's and black's memory again), and takes no longer; Xero
# (0.9 MB) 70 MB against 136, Spotify (0.3 MB) 61 against 108. The whole upstream API (3 MB)
# keeps the workers: its 16 s of CPU cold are spread over both cores. Known from the file's
# size, before it is read. Between SMALL_BYTES and MEMORY_FIRST_BYTES the workers win on time:
# the 21-operation cut (89 KB) cold takes 1.1-1.4 s with them against 1.6-2.2 s in one process
# (the same bytes), and memory is no target there; below SMALL_BYTES a spec has too few schemas
# to pay for the fork server's warm-up.
SMALL_BYTES = 64_000
MEMORY_FIRST_BYTES = 256_000
ONE_PROCESS_BYTES = 2_500_000


def tune_gc() -> None:
    """Collect young objects every 10,000 allocations instead of 700: black and the model
    generator build and drop many small object graphs, and the default spends 15% of their CPU
    time in the collector; the peak grows by a few MB."""
    gc.set_threshold(10_000, 50, 100)


def worker_count() -> int:
    configured = os.environ.get("GENERATOR_JOBS")
    if configured and configured.isdigit():
        return max(1, int(configured))
    if sys.platform != "linux":
        return 1  # the fork server (forking a warm process) is tested on Linux only
    return max(1, min(4, os.cpu_count() or 1))


def _size(spec: Path) -> int | None:
    try:
        return spec.stat().st_size
    except OSError:
        return None


def one_process(spec: Path) -> bool:
    size = _size(spec)
    return size is not None and (
        size < SMALL_BYTES or MEMORY_FIRST_BYTES <= size < ONE_PROCESS_BYTES
    )


def cold(cache_dir: Path | None, spec: Path) -> bool:
    """A run without a cache (`--no-cache`, or no cache folder yet) on a spec too big for one
    process will need the workers (`pipeline.SMALL_UPDATE` has the last word)."""
    return (cache_dir is None or not cache_dir.exists()) and not one_process(spec)


def start_early(cache_dir: Path | None, spec: Path) -> None:
    """What a run starts first thing, known from the command line alone: the fork server for a
    cold run that will need the workers; else the helper, but not on a cold run of a spec in
    the memory-first range (`one_process`), where it would hold a second copy of what
    datamodel-code-generator is given, its memory on top of this process's."""
    if cold(cache_dir, spec):
        from .jobs import start_workers_early

        start_workers_early()
        return
    size = _size(spec)
    cold_run = cache_dir is None or not cache_dir.exists()
    if size is not None and not (cold_run and size >= MEMORY_FIRST_BYTES):
        start_helper()


# What the helper runs first, before it takes any task: "module:function".
HELPER_WARM_UP = "generator.emit.models:warm_up_generator"
_helper: Helper | None = None


def current() -> Helper | None:
    return _helper


def start_helper() -> None:
    """Fork the helper now (once per process). Not without a second core, with GENERATOR_JOBS=1,
    or from a process with threads (a fork copies only the thread that calls it)."""
    global _helper
    if _helper is None and worker_count() > 1 and threading.active_count() == 1:
        _helper = Helper(HELPER_WARM_UP)


def stop_helper() -> None:
    global _helper
    if _helper is not None:
        _helper.stop()
        _helper = None


class HelperDied(RuntimeError):
    pass


_LENGTH = struct.Struct("!Q")


def _send(sock: socket.socket, data: bytes) -> None:
    sock.sendall(_LENGTH.pack(len(data)))  # apart: a task of megabytes is not copied again
    sock.sendall(data)


def _receive(sock: socket.socket) -> Any:
    """The next message, unpickled; EOFError when the other side is gone."""
    size = _LENGTH.unpack(_exactly(sock, _LENGTH.size))[0]
    return pickle.loads(_exactly(sock, size))


def _exactly(sock: socket.socket, size: int) -> bytearray:
    data = bytearray(size)
    view = memoryview(data)
    done = 0
    while done < size:
        got = sock.recv_into(view[done:])
        if not got:
            raise EOFError
        done += got
    return data


class Helper:
    """A process forked from this one that runs tasks in the order given, over a socket pair."""

    def __init__(self, warm_up: str) -> None:
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # the helper
            status = 0
            try:
                ours.close()  # so that this process's death is the end of the channel
                _serve(theirs, warm_up)
            except BaseException:  # noqa: BLE001 - nothing to report to: the parent sees EOF
                status = 1
            finally:
                os._exit(status)
        theirs.close()
        self.pid = pid
        self._exit_code: int | None = None
        self._sock = ours
        self._sent = 0
        self._received: dict[int, tuple[bool, Any]] = {}
        # Tasks are sent from a thread: a task bigger than the socket's buffer would otherwise
        # hold this process until the helper reads it (after its warm-up and every task before
        # it), and deadlock with a helper sending a big answer meanwhile.
        self._outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._sender = threading.Thread(target=self._send_all, daemon=True)
        self._sender.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """Hand `fn(*args)` over; the returned callable waits for its answer."""
        task = self._sent
        self._sent += 1
        self._outbox.put(pickle.dumps((task, fn, args), protocol=5))  # a bad task fails here
        return lambda: self._answer(task)

    def _send_all(self) -> None:
        while (message := self._outbox.get()) is not None:
            try:
                _send(self._sock, message)
            except OSError:  # the helper is gone: waiting for an answer says so
                return

    def _answer(self, task: int) -> Any:
        while task not in self._received:
            try:
                done, ok, value = _receive(self._sock)
            except (EOFError, OSError) as exc:
                raise self._died() from exc
            self._received[done] = (ok, value)
        ok, value = self._received.pop(task)
        if not ok:
            raise value
        return value

    def _died(self) -> HelperDied:
        return HelperDied(
            f"the helper process running datamodel-code-generator ended without an answer "
            f"(exit code {self._wait()}); GENERATOR_JOBS=1 runs it in this process"
        )

    def _wait(self) -> int | None:
        if self._exit_code is None:
            try:
                self._exit_code = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
            except ChildProcessError:
                pass
        return self._exit_code

    def stop(self) -> None:
        """Killed, not asked: it may still be importing, and nothing it does is kept."""
        if self._exit_code is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._wait()
        self._outbox.put(None)
        self._sender.join()
        self._sock.close()


def _serve(sock: socket.socket, warm_up: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    module, _, function = warm_up.partition(":")
    gc.disable()  # importing builds objects that live to the end: 25% faster uncollected
    try:
        getattr(importlib.import_module(module), function)()
    except Exception:  # noqa: BLE001 - the first task then fails, and reports it
        pass
    gc.freeze()
    tune_gc()
    gc.enable()
    while True:
        try:
            task, fn, args = _receive(sock)
        except (EOFError, OSError):
            return
        try:
            answer: tuple[int, bool, Any] = (task, True, fn(*args))
        except Exception as exc:  # noqa: BLE001 - raised again in the parent
            answer = (task, False, exc)
        try:
            data = pickle.dumps(answer, protocol=5)
        except Exception as exc:  # noqa: BLE001 - an answer that does not pickle
            data = pickle.dumps((task, False, RuntimeError(f"{type(exc).__name__}: {exc}")))
        try:
            _send(sock, data)
        except OSError:
            return
