"""Where cursor pages find their items and the next cursor (`pagination` in the config), and the
fields every list response of the API has, which a page declares."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._models import BaseModel

ITEMS_FIELD = "results"
HAS_MORE_FIELD = "more"
CURSOR_PARAM = "starting_after"
CURSOR_FIELD = "uid"

_Item = TypeVar("_Item")


class PageFields(BaseModel, Generic[_Item]):
    """What type checkers know of a page: the fields every list response has. At run time a
    page is a model of its own list response, with all of that response's fields."""

    results: list[_Item]
    more: bool
    total: int | None = None

    @property
    def data(self) -> list[_Item]:
        """The items of this page."""
        return getattr(self, "results")

    @property
    def has_more(self) -> bool:
        """Whether the server has more items after this page."""
        return bool(getattr(self, "more", False))
