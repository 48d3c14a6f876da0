"""Property test: every component schema of `spec/openapi.yaml` that became a pydantic model in
`openai_evals.models` round-trips through it.

For each such schema, JSON instances are generated from the schema itself (hypothesis +
hypothesis-jsonschema), then

    obj = Model.model_validate_json(json.dumps(instance))          # parses
    json.loads(obj.model_dump_json(by_alias=True, exclude_unset=True)) == instance

and every nested object that became a component's model (a union member, say) is valid against
that component's schema, i.e. a union picked a variant the spec agrees with.

The spec's `$ref`s are inlined into one self-contained JSON Schema per component (a recursive
reference is cut after `MAX_REF_DEPTH` levels), and keywords that are not JSON Schema validation
keywords are dropped (`discriminator`, `description`, `default`, `deprecated`, ... and the
spec's non-standard `min_items`/`max_items`). Objects without `additionalProperties: false`
allow extra keys, so instances carry unknown fields too: the models promise to keep them.

The comparison is exact JSON equality, types included (`true` is not `1`, `1` is not `1.0`): no
normalisation is needed, because hypothesis-jsonschema draws floats for `number` (an integer
sent for a pydantic `float` field would come back as `1.0`, the same JSON number; e.g. a `score`
of 10**30 comes back as 1e+30, which Python does not even compare equal).
"""

from __future__ import annotations

import inspect
import json
import warnings
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator

from generator.names import component_names
from openai_evals import models

SPEC = Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml"
REF_PREFIX = "#/components/schemas/"
MAX_REF_DEPTH = 3  # how many times one component may appear on a $ref chain (recursion cut)

# JSON Schema (2020-12, validation-relevant) keywords kept; everything else is dropped.
_SCHEMA_MAPS = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
_SCHEMA_VALUES = {
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "additionalItems",
}
_SCHEMA_LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"}
_PLAIN = {
    "type",
    "enum",
    "const",
    "required",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "minContains",
    "maxContains",
    "dependentRequired",
}
# Formats hypothesis-jsonschema can generate; `unixtime`, `int64`, `binary`... are annotations.
_STRING_FORMATS = {"uri", "uri-reference", "date-time", "date", "time", "email", "hostname", "ipv4", "ipv6"}


def _load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


COMPONENTS: dict[str, Any] = _load_spec()["components"]["schemas"]
CLASS_NAMES = component_names(COMPONENTS)  # the generator's own spec-name -> class-name map


def resolve(node: Any, stack: tuple[str, ...] = ()) -> Any:
    """A self-contained JSON Schema for `node`: refs inlined, non-validation keywords dropped."""
    if isinstance(node, bool):
        return node
    assert isinstance(node, dict), node
    out: dict[str, Any] = {}
    if "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith(REF_PREFIX), ref
        name = ref[len(REF_PREFIX) :]
        if stack.count(name) >= MAX_REF_DEPTH:
            target: Any = {"not": {}}  # recursion cut: this branch generates nothing
        else:
            target = resolve(COMPONENTS[name], stack + (name,))
        siblings = resolve({k: v for k, v in node.items() if k != "$ref"}, stack)
        # OpenAPI 3.1 / 2020-12: a $ref with sibling keywords means both apply.
        return target if not siblings else {"allOf": [target, siblings]}
    for key, value in node.items():
        if key in _SCHEMA_MAPS:
            out[key] = {prop: resolve(sub, stack) for prop, sub in value.items()}
        elif key in _SCHEMA_VALUES:
            out[key] = resolve(value, stack)
        elif key in _SCHEMA_LISTS:
            out[key] = [resolve(sub, stack) for sub in value]
            if key == "oneOf" and _pairwise_disjoint(out[key]):
                # Same instances, much faster: hypothesis-jsonschema implements oneOf as anyOf
                # plus a filter that validates every draw against every branch.
                out["anyOf"] = out.pop("oneOf")
        elif key == "format":
            if value in _STRING_FORMATS:
                out[key] = value
        elif key in _PLAIN:
            out[key] = value
        # else: description, title, default, deprecated, example(s), discriminator, xml,
        # externalDocs, readOnly/writeOnly, x-*, and the spec's non-standard min_items/max_items
    if "type" not in out and ("properties" in out or "required" in out):
        # OpenAPI convention (and the generator's reading): `properties` without `type` is an
        # object. In plain JSON Schema it would also accept null, strings, ... (OpenAIFile).
        out["type"] = "object"
    return out


_JSON_TYPES = frozenset({"null", "boolean", "object", "array", "number", "integer", "string"})


