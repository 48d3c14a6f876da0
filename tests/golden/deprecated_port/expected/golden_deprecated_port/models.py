"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from ._models import BaseModel


class LegacyInfo(BaseModel):
    """Deprecated. What the old API said."""

    note: str | None = None


class Widget(BaseModel):
    id: str
    color: str
    """Deprecated. The widget's color."""
    legacy: LegacyInfo | None = None
    deprecated: bool | None = None
    """A field named `deprecated`, itself not deprecated."""
