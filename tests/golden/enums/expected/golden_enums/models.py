"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypeAliasType

from ._models import BaseModel


class Pet(BaseModel):
    id: str
    object: Literal["pet"]
    """Always `pet`."""
    name: str
    kind: PetKind
    status: PetStatus
    size: Literal[1, 2, 3] | None = None
    mood: Literal["happy", "grumpy"] | None = None


PetKind = TypeAliasType("PetKind", Literal["cat", "dog", "guinea-pig", "bird/parrot", "sea turtle"])


class PetList(BaseModel):
    object: Literal["list"]
    data: list[Pet]


PetStatus = TypeAliasType("PetStatus", Literal["available", "pending", "sold"])
"""Lifecycle state of a pet."""
