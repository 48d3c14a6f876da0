"""Every difference of two surfaces a caller could notice, each a `Change` of a kind of
`RULES`. A request-body TypedDict that no caller names (its fields are the method's keyword
arguments) is folded into the method that takes it."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .rules import Change, change
from .surface import Signature, Surface, TypeDef
from .typediff import Rename, compare_types, type_members


def compare(old: Surface, new: Surface) -> list[Change]:
    """Every difference of the two surfaces a caller could notice, classified by `RULES`."""
    changes: list[Change] = []
    model_renames = _class_renames(old.models, new.models)
    param_renames = _class_renames(old.params, new.params)
    renamed = {**model_renames, **param_renames}
    aliases = {
        side: tuple(
            {n: t.alias for n, t in types.items() if t.alias}
            for types in (getattr(old, module), getattr(new, module))
        )
        for side, module in (("response", "models"), ("request", "params"))
    }
    ctx = _Context(renamed, aliases)
    old_bodies, new_bodies = _bodies(old), _bodies(new)

    changes += _compare_methods(old.methods, new.methods, ctx)
    for module, old_types, new_types, class_renames, prefix in (
        ("models", old.models, new.models, model_renames, "model"),
        ("params", old.params, new.params, param_renames, "param"),
    ):
        side = "response" if module == "models" else "request"
        for name in old_types:
            if name in new_types or name in class_renames:
                continue
            if name in old_bodies:
                continue  # the method says what changed
            changes.append(change(f"{prefix}.removed", _where(name, module, old), "removed"))
        for before, after in class_renames.items():
            kind = "body.renamed" if before in old_bodies else f"{prefix}.renamed"
            changes.append(change(kind, _where(before, module, old), f"renamed to {after}"))
        for name in new_types:
            if (
                name not in old_types
                and name not in class_renames.values()
                and name not in new_bodies
            ):
                changes.append(change(f"{prefix}.added", _where(name, module, new), "added"))
        for name, before_def in old_types.items():
            after_name = class_renames.get(name, name)
            if after_name not in new_types or name in old_bodies or after_name in new_bodies:
                continue
            found = _compare_typedefs(
                _where(after_name, module, new), before_def, new_types[after_name], side, ctx
            )
            if (
                before_def.alias is not None
                and any(c.kind == "response.made_optional" for c in found)
                and _always_optional(after_name, new_types)
            ):
                found = [
                    (
                        change("response.alias_made_nullable", c.where, c.what)
                        if c.kind == "response.made_optional"
                        else c
                    )
                    for c in found
                ]
            changes += found
    return changes


def _always_optional(alias: str, types: dict[str, TypeDef]) -> bool:
    """Every field typed by `alias` already allowed None: readers see no difference."""
    uses = [
        f for t in types.values() for _, f in t.fields if alias in type_members(f.annotation, {})
    ]
    return bool(uses) and all(
        "None" in type_members(f.annotation, {}) or not f.required for f in uses
    )


@dataclass(frozen=True)
class _Context:
    renamed: dict[str, str]  # old class name -> new, for classes renamed as a whole
    aliases: dict[str, tuple[dict[str, str], ...]]  # side -> type aliases, old and new


def _where(name: str, module: str, surface: Surface) -> str:
    """A class by its name; a params class named like a model class by its module too."""
    return f"params.{name}" if module == "params" and name in surface.models else name


def _bodies(surface: Surface) -> set[str]:
    """Param classes that are a method's request body: callers pass keywords, never name them."""
    keys = {s.body_keys for s in surface.methods.values() if s.body_keys}
    return {
        name
        for name, t in surface.params.items()
        if t.fields and frozenset(n for n, _ in t.fields) in keys
    }


