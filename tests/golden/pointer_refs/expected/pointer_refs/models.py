"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal

from ._models import BaseModel


class Incident(BaseModel):
    id: str
    status: Literal["triggered", "acknowledged", "resolved"]
    escalation: int | None = None
    seen: int | None = None
    """How many saw it."""


class Pagination(BaseModel):
    offset: int | None = None
    limit: int | None = None
    """At most this many."""
    total: int | None = None
    more: bool | None = None


class ListIncidentsResponse(Pagination):
    incidents: list[Incident]
