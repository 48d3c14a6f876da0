"""The errors a call can raise. Every message is built from the response, never from the
request headers, so the API key cannot end up in one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from ._models import BaseModel

__all__ = [
    "PollingError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIResponseValidationError",
    "PollTimeoutError",
]


class PollingError(Exception):
    """The base of every error this client raises; raised as such, before any request is made,
    for a client set up wrong (no credentials) or a call whose credentials are missing."""


# The runtime's name for it.
ClientError = PollingError


class APIError(PollingError):
    message: str
    request: httpx.Request
    body: object | None
    """As the SDK's: the `error` object of a JSON `{"error": {...}}` body, else the whole parsed
    JSON body, the raw text if it was not JSON, or None."""

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        details = cast("dict[str, Any]", body) if isinstance(body, dict) else {}
        self.code: str | None = _str_or_none(details.get("code"))
        self.param: str | None = _str_or_none(details.get("param"))
        self.type: str | None = _str_or_none(details.get("type"))


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


class APIConnectionError(APIError):
    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__(message="Request timed out.", request=request)


class APIResponseValidationError(APIError):
    """The server answered 2xx with a body that is not what the spec promises (not JSON)."""

    def __init__(self, response: httpx.Response, body: object | None, message: str) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, body: object | None) -> APIStatusError:
    """The exception for an error response (`body` parsed), with a message taken from it."""
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    detail: object = body
    payload: object = body
    if isinstance(payload, dict):
        error: object = cast("dict[str, object]", payload).get("error")
        if isinstance(error, dict) and "message" in error:
            detail = cast("dict[str, object]", error)["message"]
        elif isinstance(error, str):
            detail = error
    message = f"Error code: {response.status_code}"
    if detail not in (None, ""):
        message += f" - {detail}"
    request_id = response.headers.get("x-request-id")
    if request_id:
        message += f" (request id: {request_id})"
    if isinstance(body, dict):  # as the SDK: the error object, when there is one
        fields = cast("dict[str, object]", body)
        body = fields.get("error", fields)
    return cls(message, response=response, body=body)


class PollTimeoutError(APIError):
    """`poll` / `create_and_poll` gave up: the object's status was still not terminal when
    `max_wait_seconds` ran out. The object itself may go on and end later."""

    last: BaseModel
    """The last object fetched (an `EvalRun`, a `Batch`, ...: check with isinstance)."""
    status: str
    """Its status."""
    waited: float
    """Seconds since polling started."""

    def __init__(
        self, message: str, *, request: httpx.Request, last: BaseModel, status: str, waited: float
    ) -> None:
        super().__init__(message, request, body=None)
        self.last = last
        self.status = status
        self.waited = waited
