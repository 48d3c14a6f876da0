"""Other names of this package's classes, for code ported from `widgets_sdk` (config: `port.types`)."""

from ._pagination import SyncCursorPage as WidgetPage
from .models import Widget as WidgetObject

__all__ = [
    "WidgetObject",
    "WidgetPage",
]
