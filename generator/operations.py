"""Stage 2: select the operations to generate and describe them in the intermediate model."""

from __future__ import annotations

import dataclasses
import json
import keyword
import re
from dataclasses import dataclass
from typing import Any

from .config import HTTP_METHODS, Config, MethodRef
from .errors import SpecError
from . import ir, security
from .ir import ClassRef, Method, Operation, Param, Resource, TypeExpr
from .layout import pystr
from .names import SchemaNamer, pascal, python_identifier
from .refs import COMPONENT_PREFIX, deref, escape, iter_refs, schema_closure, unescape

_PATH_PARAM = re.compile(r"\{([^}]*)\}")


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
            first = seen[key]
            raise SpecError(f"method {'.'.join(key[0])}.{ref.name} is defined twice: for "
                            f"{first.http_method.upper()} {first.path} and "
                            f"{ref.http_method.upper()} {ref.path}",
                            pointer=f"/paths/{escape(ref.path)}/{ref.http_method}")
        seen[key] = ref
        selected.append((ref, item[ref.http_method]))
    check_members(list(refs), "config" if config.methods is not None else None)
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
            resource = tuple(s + "_" if s in RESERVED_MEMBERS else s for s in statics) or ("root",)
            if resource[0] in CLIENT_MEMBERS:  # `/close` must not hide `client.close()`
                resource = (resource[0] + "_",) + resource[1:]
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
    return _methods_apart_from_resources(methods)


def _methods_apart_from_resources(methods: list[MethodRef]) -> list[MethodRef]:
    """A method never hides a sub-resource: `POST /evals/{id}/runs` named `evals.runs` while
    `GET /evals/{id}/runs` is `evals.runs.list` becomes `evals.runs.create`."""
    prefixes = {m.resource[:i] for m in methods for i in range(1, len(m.resource) + 1)}
    taken = {(m.resource, m.name) for m in methods}
    out = []
    for ref in methods:
        resource, name = ref.resource, ref.name
        if resource + (name,) in prefixes:
            taken.discard((resource, name))
            resource, name = resource + (name,), _rest_name(ref.http_method, False)
            while (resource, name) in taken:
                name += "_"
            taken.add((resource, name))
        while name in RESERVED_MEMBERS:
            name += "_"
        out.append(MethodRef(resource, name, ref.http_method, ref.path))
    return out


# Attributes every resource class has besides its methods and sub-resources.
RESERVED_MEMBERS = frozenset({"with_raw_response", "with_streaming_response"})
# Attributes of the client itself, which top-level resources sit beside.
CLIENT_MEMBERS = frozenset({"api_key", "base_url", "timeout", "max_retries", "request", "close",
                            "with_options"}) | RESERVED_MEMBERS | {"access_token", "username",
                                                                  "password"}  # auth


def check_members(refs: list[MethodRef], where: str | None) -> None:
    """A method named like a sub-resource or a reserved attribute of the same resource cannot
    be generated: an error naming both places."""
    prefixes = {}
    for ref in refs:
        for i in range(1, len(ref.resource) + 1):
            prefixes.setdefault(ref.resource[:i], ref)
    for ref in refs:
        pointer = f"/paths/{escape(ref.path)}/{ref.http_method}"
        where_text = f"config /resources/{'/'.join(ref.resource + (ref.name,))}: " if where else ""
        if ref.name in RESERVED_MEMBERS or keyword.iskeyword(ref.name):
            raise SpecError(f"{where_text}method name {ref.name!r} is reserved", pointer=pointer)
        if ref.resource[0] in CLIENT_MEMBERS or set(ref.resource) & RESERVED_MEMBERS:
            raise SpecError(f"{where_text}resource name {'.'.join(ref.resource)!r} is reserved "
                            f"by the client", pointer=pointer)
        other = prefixes.get(ref.resource + (ref.name,))
        if other is not None:
            raise SpecError(f"{where_text}method {'.'.join(ref.resource)}.{ref.name} "
                            f"({ref.http_method.upper()}"
                            f" {ref.path}) has the name of the sub-resource holding "
                            f"{other.http_method.upper()} {other.path}", pointer=pointer)


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


