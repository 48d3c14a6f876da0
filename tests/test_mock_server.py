"""End-to-end: every generated method, called for real, checked by a spec-validating mock server.

The Prism mock server (`node_modules/.bin/prism`, see tests/support/prism.py) validates each
request against the OpenAPI document and answers 4xx for one that breaks it (422 with the list
of violations, or the operation's own 400); with `--errors` a response it generates that breaks
the spec becomes a 500. So a passing call here means: the client sent exactly what the spec
allows, and parsed what the spec promises into the right model.

Every method of spec/client.yaml is called with its required arguments only and with every
argument (all optional query parameters and body properties, nested objects filled in too; a
method without optional parameters has just the one call), on `OpenAI` and on `AsyncOpenAI`.
The argument sets are data: `CALLS` below. The whole suite runs twice, against

* `ours`: the committed client (generated/openai_evals) and spec/openapi.yaml, and
* `upstream`: a client generated at session start from the upstream OpenAI spec
  (../shared/openapi/openai-2026-08-21.yaml) with the same client.yaml, its package renamed to
  `openai_evals_upstream` so it imports next to the committed one, served by a second Prism.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import httpx
import pydantic
import pytest
import yaml

from tests.support.prism import (
    ROOT,
    Exchange,
    OpenAPIDocument,
    PrismServer,
    ViolationRecorder,
    check_multipart_request,
    describe_rejection,
    generate_client,
    require_prism,
)

OUR_SPEC = ROOT / "spec" / "openapi.yaml"
CLIENT_CONFIG = ROOT / "spec" / "client.yaml"
UPSTREAM_SPEC = ROOT.parent / "shared" / "openapi" / "openai-2026-08-21.yaml"
UPSTREAM_PACKAGE = "openai_evals_upstream"

# Prism parses and dereferences the whole document before it listens: about 1.5 s for ours,
# about 20 s for the 3 MB upstream spec (more on a loaded machine).
STARTUP_TIMEOUT = {"ours": 30.0, "upstream": 120.0}

# ==========================================================================================
# The argument table
# ==========================================================================================

EVAL_ID = "eval_67abd54d9b0081909a86353f6fb9317a"
RUN_ID = "evalrun_67abd54d60ec8190832b46859da808f7"
OUTPUT_ITEM_ID = "outputitem_67abd55eb6548190bb580745d5644a33"
BATCH_ID = "batch_abc123"
FILE_ID = "file-abc123"
METADATA = {"team": "quality", "ticket": "EVAL-42"}
TS_FROM, TS_TO = 1_735_689_600, 1_767_225_600  # 2025-01-01, 2026-01-01

ITEM_SCHEMA = {
    "type": "object",
    "properties": {"question": {"type": "string"}, "expected": {"type": "string"}},
    "required": ["question", "expected"],
}
VERDICT_SCHEMA = {
    "type": "object",
    "properties": {"verdict": {"type": "string", "enum": ["pass", "fail"]}},
    "required": ["verdict"],
    "additionalProperties": False,
}

# Prompt messages. In the spec every message list is a `oneOf` of a bare {role, content} pair
# (or EasyInputMessage) and the richer EvalItem; a message is only valid when it matches exactly
# one branch. A plain {"role": "user", "content": "text"} matches both and is rejected (see
# test_plain_text_message), so these messages use content only one branch allows.
EVAL_ITEM_DEVELOPER = {
    "type": "message",
    "role": "developer",
    "content": {"type": "input_text", "text": "Answer with the capital city only."},
}
EVAL_ITEM_USER = {
    "type": "message",
    "role": "user",
    "content": [
        {"type": "input_text", "text": "{{item.question}}"},
        {"type": "input_image", "image_url": "https://example.com/map.png", "detail": "low"},
        {"type": "input_audio", "input_audio": {"data": "UklGRgAAAABXQVZF", "format": "wav"}},
    ],
}
EVAL_ITEM_ASSISTANT = {
    "type": "message",
    "role": "assistant",
    "content": {"type": "output_text", "text": "Paris"},
}
# EasyInputMessage only (an `input_file` part is not an EvalItem content part).
EASY_INPUT_MESSAGE = {
    "type": "message",
    "role": "system",
    "phase": None,
    "content": [
        {"type": "input_text", "text": "Use the attached atlas.", "prompt_cache_breakpoint": {"mode": "explicit"}},
        {
            "type": "input_file",
            "file_id": FILE_ID,
            "filename": "atlas.pdf",
            "detail": "high",
        },
        {"type": "input_image", "file_id": FILE_ID, "detail": "auto"},
    ],
}

GRADERS_ALL = [
    {
        "type": "label_model",
        "name": "capital-label",
        "model": "gpt-4o-mini",
        "input": [EVAL_ITEM_DEVELOPER, EVAL_ITEM_USER],
        "labels": ["correct", "partially correct", "wrong"],
        "passing_labels": ["correct"],
    },
    {
        "type": "string_check",
        "name": "exact-match",
        "input": "{{sample.output_text}}",
        "reference": "{{item.expected}}",
        "operation": "ilike",
    },
    {
        "type": "text_similarity",
        "name": "similar",
        "input": "{{sample.output_text}}",
        "reference": "{{item.expected}}",
        "evaluation_metric": "fuzzy_match",
        "pass_threshold": 0.8,
    },
    {
        "type": "python",
        "name": "python-check",
        "source": "def grade(sample, item) -> float:\n    return float(sample['output_text'] == item['expected'])\n",
        "image_tag": "2025-05-08",
        "pass_threshold": 0.5,
    },
    {
        "type": "score_model",
        "name": "score",
        "model": "o4-mini",
        "input": [EVAL_ITEM_DEVELOPER, EVAL_ITEM_USER, EVAL_ITEM_ASSISTANT],
        "sampling_params": {
            "seed": 7,
            "top_p": 0.9,
            "temperature": 0.2,
            "max_completions_tokens": 256,
            "reasoning_effort": "low",
        },
        "range": [0, 10],
        "pass_threshold": 7.5,
    },
]

CHAT_TOOL = {
    "type": "function",
    "function": {
        "name": "lookup_capital",
        "description": "Look up the capital of a country.",
        "parameters": {"type": "object", "properties": {"country": {"type": "string"}}, "required": ["country"]},
        "strict": True,
    },
}
RESPONSES_TOOL = {
    "type": "function",
    "name": "lookup_capital",
    "parameters": {"type": "object", "properties": {"country": {"type": "string"}}, "required": ["country"]},
    "strict": True,
}
FILE_CONTENT_SOURCE = {
    "type": "file_content",
    "content": [
        {"item": {"question": "Capital of France?", "expected": "Paris"}, "sample": {"output_text": "Paris"}},
        {"item": {"question": "Capital of Peru?", "expected": "Lima"}},
    ],
}

DATA_SOURCES_REQUIRED = {
    "jsonl": {"type": "jsonl", "source": {"type": "file_id", "id": FILE_ID}},
    "completions": {"type": "completions", "source": {"type": "file_id", "id": FILE_ID}},
    "responses": {"type": "responses", "source": {"type": "responses"}},
}
DATA_SOURCES_ALL = {
    "jsonl": {"type": "jsonl", "source": FILE_CONTENT_SOURCE},
    "completions": {
        "type": "completions",
        "input_messages": {"type": "template", "template": [EASY_INPUT_MESSAGE, EVAL_ITEM_USER]},
        "sampling_params": {
            "reasoning_effort": "medium",
            "temperature": 0.7,
            "max_completion_tokens": 512,
            "top_p": 0.95,
            "seed": 42,
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "verdict",
                    "description": "The verdict on the answer.",
                    "schema": VERDICT_SCHEMA,
                    "strict": True,
                },
            },
            "tools": [CHAT_TOOL],
        },
        "model": "gpt-4o-mini",
        "source": {
            "type": "stored_completions",
            "metadata": {"usecase": "capitals"},
            "model": "gpt-4o",
            "created_after": TS_FROM,
            "created_before": TS_TO,
            "limit": 100,
        },
    },
    "responses": {
        "type": "responses",
        "input_messages": {"type": "template", "template": [EVAL_ITEM_DEVELOPER, EVAL_ITEM_USER]},
        "sampling_params": {
            "reasoning_effort": "high",
            "temperature": 0.3,
            "max_completion_tokens": 1024,
            "top_p": 0.9,
            "seed": 7,
            "tools": [RESPONSES_TOOL],
            "text": {
                "format": {
                    "type": "json_schema",
                    "name": "verdict",
                    "description": "The verdict on the answer.",
                    "schema": VERDICT_SCHEMA,
                    "strict": True,
                }
            },
        },
        "model": "gpt-4.1-mini",
        "source": {
            "type": "responses",
            "metadata": {"usecase": "capitals"},
            "model": "gpt-4o",
            "instructions_search": "capital",
            "created_after": TS_FROM,
            "created_before": TS_TO,
            "reasoning_effort": "minimal",
            "temperature": 0.5,
            "top_p": 1.0,
            "users": ["user_1", "user_2"],
            "tools": ["lookup_capital"],
        },
    },
}
# The other form of `input_messages`: messages taken from a field of each item.
DATA_SOURCE_ITEM_REFERENCE = {
    "type": "completions",
    "input_messages": {"type": "item_reference", "item_reference": "item.input_trajectory"},
    "model": "gpt-4o-mini",
    "source": FILE_CONTENT_SOURCE,
}

DATA_SOURCES_CONFIG_CUSTOM = {"type": "custom", "item_schema": ITEM_SCHEMA}

UPLOAD = ("capitals.jsonl", b'{"question": "Capital of France?", "expected": "Paris"}\n')
UPLOAD_TYPED = ("capitals.jsonl", UPLOAD[1], "application/jsonl")


@dataclass(frozen=True)
class Returns:
    """What a method gives back: a model, a cursor page of models, or a binary download."""

    kind: str  # "model" | "page" | "binary"
    model: str = ""  # the model (for a page: of its items)
    page_model: str = ""  # for a page: the list object the server sends


def model(name: str) -> Returns:
    return Returns("model", name)


def page(item: str, of: str) -> Returns:
    return Returns("page", item, of)


BINARY = Returns("binary")


@dataclass(frozen=True)
class Method:
    returns: Returns
    # variant name -> keyword arguments. "required" must hold the required arguments only,
    # every variant starting with "all" must give every argument the method has.
    variants: dict[str, dict[str, Any]] = field(default_factory=dict)


CALLS: dict[str, Method] = {
    "evals.create": Method(
        model("Eval"),
        {
            "required": {
                "data_source_config": DATA_SOURCES_CONFIG_CUSTOM,
                "testing_criteria": [GRADERS_ALL[1]],
            },
            "all": {
                "data_source_config": {"type": "custom", "item_schema": ITEM_SCHEMA, "include_sample_schema": True},
                "testing_criteria": GRADERS_ALL,
                "name": "Capitals",
                "metadata": METADATA,
            },
            "all-logs": {
                "data_source_config": {"type": "logs", "metadata": {"usecase": "capitals"}},
                "testing_criteria": GRADERS_ALL,
                "name": "Capitals from logs",
                "metadata": METADATA,
            },
            "all-stored_completions": {
                "data_source_config": {"type": "stored_completions", "metadata": {"usecase": "capitals"}},
                "testing_criteria": GRADERS_ALL,
                "name": "Capitals from stored completions",
                "metadata": None,
            },
        },
    ),
    "evals.retrieve": Method(model("Eval"), {"required": {"eval_id": EVAL_ID}}),
    "evals.update": Method(
        model("Eval"),
        {
            "required": {"eval_id": EVAL_ID},
            "all": {"eval_id": EVAL_ID, "name": "Capitals v2", "metadata": METADATA},
        },
    ),
    "evals.list": Method(
        page("Eval", of="EvalList"),
        {
            "required": {},
            "all": {"after": EVAL_ID, "limit": 5, "order": "desc", "order_by": "updated_at"},
        },
    ),
    "evals.delete": Method(model("DeleteEvalResponse"), {"required": {"eval_id": EVAL_ID}}),
    "evals.runs.create": Method(
        model("EvalRun"),
        {
            **{
                f"required-{kind}": {"eval_id": EVAL_ID, "data_source": source}
                for kind, source in DATA_SOURCES_REQUIRED.items()
            },
            **{
                f"all-{kind}": {
                    "eval_id": EVAL_ID,
                    "data_source": source,
                    "name": f"capitals-{kind}",
                    "metadata": METADATA,
                }
                for kind, source in DATA_SOURCES_ALL.items()
            },
            "all-item_reference": {
                "eval_id": EVAL_ID,
                "data_source": DATA_SOURCE_ITEM_REFERENCE,
                "name": "capitals-trajectories",
                "metadata": METADATA,
            },
        },
    ),
    "evals.runs.retrieve": Method(model("EvalRun"), {"required": {"eval_id": EVAL_ID, "run_id": RUN_ID}}),
    "evals.runs.list": Method(
        page("EvalRun", of="EvalRunList"),
        {
            "required": {"eval_id": EVAL_ID},
            "all": {"eval_id": EVAL_ID, "after": RUN_ID, "limit": 3, "order": "desc", "status": "completed"},
        },
    ),
    "evals.runs.delete": Method(model("DeleteEvalRunResponse"), {"required": {"eval_id": EVAL_ID, "run_id": RUN_ID}}),
    "evals.runs.cancel": Method(model("EvalRun"), {"required": {"eval_id": EVAL_ID, "run_id": RUN_ID}}),
    "evals.runs.output_items.retrieve": Method(
        model("EvalRunOutputItem"),
        {"required": {"eval_id": EVAL_ID, "run_id": RUN_ID, "output_item_id": OUTPUT_ITEM_ID}},
    ),
    "evals.runs.output_items.list": Method(
        page("EvalRunOutputItem", of="EvalRunOutputItemList"),
        {
            "required": {"eval_id": EVAL_ID, "run_id": RUN_ID},
            "all": {
                "eval_id": EVAL_ID,
                "run_id": RUN_ID,
                "after": OUTPUT_ITEM_ID,
                "limit": 50,
                "status": "fail",
                "order": "asc",
            },
        },
    ),
    "batches.create": Method(
        model("Batch"),
        {
            "required": {"input_file_id": FILE_ID, "endpoint": "/v1/chat/completions", "completion_window": "24h"},
            "all": {
                "input_file_id": FILE_ID,
                "endpoint": "/v1/responses",
                "completion_window": "24h",
                "metadata": METADATA,
                "output_expires_after": {"anchor": "created_at", "seconds": 7 * 86400},
            },
        },
    ),
    "batches.retrieve": Method(model("Batch"), {"required": {"batch_id": BATCH_ID}}),
    "batches.list": Method(
        page("Batch", of="ListBatchesResponse"),
        {"required": {}, "all": {"after": BATCH_ID, "limit": 10}},
    ),
    "batches.cancel": Method(model("Batch"), {"required": {"batch_id": BATCH_ID}}),
    "files.create": Method(
        model("OpenAIFile"),
        {
            "required": {"file": UPLOAD, "purpose": "evals"},
            "all": {
                "file": UPLOAD_TYPED,
                "purpose": "batch",
                "expires_after": {"anchor": "created_at", "seconds": 3600},
            },
        },
    ),
    "files.retrieve": Method(model("OpenAIFile"), {"required": {"file_id": FILE_ID}}),
    "files.list": Method(
        page("OpenAIFile", of="ListFilesResponse"),
        {"required": {}, "all": {"purpose": "batch", "limit": 100, "order": "asc", "after": FILE_ID}},
    ),
    "files.delete": Method(model("DeleteFileResponse"), {"required": {"file_id": FILE_ID}}),
    "files.content": Method(BINARY, {"required": {"file_id": FILE_ID}}),
}

# Known failures, each strict: once fixed, the XPASS fails the run until the entry goes.
# Keyed by (target, method). A client bug: the generated code sends something the spec does
# not allow (Prism answers 4xx). A spec mistake: Prism accepted the request, but the example
# response it builds from the spec breaks the spec itself (with --errors it answers 500).
KNOWN_CLIENT_BUGS: dict[tuple[str, str], str] = {}
_EVAL_EXAMPLE_MISTAKE = (
    "upstream spec mistake: EvalCustomDataSourceConfig.properties.schema (type: object) has an "
    "`example` that is a JSON *string*; Prism puts it into every Eval it returns, its response "
    "validation rejects it and --errors turns that into a 500 (the request itself was accepted)"
)
KNOWN_SPEC_MISTAKES: dict[tuple[str, str], str] = {
    ("upstream", method): _EVAL_EXAMPLE_MISTAKE
    for method in ("evals.create", "evals.retrieve", "evals.update", "evals.list")
}


class PrismRejected(AssertionError):
    """Prism answered 4xx: the request breaks the spec."""


class BrokenExampleResponse(AssertionError):
    """Prism accepted the request but its generated response violates the spec."""


MODES = ("sync", "async")
TARGETS = ("ours", "upstream")
CLIENT_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


def _cases() -> list[Any]:
    params = []
    for target in TARGETS:
        for method, spec in CALLS.items():
            marks = []
            if reason := KNOWN_CLIENT_BUGS.get((target, method)):
                marks.append(pytest.mark.xfail(reason=reason, strict=True, raises=PrismRejected))
            if reason := KNOWN_SPEC_MISTAKES.get((target, method)):
                marks.append(pytest.mark.xfail(reason=reason, strict=True, raises=BrokenExampleResponse))
            for variant in spec.variants:
                for mode in MODES:
                    params.append(
                        pytest.param(target, method, variant, mode, id=f"{target}-{method}-{variant}-{mode}", marks=marks)
                    )
    return params


def _client_operations() -> dict[str, tuple[str, str]]:
    """method path ("evals.runs.create") -> (HTTP method, path template), from client.yaml."""
    with open(CLIENT_CONFIG, encoding="utf-8") as f:
        resources = yaml.safe_load(f)["resources"]
    out: dict[str, tuple[str, str]] = {}

    def walk(node: dict[str, Any], prefix: str) -> None:
        for key, value in node.items():
            if isinstance(value, dict):
                walk(value, f"{prefix}{key}.")
            else:
                http_method, path = value.split()
                out[prefix + key] = (http_method.upper(), path)

    walk(resources, "")
    return out


OPERATIONS = _client_operations()


# ==========================================================================================
# Servers and clients
# ==========================================================================================


@dataclass
class Target:
    """One spec with its Prism server and the client package generated from it."""

    name: str
    package: ModuleType
    url: str
    spec: OpenAPIDocument


class PrismPool:
    """The Prism servers of this module. The first test to need one starts every server the
    selected tests need at once, so the slow upstream one loads while the others run."""

    def __init__(self, log_dir: Path, wanted: set[str]) -> None:
        self.servers = {
            "ours": PrismServer(OUR_SPEC, name="ours", startup_timeout=STARTUP_TIMEOUT["ours"], log_dir=log_dir),
            "upstream": PrismServer(
                UPSTREAM_SPEC, name="upstream", startup_timeout=STARTUP_TIMEOUT["upstream"], log_dir=log_dir
            ),
        }
        self.wanted = wanted
        self._started = False

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        require_prism()
        for name in TARGETS:
            if name in self.wanted and self.servers[name].spec.is_file():
                self.servers[name].start()

    def url(self, name: str) -> str:
        self.start()
        server = self.servers[name]
        if server.process is None and server.startup_seconds is None:
            server.start()
        return server.wait_ready()

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """Registered as a plugin: the startup times end up in pytest's summary."""
        times = [
            f"{name} {server.startup_seconds:.1f} s ({server.spec.name})"
            for name, server in self.servers.items()
            if server.startup_seconds is not None
        ]
        if times:
            terminalreporter.write_line("Prism mock server startup: " + ", ".join(times))


