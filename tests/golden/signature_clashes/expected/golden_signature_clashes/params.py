"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class CreateJobRequestParam(TypedDict):
    timeout: NotRequired[int]
    self: NotRequired[str]
    userName: NotRequired[str]
    user_name: NotRequired[str]
    limit: NotRequired[int]
