"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal

from ._models import BaseModel


class Error(BaseModel):
    message: str


class LegacyError(BaseModel):
    code: int | None = None


class Owner(BaseModel):
    name: str
    pets: list[Pet] | None = None


class Pet(BaseModel):
    id: str
    """The pet's id."""
    name: str
    tag: Tag | None = None
    owner: Owner | None = None
    last_error: LegacyError | None = None


class PetPage(BaseModel):
    data: list[Pet]
    total: int | None = None
    """How many there are in all."""
    error: Error | None = None


class Tag(BaseModel):
    label: str | None = None
    color: Literal["red", "green"] | None = None


Owner.model_rebuild()
