"""The loop behind every generated `poll` and `create_and_poll`: fetch an object again and
again until its status is terminal, waiting between fetches as the server asks.

Wait before the next fetch, in order of preference:

1. `poll_interval_ms`, when the caller gives it: the same wait every time;
2. the header the config names (`poll_after_header`: milliseconds) of the last response;
3. our own backoff: 1 s, then 1.5 times longer after each fetch, at most 30 s
   (1, 1.5, 2.25, 3.4, 5.1, 7.6, 11.4, 17.1, 25.6, 30, 30, ... s).

`max_wait_seconds` (None: no limit) bounds the whole wait: no sleep goes past it, the object is
fetched once more at the deadline, and if it is still not terminal `PollTimeoutError` is raised
with that last object. Each fetch is an ordinary request: 429, 5xx and dropped connections are
retried by the client's retry logic, and an error it gives up on ends the polling.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from typing import Awaitable, Callable, Generic, TypeVar

import httpx

from ._exceptions import PollTimeoutError
from ._models import BaseModel
from ._response import APIResponse
from ._types import NotGiven

__all__ = ["poll_sync", "poll_async", "next_poll_delay"]

log = logging.getLogger(__package__)

_M = TypeVar("_M", bound=BaseModel)

INITIAL_POLL_DELAY = 1.0
POLL_BACKOFF = 1.5
MAX_POLL_DELAY = 30.0

# The clock and the sleeps the loop uses, looked up at every call: tests replace them to
# measure the waits without waiting.
monotonic: Callable[[], float] = time.monotonic
sleep: Callable[[float], None] = time.sleep
async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


def next_poll_delay(
    fetches: int,
    headers: httpx.Headers,
    poll_interval_ms: int | NotGiven,
    poll_after_header: str | None = None,
) -> float:
    """Seconds to wait after fetch number `fetches` (1-based) before the next one."""
    if not isinstance(poll_interval_ms, NotGiven):
        return max(poll_interval_ms, 0) / 1000
    asked = headers.get(poll_after_header) if poll_after_header else None
    if asked is not None:
        try:
            delay = float(asked) / 1000
        except ValueError:  # unreadable: our own backoff
            delay = -1.0
        if delay >= 0:
            return delay
    return min(INITIAL_POLL_DELAY * POLL_BACKOFF ** (fetches - 1), MAX_POLL_DELAY)


class _Poll(Generic[_M]):
    """The state shared by the sync and async loops: terminal check, delay and deadline."""

    def __init__(
        self,
        status: Callable[[_M], object],
        terminal: frozenset[str],
        poll_interval_ms: int | NotGiven,
        max_wait_seconds: float | None,
        started: float | None,
        poll_after_header: str | None,
    ) -> None:
        self.poll_after_header = poll_after_header
        self.status = status
        self.terminal = terminal
        self.poll_interval_ms = poll_interval_ms
        self.max_wait_seconds = max_wait_seconds
        self.started = monotonic() if started is None else started
        self.fetches = 0

    def wait_after(self, response: APIResponse[_M]) -> float | None:
        """None when the object is terminal, else the seconds to sleep before the next fetch.
        Raises PollTimeoutError once the deadline has passed."""
        self.fetches += 1
        current = response.parse()
        status = self.status(current)
        if isinstance(status, enum.Enum):
            status = status.value
        if str(status) in self.terminal:
            return None
        delay = next_poll_delay(
            self.fetches, response.headers, self.poll_interval_ms, self.poll_after_header
        )
        if self.max_wait_seconds is not None:
            waited = monotonic() - self.started
            remaining = self.max_wait_seconds - waited
            if remaining <= 0:
                raise PollTimeoutError(
                    f"{type(current).__name__} still has status {status!r} after {waited:.1f} s"
                    f" (max_wait_seconds={self.max_wait_seconds:g}); the last object is on .last",
                    request=response.http_response.request,
                    last=current,
                    status=str(status),
                    waited=waited,
                )
            delay = min(delay, remaining)
        log.debug("Status %r is not terminal; polling again in %.3f seconds", status, delay)
        return delay


def poll_sync(
    fetch: Callable[[], APIResponse[_M]],
    *,
    status: Callable[[_M], object],
    terminal: frozenset[str],
    poll_interval_ms: int | NotGiven,
    max_wait_seconds: float | None,
    started: float | None = None,
    poll_after_header: str | None = None,
) -> _M:
    """Call `fetch` (a `with_raw_response` retrieve) until `status` of its result is terminal.
    `started`: the clock reading the deadline counts from (default: now); `poll_after_header`:
    the response header asking for the next wait in milliseconds, if the API has one."""
    state = _Poll(status, terminal, poll_interval_ms, max_wait_seconds, started, poll_after_header)
    while True:
        response = fetch()
        delay = state.wait_after(response)
        if delay is None:
            return response.parse()
        sleep(delay)


async def poll_async(
    fetch: Callable[[], Awaitable[APIResponse[_M]]],
    *,
    status: Callable[[_M], object],
    terminal: frozenset[str],
    poll_interval_ms: int | NotGiven,
    max_wait_seconds: float | None,
    started: float | None = None,
    poll_after_header: str | None = None,
) -> _M:
    """The async twin of `poll_sync`."""
    state = _Poll(status, terminal, poll_interval_ms, max_wait_seconds, started, poll_after_header)
    while True:
        response = await fetch()
        delay = state.wait_after(response)
        if delay is None:
            return response.parse()
        await async_sleep(delay)
