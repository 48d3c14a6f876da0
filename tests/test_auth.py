"""Auth from the spec's security schemes (issue 17), on the wire against the scripted server,
sync and async: every kind of scheme (`tests/golden/auth/spec.yaml`, generated with no config),
operations overriding the document's `security` (none needed, an optional key, two schemes at
once, alternatives), a token callable asked again per request, the environment variables
named after the package, and, with a config, the constructor's error and renamed arguments."""

from __future__ import annotations

import base64
import importlib
import logging
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.errors import SpecError
from generator.machinery.cache import DEFAULT_DIR, Cache
from generator.machinery.write import write_tree
from generator.pipeline import generate
from tests.support.server import Reply, ScriptedServer

SPEC_KINDS = Path(__file__).resolve().parent / "golden" / "auth" / "spec.yaml"
OK = Reply(json={"ok": True})
PATHS = ("/default", "/public", "/optional", "/basic", "/query", "/cookie", "/both", "/either",
         "/oidc", "/mtls")
ENV = ("AUTH_KINDS_BEARER", "AUTH_KINDS_HEADER_KEY", "AUTH_KINDS_USERNAME", "AUTH_KINDS_PASSWORD",
       "AUTH_KINDS_QUERY_KEY", "AUTH_KINDS_COOKIE_KEY", "AUTH_KINDS_OAUTH", "AUTH_KINDS_OIDC",
       "AUTH_KINDS_BASE_URL", "AUTH_KINDS_LOG")


def _imported(folder: Path, package: str) -> Iterator[Any]:
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The golden fixture's package, with the runtime its expected tree leaves out."""
    out = tmp_path_factory.mktemp("kinds")
    write_tree(out, generate(SPEC_KINDS, None, Cache(DEFAULT_DIR)).files)
    yield from _imported(out, "auth_kinds")


