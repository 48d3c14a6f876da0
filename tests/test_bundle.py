"""Multi-file specs and JSON pointers (generator/bundle.py): what the bundled document holds, the
names schemas of other files get (README "Multi-file specs"), and that an update renames nothing
it did not touch. Errors and their locations are in test_error_locations.py; generating, importing
and calling such a spec in test_golden.py (multi_file, pointer_refs) and test_corpus.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.bundle import Sources
from generator.errors import SpecError
from generator.load import load_spec

ROOT_SPEC = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "%s"}
components:
  schemas:
    Local: {type: object, properties: {x: {type: string}}}
"""


def write(folder: Path, files: dict[str, Any]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content if isinstance(content, str) else json.dumps(content))
    return folder / "spec.yaml"


def bundled(folder: Path, ref: str, files: dict[str, Any]) -> dict[str, Any]:
    return load_spec(write(folder, {"spec.yaml": ROOT_SPEC % ref, **files}))


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]


def response_schema(doc: dict[str, Any]) -> Any:
    return doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


OBJ = {"type": "object"}


def test_a_whole_file_is_named_after_its_stem_and_a_fragment_after_its_last_token(
        tmp_path: Path) -> None:
    doc = bundled(tmp_path, "schemas/Pet.yaml", {
        "schemas/Pet.yaml": "type: object\nproperties:\n  e: {$ref: '../common.json#/components/"
                            "schemas/Error'}\n",
        "common.json": {"components": {"schemas": {"Error": OBJ}}}})
    assert list(schemas(doc)) == ["Local", "Error", "Pet"]
    assert response_schema(doc) == {"$ref": "#/components/schemas/Pet"}
    assert schemas(doc)["Pet"]["properties"]["e"] == {"$ref": "#/components/schemas/Error"}


def test_a_component_of_the_spec_that_is_only_a_ref_names_the_schema(tmp_path: Path) -> None:
    spec = write(tmp_path, {"spec.yaml": ROOT_SPEC.replace(
        "    Local: {type: object, properties: {x: {type: string}}}\n",
        "    Animal: {$ref: 'models/pet.yaml'}\n    Again: {$ref: 'models/pet.yaml'}\n"
        "    Local: {type: object}\n") % "models/pet.yaml",
        "models/pet.yaml": "type: object\nproperties:\n  self: {$ref: 'pet.yaml'}\n"})
    doc = load_spec(spec)
    assert list(schemas(doc)) == ["Animal", "Again", "Local"]  # the spec's order, no `Pet`
    assert schemas(doc)["Animal"]["properties"]["self"] == {"$ref": "#/components/schemas/Animal"}
    assert schemas(doc)["Again"] == {"$ref": "#/components/schemas/Animal"}  # an alias
    assert response_schema(doc) == {"$ref": "#/components/schemas/Animal"}


def test_clashes_the_spec_keeps_its_names_the_nearest_file_keeps_the_name(tmp_path: Path) -> None:
    files = {"a/Pet.yaml": "type: object\nproperties:\n"
                           "  deep: {$ref: 'x/y/Pet.yaml'}\n"
                           "  local: {$ref: 'Local.yaml'}\n"
                           "  again: {$ref: 'x/y/more.yaml#/Pet'}\n",
             "a/x/y/Pet.yaml": OBJ, "a/x/y/more.yaml": {"Pet": OBJ}, "a/Local.yaml": OBJ}
    names = list(schemas(bundled(tmp_path, "a/Pet.yaml", files)))
    # Local is the spec's own; a/Pet.yaml (2 parts) is nearer than a/x/y/... (4 parts); the
    # classes are then `ALocal`, `MorePet`, `YPet` (names.py)
    assert names == ["Local", "Pet", "a_Local", "more_Pet", "y_Pet"]


def test_a_name_depends_on_its_own_file_and_pointer_only(tmp_path: Path) -> None:
    """An update that adds schemas in other files (and reorders refs) renames nothing."""
    files = {"s/Pet.yaml": "type: object\nproperties:\n  o: {$ref: 'Owner.json'}\n",
             "s/Owner.json": OBJ}
    before = schemas(bundled(tmp_path / "1", "s/Pet.yaml", files))
    files = {"s/Pet.yaml": "type: object\nproperties:\n  n: {$ref: 'Note.yaml'}\n"
                           "  t: {$ref: 'more/Tag.yaml'}\n  o: {$ref: 'Owner.json'}\n",
             "s/Owner.json": OBJ, "s/Note.yaml": OBJ, "s/more/Tag.yaml": OBJ}
    after = schemas(bundled(tmp_path / "2", "s/Pet.yaml", files))
    assert set(before) <= set(after) and set(after) - set(before) == {"Note", "Tag"}


