"""The plain intermediate model the templates render: no OpenAPI left in it.

Types are data, not strings: a small tree of type expressions (`Builtin`, `Literal`, `ClassRef`,
`Sequence`, `List`, `Dict`, `Union`, `FILE_INPUT`) that renders itself and knows what it needs
imported, so no stage ever parses an annotation back. A `ClassRef` names a schema; its Python
class name is decided once, after every schema is lifted (`names.name_classes`), and filled in
by `resolve`.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

# -- imports -------------------------------------------------------------------------------------

# Where a name comes from, as seen from a module of the generated package: the standard library
# (`typing`), or a module of the package itself (`_types`, `models`, `params`, ...).
STDLIB_MODULES = frozenset({"typing", "functools", "types", "os"})
THIRD_PARTY_MODULES = frozenset({"httpx"})


@dataclass(frozen=True, order=True)
class Import:
    module: str  # `typing`, or a module of the package: `_types`, `models`, `resources.evals`
    name: str  # empty: the module itself (`import os`)

    @property
    def stdlib(self) -> bool:
        return self.module in STDLIB_MODULES


# -- Python text -----------------------------------------------------------------------------------


def pystr(value: str) -> str:
    """A string literal safe for any text, quoted as black quotes it: double quotes unless
    single ones need fewer backslashes."""
    text = json.dumps(value, ensure_ascii=False)
    if '\\"' not in text:
        return text
    body, alt, i = text[1:-1], [], 0
    while i < len(body):
        pair = body[i : i + 2] if body[i] == "\\" else body[i]
        alt.append('"' if pair == '\\"' else "\\'" if pair == "'" else pair)
        i += len(pair)
    single = "".join(alt)
    return "'" + single + "'" if single.count("\\") < body.count("\\") else text


def pylist(value: Any) -> str:
    """Strings (or lists of them) as a Python list: `[["ApiKeyAuth"]]` (a list, not a tuple: a
    one-tuple's comma would read to the layout as black's magic trailing comma)."""
    if isinstance(value, str):
        return pystr(value)
    return f"[{', '.join(pylist(v) for v in value)}]"


def python_literal(value: Any) -> str:
    """A Python literal for an enum value; a string quoted as black quotes it."""
    if isinstance(value, str):
        return pystr(value)
    if isinstance(value, (bool, int, float)) or value is None:
        return repr(value)
    return json.dumps(str(value))


# -- type expressions ----------------------------------------------------------------------------


class TypeExpr:
    """A Python type expression of the generated code."""

    def render(self) -> str:
        raise NotImplementedError

    def __str__(self) -> str:  # templates write `{{ op.response_type }}`
        return self.render()

    def imports(self) -> Iterator[Import]:
        return iter(())

    def children(self) -> tuple[TypeExpr, ...]:
        return ()

    def map(self, fn: Callable[[TypeExpr], TypeExpr]) -> TypeExpr:
        """This expression with `fn` applied to every node, leaves first."""
        return fn(self)

    def walk(self) -> Iterator[TypeExpr]:
        yield self
        for child in self.children():
            yield from child.walk()

    def all_imports(self) -> set[Import]:
        return {imp for node in self.walk() for imp in node.imports()}

    @property
    def is_file(self) -> bool:
        return False


@dataclass(frozen=True)
class Builtin(TypeExpr):
    """`str`, `int`, `float`, `bool`, `object`, `None`: no import."""

    name: str

    def render(self) -> str:
        return self.name


STR, INT, FLOAT, BOOL, OBJECT, NONE = (
    Builtin(n) for n in ("str", "int", "float", "bool", "object", "None")
)


@dataclass(frozen=True)
class Literal(TypeExpr):
    values: tuple[str, ...]  # Python literals, already escaped: `"a"`, `1`, `True`

    def render(self) -> str:
        return f"Literal[{', '.join(self.values)}]"

    def imports(self) -> Iterator[Import]:
        yield Import("typing", "Literal")


@dataclass(frozen=True)
class Named(TypeExpr):
    """A name imported from a module: `FileTypes` from `_types`, a resolved model class."""

    name: str
    module: str

    def render(self) -> str:
        return self.name

    def imports(self) -> Iterator[Import]:
        yield Import(self.module, self.name)

    @property
    def is_file(self) -> bool:
        return self == FILE_INPUT


FILE_INPUT = Named("FileTypes", "_types")  # what an upload argument accepts


class Side(enum.Enum):
    """Which module a schema's class is in: the response models or the request TypedDicts."""

    MODELS = "models"
    PARAMS = "params"


