"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from ._models import BaseModel


class Ok(BaseModel):
    ok: bool | None = None
