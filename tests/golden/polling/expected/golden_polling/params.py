"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class CreateJobRequestParam(TypedDict):
    kind: str


class StartExportRequestParam(TypedDict):
    format: NotRequired[Literal["csv", "json"]]