def _class_renames(old: dict[str, TypeDef], new: dict[str, TypeDef]) -> dict[str, str]:
    """A class that is gone and one that is new with the very same shape: a rename."""
    gone = [n for n in old if n not in new]
    came = [n for n in new if n not in old]
    by_shape: dict[object, list[str]] = {}
    for name in came:
        by_shape.setdefault(repr(new[name].shape()), []).append(name)
    renames: dict[str, str] = {}
    olds_by_shape: dict[object, list[str]] = {}
    for name in gone:
        olds_by_shape.setdefault(repr(old[name].shape()), []).append(name)
    for shape, names in olds_by_shape.items():
        if len(names) == 1 and len(by_shape.get(shape, [])) == 1:
            renames[names[0]] = by_shape[shape][0]
    return renames


def _compare_methods(
    old: dict[str, Signature], new: dict[str, Signature], ctx: _Context
) -> list[Change]:
    changes: list[Change] = []
    old_resources = {_resource_of(m) for m in old}
    new_resources = {_resource_of(m) for m in new}

    def methods_of(resource: str, signatures: dict[str, Signature]) -> dict[str, object]:
        return {
            m.rsplit(".", 1)[1]: s.shape()
            for m, s in signatures.items()
            if _resource_of(m) == resource
        }

    # Resources: a gone one whose methods all reappear under another name was renamed. Sorted,
    # so a parent comes before its children, which then go with it unsaid.
    moved_to: dict[str, str] = {}  # old resource -> new one, "" when removed
    for resource in sorted(old_resources - new_resources):
        parent = next((r for r in moved_to if resource.startswith(f"{r}.")), None)
        if parent is not None:
            target = moved_to[parent] + resource[len(parent) :] if moved_to[parent] else ""
            moved_to[resource] = target if target in new_resources else ""
            continue
        twins = [
            r
            for r in sorted(new_resources - old_resources)
            if methods_of(r, new) == methods_of(resource, old)
        ]
        if len(twins) == 1:
            changes.append(change("resource.renamed", resource, f"renamed to {twins[0]}"))
            moved_to[resource] = twins[0]
        else:
            changes.append(change("resource.removed", resource, "removed"))
            moved_to[resource] = ""
    changes += [
        change("resource.added", r, "added")
        for r in sorted(new_resources - old_resources - set(moved_to.values()))
    ]

    # Methods, in the resources that stay.
    moved = {
        m: (
            f"{moved_to[_resource_of(m)]}.{m.rsplit('.', 1)[1]}"
            if moved_to[_resource_of(m)]
            else ""
        )
        for m in old
        if _resource_of(m) in moved_to
    }
    gone = [m for m in old if m not in new and m not in moved]
    came = [m for m in new if m not in old and _resource_of(m) in old_resources]
    for name in gone:
        twins = [
            m
            for m in came
            if _resource_of(m) == _resource_of(name) and new[m].shape() == old[name].shape()
        ]
        if len(twins) == 1:
            changes.append(change("method.renamed", name, f"renamed to {twins[0]}"))
            came.remove(twins[0])
            moved[name] = twins[0]
        else:
            changes.append(change("method.removed", name, "removed"))
    changes += [change("method.added", name, "added") for name in came]
    for name, before in old.items():
        after_name = moved.get(name, name)
        if after_name in new:
            changes += _compare_signatures(after_name, before, new[after_name], ctx)
    return changes


def _resource_of(method: str) -> str:
    return method.rsplit(".", 1)[0]


