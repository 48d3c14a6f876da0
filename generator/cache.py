"""A content-addressed cache for the two slow steps (model generation and black), so that a
regeneration after a small spec change redoes only what changed. Entries are keyed by a hash of
everything that determines the output, including the tool versions; delete the folder at will."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Callable

DEFAULT_DIR = Path(__file__).resolve().parent.parent / ".cache" / "generator"


class Cache:
    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0

    def get_or_make(self, kind: str, key: str, make: Callable[[], str]) -> str:
        if self.directory is None:
            return make()
        digest = hashlib.sha256(f"{kind}\0{key}".encode()).hexdigest()
        path = self.directory / kind / digest[:2] / digest
        try:
            text = path.read_text(encoding="utf-8")
            self.hits += 1
            return text
        except (OSError, UnicodeDecodeError):
            pass
        self.misses += 1
        text = make()
        try:  # write-then-rename: a concurrent or killed run never leaves half an entry
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache is no cache, not an error
        return text
