"""Stage 4: emit the models module (pydantic, for responses) and the params module (TypedDicts,
for request bodies) with datamodel-code-generator, from schemas that are all named already."""

from __future__ import annotations

import re
import sys
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


def typed_defaults(node: Any) -> Any:
    """A `default` of the schema's own type: `"false"` for a boolean is `False`, and a default
    that is not a value of the schema (wrong type, not in the enum) is dropped, since the model
    generator would write it as is into a field the type checker then rejects."""
    if isinstance(node, list):
        return [typed_defaults(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: v if k in ("enum", "const", "default", "example", "examples") else typed_defaults(v)
           for k, v in node.items()}
    if "default" in out and isinstance(out.get("type"), str):
        value = _coerce(out["default"], out["type"])
        if value is _DROP or (isinstance(out.get("enum"), list) and value not in out["enum"]):
            del out["default"]
        else:
            out["default"] = value
    return out


_DROP = object()


def _coerce(value: Any, kind: str) -> Any:
    if value is None:
        return value
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        return {"true": True, "false": False}.get(str(value).lower(), _DROP)
    if kind in ("integer", "number"):
        if isinstance(value, bool):
            return _DROP
        if isinstance(value, (int, float)):
            return value if kind == "number" or float(value).is_integer() else _DROP
        try:
            number = float(str(value))
        except ValueError:
            return _DROP
        return int(number) if kind == "integer" and number.is_integer() else \
            (number if kind == "number" else _DROP)
    if kind == "string":
        return value if isinstance(value, str) else _DROP
    return value


def emit_models(schemas: dict[str, Any], roots: list[str]) -> str:
    names = closure(schemas, roots)
    code = _generate({n: lenient(typed_defaults(schemas[n])) for n in names}, {
        "output_model_type": "pydantic_v2.BaseModel",
        "base_class": "_base_.BaseModel",
    })
    code = code.replace("from _base_ import BaseModel", "from ._models import BaseModel")
    return MODELS_HEADER + _mark_required_overrides(_strip_header(code))


def _mark_required_overrides(code: str) -> str:
    """A subclass (an `allOf`) may make a field required that its base has optional: valid for
    pydantic, but a type checker reads models as dataclasses, where a field without a default
    may not override one with a default. Those lines get a targeted ignore comment."""
    import ast

    tree = ast.parse(code)
    defaults: dict[str, set[str]] = {}
    bases: dict[str, list[str]] = {}
    lines = code.split("\n")
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
        defaults[node.name] = {f.target.id for f in node.body if isinstance(f, ast.AnnAssign)
                               and isinstance(f.target, ast.Name) and f.value is not None}

    def inherited(name: str, seen: frozenset[str] = frozenset()) -> set[str]:
        out: set[str] = set()
        for base in bases.get(name, []):
            if base in defaults and base not in seen:
                out |= defaults[base] | inherited(base, seen | {name})
        return out

    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        optional = inherited(node.name)
        for field in node.body:
            if isinstance(field, ast.AnnAssign) and isinstance(field.target, ast.Name) and \
                    field.value is None and field.target.id in optional:
                lines[field.lineno - 1] += "  # pyright: ignore[reportGeneralTypeIssues]"
    return "\n".join(lines)


def emit_params(schemas: dict[str, Any], roots: list[str], param_class: dict[str, str]) -> str:
    names = closure(schemas, roots)
    renamed = {param_class[n]: _rename_refs(typed_defaults(schemas[n]), param_class)
               for n in names}
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
    """Drop datamodel-code-generator's own banner (it names a temporary input file), and
    group and sort its imports: `__future__`, the standard library, third-party, the package."""
    code = re.sub(r"\A(#[^\n]*\n)+\n?", "", code)
    lines = code.split("\n")
    end = 0
    while end < len(lines) and lines[end].startswith(("from ", "import ")) and \
            "(" not in lines[end]:
        end += 1
    groups: list[list[str]] = [[], [], [], []]
    for line in lines[:end]:
        module = line.split()[1]
        rank = 0 if module == "__future__" else 3 if module.startswith(".") else \
            1 if module.split(".")[0] in sys.stdlib_module_names else 2
        groups[rank].append(line)
    block = "\n\n".join("\n".join(sorted(g)) for g in groups if g)
    return block + "\n" + "\n".join(lines[end:]) if end else code