def test_a_cycle_across_files_is_one_schema_each(tmp_path: Path) -> None:
    doc = bundled(tmp_path, "Pet.yaml", {
        "Pet.yaml": "type: object\nproperties:\n  owner: {$ref: 'people/Owner.json'}\n",
        "people/Owner.json": {"type": "object", "properties": {
            "pets": {"type": "array", "items": {"$ref": "../Pet.yaml"}}}}})
    pets = schemas(doc)["Owner"]["properties"]["pets"]
    assert pets["items"] == {"$ref": "#/components/schemas/Pet"}
    assert schemas(doc)["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}


def test_pointers_escapes_and_percent_encoding_are_copied_in_place(tmp_path: Path) -> None:
    local = ("Local:\n      type: object\n      properties:\n"
             "        a/b: {type: string, enum: [p]}\n        c~d: {type: integer}\n"
             "        e f: {type: boolean}\n"
             "        seen: {$ref: '#/components/schemas/Local/properties/c~0d', description: d}\n"
             "        in_paths: {$ref: '#/paths/~1a/get/responses/200/content/application~1json"
             "/schema'}\n")
    spec = write(tmp_path, {
        "spec.yaml": ROOT_SPEC.replace("Local: {type: object, properties: {x: {type: string}}}\n",
                                       local) % "other.yaml#/Thing",
        "other.yaml": "Thing:\n  type: object\n  properties:\n"
                      "    n: {$ref: 'spec.yaml#/components/schemas/Local/properties/a~1b'}\n"
                      "    m: {$ref: 'spec.yaml#/components/schemas/Local/properties/e%20f'}\n"})
    doc = load_spec(spec)
    props = schemas(doc)["Local"]["properties"]
    assert props["seen"] == {"type": "integer", "description": "d"}  # beside the $ref: kept
    thing = schemas(doc)["Thing"]["properties"]
    assert thing["n"] == {"type": "string", "enum": ["p"]}  # `~1` is `/`
    assert thing["m"] == {"type": "boolean"}  # percent-decoded
    assert props["in_paths"] == {"$ref": "#/components/schemas/Thing"}  # any part of the document


def test_a_discriminator_mapping_to_another_file_names_the_component(tmp_path: Path) -> None:
    doc = bundled(tmp_path, "Pet.yaml", {
        "Pet.yaml": "oneOf: [{$ref: 'Cat.yaml'}]\n"
                    "discriminator: {propertyName: kind, mapping: {cat: 'Cat.yaml'}}\n",
        "Cat.yaml": "type: object\nproperties:\n  kind: {type: string}\n"})
    assert schemas(doc)["Pet"]["discriminator"]["mapping"] == {"cat": "#/components/schemas/Cat"}


def test_parameters_responses_and_path_items_of_other_files_are_copied(tmp_path: Path) -> None:
    spec = write(tmp_path, {
        "spec.yaml": "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n"
                     "  /a: {$ref: 'paths/a.yaml'}\n",
        "paths/a.yaml": "get:\n  parameters: [{$ref: '../common.yaml#/limit'}]\n"
                        "  responses: {'200': {$ref: '../common.yaml#/ok'}}\n",
        "common.yaml": "limit: {name: limit, in: query, schema: {type: integer}}\n"
                       "ok: {description: fine}\n"})
    op = load_spec(spec)["paths"]["/a"]["get"]
    assert op == {"parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                  "responses": {"200": {"description": "fine"}}}


def test_where_each_part_came_from(tmp_path: Path) -> None:
    spec = write(tmp_path, {"spec.yaml": ROOT_SPEC % "s/Pet.yaml",
                            "s/Pet.yaml": "type: object\nproperties:\n  n: {$ref: 'n.yaml#/N'}\n",
                            "s/n.yaml": "N:\n  type: object\n"})
    sources = Sources(spec)
    load_spec(spec, sources=sources)
    assert sources.locate("/components/schemas/Pet/properties/x") == (
        str(tmp_path / "s" / "Pet.yaml"), "/properties/x")
    assert sources.locate("/components/schemas/N/type") == (str(tmp_path / "s" / "n.yaml"),
                                                            "/N/type")
    assert sources.locate("/paths/~1a") == (None, "/paths/~1a")  # the spec's own
    assert set(sources.files) == {str((tmp_path / "s" / n).resolve())
                                  for n in ("Pet.yaml", "n.yaml")}


@pytest.mark.parametrize("ref, message", [
    ("#Pet", "only JSON pointers"),
    ("file:///etc/pet.yaml", "is a URL"),
    ("//example.com/pet.yaml", "is a URL"),
    ("loop.yaml#/b/properties/x", "part of a cycle of references"),
])
def test_refused(tmp_path: Path, ref: str, message: str) -> None:
    files = {"loop.yaml": "b: {properties: {x: {$ref: '#/b/properties/y'}, "
                          "y: {$ref: '#/b/properties/x'}}}\n"}
    with pytest.raises(SpecError, match=message):
        bundled(tmp_path, ref, files)
