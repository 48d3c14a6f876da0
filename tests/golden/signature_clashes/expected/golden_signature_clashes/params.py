"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations
from typing_extensions import NotRequired
from typing import TypedDict


class CreateJobRequestParam(TypedDict):
    timeout: NotRequired[int]
    self: NotRequired[str]
    userName: NotRequired[str]
    user_name: NotRequired[str]
    limit: NotRequired[int]
