"""JSON pointers and `$ref`s (`generator/refs.py`) on their own: escaping, resolving, chains,
cycles, and errors placed at the `$ref` that is wrong."""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import SpecError
from generator.refs import (deref, escape, find_ref, iter_refs, resolve, schema_closure,
                            unescape)

DOC: dict[str, Any] = {
    "paths": {"/a/{id}": {"get": {"parameters": [{"$ref": "#/components/parameters/Id"}],
                                  "responses": {"200": {"$ref": "#/components/responses/Ok"}}}}},
    "components": {
        "parameters": {"Id": {"$ref": "#/components/parameters/RealId"},
                       "RealId": {"name": "id", "in": "path"}},
        "responses": {"Ok": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Pet"}}}}},
        "schemas": {
            "Pet": {"type": "object", "properties": {
                "owner": {"$ref": "#/components/schemas/Owner"},
                "tags": {"type": "array", "items": {"$ref": "#/components/schemas/a~1b~0c"}},
                "note": {"x-example": {"$ref": "#/components/schemas/Ignored"}}}},
            "Owner": {"type": "object", "properties": {
                "pet": {"$ref": "#/components/schemas/Pet"},
                "address": {"$ref": "#/components/examples/Address/value"}}},
            "a/b~c": {"type": "string"},
            "Unused": {"type": "string"},
        },
        "examples": {"Address": {"value": {"$ref": "#/components/schemas/Unused"}}},
    },
}


def test_escape_and_unescape_round_trip() -> None:
    assert escape("a/b~c") == "a~1b~0c"
    assert unescape("a~1b~0c") == "a/b~c"
    assert unescape(escape("~1/~0")) == "~1/~0"  # `~01` is `~1`, not `/`


def test_resolve_follows_escaped_tokens_and_list_indices() -> None:
    assert resolve(DOC, "#/components/schemas/a~1b~0c") == {"type": "string"}
    assert resolve(DOC, "#/paths/~1a~1{id}/get/parameters/0") == \
        {"$ref": "#/components/parameters/Id"}
    assert resolve(DOC, "#") is DOC


def test_a_missing_target_is_reported_at_the_ref_with_a_suggestion() -> None:
    doc = {"components": {"schemas": {"Pet": {"type": "object"}}},
           "paths": {"/p": {"get": {"responses": {"200": {"content": {"application/json": {
               "schema": {"$ref": "#/components/schemas/Pets"}}}}}}}}}
    with pytest.raises(SpecError) as error:
        resolve(doc, "#/components/schemas/Pets")
    assert error.value.pointer == \
        "/paths/~1p/get/responses/200/content/application~1json/schema/$ref"
    assert "points at nothing" in error.value.message
    assert "did you mean '#/components/schemas/Pet'?" in error.value.message
    with pytest.raises(SpecError, match="points at nothing"):
        resolve(doc, "#/paths/~1p/get/parameters/3")


def test_external_refs_are_refused() -> None:
    with pytest.raises(SpecError, match="external \\$ref 'other.yaml#/Pet' is not supported"):
        resolve(DOC, "other.yaml#/Pet")
    with pytest.raises(SpecError, match="external"):
        schema_closure({"components": {"schemas": {}}}, {"$ref": "other.yaml#/Pet"})


def test_find_ref_gives_the_first_holder_in_document_order() -> None:
    assert find_ref(DOC, "#/components/schemas/Pet") == \
        "/components/responses/Ok/content/application~1json/schema"
    assert find_ref(DOC, "#/nowhere") is None


def test_deref_follows_chains_and_refuses_cycles() -> None:
    parameter = DOC["paths"]["/a/{id}"]["get"]["parameters"][0]
    assert deref(DOC, parameter) == {"name": "id", "in": "path"}
    assert deref(DOC, {"type": "string"}) == {"type": "string"}
    cyclic = {"components": {"parameters": {"A": {"$ref": "#/components/parameters/B"},
                                            "B": {"$ref": "#/components/parameters/A"}}},
              "paths": {"/x": {"get": {"parameters": [{"$ref": "#/components/parameters/A"}]}}}}
    with pytest.raises(SpecError, match="part of a cycle of references") as error:
        deref(cyclic, {"$ref": "#/components/parameters/A"})
    assert error.value.pointer is not None and error.value.pointer.endswith("/$ref")


def test_iter_refs_skips_extensions() -> None:
    refs = list(iter_refs(DOC["components"]["schemas"]["Pet"]))
    assert refs == ["#/components/schemas/Owner", "#/components/schemas/a~1b~0c"]


def test_schema_closure_in_first_reached_order_through_other_refs() -> None:
    """From the response: Pet, what it names, and what an example `$ref` leads to (the model
    generator reads every reference); a cycle (Owner -> Pet) is walked once."""
    order = schema_closure(DOC, DOC["paths"])
    assert order[0] == "Pet" and sorted(order) == ["Owner", "Pet", "Unused", "a/b~c"]
    assert schema_closure(DOC, {"type": "string"}) == []


def test_schema_closure_names_a_missing_schema() -> None:
    doc = {"components": {"schemas": {"Pet": {"properties": {
        "owner": {"$ref": "#/components/schemas/Owner"}}}}}}
    with pytest.raises(SpecError, match="\\$ref to missing schema 'Owner'") as error:
        schema_closure(doc, {"$ref": "#/components/schemas/Pet"})
    assert error.value.pointer == "/components/schemas/Pet/properties/owner/$ref"
