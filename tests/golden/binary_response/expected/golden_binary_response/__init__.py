"""Python client for Binary responses. Generated from the OpenAPI spec; do not edit."""

from typing import TYPE_CHECKING

from ._client import AsyncBinaryClient, BinaryClient, DEFAULT_BASE_URL
from ._exceptions import (
    BinaryResponsesError,
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
    "BinaryClient",
    "AsyncBinaryClient",
    "DEFAULT_BASE_URL",
    "BinaryResponsesError",
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
    # so that `import golden_binary_response` stays light.
    if name == "Unknown":
        from ._models import Unknown

        return Unknown
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
