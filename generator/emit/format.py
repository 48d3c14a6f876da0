"""Stage 6: format generated Python with black (pinned, so the bytes are the same everywhere)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import SpecError
from ..machinery.cache import installed_version
from ..machinery.jobs import Job, Jobs

LINE_LENGTH = 100
BLACK_VERSION = installed_version("black")
# What black's answer depends on besides the code: its version and how it is called (this file),
# in every cache key of formatted text.
FORMAT_KEY = (
    f"{BLACK_VERSION}\0{LINE_LENGTH}\0" + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
)


def black_format(path: str, code: str) -> str:
    import black  # imported only on a cache miss (in a worker): it takes 0.1 s to import

    mode = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=LINE_LENGTH)
    try:
        return black.format_str(code, mode=mode)
    except black.InvalidInput as exc:  # a generator bug, not a spec problem; say where
        raise SpecError(f"generated code for {path} does not parse: {exc}") from None


def import_black() -> None:
    """Import black ahead of its first use, while this process would wait anyway."""
    import black  # noqa: F401

    del black


def submit_format(jobs: Jobs, path: str, code: str) -> Job:
    if not path.endswith(".py"):
        return Job(code)
    return jobs.submit("black", f"{FORMAT_KEY}\0{code}", black_format, path, code)
