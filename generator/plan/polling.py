"""Stage 2b: the config's `polling:` entries, checked against the selected methods and the spec,
become `Poller`s for their resources (rendered by `templates/pollers.jinja`)."""

from __future__ import annotations

from typing import Any

from ..errors import SpecError
from ..read.config import Polling
from ..read.refs import COMPONENT_PREFIX, unescape
from .ir import Method, Poller, ResponseKind

GENERATED_NAMES = ("poll", "create_and_poll")

Trail = tuple[str, ...]


def pollers(
    methods: dict[Trail, tuple[Method, ...]], rules: tuple[Polling, ...], schemas: dict[str, Any]
) -> dict[Trail, Poller]:
    """The poller of every resource a rule names (`methods`: every resource's methods, named);
    any mismatch is an error naming the config key."""
    out: dict[Trail, Poller] = {}
    for rule in rules:
        if rule.resource not in methods:
            raise SpecError(
                f"no resource {'.'.join(rule.resource)!r} (known: "
                f"{', '.join(sorted('.'.join(t) for t in methods))})",
                file=rule.file,
                pointer=rule.pointer,
            )
        by_name = {m.name: m for m in methods[rule.resource]}
        for name in GENERATED_NAMES:
            if name in by_name:
                raise SpecError(
                    f"{'.'.join(rule.resource)} already has a method {name!r}",
                    file=rule.file,
                    pointer=rule.pointer,
                )
        poll = _method(by_name, rule.poll, rule, "poll")
        op = poll.operation
        if op.response_kind is not ResponseKind.MODEL or op.page_item or not op.response_type:
            raise SpecError(
                f"{rule.poll!r} must return one object, not a "
                f"{'page' if op.page_item else op.response_kind.value} response",
                file=rule.file,
                pointer=f"{rule.pointer}/poll",
            )
        if not op.path_params:
            raise SpecError(
                f"{rule.poll!r} has no path parameter to name the object by",
                file=rule.file,
                pointer=f"{rule.pointer}/poll",
            )
        props = _properties(schemas, str(op.response_type))  # models keep their schema names
        if rule.status not in props:
            raise SpecError(
                f"{op.response_type} (returned by {rule.poll!r}) has no field " f"{rule.status!r}",
                file=rule.file,
                pointer=f"{rule.pointer}/status",
            )
        allowed = _enum(schemas, props[rule.status])
        for i, value in enumerate(rule.terminal):
            if allowed is not None and value not in allowed:
                raise SpecError(
                    f"{value!r} is not a status of {op.response_type}.{rule.status} "
                    f"(one of: {', '.join(map(str, allowed))})",
                    file=rule.file,
                    pointer=f"{rule.pointer}/terminal/{i}",
                )
        create: Method | None = None
        carried: tuple[tuple[str, str], ...] = ()
        if rule.create_and_poll is not None:
            create = _method(by_name, rule.create_and_poll, rule, "create_and_poll")
            carried = _carried(poll, create, rule)
            made = create.operation.response_type
            if (
                create.operation.response_kind is not ResponseKind.MODEL
                or create.operation.page_item
                or not made
                or rule.id_field not in _properties(schemas, str(made))
            ):
                raise SpecError(
                    f"{rule.create_and_poll!r} must return an object with field "
                    f"{rule.id_field!r} (the id to poll)",
                    file=rule.file,
                    pointer=f"{rule.pointer}/id_field",
                )
        out[rule.resource] = Poller(
            poll=poll,
            create=create,
            status=rule.status,
            terminal=rule.terminal,
            id_field=rule.id_field,
            carried=carried,
            poll_after_header=rule.poll_after_header,
        )
    return out


def _method(methods: dict[str, Method], name: str, rule: Polling, key: str) -> Method:
    if name not in methods:
        raise SpecError(
            f"{'.'.join(rule.resource)} has no method {name!r} (known: "
            f"{', '.join(methods) or 'none'})",
            file=rule.file,
            pointer=f"{rule.pointer}/{key}",
        )
    return methods[name]


def _carried(poll: Method, create: Method, rule: Polling) -> tuple[tuple[str, str], ...]:
    """`poll`'s path parameters but the last, each taken from the `create` argument of the same
    wire name (`eval_id` for runs); a required query parameter cannot be carried."""
    given = {
        p.name: p.py_name
        for p in create.operation.path_params
        + create.operation.query_params
        + create.operation.body_params
        if p.required
    }
    carried = []
    needed = [p for p in poll.operation.path_params[:-1]] + [
        p for p in poll.operation.query_params if p.required
    ]
    for param in needed:
        if param.name not in given:
            raise SpecError(
                f"{rule.poll!r} needs {param.name!r}, which {rule.create_and_poll!r} "
                f"does not take",
                file=rule.file,
                pointer=f"{rule.pointer}/create_and_poll",
            )
        carried.append((param.py_name, given[param.name]))
    return tuple(carried)


def _schema(schemas: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and str(node.get("$ref", "")).startswith(COMPONENT_PREFIX):
        node = schemas.get(unescape(node["$ref"][len(COMPONENT_PREFIX) :]))
    return node


def _properties(schemas: dict[str, Any], name: str) -> dict[str, Any]:
    """The properties of a named object schema, with those of its `allOf` parts."""
    out: dict[str, Any] = {}

    def collect(node: Any) -> None:
        node = _schema(schemas, node)
        if not isinstance(node, dict):
            return
        for part in node.get("allOf") or []:
            collect(part)
        props = node.get("properties")
        if isinstance(props, dict):
            out.update(props)

    collect({"$ref": COMPONENT_PREFIX + name.replace("~", "~0").replace("/", "~1")})
    return out


def _enum(schemas: dict[str, Any], node: Any) -> list[Any] | None:
    """The values a status field may take, or None when the spec leaves it open (a plain
    string, or a union with one)."""
    node = _schema(schemas, node)
    if not isinstance(node, dict):
        return None
    if isinstance(node.get("enum"), list):
        return [v for v in node["enum"] if v is not None]
    if "const" in node:
        return [node["const"]]
    for key in ("anyOf", "oneOf"):
        if isinstance(node.get(key), list):
            values: list[Any] = []
            for part in node[key]:
                part = _schema(schemas, part)
                if isinstance(part, dict) and part.get("type") == "null":
                    continue
                sub = _enum(schemas, part)
                if sub is None:
                    return None
                values.extend(sub)
            return values
    if isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
        return _enum(schemas, node["allOf"][0])
    return None
