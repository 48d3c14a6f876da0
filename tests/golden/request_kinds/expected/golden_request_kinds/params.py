"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, TypeAlias, TypedDict

from typing_extensions import NotRequired


class CreateMessageRequestParam(TypedDict):
    To: str
    """The recipient."""
    Body: str
    StatusCallback: NotRequired[str]
    MediaUrl: NotRequired[Sequence[str]]
    Priority: NotRequired[int]


PatchOperationParam = TypedDict(
    "PatchOperationParam",
    {
        "op": Literal["add", "remove", "replace", "move", "copy", "test"],
        "path": str,
        "value": NotRequired[Any],
        "from": NotRequired[str],
    },
)


PatchDocumentRequestParam: TypeAlias = Sequence[PatchOperationParam]
