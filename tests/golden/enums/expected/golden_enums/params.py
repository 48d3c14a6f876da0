"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

from typing_extensions import NotRequired


class CreatePetRequestParam(TypedDict):
    name: str
    kind: PetKindParam
    size: NotRequired[Literal[1, 2, 3]]
    """Size class."""


PetKindParam: TypeAlias = Literal["cat", "dog", "guinea-pig", "bird/parrot", "sea turtle"]


PetStatusParam: TypeAlias = Literal["available", "pending", "sold"]
"""Lifecycle state of a pet."""
