"""Auth from the spec's `securitySchemes` and `security`: what each request sends, and the
client arguments (and environment variables) that hold the credentials.

An operation's `security` (else the document's) is a list of alternatives, each a set of
schemes needed together; an empty alternative (`{}`), or `security: []`, needs nothing. Scopes
are the server's business: only the scheme names are kept. Each scheme used becomes a
`Credential`: `apiKey` in a header, query parameter or cookie, `http` bearer, `http` basic
(two arguments), and `oauth2` / `openIdConnect` as a bearer token that may be a callable (asked
again for every request, so it can refresh). Other kinds cannot be sent: a warning, and the
alternatives needing them are dropped.

Argument names (the rule the README documents): `api_key` for an `apiKey` or `http` bearer
scheme, `access_token` for `oauth2` and `openIdConnect`, `username` and `password` for basic;
when two schemes would share a name, each is named after its scheme instead (`petstore_auth`,
`<scheme>_username`). Environment variables: the argument upper-cased after `client.env_prefix`
(default: the package name): `SWAGGER_PETSTORE_API_KEY`. `client.auth.<scheme>` overrides both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import SpecError
from .names import python_identifier

# An operation's requirements: alternatives, each the scheme names needed together; an empty
# alternative needs nothing. None on an operation: the same as the document's `security`.
Requirements = tuple[tuple[str, ...], ...]

# Where a credential goes, by scheme: see templates/runtime/_auth.py.
HEADER, QUERY, COOKIE, BEARER, BASIC = "header", "query", "cookie", "bearer", "basic"


@dataclass(frozen=True)
class Credential:
    """One security scheme the client can send, and the client arguments that hold it."""

    scheme: str  # its name in `components/securitySchemes`
    place: str  # HEADER, QUERY or COOKIE (`apiKey`), BEARER or BASIC
    key: str  # the header, query parameter or cookie name (`apiKey`); "" otherwise
    arguments: tuple[str, ...]  # client arguments: ("api_key",), basic ("username", "password")
    envs: tuple[str, ...]  # the environment variable read for each argument
    label: str  # for messages: "API key", "access token", "username and password"
    refreshable: bool = False  # oauth2 / openIdConnect: the argument may be a token callable

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple(zip(self.arguments, self.envs, strict=True))

    def sent_as(self, argument: str) -> str:
        """How the generated README says it goes on the wire."""
        if self.place == BEARER:
            return "sent as `Authorization: Bearer …`"
        if self.place == BASIC:
            return (
                f"with `{self.arguments[1 - self.arguments.index(argument)]}`, sent as "
                f"`Authorization: Basic …`"
            )
        where = {HEADER: "header", QUERY: "query parameter", COOKIE: "cookie"}[self.place]
        return f"sent as the `{self.key}` {where}"


@dataclass(frozen=True)
class ClientAuth:
    """Auth for the whole client: the credentials it takes, what an operation needs unless it
    says otherwise, and what construction checks."""

    credentials: tuple[Credential, ...]
    default: Requirements  # the document's `security`, kept to the schemes that can be sent
    # Every operation needs these same credentials: the constructor raises when none of the
    # alternatives is given (arguments per alternative), with `missing`. () : calls check.
    construction: tuple[tuple[str, ...], ...] = ()
    missing: str = ""

    @property
    def arguments(self) -> tuple[str, ...]:
        return tuple(a for c in self.credentials for a in c.arguments)

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """Every credential argument with its environment variable."""
        return tuple(p for c in self.credentials for p in zip(c.arguments, c.envs, strict=True))

    @property
    def refreshable(self) -> bool:
        return any(c.refreshable for c in self.credentials)

    @property
    def condition(self) -> str:
        """The constructor's test for missing credentials: `not api_key`,
        `not (username and password or access_token)`."""
        alternatives = [" and ".join(alt) for alt in self.construction]
        if len(alternatives) == 1 and len(self.construction[0]) == 1:
            return f"not {alternatives[0]}"
        return f"not ({' or '.join(alternatives)})"

    def _credential(self, argument: str) -> Credential:
        return next(c for c in self.credentials if argument in c.arguments)

    def argument_type(self, argument: str) -> str:
        """The constructor argument's annotation: a token may be a callable (to refresh it)."""
        value = "str | Callable[[], str]" if self._credential(argument).refreshable else "str"
        return f"{value} | None"

    def attribute_type(self, argument: str) -> str:
        """The client attribute's: not None when construction checked it."""
        value = self.argument_type(argument)
        always = len(self.construction) == 1 and argument in self.construction[0]
        return value.removesuffix(" | None") if always else value

    def env_doc(self, base_url_env: str | None) -> str:
        """The client docstring's sentence on environment variables: `The API key defaults to
        $OPENAI_API_KEY, the base URL to $OPENAI_BASE_URL.`"""
        labels = [c.label for c in self.credentials]
        parts: list[str] = []
        for c in self.credentials:
            what = (
                c.label
                if labels.count(c.label) == 1
                else " and ".join(f"`{a}`" for a in c.arguments)
            )
            verb = "" if parts else "default " if len(c.arguments) > 1 else "defaults "
            parts.append(f"the {what} {verb}to {' and '.join('$' + e for e in c.envs)}")
        if base_url_env:
            parts.append(f"the base URL {'' if parts else 'defaults '}to ${base_url_env}")
        if not parts:
            return ""
        text = ", ".join(parts)
        return text[0].upper() + text[1:] + "."


