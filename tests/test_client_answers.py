"""Answers a user can read: every response of the 21 methods, as the real API sends it (the
upstream spec's own example responses) and broken one constraint at a time (hypothesis), comes
back as models at every depth, every declared field reads (absent -> None), and dumping warns
about nothing.

The examples break our spec in places (an output item's `sample.error` is null where the spec
requires an object), so they exercise the lenient path; the first test makes each call the first
one of a fresh process, where no earlier call has completed the nested models (issue 10).
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
import subprocess
import sys
import warnings
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.answers import (
    ROOT,
    UPSTREAM_SPEC,
    _fields,
    _is_model_class,
    _union_members,
    _unwrap,
    answer_root,
    call_arguments,
    methods,
    resolve_method,
    upstream_examples,
    walk_answer,
)
from tests.support.server import Reply, ScriptedServer

pytestmark = pytest.mark.usefixtures("client_env")

if not UPSTREAM_SPEC.exists():  # pragma: no cover
    pytest.fail(f"{UPSTREAM_SPEC} is missing: the upstream spec must sit next to the repository", pytrace=False)

EXAMPLES = upstream_examples()
TRAILS = sorted(EXAMPLES)


def test_every_method_but_the_download_has_an_example() -> None:
    assert set(methods()) - set(EXAMPLES) == {"files.content"}, sorted(EXAMPLES)
    assert len(EXAMPLES) == 20


def route_answer(server: ScriptedServer, trail: str, body: Any) -> None:
    """Route the call `call_arguments` makes for `trail` to `body`."""
    from openai_evals import OpenAI

    method, path = methods()[trail]
    func = resolve_method(OpenAI(api_key="k", base_url="http://127.0.0.1:1"), trail)
    _, _, concrete = call_arguments(func, path)
    server.route(method, "/v1" + concrete, Reply(json=body))


def package_path() -> str:
    return os.environ.get("CLIENT_PACKAGE_DIR") or str(ROOT / "generated")


@pytest.mark.parametrize("trail", TRAILS)
async def test_example_answer_in_a_fresh_process(kit: Any, trail: str) -> None:
    route_answer(kit.server, trail, EXAMPLES[trail])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), package_path()])}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-W", "error::UserWarning", "-m", "tests.support.answers", kit.mode, trail, kit.base_url,
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=120)
    assert proc.returncode == 0, err.decode()
    report = json.loads(out)
    assert report["problems"] == [], "\n".join(report["problems"])
    assert report["dict"] == EXAMPLES[trail]  # nothing lost, nothing invented
    assert len(kit.server.requests) == 1


async def test_eval_workflow_step_4_on_the_example(kit: Any) -> None:
    """The seed's eval workflow, step 4, on the example output items: the first call reads
    graders' names and scores and the sample's messages."""
    body = EXAMPLES["evals.runs.output_items.list"]
    route_answer(kit.server, "evals.runs.output_items.list", body)
    client = kit.make()
    page = await kit.call(client.evals.runs.output_items.list("run_id-1", eval_id="eval_id-1"))
    assert len(page.data) == len(body["data"]) > 0
    for item, sent in zip(page.data, body["data"]):
        assert sent["sample"]["error"] is None  # null in the example, required by the spec
        assert item.sample.error is None
        assert [m.role for m in item.sample.input] == [m["role"] for m in sent["sample"]["input"]]
        assert item.sample.output[0].content == sent["sample"]["output"][0]["content"]
        assert item.sample.usage.total_tokens == sent["sample"]["usage"]["total_tokens"]
        assert [(r.name, r.passed, r.score) for r in item.results] == [
            (r["name"], r["passed"], r["score"]) for r in sent["results"]
        ]


async def test_missing_deprecated_field_reads_none(kit: Any) -> None:
    body = EXAMPLES["files.retrieve"]
    assert "status" not in body  # the example leaves out the deprecated `status`
    route_answer(kit.server, "files.retrieve", body)
    file = await kit.call(kit.make().files.retrieve("file_id-1"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # deprecated, but a read never warns
        assert file.status is None
        assert file.model_dump()["status"] is None
        assert "status" not in file.to_dict()  # not sent, not invented
        assert file.to_dict() == body


async def test_batch_with_a_new_status_on_list(kit: Any) -> None:
    body = copy.deepcopy(EXAMPLES["batches.list"])
    body["data"][0]["status"] = "paused"
    route_answer(kit.server, "batches.list", body)
    page = await kit.call(kit.make().batches.list())
    batch = page.data[0]
    assert batch.status == "paused"
    assert batch.request_counts.completed == body["data"][0]["request_counts"]["completed"]
    assert batch.to_dict() == body["data"][0]


async def test_alias_field_on_the_lenient_path(kit: Any) -> None:
    """`schema` (a name pydantic reserves) is the field `schema_`; it reads on the lenient path
    too, in the first call of this client, with the rest of the eval left out."""
    body = copy.deepcopy(EXAMPLES["evals.retrieve"])
    del body["name"]  # required: strict parsing fails
    route_answer(kit.server, "evals.retrieve", body)
    evaluation = await kit.call(kit.make().evals.retrieve("eval_id-1"))
    assert evaluation.name is None
    assert evaluation.data_source_config.schema_ == body["data_source_config"]["schema"]
    assert evaluation.to_dict()["data_source_config"]["schema"] == body["data_source_config"]["schema"]
    assert evaluation.testing_criteria[0].name == body["testing_criteria"][0]["name"]


# -- one constraint broken at a time ---------------------------------------------------------


def mutation_sites(value: Any, annotation: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], str, str]]:
    """(path to an object in `value`, kind, field) for every way to break one constraint:
    a required field null or missing, an unknown enum value, an unknown union variant, an
    extra field."""
    annotation = _unwrap(annotation)
    origin = get_origin(annotation)
    sites: list[tuple[tuple[Any, ...], str, str]] = []
    if origin is list and isinstance(value, list):
        (item,) = get_args(annotation) or (Any,)
        for i, v in enumerate(value):
            sites += mutation_sites(v, item, path + (i,))
    elif origin is dict and isinstance(value, dict):
        _, item = get_args(annotation) or (Any, Any)
        for k, v in value.items():
            sites += mutation_sites(v, item, path + (k,))
    elif _is_model_class(annotation) and isinstance(value, dict):
        sites.append((path, "extra", ""))
        for name, info in _fields(annotation).items():
            key = info.alias or name
            if key not in value:
                continue
            if info.is_required():
                sites += [(path, "null", key), (path, "missing", key)]
            field_type = _unwrap(info.annotation)
            members = _union_members(field_type) if get_origin(field_type) is not None else [field_type]
            if any(get_origin(_unwrap(m)) is Literal for m in members) and isinstance(value[key], str):
                sites.append((path, "enum", key))
            if isinstance(value[key], dict) and "type" in value[key] and sum(_is_model_class(m) for m in members) > 1:
                sites.append((path + (key,), "variant", "type"))
            sites += mutation_sites(value[key], info.annotation, path + (key,))
    elif origin is not None and isinstance(value, (dict, list)):  # a union: the member it matches
        for member in _union_members(annotation):
            member = _unwrap(member)
            if _is_model_class(member) and isinstance(value, dict):
                tag = value.get("type")
                fields = _fields(member)
                if tag is None or ("type" in fields and f"'{tag}'" in str(fields["type"].annotation)):
                    return mutation_sites(value, member, path)
            elif get_origin(member) is list and isinstance(value, list):
                return mutation_sites(value, member, path)
    return sites


NEW_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=3, max_size=12)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@dataclass
class Break:
    """One constraint broken in a copy of an example: at `path`, `kind` applied to `key`."""

    body: Any
    path: tuple[Any, ...]
    kind: str
    key: str
    value: Any = None

    def __str__(self) -> str:
        return f"{self.kind} at {'/'.join(map(str, self.path))} {self.key} {self.value!r}"


@st.composite
def broken_answers(draw: Any, trail: str, model: type[Any]) -> Break:
    body = copy.deepcopy(EXAMPLES[trail])
    path, kind, key = draw(st.sampled_from(mutation_sites(body, model)))
    target = body
    for step in path:
        target = target[step]
    value: Any = None
    if kind == "missing":
        del target[key]
    elif kind in ("enum", "variant"):
        value = "new_" + draw(NEW_WORDS)
    elif kind == "extra":
        key = "x_" + draw(NEW_WORDS.filter(lambda w: "x_" + w not in target))
        value = draw(JSON_VALUES)
    if kind != "missing":
        target[key] = value
    return Break(body, path, kind, key, value)


def attribute(obj: Any, key: str) -> Any:
    """What a user reads for the JSON key `key` of `obj` (a model: by its field's name)."""
    if isinstance(obj, pydantic.BaseModel):
        for name, info in type(obj).model_fields.items():
            if (info.alias or name) == key:
                key = name
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a deprecated field's read never warns
            return getattr(obj, key)
    return obj[key]


def check_break(root: Any, broken: Break) -> None:
    """The broken part reads as a user expects: None for a required field null or left out,
    the new value of an enum, an `Unknown` model for a new variant, the extra field as sent."""
    from openai_evals import Unknown

    target = root
    for step in broken.path:
        target = target[step] if isinstance(step, int) else attribute(target, step)
    got = attribute(target, broken.key)
    if broken.kind == "variant":
        assert isinstance(target, Unknown), f"{broken}: {type(target).__name__}"
    assert got == broken.value and type(got) is type(broken.value), f"{broken}: read {got!r}"


def call_once(mode: str, base_url: str, trail: str) -> Any:
    from openai_evals import AsyncOpenAI, OpenAI

    method, path = methods()[trail]
    if mode == "sync":
        client = OpenAI(api_key="k", base_url=base_url, max_retries=0)
        func = resolve_method(client, trail)
        args, kwargs, _ = call_arguments(func, path)
        try:
            return func(*args, **kwargs)
        finally:
            client.close()

    async def run() -> Any:
        async with AsyncOpenAI(api_key="k", base_url=base_url, max_retries=0) as client:
            func = resolve_method(client, trail)
            args, kwargs, _ = call_arguments(func, path)
            return await func(*args, **kwargs)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("trail", TRAILS)
def test_broken_answers(client_server: ScriptedServer, mode: str, trail: str) -> None:
    base_url = client_server.url + "/v1"
    route_answer(client_server, trail, EXAMPLES[trail])
    model = type(answer_root(call_once(mode, base_url, trail)))

    @settings(max_examples=25, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(broken_answers(trail, model))
    def check(broken: Break) -> None:
        route_answer(client_server, trail, broken.body)
        result = call_once(mode, base_url, trail)
        problems = walk_answer(result)
        assert problems == [], f"{broken}:\n" + "\n".join(problems)
        root = answer_root(result)
        check_break(root, broken)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert root.to_dict() == broken.body, str(broken)

    check()
    assert client_server.errors == []