def _wanted_targets(session: pytest.Session) -> set[str]:
    wanted = set()
    for item in session.items:
        if getattr(item, "module", None) is sys.modules[__name__]:
            params = getattr(getattr(item, "callspec", None), "params", {})
            if "target_name" in params:
                wanted.add(params["target_name"])
    return wanted


@pytest.fixture(scope="session")
def prism_pool(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismPool]:
    pool = PrismPool(tmp_path_factory.mktemp("prism-logs"), _wanted_targets(request.session))
    request.config.pluginmanager.register(pool, "prism-pool")
    try:
        yield pool
    finally:
        pool.stop()


@pytest.fixture(scope="session")
def ours(prism_pool: PrismPool) -> Target:
    package = importlib.import_module("openai_evals")
    return Target("ours", package, prism_pool.url("ours"), OpenAPIDocument(OUR_SPEC))


@pytest.fixture(scope="session")
def upstream(prism_pool: PrismPool, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    if not UPSTREAM_SPEC.is_file():
        pytest.fail(
            f"upstream OpenAPI spec not found at {UPSTREAM_SPEC}; it is expected next to the "
            "repository in ../shared/openapi/",
            pytrace=False,
        )
    prism_pool.start()  # Prism loads the 3 MB spec while the client is generated
    out = generate_client(UPSTREAM_SPEC, CLIENT_CONFIG, tmp_path_factory.mktemp("upstream"), package=UPSTREAM_PACKAGE)
    sys.path.insert(0, str(out))
    try:
        package = importlib.import_module(UPSTREAM_PACKAGE)
        assert Path(package.__file__).resolve().is_relative_to(out.resolve()), package.__file__
        yield Target("upstream", package, prism_pool.url("upstream"), OpenAPIDocument(UPSTREAM_SPEC))
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == UPSTREAM_PACKAGE or m.startswith(UPSTREAM_PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture
def target(request: pytest.FixtureRequest, target_name: str) -> Target:
    return request.getfixturevalue(target_name)


# ==========================================================================================
# The calls
# ==========================================================================================


def _resolve(client: Any, method: str) -> Any:
    obj = client
    for part in method.split("."):
        obj = getattr(obj, part)
    return obj


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _call(target: Target, method: str, kwargs: dict[str, Any], mode: str) -> tuple[Any, bytes | None, Exchange]:
    """Call `method` through the target's client; fail with Prism's verdict on a 4xx/5xx."""
    __tracebackhide__ = True
    pkg = target.package
    recorder = ViolationRecorder()
    if mode == "sync":
        http: Any = httpx.Client(event_hooks={"response": [recorder.sync_hook]})
        client: Any = pkg.OpenAI(api_key="sk-test", base_url=target.url, max_retries=0, http_client=http)
    else:
        http = httpx.AsyncClient(event_hooks={"response": [recorder.async_hook]})
        client = pkg.AsyncOpenAI(api_key="sk-test", base_url=target.url, max_retries=0, http_client=http)
    error: Any = None
    content: bytes | None = None
    try:
        result = await _maybe_await(_resolve(client, method)(**kwargs))
        if CALLS[method].returns.kind == "binary":
            content = await _maybe_await(result.read())
    except pkg.APIStatusError as exc:
        error = exc
    finally:
        await _maybe_await(client.close())
        await _maybe_await(http.aclose() if mode == "async" else http.close())
    assert len(recorder.exchanges) == 1, [(e.method, e.url, e.status) for e in recorder.exchanges]
    exchange = recorder.exchanges[0]
    if error is not None:
        report = describe_rejection(exchange, error.status_code, error.body)
        if error.status_code >= 500 and exchange.violations and not exchange.request_violations():
            raise BrokenExampleResponse(f"Prism accepted {method} but its response breaks the spec:\n{report}")
        raise PrismRejected(f"Prism rejected {method} with {error.status_code}:\n{report}")
    return result, content, exchange


@pytest.mark.parametrize(("target_name", "method", "variant", "mode"), _cases())
async def test_call(target: Target, method: str, variant: str, mode: str) -> None:
    spec = CALLS[method]
    result, content, exchange = await _call(target, method, spec.variants[variant], mode)

    # A request violation Prism rates below "error" (a warning) gets no 4xx, but still means
    # the client sent something the spec does not describe; so does a response warning.
    if exchange.violations:
        pytest.fail(
            f"Prism accepted {method} but reported violations:\n"
            + describe_rejection(exchange, exchange.status, None),
            pytrace=False,
        )
    # What Prism cannot see: nested multipart fields (see tests/support/prism.py).
    http_method, path = OPERATIONS[method]
    if errors := check_multipart_request(target.spec, http_method, path, exchange):
        pytest.fail(f"{method}: the multipart body breaks the spec:\n" + "\n".join(errors), pytrace=False)

    _assert_returns(target.package, spec.returns, result, mode, exchange.response_body)
    if spec.returns.kind == "binary":
        assert isinstance(content, bytes) and content == exchange.response_body, content


def _assert_returns(pkg: ModuleType, returns: Returns, result: Any, mode: str, body: bytes) -> None:
    models = pkg.models
    if returns.kind == "binary":
        expected = pkg.BinaryResponse if mode == "sync" else pkg.AsyncBinaryResponse
        assert isinstance(result, expected), type(result)
        return
    item_type = getattr(models, returns.model)
    if returns.kind == "model":
        assert type(result) is item_type, f"{type(result).__name__} is not {returns.model}"
        _assert_strict(item_type, body)
        return
    page_type = pkg.SyncCursorPage if mode == "sync" else pkg.AsyncCursorPage
    assert isinstance(result, page_type), type(result)
    list_type = getattr(models, returns.page_model)
    assert isinstance(result, list_type), f"{type(result).__name__} is not a {returns.page_model}"
    _assert_strict(list_type, body)
    assert result.data, "Prism's example page should hold an item"
    for item in result.data:
        assert type(item) is item_type, f"{type(item).__name__} is not {returns.model}"


def _assert_strict(model_type: type[pydantic.BaseModel], body: bytes) -> None:
    """The generated models fall back to lenient parsing when strict validation fails (data
    from a newer API), so `type(result)` alone proves little. Prism's answer follows the spec:
    it must pass the model's own validation as sent."""
    try:
        model_type.model_validate_json(body)
    except pydantic.ValidationError as exc:
        pytest.fail(f"the response does not fit {model_type.__name__}:\n{exc}\nbody: {body[:2000]!r}", pytrace=False)


PLAIN_MESSAGE = {"role": "user", "content": "What is the capital of {{item.country}}?"}


@pytest.mark.xfail(
    strict=True,
    raises=PrismRejected,
    reason=(
        "spec mistake (ours and upstream): CreateEvalItem is a oneOf of a bare {role, content} "
        "message and EvalItem, and a plain text message matches both, so it is invalid; the "
        "branches overlap and need anyOf (or a discriminating `type`)"
    ),
)
@pytest.mark.parametrize("target_name", TARGETS)
async def test_plain_text_message(target: Target) -> None:
    """The most common prompt message, {"role": "user", "content": "text"}, in a grader."""
    grader = {**GRADERS_ALL[0], "input": [PLAIN_MESSAGE]}
    await _call(
        target,
        "evals.create",
        {"data_source_config": DATA_SOURCES_CONFIG_CUSTOM, "testing_criteria": [grader]},
        "sync",
    )


# ==========================================================================================
# The table itself
# ==========================================================================================


def test_table_covers_every_method() -> None:
    assert sorted(CALLS) == sorted(OPERATIONS)


@pytest.mark.parametrize("method", list(CALLS))
def test_table_gives_required_and_all_arguments(method: str) -> None:
    """"required" variants give exactly the required parameters, "all" variants every one,
    so a parameter added to the spec fails here until the table passes it."""
    import openai_evals

    client = openai_evals.OpenAI(api_key="sk-test", base_url="http://127.0.0.1:9")
    try:
        params = inspect.signature(_resolve(client, method)).parameters.values()
    finally:
        client.close()
    names = {p.name for p in params if p.name not in CLIENT_OPTIONS}
    required = {p.name for p in params if p.name not in CLIENT_OPTIONS and p.default is inspect.Parameter.empty}
    variants = CALLS[method].variants
    assert any(v.startswith("required") for v in variants)
    if names != required:
        assert any(v.startswith("all") for v in variants), "no variant with every argument"
    for variant, kwargs in variants.items():
        if variant.startswith("required"):
            assert set(kwargs) == required, variant
        elif variant.startswith("all"):
            assert set(kwargs) == names, variant
        else:
            pytest.fail(f"variant {variant!r} must start with 'required' or 'all'")
