"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired


class UpdateProjectFileRequestParam(TypedDict):
    name: str
    """New name of the file."""
    labels: Sequence[str]
    description: NotRequired[str | None]
    """Set to null to clear."""
    size_limit: NotRequired[int]
