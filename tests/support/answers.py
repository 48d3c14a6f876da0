"""What a user reads from an answer: the upstream spec's example responses of the 21 methods, a
call of each method against the scripted server, and a walk of the object it returns.

`walk()` reads every declared field and every extra field of every model at every depth (a
field the server left out must read as None; no read may warn, a deprecated field's neither),
checks that each value has the shape its annotation declares (a model where a model is
declared, never the dict it came from; lists, dicts and union members alike), and dumps every
model with serializer warnings turned into errors. It returns the problems it found, as strings.

Run as a script (`python -m tests.support.answers MODE TRAIL BASE_URL`) it makes one call in a
fresh process and prints the problems as JSON: how tests/test_client_answers.py checks the
first call of a process, before any other call has completed a model.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
import sys
import warnings
from functools import lru_cache
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, ForwardRef, Literal, Union, get_args, get_origin

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
# ../shared next to the repository (or next to a folder above it, for a git worktree)
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "openapi").is_dir()), ROOT.parent / "shared")
UPSTREAM_SPEC = SHARED / "openapi" / "openai-2026-08-21.yaml"
CLIENT_CONFIG = ROOT / "spec" / "client.yaml"


# -- the methods and their example responses -------------------------------------------------


def methods() -> dict[str, tuple[str, str]]:
    """`evals.runs.list` -> ("GET", "/evals/{eval_id}/runs"), from spec/client.yaml."""
    config = yaml.safe_load(CLIENT_CONFIG.read_text(encoding="utf-8"))
    found: dict[str, tuple[str, str]] = {}

    def visit(node: dict[str, Any], trail: tuple[str, ...]) -> None:
        for key, value in node.items():
            if isinstance(value, dict):
                visit(value, trail + (key,))
            else:
                method, path = value.split(" ", 1)
                found[".".join(trail + (key,))] = (method, path)

    visit(config["resources"], ())
    return found


@lru_cache(maxsize=1)
def upstream_examples() -> dict[str, Any]:
    """Method trail -> the upstream spec's example response body (parsed JSON), for the methods
    whose operation has one (`files.content` answers bytes and has none)."""
    spec = yaml.load(UPSTREAM_SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    found: dict[str, Any] = {}
    for trail, (method, path) in methods().items():
        examples = spec["paths"][path][method.lower()].get("x-oaiMeta", {}).get("examples")
        for example in examples if isinstance(examples, list) else [examples]:
            if isinstance(example, dict) and isinstance(example.get("response"), str):
                found[trail] = loads_example(example["response"])
                break
    return found


def loads_example(text: str) -> Any:
    """An example response of the spec's docs: pretty-printed JSON, but hand-written, with a
    trailing comma here and there, a `{ ... }` standing for more list items (dropped) and, once,
    a closing brace missing (restored from the indentation, which is right)."""
    text = re.sub(r",\s*\{ \.\.\. \}", "", text)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    try:
        return json.loads(text)
    except ValueError:
        pass
    closers = {"{": "}", "[": "]"}
    lines: list[str] = []
    open_: list[tuple[str, int]] = []  # (bracket, indent of its line)
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        first, last = line.strip()[:1], line.rstrip()[-1:]
        if first in ("}", "]"):
            while open_ and open_[-1][1] > indent:  # a bracket left open inside this one
                bracket, at = open_.pop()
                lines.append(" " * at + closers[bracket])
            if open_:
                open_.pop()
        if last in closers:
            open_.append((last, indent))
        lines.append(line)
    return json.loads("\n".join(lines))


def call_arguments(func: Any, path: str) -> tuple[list[Any], dict[str, Any], str]:
    """Arguments for a call with only the required parameters, and the path it requests.
    Values are placeholders: the scripted server answers whatever the body holds."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(func).parameters.items():
        if param.default is not inspect.Parameter.empty:
            continue
        value: Any = b"line\n" if name == "file" else f"{name}-1"
        path = path.replace("{" + name + "}", f"{name}-1")
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[name] = value
    return args, kwargs, path


