"""Python client for Name clashes. Generated from the OpenAPI spec; do not edit."""

from typing import TYPE_CHECKING

from ._client import AsyncClashClient, ClashClient, DEFAULT_BASE_URL
from ._exceptions import (
    NameClashesError,
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
from ._pagination import AsyncCursorPage, AsyncPageRequest, SyncCursorPage
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

__version__ = "0.1.0"

__all__ = [
    "ClashClient",
    "AsyncClashClient",
    "DEFAULT_BASE_URL",
    "NameClashesError",
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
    # `Unknown` (an unknown union variant's model) lives with pydantic: imported when asked for,
    # so that `import golden_name_clashes` stays light.
    if name == "Unknown":
        from ._models import Unknown

        return Unknown
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