@pytest.fixture
def server(scripted_server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> ScriptedServer:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    for path in PATHS:
        scripted_server.route("GET", path, OK)
    return scripted_server


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


async def call(kinds: Any, mode: str, server: ScriptedServer, resource: str,
               **credentials: Any) -> Any:
    """`client.<resource>.list()` with a fresh client holding `credentials`."""
    cls = kinds.AuthKinds if mode == "sync" else kinds.AsyncAuthKinds
    client = cls(base_url=server.url, max_retries=0, **credentials)
    try:
        result = getattr(client, resource).list()
        return await result if mode == "async" else result
    finally:
        closed = client.close()
        if mode == "async":
            await closed


def sent(server: ScriptedServer) -> dict[str, str]:
    """The auth-bearing parts of the one request made: the headers and query the schemes use."""
    assert server.errors == []
    (request,) = server.requests
    out = {k: v for k, v in request.headers.items() if k in ("authorization", "x-api-key",
                                                              "cookie")}
    out.update({f"?{k}": v[0] for k, v in request.query.items()})
    return out


ALL = dict(bearer="b-tok", header_key="h-key", username="u", password="p:w", query_key="q-key",
           cookie_key="c-key", oauth="o-tok", oidc_="i-tok")


@pytest.mark.parametrize(("resource", "expected"), [
    ("default", {"authorization": "Bearer b-tok"}),  # the document's `security`
    ("public", {}),  # `security: []`: nothing, whatever the client holds
    ("optional", {"x-api-key": "h-key"}),  # `[{}, {header_key}]`: the key when given
    ("basic", {"authorization": "Basic " + base64.b64encode(b"u:p:w").decode()}),
    ("query", {"?key": "q-key"}),
    ("cookie", {"cookie": "session=c-key"}),
    ("both", {"x-api-key": "h-key", "cookie": "session=c-key"}),  # two schemes at once
    ("either", {"authorization": "Bearer o-tok"}),  # the first alternative the client has
    ("oidc", {"authorization": "Bearer i-tok"}),
    ("mtls", {"authorization": "Bearer b-tok"}),  # mutual TLS dropped: the bearer alternative
])
async def test_each_scheme_on_the_wire(kinds: Any, mode: str, server: ScriptedServer,
                                       resource: str, expected: dict[str, str]) -> None:
    result = await call(kinds, mode, server, resource, **ALL)
    assert result.ok is True
    assert sent(server) == expected


async def test_a_cookie_key_and_cookie_parameters_share_the_cookie_header(
        kinds: Any, mode: str, server: ScriptedServer) -> None:
    cls = kinds.AuthKinds if mode == "sync" else kinds.AsyncAuthKinds
    client = cls(base_url=server.url, max_retries=0, cookie_key="c-key")
    try:
        result = client.cookie.list(theme="dark")
        await result if mode == "async" else result
    finally:
        closed = client.close()
        if mode == "async":
            await closed
    assert sent(server) == {"cookie": "session=c-key; theme=dark"}


async def test_no_credentials_where_none_is_needed(kinds: Any, mode: str,
                                                   server: ScriptedServer) -> None:
    await call(kinds, mode, server, "public")
    server.requests.clear()
    await call(kinds, mode, server, "optional")  # the empty alternative
    assert sent(server) == {}


async def test_the_second_alternative(kinds: Any, mode: str, server: ScriptedServer) -> None:
    await call(kinds, mode, server, "either", header_key="h-key")
    assert sent(server) == {"x-api-key": "h-key"}


@pytest.mark.parametrize(("resource", "credentials", "wanted"), [
    ("default", {}, "bearer= (or $AUTH_KINDS_BEARER)"),
    ("basic", {"username": "u"}, "username= (or $AUTH_KINDS_USERNAME) and password= "
                                 "(or $AUTH_KINDS_PASSWORD)"),
    ("both", {"header_key": "h"}, "header_key= (or $AUTH_KINDS_HEADER_KEY) and cookie_key= "
                                  "(or $AUTH_KINDS_COOKIE_KEY)"),
    ("either", {"bearer": "b"}, "oauth= (or $AUTH_KINDS_OAUTH), or header_key= "
                                "(or $AUTH_KINDS_HEADER_KEY)"),
])
async def test_missing_credentials_fail_before_sending(
        kinds: Any, mode: str, server: ScriptedServer, resource: str,
        credentials: dict[str, str], wanted: str) -> None:
    with pytest.raises(kinds.AuthKindsError) as info:
        await call(kinds, mode, server, resource, **credentials)
    assert type(info.value) is kinds.AuthKindsError  # the base class, named after the title
    assert str(info.value) == f"GET /{resource} needs credentials: pass {wanted} to the client."
    assert server.requests == []


async def test_credentials_from_the_environment(kinds: Any, mode: str, server: ScriptedServer,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUTH_KINDS_QUERY_KEY", "from-env")
    await call(kinds, mode, server, "query")
    assert sent(server) == {"?key": "from-env"}
    server.requests.clear()
    await call(kinds, mode, server, "query", query_key="from-arg")  # the argument wins
    assert sent(server) == {"?key": "from-arg"}


async def test_a_token_callable_is_asked_for_every_request(kinds: Any, mode: str,
                                                           server: ScriptedServer) -> None:
    tokens = iter(["t1", "t2"])
    cls = kinds.AuthKinds if mode == "sync" else kinds.AsyncAuthKinds
    client = cls(base_url=server.url, max_retries=0, oauth=lambda: next(tokens))
    for _ in range(2):
        result = client.either.list()
        if mode == "async":
            await result
    closed = client.close()
    if mode == "async":
        await closed
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer t1", "Bearer t2"]


async def test_with_options_keeps_and_replaces_credentials(kinds: Any, mode: str,
                                                           server: ScriptedServer) -> None:
    cls = kinds.AuthKinds if mode == "sync" else kinds.AsyncAuthKinds
    client = cls(base_url=server.url, max_retries=0, bearer="one", header_key="h")
    copy = client.with_options(bearer="two")
    for target, resource in ((client, "default"), (copy, "default"), (copy, "optional")):
        result = getattr(target, resource).list()
        if mode == "async":
            await result
    assert [r.headers.get("authorization") for r in server.requests[:2]] == ["Bearer one",
                                                                            "Bearer two"]
    assert server.requests[2].headers["x-api-key"] == "h"  # kept by the copy
    assert client.bearer == "one" and copy.bearer == "two"


async def test_keys_stay_out_of_logs(kinds: Any, mode: str, server: ScriptedServer,
                                     caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="auth_kinds"):
        await call(kinds, mode, server, "query", query_key="q-secret")
        await call(kinds, mode, server, "both", header_key="h-secret", cookie_key="c-secret")
    text = caplog.text
    assert "key=%3Credacted%3E" in text or "key=<redacted>" in text
    assert "secret" not in text


def test_identity_comes_from_the_title(kinds: Any) -> None:
    assert kinds.__all__[:2] == ["AuthKinds", "AsyncAuthKinds"]
    assert "AuthKindsError" in kinds.__all__ and "OpenAIError" not in kinds.__all__
    assert issubclass(kinds.APIError, kinds.AuthKindsError)
    text = "\n".join(p.read_text() for p in Path(kinds.__file__).parent.rglob("*.py"))
    assert "openai" not in text.lower()


# -- with a config: construction checks, renamed arguments and variables ----------------------

SPEC = """
openapi: 3.0.3
info: {title: Tokens Only, version: "1"}
security: [{token: []}, {login: []}]
paths:
  /things:
    get:
      responses:
        "200":
          description: OK
          content: {application/json: {schema: {type: object, properties: {ok: {type: boolean}}}}}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
    login: {type: http, scheme: basic}
"""

CONFIG = """
package: tokens
client:
  sync_class: Tokens
  async_class: AsyncTokens
  error_class: TokensError
  env_prefix: TOK
  auth:
    token: {argument: secret, env: MY_SECRET}
    login: {argument: [user, pass_word]}
"""


@pytest.fixture(scope="module")
def tokens(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("tokens")
    (folder / "spec.yaml").write_text(SPEC)
    (folder / "client.yaml").write_text(CONFIG)
    result = generate(folder / "spec.yaml", folder / "client.yaml", Cache(None))
    write_tree(folder / "out", result.files)
    yield from _imported(folder / "out", "tokens")


@pytest.mark.parametrize("cls", ["Tokens", "AsyncTokens"])
def test_construction_fails_when_every_call_needs_credentials(
        tokens: Any, cls: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MY_SECRET", "TOK_USER", "TOK_PASS_WORD"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(tokens.TokensError) as info:
        getattr(tokens, cls)(user="only-the-user")
    assert str(info.value) == ("No credentials: pass secret= (or $MY_SECRET), or user= (or "
                               "$TOK_USER) and pass_word= (or $TOK_PASS_WORD) to the client.")
    monkeypatch.setenv("MY_SECRET", "s")
    client = getattr(tokens, cls)()
    assert client.secret == "s"


async def test_renamed_arguments_on_the_wire(tokens: Any, mode: str,
                                             scripted_server: ScriptedServer,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MY_SECRET", raising=False)
    scripted_server.route("GET", "/things", OK)
    cls = tokens.Tokens if mode == "sync" else tokens.AsyncTokens
    client = cls(base_url=scripted_server.url, user="u", pass_word="p")
    result = client.things.list()
    if mode == "async":
        await result
        await client.close()
    else:
        client.close()
    assert scripted_server.requests[0].headers["authorization"] == \
        "Basic " + base64.b64encode(b"u:p").decode()


@pytest.mark.parametrize(("auth", "message"), [
    ("{tokn: {env: X}}", r"client\.auth: 'tokn' is not a security scheme of the spec"),
    ("{login: {argument: user}}", r"client\.auth\.login\.argument: expected a list of 2"),
    ("{token: {argument: base_url}}", r"client argument 'base_url' .* already taken"),
    ("{token: {argumen: x}}", r"unknown key 'argumen'"),
])
def test_config_mistakes_name_the_key(tmp_path: Path, auth: str, message: str) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC)
    (tmp_path / "client.yaml").write_text(f"package: tokens\nclient:\n  auth: {auth}\n")
    with pytest.raises(SpecError, match=message) as info:
        generate(tmp_path / "spec.yaml", tmp_path / "client.yaml", Cache(None))
    assert str(tmp_path / "client.yaml") in str(info.value)


@pytest.mark.parametrize(("security", "pointer"), [
    ("security: {token: []}", "/security"),
    ("security: [token]", "/security/0"),
])
def test_malformed_security_is_refused(tmp_path: Path, security: str, pointer: str) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC.replace("security: [{token: []}, {login: []}]",
                                                     security))
    with pytest.raises(SpecError, match="security requirement") as info:
        generate(tmp_path / "spec.yaml", None, Cache(None))
    assert info.value.pointer == pointer