@dataclass(frozen=True)
class ClassRef(TypeExpr):
    """A component schema, as a response model (`models`) or a request TypedDict (`params`).
    Its class name is unknown until every schema is lifted; `resolve` turns it into `Named`."""

    schema: str
    side: Side

    def render(self) -> str:
        raise RuntimeError(f"class of schema {self.schema!r} rendered before naming")


@dataclass(frozen=True)
class Sequence(TypeExpr):
    """A request-side array: `Sequence[X]`, or `SequenceNotStr[str]` so a bare str is refused."""

    item: TypeExpr

    def render(self) -> str:
        return f"{'SequenceNotStr' if self.item == STR else 'Sequence'}[{self.item.render()}]"

    def imports(self) -> Iterator[Import]:
        yield (
            Import("_types", "SequenceNotStr") if self.item == STR else Import("typing", "Sequence")
        )

    def children(self) -> tuple[TypeExpr, ...]:
        return (self.item,)

    def map(self, fn: Callable[[TypeExpr], TypeExpr]) -> TypeExpr:
        return fn(Sequence(self.item.map(fn)))


@dataclass(frozen=True)
class List(TypeExpr):
    item: TypeExpr

    def render(self) -> str:
        return f"list[{self.item.render()}]"

    def children(self) -> tuple[TypeExpr, ...]:
        return (self.item,)

    def map(self, fn: Callable[[TypeExpr], TypeExpr]) -> TypeExpr:
        return fn(List(self.item.map(fn)))


@dataclass(frozen=True)
class Dict(TypeExpr):
    value: TypeExpr

    def render(self) -> str:
        return f"dict[str, {self.value.render()}]"

    def children(self) -> tuple[TypeExpr, ...]:
        return (self.value,)

    def map(self, fn: Callable[[TypeExpr], TypeExpr]) -> TypeExpr:
        return fn(Dict(self.value.map(fn)))


@dataclass(frozen=True)
class Union(TypeExpr):
    members: tuple[TypeExpr, ...]

    def render(self) -> str:
        return " | ".join(m.render() for m in self.members)

    def children(self) -> tuple[TypeExpr, ...]:
        return self.members

    def map(self, fn: Callable[[TypeExpr], TypeExpr]) -> TypeExpr:
        return fn(Union(tuple(m.map(fn) for m in self.members)))


@dataclass(frozen=True)
class Generic(TypeExpr):
    """`SyncCursorPage[Item]`: an imported generic class and its arguments."""

    base: Named
    args: tuple[TypeExpr, ...]

    def render(self) -> str:
        return f"{self.base.render()}[{', '.join(a.render() for a in self.args)}]"

    def children(self) -> tuple[TypeExpr, ...]:
        return (self.base,) + self.args

    def map(self, fn: Callable[[TypeExpr], TypeExpr]) -> TypeExpr:
        base = self.base.map(fn)
        assert isinstance(base, Named)
        return fn(Generic(base, tuple(a.map(fn) for a in self.args)))


@dataclass(frozen=True)
class AsClass(TypeExpr):
    """A type passed as a value, for the runtime to parse into (`cast_to=`, `item_type=`): the
    class itself, or `cast("type[X]", X)` when the model is a type alias (a list, a union),
    which a type checker does not take for a class."""

    of: TypeExpr
    is_class: bool = True

    def render(self) -> str:
        name = self.of.render()
        return name if self.is_class else f'cast("type[{name}]", {name})'

    def imports(self) -> Iterator[Import]:
        if not self.is_class:
            yield Import("typing", "cast")

    def children(self) -> tuple[TypeExpr, ...]:
        return (self.of,)

    def map(self, fn: Callable[[TypeExpr], TypeExpr]) -> TypeExpr:
        return fn(AsClass(self.of.map(fn), self.is_class))


