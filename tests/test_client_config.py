"""Client configuration: credentials, base URL, headers, query, timeouts, http_client,
with_options, closing, and the per-call extra_* options. Each test runs for OpenAI and
AsyncOpenAI (the `kit` fixture)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from openai_evals import NOT_GIVEN, APIError, APITimeoutError, OpenAIError

from tests.support.server import Reply

pytestmark = pytest.mark.usefixtures("client_env")

RUN_PATH = "/v1/evals/eval_1/runs/run_1"


def route_run(kit: Any, **reply: Any) -> None:
    kit.server.route("GET", RUN_PATH, Reply(json=kit.run_json(), **reply))


async def retrieve(kit: Any, client: Any, **kwargs: Any) -> Any:
    return await kit.call(client.evals.runs.retrieve("run_1", eval_id="eval_1", **kwargs))


# -- credentials and base URL ----------------------------------------------------------------


async def test_api_key_from_argument(kit: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    route_run(kit)
    client = kit.make(api_key="sk-from-arg")
    await retrieve(kit, client)
    assert kit.server.requests[-1].headers["authorization"] == "Bearer sk-from-arg"


async def test_api_key_from_environment(kit: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    route_run(kit)
    client = kit.client_class(base_url=kit.base_url)
    try:
        await retrieve(kit, client)
    finally:
        await kit.close(client)
    assert kit.server.requests[-1].headers["authorization"] == "Bearer sk-from-env"


@pytest.mark.parametrize("empty", [None, ""])
async def test_missing_api_key_is_a_clear_error(kit: Any, monkeypatch: pytest.MonkeyPatch, empty: str | None) -> None:
    if empty is not None:
        monkeypatch.setenv("OPENAI_API_KEY", empty)
    with pytest.raises(OpenAIError) as info:
        kit.client_class(base_url=kit.base_url)
    assert type(info.value) is OpenAIError  # a plain client error, as the SDK's: no request involved
    assert not isinstance(info.value, APIError)
    assert "OPENAI_API_KEY" in str(info.value)
    assert "api_key" in str(info.value)
    assert kit.server.requests == []


async def test_base_url_from_environment(kit: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", kit.server.url + "/v1")
    route_run(kit)
    client = kit.client_class(api_key=kit.api_key)
    try:
        assert str(client.base_url) == kit.server.url + "/v1/"
        run = await retrieve(kit, client)
    finally:
        await kit.close(client)
    assert run.id == "run_1"
    assert kit.server.requests[-1].path == RUN_PATH


async def test_base_url_argument_beats_environment(kit: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/nowhere")
    route_run(kit)
    client = kit.make(base_url=kit.server.url + "/v1/")  # a trailing slash is fine too
    await retrieve(kit, client)
    assert kit.server.requests[-1].path == RUN_PATH


def test_default_base_url(monkeypatch: pytest.MonkeyPatch, client_env: None) -> None:
    from openai_evals import OpenAI

    client = OpenAI(api_key="sk-x")
    try:
        assert str(client.base_url) == "https://api.openai.com/v1/"
    finally:
        client.close()


# -- headers and query -----------------------------------------------------------------------


async def test_standard_headers(kit: Any) -> None:
    route_run(kit)
    await retrieve(kit, kit.make())
    headers = kit.server.requests[-1].headers
    assert headers["authorization"] == f"Bearer {kit.api_key}"
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith("openai_evals/")
    assert "openai-organization" not in headers and "openai-project" not in headers


async def test_platform_headers_as_the_sdk_sends_them(kit: Any) -> None:
    """spec/client.yaml's `client.platform_headers`: the openai SDK's X-Stainless-* names,
    with the values it computes, on every request (its own tests read X-Stainless-Lang)."""
    import platform

    import openai_evals

    route_run(kit)
    client = kit.make()
    await retrieve(kit, client)
    await retrieve(kit, client)
    for request in kit.server.requests:
        headers = request.headers
        assert headers["x-stainless-lang"] == "python"
        assert headers["x-stainless-package-version"] == openai_evals.__version__
        assert headers["x-stainless-os"] == {"Linux": "Linux", "Darwin": "MacOS", "Windows": "Windows"}[platform.system()]
        assert headers["x-stainless-arch"] == {"x86_64": "x64", "aarch64": "arm64", "arm64": "arm64"}[platform.machine()]
        assert headers["x-stainless-runtime"] == platform.python_implementation()
        assert headers["x-stainless-runtime-version"] == platform.python_version()


async def test_platform_headers_give_way_to_the_callers(kit: Any) -> None:
    route_run(kit)
    client = kit.make(default_headers={"x-stainless-lang": "elsewhere"})
    await retrieve(kit, client, extra_headers={"X-Stainless-Arch": NOT_GIVEN, "X-STAINLESS-OS": "Plan9"})
    request = kit.server.requests[-1]
    assert kit.header_values(request, "x-stainless-lang") == ["elsewhere"]
    assert kit.header_values(request, "x-stainless-os") == ["Plan9"]
    assert "x-stainless-arch" not in request.headers
    assert request.headers["x-stainless-runtime"] == __import__("platform").python_implementation()


async def test_organization_and_project_headers(kit: Any) -> None:
    route_run(kit)
    await retrieve(kit, kit.make(organization="org_123", project="proj_456"))
    headers = kit.server.requests[-1].headers
    assert headers["openai-organization"] == "org_123"
    assert headers["openai-project"] == "proj_456"


async def test_default_headers_and_default_query(kit: Any) -> None:
    route_run(kit)
    client = kit.make(default_headers={"X-Team": "qa", "X-Trace": "t1"}, default_query={"api-version": "2025-01", "flag": True})
    await retrieve(kit, client)
    req = kit.server.requests[-1]
    assert req.headers["x-team"] == "qa"
    assert req.headers["x-trace"] == "t1"
    assert req.query == {"api-version": ["2025-01"], "flag": ["true"]}


async def test_default_headers_override_builtin_headers_case_insensitively(kit: Any) -> None:
    route_run(kit)
    client = kit.make(organization="org_1", default_headers={"user-agent": "my-app/1.0", "openai-organization": "org_2"})
    await retrieve(kit, client)
    req = kit.server.requests[-1]
    assert kit.header_values(req, "user-agent") == ["my-app/1.0"]
    assert kit.header_values(req, "openai-organization") == ["org_2"]


# -- per-call options ------------------------------------------------------------------------


async def test_extra_headers_and_extra_query(kit: Any) -> None:
    route_run(kit)
    client = kit.make(organization="org_1", default_headers={"X-Team": "qa"}, default_query={"a": "1", "b": "2"})
    await retrieve(
        kit,
        client,
        extra_headers={"X-Call": "c1", "openai-organization": "org_call", "X-Team": NOT_GIVEN},
        extra_query={"b": "override", "c": "3"},
    )
    req = kit.server.requests[-1]
    assert req.headers["x-call"] == "c1"
    assert kit.header_values(req, "openai-organization") == ["org_call"]  # replaced, not duplicated
    assert "x-team" not in req.headers  # NOT_GIVEN removes a default header
    assert req.query == {"a": ["1"], "b": ["override"], "c": ["3"]}


async def test_extra_body_is_merged_into_the_json_body(kit: Any) -> None:
    kit.server.route("POST", "/v1/evals/eval_1/runs", Reply(status=201, json=kit.run_json()))
    client = kit.make()
    data_source = {"type": "jsonl", "source": {"type": "file_id", "id": "file-abc"}}
    await kit.call(
        client.evals.runs.create("eval_1", data_source=data_source, name="n", extra_body={"name": "from-extra", "seed": 7})
    )
    req = kit.server.requests[-1]
    assert req.headers["content-type"] == "application/json"
    assert req.json() == {"data_source": data_source, "name": "from-extra", "seed": 7}
    # optional arguments that were not given are left out entirely
    assert "metadata" not in req.json()


async def test_extra_body_on_a_method_without_body(kit: Any) -> None:
    kit.server.route("POST", RUN_PATH, Reply(json=kit.run_json(status="canceled")))
    client = kit.make()
    run = await kit.call(client.evals.runs.cancel("run_1", eval_id="eval_1", extra_body={"reason": "test"}))
    assert run.status == "canceled"
    assert json.loads(kit.server.requests[-1].body) == {"reason": "test"}


async def test_explicit_none_is_sent_as_null(kit: Any) -> None:
    kit.server.route("POST", "/v1/evals/eval_1/runs", Reply(json=kit.run_json()))
    data_source = {"type": "jsonl", "source": {"type": "file_id", "id": "f"}}
    await kit.call(kit.make().evals.runs.create("eval_1", data_source=data_source, metadata=None))
    assert kit.server.requests[-1].json() == {"data_source": data_source, "metadata": None}


# -- timeouts --------------------------------------------------------------------------------


@pytest.mark.parametrize("timeout", [0.2, httpx.Timeout(0.2)], ids=["float", "httpx.Timeout"])
async def test_client_timeout(kit: Any, timeout: Any) -> None:
    route_run(kit, delay=2.0)
    client = kit.make(timeout=timeout, max_retries=0)
    assert client.timeout == timeout
    with pytest.raises(APITimeoutError):
        await retrieve(kit, client)
    assert len(kit.server.requests) == 1


async def test_default_timeout() -> None:
    from openai_evals._base_client import DEFAULT_TIMEOUT

    assert DEFAULT_TIMEOUT.read == 600 and DEFAULT_TIMEOUT.connect == 5


async def test_per_call_timeout_shorter_than_client(kit: Any) -> None:
    route_run(kit, delay=2.0)
    client = kit.make(timeout=30.0, max_retries=0)
    with pytest.raises(APITimeoutError):
        await retrieve(kit, client, timeout=0.2)


async def test_per_call_timeout_longer_than_client(kit: Any) -> None:
    route_run(kit, delay=0.4)
    client = kit.make(timeout=0.1, max_retries=0)
    run = await retrieve(kit, client, timeout=httpx.Timeout(5.0))
    assert run.id == "run_1"


# -- http_client, with_options, closing ------------------------------------------------------


async def test_caller_supplied_http_client_is_used_and_not_closed(kit: Any) -> None:
    route_run(kit)
    seen: list[str] = []

    if kit.is_async:

        async def hook(request: httpx.Request) -> None:
            seen.append(str(request.url))

    else:

        def hook(request: httpx.Request) -> None:
            seen.append(str(request.url))

    http = kit.http_client(event_hooks={"request": [hook]}, headers={"X-From-Http-Client": "yes"})
    client = kit.make(http_client=http)
    await retrieve(kit, client)
    assert seen == [kit.server.url + RUN_PATH]
    assert kit.server.requests[-1].headers["x-from-http-client"] == "yes"
    await kit.close(client)
    assert not http.is_closed  # the caller owns it


async def test_with_options_copy_does_not_change_the_original(kit: Any) -> None:
    route_run(kit)
    original = kit.make(organization="org_1", default_headers={"X-Which": "original"}, timeout=30.0)
    copy = original.with_options(
        api_key="sk-other",
        organization="org_2",
        default_headers={"X-Which": "copy"},
        default_query={"q": "1"},
        timeout=5.0,
        max_retries=7,
    )
    assert type(copy) is type(original)
    assert (copy.max_retries, copy.timeout) == (7, 5.0)
    assert (original.max_retries, original.timeout) == (2, 30.0)
    assert copy._client is original._client  # shares the connection pool

    await retrieve(kit, copy)
    await retrieve(kit, original)
    copy_req, original_req = kit.server.requests[-2:]
    assert copy_req.headers["authorization"] == "Bearer sk-other"
    assert copy_req.headers["openai-organization"] == "org_2"
    assert copy_req.headers["x-which"] == "copy"
    assert copy_req.query == {"q": ["1"]}
    assert original_req.headers["authorization"] == f"Bearer {kit.api_key}"
    assert original_req.headers["openai-organization"] == "org_1"
    assert original_req.headers["x-which"] == "original"
    assert original_req.query == {}


async def test_with_options_keeps_unchanged_settings(kit: Any) -> None:
    route_run(kit)
    original = kit.make(project="proj_1", default_query={"q": "1"}, max_retries=5)
    copy = original.with_options(max_retries=0)
    assert copy.max_retries == 0 and original.max_retries == 5
    assert copy.base_url == original.base_url
    await retrieve(kit, copy)
    req = kit.server.requests[-1]
    assert req.headers["openai-project"] == "proj_1"
    assert req.headers["authorization"] == f"Bearer {kit.api_key}"
    assert req.query == {"q": ["1"]}


async def test_context_manager_closes_the_client(kit: Any) -> None:
    route_run(kit)
    if kit.is_async:
        async with kit.make() as client:
            await retrieve(kit, client)
    else:
        with kit.make() as client:
            await retrieve(kit, client)
    assert client._client.is_closed


async def test_context_manager_leaves_a_caller_http_client_open(kit: Any) -> None:
    route_run(kit)
    http = kit.http_client()
    if kit.is_async:
        async with kit.make(http_client=http) as client:
            await retrieve(kit, client)
    else:
        with kit.make(http_client=http) as client:
            await retrieve(kit, client)
    assert not http.is_closed


async def test_negative_max_retries_rejected(kit: Any) -> None:
    with pytest.raises(ValueError):
        kit.make(max_retries=-1)


async def test_closing_a_with_options_copy_leaves_the_original_usable(kit: Any) -> None:
    route_run(kit)
    original = kit.make()
    if kit.is_async:
        async with original.with_options(timeout=5.0) as copy:
            await retrieve(kit, copy)
    else:
        with original.with_options(timeout=5.0) as copy:
            await retrieve(kit, copy)
    assert not original._client.is_closed
    assert (await retrieve(kit, original)).id == "run_1"
    await kit.close(original)
    assert original._client.is_closed  # the original owns the shared pool
