"""Unit tests of the stages between the spec and the templates: selection (which method calls
which operation), type mapping (schema -> type expression and its imports), naming (every class
named once, nothing colliding) and the import block of a resource module."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from generator.plan import ir
from generator.machinery.cache import Cache
from generator.read.config import Config, MethodRef
from generator.errors import SpecError
from generator.plan.names import RESERVED_NAMES, name_classes, package_name
from generator.plan.operations import RESERVED_ARGUMENTS, build, context, derive_methods, select, type_of
from generator.pipeline import generate, plan
from generator.read.load import load_spec
from generator.emit.render import (_poll_example, _reference, _reference_returns, client_imports,
                              import_block, resource_imports)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "specs"
GOLDEN = ROOT / "tests" / "golden"


def _doc(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths,
            "components": {"schemas": schemas or {}, "parameters": {}, "responses": {},
                           "requestBodies": {}}}


def _op(**extra: Any) -> dict[str, Any]:
    return {"responses": {"204": {"description": "none"}}, **extra}


_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}


# -- selection -----------------------------------------------------------------------------------


def test_derived_method_never_hides_a_sub_resource() -> None:
    doc = _doc({
        "/evals/{id}/runs": {"post": _op(parameters=[_ID]), "get": _op(parameters=[_ID])},
        "/batches/{id}/cancel": {"post": _op(parameters=[_ID])},
    })
    methods = {(".".join(m.resource), m.name): (m.http_method, m.path)
               for m in derive_methods(doc)}
    assert methods == {
        ("evals.runs", "create"): ("post", "/evals/{id}/runs"),
        ("evals.runs", "list"): ("get", "/evals/{id}/runs"),
        ("batches", "cancel"): ("post", "/batches/{id}/cancel"),  # an action stays a method
    }


def test_config_method_named_like_a_sub_resource_is_an_error_naming_both() -> None:
    doc = _doc({"/a": {"get": _op()}, "/a/b": {"get": _op()}})
    config = Config(methods=(MethodRef(("x",), "y", "get", "/a"),
                             MethodRef(("x", "y"), "list", "get", "/a/b")))
    with pytest.raises(SpecError, match=r"x\.y \(GET /a\).*sub-resource holding GET /a/b"):
        select(doc, config)


def test_config_method_with_a_reserved_name_is_an_error() -> None:
    doc = _doc({"/a": {"get": _op()}})
    config = Config(methods=(MethodRef(("x",), "with_raw_response", "get", "/a"),))
    with pytest.raises(SpecError, match="reserved"):
        select(doc, config)


# -- type mapping --------------------------------------------------------------------------------


def _type(schema: dict[str, Any], *, params: bool = True, multipart: bool = False,
          schemas: dict[str, Any] | None = None) -> ir.TypeExpr:
    doc = _doc({}, schemas)
    ctx = context(doc, Config(methods=()), [])
    return type_of(ctx, schema, params=params, multipart=multipart)


@pytest.mark.parametrize("schema, params, text, imports", [
    ({"type": "string"}, True, "str", set()),
    ({"type": ["string", "null"]}, True, "str | None", set()),
    ({"enum": ["a", "b", None]}, True, 'Literal["a", "b"] | None', {("typing", "Literal")}),
    ({"const": 3}, True, "Literal[3]", {("typing", "Literal")}),
    ({"type": "array", "items": {"type": "string"}}, True, "SequenceNotStr[str]",
     {("_types", "SequenceNotStr")}),
    ({"type": "array", "items": {"type": "integer"}}, True, "Sequence[int]",
     {("typing", "Sequence")}),
    ({"type": "array", "items": {"type": "integer"}}, False, "list[int]", set()),
    ({"type": "object", "additionalProperties": {"type": "number"}}, True, "dict[str, float]",
     set()),
    ({"oneOf": [{"type": "integer"}, {"type": "null"}, {"type": "integer"}]}, True,
     "int | None", set()),
    ({}, True, "object", set()),
])
def test_type_mapping(schema: dict[str, Any], params: bool, text: str,
                      imports: set[tuple[str, str]]) -> None:
    expr = _type(schema, params=params)
    assert expr.render() == text
    assert {(i.module, i.name) for i in expr.all_imports()} == imports


def test_a_file_is_typed_by_what_it_is_not_by_its_text() -> None:
    upload = _type({"type": "string", "format": "binary"}, multipart=True)
    assert upload.is_file and upload == ir.FILE_INPUT
    assert not _type({"type": "string", "format": "binary"}).is_file  # only in multipart
    assert not ir.Named("FileTypes", "models").is_file  # a model that happens to be called so


def test_component_refs_are_named_after_lifting() -> None:
    schemas = {"Pet": {"type": "object", "properties": {"id": {"type": "string"}}}}
    expr = _type({"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
                 schemas=schemas)
    assert expr == ir.Sequence(ir.ClassRef("Pet", ir.Side.PARAMS))
    with pytest.raises(RuntimeError, match="before naming"):
        expr.render()
    named = expr.map(lambda n: ir.Named("PetParam", "params") if isinstance(n, ir.ClassRef)
                     else n)
    assert named.render() == "Sequence[PetParam]"
    assert {(i.module, i.name) for i in named.all_imports()} == {("typing", "Sequence"),
                                                                 ("params", "PetParam")}


# -- naming --------------------------------------------------------------------------------------


def test_resource_classes_never_take_a_model_param_or_runtime_name() -> None:
    schemas = {"Pets": {}, "AsyncFiles": {}, "Query": {}, "Runs": {}}
    names = name_classes(schemas, [("pets",), ("files",), ("query",), ("evals",),
                                   ("evals", "runs"), ("runs",)], {"Client", "AsyncClient"})
    classes = names.resources
    assert classes[("pets",)] == "PetsResource"  # the model `Pets` keeps its name
    assert classes[("files",)] == "FilesResource"  # `AsyncFiles` is a model
    assert classes[("query",)] not in RESERVED_NAMES | {"Query"}
    assert classes[("evals", "runs")] not in schemas and classes[("runs",)] not in schemas
    everything = [variant for name in classes.values() for variant in (
        name, "Async" + name, name + "WithRawResponse", "Async" + name + "WithRawResponse")]
    taken = set(names.models.values()) | set(names.params.values()) | {"Client", "AsyncClient"}
    assert len(everything) == len(set(everything)) and not set(everything) & taken
    assert len(set(names.modules.values())) == len(names.modules)


def test_param_class_names_are_decided_once() -> None:
    names = name_classes({"Foo": {}, "FooParam": {}, "Bar": {}}, [], set())
    assert names.params == {"Foo": "FooInputParam", "FooParam": "FooInputInputParam",
                            "Bar": "BarParam"}
    assert not set(names.params.values()) & set(names.models.values())
    assert names.of(ir.ClassRef("Foo", ir.Side.PARAMS)) == "FooInputParam"
    assert names.of(ir.ClassRef("Foo", ir.Side.MODELS)) == "Foo"


@pytest.mark.parametrize("title, package", [
    ("Swagger Petstore", "swagger_petstore"), ("Spotify Web API", "spotify_web_api"),
    ("OpenAI API", "openai_api"), ("3D API", "api_3d_api"), ("JSON", "json_client"),
    ("class", "class_client"), ("", "client"),
])
def test_package_name_from_title(title: str, package: str) -> None:
    assert package_name(title) == package


def test_arguments_never_take_a_name_the_body_uses() -> None:
    doc = _doc({"/x": {"get": _op(parameters=[
        {"name": n, "in": "query", "schema": {"type": "string"}}
        for n in ("type", "path_with", "cast", "timeout", "list")])}})
    built = build(doc, Config())
    (method,) = built.methods[("x",)]
    names = [p.py_name for p in method.operation.query_params]
    assert names == ["type", "path_with_", "cast_", "timeout_", "list"]
    assert not set(names) & RESERVED_ARGUMENTS


# -- imports -------------------------------------------------------------------------------------


def test_import_block_groups_and_sorts() -> None:
    block = import_block({ir.Import("_types", "Query"), ir.Import("_types", "NOT_GIVEN"),
                          ir.Import("typing", "Literal"), ir.Import("functools", "cached_property"),
                          ir.Import("_base_client", "path_with"),
                          ir.Import("_base_client", "SyncAPIClient"),
                          ir.Import("models", "Pet")}, "..")
    assert block == ("from functools import cached_property\n"
                     "from typing import Literal\n\n"
                     "from .._base_client import SyncAPIClient, path_with\n"
                     "from .._types import NOT_GIVEN, Query\n"
                     "from ..models import Pet")


def test_resource_imports_follow_the_operations() -> None:
    doc = _doc({"/files/{id}": {"get": {"parameters": [_ID], "responses": {"200": {
        "description": "bytes", "content": {"application/octet-stream": {}}}}}}})
    api = plan(doc, None).api
    imports = {(i.module, i.name) for i in resource_imports(api.resources[0])}
    assert {("_response", "BinaryResponse"), ("_base_client", "path_with")} <= imports
    assert ("types", "NoneType") not in imports and ("typing", "Literal") not in imports


# -- the models module agrees with the IR on classes and aliases ---------------------------------


def _defined(models_py: str) -> tuple[set[str], set[str]]:
    tree = ast.parse(models_py)
    classes = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
    aliases = {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets
               if isinstance(t, ast.Name)} | {n.target.id for n in tree.body
                                              if isinstance(n, ast.AnnAssign)
                                              and isinstance(n.target, ast.Name)}
    return classes, aliases


SPECS = sorted(p for p in GOLDEN.glob("*/spec.yaml")) + sorted(
    CORPUS / n for n in ("oai__petstore.yaml", "spotify__fixed-spotify-open-api.yml",
                         "opc__baseline_openapi_3.1.yaml") if (CORPUS / n).is_file())


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.parent.name if p.name == "spec.yaml"
                         else p.stem)
def test_response_class_or_alias_matches_the_models_module(spec: Path) -> None:
    """`cast_to` gets a cast exactly when the response model is an alias (a list, a union)."""
    config = spec.parent / "client.yaml"
    result = generate(spec, config if config.is_file() else None, Cache(None))
    classes, aliases = _defined(result.files[f"{result.package}/models.py"])
    checked = 0
    for resource in ir.walk(result.api.resources):
        for method in resource.methods:
            op = method.operation
            if op.response_kind is not ir.ResponseKind.MODEL:
                continue
            parsed = op.page_item if op.page_item is not None else op.sync_returns.type
            name = parsed.render()  # a page parses its items
            cast = op.sync_returns.cast
            assert isinstance(cast, ir.AsClass) and cast.of == parsed
            assert name in (classes if cast.is_class else aliases), (spec, name)
            checked += 1
    assert checked or spec.name == "spec.yaml"  # each corpus spec returns some model


# -- specs without operations --------------------------------------------------------------------


def test_components_only_spec_gives_a_models_package(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: Shapes, version: '1'}\npaths: {}\n"
                    "components:\n  schemas:\n    Circle:\n      type: object\n"
                    "      properties:\n        radius: {type: number}\n")
    result = generate(spec, None, Cache(None))
    assert result.package == "shapes"
    classes, _ = _defined(result.files["shapes/models.py"])
    assert classes == {"Circle"}
    assert not [p for p in result.files if p.startswith("shapes/resources/") and
                not p.endswith("__init__.py")]
    ast.parse(result.files["shapes/_client.py"])


# -- docstrings ----------------------------------------------------------------------------------


def test_docstrings_wrap_prose_and_keep_code() -> None:
    from generator.emit.format import LINE_LENGTH
    from generator.emit.render import _argdoc, _docstring

    prose = " ".join(["word"] * 60)
    code = "    " + "x = 1; " * 20
    text = _docstring(f"{prose}\n\n- {prose}\n\n```\n{'y' * 120}\n```\n{code}", 8)
    lines = text.split("\n")
    assert all(len(line) <= LINE_LENGTH for line in lines if "y" * 120 not in line
               and "x = 1" not in line)
    assert "y" * 120 in text and code.strip() in text  # code is never rewrapped
    bullet = [i for i, line in enumerate(lines) if line.strip().startswith("- word")][0]
    assert lines[bullet + 1].startswith(" " * 10 + "word")  # hanging indent under the bullet
    entry = _argdoc(prose, "expires_after").split("\n")
    assert len("          expires_after: " + entry[0]) <= LINE_LENGTH
    assert all(line.startswith(" " * 12) and len(line) <= LINE_LENGTH for line in entry[1:])


# -- request bodies ------------------------------------------------------------------------------


def _body_of(content: dict[str, Any], schemas: dict[str, Any] | None = None) -> ir.Operation:
    doc = _doc({"/x": {"post": _op(requestBody={"required": True, "content": content})}},
               schemas)
    built = build(doc, Config())
    assert not built.warnings, built.warnings
    return built.methods[("x",)][0].operation


@pytest.mark.parametrize("content, kind, media, arguments", [
    ({"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}},
      "application/x-www-form-urlencoded": {}}, "json", "application/json", ["a"]),
    ({"application/x-www-form-urlencoded": {"schema": {
        "type": "object", "properties": {"To": {"type": "string"}}}}}, "form",
     "application/x-www-form-urlencoded", ["to"]),
    ({"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
     "binary", "application/octet-stream", ["body"]),
    ({"image/png": {}}, "binary", "image/png", ["body"]),
    ({"application/json-patch+json": {"schema": {"type": "array", "items": {}}}},
     "json_value", "application/json-patch+json", ["body"]),
    ({"application/json": {"schema": {"type": "object",
                                      "additionalProperties": {"type": "integer"}}}},
     "json_value", "application/json", ["body"]),
    ({"application/json": {"schema": {"type": "object"}}}, "json", "application/json", []),
])
def test_body_kind_by_media_type_and_schema(content: dict[str, Any], kind: str, media: str,
                                            arguments: list[str]) -> None:
    op = _body_of(content)
    assert (op.body_kind, op.body_media) == (ir.BodyKind(kind), media)
    assert [p.py_name for p in op.body_params] == arguments
    if kind == "binary":
        assert op.body_params[0].type == ir.Named("FileContent", "_types")


def test_resources_never_hide_client_attributes() -> None:
    doc = _doc({"/close": {"post": _op()}, "/timeout/with_raw_response": {"get": _op()}})
    trails = {m.resource for m in derive_methods(doc)}
    assert trails == {("close_",), ("timeout_", "with_raw_response_")}
    config = Config(methods=(MethodRef(("close",), "create", "post", "/close"),))
    with pytest.raises(SpecError, match="'close' is reserved by the client"):
        select(doc, config)


# -- decisions made once, in the IR (templates only print) ---------------------------------------


def _returns(op: ir.Operation) -> tuple[str, str, str, str]:
    return (op.sync_returns.type.render(), op.sync_returns.cast.render(),
            op.async_returns.type.render(), op.async_returns.cast.render())


_PAGE = {"type": "object", "properties": {
    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
    "has_more": {"type": "boolean"}}}
_PET = {"type": "object", "properties": {"id": {"type": "string"}}}


def _answer(content: dict[str, Any] | None) -> dict[str, Any]:
    return {"responses": {"200" if content else "204": {
        "description": "d", **({"content": content} if content else {})}}}


def test_return_type_and_cast_are_decided_once_for_both_clients() -> None:
    after = {"name": "after", "in": "query", "schema": {"type": "string"}}
    doc = _doc({
        "/pets": {"get": {**_answer({"application/json": {"schema": {
            "$ref": "#/components/schemas/Page"}}}), "parameters": [after]}},
        "/pets/{id}": {"get": {**_answer({"application/json": {"schema": {
            "$ref": "#/components/schemas/Pet"}}}), "parameters": [_ID]},
            "delete": {**_answer(None), "parameters": [_ID]}},
        "/pets/{id}/photo": {"get": {**_answer({"image/png": {}}), "parameters": [_ID]}},
        "/pets/{id}/raw": {"get": {**_answer({"application/json": {"schema": {}}}),
                                   "parameters": [_ID]}},
        "/many": {"get": _answer({"application/json": {"schema": {
            "$ref": "#/components/schemas/Pets"}}})},
    }, {"Pet": _PET, "Page": _PAGE, "Pets": {"type": "array", "items": {
        "$ref": "#/components/schemas/Pet"}}})
    api = plan(doc, None).api
    ops = {".".join(r.trail + (m.name,)): m.operation for r in ir.walk(api.resources)
           for m in r.methods}
    assert _returns(ops["pets.list"]) == ("SyncCursorPage[Pet]", "Pet", "AsyncPageRequest[Pet]",
                                          "Pet")
    assert _returns(ops["pets.retrieve"]) == ("Pet", "Pet", "Pet", "Pet")
    assert _returns(ops["pets.delete"]) == ("None", "NoneType", "None", "NoneType")
    assert _returns(ops["pets.photo.list"]) == ("BinaryResponse", "BinaryResponse",
                                                "AsyncBinaryResponse", "AsyncBinaryResponse")
    assert _returns(ops["pets.raw.list"]) == ("object", "object", "object", "object")
    # a type alias is no class to a type checker: the runtime gets it through a cast
    assert _returns(ops["many.list"]) == ("Pets", 'cast("type[Pets]", Pets)', "Pets",
                                          'cast("type[Pets]", Pets)')
    assert ir.Import("typing", "cast") in ops["many.list"].imports()
    assert ir.Import("typing", "cast") not in ops["pets.retrieve"].imports()
    assert {ir.Import("_pagination", n) for n in ("SyncCursorPage", "AsyncPageRequest",
                                                  "first_sync_page")} <= ops["pets.list"].imports()
    assert ir.Import("types", "NoneType") in ops["pets.delete"].imports()
    assert ops["pets.photo.list"].accept == "image/png" and ops["pets.retrieve"].accept is None


@pytest.mark.parametrize("content, content_type", [
    ({"application/json": {"schema": {"type": "object", "properties": {"a": {}}}}}, None),
    ({"application/merge-patch+json": {"schema": {"type": "object", "properties": {"a": {}}}}},
     "application/merge-patch+json"),
    ({"application/json": {"schema": {"type": "array", "items": {}}}}, "application/json"),
    ({"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
        "a": {}}}}}, "application/x-www-form-urlencoded"),
    ({"multipart/form-data": {"schema": {"type": "object", "properties": {"a": {}}}}}, None),
    ({"image/png": {}}, "image/png"),
])
def test_content_type_is_named_only_when_it_is_not_the_json_default(
        content: dict[str, Any], content_type: str | None) -> None:
    op = _body_of(content)
    assert op.content_type == content_type
    options = op.options_arg
    assert ("content_type=" in options) == (content_type is not None), options


def test_the_call_is_data_printed_argument_by_argument() -> None:
    doc = _doc({"/files/{id}": {"post": {**_answer(None), "parameters": [_ID], "requestBody": {
        "content": {"multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                                       "properties": {
            "file": {"type": "string", "format": "binary"}, "purpose": {"type": "string"}}}}}}}}})
    (method,) = build(doc, Config()).methods[("files",)]
    op = method.operation
    assert [str(a) for a in op.request_args] == [
        'path_with("/files/{id}", {"id": id})', 'body={"purpose": purpose}',
        'files=given_files({"file": file})',
        "options=RequestOptions(extra_headers=extra_headers, extra_query=extra_query, "
        "extra_body=extra_body, timeout=timeout)"]
    assert [str(a) for a in op.forward] == ["id", "file=file", "purpose=purpose"]
    assert [(p.argument_type, p.default) for p in op.params] == [
        ("str", ""), ("FileTypes", ""), ("str | NotGiven", " = NOT_GIVEN")]


def test_poller_arguments_are_forwarded_as_data() -> None:
    fixture = GOLDEN / "polling"
    api = plan(load_spec(fixture / "spec.yaml"), fixture / "client.yaml").api
    pollers = {r.trail: r.poller for r in ir.walk(api.resources) if r.poller}
    exports = pollers[("projects", "exports")]
    options = "extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, " \
              "timeout=timeout"
    assert str(exports.fetch) == f"export_id, project_id=project_id, {options}"
    assert str(exports.create_call) == f"project_id, format=format, {options}"
    assert str(exports.refetch) == ("created.export_id, project_id=project_id, "
                                    "extra_headers=extra_headers, timeout=timeout")
    assert exports.terminal_text == "done or error"
    assert str(pollers[("jobs",)].refetch) == ("created.id, extra_headers=extra_headers, "
                                               "timeout=timeout")
    assert pollers[("reports",)].create is None and pollers[("reports",)].terminal_text == "ready"


def test_the_ir_is_frozen_and_its_kinds_are_enums() -> None:
    api = plan(_doc({"/a/{id}": {"get": {**_answer(None), "parameters": [_ID]}}}), None).api
    (resource,) = api.resources
    op = resource.methods[0].operation
    assert isinstance(op.response_kind, ir.ResponseKind) and op.body_kind is None
    for obj, attr in ((api, "resources"), (resource, "methods"), (resource, "module"),
                      (op, "path")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, attr, None)
    assert isinstance(resource.methods, tuple) and isinstance(api.resources, tuple)


def test_the_module_of_a_resource_is_decided_once_by_naming() -> None:
    """`a_b` and `a.b` would both be module `a_b`: naming decides, and the tree carries it."""
    doc = _doc({"/a_b": {"get": _answer(None)}, "/a/b": {"get": _answer(None)}})
    api = plan(doc, None).api
    modules = {r.trail: r.module for r in ir.walk(api.resources)}
    assert modules == {("a_b",): "a_b", ("a",): "a", ("a", "b"): "a_b_"}


def test_client_imports_come_from_the_one_import_derivation() -> None:
    plain = Config()
    block = import_block(client_imports(plain, ()), ".")
    assert block == ("from typing import Any, Mapping\n\n"
                     "import httpx\n\n"
                     "from ._auth import Scheme, Security\n"
                     "from ._base_client import DEFAULT_MAX_RETRIES, AsyncAPIClient, SyncAPIClient\n"
                     "from ._types import NOT_GIVEN, NotGiven, Timeout")
    # a token every call needs: the constructor raises the base error; a callable is accepted
    doc = _doc({"/a": {"get": _answer(None)}})
    doc["security"] = [{"oauth": []}]
    doc["components"] = {"securitySchemes": {"oauth": {"type": "openIdConnect"}}}
    planned = plan(doc, None)
    block = import_block(client_imports(planned.config, (), planned.api.auth), ".")
    assert "from typing import Any, Callable, Mapping\n" in block
    assert "SyncAPIClient, from_env, setup_logging\n" in block
    assert f"from ._exceptions import {planned.config.error_class}\n" in block
    logged = dataclasses.replace(plain, log_env="X_LOG")
    api = plan(_doc({"/a": {"get": _answer(None)}}), None).api
    block = import_block(client_imports(logged, api.resources), ".")
    assert block.startswith("import os\nfrom functools import cached_property\n"
                            "from typing import TYPE_CHECKING, Any, Mapping\n\nimport httpx\n\n")
    assert "SyncAPIClient, setup_logging\n" in block


def test_readme_examples_are_built_from_the_ir() -> None:
    fixture = GOLDEN / "polling"
    api = plan(load_spec(fixture / "spec.yaml"), fixture / "client.yaml").api
    polled = [r for r in ir.walk(api.resources) if r.poller]
    assert _poll_example(polled[1]) == ('projects.exports.poll("export_123", '
                                        'project_id="project_123", max_wait_seconds=3600)')
    start = next(m for r in polled for m in r.methods if m.name == "start")
    assert _reference(start) == "start(project_id, [format=])"
    assert _reference_returns(start) == "`Export`"


@pytest.mark.parametrize("template", sorted((ROOT / "templates").glob("*.jinja")),
                         ids=lambda p: p.name)
def test_templates_print_and_do_not_decide(template: Path) -> None:
    """No template switches on a kind, picks a cast, or builds a list of arguments: the IR
    decided those (a guard for the next edit, not a proof)."""
    text = template.read_text(encoding="utf-8")
    for decision in ("response_kind", "body_kind", "is_class", ".append(", ".insert(",
                     "set _ ="):
        assert decision not in text, f"{template.name} decides with `{decision}`"
