"""Python client for Nested inline. Generated from the OpenAPI spec; do not edit."""

from ._client import AsyncNestedClient, NestedClient, DEFAULT_BASE_URL
from ._exceptions import (
    OpenAIError,
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

__version__ = "0.1.0"

__all__ = [
    "NestedClient",
    "AsyncNestedClient",
    "DEFAULT_BASE_URL",
    "OpenAIError",
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
]
