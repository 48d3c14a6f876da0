"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal

from ._models import BaseModel


class Upload(BaseModel):
    id: str
    filename: str
    bytes: int
    purpose: Literal["assistants", "batch", "fine-tune"]