@dataclass
class Built:
    """What the build stage hands on: the resource tree (classes still unnamed: `ClassRef`),
    every schema by its lifted name, the roots of the models and params modules, warnings."""

    resources: list[Resource]
    schemas: dict[str, Any]
    origin: dict[str, str]  # schema name -> JSON pointer of the schema it came from
    request_roots: list[str]
    response_roots: list[str]
    warnings: list[str]
    trails: list[tuple[str, ...]]  # every resource, in the order the config or paths give them


class Builder:
    """Turns selected operations into resources, naming every schema they use on the way."""

    def __init__(self, doc: dict[str, Any], config: Config) -> None:
        self.doc = doc
        self.config = config
        self.selected = select(doc, config)
        roots = [op for _, op in self.selected]
        used = schema_closure(doc, roots)
        all_schemas = (doc.get("components") or {}).get("schemas") or {}
        if not self.selected:  # no operations (components or webhooks only): a models package
            used = list(all_schemas)
        ordered = [n for n in all_schemas if n in set(used)]  # spec order, not discovery order
        self.namer = SchemaNamer({n: all_schemas[n] for n in ordered})
        self.schemas = self.namer.run()
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

    def build(self) -> Built:
        roots: list[Resource] = []
        index: dict[tuple[str, ...], Resource] = {}
        for ref, op in self.selected:
            resource = self._resource(ref.resource, roots, index)
            resource.methods.append(Method(ref.name, self.operation(ref, op)))
        if not self.selected:  # a models-only package: every schema has a model
            self.response_roots.extend(n for n in self.schemas if n not in self.response_roots)
        return Built(resources=roots, schemas=self.schemas, origin=dict(self.namer.origin),
                     request_roots=_unique(self.request_roots),
                     response_roots=_unique(self.response_roots), warnings=self.warnings,
                     trails=list(index))

    def _resource(self, trail, roots, index) -> Resource:
        if trail in index:
            return index[trail]
        # The class name is decided with every other class name (names.name_classes).
        resource = Resource(attr=trail[-1], class_name="", module="_".join(trail), trail=trail)
        if len(trail) > 1:
            self._resource(trail[:-1], roots, index).children.append(resource)
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
        header_params = tuple(p[1] for p in params if p[0] == "header")
        body_kind, body_media, body_params = self._body(op, ref, pointer)
        path_params, query_params, header_params, body_params = _distinct_names(
            path_params, query_params, header_params, body_params)
        response_kind, response_type, response_media = self._response(op, ref, pointer)
        page_item = self._page_item(response_type, query_params) if response_kind == "model" \
            else None
        return Operation(
            http_method=ref.http_method, path=ref.path, pointer=pointer,
            summary=str(op.get("summary") or "").strip(),
            description=str(op.get("description") or "").strip(),
            path_params=path_params, query_params=query_params, header_params=header_params,
            body_kind=body_kind, body_media=body_media, body_params=body_params,
            response_kind=response_kind,
            response_type=ClassRef(response_type, "models") if response_type else None,
            response_is_class=response_type is None or _is_class(self.schemas[response_type]),
            page_item=ClassRef(page_item, "models") if page_item else None,
            page_item_is_class=page_item is None or _is_class(self.schemas[page_item]),
            response_media=response_media,
            deprecated=bool(op.get("deprecated")),
            security=security.of_operation(self.doc, op, pointer, self.warnings),
        )

    def _parameters(self, raw: list[Any], pointer: str, prefix: str) -> list[tuple[str, Param]]:
        out: dict[tuple[str, str], tuple[str, Param]] = {}
        for i, item in enumerate(raw):
            param = deref(self.doc, item)
            if not isinstance(param, dict) or "name" not in param or "in" not in param:
                raise SpecError("a parameter needs `name` and `in`", pointer=f"{pointer}/parameters/{i}")
            location = param["in"]
            if location not in ("path", "query", "header"):
                self.warnings.append(f"{pointer}: {location} parameter {param['name']!r} is not "
                                     f"generated; pass it with extra_headers")
                continue
            if location == "header" and str(param["name"]).lower() in _MANAGED_HEADERS:
                continue  # sent by the client itself (Accept, Content-Type, Authorization)
            schema = self.namer.walk(param.get("schema") or {}, prefix + pascal(param["name"]))
            self.request_roots.extend(  # a parameter typed by a component needs it in params.py
                unescape(r[len(COMPONENT_PREFIX):]) for r in iter_refs(schema)
                if r.startswith(COMPONENT_PREFIX))
            required = location == "path" or bool(param.get("required"))
            out[(location, param["name"])] = (location, Param(
                name=str(param["name"]), py_name=python_identifier(param["name"]),
                required=required,
                type=ir.STR if location == "path" else self.type_of(schema, params=True),
                description=_text(param.get("description") or schema.get("description")),
            ))
        return list(out.values())

    def _body(self, op, ref: MethodRef, pointer: str) -> tuple[str | None, str, tuple[Param, ...]]:
        """(kind, media type, arguments) of the request body; see `Operation.body_kind`."""
        body = deref(self.doc, op.get("requestBody"))
        if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
            return None, "", ()
        content = body["content"]
        required = bool(body.get("required"))
        media_type = _body_media(content)
        if media_type is None:
            self.warnings.append(f"{pointer}/requestBody: media types {sorted(content)} are not "
                                 f"supported; the method takes no body")
            return None, "", ()
        media = content[media_type] if isinstance(content[media_type], dict) else {}
        description = _text(body.get("description"))
        if media_type == "multipart/form-data":
            kind = "multipart"
        elif media_type == "application/x-www-form-urlencoded":
            kind = "form"
        elif _is_json(media_type):
            kind = "json"
        else:
            schema = deref(self.doc, media.get("schema") or {})
            if isinstance(schema, dict) and schema.get("type") not in (None, "string"):
                self.warnings.append(f"{pointer}/requestBody: media type {media_type} with a "
                                     f"non-string schema is not supported; the method takes no body")
                return None, "", ()
            return "binary", media_type, (Param(
                name="body", py_name="body", required=required,
                type=ir.Named("FileContent", "_types"), description=description),)
        name = pascal(op.get("operationId") or f"{ref.resource[-1]}_{ref.name}") + "Request"
        schema_ref = self._named(media.get("schema") or {}, name, pointer + "/requestBody")
        class_name, schema = self.component(schema_ref)
        if kind == "json" and not _is_object(schema):  # a JSON Patch list, an array, a string
            self.request_roots.append(class_name)
            return "json_value", media_type, (Param(
                name="body", py_name="body", required=required,
                type=self.type_of(schema_ref, params=True), description=description),)
        self.request_roots.append(class_name)
        props, required_props = self._object_properties(schema)
        params = []
        for prop, prop_schema in props.items():
            params.append(Param(
                name=prop, py_name=python_identifier(prop), required=prop in required_props,
                type=self.type_of(prop_schema, params=True, multipart=kind == "multipart"),
                description=_text(prop_schema.get("description") if isinstance(prop_schema, dict)
                                  else ""),
            ))
        return kind, media_type, tuple(sorted(params, key=lambda p: not p.required))

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
        """What the method returns: (kind, schema name of the model, media type to ask for)."""
        responses = op.get("responses") or {}
        codes = sorted(c for c in responses if str(c).startswith("2"))
        if not codes:
            return "none", None, "application/json"
        response = deref(self.doc, responses[codes[0]])
        content = (response or {}).get("content") or {}
        if not content:
            return "none", None, "application/json"
        media = next((m for m in content if _is_json(m)), None)
        if media is None:
            return "binary", None, ", ".join(content)
        schema = (content[media] or {}).get("schema") or {}
        resolved = deref(self.doc, schema)
        if isinstance(resolved, dict) and resolved.get("type") == "string":
            return "binary", None, media  # a "JSON" string body is really the raw bytes of a file
        if isinstance(resolved, dict) and resolved.get("type") == "object" and not resolved.get(
                "properties") and "$ref" not in schema:
            return "json", None, media
        if not resolved:
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

    def type_of(self, schema: Any, *, params: bool, multipart: bool = False) -> TypeExpr:
        """The Python type of a (named) schema: a model class for responses, a TypedDict (or
        `Sequence`, `FileTypes`) for requests."""
        if not isinstance(schema, dict):
            return ir.OBJECT
        if "$ref" in schema:
            ref = self.namer.ref(schema["$ref"])
            if not ref.startswith(COMPONENT_PREFIX):
                return self.type_of(deref(self.doc, schema), params=params, multipart=multipart)
            return ClassRef(unescape(ref[len(COMPONENT_PREFIX):]),
                            "params" if params else "models")
        if "const" in schema:
            return ir.Literal((_literal(schema["const"]),))
        if isinstance(schema.get("enum"), list):
            values = tuple(_unique(_literal(v) for v in schema["enum"] if v is not None))
            if not values:
                return ir.NONE
            return ir.union([ir.Literal(values)] + ([ir.NONE] if None in schema["enum"] else []))
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                return ir.union(self.type_of(v, params=params, multipart=multipart)
                                for v in schema[key])
        if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
            return self.type_of(schema["allOf"][0], params=params, multipart=multipart)
        types = schema.get("type")
        if isinstance(types, list):
            return ir.union(self.type_of({**schema, "type": t}, params=params, multipart=multipart)
                            for t in types)
        if types == "string":
            if multipart and schema.get("format") == "binary":
                return ir.FILE_INPUT
            return ir.STR
        simple = {"integer": ir.INT, "number": ir.FLOAT, "boolean": ir.BOOL, "null": ir.NONE}
        if types in simple:
            return simple[types]
        if types == "array":
            item = self.type_of(schema.get("items") or {}, params=params, multipart=multipart)
            return ir.Sequence(item) if params else ir.List(item)
        if types == "object" or "properties" in schema or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            value = self.type_of(extra, params=params) if isinstance(extra, dict) and extra \
                else ir.OBJECT
            return ir.Dict(value)
        return ir.OBJECT


