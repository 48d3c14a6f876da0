"""Stage 2: select the operations to generate and describe them in the intermediate model.

One function per step, each returning a small frozen result: `select` (which method calls which
operation), `parameters`, `request_body`, `response_of` (with `page_item`) and `type_of` (schema
to type expression); `operation` puts one together and `build` all of them."""

from __future__ import annotations

import dataclasses
import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from ..errors import SpecError
from ..read.config import HTTP_METHODS, Config, MethodRef
from ..read.refs import COMPONENT_PREFIX, deref, escape, iter_refs, schema_closure, unescape
from . import ir, security
from .ir import BodyKind, ClassRef, Method, Operation, Param, ResponseKind, Side, TypeExpr
from .names import SchemaNamer, pascal, python_identifier

_PATH_PARAM = re.compile(r"\{([^}]*)\}")
_T = TypeVar("_T")


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
            raise SpecError(
                f"method {'.'.join(key[0])}.{ref.name} is defined twice: for "
                f"{first.http_method.upper()} {first.path} and "
                f"{ref.http_method.upper()} {ref.path}",
                pointer=f"/paths/{escape(ref.path)}/{ref.http_method}",
            )
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
            if (
                not ends_with_param
                and len(statics) > 1
                and len(segments) > 1
                and segments[-2].startswith("{")
                and http_method == "post"
            ):
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
CLIENT_MEMBERS = (
    frozenset({"api_key", "base_url", "timeout", "max_retries", "request", "close", "with_options"})
    | RESERVED_MEMBERS
    | {"access_token", "username", "password"}
)  # auth


def check_members(refs: list[MethodRef], where: str | None) -> None:
    """A method named like a sub-resource or a reserved attribute of the same resource cannot
    be generated: an error naming both places."""
    prefixes: dict[tuple[str, ...], MethodRef] = {}
    for ref in refs:
        for i in range(1, len(ref.resource) + 1):
            prefixes.setdefault(ref.resource[:i], ref)
    for ref in refs:
        pointer = f"/paths/{escape(ref.path)}/{ref.http_method}"
        where_text = f"config /resources/{'/'.join(ref.resource + (ref.name,))}: " if where else ""
        if ref.name in RESERVED_MEMBERS or keyword.iskeyword(ref.name):
            raise SpecError(f"{where_text}method name {ref.name!r} is reserved", pointer=pointer)
        if ref.resource[0] in CLIENT_MEMBERS or set(ref.resource) & RESERVED_MEMBERS:
            raise SpecError(
                f"{where_text}resource name {'.'.join(ref.resource)!r} is reserved "
                f"by the client",
                pointer=pointer,
            )
        other = prefixes.get(ref.resource + (ref.name,))
        if other is not None:
            raise SpecError(
                f"{where_text}method {'.'.join(ref.resource)}.{ref.name} "
                f"({ref.http_method.upper()}"
                f" {ref.path}) has the name of the sub-resource holding "
                f"{other.http_method.upper()} {other.path}",
                pointer=pointer,
            )


def _rest_name(http_method: str, on_item: bool) -> str:
    if http_method == "get":
        return "retrieve" if on_item else "list"
    if http_method == "post":
        return "update" if on_item else "create"
    if http_method in ("put", "patch"):
        return "update"
    return http_method


def _check_operation_ids(
    doc: dict[str, Any], selected: list[tuple[MethodRef, dict[str, Any]]]
) -> None:
    owners: dict[str, str] = {}
    for ref, op in selected:
        op_id = op.get("operationId")
        if not op_id:
            continue
        where = f"{ref.http_method.upper()} {ref.path}"
        if op_id in owners:
            raise SpecError(
                f"duplicate operationId {op_id!r} (also on {owners[op_id]})",
                pointer=f"/paths/{escape(ref.path)}/{ref.http_method}/operationId",
            )
        owners[op_id] = where


