"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing_extensions import TypeAliasType

from ._models import BaseModel


class Member(BaseModel):
    name: str


ListMembersResponse = TypeAliasType("ListMembersResponse", list[Member])


class Pet(BaseModel):
    id: str
    type: str | None = None


Pets = TypeAliasType("Pets", list[Pet])
