"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

from typing_extensions import NotRequired


class AuthorParam(TypedDict):
    name: str
    email: NotRequired[str | None]


ColorParam: TypeAlias = Literal["red", "green", "blue"]


class UpdateNoteRequestParam(TypedDict):
    title: str
    body: str | None
    """Required but may be null."""
    color: ColorParam | None
    tag: NotRequired[str | None]
    """Optional and nullable."""
    author: NotRequired[AuthorParam | None]
    priority: NotRequired[Literal["low", "high"] | None]
