"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing_extensions import TypeAliasType

from ._models import BaseModel


class Pet(BaseModel):
    id: int
    name: str
    tag: str | None = None


Pets = TypeAliasType("Pets", list[Pet])
