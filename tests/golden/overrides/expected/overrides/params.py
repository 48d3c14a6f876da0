"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

from typing_extensions import NotRequired

ItemStateParam: TypeAlias = Literal["draft", "published"]


class NewItemParam(TypedDict):
    state: NotRequired[str]
    count: NotRequired[int]


class NewStoredItemParam(NewItemParam):
    state: NotRequired[ItemStateParam]  # pyright: ignore[reportIncompatibleVariableOverride]
    count: int  # pyright: ignore[reportGeneralTypeIssues]
