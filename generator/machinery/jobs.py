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

A run that needs no fork server (a small spec, or an update) has the helper instead
(helper.py).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from . import helper as helpers
from .cache import Cache


def _fork_server() -> Any:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["generator.machinery.warm"])
    return context


def start_workers_early() -> None:
    """Start the fork server now, so that it warms up on another core while this process reads
    the spec (for a cold run, known from the command line alone)."""
    if helpers.worker_count() > 1:
        _fork_server()
        from multiprocessing import forkserver

        forkserver.ensure_running()


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
        self.workers = helpers.worker_count()
        self._pool: ProcessPoolExecutor | None = None
        self.helper = helpers.current()  # started by start_helper(), if it was
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
        helpers.stop_helper()

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
        helpers.stop_helper()
        if exc_type is not None and self._pool is not None:
            # An error or Ctrl-C: the queued tasks are dropped, and only the running ones (one
            # per worker) are waited for. (wait=False would race the pool's own thread.)
            self._pool.shutdown(wait=True, cancel_futures=True)
        if self._handover is not None:
            self._handover.shutdown(wait=True, cancel_futures=True)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
