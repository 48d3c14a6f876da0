"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypeAliasType

from ._models import BaseModel


class Export(BaseModel):
    export_id: str
    state: ExportState | None = None
    url: str | None = None


ExportState = TypeAliasType("ExportState", Literal["pending", "done", "error"])


class GetReportResponse(BaseModel):
    id: str
    status: str


class Job(BaseModel):
    id: str
    status: Literal["queued", "running", "succeeded", "failed"]
