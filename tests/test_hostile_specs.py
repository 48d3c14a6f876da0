"""Broken and hostile specs: a short error that names the cause and place, or correct code.

Every case runs the CLI in-process against an output folder that already holds a previous
generation; a failure must leave that folder exactly as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.cli import main

MINIMAL_OP = """
  /things/{thing_id}:
    get:
      operationId: getThing
      parameters:
        - {name: thing_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
"""


def spec(paths: str = MINIMAL_OP, schemas: str = "  Thing: {type: object, properties: {id: {type: string}}}\n",
         header: str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n") -> str:
    return f"{header}paths:{paths}components:\n  schemas:\n{textwrap.indent(schemas, '  ')}"


ERRORS = {
    "invalid_yaml": ("openapi: 3.1.0\npaths: {\n  /a: [\n", r"invalid YAML.*", "spec.yaml:"),
    "not_openapi": ("title: hello\nitems: [1, 2]\n", r"not an OpenAPI document", "#"),
    "swagger_2": ("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
                  r"Swagger 2.0 is not supported", "#/swagger"),
    "top_level_list": ("- a\n- b\n", r"expected a mapping", "spec.yaml"),
    "schemas_not_mapping": ("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: [1]}\n",
                            r"must be a mapping", "#/components/schemas"),
    "missing_ref": (spec(schemas="  Thing: {type: object, properties: {owner: {$ref: '#/components/schemas/Nobody'}}}\n"),
                    r"missing schema 'Nobody'", "spec.yaml:17 #/components/schemas/Thing/properties/owner/$ref:"),
    "duplicate_operation_id": (spec(paths=MINIMAL_OP + MINIMAL_OP.replace("/things/{thing_id}", "/others/{thing_id}")),
                               r"duplicate operationId 'getThing'", "#/paths/~1others~1{thing_id}/get/operationId"),
    "undeclared_path_param": (spec(paths=MINIMAL_OP.replace("/things/{thing_id}", "/things/{thing_id}/{part}")),
                              r"path parameter \{part\} .* is not declared", "/get/parameters"),
    "paths_not_mapping": ("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: [1]\n",
                          r"`paths` must be a mapping", "#/paths"),
    "parameter_without_name": (spec(paths=MINIMAL_OP.replace("- {name: thing_id, in: path, required: true, schema: {type: string}}", "- {in: query}")),
                               r"parameter needs `name` and `in`", "/parameters/0"),
}


@pytest.fixture()
def previous_output(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    (out / "pkg").mkdir(parents=True)
    (out / "pkg" / "__init__.py").write_text("# previous generation\n")
    return out


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_bad_spec_gives_short_error_and_keeps_output(name: str, tmp_path: Path, previous_output: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    text, message, where = ERRORS[name]
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    before = _snapshot(previous_output)
    code = main(["--spec", str(path), "--out", str(previous_output)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, err
    import re
    assert re.search(message, lines[0]), lines[0]
    assert where in lines[0], lines[0]
    assert _snapshot(previous_output) == before
    assert sorted(p.name for p in previous_output.parent.iterdir()) == ["out", "spec.yaml"]


def test_invalid_yaml_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: t}\npaths:\n  /a:\n    get: [\n")
    assert main(["--spec", str(path), "--out", str(tmp_path / "o")]) == 2
    assert f"{path}:6" in capsys.readouterr().err or f"{path}:5" in capsys.readouterr().err


def test_config_naming_a_missing_operation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "spec.yaml").write_text(spec())
    (tmp_path / "client.yaml").write_text("package: p\nresources:\n  things:\n    list: GET /things\n")
    code = main(["--spec", str(tmp_path / "spec.yaml"), "--config", str(tmp_path / "client.yaml"),
                 "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2 and "GET /things" in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_unknown_config_key_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "spec.yaml").write_text(spec())
    (tmp_path / "client.yaml").write_text("package: p\npagination:\n  cursor: after\n")
    assert main(["--spec", str(tmp_path / "spec.yaml"), "--config", str(tmp_path / "client.yaml"),
                 "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "unknown key 'cursor'" in err and "#/pagination/cursor" in err


def test_config_errors_point_at_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "spec.yaml").write_text(spec())
    (tmp_path / "client.yaml").write_text("package: p\nresources:\n  things:\n    get: FETCH /x\n")
    assert main(["--spec", str(tmp_path / "spec.yaml"), "--config", str(tmp_path / "client.yaml"),
                 "--out", str(tmp_path / "o")]) == 2
    assert "#/resources/things/get" in capsys.readouterr().err


@pytest.mark.parametrize("entry, message", [
    ("{X-Lang: language}", "unknown platform value 'language' (did you mean 'lang'?)"),
    ("{'X Lang': lang}", "'X Lang' is not an HTTP header name"),
    ("[lang]", "`platform_headers` must map header names to values"),
])
def test_platform_headers_config_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        entry: str, message: str) -> None:
    (tmp_path / "spec.yaml").write_text(spec())
    (tmp_path / "client.yaml").write_text(f"package: p\nclient:\n  platform_headers: {entry}\n")
    assert main(["--spec", str(tmp_path / "spec.yaml"), "--config", str(tmp_path / "client.yaml"),
                 "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert message in err and "#/client/platform_headers" in err and "Traceback" not in err
    assert f"{tmp_path / 'client.yaml'}:3" in err


# -- specs that must generate correct code -------------------------------------------------------

CANARY = "HOSTILE_CANARY"
PAYLOAD = f"__import__('os').environ.setdefault('{CANARY}', '1')"
NASTY = [
    'say "hi" and \'bye\'',
    'triple """ quotes and \'\'\' too',
    "back\\slash \\n \\x00 \\u1234 at the end\\",
    "new\nline",
    "{{ jinja }} {% if x %}{% endif %} {# c #}",
    f"\"); {PAYLOAD}; (\"",
    f"'''); {PAYLOAD}; ('''",
    f'"""); {PAYLOAD}; ("""',
]

