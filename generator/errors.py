"""Errors the generator reports to its user: one short line naming the cause and where it is."""

from __future__ import annotations


class SpecError(Exception):
    """The input (spec or config) cannot be generated from.

    `where` names the place: a file, optionally a line, and a JSON pointer into the document.
    """

    def __init__(self, message: str, *, file: str | None = None, pointer: str | None = None,
                 line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.pointer = pointer
        self.line = line

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file + (f":{self.line}" if self.line else ""))
        if self.pointer is not None:
            where.append(f"#{self.pointer}")
        return f"{' '.join(where)}: {self.message}" if where else self.message
