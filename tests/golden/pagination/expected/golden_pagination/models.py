"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from pydantic import Field

from ._models import BaseModel


class Cursor(BaseModel):
    next: str | None = None


class Ticket(BaseModel):
    uid: str
    title: str
    owner: User | None = None


class TicketPage(BaseModel):
    """A page of tickets; `results`, `more` and `total` as this API names them."""

    results: list[Ticket]
    more: bool
    total: int
    url: str
    cursor: Cursor | None = None
    json_: str | None = Field(None, alias="json")


class User(BaseModel):
    uid: str
    name: str | None = None


class UserPage(BaseModel):
    results: list[User]
    more: bool
    total: int | None = None
    cursor: Cursor | None = None
    json_: str | None = Field(None, alias="json")
