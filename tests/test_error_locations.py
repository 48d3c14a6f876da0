"""Error messages point at the place in the file that is wrong: the file (the config file for a
config mistake), the line, the JSON pointer of the `$ref` or key, and the closest existing name
when one is misspelt. Every case runs the CLI as a user does and reads the one error line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.cli import main
from generator.load import line_of
from tests.support.project import our_config

SPEC = """\
openapi: 3.1.0
info:
  title: t
  version: '1'
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ThingList"
  /things/{thing_id}:
    get:
      operationId: getThing
      parameters:
        - name: thing_id
          in: path
          required: true
          schema: {type: string}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Thing"
components:
  schemas:
    ThingList:
      type: object
      properties:
        data:
          type: array
          items:
            $ref: "#/components/schemas/Thing"
    Thing:
      type: object
      properties:
        id: {type: string}
        owner:
          $ref: "#/components/schemas/Owner"
    Owner:
      type: object
      properties:
        name: {type: string}
"""


def line_number(text: str, fragment: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing `fragment`."""
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if fragment in line]
    assert len(hits) >= occurrence, (fragment, hits)
    return hits[occurrence - 1]


def run(tmp_path: Path, spec_text: str, *, suffix: str = ".yaml", config: str | None = None,
        capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    spec = tmp_path / f"spec{suffix}"
    spec.write_text(spec_text)
    args = ["--spec", str(spec), "--out", str(tmp_path / "out"), "--no-cache"]
    if config is not None:
        (tmp_path / "client.yaml").write_text(config)
        args += ["--config", str(tmp_path / "client.yaml")]
    code = main(args)
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert not (tmp_path / "out").exists()
    return spec, lines[0]


def test_the_spec_itself_generates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The base spec is fine: every error below comes from the one change each test makes."""
    (tmp_path / "spec.yaml").write_text(SPEC)
    assert main(["--spec", str(tmp_path / "spec.yaml"), "--out", str(tmp_path / "out")]) == 0, \
        capsys.readouterr().err


def test_misspelt_ref_points_at_the_ref_with_its_line_and_a_suggestion(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SPEC.replace('$ref: "#/components/schemas/Owner"', '$ref: "#/components/schemas/Ownr"')
    spec, line = run(tmp_path, text, capsys=capsys)
    at = line_number(text, "schemas/Ownr")
    assert line.startswith(
        f"error: {spec}:{at} #/components/schemas/Thing/properties/owner/$ref: "), line
    assert "##" not in line
    assert "'Ownr'" in line and "did you mean '#/components/schemas/Owner'?" in line


def test_misspelt_ref_in_a_response_points_at_the_operation(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SPEC.replace('$ref: "#/components/schemas/ThingList"',
                        '$ref: "#/components/schemas/Thinglist"')
    spec, line = run(tmp_path, text, capsys=capsys)
    at = line_number(text, "schemas/Thinglist")
    pointer = "#/paths/~1things/get/responses/200/content/application~1json/schema/$ref"
    assert line.startswith(f"error: {spec}:{at} {pointer}: "), line
    assert "did you mean '#/components/schemas/ThingList'?" in line


def test_the_first_holder_of_a_bad_ref_is_named(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Used twice, the bad `$ref` is reported where it first appears in the file."""
    text = SPEC.replace("schemas/Thing\"", "schemas/Thingy\"")
    spec, line = run(tmp_path, text, capsys=capsys)
    assert f"{spec}:{line_number(text, 'schemas/Thingy')} " \
           f"#/paths/~1things~1{{thing_id}}/get/responses/200/" in line, line


def test_missing_request_body_component(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SPEC.replace("      operationId: listThings\n", "      operationId: listThings\n"
                        "      requestBody:\n        $ref: '#/components/requestBodies/ThingBody'\n")
    spec, line = run(tmp_path, text, capsys=capsys)
    at = line_number(text, "requestBodies/ThingBody")
    assert line.startswith(f"error: {spec}:{at} #/paths/~1things/get/requestBody/$ref: "), line
    assert "'#/components/requestBodies/ThingBody' points at nothing" in line


def test_a_missing_file_is_placed_at_the_ref(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "owners.yaml").write_text("Owner: {type: object}\n")
    text = SPEC.replace('$ref: "#/components/schemas/Owner"', '$ref: "owner.yaml#/Owner"')
    spec, line = run(tmp_path, text, capsys=capsys)
    at = line_number(text, "owner.yaml")
    assert line.startswith(
        f"error: {spec}:{at} #/components/schemas/Thing/properties/owner/$ref: "), line
    assert f"$ref 'owner.yaml#/Owner': no file {tmp_path / 'owner.yaml'} " \
           f"(did you mean 'owners.yaml'?)" in line, line


def test_a_url_ref_is_refused_at_the_ref(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://example.com/schemas/owner.yaml#/Owner"
    text = SPEC.replace('$ref: "#/components/schemas/Owner"', f'$ref: "{url}"')
    spec, line = run(tmp_path, text, capsys=capsys)
    assert line.startswith(f"error: {spec}:{line_number(text, url)} "
                           f"#/components/schemas/Thing/properties/owner/$ref: "), line
    assert f"$ref '{url}' is a URL: it is not fetched (no network at generation time)" in line


# A second file: the spec's Owner comes from `models/owner.yaml`, which refers on to a third.
OWNER = """\
type: object
properties:
  name: {type: string}
  address:
    $ref: "common.yaml#/Address"
"""
COMMON = """\
Address:
  type: object
  properties:
    city: {type: string}
"""


def split_spec(tmp_path: Path, owner: str = OWNER, common: str = COMMON) -> str:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "owner.yaml").write_text(owner)
    (tmp_path / "models" / "common.yaml").write_text(common)
    return SPEC.replace('$ref: "#/components/schemas/Owner"', '$ref: "models/owner.yaml"')


def test_a_split_spec_generates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "spec.yaml").write_text(split_spec(tmp_path))
    assert main(["--spec", str(tmp_path / "spec.yaml"), "--out", str(tmp_path / "out"),
                 "--no-cache"]) == 0, capsys.readouterr().err
    models = (tmp_path / "out" / "t" / "models.py").read_text()
    # the spec's own (now unused) Owner keeps its name: the file's is qualified by its folder
    assert "class ModelsOwner(BaseModel)" in models and "address: Address | None" in models


def test_a_misspelt_ref_in_another_file_names_that_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    owner = OWNER.replace("common.yaml#/Address", "common.yaml#/Adress")
    _, line = run(tmp_path, split_spec(tmp_path, owner=owner), capsys=capsys)
    where = tmp_path / "models" / "owner.yaml"
    assert line.startswith(f"error: {where}:{line_number(owner, 'Adress')} "
                           f"#/properties/address/$ref: "), line
    assert "did you mean 'common.yaml#/Address'?" in line


def test_invalid_yaml_in_another_file_names_that_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    common = COMMON.replace("city: {type: string}", "city: {type: string")
    _, line = run(tmp_path, split_spec(tmp_path, common=common), capsys=capsys)
    assert line.startswith(f"error: {tmp_path / 'models' / 'common.yaml'}:"), line
    assert "invalid YAML" in line


def test_an_error_found_later_in_another_file_names_that_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Found after bundling (by the schema closure): placed in the file the schema came from."""
    owner = OWNER.replace("common.yaml#/Address", "../spec.yaml#/components/schemas/Thnig")
    _, line = run(tmp_path, split_spec(tmp_path, owner=owner), capsys=capsys)
    where = tmp_path / "models" / "owner.yaml"
    assert line.startswith(f"error: {where}:{line_number(owner, 'Thnig')} "
                           f"#/properties/address/$ref: "), line
    assert "missing schema 'Thnig'" in line and "did you mean" in line


def test_a_path_item_from_another_file_is_checked_there(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    item = """\
get:
  operationId: getThing
  parameters:
    - name: thing_id
      in: path
      schema: {type: string}
  responses:
    "200": {description: ok}
"""
    (tmp_path / "paths").mkdir()
    (tmp_path / "paths" / "thing.yaml").write_text(item)
    head, tail = SPEC.split("  /things/{thing_id}:\n")
    text = head + "  /things/{thing_id}:\n    $ref: paths/thing.yaml\ncomponents:" + \
        tail.split("components:")[1]
    _, line = run(tmp_path, text, capsys=capsys)
    where = tmp_path / "paths" / "thing.yaml"
    assert line.startswith(f"error: {where}:{line_number(item, '- name: thing_id')} "
                           f"#/get/parameters/0: "), line
    assert "must be `required: true`" in line


def test_json_spec_errors_name_the_line_too(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    doc = yaml.safe_load(SPEC)
    doc["components"]["schemas"]["Thing"]["properties"]["owner"]["$ref"] = "#/components/schemas/Onwer"
    text = json.dumps(doc, indent=2)
    spec, line = run(tmp_path, text, suffix=".json", capsys=capsys)
    at = line_number(text, "schemas/Onwer")
    assert line.startswith(
        f"error: {spec}:{at} #/components/schemas/Thing/properties/owner/$ref: "), line
    assert "did you mean '#/components/schemas/Owner'?" in line


def test_optional_path_parameter_is_refused_at_the_parameter(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SPEC.replace("          in: path\n          required: true\n", "          in: path\n")
    spec, line = run(tmp_path, text, capsys=capsys)
    at = line_number(text, "- name: thing_id")
    assert line.startswith(f"error: {spec}:{at} #/paths/~1things~1{{thing_id}}/get/parameters/0: "), line
    assert "'thing_id'" in line and "required: true" in line


# -- config errors name the config file ------------------------------------------------------

CONFIG = """\
package: things_client
resources:
  things:
    list: GET /things
    retrieve: GET /things/{thing_id}
"""


def test_config_path_typo_names_the_config_line_and_the_closest_spec_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = CONFIG.replace("GET /things/{thing_id}", "GET /thing/{thing_id}")
    spec, line = run(tmp_path, SPEC, config=config, capsys=capsys)
    config_path = tmp_path / "client.yaml"
    assert line.startswith(f"error: {config_path}:5 #/resources/things/retrieve: "), line
    assert str(spec) not in line
    assert "GET /thing/{thing_id}" in line and "did you mean 'GET /things/{thing_id}'?" in line


def test_config_method_typo_suggests_the_operation(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    config = CONFIG.replace("list: GET /things", "list: POST /things")
    _, line = run(tmp_path, SPEC, config=config, capsys=capsys)
    assert line.startswith(f"error: {tmp_path / 'client.yaml'}:4 #/resources/things/list: "), line
    assert "POST /things is not an operation of the spec (did you mean 'GET /things'?)" in line


def test_config_unknown_key_is_placed_and_suggested(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    config = CONFIG + "pagination:\n  has_mor: more\n"
    _, line = run(tmp_path, SPEC, config=config, capsys=capsys)
    assert line.startswith(f"error: {tmp_path / 'client.yaml'}:7 #/pagination/has_mor: "), line
    assert "did you mean 'has_more'?" in line


def test_config_errors_without_a_close_name_suggest_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = CONFIG.replace("GET /things/{thing_id}", "DELETE /zzz/{qqq}/xxxxxxxx")
    _, line = run(tmp_path, SPEC, config=config, capsys=capsys)
    assert "did you mean" not in line and f"{tmp_path / 'client.yaml'}:5" in line


# -- the line finder itself ------------------------------------------------------------------

DOC = {
    "a": {"b/c": [10, {"d~e": {"f": [1, 2, {"g": "x"}]}}], "h": "i"},
    "list": [[], {}, "s", {"k": None}],
    "escaped \"key\"": {"tab\tkey": True},
}
YAML_DOC = """\
a:
  b/c:
    - 10
    - d~e:
        f: [1, 2,
            {g: x}]
  h: i
list: [[], {},
  s, {k: null}]
'escaped "key"': {"tab\\tkey": true}
"""
# pointer -> (the key's text in the JSON dump, its line in YAML_DOC)
POINTERS = {
    "/a": ('"a"', 1),
    "/a/b~1c": ('"b/c"', 2),
    "/a/b~1c/1/d~0e/f/2/g": ('"g"', 6),
    "/a/h": ('"h"', 7),
    "/list/3/k": ('"k"', 9),
    "/list/2": ('"s"', 9),
    "/escaped \"key\"/tab\tkey": ('"tab\\tkey"', 10),
}


@pytest.mark.parametrize("pointer", sorted(POINTERS))
def test_line_of_json_and_yaml(tmp_path: Path, pointer: str) -> None:
    import yaml

    assert yaml.safe_load(YAML_DOC) == DOC
    as_json = json.dumps(DOC, indent=2)
    (tmp_path / "d.json").write_text(as_json)
    (tmp_path / "d.yaml").write_text(YAML_DOC)
    key, yaml_line = POINTERS[pointer]
    assert line_of(tmp_path / "d.json", pointer) == line_number(as_json, key)
    assert line_of(tmp_path / "d.yaml", pointer) == yaml_line


@pytest.mark.parametrize("pointer", ["/nope", "/a/b~1c/7", "/a/h/deeper", "/list/x"])
def test_line_of_a_pointer_to_nothing_is_none(tmp_path: Path, pointer: str) -> None:
    (tmp_path / "d.json").write_text(json.dumps(DOC, indent=2))
    (tmp_path / "d.yaml").write_text(YAML_DOC)
    assert line_of(tmp_path / "d.json", pointer) is None
    assert line_of(tmp_path / "d.yaml", pointer) is None


def test_a_typo_in_our_own_config_is_reported_against_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """spec/client.yaml with `GET /evals/{eval_id}/run/{run_id}`: the config file and line, not
    spec/openapi.yaml, and the path that was meant."""
    root = Path(__file__).resolve().parents[1]
    text = (root / "spec" / "client.yaml").read_text()
    typo = text.replace("retrieve: GET /evals/{eval_id}/runs/{run_id}",
                        "retrieve: GET /evals/{eval_id}/run/{run_id}")
    assert typo != text
    our_config(tmp_path, typo)
    code = main(["--spec", str(root / "spec" / "openapi.yaml"), "--config",
                 str(tmp_path / "client.yaml"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2, err
    at = line_number(typo, "/run/{run_id}")
    assert err.startswith(f"error: {tmp_path / 'client.yaml'}:{at} #/resources/evals/runs/retrieve: ")
    assert "openapi.yaml" not in err
    assert "did you mean 'GET /evals/{eval_id}/runs/{run_id}'?" in err
