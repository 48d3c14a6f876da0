"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from ._models import BaseModel


class Circle(BaseModel):
    kind: Literal["circle"]
    radius: float


class Drawing(BaseModel):
    id: str
    shape: Shape
    fill: TextFill | ImageFill | None = Field(None, discriminator="type")
    """Tagged by `type`, without a discriminator object."""
    label: str | int | float | bool | None = None
    border: Literal["none"] | DrawingBorderSecond | None = None
    stroke: DrawingStrokeSolid | DrawingStrokeDashed | None = None
    """Inline variants, named by their constant `type`."""


class DrawingBorderSecond(BaseModel):
    width: int | None = None
    style: str | None = None


class DrawingStrokeDashed(BaseModel):
    type: Literal["dashed"]
    pattern: list[int]


class DrawingStrokeSolid(BaseModel):
    type: Literal["solid"]
    width: int | None = None


class ImageFill(BaseModel):
    type: Literal["image"]
    url: str


class Square(BaseModel):
    kind: Literal["square"]
    side: float


Shape = TypeAliasType("Shape", Annotated[Circle | Square, Field(..., discriminator="kind")])


class TextFill(BaseModel):
    type: Literal["text"]
    text: str
