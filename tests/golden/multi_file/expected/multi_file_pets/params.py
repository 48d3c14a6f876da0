"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class NewPetParam(TypedDict):
    name: str
    tag: NotRequired[TagParam]


class TagParam(TypedDict):
    label: NotRequired[str]
    color: NotRequired[Literal["red", "green"]]
