"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypeAliasType

from ._models import BaseModel


class Author(BaseModel):
    name: str
    email: str | None = None


Color = TypeAliasType("Color", Literal["red", "green", "blue"])


class Note(BaseModel):
    id: str
    title: str
    body: str | None
    """Always present, may be null."""
    color: Color | None
    author: Author | None
    editor: Author | None = None
    priority: Literal["low", "high"] | None = None
    archived_at: int | None = None
    location: NoteLocation | None = None


class NoteLocation(BaseModel):
    lat: float | None = None
    lng: float | None = None