def _signature(schema: Any) -> tuple[frozenset[str], Any]:
    """(JSON types a schema allows, the constant of its required `type` property or None)."""
    if not isinstance(schema, dict):
        return _JSON_TYPES, None
    parts = [schema, *schema.get("allOf", [])]
    types = _JSON_TYPES
    tag = None
    for part in parts:
        if "type" in part:
            t = part["type"]
            allowed = frozenset([t] if isinstance(t, str) else t)
            if "number" in allowed:
                allowed |= {"integer"}
            types &= allowed
        if "anyOf" in part or "oneOf" in part:
            union: set[str] = set()
            for branch in part.get("anyOf", part.get("oneOf")):
                union |= _signature(branch)[0]
            types &= frozenset(union)
        prop = part.get("properties", {}).get("type")
        if isinstance(prop, dict) and "type" in part.get("required", []):
            values = prop.get("enum", [prop["const"]] if "const" in prop else None)
            if values is not None and len(values) == 1:
                tag = values[0]
    return frozenset(types), tag


def _pairwise_disjoint(branches: list[Any]) -> bool:
    """True when no instance can match two branches: different JSON types, or objects whose
    required `type` property is a different constant."""
    sigs = [_signature(b) for b in branches]
    for i, (types_a, tag_a) in enumerate(sigs):
        for types_b, tag_b in sigs[i + 1 :]:
            common = types_a & types_b
            if not common:
                continue
            if common <= {"object"} and tag_a is not None and tag_b is not None and tag_a != tag_b:
                continue
            return False
    return True


# -- size bounds -------------------------------------------------------------------------------
# Unbounded, the generated instances are huge (lists of runs of lists of messages of free-form
# JSON) and hypothesis-jsonschema takes minutes. Tightening a schema only removes instances, so
# every instance still satisfies the spec's schema.
MAX_ITEMS = 3  # per array
MAX_EXTRA_KEYS = 4  # keys beyond the required ones, per object (optional fields or unknown keys)
_SCALARS = {"type": ["null", "boolean", "integer", "number", "string"]}
# Free-form JSON values (`additionalProperties: true`, unknown keys): any JSON type, nested once.
_ANY_JSON = {
    "type": ["null", "boolean", "integer", "number", "string", "array", "object"],
    "items": _SCALARS,
    "maxItems": 2,
    "additionalProperties": _SCALARS,
    "maxProperties": 2,
}


def _merge_object_allof(schema: dict[str, Any]) -> dict[str, Any]:
    """`allOf` of plain object schemas (how the spec extends a grader) as one object schema, so
    that bounds on `additionalProperties` stay exact. Left as it is when not that simple."""
    members = schema.get("allOf")
    if not members:
        return schema
    simple = {"type", "properties", "required"}
    parts = [{k: v for k, v in schema.items() if k != "allOf"}, *members]
    if not all(isinstance(p, dict) and set(p) <= simple and p.get("type", "object") == "object" for p in parts):
        return schema
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for part in parts:
        for prop, sub in part.get("properties", {}).items():
            if prop in merged["properties"]:
                return schema  # overlapping definitions: keep the allOf
            merged["properties"][prop] = sub
        merged["required"] += [r for r in part.get("required", []) if r not in merged["required"]]
    return merged


