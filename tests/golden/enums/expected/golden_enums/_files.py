"""Turning `file=` arguments and nested form fields into a multipart body."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Mapping, Tuple

from ._types import FileTypes

# (filename, content, content type) as httpx takes it.
HttpxFile = Tuple[str, bytes, str]


def to_httpx_file(value: FileTypes) -> HttpxFile:
    """Read a file argument into memory once, so a retried upload sends the same bytes."""
    filename: str | None = None
    content_type: str | None = None
    if isinstance(value, tuple):
        if len(value) == 2:
            filename, content = value
        else:
            filename, content, content_type = value
    else:
        content = value
    if isinstance(content, os.PathLike):
        path = Path(content)
        data = path.read_bytes()
        filename = filename or path.name
    elif isinstance(content, (bytes, bytearray, memoryview)):
        data = bytes(content)
    else:
        read: Any = getattr(content, "read", None)
        if not callable(read):
            raise TypeError(
                "expected bytes, a path, a binary file or a (filename, content) tuple, "
                f"got {type(content).__name__}"
            )
        read_data: object = read()
        if not isinstance(read_data, bytes):
            raise TypeError("file objects must be opened in binary mode ('rb')")
        data = read_data
        name = getattr(content, "name", None)
        if not filename and isinstance(name, str):
            filename = os.path.basename(name)
    return (filename or "upload", data, content_type or "application/octet-stream")


def form_fields(data: Mapping[str, object]) -> list[tuple[str, str]]:
    """Flatten nested objects and arrays the way the API reads forms: `a[b]=1`, `c[]=x`."""
    out: list[tuple[str, str]] = []

    def add(key: str, value: Any) -> None:
        if isinstance(value, Mapping):
            for sub_key, sub_value in value.items():  # type: ignore[reportUnknownVariableType]
                add(f"{key}[{sub_key}]", sub_value)
        elif isinstance(value, (list, tuple)):
            for item in value:  # type: ignore[reportUnknownVariableType]
                add(f"{key}[]", item)
        elif isinstance(value, bool):
            out.append((key, "true" if value else "false"))
        elif value is not None:
            out.append((key, str(value)))

    for key, value in data.items():
        add(key, value)
    return out
