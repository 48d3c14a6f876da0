"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations
from ._models import BaseModel
from typing_extensions import TypeAliasType


class Member(BaseModel):
    name: str


ListMembersResponse = TypeAliasType("ListMembersResponse", list[Member])


class Pet(BaseModel):
    id: str
    type: str | None = None


Pets = TypeAliasType("Pets", list[Pet])
