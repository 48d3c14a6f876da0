"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired


class CreateTreeRequestParam(TypedDict):
    root: TreeNodeParam


class TreeNodeParam(TypedDict):
    """A node with any number of children."""

    name: str
    children: NotRequired[Sequence[TreeNodeParam]]
    parent: NotRequired[TreeNodeParam | None]
