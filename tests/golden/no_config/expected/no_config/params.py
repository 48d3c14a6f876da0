"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class PatchUserRequestParam(TypedDict):
    name: NotRequired[str]


class UserCreateParam(TypedDict):
    name: str