def union(members: Iterable[TypeExpr]) -> TypeExpr:
    """`A | B`, flattened, without repeats, `None` last; one member is itself, none `object`."""
    flat: list[TypeExpr] = []
    for member in members:
        for part in member.members if isinstance(member, Union) else (member,):
            if part not in flat:
                flat.append(part)
    if NONE in flat:
        flat = [p for p in flat if p != NONE] + [NONE]
    if not flat:
        return OBJECT
    return flat[0] if len(flat) == 1 else Union(tuple(flat))


# -- operations and resources --------------------------------------------------------------------


class BodyKind(enum.Enum):
    """How a request body is sent. JSON, MULTIPART and FORM (x-www-form-urlencoded): the
    operation's `body_params` are its fields; BINARY (raw bytes) and JSON_VALUE (a JSON
    document that is not an object, e.g. a JSON Patch list): `body_params` is one `body`
    argument."""

    JSON = "json"
    MULTIPART = "multipart"
    FORM = "form"
    BINARY = "binary"
    JSON_VALUE = "json_value"


class ResponseKind(enum.Enum):
    """What a success response is: a model, raw bytes, untyped JSON, or nothing."""

    MODEL = "model"
    BINARY = "binary"
    JSON = "json"
    NONE = "none"


# The runtime's names a method's return type and call are made of.
SYNC_PAGE = Named("SyncCursorPage", "_pagination")
ASYNC_PAGE = Named("AsyncPageRequest", "_pagination")
FIRST_SYNC_PAGE = Import("_pagination", "first_sync_page")
BINARY_RESPONSE = Named("BinaryResponse", "_response")
ASYNC_BINARY_RESPONSE = Named("AsyncBinaryResponse", "_response")
NONE_TYPE = Named("NoneType", "types")
FILE_CONTENT = Named("FileContent", "_types")  # what a raw-bytes body argument accepts
# The per-call options every method takes and passes on.
CALL_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


@dataclass(frozen=True)
class Returns:
    """What a method of one client (sync or async) returns, and what the runtime is told to
    parse the response into: `cast_to=` of a request, `item_type=` of a page."""

    type: TypeExpr
    cast: TypeExpr


@dataclass(frozen=True)
class Arg:
    """One argument of a call the generated code makes: `value`, or `keyword=value`."""

    value: str
    keyword: str = ""

    def __str__(self) -> str:
        return f"{self.keyword}={self.value}" if self.keyword else self.value


@dataclass(frozen=True)
class Arguments:
    """The arguments of a call, printed comma-separated."""

    args: tuple[Arg, ...]

    def __str__(self) -> str:
        return ", ".join(map(str, self.args))


def forwarded(names: tuple[str, ...]) -> tuple[Arg, ...]:
    """`name=name` for each: arguments passed on as they came."""
    return tuple(Arg(name, name) for name in names)


def fields(params: tuple[Param, ...]) -> str:
    """`{"wire": py_name, ...}`: arguments as the dict the runtime sends."""
    return "{" + ", ".join(f"{pystr(p.name)}: {p.py_name}" for p in params) + "}"


@dataclass(frozen=True)
class Param:
    """A path, query or header parameter, or a property of a flattened request body."""

    name: str  # on the wire
    py_name: str  # in the method signature
    required: bool
    type: TypeExpr
    description: str = ""

    @property
    def annotation(self) -> str:
        return self.type.render()

    @property
    def argument_type(self) -> str:
        """The annotation in the signature: an optional argument may be left out (`NotGiven`)."""
        return self.annotation if self.required else f"{self.annotation} | NotGiven"

    @property
    def default(self) -> str:
        return "" if self.required else " = NOT_GIVEN"

    @property
    def is_file(self) -> bool:
        return self.type.is_file