def _compare_signatures(where: str, old: Signature, new: Signature, ctx: _Context) -> list[Change]:
    changes: list[Change] = []
    before = {a.name: a for a in old.args}
    after = {a.name: a for a in new.args}
    gone = [n for n in before if n not in after]
    came = [n for n in after if n not in before]
    new_name: dict[str, str] = {}
    for name in list(gone):  # same type, same place in the call: a rename
        twins = [
            n
            for n in came
            if (after[n].annotation, after[n].required, after[n].positional)
            == (before[name].annotation, before[name].required, before[name].positional)
        ]
        if len(twins) == 1:
            changes.append(change("request.renamed", where, f"{name} renamed to {twins[0]}"))
            gone.remove(name)
            came.remove(twins[0])
            new_name[name] = twins[0]
            after = {**after, name: after[twins[0]]}
    changes += [change("request.removed", where, f"{n} removed") for n in gone]
    for name in came:
        if after[name].required:
            changes.append(change("request.added_required", where, f"{name} added, required"))
        else:
            changes.append(change("request.added", where, f"{name} added"))
    for name, arg in before.items():
        if name not in after or name in gone:
            continue
        new_arg = after[name]
        label = name if new_arg.name == name else new_arg.name
        if arg.required != new_arg.required:
            changes.append(
                change(
                    "request.made_required" if new_arg.required else "request.made_optional",
                    where,
                    f"{label} now {'required' if new_arg.required else 'optional'}",
                )
            )
        if arg.positional and not new_arg.positional:
            changes.append(
                change("request.positional_to_keyword", where, f"{label} now keyword-only")
            )
        elif new_arg.positional and not arg.positional:
            changes.append(
                change(
                    "request.keyword_to_positional", where, f"{label} may now be passed by position"
                )
            )
        changes += _type_changes(where, label, arg.annotation, new_arg.annotation, "request", ctx)
    old_positional = [
        new_name.get(a.name, a.name) for a in old.args if a.positional and a.name in after
    ]
    new_positional = [a.name for a in new.args if a.positional]
    if old_positional != new_positional[: len(old_positional)]:
        changes.append(
            change(
                "request.reordered",
                where,
                f"positional arguments now ({', '.join(new_positional)})",
            )
        )
    if _renamed_text(old.returns, ctx.renamed) != new.returns:
        changes.append(
            change("method.returns", where, f"returns {new.returns} " f"(was {old.returns})")
        )
    if old.request != new.request:
        lost = [c for c in old.request if c not in new.request]
        got = [c for c in new.request if c not in old.request]
        changes.append(
            change(
                "method.request",
                where,
                (
                    "request: " + ", ".join([f"-{c!r}" for c in lost] + [f"+{c!r}" for c in got])
                    if lost or got
                    else "request built differently"
                ),
            )
        )
    both = set(before) & set(after)
    if _described(old.doc, both) != _described(new.doc, both):
        changes.append(change("method.description", where, "description reworded"))
    return changes


def _described(doc: str, args: set[str]) -> list[str]:
    """A method's docstring less the `Args:` entries of arguments that came or went (those are
    said as arguments already)."""
    head, _, section = doc.partition("\nArgs:\n")
    entries = [e for e in section.split("\n\n") if e.strip()]
    return [head] + [e for e in entries if e.strip().split(":", 1)[0] in args]


def _renamed_text(text: str, renamed: dict[str, str]) -> str:
    if not renamed:
        return text
    try:
        return ast.unparse(Rename(renamed).visit(ast.parse(text, mode="eval")))
    except SyntaxError:
        return text


