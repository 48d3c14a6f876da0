"""What a regeneration changed, in a reviewer's terms: methods, models and files.

Both sides are read from the generated code itself (with `ast`), so the summary needs nothing
but the old output folder and the new files.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field


@dataclass
class Summary:
    lines: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(self.lines)


def _methods(files: dict[str, str]) -> dict[str, str]:
    """`evals.runs.create` -> its signature, for the sync resource classes."""
    found: dict[str, str] = {}
    for path, text in files.items():
        if "/resources/" not in path or not path.endswith(".py"):
            continue
        trail = _trail(text)
        for node in _parse(text).body:
            if not isinstance(node, ast.ClassDef) or node.name.startswith("Async") or \
                    node.name.endswith("WithRawResponse"):
                continue
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and not item.name.startswith("_") and \
                        not any(_is_cached_property(d) for d in item.decorator_list):
                    signature = ast.unparse(item.args) + " -> " + (
                        ast.unparse(item.returns) if item.returns else "None")
                    found[f"{trail}.{item.name}"] = signature
    return found


def _trail(text: str) -> str:
    """The resource path from the module docstring: "`evals.runs`: generated ..."."""
    first = text.split("\n", 1)[0]
    return first.split("`")[1] if first.count("`") >= 2 else "?"


def _is_cached_property(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "cached_property"


def _types(text: str) -> dict[str, str]:
    """Class name -> its fields and bases; alias name -> its value."""
    found: dict[str, str] = {}
    for node in _parse(text).body:
        if isinstance(node, ast.ClassDef):
            fields = [f"{n.target.id}: {ast.unparse(n.annotation)}" for n in node.body
                      if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
            found[node.name] = ";".join([ast.unparse(b) for b in node.bases] + fields)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                node.targets[0], ast.Name) and node.targets[0].id[:1].isupper():
            found[node.targets[0].id] = ast.unparse(node.value)
    return found


def _fields(signature: str) -> set[str]:
    return set(signature.split(";"))


def _parse(text: str) -> ast.Module:
    try:
        return ast.parse(text)
    except SyntaxError:
        return ast.Module(body=[], type_ignores=[])


def summarize(old: dict[str, str], new: dict[str, str], package: str) -> Summary:
    summary = Summary()
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed = sorted(p for p in set(old) & set(new) if old[p] != new[p])
    if not (added or removed or changed):
        return summary

    before, after = _methods(old), _methods(new)
    _section(summary, "methods added", sorted(set(after) - set(before)))
    _section(summary, "methods removed", sorted(set(before) - set(after)))
    _section(summary, "methods changed", sorted(m for m in set(before) & set(after)
                                                if before[m] != after[m]))
    for module in ("models", "params"):
        path = f"{package}/{module}.py"
        old_types, new_types = _types(old.get(path, "")), _types(new.get(path, ""))
        _section(summary, f"{module} added", sorted(set(new_types) - set(old_types)))
        _section(summary, f"{module} removed", sorted(set(old_types) - set(new_types)))
        details = []
        for name in sorted(set(old_types) & set(new_types)):
            if old_types[name] == new_types[name]:
                continue
            gained = _fields(new_types[name]) - _fields(old_types[name])
            lost = _fields(old_types[name]) - _fields(new_types[name])
            names_gained = {f.split(":")[0] for f in gained}
            names_lost = {f.split(":")[0] for f in lost}
            parts = [f"+{n}" for n in sorted(names_gained - names_lost)]
            parts += [f"-{n}" for n in sorted(names_lost - names_gained)]
            parts += [f"~{n}" for n in sorted(names_gained & names_lost)]
            details.append(f"{name} ({', '.join(parts)})" if parts and ":" in "".join(
                gained | lost) else name)
        _section(summary, f"{module} changed", details)
    summary.lines.append(f"files: {len(changed)} changed, {len(added)} added, "
                         f"{len(removed)} removed")
    for label, paths in (("+", added), ("-", removed), ("~", changed)):
        summary.lines.extend(f"  {label} {p}" for p in paths)
    return summary


def _section(summary: Summary, title: str, items: list[str], limit: int = 12) -> None:
    if not items:
        return
    shown = ", ".join(items[:limit]) + (f", … ({len(items) - limit} more)"
                                        if len(items) > limit else "")
    summary.lines.append(f"{title}: {shown}")