# Headers the client sets itself; a spec parameter for one of them is not an argument.
_MANAGED_HEADERS = frozenset({"accept", "content-type", "authorization", "content-length"})


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _body_media(content: dict[str, Any]) -> str | None:
    """The request media type the method sends, in order of preference."""
    for media_type in content:
        if _is_json(media_type) and "patch" not in media_type:
            return media_type
    for media_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        if media_type in content:
            return media_type
    for media_type in content:
        if _is_json(media_type):
            return media_type  # application/json-patch+json, merge-patch+json
    for media_type in content:
        if media_type.startswith(("application/octet-stream", "image/", "audio/", "video/",
                                  "application/pdf", "application/zip", "text/plain", "*/*")):
            return media_type
    return next(iter(content), None)  # any other: sent as bytes when its schema is a string


def _is_object(schema: Any) -> bool:
    """A request body whose properties become keyword arguments."""
    if not isinstance(schema, dict):
        return False
    if schema.get("properties") or schema.get("allOf"):
        return True
    # `{type: object}` alone: no arguments (and `{}` is sent); a map or a union is `body=`.
    return schema.get("type") == "object" and not any(
        isinstance(schema.get(k), (dict, list)) and schema.get(k)
        for k in ("additionalProperties", "oneOf", "anyOf"))


def _is_class(schema: Any) -> bool:
    """Whether the models module defines this schema as a class (an object with properties,
    or an allOf) rather than a type alias (a list, a union, a scalar): the model generator's
    rule, checked against its output by a test."""
    if not isinstance(schema, dict):
        return False
    if any(k in schema for k in ("oneOf", "anyOf", "enum", "const")):
        return False
    if schema.get("allOf"):
        return True
    types = schema.get("type")
    if isinstance(types, list):
        return False
    return types == "object" or (types is None and "properties" in schema)


# Arguments every generated method has; a spec parameter with one of these names is renamed.
# The body of a method reads its arguments and these imported names only (no builtins: a
# parameter may be called `type` or `list`), so an argument may not take one of them either.
RESERVED_ARGUMENTS = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout",
                                "path_with", "given_files", "first_sync_page", "cast"})


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
    """A Python literal for an enum value; a string quoted as black quotes it."""
    if isinstance(value, str):
        return pystr(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value))


def _unique(items) -> list:
    out: list = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _text(value: Any) -> str:
    return str(value).strip() if value else ""
