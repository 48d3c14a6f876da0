"""Python client for Derived Clashes. Generated from the OpenAPI spec; do not edit."""

from ._client import AsyncClient, Client, DEFAULT_BASE_URL
from ._exceptions import (
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
from ._response import APIResponse, AsyncBinaryResponse, BinaryResponse
from ._types import NOT_GIVEN, NotGiven

__version__ = "0.1.0"

__all__ = [
    "Client",
    "AsyncClient",
    "DEFAULT_BASE_URL",
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
    "NOT_GIVEN",
    "NotGiven",
]