@dataclass(frozen=True)
class Operation:
    http_method: str
    path: str
    pointer: str  # JSON pointer of the operation in the spec, for messages
    summary: str
    description: str
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body_kind: BodyKind | None
    body_params: tuple[Param, ...]
    response_kind: ResponseKind
    response_type: TypeExpr | None  # the model when response_kind is MODEL
    sync_returns: Returns
    async_returns: Returns
    page_item: TypeExpr | None = None  # item class when the response is a cursor page
    deprecated: bool = False
    header_params: tuple[Param, ...] = ()
    cookie_params: tuple[Param, ...] = ()  # sent in one `Cookie` header
    body_media: str = ""  # the request body's media type
    # The request's Content-Type when it is not the runtime's JSON default, and its Accept
    # when it is not JSON (a download).
    content_type: str | None = None
    accept: str | None = None
    # auth (issue 17): the operation's own security alternatives (generator/plan/security.py), or
    # None when they are the document's, which the client applies by default
    security: tuple[tuple[str, ...], ...] | None = None

    @property
    def params(self) -> tuple[Param, ...]:
        """Every argument, in signature order."""
        path = self.path_params
        return (
            path[-1:]
            + path[:-1]
            + tuple(p for p in self.body_params if p.required)
            + tuple(p for p in self._named_params if p.required)
            + tuple(p for p in self._named_params if not p.required)
            + tuple(p for p in self.body_params if not p.required)
        )

    @property
    def _named_params(self) -> tuple[Param, ...]:
        return self.query_params + self.header_params + self.cookie_params

    def returns(self, sync: bool) -> Returns:
        return self.sync_returns if sync else self.async_returns

    @property
    def forward(self) -> tuple[Arg, ...]:
        """The arguments passed on as this method takes them: the last path parameter by
        position, every other by name (a poller calling the method)."""
        last = self.path_params[-1:]
        return tuple(Arg(p.py_name) for p in last) + forwarded(
            tuple(p.py_name for p in self.params if p not in last)
        )

    # -- the call a method makes (the template prints each argument on its own line) --------

    @property
    def path_arg(self) -> str:
        if self.path_params:
            return f"path_with({pystr(self.path)}, {fields(self.path_params)})"
        return pystr(self.path)

    @property
    def options_arg(self) -> str:
        args = list(forwarded(CALL_OPTIONS))
        if self.header_params:
            args.append(Arg(fields(self.header_params), "headers"))
        if self.cookie_params:
            args.append(Arg(fields(self.cookie_params), "cookies"))
        if self.content_type is not None:
            args.append(Arg(pystr(self.content_type), "content_type"))
        if self.security is not None:  # auth (issue 17): not the client's default
            args.append(Arg(pylist(self.security), "security"))
        text = ", ".join(map(str, args))
        if self.accept is not None:  # a trailing comma: `lay` explodes the call
            text += f", accept={pystr(self.accept)},"
        return f"RequestOptions({text})"

    @property
    def request_args(self) -> tuple[Arg, ...]:
        """`self._client.request(method, ...)`'s arguments after the method, `cast_to` left
        for the caller (it differs between the clients)."""
        args = [Arg(self.path_arg)]
        if self.query_params:
            args.append(Arg(fields(self.query_params), "query"))
        body = self.body_params
        if self.body_kind is BodyKind.MULTIPART:
            args.append(Arg(fields(tuple(p for p in body if not p.is_file)), "body"))
            args.append(Arg(f"given_files({fields(tuple(p for p in body if p.is_file))})", "files"))
        elif self.body_kind in (BodyKind.JSON, BodyKind.FORM):
            args.append(Arg(fields(body), "body"))
        elif self.body_kind is BodyKind.JSON_VALUE:
            args.append(Arg(body[0].py_name, "json_body"))
        elif self.body_kind is BodyKind.BINARY:
            args.append(Arg(body[0].py_name, "content"))
        args.append(Arg(self.options_arg, "options"))
        return tuple(args)

    @property
    def page_args(self) -> tuple[Arg, ...]:
        """A page's arguments after the client (the same in both clients)."""
        assert self.response_type is not None
        return (
            Arg(self.response_type.render()),
            Arg(self.sync_returns.cast.render(), "item_type"),
            Arg(self.path_arg, "path"),
            Arg(fields(self.query_params), "query"),
            Arg(self.options_arg, "options"),
        )

    # -- what the method's code names -------------------------------------------------------

    def types(self) -> Iterator[TypeExpr]:
        for param in self.path_params + self._named_params + self.body_params:
            yield param.type
        for expr in (self.response_type, self.page_item):  # a page's call names its model
            if expr is not None:
                yield expr
        for returns in (self.sync_returns, self.async_returns):
            yield returns.type
            yield returns.cast

    def imports(self) -> set[Import]:
        """Every name the method's code imports: its types, and the runtime helpers its call
        uses."""
        out = {imp for expr in self.types() for imp in expr.all_imports()}
        if self.path_params:
            out.add(Import("_base_client", "path_with"))
        if self.body_kind is BodyKind.MULTIPART:
            out.add(Import("_base_client", "given_files"))
        if self.page_item is not None:
            out.add(FIRST_SYNC_PAGE)
        return out

    def map_types(self, fn: Callable[[TypeExpr], TypeExpr]) -> Operation:
        def params(group: tuple[Param, ...]) -> tuple[Param, ...]:
            return tuple(dataclasses.replace(p, type=p.type.map(fn)) for p in group)

        def returns(r: Returns) -> Returns:
            return Returns(r.type.map(fn), r.cast.map(fn))

        return dataclasses.replace(
            self,
            path_params=params(self.path_params),
            query_params=params(self.query_params),
            header_params=params(self.header_params),
            cookie_params=params(self.cookie_params),
            body_params=params(self.body_params),
            response_type=self.response_type.map(fn) if self.response_type else None,
            page_item=self.page_item.map(fn) if self.page_item else None,
            sync_returns=returns(self.sync_returns),
            async_returns=returns(self.async_returns),
        )


