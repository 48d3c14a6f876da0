"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

from typing_extensions import NotRequired


class CircleParam(TypedDict):
    kind: Literal["circle"]
    radius: float


class CreateShapeRequestParam(TypedDict):
    shape: ShapeParam
    label: NotRequired[str | int | float | bool]


class SquareParam(TypedDict):
    kind: Literal["square"]
    side: float


ShapeParam: TypeAlias = CircleParam | SquareParam
