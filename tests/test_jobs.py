"""The helper process (machinery/helper.py): forked at the start of a one-process run, it imports
datamodel-code-generator while the run reads the spec, then runs the model generator's tasks.

What a user relies on: the same bytes as a run without it, its errors raised as if the work ran
here, a clear error when it dies, and no process left behind, used or not.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.machinery import helper as helpers
from generator.machinery.cache import Cache
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
              ROOT.parent / "shared")
PETSTORE = SHARED / "corpus" / "specs" / "petstore3__openapi.yaml"

# Functions the helper runs: found by module and name, as pickle finds them.
NO_WARM_UP = f"{__name__}:_nothing"
SLOW_WARM_UP = f"{__name__}:_sleep"


def _nothing() -> None:
    pass


def _sleep() -> None:
    time.sleep(60)


def _slow_square(x: int, seconds: float) -> int:
    time.sleep(seconds)
    return x * x


def _refuse(message: str) -> None:
    raise SpecError(message, pointer="/paths/~1pets")


def _die() -> None:
    os._exit(7)


def _unpicklable() -> object:
    return lambda: None


def _gone(pid: int) -> bool:
    """Ended: no such process, or one that only waits to be reaped (a zombie)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state in ("Z", "X")


@pytest.fixture
def helper():
    made = helpers.Helper(NO_WARM_UP)
    yield made
    made.stop()


def test_answers_are_matched_to_their_tasks_whatever_order_they_are_asked_in(helper) -> None:
    first = helper.submit(_slow_square, 3, 0.2)
    second = helper.submit(_slow_square, 4, 0.0)
    assert second() == 16  # read past the first task's answer, which is kept
    assert first() == 9


def test_an_error_in_the_helper_is_raised_here_as_it_was(helper) -> None:
    failing = helper.submit(_refuse, "no such schema")
    after = helper.submit(_slow_square, 5, 0.0)
    with pytest.raises(SpecError, match="no such schema") as raised:
        failing()
    assert raised.value.pointer == "/paths/~1pets"
    assert after() == 25  # the helper goes on after a task that failed


def test_a_helper_that_dies_says_so_and_how(helper) -> None:
    dead = helper.submit(_die)
    with pytest.raises(helpers.HelperDied, match=r"exit code 7.*GENERATOR_JOBS=1"):
        dead()


def test_an_answer_that_does_not_pickle_is_an_error_not_a_hang(helper) -> None:
    with pytest.raises(RuntimeError, match="pickle|Pickl"):
        helper.submit(_unpicklable)()


def test_stop_kills_a_helper_still_warming_up_at_once() -> None:
    busy = helpers.Helper(SLOW_WARM_UP)
    pid = busy.pid
    assert pid is not None
    started = time.perf_counter()
    busy.stop()
    assert time.perf_counter() - started < 5  # not the 60 s its warm-up would take
    assert _gone(pid)


def test_no_helper_is_forked_from_a_process_with_threads(monkeypatch) -> None:
    monkeypatch.setattr(helpers, "worker_count", lambda: 2)
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        helpers.start_helper()
        assert helpers._helper is None
    finally:
        release.set()
        thread.join()
        helpers.stop_helper()


# A run in a fresh process, as a user's: pytest's own process may have threads of other tests
# running, and then no helper is forked (a fork copies only the calling thread). The helper's
# calls are recorded, and what the run saw is printed as JSON.
_SPY = """
import json, sys
from pathlib import Path
from generator.machinery import helper as helpers
from generator.machinery.cache import Cache
from generator.pipeline import generate

helpers.worker_count = lambda: 2  # as on any machine with 2 cores
seen = {"submitted": [], "pids": []}
real_submit, real_init = helpers.Helper.submit, helpers.Helper.__init__

def submit(self, fn, *args):
    seen["submitted"].append(fn.__name__)
    return real_submit(self, fn, *args)

def init(self, warm_up):
    real_init(self, warm_up)
    seen["pids"].append(self.pid)

helpers.Helper.submit, helpers.Helper.__init__ = submit, init
spec, cache = Path(sys.argv[1]), Path(sys.argv[2])
"""


def _fresh_run(body: str, cache: Path) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-c", _SPY + body, str(PETSTORE), str(cache)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


def test_a_small_spec_cold_runs_the_model_generator_on_the_helper_with_the_same_bytes(
    tmp_path: Path
) -> None:
    seen = _fresh_run(
        "with_helper = generate(spec, None, Cache(None)).files\n"
        "seen['after_run'] = list(seen['submitted'])\n"
        "seen['helper_left'] = helpers._helper is not None\n"
        "helpers.worker_count = lambda: 1  # GENERATOR_JOBS=1: all in this process\n"
        "alone = generate(spec, None, Cache(None)).files\n"
        "seen['same'] = with_helper == alone\n"
        "print(json.dumps(seen))\n",
        tmp_path,
    )
    assert seen["after_run"] == ["_dcg_pieces", "_dcg_pieces"]  # models and params, nothing else
    assert len(seen["pids"]) == 1 and _gone(seen["pids"][0]), "the helper outlived the run"
    assert not seen["helper_left"]
    assert seen["submitted"] == seen["after_run"]  # the run without it gave it nothing
    assert seen["same"]


def test_an_update_that_generates_no_model_gives_the_helper_nothing_and_leaves_no_process(
    tmp_path: Path
) -> None:
    seen = _fresh_run(
        "generate(spec, None, Cache(cache))  # the cache now holds every group\n"
        "helpers.stop_helper()\n"
        "seen['submitted'].clear(); seen['pids'].clear()\n"
        "generate(spec, None, Cache(cache))\n"
        "print(json.dumps(seen))\n",
        tmp_path / "cache",
    )
    assert len(seen["pids"]) == 1, "no helper was started for an update"
    assert seen["submitted"] == [], "the helper was given work"
    assert _gone(seen["pids"][0])


def test_a_helper_whose_parent_is_killed_ends_too(tmp_path: Path) -> None:
    """`kill -9` of a run (or of CI) must not leave a helper behind, holding its memory."""
    code = (
        "import os, signal, sys\n"
        "from generator.machinery import helper as helpers\n"
        "helper = helpers.Helper('generator.machinery.helper:tune_gc')\n"
        "assert helper.submit(abs, -3)() == 3\n"
        "print(helper.pid, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    pid = int(proc.stdout.split()[0])
    deadline = time.monotonic() + 10
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(pid), "the helper outlived its parent"


def _echo(data: bytes) -> bytes:
    return data[::-1]


def test_tasks_and_answers_bigger_than_the_pipe_do_not_deadlock(helper) -> None:
    """Two tasks of 4 MB each, asked for in reverse: this process must not be stuck sending
    the second while the helper is stuck sending the first's answer."""
    big = [bytes([k]) * 4_000_000 for k in (1, 2)]
    answers: list[bytes] = []

    def both() -> None:
        first, second = (helper.submit(_echo, data) for data in big)
        answers.extend([second(), first()])

    thread = threading.Thread(target=both, daemon=True)
    thread.start()
    thread.join(60)
    if thread.is_alive():
        helper.stop()
        pytest.fail("deadlocked: a big task or answer was never read")
    assert answers == [big[1][::-1], big[0][::-1]]


def test_a_task_that_does_not_pickle_fails_when_it_is_given(helper) -> None:
    with pytest.raises(Exception, match="pickle|Pickl"):
        helper.submit(_echo, lambda: None)
    assert helper.submit(_echo, b"ab")() == b"ba"  # and the helper is still in order