def bounded(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    schema = _merge_object_allof(schema)
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _SCHEMA_MAPS:
            out[key] = {prop: bounded(sub) for prop, sub in value.items()}
        elif key in _SCHEMA_VALUES:
            out[key] = bounded(value)
        elif key in _SCHEMA_LISTS:
            out[key] = [bounded(sub) for sub in value]
        else:
            out[key] = value
    types = out.get("type")
    if types == "array":
        out["maxItems"] = min(out.get("maxItems", MAX_ITEMS), MAX_ITEMS)
    if types == "object" and not _SCHEMA_LISTS & set(out):
        # (not next to allOf/anyOf/oneOf: there `additionalProperties` would also constrain the
        # properties the branches define)
        if out.get("additionalProperties", True) in (True, {}):
            out["additionalProperties"] = _ANY_JSON
        limit = len(out.get("required", [])) + MAX_EXTRA_KEYS
        out["maxProperties"] = min(out.get("maxProperties", limit), limit)
    return out


def model_schemas() -> dict[str, tuple[type[pydantic.BaseModel], dict[str, Any]]]:
    """Component name -> (generated model class, resolved JSON Schema), for BaseModel classes."""
    found: dict[str, tuple[type[pydantic.BaseModel], dict[str, Any]]] = {}
    for name, schema in COMPONENTS.items():
        cls = getattr(models, CLASS_NAMES[name], None)
        if inspect.isclass(cls) and issubclass(cls, pydantic.BaseModel):
            found[name] = (cls, bounded(resolve(schema, (name,))))
    return found


MODELS = model_schemas()
# The unbounded schemas, to check which class a union picked (see `component_parts`).
VALIDATORS = {name: Draft202012Validator(resolve(COMPONENTS[name], (name,))) for name in MODELS}
COMPONENT_OF = {cls: name for name, (cls, _) in MODELS.items()}


def component_parts(value: Any) -> Any:
    """(component name, model) for every nested model whose class is a component's model."""
    if isinstance(value, pydantic.BaseModel):
        name = COMPONENT_OF.get(type(value))
        if name is not None:
            yield name, value
        for field in type(value).model_fields:
            if field in value.__dict__:  # the values as parsed, straight from the instance
                yield from component_parts(value.__dict__[field])
    elif isinstance(value, list):
        for item in value:
            yield from component_parts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from component_parts(item)


def same_json(got: Any, sent: Any) -> bool:
    """Exact JSON equality: same types at every level (so `true` != `1` and `1` != `1.0`)."""
    if type(got) is not type(sent):
        return False
    if isinstance(sent, dict):
        return got.keys() == sent.keys() and all(same_json(got[k], sent[k]) for k in sent)
    if isinstance(sent, list):
        return len(got) == len(sent) and all(same_json(g, s) for g, s in zip(got, sent))
    return bool(got == sent)


# Schemas that cannot round-trip because of a generator bug: name -> precise reason.
# (strict xfail: once fixed, the test fails until the entry is removed.)
KNOWN_BUGS: dict[str, str] = {}


@pytest.fixture(scope="module", autouse=True)
def memoized_strategies() -> Any:
    """Memoize hypothesis-jsonschema's schema -> strategy step for this module.

    It rebuilds the strategy of every nested object schema on every draw (canonicalising and
    compiling validators each time), which makes these nested schemas take minutes; the
    strategies it returns are immutable, so caching them by canonical schema is exact and
    about ten times faster. Without the private hook (another version) the tests only run slower.
    """
    try:
        import hypothesis_jsonschema._from_schema as module
    except ImportError:  # pragma: no cover
        module = None
    original = vars(module).get("__from_schema") if module is not None else None
    if original is None:  # pragma: no cover
        yield
        return
    cache: dict[tuple[str, int, int], tuple[Any, Any, Any]] = {}

    def cached(schema: Any, *, alphabet: Any, custom_formats: Any) -> Any:
        key = (json.dumps(schema, sort_keys=True), id(alphabet), id(custom_formats))
        if key not in cache:  # the value keeps alphabet and custom_formats alive: ids stay unique
            cache[key] = (original(schema, alphabet=alphabet, custom_formats=custom_formats), alphabet, custom_formats)
        return cache[key][0]

    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(vars(module), "__from_schema", cached)
        yield


def _params() -> list[Any]:
    params = []
    for name in MODELS:
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name])] if name in KNOWN_BUGS else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


def test_every_model_component_is_covered() -> None:
    # Sanity: the name mapping finds the models (a broken mapping would test nothing).
    assert len(MODELS) >= 45, sorted(MODELS)
    for must in ("EvalRun", "Eval", "Batch", "OpenAIFile", "EvalRunOutputItem", "TextResponseFormatJsonSchema"):
        assert must in MODELS
    # Component schemas without a model are aliases (unions, enums, lists) or request-only.
    for name in COMPONENTS:
        if name not in MODELS:
            assert not (inspect.isclass(getattr(models, CLASS_NAMES[name], None))), name


@pytest.mark.parametrize("name", _params())
def test_roundtrip(name: str) -> None:
    model, schema = MODELS[name]

    @settings(
        max_examples=25,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )
    @given(from_schema(schema))
    def check(instance: Any) -> None:
        sent = json.dumps(instance)
        with warnings.catch_warnings():
            # a serializer warning (value not of the declared type) is a round-trip failure too
            warnings.filterwarnings("error", message="Pydantic serializer warnings", category=UserWarning)
            obj = model.model_validate_json(sent)
            dumped = obj.model_dump_json(by_alias=True, exclude_unset=True)
        back = json.loads(dumped)
        assert same_json(back, instance), f"\nsent:   {sent}\ndumped: {dumped}"
        # A union chose a class whose spec schema accepts the data (the right variant).
        for part_name, part in component_parts(obj):
            data = json.loads(part.model_dump_json(by_alias=True, exclude_unset=True))
            assert VALIDATORS[part_name].is_valid(data), f"{part_name} chosen for {data}"

    check()
