"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from ._models import BaseModel


class ProjectFile(BaseModel):
    id: str
    project_id: str
    name: str
    labels: list[str]
    description: str | None = None
