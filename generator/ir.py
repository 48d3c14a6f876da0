"""The plain intermediate model the templates render: no OpenAPI left in it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Param:
    """A path or query parameter, or a property of a flattened request body."""

    name: str  # on the wire
    py_name: str  # in the method signature
    required: bool
    annotation: str  # Python type expression, as written in the generated code
    description: str = ""


@dataclass(frozen=True)
class Operation:
    http_method: str
    path: str
    pointer: str  # JSON pointer of the operation in the spec, for messages
    summary: str
    description: str
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body_kind: str | None  # None, "json" or "multipart"
    body_params: tuple[Param, ...]
    response_kind: str  # "model", "binary", "json" (untyped) or "none"
    response_type: str | None  # model class name when response_kind == "model"
    page_item: str | None = None  # item class when the response is a cursor page
    response_media: str = "application/json"  # what the request's Accept header asks for
    deprecated: bool = False


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


@dataclass
class Resource:
    attr: str  # attribute on the parent: `runs`
    class_name: str  # `Runs` (sync); the async class is `Async` + class_name
    module: str  # module under resources/: `evals_runs`
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    poller: Poller | None = None  # from the config's `polling:` (generator/polling.py)


@dataclass
class Api:
    resources: list[Resource]
    model_names: list[str]  # classes and aliases in the models module, in emitted order
    param_names: list[str]  # TypedDicts and aliases in the params module
    warnings: list[str] = field(default_factory=list)
