"""Credentials on the wire. The spec's security schemes say where each credential goes; an
operation's security requirements are alternatives, each the schemes needed together (an empty
one needs nothing). A request sends the first alternative whose credentials the client has.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence, Union

from ._exceptions import ClientError

__all__ = ["Credential", "Scheme", "Security", "authenticate"]

# As the client takes it: the value, or (a token) a callable asked again for every request.
Credential = Union[str, Callable[[], str]]

# An operation's requirements: alternatives, each the schemes it needs together.
Security = Sequence[Sequence[str]]


@dataclass(frozen=True)
class Scheme:
    """A security scheme: where its credential goes and the client arguments holding it."""

    place: str  # "header", "query" or "cookie" (an API key named `key`), "bearer" or "basic"
    arguments: Sequence[str]  # basic: username, password
    envs: Sequence[str]  # the environment variable of each argument, for messages
    key: str = ""


def _value(credential: Credential) -> str:
    return credential() if callable(credential) else credential


def authenticate(
    schemes: Mapping[str, Scheme],
    security: Security,
    credentials: Mapping[str, Credential | None],
    what: str,
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The headers and query parameters that authenticate request `what` (`GET /pets`).
    Raises ClientError, naming the arguments and environment variables, when the client has
    the credentials of no alternative."""
    # An empty alternative (auth optional) comes last: credentials the client has are sent.
    for alternative in sorted(security, key=lambda alternative: not alternative):
        if not all(credentials.get(a) for name in alternative for a in schemes[name].arguments):
            continue
        headers: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        cookies: list[str] = []
        for name in alternative:
            scheme = schemes[name]
            values = [_value(credentials[a] or "") for a in scheme.arguments]
            if scheme.place == "bearer":
                headers["Authorization"] = f"Bearer {values[0]}"
            elif scheme.place == "basic":
                pair = f"{values[0]}:{values[1]}".encode()
                headers["Authorization"] = f"Basic {base64.b64encode(pair).decode()}"
            elif scheme.place == "header":
                headers[scheme.key] = values[0]
            elif scheme.place == "query":
                query.append((scheme.key, values[0]))
            else:
                cookies.append(f"{scheme.key}={values[0]}")
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        return headers, query
    if not security:  # the operation needs nothing
        return {}, []
    ways = [
        " and ".join(
            f"{a}= (or ${e})"
            for n in alternative
            for a, e in zip(schemes[n].arguments, schemes[n].envs)
        )
        for alternative in security
    ]
    raise ClientError(f"{what} needs credentials: pass {', or '.join(ways)} to the client.")
