"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations
from typing import TypedDict
from typing_extensions import NotRequired


class AddMemberRequestParam(TypedDict):
    name: NotRequired[str]


class FooInputParam(TypedDict):
    bar: str


class FooParam(TypedDict):
    depth: NotRequired[int]


class FooRequestParam(TypedDict):
    foo: FooInputParam
