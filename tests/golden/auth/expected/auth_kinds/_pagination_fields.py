"""Where cursor pages find their items and the next cursor (`pagination` in the config)."""

ITEMS_FIELD = "data"
HAS_MORE_FIELD = "has_more"
CURSOR_PARAM = "after"
CURSOR_FIELD = "id"