@dataclass(frozen=True)
class Built:
    """What the build stage hands on: every selected method by resource trail (classes still
    unnamed: `ClassRef`), every schema by its lifted name, the roots of the models and params
    modules, warnings."""

    methods: dict[tuple[str, ...], tuple[Method, ...]]
    trails: list[tuple[str, ...]]  # every resource, in the order the config or paths give them
    schemas: dict[str, Any]
    origin: dict[str, str]  # schema name -> JSON pointer of the schema it came from
    request_roots: list[str]
    response_roots: list[str]
    warnings: list[str]
    page_fields: tuple[ir.PageField, ...] = ()  # what every paginated list response has


@dataclass(frozen=True)
class Context:
    """What every step of the build reads: the spec, the config, and the schemas it uses by
    their lifted names. `namer` lifts an inline schema into `schemas` when a step names it."""

    doc: dict[str, Any]
    config: Config
    namer: SchemaNamer
    schemas: dict[str, Any]

    def named(self, schema: Any, name: str, pointer: str) -> dict[str, Any]:
        """A component reference for `schema`, lifting it into components when it is inline."""
        if isinstance(schema, dict) and "$ref" in schema:
            ref = self.namer.ref(schema["$ref"])
            if not ref.startswith(COMPONENT_PREFIX):
                return self.named(deref(self.doc, schema), name, pointer)
            return {"$ref": ref}
        return self.namer.lift(schema if isinstance(schema, dict) else {}, name, pointer)

    def component(self, ref: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        name = unescape(ref["$ref"][len(COMPONENT_PREFIX) :])
        return name, self.schemas[name]


def context(
    doc: dict[str, Any], config: Config, selected: list[tuple[MethodRef, dict[str, Any]]]
) -> Context:
    """The schemas the selected operations use, named (every schema for a models-only spec)."""
    used = schema_closure(doc, [op for _, op in selected])
    all_schemas = (doc.get("components") or {}).get("schemas") or {}
    if not selected:  # no operations (components or webhooks only): a models package
        used = list(all_schemas)
    ordered = [n for n in all_schemas if n in set(used)]  # spec order, not discovery order
    namer = SchemaNamer({n: all_schemas[n] for n in ordered})
    return Context(doc, config, namer, namer.run())


def build(doc: dict[str, Any], config: Config) -> Built:
    """Select the operations and describe each in the IR, naming every schema they use."""
    selected = select(doc, config)
    ctx = context(doc, config, selected)
    methods: dict[tuple[str, ...], list[Method]] = {}
    request_roots: list[str] = []
    response_roots: list[str] = []
    warnings: list[str] = []
    page_lists: list[PageList] = []
    for ref, op in selected:
        for i in range(1, len(ref.resource)):  # parents first, methods or not
            methods.setdefault(ref.resource[:i], [])
        built = operation(ctx, ref, op)
        methods.setdefault(ref.resource, []).append(Method(ref.name, built.operation))
        request_roots += built.request_roots
        response_roots += built.response_roots
        warnings += built.warnings
        if built.page_list is not None:
            page_lists.append(built.page_list)
    if not selected:  # a models-only package: every schema has a model
        response_roots.extend(n for n in ctx.schemas if n not in response_roots)
    return Built(
        methods={t: tuple(m) for t, m in methods.items()},
        trails=list(methods),
        schemas=ctx.schemas,
        origin=dict(ctx.namer.origin),
        request_roots=_unique(request_roots),
        response_roots=_unique(response_roots),
        warnings=warnings,
        page_fields=page_fields(ctx, page_lists),
    )


@dataclass(frozen=True)
class Part:
    """What a step found besides its result: the schemas the params and models modules must
    hold for it, and warnings."""

    request_roots: tuple[str, ...] = ()
    response_roots: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


# A paginated list response's properties and which of them are required.
PageList = tuple[dict[str, Any], set[str]]


@dataclass(frozen=True)
class OperationPart:
    operation: Operation
    request_roots: tuple[str, ...]
    response_roots: tuple[str, ...]
    warnings: tuple[str, ...]
    page_list: PageList | None = None


def operation(ctx: Context, ref: MethodRef, op: dict[str, Any]) -> OperationPart:
    pointer = f"/paths/{escape(ref.path)}/{ref.http_method}"
    path_item = ctx.doc["paths"][ref.path]
    params = parameters(
        ctx,
        path_item.get("parameters", []) + op.get("parameters", []),
        pointer,
        pascal(op.get("operationId") or ref.name),
    )
    in_template = _PATH_PARAM.findall(ref.path)
    for name in in_template:
        if name not in {p.name for p in params.path}:
            raise SpecError(
                f"path parameter {{{name}}} of {ref.path} is not declared",
                pointer=pointer + "/parameters",
            )
    path_params = tuple(
        sorted(
            params.path,
            key=lambda p: in_template.index(p.name) if p.name in in_template else len(in_template),
        )
    )
    body = request_body(ctx, op, ref, pointer)
    path_params, query_params, header_params, cookie_params, body_params = _distinct_names(
        path_params, params.query, params.header, params.cookie, body.params
    )
    response = response_of(ctx, op, ref, pointer, query_params)
    sync_returns, async_returns = response.returns
    auth_warnings: list[str] = []
    auth = security.of_operation(ctx.doc, op, pointer, auth_warnings)
    return OperationPart(
        request_roots=params.request_roots + body.request_roots,
        response_roots=response.response_roots,
        warnings=params.warnings + body.warnings + tuple(auth_warnings),
        page_list=response.page_list,
        operation=Operation(
            http_method=ref.http_method,
            path=ref.path,
            pointer=pointer,
            summary=str(op.get("summary") or "").strip(),
            description=str(op.get("description") or "").strip(),
            path_params=path_params,
            query_params=query_params,
            header_params=header_params,
            cookie_params=cookie_params,
            body_kind=body.kind,
            body_media=body.media,
            body_params=body_params,
            content_type=body.content_type,
            response_kind=response.kind,
            response_type=response.model,
            page_item=response.page_item,
            accept=response.media if response.kind is ResponseKind.BINARY else None,
            sync_returns=sync_returns,
            async_returns=async_returns,
            deprecated=bool(op.get("deprecated")),
            security=auth,
        ),
    )


# -- parameters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parameters(Part):
    path: tuple[Param, ...] = ()
    query: tuple[Param, ...] = ()
    header: tuple[Param, ...] = ()
    cookie: tuple[Param, ...] = ()


def parameters(ctx: Context, raw: list[Any], pointer: str, prefix: str) -> Parameters:
    """The path, query, header and cookie parameters of an operation (a later one of the same
    name and place replaces an earlier one: the operation's own over the path item's)."""
    out: dict[tuple[str, str], tuple[str, Param]] = {}
    roots: list[str] = []
    warnings: list[str] = []
    for i, item in enumerate(raw):
        param = deref(ctx.doc, item)
        if not isinstance(param, dict) or "name" not in param or "in" not in param:
            raise SpecError(
                "a parameter needs `name` and `in`", pointer=f"{pointer}/parameters/{i}"
            )
        location = param["in"]
        if location not in ("path", "query", "header", "cookie"):
            warnings.append(
                f"{pointer}: {location} parameter {param['name']!r} is not "
                f"generated (not a path, query, header or cookie parameter); pass "
                f"it with extra_query or extra_headers"
            )
            continue
        if location == "header" and str(param["name"]).lower() in _MANAGED_HEADERS:
            continue  # sent by the client itself (Accept, Content-Type, Authorization)
        schema = ctx.namer.walk(param.get("schema") or {}, prefix + pascal(param["name"]))
        roots.extend(  # a parameter typed by a component needs it in params.py
            unescape(r[len(COMPONENT_PREFIX) :])
            for r in iter_refs(schema)
            if r.startswith(COMPONENT_PREFIX)
        )
        required = location == "path" or bool(param.get("required"))
        out[(location, param["name"])] = (
            location,
            Param(
                name=str(param["name"]),
                py_name=python_identifier(param["name"]),
                required=required,
                type=ir.STR if location == "path" else type_of(ctx, schema, params=True),
                description=_text(param.get("description") or schema.get("description")),
            ),
        )
    found = list(out.values())

    def located(where: str) -> tuple[Param, ...]:
        return tuple(p for loc, p in found if loc == where)

    return Parameters(
        request_roots=tuple(roots),
        warnings=tuple(warnings),
        path=located("path"),
        query=located("query"),
        header=located("header"),
        cookie=located("cookie"),
    )


# -- request bodies --------------------------------------------------------------------------


@dataclass(frozen=True)
class Body(Part):
    """The request body: how it is sent (see `ir.BodyKind`), its media type, its arguments."""

    kind: BodyKind | None = None
    media: str = ""
    params: tuple[Param, ...] = ()

    @property
    def content_type(self) -> str | None:
        """The Content-Type the request names, or None for the runtime's `application/json`
        (multipart names its own, with the boundary)."""
        if self.kind in (BodyKind.FORM, BodyKind.BINARY, BodyKind.JSON_VALUE) or (
            self.kind is BodyKind.JSON and self.media != "application/json"
        ):
            return self.media
        return None


def request_body(ctx: Context, op: dict[str, Any], ref: MethodRef, pointer: str) -> Body:
    body = deref(ctx.doc, op.get("requestBody"))
    if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
        return Body()
    content = body["content"]
    required = bool(body.get("required"))
    media_type = _body_media(content)
    if media_type is None:
        return Body(
            warnings=(
                f"{pointer}/requestBody: media types {sorted(content)} are not "
                f"supported; the method takes no body",
            )
        )
    media = content[media_type] if isinstance(content[media_type], dict) else {}
    description = _text(body.get("description"))
    if media_type == "multipart/form-data":
        kind = BodyKind.MULTIPART
    elif media_type == "application/x-www-form-urlencoded":
        kind = BodyKind.FORM
    elif _is_json(media_type):
        kind = BodyKind.JSON
    else:
        schema = deref(ctx.doc, media.get("schema") or {})
        if isinstance(schema, dict) and schema.get("type") not in (None, "string"):
            return Body(
                warnings=(
                    f"{pointer}/requestBody: media type {media_type} with a "
                    f"non-string schema is not supported; the method takes no "
                    f"body",
                )
            )
        return Body(
            kind=BodyKind.BINARY,
            media=media_type,
            params=(_body_argument(required, ir.FILE_CONTENT, description),),
        )
    name = pascal(op.get("operationId") or f"{ref.resource[-1]}_{ref.name}") + "Request"
    schema_ref = ctx.named(media.get("schema") or {}, name, pointer + "/requestBody")
    class_name, schema = ctx.component(schema_ref)
    if kind is BodyKind.JSON and not _is_object(schema):  # a JSON Patch list, an array, a string
        return Body(
            request_roots=(class_name,),
            kind=BodyKind.JSON_VALUE,
            media=media_type,
            params=(_body_argument(required, type_of(ctx, schema_ref, params=True), description),),
        )
    props, required_props = object_properties(ctx, schema)
    params = []
    for prop, prop_schema in props.items():
        params.append(
            Param(
                name=prop,
                py_name=python_identifier(prop),
                required=prop in required_props,
                type=type_of(ctx, prop_schema, params=True, multipart=kind is BodyKind.MULTIPART),
                description=_text(
                    prop_schema.get("description") if isinstance(prop_schema, dict) else ""
                ),
            )
        )
    return Body(
        request_roots=(class_name,),
        kind=kind,
        media=media_type,
        params=tuple(sorted(params, key=lambda p: not p.required)),
    )


def _body_argument(required: bool, type: TypeExpr, description: str) -> Param:
    """The one `body=` argument of a body sent whole (bytes, or a JSON value that is no object)."""
    return Param(name="body", py_name="body", required=required, type=type, description=description)


def object_properties(ctx: Context, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """The properties of an object schema with those of its `allOf` parts, and which are
    required."""
    props: dict[str, Any] = {}
    required: set[str] = set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        if isinstance(part, dict) and "$ref" in part:
            part = ctx.component(part)[1]
        sub_props, sub_required = object_properties(ctx, part)
        props.update(sub_props)
        required |= sub_required
    props.update(schema.get("properties") or {})
    return props, required


# -- responses -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Response(Part):
    """What the method returns: the kind, the model (a `ClassRef`), the page item when the
    model is a cursor page, the media type to ask for, and the return types of both clients."""

    kind: ResponseKind = ResponseKind.NONE
    model: TypeExpr | None = None
    page_item: TypeExpr | None = None
    media: str = "application/json"
    page_list: PageList | None = None  # the model's fields when it is a cursor page
    returns: tuple[ir.Returns, ir.Returns] = ir.returns_of(
        ResponseKind.NONE, None, True, None, True
    )


def response_of(
    ctx: Context, op: dict[str, Any], ref: MethodRef, pointer: str, query: tuple[Param, ...]
) -> Response:
    responses = op.get("responses") or {}
    codes = sorted(c for c in responses if str(c).startswith("2"))
    if not codes:
        return Response()
    response = deref(ctx.doc, responses[codes[0]])
    content = (response or {}).get("content") or {}
    if not content:
        return Response()
    media = next((m for m in content if _is_json(m)), None)
    if media is None:
        return _unmodelled(ResponseKind.BINARY, ", ".join(content))
    schema = (content[media] or {}).get("schema") or {}
    resolved = deref(ctx.doc, schema)
    if isinstance(resolved, dict) and resolved.get("type") == "string":
        return _unmodelled(ResponseKind.BINARY, media)  # a "JSON" string: the bytes of a file
    if (
        isinstance(resolved, dict)
        and resolved.get("type") == "object"
        and not resolved.get("properties")
        and "$ref" not in schema
    ):
        return _unmodelled(ResponseKind.JSON, media)
    if not resolved:
        return _unmodelled(ResponseKind.JSON, media)
    name = pascal(op.get("operationId") or f"{ref.resource[-1]}_{ref.name}") + "Response"
    schema_ref = ctx.named(schema, name, f"{pointer}/responses/{codes[0]}")
    class_name, _ = ctx.component(schema_ref)
    item = page_item(ctx, class_name, query)
    model = ClassRef(class_name, Side.MODELS)
    page = ClassRef(item, Side.MODELS) if item else None
    return Response(
        response_roots=(class_name,),
        kind=ResponseKind.MODEL,
        model=model,
        page_item=page,
        media=media,
        page_list=object_properties(ctx, ctx.schemas[class_name]) if item else None,
        returns=ir.returns_of(
            ResponseKind.MODEL,
            model,
            _is_class(ctx.schemas[class_name]),
            page,
            item is None or _is_class(ctx.schemas[item]),
        ),
    )


def _unmodelled(kind: ResponseKind, media: str) -> Response:
    return Response(kind=kind, media=media, returns=ir.returns_of(kind, None, True, None, True))


def page_item(ctx: Context, response_type: str, query: tuple[Param, ...]) -> str | None:
    """The item schema when the response is a cursor page (the config's `pagination:`)."""
    pagination = ctx.config.pagination
    if pagination.cursor_param not in {p.name for p in query}:
        return None
    props, _ = object_properties(ctx, ctx.schemas[response_type])
    items, has_more = props.get(pagination.items), props.get(pagination.has_more)
    if not isinstance(items, dict) or has_more is None:
        return None
    item_ref = items.get("items")
    if isinstance(item_ref, dict) and "$ref" in item_ref:
        return ctx.component(item_ref)[0]
    return None


def page_fields(ctx: Context, lists: list[PageList]) -> tuple[ir.PageField, ...]:
    """The fields every paginated list response has, for the page class to declare: the items
    field, then the others in the first list's order, each typed as the union of the lists'
    types (optional unless every list requires it). A field typed with a model, or whose name is
    not its Python attribute as is, is left out: still an attribute at run time (a page is a
    model of its own list response), only not declared."""
    pagination = ctx.config.pagination
    lists = lists or [({pagination.items: {}, pagination.has_more: {"type": "boolean"}}, set())]
    out: list[ir.PageField] = []
    for name in lists[0][0]:
        if not all(name in props for props, _ in lists) or not _page_attribute(name):
            continue
        if name == pagination.items:
            out.append(ir.PageField(name, None, True))
            continue
        types = [type_of(ctx, props[name], params=False) for props, _ in lists]
        required = all(name in req and not props[name].get("nullable") for props, req in lists)
        merged = ir.union(types)
        if isinstance(merged, ir.Union) and ir.STR in merged.members:  # `Literal["a"] | str`
            merged = ir.union(
                m
                for m in merged.members
                if not (isinstance(m, ir.Literal) and all(v[:1] in "\"'" for v in m.values))
            )
        if not any(isinstance(t, ClassRef) for t in merged.walk()):
            out.append(ir.PageField(name, merged, required))
    return tuple(out)


# -- type expressions ------------------------------------------------------------------------


def type_of(ctx: Context, schema: Any, *, params: bool, multipart: bool = False) -> TypeExpr:
    """The Python type of a (named) schema: a model class for responses, a TypedDict (or
    `Sequence`, `FileTypes`) for requests."""
    if not isinstance(schema, dict):
        return ir.OBJECT
    if "$ref" in schema:
        ref = ctx.namer.ref(schema["$ref"])
        if not ref.startswith(COMPONENT_PREFIX):
            return type_of(ctx, deref(ctx.doc, schema), params=params, multipart=multipart)
        return ClassRef(
            unescape(ref[len(COMPONENT_PREFIX) :]), Side.PARAMS if params else Side.MODELS
        )
    if "const" in schema:
        return ir.Literal((ir.python_literal(schema["const"]),))
    if isinstance(schema.get("enum"), list):
        values = tuple(_unique(ir.python_literal(v) for v in schema["enum"] if v is not None))
        if not values:
            return ir.NONE
        return ir.union([ir.Literal(values)] + ([ir.NONE] if None in schema["enum"] else []))
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            return ir.union(
                type_of(ctx, v, params=params, multipart=multipart) for v in schema[key]
            )
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        return type_of(ctx, schema["allOf"][0], params=params, multipart=multipart)
    types = schema.get("type")
    if isinstance(types, list):
        return ir.union(
            type_of(ctx, {**schema, "type": t}, params=params, multipart=multipart) for t in types
        )
    if types == "string":
        if multipart and schema.get("format") == "binary":
            return ir.FILE_INPUT
        return ir.STR
    simple = {"integer": ir.INT, "number": ir.FLOAT, "boolean": ir.BOOL, "null": ir.NONE}
    if types in simple:
        return simple[types]
    if types == "array":
        item = type_of(ctx, schema.get("items") or {}, params=params, multipart=multipart)
        return ir.Sequence(item) if params else ir.List(item)
    if types == "object" or "properties" in schema or "additionalProperties" in schema:
        extra = schema.get("additionalProperties")
        value = (
            type_of(ctx, extra, params=params) if isinstance(extra, dict) and extra else ir.OBJECT
        )
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
        if media_type.startswith(
            (
                "application/octet-stream",
                "image/",
                "audio/",
                "video/",
                "application/pdf",
                "application/zip",
                "text/plain",
                "*/*",
            )
        ):
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
        for k in ("additionalProperties", "oneOf", "anyOf")
    )


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


# What a page (a pydantic model with the page methods) already has: a list field of one of these
# names is not declared on the page class.
_PAGE_ATTRIBUTES = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "to_dict",
        "to_json",
        "response",
        "has_next_page",
        "get_next_page",
        "iter_pages",
    }
)


def _page_attribute(name: str) -> bool:
    return (
        name.isidentifier()
        and not keyword.iskeyword(name)
        and not name.startswith(("_", "model_"))
        and name not in _PAGE_ATTRIBUTES
    )


# Arguments every generated method has; a spec parameter with one of these names is renamed.
# The body of a method reads its arguments and these imported names only (no builtins: a
# parameter may be called `type` or `list`), so an argument may not take one of them either.
RESERVED_ARGUMENTS = frozenset(
    {
        "self",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "path_with",
        "given_files",
        "first_sync_page",
        "cast",
    }
)


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


def _unique(items: Iterable[_T]) -> list[_T]:
    out: list[_T] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _text(value: Any) -> str:
    return str(value).strip() if value else ""
