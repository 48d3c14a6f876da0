"""Stage 2: select the operations to generate and describe them in the intermediate model."""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from .config import HTTP_METHODS, Config, MethodRef
from .errors import SpecError
from .ir import Method, Operation, Param, Resource
from .names import SchemaNamer, param_class_names, pascal, python_identifier
from .refs import COMPONENT_PREFIX, deref, escape, iter_refs, schema_closure, unescape

_PATH_PARAM = re.compile(r"\{([^}]*)\}")
JSON_TYPES = ("application/json",)


def select(doc: dict[str, Any], config: Config) -> list[tuple[MethodRef, dict[str, Any]]]:
    """The operations to generate, each with the method that will call it, in config order."""
    refs = config.methods if config.methods is not None else derive_methods(doc)
    selected = []
    seen: dict[tuple[tuple[str, ...], str], MethodRef] = {}
    for ref in refs:
        item = doc["paths"].get(ref.path)
        if not isinstance(item, dict) or not isinstance(item.get(ref.http_method), dict):
            raise ref.not_in(doc)
        key = (ref.resource, ref.name)
        if key in seen:
            raise SpecError(f"method {'.'.join(key[0])}.{ref.name} is defined twice")
        seen[key] = ref
        selected.append((ref, item[ref.http_method]))
    _check_operation_ids(doc, selected)
    return selected


def derive_methods(doc: dict[str, Any]) -> list[MethodRef]:
    """Without a config: resources from the path segments, method names from REST habits."""
    methods: list[MethodRef] = []
    taken: set[tuple[tuple[str, ...], str]] = set()
    for path, item in doc["paths"].items():
        if not isinstance(item, dict):
            continue
        segments = [s for s in path.strip("/").split("/") if s]
        statics = [python_identifier(s) for s in segments if not s.startswith("{")]
        ends_with_param = bool(segments) and segments[-1].startswith("{")
        for http_method in HTTP_METHODS:
            op = item.get(http_method)
            if not isinstance(op, dict):
                continue
            resource = tuple(statics) or ("root",)
            name = _rest_name(http_method, ends_with_param)
            if not ends_with_param and len(statics) > 1 and len(segments) > 1 and \
                    segments[-2].startswith("{") and http_method == "post":
                resource, name = resource[:-1], statics[-1]  # POST /batches/{id}/cancel
            if (resource, name) in taken:
                name = python_identifier(op.get("operationId") or f"{http_method}_{path}")
            while (resource, name) in taken:
                name += "_"
            taken.add((resource, name))
            methods.append(MethodRef(resource, name, http_method, path))
    return methods


def _rest_name(http_method: str, on_item: bool) -> str:
    if http_method == "get":
        return "retrieve" if on_item else "list"
    if http_method == "post":
        return "update" if on_item else "create"
    if http_method in ("put", "patch"):
        return "update"
    return http_method


def _check_operation_ids(doc: dict[str, Any], selected) -> None:
    owners: dict[str, str] = {}
    for ref, op in selected:
        op_id = op.get("operationId")
        if not op_id:
            continue
        where = f"{ref.http_method.upper()} {ref.path}"
        if op_id in owners:
            raise SpecError(f"duplicate operationId {op_id!r} (also on {owners[op_id]})",
                            pointer=f"/paths/{escape(ref.path)}/{ref.http_method}/operationId")
        owners[op_id] = where


