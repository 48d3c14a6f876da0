"""Where cursor pages find their items and the next cursor (`pagination` in the config), and the
fields every list response of the API has, which a page declares."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._models import BaseModel

ITEMS_FIELD = "data"
HAS_MORE_FIELD = "has_more"
CURSOR_PARAM = "after"
CURSOR_FIELD = "id"

_Item = TypeVar("_Item")


class PageFields(BaseModel, Generic[_Item]):
    """What type checkers know of a page: the fields every list response has. At run time a
    page is a model of its own list response, with all of that response's fields."""

    object: str
    data: list[_Item]
    first_id: str | None = None
    last_id: str | None = None
    has_more: bool
