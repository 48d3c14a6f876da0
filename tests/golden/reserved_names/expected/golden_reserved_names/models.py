"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ._models import BaseModel


class BaseModelModel(BaseModel):
    name: str


class FieldModel(BaseModel):
    label: str | None = None


class Holder(BaseModel):
    id: str
    class_: str | None = Field(None, alias="class")
    field: FieldModel | None = None
    base: BaseModelModel | None = None


class LiteralModel(BaseModel):
    value: str
    kind: Literal["a", "b"] | None = None
