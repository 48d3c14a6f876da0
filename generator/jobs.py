"""Runs the slow, independent steps (model generation, black) on every core.

A cold generation spends nearly all its time in datamodel-code-generator and black, one file
at a time. Each step is a pure function of its input, so they run in forked worker processes;
the cache is consulted first, and no process is started when everything is cached.
`GENERATOR_JOBS=1` runs everything in this process instead.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any, Callable

from .cache import Cache


def _worker_count() -> int:
    configured = os.environ.get("GENERATOR_JOBS")
    if configured and configured.isdigit():
        return max(1, int(configured))
    if sys.platform != "linux":  # fork is the cheap start method, and safe only here
        return 1
    return max(1, min(4, os.cpu_count() or 1))


class Job:
    """The eventual text of one step: from the cache, computed here, or from a worker."""

    def __init__(self, text: Any = None, future: Future[Any] | None = None,
                 store: Callable[[Any], None] | None = None) -> None:
        self._text = text
        self._future = future
        self._store = store

    def result(self) -> Any:
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
        self._alone: ThreadPoolExecutor | None = None

    def submit(self, kind: str, key: str, fn: Callable[..., str], *args: Any) -> Job:
        cached = self.cache.lookup(kind, key)
        if cached is not None:
            return Job(cached)
        if self.workers == 1:
            text = fn(*args)
            self.cache.store(kind, key, text)
            return Job(text)
        return Job(future=self._executor().submit(fn, *args),
                   store=lambda text: self.cache.store(kind, key, text))

    def spawn(self, fn: Callable[..., Any], *args: Any) -> Job:
        """Run `fn(*args)` on a worker, uncached (the caller caches what it is made of)."""
        if self.workers == 1:
            return Job(fn(*args))
        return Job(future=self._executor().submit(fn, *args))

    def spawn_alone(self, fn: Callable[..., Any], *args: Any) -> Job:
        """Like `spawn`, in a process of its own that exits when done, one at a time: for the
        steps that grow a process's heap (datamodel-code-generator on a whole module holds
        60 MB), so that no worker keeps that memory for the rest of the run."""
        if self.workers == 1:
            return Job(fn(*args))
        if self._alone is None:
            self._alone = ThreadPoolExecutor(1)
        return Job(future=self._alone.submit(_run_alone, fn, args))

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # Objects of this process that the collector would otherwise walk (and so copy) in
            # every forked worker stay shared: on the whole API that is 40 MB per worker.
            gc.freeze()
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("fork"))
        return self._pool

    def __enter__(self) -> Jobs:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._alone is not None:
            self._alone.shutdown(wait=True, cancel_futures=True)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _run_alone(fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """Run `fn(*args)` in a forked child and return (or raise) what it returned (or raised)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, fn, args), daemon=True)
    child.start()
    send.close()
    try:
        ok, value = receive.recv()
    except EOFError:
        child.join()
        raise RuntimeError(f"worker process died (exit code {child.exitcode})") from None
    child.join()
    if not ok:
        raise value
    return value


def _child(send: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        send.send((True, fn(*args)))
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        send.send((False, exc))
