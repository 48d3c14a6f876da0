"""Stage 4: emit the models module (pydantic, for responses) and the params module (TypedDicts,
for request bodies) with datamodel-code-generator, from schemas that are all named already."""

from __future__ import annotations

import re
import warnings
from typing import Any

from .errors import SpecError
from .refs import COMPONENT_PREFIX, schema_closure, unescape

# Options shared by both runs. keep_model_order emits classes in name order (dependencies
# first only where Python needs it), so a new schema adds lines without moving others.
_COMMON: dict[str, Any] = {
    "enum_field_as_literal": "all",
    "target_python_version": "3.10",
    "use_standard_collections": True,
    "use_union_operator": True,
    "use_type_alias": True,
    "keep_model_order": True,
    "disable_timestamp": True,
    "use_schema_description": True,
    "use_field_description": True,
    "use_single_line_docstring": True,
    "use_double_quotes": True,
    "formatters": [],
}

MODELS_HEADER = '"""Response models. Generated from the OpenAPI spec; do not edit."""\n\n'
PARAMS_HEADER = '"""Request parameter types. Generated from the OpenAPI spec; do not edit."""\n\n'


def closure(schemas: dict[str, Any], roots: list[str]) -> list[str]:
    doc = {"components": {"schemas": schemas}}
    names = set(schema_closure(doc, [{"$ref": COMPONENT_PREFIX + r} for r in roots]))
    return [n for n in schemas if n in names]


# Validation keywords that make a response model reject what a newer server may send, or that
# turn strings into other types (`format: uri` -> AnyUrl, which rewrites the value).
_STRICT_KEYWORDS = frozenset({
    "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties",
    "maxProperties",
})


def lenient(node: Any) -> Any:
    """Responses are parsed leniently: drop constraints and closed objects (`extra='forbid'`)."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in _STRICT_KEYWORDS and not isinstance(value, (dict, list)):
                continue
            if key == "additionalProperties" and value is False:
                continue
            out[key] = value if key in ("enum", "const", "default", "example", "examples") \
                else lenient(value)
        return out
    if isinstance(node, list):
        return [lenient(v) for v in node]
    return node


def emit_models(schemas: dict[str, Any], roots: list[str]) -> str:
    names = closure(schemas, roots)
    code = _generate({n: lenient(schemas[n]) for n in names}, {
        "output_model_type": "pydantic_v2.BaseModel",
        "base_class": "_base_.BaseModel",
    })
    code = code.replace("from _base_ import BaseModel", "from ._models import BaseModel")
    return MODELS_HEADER + _strip_header(code)


def emit_params(schemas: dict[str, Any], roots: list[str], param_class: dict[str, str]) -> str:
    names = closure(schemas, roots)
    renamed = {param_class[n]: _rename_refs(schemas[n], param_class) for n in names}
    code = _generate(renamed, {
        "output_model_type": "typing.TypedDict",
        "use_generic_container_types": True,
    })
    return PARAMS_HEADER + _strip_header(code)


def _rename_refs(node: Any, param_class: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {k: _rename_refs(v, param_class) for k, v in node.items()}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
            out["$ref"] = COMPONENT_PREFIX + param_class[unescape(ref[len(COMPONENT_PREFIX):])]
        return out
    if isinstance(node, list):
        return [_rename_refs(v, param_class) for v in node]
    return node


def _generate(schemas: dict[str, Any], options: dict[str, Any]) -> str:
    if not schemas:
        return "from __future__ import annotations\n"
    from datamodel_code_generator import InputFileType, generate  # heavy import, only when used

    document = {
        "openapi": "3.1.0",
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            code = generate(document, input_file_type=InputFileType.OpenAPI, **_COMMON, **options)
        except Exception as exc:  # the library raises many types; report them as spec problems
            raise SpecError(f"model generation failed: {type(exc).__name__}: {exc}") from exc
    if not isinstance(code, str):
        raise SpecError("model generation produced several modules; expected one")
    return code


def _strip_header(code: str) -> str:
    """Drop datamodel-code-generator's own banner (it names a temporary input file)."""
    return re.sub(r"\A(#[^\n]*\n)+\n?", "", code)