def resolve_method(client: Any, trail: str) -> Any:
    target = client
    for attr in trail.split("."):
        target = getattr(target, attr)
    return target


def answer_root(result: Any) -> Any:
    """The model a call returned: the list object of a page, else the result itself."""
    return getattr(result, "response", result) if type(result).__name__.endswith("CursorPage") else result


# -- the walk ----------------------------------------------------------------------------------


def _unwrap(annotation: Any) -> Any:
    from typing_extensions import TypeAliasType

    while True:
        if isinstance(annotation, TypeAliasType):
            annotation = annotation.__value__
        elif get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
        else:
            return annotation


def _fields(model: type[Any]) -> dict[str, Any]:
    # The walk runs after the call: completing the model here cannot help the call succeed.
    if not model.__pydantic_complete__:
        model.model_rebuild()
    return dict(model.model_fields)


def _is_model_class(annotation: Any) -> bool:
    import pydantic

    return isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel)


def _union_members(annotation: Any) -> list[Any]:
    members: list[Any] = []
    for member in get_args(annotation):
        member = _unwrap(member)
        if get_origin(member) in (Union, UnionType):
            members.extend(_union_members(member))
        elif member is not type(None):
            members.append(member)
    return members


def _shape_problem(value: Any, annotation: Any) -> str | None:
    """Why `value` does not have the shape `annotation` declares (None when it does). A value
    may be None (left out or null), a scalar may be anything the server sent (a new enum value,
    a changed type); an object must be a model wherever one is declared."""
    import pydantic

    from openai_evals import Unknown

    annotation = _unwrap(annotation)
    origin = get_origin(annotation)
    if value is None or annotation is Any or origin is Literal:
        return None
    if _is_model_class(annotation):
        if isinstance(value, annotation):
            return None
        return f"a {type(value).__name__} where the model {annotation.__name__} is declared"
    if origin in (Union, UnionType):
        members = _union_members(annotation)
        if any(_shape_problem(value, m) is None for m in members):
            if isinstance(value, dict) and any(_is_model_class(m) for m in members):
                return f"a dict where one of the models {[m.__name__ for m in members if _is_model_class(m)]} is declared"
            return None
        if isinstance(value, Unknown) and any(_is_model_class(m) for m in members):
            return None
        return f"a {type(value).__name__} where {annotation} is declared"
    if origin is list:
        if not isinstance(value, list):
            return f"a {type(value).__name__} where a list is declared"
        return None
    if origin is dict:
        if not isinstance(value, dict):
            return f"a {type(value).__name__} where a dict is declared"
        return None
    if isinstance(value, (dict, pydantic.BaseModel)) and annotation in (str, int, float, bool):
        return f"an object where {annotation.__name__} is declared"
    return None


def _children(value: Any, annotation: Any) -> list[tuple[str, Any, Any]]:
    """(path suffix, child value, child annotation) of a list or dict value."""
    annotation = _unwrap(annotation)
    origin = get_origin(annotation)
    if origin in (Union, UnionType):  # the member the value matches
        for member in _union_members(annotation):
            if _shape_problem(value, member) is None and get_origin(_unwrap(member)) in (list, dict):
                return _children(value, member)
        return []
    if origin is list and isinstance(value, list):
        (item,) = get_args(annotation) or (Any,)
        return [(f"[{i}]", v, item) for i, v in enumerate(value)]
    if origin is dict and isinstance(value, dict):
        _, item = get_args(annotation) or (Any, Any)
        return [(f"[{k!r}]", v, item) for k, v in value.items()]
    return []


def walk(value: Any, annotation: Any, path: str = "answer") -> list[str]:
    """Every problem found reading `value` (declared as `annotation`) at every depth."""
    import pydantic

    problems: list[str] = []
    shape = _shape_problem(value, annotation)
    if shape:
        problems.append(f"{path}: {shape}")
    if isinstance(value, pydantic.BaseModel):
        problems += _walk_model(value, path)
    for suffix, child, child_annotation in _children(value, annotation):
        problems += walk(child, child_annotation, path + suffix)
    return problems


