"""A content-addressed cache for the two slow steps (model generation and black), so that a
regeneration after a small spec change redoes only what changed. Entries are keyed by a hash of
everything that determines the output, including the tool versions; delete the folder at will."""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .stamp import GENERATOR, INSTALLED

if TYPE_CHECKING:
    from collections.abc import Callable

# `.cache/generator/` of the checkout; an installed generator (a wheel) keeps it in the user's
# cache folder, never in site-packages. GENERATOR_CACHE_DIR moves it (the benchmark gives each
# measured update a cache of its own).
DEFAULT_DIR = Path(
    os.environ.get("GENERATOR_CACHE_DIR")
    or (
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        / "openapi-client-generator"
        if INSTALLED
        else GENERATOR.parent / ".cache" / "generator"
    )
)


class Cache:
    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0

    def _path(self, kind: str, key: str) -> Path | None:
        if self.directory is None:
            return None
        digest = hashlib.sha256(f"{kind}\0{key}".encode()).hexdigest()
        return self.directory / kind / digest[:2] / digest

    def lookup(self, kind: str, key: str) -> str | None:
        path = self._path(kind, key)
        if path is None:
            return None
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self.misses += 1
            return None
        self.hits += 1
        return text

    def store(self, kind: str, key: str, text: str) -> None:
        path = self._path(kind, key)
        if path is None:
            return
        import tempfile  # only on a miss: the nothing-changed path never imports it

        try:  # write-then-rename: a concurrent or killed run never leaves half an entry
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache is no cache, not an error

    def get_or_make(self, kind: str, key: str, make: Callable[[], str]) -> str:
        text = self.lookup(kind, key)
        if text is None:
            text = make()
            self.store(kind, key, text)
        return text


def installed_version(distribution: str) -> str:
    """The installed version of a distribution, from its `.dist-info` folder name: a part of
    every cache key, read on every run, so without importing `importlib.metadata` (slower to
    import than a cached regeneration takes)."""
    wanted = re.sub(r"[-_.]+", "_", distribution).lower()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                project, _, rest = name[: -len(".dist-info")].partition("-")
                if re.sub(r"[-_.]+", "_", project).lower() == wanted and rest:
                    return rest
    from importlib.metadata import version  # an unusual install: ask the slow way

    return version(distribution)
