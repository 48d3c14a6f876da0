"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class AddMemberRequestParam(TypedDict):
    name: NotRequired[str]


class FooInputInputParam(TypedDict):
    depth: NotRequired[int]


class FooInputParam(TypedDict):
    bar: str


class FooRequestParam(TypedDict):
    foo: FooInputParam
