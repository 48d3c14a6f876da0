"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from ._models import BaseModel


class Document(BaseModel):
    id: str
    title: str | None = None


class Message(BaseModel):
    sid: str
    to: str
    priority: int | None = None