def returns_of(
    kind: ResponseKind,
    model: TypeExpr | None,
    model_is_class: bool,
    page_item: TypeExpr | None,
    item_is_class: bool,
) -> tuple[Returns, Returns]:
    """What the sync and the async method return, and parse into: decided here only."""
    if page_item is not None:
        item = AsClass(page_item, item_is_class)
        return (
            Returns(Generic(SYNC_PAGE, (page_item,)), item),
            Returns(Generic(ASYNC_PAGE, (page_item,)), item),
        )
    if kind is ResponseKind.BINARY:
        return Returns(BINARY_RESPONSE, BINARY_RESPONSE), Returns(
            ASYNC_BINARY_RESPONSE, ASYNC_BINARY_RESPONSE
        )
    if kind is ResponseKind.MODEL:
        assert model is not None
        same = Returns(model, AsClass(model, model_is_class))
    elif kind is ResponseKind.JSON:
        same = Returns(OBJECT, OBJECT)
    else:
        same = Returns(NONE, NONE_TYPE)
    return same, same


@dataclass(frozen=True)
class Method:
    name: str
    operation: Operation


@dataclass(frozen=True)
class Poller:
    """`poll(...)` (and `create_and_poll(...)` when `create` is set) on a resource."""

    poll: Method  # the method `poll` repeats; `poll` takes the same arguments
    create: Method | None  # the method `create_and_poll` calls once; it takes its arguments
    status: str  # attribute of `poll`'s response holding the status
    terminal: tuple[str, ...]
    id_field: str  # attribute of `create`'s response passed as `poll`'s last path parameter
    # `poll`'s other path parameters, each with the `create` argument that supplies it
    carried: tuple[tuple[str, str], ...] = ()
    poll_after_header: str | None = None  # the header asking for the next wait (ms), if any

    @property
    def fetch(self) -> Arguments:
        """`poll`'s call of the method it repeats: its own arguments, passed on."""
        return Arguments(self.poll.operation.forward + forwarded(CALL_OPTIONS))

    @property
    def create_call(self) -> Arguments:
        """`create_and_poll`'s one call of the create method."""
        assert self.create is not None
        return Arguments(self.create.operation.forward + forwarded(CALL_OPTIONS))

    @property
    def refetch(self) -> Arguments:
        """`create_and_poll`'s fetch of the new object: its id, the carried path parameters,
        and the options that apply to every request (not the create's query and body)."""
        return Arguments(
            (Arg(f"created.{self.id_field}"),)
            + tuple(Arg(given, name) for name, given in self.carried)
            + forwarded(("extra_headers", "timeout"))
        )

    @property
    def terminal_text(self) -> str:
        """`a, b or c`, for the docstrings."""
        if len(self.terminal) == 1:
            return self.terminal[0]
        return ", ".join(self.terminal[:-1]) + " or " + self.terminal[-1]


