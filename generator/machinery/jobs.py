"""Runs the slow, independent steps (model generation, black) on every core.

A cold generation spends nearly all its time in datamodel-code-generator and black. Each step is
a pure function of its input, so they run in worker processes; the cache is consulted first, and
no process is started when everything is cached. The workers are forked from a fork server that
imported both tools and ran each once (`warm.py`: 0.4 s of CPU), so no worker pays
that again; a cold run starts the server first thing, and it warms up on another core while this
process reads the spec. Each task gets a fresh worker, so the memory a task grows (60 MB for
datamodel-code-generator on the whole upstream API's models) is returned when it ends.
`GENERATOR_JOBS=1` runs everything in this process instead. A worker sees the generator as the
fork server imported it: a test that patches a function a worker runs sets `GENERATOR_JOBS=1`.

A run that needs no fork server (a small spec, or an update) still has a second core: the
helper, one process forked from this one at the start, imports datamodel-code-generator and
runs it once (its first use, 0.35 s of CPU, most of such a run's time) while this process
imports the rest, reads the spec and renders; datamodel-code-generator's runs are then given to
it, and black runs here meanwhile. It is killed when the run ends, used or not.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

from .cache import Cache


def tune_gc() -> None:
    """Collect young objects every 10,000 allocations instead of 700: black and the model
    generator build and drop many small object graphs, and the default spends 15% of their CPU
    time in the collector; the peak grows by a few MB."""
    gc.set_threshold(10_000, 50, 100)


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
        start_workers_early()
        return
    size = _size(spec)
    cold_run = cache_dir is None or not cache_dir.exists()
    if size is not None and not (cold_run and size >= MEMORY_FIRST_BYTES):
        start_helper()


# What the helper runs first, before it takes any task: "module:function".
HELPER_WARM_UP = "generator.emit.models:warm_up_generator"
_helper: Helper | None = None


def start_helper() -> None:
    """Fork the helper now (once per process). Not without a second core, with GENERATOR_JOBS=1,
    or from a process with threads (a fork copies only the thread that calls it)."""
    global _helper
    if _helper is None and _worker_count() > 1 and threading.active_count() == 1:
        _helper = Helper(HELPER_WARM_UP)


def stop_helper() -> None:
    global _helper
    if _helper is not None:
        _helper.stop()
        _helper = None


class HelperDied(RuntimeError):
    pass


class Helper:
    """A process forked from this one that runs tasks in the order given, over a pipe."""

    def __init__(self, warm_up: str) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, theirs = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(theirs, self._conn, warm_up), daemon=True
        )
        self._process.start()
        theirs.close()
        self._sent = 0
        self._received: dict[int, tuple[bool, Any]] = {}
        # Tasks are sent from a thread: a task bigger than the pipe's buffer would otherwise
        # hold this process until the helper reads it (after its warm-up and every task before
        # it), and deadlock with a helper sending a big answer meanwhile.
        self._outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._sender = threading.Thread(target=self._send_all, daemon=True)
        self._sender.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """Hand `fn(*args)` over; the returned callable waits for its answer."""
        task = self._sent
        self._sent += 1
        self._outbox.put(bytes(ForkingPickler.dumps((task, fn, args))))  # a bad task fails here
        return lambda: self._answer(task)

    def _send_all(self) -> None:
        while (message := self._outbox.get()) is not None:
            try:
                self._conn.send_bytes(message)
            except OSError:  # the helper is gone: waiting for an answer says so
                return

    def _answer(self, task: int) -> Any:
        while task not in self._received:
            try:
                done, ok, value = self._conn.recv()
            except (EOFError, OSError) as exc:
                raise self._died() from exc
            self._received[done] = (ok, value)
        ok, value = self._received.pop(task)
        if not ok:
            raise value
        return value

    def _died(self) -> HelperDied:
        self._process.join(1)
        return HelperDied(
            f"the helper process running datamodel-code-generator ended without an answer "
            f"(exit code {self._process.exitcode}); GENERATOR_JOBS=1 runs it in this process"
        )

    def stop(self) -> None:
        """Killed, not asked: it may still be importing, and nothing it does is kept."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._outbox.put(None)
        self._sender.join()
        self._conn.close()