def _walk_model(model: Any, path: str) -> list[str]:
    problems: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for mode in ("python", "json"):
            try:
                model.model_dump(mode=mode)
                model.model_dump(mode=mode, by_alias=True, exclude_unset=True)
            except Exception as exc:  # noqa: BLE001 - a serializer warning is an error here
                problems.append(f"{path}.model_dump(mode={mode!r}): {type(exc).__name__}: {exc}")
        try:
            model.model_dump_json()
            model.to_dict()
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{path}.model_dump_json(): {type(exc).__name__}: {exc}")
    for name, info in _fields(type(model)).items():
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a deprecated field too: reads never warn
            try:
                child = getattr(model, name)
            except Exception as exc:  # noqa: BLE001 - every declared field must read
                problems.append(f"{path}.{name}: {type(exc).__name__}: {exc}")
                continue
        problems += walk(child, info.annotation, f"{path}.{name}")
    for name in model.model_extra or {}:
        try:
            getattr(model, name)
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{path}.{name} (extra): {type(exc).__name__}: {exc}")
    return problems


def unresolved_fields(model: type[Any]) -> list[str]:
    """The fields whose annotation is still a `ForwardRef`, in `model` and every model class
    its annotations name (union members included), read as a user reads them (`model_fields`,
    nothing rebuilt first): the SDK's `assert_matches_type` and other field walkers need
    classes there. Runs before `walk`, which completes the classes it reaches."""
    problems: list[str] = []
    seen: set[type[Any]] = set()
    todo = [model]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for name, info in cls.model_fields.items():
            stack = [info.annotation]
            while stack:
                annotation = _unwrap(stack.pop())
                if get_origin(annotation) is Literal:
                    continue
                if isinstance(annotation, (str, ForwardRef)):
                    problems.append(f"{cls.__name__}.{name}: unresolved {annotation!r}")
                elif _is_model_class(annotation):
                    todo.append(annotation)
                else:
                    stack.extend(get_args(annotation))
    return problems


def walk_answer(result: Any) -> list[str]:
    """Problems in what a method returned (a model, or a page of models)."""
    root = answer_root(result)
    problems = unresolved_fields(type(root)) + walk(root, type(root))
    if root is not result:  # a page: its items are the list object's items
        items = list(result.data)
        if [id(i) for i in items] != [id(i) for i in getattr(root, "data", None) or []]:
            problems.append("page.data is not the list object's data")
    return problems


# -- one call in a fresh process -----------------------------------------------------------------


def first_call(mode: str, trail: str, base_url: str) -> dict[str, Any]:
    """Call `trail` once (the first call of this process) and walk what it returned."""
    from openai_evals import AsyncOpenAI, OpenAI

    method, path = methods()[trail]
    if mode == "sync":
        with OpenAI(api_key="sk-test", base_url=base_url, max_retries=0) as client:
            func = resolve_method(client, trail)
            args, kwargs, _ = call_arguments(func, path)
            result = func(*args, **kwargs)
            return {"type": type(answer_root(result)).__name__, "problems": walk_answer(result), "dict": _to_dict(result)}

    async def run() -> dict[str, Any]:
        async with AsyncOpenAI(api_key="sk-test", base_url=base_url, max_retries=0) as client:
            func = resolve_method(client, trail)
            args, kwargs, _ = call_arguments(func, path)
            result = await func(*args, **kwargs)
            return {"type": type(answer_root(result)).__name__, "problems": walk_answer(result), "dict": _to_dict(result)}

    return asyncio.run(run())


def _to_dict(result: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return answer_root(result).to_dict()


if __name__ == "__main__":
    print(json.dumps(first_call(*sys.argv[1:4])))
