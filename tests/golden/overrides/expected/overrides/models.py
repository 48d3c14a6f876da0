"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypeAliasType

from ._models import BaseModel

AVeryLongEnumerationNameForTheStateOfTheItem = TypeAliasType(
    "AVeryLongEnumerationNameForTheStateOfTheItem", Literal["draft", "published", "archived"]
)


class Item(BaseModel):
    id: str | None = None
    state: str | None = None
    count: int | None = None
    the_state_of_this_item_written_with_a_long_name: str | None = None


ItemState = TypeAliasType("ItemState", Literal["draft", "published"])


class StoredItem(Item):
    id: str  # pyright: ignore[reportGeneralTypeIssues, reportIncompatibleVariableOverride]
    state: ItemState | None = None  # pyright: ignore[reportIncompatibleVariableOverride]
    count: int  # pyright: ignore[reportGeneralTypeIssues, reportIncompatibleVariableOverride]
    the_state_of_this_item_written_with_a_long_name: (  # pyright: ignore[reportIncompatibleVariableOverride]
        AVeryLongEnumerationNameForTheStateOfTheItem | None
    ) = None