def _serve(conn: Connection, parents: Connection, warm_up: str) -> None:
    # The fork copied the parent's end too: closed, so that the parent's death (even a kill)
    # is the end of the pipe here, and this process ends with it.
    parents.close()
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
            task, fn, args = conn.recv()
        except EOFError:
            return
        try:
            answer: tuple[int, bool, Any] = (task, True, fn(*args))
        except Exception as exc:  # noqa: BLE001 - raised again in the parent
            answer = (task, False, exc)
        try:
            conn.send(answer)
        except Exception as exc:  # noqa: BLE001 - an answer that does not pickle
            conn.send((task, False, RuntimeError(f"{type(exc).__name__}: {exc}")))


def start_workers_early() -> None:
    """Start the fork server now, so that it warms up on another core while this process reads
    the spec (for a cold run, known from the command line alone)."""
    if _worker_count() > 1:
        _fork_server()
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _fork_server() -> Any:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["generator.machinery.warm"])
    return context


def _worker_count() -> int:
    configured = os.environ.get("GENERATOR_JOBS")
    if configured and configured.isdigit():
        return max(1, int(configured))
    if sys.platform != "linux" or "forkserver" not in multiprocessing.get_all_start_methods():
        return 1  # the fork server (forking a warm process) is tested on Linux only
    return max(1, min(4, os.cpu_count() or 1))


class Job:
    """The eventual text of one step: from the cache, computed here, or from a worker."""

    def __init__(
        self,
        text: Any = None,
        future: Future[Any] | None = None,
        store: Callable[[Any], None] | None = None,
        waiting: Callable[[], Any] | None = None,
    ) -> None:
        self._text = text
        self._future = future
        self._store = store
        self._waiting = waiting

    def result(self) -> Any:
        if self._waiting is not None:
            self._text = self._waiting()
            self._waiting = None
        if self._future is not None:
            self._text = self._future.result()
            self._future = None
            if self._store is not None:
                self._store(self._text)
        return self._text


class Jobs:
    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.workers = _worker_count()
        self._pool: ProcessPoolExecutor | None = None
        self.helper = _helper  # started by start_helper(), if it was
        # Starting a worker waits for the fork server to be warm: tasks are handed over from
        # threads, so that this process goes on meanwhile.
        self._handover: ThreadPoolExecutor | None = None

    def submit(self, kind: str, key: str, fn: Callable[..., str], *args: Any) -> Job:
        cached = self.cache.lookup(kind, key)
        if cached is not None:
            return Job(cached)
        if self.workers == 1:
            text = fn(*args)
            self.cache.store(kind, key, text)
            return Job(text)
        return Job(
            future=self._submit(fn, *args), store=lambda text: self.cache.store(kind, key, text)
        )

    def spawn(self, fn: Callable[..., Any], *args: Any, helper: bool = False) -> Job:
        """Run `fn(*args)` on a worker, uncached (the caller caches what it is made of).
        `helper`: in a one-process run, on the helper, if there is one."""
        if self.workers == 1:
            if helper and self.helper is not None:
                return Job(waiting=self.helper.submit(fn, *args))
            return Job(fn(*args))
        return Job(future=self._submit(fn, *args))

    def no_helper(self) -> None:
        """The run goes to the workers (or needs no model generation): the helper is not used."""
        self.helper = None
        stop_helper()

    def _submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        pool = self._executor()
        if self._handover is None:
            self._handover = ThreadPoolExecutor(4 * self.workers)
        return self._handover.submit(lambda: pool.submit(fn, *args).result())

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=_fork_server(), max_tasks_per_child=1
            )
        return self._pool

    def __enter__(self) -> Jobs:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        stop_helper()
        if exc_type is not None and self._pool is not None:
            # An error or Ctrl-C: the queued tasks are dropped, and only the running ones (one
            # per worker) are waited for. (wait=False would race the pool's own thread.)
            self._pool.shutdown(wait=True, cancel_futures=True)
        if self._handover is not None:
            self._handover.shutdown(wait=True, cancel_futures=True)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