@dataclass(frozen=True)
class Resource:
    attr: str  # attribute on the parent: `runs`
    class_name: str  # `Runs` (sync); the async class is `Async` + class_name
    module: str  # module under resources/: `evals_runs`
    methods: tuple[Method, ...] = ()
    children: tuple[Resource, ...] = ()
    trail: tuple[str, ...] = ()  # attributes from the client: ("evals", "runs")
    poller: Poller | None = None  # from the config's `polling:` (generator/plan/polling.py)


# The runtime classes methods return, by module: what a `port.types` alias may name besides a model.
RUNTIME_TYPES = {
    "SyncCursorPage": "_pagination",
    "AsyncCursorPage": "_pagination",
    "AsyncPageRequest": "_pagination",
    "BinaryResponse": "_response",
    "AsyncBinaryResponse": "_response",
    "APIResponse": "_response",
    "StreamedAPIResponse": "_response",
    "AsyncStreamedAPIResponse": "_response",
}


@dataclass(frozen=True)
class Deprecated:
    """A model, or a field of one (`field` set), the spec marks `deprecated: true`."""

    model: str
    field: str | None
    description: str


@dataclass(frozen=True)
class PageField:
    """A field every paginated list response of the API has, declared on the page class so that
    type checkers know `page.last_id`. `type` None: the items field (`list[_Item]`)."""

    name: str
    type: TypeExpr | None
    required: bool

    def annotation(self) -> str:
        if self.type is None:
            return "list[_Item]"
        return self.type.render() if self.required else union([self.type, NONE]).render()


@dataclass(frozen=True)
class Api:
    resources: tuple[Resource, ...]
    model_names: tuple[str, ...]  # classes and aliases in the models module, in emitted order
    param_names: tuple[str, ...]  # TypedDicts and aliases in the params module
    warnings: tuple[str, ...] = ()
    page_fields: tuple[PageField, ...] = ()
    deprecated: tuple[Deprecated, ...] = ()
    # `<package>.types`: (alias, the class it names, that class's module), from `port.types`
    type_aliases: tuple[tuple[str, str, str], ...] = ()
    auth: Any = None  # security.ClientAuth: the client's credentials (issue 17)


def walk(resources: tuple[Resource, ...]) -> Iterator[Resource]:
    """Every resource, parents first, in tree order."""
    for resource in resources:
        yield resource
        yield from walk(resource.children)


def tree(
    trails: list[tuple[str, ...]],
    methods: dict[tuple[str, ...], tuple[Method, ...]],
    class_names: dict[tuple[str, ...], str],
    modules: dict[tuple[str, ...], str],
    pollers: dict[tuple[str, ...], Poller],
) -> tuple[Resource, ...]:
    """The resource tree, each resource whole: `trails` in tree order, parents first."""

    def build(trail: tuple[str, ...]) -> Resource:
        children = tuple(build(t) for t in trails if len(t) == len(trail) + 1 and t[:-1] == trail)
        return Resource(
            attr=trail[-1],
            class_name=class_names[trail],
            module=modules[trail],
            methods=methods.get(trail, ()),
            children=children,
            trail=trail,
            poller=pollers.get(trail),
        )

    return tuple(build(t) for t in trails if len(t) == 1)


def resolve(method: Method, class_name: Callable[[ClassRef], str]) -> Method:
    """The method with every `ClassRef` replaced by the class name decided for it."""

    def fix(node: TypeExpr) -> TypeExpr:
        if isinstance(node, ClassRef):
            return Named(class_name(node), node.side.value)
        return node

    return Method(method.name, method.operation.map_types(fix))
