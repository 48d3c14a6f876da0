"""The plain intermediate model the templates render: no OpenAPI left in it.

Types are data, not strings: a small tree of type expressions (`Builtin`, `Literal`, `ClassRef`,
`Sequence`, `List`, `Dict`, `Union`, `FILE_INPUT`) that renders itself and knows what it needs
imported, so no stage ever parses an annotation back. A `ClassRef` names a schema; its Python
class name is decided once, after every schema is lifted (`names.name_classes`), and filled in
by `resolve`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

# -- imports -------------------------------------------------------------------------------------

# Where a name comes from, as seen from a module of the generated package: the standard library
# (`typing`), or a module of the package itself (`_types`, `models`, `params`, ...).
STDLIB_MODULES = frozenset({"typing", "functools", "types"})


@dataclass(frozen=True, order=True)
class Import:
    module: str  # `typing`, or a module of the package: `_types`, `models`, `resources.evals`
    name: str

    @property
    def stdlib(self) -> bool:
        return self.module in STDLIB_MODULES


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


STR, INT, FLOAT, BOOL, OBJECT, NONE = (Builtin(n) for n in ("str", "int", "float", "bool",
                                                            "object", "None"))


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


@dataclass(frozen=True)
class ClassRef(TypeExpr):
    """A component schema, as a response model (`models`) or a request TypedDict (`params`).
    Its class name is unknown until every schema is lifted; `resolve` turns it into `Named`."""

    schema: str
    side: str  # "models" or "params"

    def render(self) -> str:
        raise RuntimeError(f"class of schema {self.schema!r} rendered before naming")


@dataclass(frozen=True)
class Sequence(TypeExpr):
    """A request-side array: `Sequence[X]`, or `SequenceNotStr[str]` so a bare str is refused."""

    item: TypeExpr

    def render(self) -> str:
        return f"{'SequenceNotStr' if self.item == STR else 'Sequence'}[{self.item.render()}]"

    def imports(self) -> Iterator[Import]:
        yield Import("_types", "SequenceNotStr") if self.item == STR else \
            Import("typing", "Sequence")

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


def union(members) -> TypeExpr:
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
    # None; "json", "multipart", "form" (x-www-form-urlencoded): body_params are its fields;
    # "binary" (raw bytes) and "json_value" (a JSON document that is not an object, e.g. a JSON
    # Patch list): body_params is one `body` argument.
    body_kind: str | None
    body_params: tuple[Param, ...]
    response_kind: str  # "model", "binary", "json" (untyped) or "none"
    response_type: TypeExpr | None  # the model when response_kind == "model"
    page_item: TypeExpr | None = None  # item class when the response is a cursor page
    response_media: str = "application/json"  # what the request's Accept header asks for
    deprecated: bool = False
    header_params: tuple[Param, ...] = ()
    body_media: str = ""  # the request body's media type
    # False when the response model is a type alias (a list, a union): `cast_to` gets a cast.
    response_is_class: bool = True
    page_item_is_class: bool = True
    # auth (issue 17): the operation's own security alternatives (generator/security.py), or
    # None when they are the document's, which the client applies by default
    security: tuple[tuple[str, ...], ...] | None = None

    @property
    def params(self) -> tuple[Param, ...]:
        """Every argument, in signature order."""
        path = self.path_params
        return (path[-1:] + path[:-1] + tuple(p for p in self.body_params if p.required)
                + tuple(p for p in self.query_params + self.header_params if p.required)
                + tuple(p for p in self.query_params + self.header_params if not p.required)
                + tuple(p for p in self.body_params if not p.required))

    def types(self) -> Iterator[TypeExpr]:
        for param in self.path_params + self.query_params + self.header_params + \
                self.body_params:
            yield param.type
        for expr in (self.response_type, self.page_item):
            if expr is not None:
                yield expr

    def map_types(self, fn: Callable[[TypeExpr], TypeExpr]) -> Operation:
        def params(group: tuple[Param, ...]) -> tuple[Param, ...]:
            return tuple(dataclasses.replace(p, type=p.type.map(fn)) for p in group)

        return dataclasses.replace(
            self, path_params=params(self.path_params), query_params=params(self.query_params),
            header_params=params(self.header_params), body_params=params(self.body_params),
            response_type=self.response_type.map(fn) if self.response_type else None,
            page_item=self.page_item.map(fn) if self.page_item else None)


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


@dataclass
class Resource:
    attr: str  # attribute on the parent: `runs`
    class_name: str  # `Runs` (sync); the async class is `Async` + class_name
    module: str  # module under resources/: `evals_runs`
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    trail: tuple[str, ...] = ()  # attributes from the client: ("evals", "runs")
    poller: Poller | None = None  # from the config's `polling:` (generator/polling.py)


@dataclass
class Api:
    resources: list[Resource]
    model_names: list[str]  # classes and aliases in the models module, in emitted order
    param_names: list[str]  # TypedDicts and aliases in the params module
    warnings: list[str] = field(default_factory=list)
    auth: Any = None  # security.ClientAuth: the client's credentials (issue 17)


def walk(resources: list[Resource]) -> Iterator[Resource]:
    for resource in resources:
        yield resource
        yield from walk(resource.children)


def resolve(resources: list[Resource], class_name: Callable[[ClassRef], str]) -> None:
    """Replace every `ClassRef` by the class name decided for it (in place)."""
    modules = {"models": "models", "params": "params"}

    def fix(node: TypeExpr) -> TypeExpr:
        if isinstance(node, ClassRef):
            return Named(class_name(node), modules[node.side])
        return node

    for resource in walk(resources):
        resource.methods = [Method(m.name, m.operation.map_types(fix)) for m in resource.methods]
