"""Naming (`generator/names.py`) on its own: identifiers from spec text, class names for
schemas, params and resources, and the stable names of lifted inline schemas."""

from __future__ import annotations

import keyword

import pytest

from generator.names import (RESERVED_NAMES, SchemaNamer, component_names, name_classes,
                             package_name, param_class_names, pascal, python_identifier, snake)


@pytest.mark.parametrize("text, expected", [
    ("per_model_usage", "PerModelUsage"), ("EvalRun", "EvalRun"), ("eval-run.v2", "EvalRunV2"),
    ("2fa code", "_2faCode"), ("Ünïcödé", "Unicode"), ("", "Unnamed"), ("!!!", "Unnamed")])
def test_pascal(text: str, expected: str) -> None:
    assert pascal(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("createdAt", "created_at"), ("user-name", "user_name"), ("HTTPCode", "httpcode"),
    ("page size", "page_size"), ("1st", "_1st"), ("", "value")])
def test_snake(text: str, expected: str) -> None:
    assert snake(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("class", "class_"), ("from", "from_"), ("match", "match_"), ("type", "type"),
    ("async", "async_"), ("userName", "user_name")])
def test_python_identifier(text: str, expected: str) -> None:
    name = python_identifier(text)
    assert name == expected and name.isidentifier()
    assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name)


def test_component_names_unique_and_never_reserved() -> None:
    names = component_names({"pet": {}, "Pet": {}, "List": {}, "list": {}, "BaseModel": {}})
    assert names == {"pet": "Pet", "Pet": "PetSchema", "List": "ListModel",
                     "list": "ListModelSchema", "BaseModel": "BaseModelModel"}
    assert not set(names.values()) & RESERVED_NAMES


def test_param_class_names_never_take_a_model_name() -> None:
    names = param_class_names(["Pet", "PetParam", "Param", "Foo", "FooInputParam"])
    assert names == {"Pet": "PetInputParam",  # `PetParam` is a model
                     "PetParam": "PetInputInputParam",  # and `PetInputParam` is taken now
                     "Param": "ParamParam", "Foo": "FooParam",
                     "FooInputParam": "FooInputInputParam"}
    values = list(names.values())
    assert len(set(values)) == len(values)
    assert not set(values) & {"Pet", "PetParam", "Param", "Foo", "FooInputParam"}


def test_resource_classes_take_what_is_left() -> None:
    names = name_classes({"Pets": {}}, [("pets",), ("async_jobs",), ("evals",), ("evals", "runs"),
                                       ("runs",), ("things",), ("things", "runs"), ("__init__",)],
                         set())
    assert names.resources == {
        ("pets",): "PetsResource",  # the model `Pets` keeps its name
        ("async_jobs",): "AsyncJobs",  # may start with `Async` (its twin: AsyncAsyncJobs)
        ("evals",): "Evals", ("evals", "runs"): "Runs",
        ("runs",): "RunsResource",  # taken by evals.runs
        ("things",): "Things", ("things", "runs"): "ThingsRuns",  # prefixed by its parent
        ("__init__",): "Init"}
    assert names.modules[("evals", "runs")] == "evals_runs"
    assert names.modules[("__init__",)] == "__init___"  # never the package's __init__
    assert names.models == {"Pets": "Pets"} and names.params == {"Pets": "PetsParam"}


def test_resource_classes_avoid_reserved_and_runtime_names() -> None:
    names = name_classes({}, [("headers",), ("query",), ("sync_api_client",)], {"Query"})
    assert names.resources[("headers",)] == "HeadersResource"
    assert names.resources[("query",)] == "QueryResource"
    assert names.resources[("sync_api_client",)] == "SyncApiClient"


@pytest.mark.parametrize("title, expected", [
    ("Swagger Petstore", "swagger_petstore"), ("OpenAI API", "openai_api"), ("API", "api_client"),
    ("json", "json_client"), ("class", "class_client"), ("3D Printing", "api_3d_printing"),
    ("", "client"), ("Ünïcödé Sérvice", "unicode_service")])
def test_package_name(title: str, expected: str) -> None:
    assert package_name(title) == expected


def test_inline_objects_are_lifted_under_their_path() -> None:
    namer = SchemaNamer({"EvalRun": {"type": "object", "properties": {
        "result_counts": {"type": "object", "properties": {"passed": {"type": "integer"}}},
        "items": {"type": "array", "items": {"type": "object",
                                             "properties": {"x": {"type": "string"}}}}}}})
    out = namer.run()
    assert list(out) == ["EvalRun", "EvalRunResultCounts", "EvalRunItems"]  # parent first
    props = out["EvalRun"]["properties"]
    assert props["result_counts"] == {"$ref": "#/components/schemas/EvalRunResultCounts"}
    assert props["items"]["items"] == {"$ref": "#/components/schemas/EvalRunItems"}
    assert namer.origin["EvalRun"] == "/components/schemas/EvalRun"


def test_a_name_depends_only_on_its_own_path() -> None:
    """A schema added elsewhere renames nothing that was there."""
    inline = {"type": "object", "properties": {"meta": {"type": "object", "properties": {
        "k": {"type": "string"}}}}}
    before = SchemaNamer({"Run": inline}).run()
    after = SchemaNamer({"Aaa": inline, "Run": inline, "RunMetaX": {"type": "string"}}).run()
    assert {k: v for k, v in after.items() if k.startswith("Run")}.keys() >= before.keys()
    assert after["Run"] == before["Run"] and after["RunMeta"] == before["RunMeta"]
