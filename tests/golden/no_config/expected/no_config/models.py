"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from ._models import BaseModel


class User(BaseModel):
    id: str
    name: str


class UserList(BaseModel):
    data: list[User]