def _compare_typedefs(
    where: str, old: TypeDef, new: TypeDef, side: str, ctx: _Context
) -> list[Change]:
    changes: list[Change] = []
    if old.alias is not None or new.alias is not None:
        if old.alias is not None and new.alias is not None:
            return _type_changes(where, "", old.alias, new.alias, side, ctx)
        kind = "response.type_changed" if side == "response" else "request.type_changed"
        return [change(kind, where, "changed between a class and a type alias")]
    lost_bases = [b for b in old.bases if ctx.renamed.get(b, b) not in new.bases]
    if lost_bases:
        changes.append(
            change("model.base_changed", where, f"no longer a subclass of {', '.join(lost_bases)}")
        )
    before, after = dict(old.fields), dict(new.fields)
    gone = [n for n in before if n not in after]
    came = [n for n in after if n not in before]
    for name in list(gone):
        twins = [
            n
            for n in came
            if (after[n].annotation, after[n].required)
            == (_renamed_text(before[name].annotation, ctx.renamed), before[name].required)
        ]
        if len(twins) == 1:
            kind = "response.field_renamed" if side == "response" else "request.renamed"
            changes.append(change(kind, where, f"{name} renamed to {twins[0]}"))
            gone.remove(name)
            came.remove(twins[0])
    for name in gone:
        changes.append(
            change(
                "response.field_removed" if side == "response" else "request.removed",
                where,
                f"{name} removed",
            )
        )
    for name in came:
        if side == "response":
            changes.append(change("response.field_added", where, f"{name} added"))
        elif after[name].required:
            changes.append(change("request.added_required", where, f"{name} added, required"))
        else:
            changes.append(change("request.added", where, f"{name} added"))
    for name, field_before in before.items():
        if name not in after:
            continue
        field_after = after[name]
        if field_before.required != field_after.required:
            if side == "response":
                kind = (
                    "response.made_required" if field_after.required else "response.made_optional"
                )
            else:
                kind = "request.made_required" if field_after.required else "request.made_optional"
            changes.append(
                change(
                    kind,
                    where,
                    f"{name} now " f"{'required' if field_after.required else 'optional'}",
                )
            )
        elif side == "response" and field_before.default != field_after.default:
            changes.append(
                change(
                    "response.default_changed", where, f"{name} defaults to {field_after.default}"
                )
            )
        types = _type_changes(
            where, name, field_before.annotation, field_after.annotation, side, ctx
        )
        if field_before.required != field_after.required:  # `| None = None` came or went with it
            types = [
                c
                for c in types
                if c.kind not in ("response.made_optional", "response.made_required")
            ]
        changes += types
    deprecated = [
        n
        for n in before
        if n in after and after[n].deprecated and not before[n].deprecated and side == "response"
    ]
    if deprecated:
        changes.append(
            change("response.field_deprecated", where, f"{', '.join(deprecated)} deprecated")
        )
    described = [
        n for n in before if n in after and n not in deprecated and before[n].doc != after[n].doc
    ]
    if old.doc != new.doc:
        described.insert(0, "the class")
    if described:
        changes.append(
            change("description", where, f"description of {', '.join(described)} reworded")
        )
    return changes


def _type_changes(
    where: str, name: str, old: str, new: str, side: str, ctx: _Context
) -> list[Change]:
    """The changes of one argument's, field's or alias's type."""
    if _renamed_text(old, ctx.renamed) == new:
        return []
    delta = compare_types(old, new, ctx.renamed, ctx.aliases[side])
    subject = f"{name}: " if name else ""
    if side == "response":
        values_added, values_removed = "response.enum_value_added", "response.enum_value_removed"
        variants_added, variants_removed = "response.variant_added", "response.variant_removed"
        none_added, none_removed = "response.made_optional", "response.made_required"
        changed = "response.type_changed"
    else:
        values_added = "request.enum_value_added"
        values_removed = (
            "request.known_value_removed" if delta.open_enum else "request.enum_value_removed"
        )
        variants_added, variants_removed = "request.variant_added", "request.variant_removed"
        none_added, none_removed = "request.type_widened", "request.type_narrowed"
        changed = "request.type_changed"
    single_swap = (
        len(delta.variants_added) == 1
        and len(delta.variants_removed) == 1
        and not (delta.values_added or delta.values_removed)
    )
    if single_swap or not any(
        (
            delta.values_added,
            delta.values_removed,
            delta.variants_added,
            delta.variants_removed,
            delta.none_added,
            delta.none_removed,
        )
    ):
        return [change(changed, where, f"{subject}type {old} -> {new}")]
    request = side == "request"
    rows = [  # (kind, what changed, how), removals first
        (
            values_removed,
            _list(delta.values_removed),
            "no longer accepted" if request else "no longer sent",
        ),
        (
            variants_removed,
            _list(delta.variants_removed),
            "no longer accepted" if request else "no longer returned",
        ),
        (
            none_removed,
            "None" if delta.none_removed else "",
            "no longer accepted" if request else "no longer returned",
        ),
        (values_added, _list(delta.values_added), "accepted" if request else "may be sent"),
        (variants_added, _list(delta.variants_added), "accepted" if request else "may be returned"),
    ]
    out = [change(kind, where, f"{subject}{what} {how}") for kind, what, how in rows if what]
    if delta.none_added:
        out.append(
            change(
                none_added, where, f"{subject}None accepted" if request else f"{subject}may be None"
            )
        )
    return out


def _list(items: list[str], limit: int = 4) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" (+{len(items) - limit} more)" if len(items) > limit else "")