NO_AUTH = ClientAuth(credentials=(), default=())


def _schemes(doc: dict[str, Any]) -> dict[str, Any]:
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    return schemes if isinstance(schemes, dict) else {}


def requirements(
    doc: dict[str, Any], raw: Any, pointer: str, warnings: list[str] | None = None
) -> Requirements:
    """A `security` list as alternatives of scheme names, in the spec's order. An alternative
    naming a scheme that is not defined, or cannot be sent, is dropped with a warning."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise SpecError("`security` must be a list of security requirements", pointer=pointer)
    schemes = _schemes(doc)
    out: list[tuple[str, ...]] = []
    for i, alternative in enumerate(raw):
        if not isinstance(alternative, dict):
            raise SpecError(
                "a security requirement must map scheme names to scopes", pointer=f"{pointer}/{i}"
            )
        names = tuple(str(n) for n in alternative)
        unusable = [n for n in names if _place(schemes.get(n)) is None]
        if unusable:
            if warnings is not None:
                name = unusable[0]
                why = (
                    "is not defined in components/securitySchemes"
                    if name not in schemes
                    else "cannot be sent by the client"
                )
                warnings.append(
                    f"{pointer}/{i}: security scheme {name!r} {why}; this "
                    f"alternative is ignored"
                )
            continue
        if names not in out:
            out.append(names)
    if raw and not out:  # nothing the client can send: it sends nothing
        return ()
    return tuple(out)


def of_operation(
    doc: dict[str, Any], op: dict[str, Any], pointer: str, warnings: list[str]
) -> Requirements | None:
    """An operation's own requirements, or None when they are the document's."""
    if "security" not in op:
        return None
    own = requirements(doc, op["security"], f"{pointer}/security", warnings)
    return None if own == requirements(doc, doc.get("security"), "/security") else own


def needs_nothing(reqs: Requirements) -> bool:
    return not reqs or () in reqs


def _place(scheme: Any) -> str | None:
    if not isinstance(scheme, dict):
        return None
    kind = scheme.get("type")
    if kind == "apiKey" and scheme.get("in") in (HEADER, QUERY, COOKIE) and scheme.get("name"):
        return str(scheme["in"])
    if kind == "http":
        return {"bearer": BEARER, "basic": BASIC}.get(str(scheme.get("scheme", "")).lower())
    if kind in ("oauth2", "openIdConnect"):
        return BEARER
    return None  # mutualTLS, http digest, ...: configure `http_client` instead


def client_auth(
    doc: dict[str, Any],
    config: Any,
    operations: list[Requirements],
    taken: set[str],
    warnings: list[str],
) -> ClientAuth:
    """The client's credentials for the selected operations (each operation's effective
    requirements in `operations`), named by the rule above; `taken` are the constructor's
    other arguments. `config.auth` maps a scheme to its overrides."""
    default = requirements(doc, doc.get("security"), "/security", warnings)
    used = list(dict.fromkeys(n for reqs in operations for alt in reqs for n in alt))
    schemes = _schemes(doc)
    overrides: dict[str, dict[str, Any]] = dict(getattr(config, "auth", None) or {})
    for name in overrides:
        if name not in schemes:
            raise SpecError(
                f"config client.auth: {name!r} is not a security scheme of the spec"
                f" (schemes: {', '.join(schemes) or 'none'})",
                file=config.file,
                pointer=f"/client/auth/{name}",
            )
    places = {n: _place(schemes[n]) for n in used}
    base = {n: _default_arguments(schemes[n], places[n]) for n in used}
    counts: dict[str, int] = {}
    for arguments in base.values():
        for argument in arguments:
            counts[argument] = counts.get(argument, 0) + 1
    credentials: list[Credential] = []
    names: set[str] = set()
    for name in used:
        place = places[name]
        assert place is not None
        arguments = base[name]
        if any(counts[a] > 1 or a in taken for a in arguments):  # named after the scheme
            own = python_identifier(name)
            arguments = (f"{own}_username", f"{own}_password") if place == BASIC else (own,)
        override = overrides.get(name) or {}
        if override.get("argument") is None:  # still taken (a resource `/oidc`): underscores
            arguments = tuple(_free(a, taken | names) for a in arguments)
        arguments = _pick(override.get("argument"), arguments, name, "argument", config.file)
        envs = tuple(f"{config.env_prefix}_{a.rstrip('_').upper()}" for a in arguments)
        envs = _pick(override.get("env"), envs, name, "env", config.file, identifier=False)
        for argument in arguments:
            if argument in taken or argument in names:
                raise SpecError(
                    f"client argument {argument!r} of security scheme {name!r} is "
                    f"already taken by the client",
                    file=config.file,
                    pointer=f"/client/auth/{name}/argument",
                )
            names.add(argument)
        kind = schemes[name].get("type")
        credentials.append(
            Credential(
                scheme=name,
                place=place,
                key=str(schemes[name].get("name")) if place in (HEADER, QUERY, COOKIE) else "",
                arguments=arguments,
                envs=envs,
                label=(
                    "username and password"
                    if place == BASIC
                    else "access token" if kind in ("oauth2", "openIdConnect") else "API key"
                ),
                refreshable=kind in ("oauth2", "openIdConnect"),
            )
        )
    by_scheme = {c.scheme: c for c in credentials}
    construction: tuple[tuple[str, ...], ...] = ()
    missing = ""
    if operations and len(set(operations)) == 1 and not needs_nothing(operations[0]):
        construction = tuple(
            tuple(a for n in alt for a in by_scheme[n].arguments) for alt in operations[0]
        )
        missing = missing_message([[by_scheme[n] for n in alt] for alt in operations[0]])
    return ClientAuth(
        credentials=tuple(credentials), default=default, construction=construction, missing=missing
    )


def _free(name: str, taken: set[str]) -> str:
    while name in taken:
        name += "_"
    return name


def _default_arguments(scheme: dict[str, Any], place: str | None) -> tuple[str, ...]:
    if place == BASIC:
        return ("username", "password")
    if scheme.get("type") in ("oauth2", "openIdConnect"):
        return ("access_token",)
    return ("api_key",)


def _pick(
    value: Any,
    default: tuple[str, ...],
    scheme: str,
    key: str,
    file: str | None,
    identifier: bool = True,
) -> tuple[str, ...]:
    """A config override: one name, or a list of two for basic's username and password."""
    if value is None:
        return default
    values = (value,) if isinstance(value, str) else tuple(value) if isinstance(value, list) else ()
    ok = len(values) == len(default) and all(
        isinstance(v, str) and v and (not identifier or (v.isidentifier() and v.islower()))
        for v in values
    )
    if not ok:
        what = "lower-case identifier" if identifier else "name"
        shape = f"a list of {len(default)} of them" if len(default) > 1 else "one"
        raise SpecError(
            f"config client.auth.{scheme}.{key}: expected {shape} {what}, got " f"{value!r}",
            file=file,
            pointer=f"/client/auth/{scheme}/{key}",
        )
    return values


def missing_message(alternatives: list[list[Credential]]) -> str:
    """The constructor's error when no alternative is given: `No API key: pass api_key= to
    the client or set the OPENAI_API_KEY environment variable.`"""
    if len(alternatives) == 1:
        creds = alternatives[0]
        arguments = [a for c in creds for a in c.arguments]
        envs = [e for c in creds for e in c.envs]
        label = " and ".join(c.label for c in creds)
        plural = "s" if len(envs) > 1 else ""
        return (
            f"No {label}: pass {' and '.join(a + '=' for a in arguments)} to the client or "
            f"set the {' and '.join(envs)} environment variable{plural}."
        )
    ways = [
        " and ".join(f"{a}= (or ${e})" for c in alt for a, e in c.pairs) for alt in alternatives
    ]
    return f"No credentials: pass {', or '.join(ways)} to the client."
