"""Errors the generator reports to its user: one short line naming the cause and where it is."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class SpecError(Exception):
    """The input (spec or config) cannot be generated from.

    `where` names the place: a file, optionally a line, and a JSON pointer into the document
    (without the leading `#`; the line is looked up from the pointer when the error is shown).
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        pointer: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.pointer = pointer[1:] if pointer is not None and pointer.startswith("#") else pointer
        self.line = line

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file + (f":{self.line}" if self.line else ""))
        if self.pointer is not None:
            where.append(f"#{self.pointer}")
        return f"{' '.join(where)}: {self.message}" if where else self.message


class OutputError(Exception):
    """The output folder cannot be written (a full disk, no permission): the input is fine, and
    the previous output is left as it was."""

    def __init__(self, message: str, *, folder: str) -> None:
        super().__init__(message)
        self.message = message
        self.folder = folder

    def __str__(self) -> str:
        return f"{self.folder}: {self.message}"


def close_match(word: str, options: Iterable[str]) -> str | None:
    """The closest of `options` to a misspelt `word`, if any is close."""
    match = difflib.get_close_matches(word, sorted(set(options)), n=1, cutoff=0.6)
    return match[0] if match else None


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """` (did you mean 'X'?)` for the closest of `options` to a misspelt `word`, else ``."""
    match = close_match(word, options)
    return f" (did you mean {match!r}?)" if match else ""
