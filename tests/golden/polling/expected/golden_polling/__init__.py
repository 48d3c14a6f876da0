"""Python client for Polling. Generated from the OpenAPI spec; do not edit."""

from typing import TYPE_CHECKING

from ._client import AsyncPollingClient, PollingClient, DEFAULT_BASE_URL
from ._exceptions import (
    PollingError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PollTimeoutError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._response import (
    APIResponse,
    AsyncBinaryResponse,
    AsyncStreamedAPIResponse,
    BinaryResponse,
    StreamedAPIResponse,
)
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._models import Unknown
    from ._pagination import AsyncCursorPage, AsyncPageRequest, SyncCursorPage

__version__ = "0.1.0"

__all__ = [
    "PollingClient",
    "AsyncPollingClient",
    "DEFAULT_BASE_URL",
    "PollingError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "PollTimeoutError",
    "SyncCursorPage",
    "AsyncCursorPage",
    "AsyncPageRequest",
    "APIResponse",
    "BinaryResponse",
    "AsyncBinaryResponse",
    "StreamedAPIResponse",
    "AsyncStreamedAPIResponse",
    "NOT_GIVEN",
    "NotGiven",
    "Unknown",
]


def __getattr__(name: str) -> object:
    # `Unknown` (an unknown union variant's model) and the pages (models of list responses)
    # live with pydantic: imported when asked for, so that `import golden_polling` stays
    # light.
    if name == "Unknown":
        from ._models import Unknown

        return Unknown
    if name in ("SyncCursorPage", "AsyncCursorPage", "AsyncPageRequest"):
        from . import _pagination

        return getattr(_pagination, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