HOSTILE = {
    "openapi": "3.1.0",
    "info": {"title": 'A "hostile" """ spec', "version": "1"},
    "paths": {
        "/items/{item-id}": {
            "post": {
                "operationId": "createItem",
                "summary": NASTY[1],
                "description": "\n".join(NASTY),
                "parameters": [
                    {"name": "item-id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "class", "in": "query", "schema": {"type": "string", "enum": NASTY[:3]}},
                    {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                    {"name": "extra_headers", "in": "query", "schema": {"type": "string"}},
                    {"name": "self", "in": "query", "schema": {"type": "string"}},
                    {"name": "2fa", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "ñandú", "in": "query", "description": NASTY[5], "schema": {"type": "string"}},
                ],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Item"}}}}},
            }
        }
    },
    "components": {"schemas": {
        "Item": {
            "type": "object",
            "description": "\n".join(NASTY),
            "required": ["class"],
            "properties": {
                "class": {"type": "string", "enum": NASTY, "description": NASTY[6]},
                "model_name": {"type": "string"},
                "model_config": {"type": "string"},
                "schema": {"type": "object"},
                "json": {"type": "string", "default": NASTY[7]},
                "copy": {"type": "integer"},
                "dict": {"type": "boolean"},
                "validate": {"type": "string"},
                "from": {"type": "string", "title": NASTY[5]},
                "list": {"type": "array", "items": {"type": "string"}},
                "1st": {"type": "string"},
                "with-dash": {"type": "string"},
                "ünïcode": {"type": "string"},
                "released": {"type": "string", "enum": ["2024-01-01"]},
                "parent": {"$ref": "#/components/schemas/Item"},
                "tree": {"$ref": "#/components/schemas/Node"},
            },
        },
        "Node": {"type": "object", "properties": {
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "other": {"$ref": "#/components/schemas/Other"}}},
        "Other": {"type": "object", "properties": {"back": {"$ref": "#/components/schemas/Node"}}},
        "class": {"type": "object", "properties": {"x": {"type": "string"}}},
        "2Fast": {"type": "object", "properties": {"x": {"type": "string"}}},
        "Ärger-Typ": {"type": "object", "properties": {"x": {"type": "string"}}},
    }},
}


def test_hostile_spec_generates_safe_working_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_path = tmp_path / "hostile.json"
    spec_path.write_text(json.dumps(HOSTILE))
    out = tmp_path / "out"
    code = main(["--spec", str(spec_path), "--out", str(out), "--no-cache"])
    assert code == 0, capsys.readouterr().err
    env = {k: v for k, v in os.environ.items() if k != CANARY}
    env["PYTHONPATH"] = str(out)
    script = textwrap.dedent(f"""
        import os, json, sys
        import a_hostile_spec, a_hostile_spec.models, a_hostile_spec.params  # from the title
        import a_hostile_spec.resources.items as items
        assert "{CANARY}" not in os.environ, "spec text was executed"
        from a_hostile_spec.models import Item
        doc = {{"class": {json.dumps(NASTY[5])}, "model_name": "m", "schema": {{"a": 1}},
               "json": "j", "from": "f", "1st": "one", "with-dash": "d", "copy": 3,
               "parent": {{"class": {json.dumps(NASTY[0])}}}, "tree": {{"children": [{{"children": []}}]}}}}
        item = Item.model_validate(doc)
        assert json.loads(item.model_dump_json(by_alias=True, exclude_unset=True)) == doc, item
        import inspect
        sig = inspect.signature(items.Items.update)
        names = list(sig.parameters)
        assert len(names) == len(set(names))
        print(names)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    names = eval(proc.stdout)
    for ours in ("timeout", "extra_headers", "self"):
        assert names.count(ours) == 1


def test_yaml_dates_stay_strings(tmp_path: Path) -> None:
    text = spec(schemas="  Thing:\n    type: object\n    properties:\n      day: {type: string, enum: [2024-01-01, 2024-02-29]}\n")
    (tmp_path / "s.yaml").write_text(text)
    assert main(["--spec", str(tmp_path / "s.yaml"), "--out", str(tmp_path / "o"), "--no-cache"]) == 0
    models = (tmp_path / "o" / "t" / "models.py").read_text()  # the package is named by the title
    assert 'Literal["2024-01-01", "2024-02-29"]' in models