class Builder:
    """Turns selected operations into resources, naming every schema they use on the way."""

    def __init__(self, doc: dict[str, Any], config: Config) -> None:
        self.doc = doc
        self.config = config
        self.selected = select(doc, config)
        roots = [op for _, op in self.selected]
        used = schema_closure(doc, roots)
        all_schemas = doc.get("components", {}).get("schemas", {})
        ordered = [n for n in all_schemas if n in set(used)]  # spec order, not discovery order
        self.namer = SchemaNamer({n: all_schemas[n] for n in ordered})
        self.schemas = self.namer.run()
        self.param_class: dict[str, str] = {}
        self.request_roots: list[str] = []
        self.response_roots: list[str] = []
        self.warnings: list[str] = []

    # -- schemas -------------------------------------------------------------------------------

    def _named(self, schema: Any, name: str, pointer: str) -> dict[str, Any]:
        """A component reference for `schema`, lifting it into components when it is inline."""
        if isinstance(schema, dict) and "$ref" in schema:
            ref = self.namer.ref(schema["$ref"])
            if not ref.startswith(COMPONENT_PREFIX):
                return self._named(deref(self.doc, schema), name, pointer)
            return {"$ref": ref}
        return self.namer.lift(schema if isinstance(schema, dict) else {}, name, pointer)

    def component(self, ref: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        name = unescape(ref["$ref"][len(COMPONENT_PREFIX):])
        return name, self.schemas[name]

    # -- operations ----------------------------------------------------------------------------

    def build(self) -> list[Resource]:
        roots: list[Resource] = []
        index: dict[tuple[str, ...], Resource] = {}
        for ref, op in self.selected:
            resource = self._resource(ref.resource, roots, index)
            resource.methods.append(Method(ref.name, self.operation(ref, op)))
        return roots

    def _resource(self, trail, roots, index) -> Resource:
        if trail in index:
            return index[trail]
        resource = Resource(attr=trail[-1], class_name=pascal(trail[-1]), module="_".join(trail))
        if len(trail) > 1:
            parent = self._resource(trail[:-1], roots, index)
            parent.children.append(resource)
            resource.class_name = parent.class_name + resource.class_name \
                if any(r.class_name == resource.class_name for r in index.values()) else \
                resource.class_name
        else:
            roots.append(resource)
        index[trail] = resource
        return resource

    def operation(self, ref: MethodRef, op: dict[str, Any]) -> Operation:
        pointer = f"/paths/{escape(ref.path)}/{ref.http_method}"
        path_item = self.doc["paths"][ref.path]
        params = self._parameters(path_item.get("parameters", []) + op.get("parameters", []),
                                  pointer, pascal(op.get("operationId") or ref.name))
        declared = [p for p in params if p[0] == "path"]
        in_template = _PATH_PARAM.findall(ref.path)
        for name in in_template:
            if name not in {p[1].name for p in declared}:
                raise SpecError(f"path parameter {{{name}}} of {ref.path} is not declared",
                                pointer=pointer + "/parameters")
        path_params = tuple(sorted((p[1] for p in declared),
                                   key=lambda p: in_template.index(p.name)
                                   if p.name in in_template else len(in_template)))
        query_params = tuple(p[1] for p in params if p[0] == "query")
        body_kind, body_params = self._body(op, ref, pointer)
        path_params, query_params, body_params = _distinct_names(
            path_params, query_params, body_params)
        response_kind, response_type, response_media = self._response(op, ref, pointer)
        page_item = self._page_item(response_type, query_params) if response_kind == "model" \
            else None
        return Operation(
            http_method=ref.http_method, path=ref.path, pointer=pointer,
            summary=str(op.get("summary") or "").strip(),
            description=str(op.get("description") or "").strip(),
            path_params=path_params, query_params=query_params,
            body_kind=body_kind, body_params=body_params,
            response_kind=response_kind, response_type=response_type, page_item=page_item,
            response_media=response_media,
            deprecated=bool(op.get("deprecated")),
        )

    def _parameters(self, raw: list[Any], pointer: str, prefix: str) -> list[tuple[str, Param]]:
        out: dict[tuple[str, str], tuple[str, Param]] = {}
        for i, item in enumerate(raw):
            param = deref(self.doc, item)
            if not isinstance(param, dict) or "name" not in param or "in" not in param:
                raise SpecError("a parameter needs `name` and `in`", pointer=f"{pointer}/parameters/{i}")
            location = param["in"]
            if location not in ("path", "query"):
                if location == "header":
                    self.warnings.append(f"{pointer}: header parameter {param['name']!r} is not "
                                         f"generated; pass it with extra_headers")
                continue
            schema = self.namer.walk(param.get("schema") or {}, prefix + pascal(param["name"]))
            self.request_roots.extend(  # a parameter typed by a component needs it in params.py
                unescape(r[len(COMPONENT_PREFIX):]) for r in iter_refs(schema)
                if r.startswith(COMPONENT_PREFIX))
            required = location == "path" or bool(param.get("required"))
            out[(location, param["name"])] = (location, Param(
                name=str(param["name"]), py_name=python_identifier(param["name"]),
                required=required, annotation=self.annotation(schema, params=True),
                description=_text(param.get("description") or schema.get("description")),
            ))
        return list(out.values())

    def _body(self, op, ref: MethodRef, pointer: str) -> tuple[str | None, tuple[Param, ...]]:
        body = deref(self.doc, op.get("requestBody"))
        if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
            return None, ()
        content = body["content"]
        if "multipart/form-data" in content:
            kind, media = "multipart", content["multipart/form-data"]
        elif any(m in content for m in JSON_TYPES):
            kind, media = "json", content[next(m for m in JSON_TYPES if m in content)]
        else:
            self.warnings.append(f"{pointer}/requestBody: media types {sorted(content)} are not "
                                 f"supported; the method takes no body")
            return None, ()
        name = pascal(op.get("operationId") or f"{ref.resource[-1]}_{ref.name}") + "Request"
        schema_ref = self._named(media.get("schema") or {}, name, pointer + "/requestBody")
        class_name, schema = self.component(schema_ref)
        self.request_roots.append(class_name)
        props, required = self._object_properties(schema)
        params = []
        for prop, prop_schema in props.items():
            params.append(Param(
                name=prop, py_name=python_identifier(prop), required=prop in required,
                annotation=self.annotation(prop_schema, params=True, multipart=kind == "multipart"),
                description=_text(prop_schema.get("description") if isinstance(prop_schema, dict)
                                  else ""),
            ))
        return kind, tuple(sorted(params, key=lambda p: not p.required))

    def _object_properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        props: dict[str, Any] = {}
        required: set[str] = set(schema.get("required") or [])
        for part in schema.get("allOf") or []:
            if isinstance(part, dict) and "$ref" in part:
                part = self.component(part)[1]
            sub_props, sub_required = self._object_properties(part)
            props.update(sub_props)
            required |= sub_required
        props.update(schema.get("properties") or {})
        return props, required

    def _response(self, op, ref: MethodRef, pointer: str) -> tuple[str, str | None, str]:
        """What the method returns: (kind, model class, media type to ask for)."""
        responses = op.get("responses") or {}
        codes = sorted(c for c in responses if str(c).startswith("2"))
        if not codes:
            return "none", None, "application/json"
        response = deref(self.doc, responses[codes[0]])
        content = (response or {}).get("content") or {}
        if not content:
            return "none", None, "application/json"
        media = next((m for m in content if m in JSON_TYPES or m.endswith("+json")), None)
        if media is None:
            return "binary", None, ", ".join(content)
        schema = content[media].get("schema") or {}
        resolved = deref(self.doc, schema)
        if isinstance(resolved, dict) and resolved.get("type") == "string":
            return "binary", None, media  # a "JSON" string body is really the raw bytes of a file
        if isinstance(resolved, dict) and resolved.get("type") == "object" and not resolved.get(
                "properties") and "$ref" not in schema:
            return "json", None, media
        name = pascal(op.get("operationId") or f"{ref.resource[-1]}_{ref.name}") + "Response"
        schema_ref = self._named(schema, name, f"{pointer}/responses/{codes[0]}")
        class_name, _ = self.component(schema_ref)
        self.response_roots.append(class_name)
        return "model", class_name, media

    def _page_item(self, response_type: str | None, query: tuple[Param, ...]) -> str | None:
        pagination = self.config.pagination
        if response_type is None or pagination.cursor_param not in {p.name for p in query}:
            return None
        props, _ = self._object_properties(self.schemas[response_type])
        items, has_more = props.get(pagination.items), props.get(pagination.has_more)
        if not isinstance(items, dict) or has_more is None:
            return None
        item_ref = items.get("items")
        if isinstance(item_ref, dict) and "$ref" in item_ref:
            return self.component(item_ref)[0]
        return None

    # -- type expressions ----------------------------------------------------------------------

    def annotation(self, schema: Any, *, params: bool, multipart: bool = False) -> str:
        """The Python type of a (named) schema, as the generated code spells it."""
        if not isinstance(schema, dict):
            return "object"
        if "$ref" in schema:
            ref = self.namer.ref(schema["$ref"])
            if not ref.startswith(COMPONENT_PREFIX):
                return self.annotation(deref(self.doc, schema), params=params, multipart=multipart)
            name = unescape(ref[len(COMPONENT_PREFIX):])
            if params:
                if name not in self.param_class:  # lifted after the mapping was made
                    self.param_class = param_class_names(self.schemas)
                return self.param_class[name]
            return name
        if "const" in schema:
            return f"Literal[{_literal(schema['const'])}]"
        if isinstance(schema.get("enum"), list):
            values = [v for v in schema["enum"] if v is not None]
            nullable = None in schema["enum"]
            text = f"Literal[{', '.join(_literal(v) for v in values)}]" if values else "None"
            return text + " | None" if nullable and values else text
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                parts = _unique(self.annotation(v, params=params, multipart=multipart)
                                for v in schema[key])
                if "None" in parts:  # keep `X | None` with None last
                    parts = [p for p in parts if p != "None"] + ["None"]
                return " | ".join(parts) if parts else "object"
        if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
            return self.annotation(schema["allOf"][0], params=params, multipart=multipart)
        types = schema.get("type")
        if isinstance(types, list):
            parts = _unique(self.annotation({**schema, "type": t}, params=params,
                                            multipart=multipart) for t in types)
            return " | ".join(p for p in parts if p != "None") + (" | None" if "None" in parts
                                                                 else "")
        if types == "string":
            if multipart and schema.get("format") == "binary":
                return "FileTypes"
            return "str"
        simple = {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}
        if types in simple:
            return simple[types]
        if types == "array":
            item = self.annotation(schema.get("items") or {}, params=params, multipart=multipart)
            return f"SequenceNotStr[{item}]" if params and item == "str" else \
                (f"Sequence[{item}]" if params else f"list[{item}]")
        if types == "object" or "properties" in schema or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            value = self.annotation(extra, params=params) if isinstance(extra, dict) and extra \
                else "object"
            return f"dict[str, {value}]"
        return "object"


# Arguments every generated method has; a spec parameter with one of these names is renamed.
RESERVED_ARGUMENTS = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout"})


def _distinct_names(*groups: tuple[Param, ...]) -> list[tuple[Param, ...]]:
    """Give every argument of a method its own Python name (`class` in the query and in the
    body, or a parameter called `timeout`): later ones get a trailing underscore."""
    taken = set(RESERVED_ARGUMENTS)
    out = []
    for group in groups:
        renamed = []
        for param in group:
            name = param.py_name
            while name in taken:
                name += "_"
            taken.add(name)
            renamed.append(dataclasses.replace(param, py_name=name))
        out.append(tuple(renamed))
    return out


def _literal(value: Any) -> str:
    """A Python literal for an enum value; json.dumps escapes quotes, backslashes and newlines."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value))


def _unique(items) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _text(value: Any) -> str:
    return str(value).strip() if value else ""
