"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class CreateUploadRequestExpiresAfterParam(TypedDict):
    anchor: Literal["created_at"]
    seconds: int


class CreateUploadRequestParam(TypedDict):
    file: bytes
    """The file contents."""
    purpose: Literal["assistants", "batch", "fine-tune"]
    expires_after: NotRequired[CreateUploadRequestExpiresAfterParam]
    tags: NotRequired[Sequence[str]]
