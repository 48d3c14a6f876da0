"""How one type expression differs from another, member by member (Literal values, union
variants, None), looking through generic containers and type aliases."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field


@dataclass
class Delta:
    """How one type expression differs from another, member by member."""

    values_added: list[str] = field(default_factory=list)  # Literal values
    values_removed: list[str] = field(default_factory=list)
    variants_added: list[str] = field(default_factory=list)  # other union members
    variants_removed: list[str] = field(default_factory=list)
    none_added: bool = False
    none_removed: bool = False
    open_enum: bool = False  # `str | Literal[...]`: any string is accepted either way


def union_members(node: ast.expr) -> list[ast.expr]:
    if (
        isinstance(node, ast.Subscript)
        and ast.unparse(node.value) == "Annotated"
        and isinstance(node.slice, ast.Tuple)
    ):
        return union_members(node.slice.elts[0])
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return union_members(node.left) + union_members(node.right)
    if isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("Union", "Optional"):
        inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        return [m for e in inner for m in union_members(e)] + (
            [ast.Constant(None)] if ast.unparse(node.value) == "Optional" else []
        )
    return [node]


def type_members(text: str, renamed: dict[str, str]) -> dict[str, ast.expr | None]:
    """Union members by key: `None`, `'value'` for a Literal value, else the type's text."""
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return {text: None}
    if renamed:
        node = Rename(renamed).visit(node)
    out: dict[str, ast.expr | None] = {}
    for member in union_members(node):
        if isinstance(member, ast.Subscript) and ast.unparse(member.value) == "Literal":
            values = member.slice.elts if isinstance(member.slice, ast.Tuple) else [member.slice]
            out.update((ast.unparse(v), None) for v in values)
        elif isinstance(member, ast.Constant) and member.value is None:
            out["None"] = None
        else:
            out[ast.unparse(member)] = member
    return out


class Rename(ast.NodeTransformer):
    def __init__(self, renamed: dict[str, str]) -> None:
        self.renamed = renamed

    def visit_Name(self, node: ast.Name) -> ast.Name:
        return ast.Name(self.renamed.get(node.id, node.id), node.ctx)


def compare_types(
    old: str,
    new: str,
    renamed: dict[str, str] | None = None,
    aliases: tuple[dict[str, str], ...] = ({}, {}),
) -> Delta:
    """Old and new type, member by member; `renamed` maps old class names to new ones,
    `aliases` the type aliases of each side to what they stand for."""
    delta = Delta()
    _compare(type_members(old, renamed or {}), type_members(new, {}), delta, aliases)
    return delta


def _expand(members: dict[str, ast.expr | None], keys: list[str], aliases: dict[str, str]) -> bool:
    """Replace the members in `keys` that are type aliases by what they stand for."""
    expanded = False
    for key in keys:
        if key in aliases and key in members:
            del members[key]
            members.update(type_members(aliases[key], {}))
            expanded = True
    return expanded


def _compare(
    before: dict[str, ast.expr | None],
    after: dict[str, ast.expr | None],
    delta: Delta,
    aliases: tuple[dict[str, str], ...] = ({}, {}),
) -> None:
    before, after = dict(before), dict(after)
    for _ in range(8):  # an alias that changed, or a type that became an alias: look inside
        gone = [k for k in before if k not in after]
        came = [k for k in after if k not in before]
        if not (_expand(before, gone, aliases[0]) | _expand(after, came, aliases[1])):
            break
    gone = [k for k in before if k not in after]
    came = [k for k in after if k not in before]
    # A generic container on both sides (`Sequence[A | B]`): compare what it holds.
    for key in list(gone):
        old = before[key]
        if not isinstance(old, ast.Subscript):
            continue
        head = ast.unparse(old.value)
        partners = [
            k
            for k in came
            if isinstance(candidate := after[k], ast.Subscript)
            and ast.unparse(candidate.value) == head
        ]
        if len(partners) == 1:
            new = after[partners[0]]
            assert isinstance(new, ast.Subscript)
            old_args = old.slice.elts if isinstance(old.slice, ast.Tuple) else [old.slice]
            new_args = new.slice.elts if isinstance(new.slice, ast.Tuple) else [new.slice]
            if len(old_args) == len(new_args) and all(
                ast.unparse(o) == ast.unparse(n)
                for o, n in zip(old_args[:-1], new_args[:-1], strict=True)
            ):
                _compare(
                    type_members(ast.unparse(old_args[-1]), {}),
                    type_members(ast.unparse(new_args[-1]), {}),
                    delta,
                    aliases,
                )
                gone.remove(key)
                came.remove(partners[0])
    delta.open_enum = delta.open_enum or ("str" in before and "str" in after)
    for key in gone:
        if key == "None":
            delta.none_removed = True
        elif before[key] is None:
            delta.values_removed.append(key)
        else:
            delta.variants_removed.append(key)
    for key in came:
        if key == "None":
            delta.none_added = True
        elif after[key] is None:
            delta.values_added.append(key)
        else:
            delta.variants_added.append(key)
