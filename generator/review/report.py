"""The summary of a regeneration: its changes, the version bump they call for, and the text
and Markdown a user reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .compare import compare
from .rules import MAJOR, MINOR, ORDER, PATCH, RULES, Change
from .surface import Reading, read_surface

if TYPE_CHECKING:
    from ..machinery.cache import Cache


@dataclass
class Summary:
    changes: list[Change]
    files_added: list[str]
    files_removed: list[str]
    files_changed: list[str]
    previous_version: str | None = None
    first: bool = False  # the output folder was empty: no callers yet, nothing to compare

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def bump(self) -> str | None:
        """ "major", "minor", "patch", or None when nothing changed at all (or nothing was there
        to change: a first generation keeps its version)."""
        if self.first:
            return None
        levels = [RULES[c.kind][0] for c in self.changes]
        if not levels:
            return PATCH if self.files_added or self.files_removed or self.files_changed else None
        return min(levels, key=ORDER.__getitem__)

    @property
    def next_version(self) -> str | None:
        if self.previous_version is None or self.bump is None:
            return self.previous_version
        return bump_version(self.previous_version, self.bump)

    @property
    def lines(self) -> list[str]:
        return render_text(self).splitlines()

    def __str__(self) -> str:
        return render_text(self)


def summarize(
    old: dict[str, str],
    new: dict[str, str],
    package: str,
    previous_version: str | None = None,
    cache: Cache | None = None,
    reading: Reading | None = None,
) -> Summary:
    """`cache`: where what was read of each file is kept for the next run (`Reading`);
    `reading`: one that may have read `old` already (`prepare`)."""
    added = sorted(set(new) - set(old))
    if not old:  # a first generation: no caller to break, and reading it all takes 0.4 s
        return Summary([], added, [], [], previous_version, first=True)
    removed = sorted(set(old) - set(new))
    changed = sorted(p for p in set(old) & set(new) if old[p] != new[p])
    reading = reading or Reading(cache)
    changes = (
        compare(read_surface(old, package, reading), read_surface(new, package, reading))
        if added or removed or changed
        else []
    )
    # Breaking first; then methods before classes (`params.X` is a class).
    changes.sort(
        key=lambda c: (
            not c.breaking,
            ORDER[RULES[c.kind][0]],
            not c.where[:1].islower() or c.where.startswith("params."),
            c.where,
            c.kind,
        )
    )
    return Summary(changes, added, removed, changed, previous_version)


def prepare(old: dict[str, str], package: str, reading: Reading) -> None:
    """Read the old side of a summary ahead, while the generator waits for its workers: what
    `summarize` with this `reading` then does not read again."""
    if old:
        read_surface(old, package, reading)


_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)(.*)$")


def bump_version(version: str, bump: str) -> str:
    """`0.1.0` + "minor" -> `0.2.0`; a version that is not `X.Y.Z` is left as it is."""
    match = _VERSION.match(version)
    if not match:
        return version
    major, minor, patch = (int(g) for g in match.groups()[:3])
    if bump == MAJOR:
        return f"{major + 1}.0.0"
    if bump == MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def version_key(version: str) -> tuple[int, ...]:
    match = _VERSION.match(version)
    return tuple(int(g) for g in match.groups()[:3]) if match else (0, 0, 0)


# Kinds shown as one line listing their subjects, not one line each.
_GROUPED = {
    "model.added": "models added",
    "param.added": "params added",
    "description": "descriptions reworded",
    "method.description": "descriptions reworded",
}


def _grouped(changes: list[Change]) -> list[tuple[str, str, str]]:
    """(subject, change, why) rows, with the additions of whole classes folded into one."""
    rows: list[tuple[str, str, str]] = []
    groups: dict[str, list[str]] = {}
    same: dict[tuple[str, str], list[Change]] = {}  # one row per subject and kind
    for c in changes:
        if c.kind in _GROUPED:
            groups.setdefault(_GROUPED[c.kind], []).append(c.where)
        else:
            same.setdefault((c.where, c.kind), []).append(c)
    for (where, _), alike in same.items():
        rows.append((where, "; ".join(c.what for c in alike), alike[0].reason))
    for title, names in groups.items():
        unique = sorted(set(names))
        shown = ", ".join(unique[:12]) + (
            f", … ({len(unique) - 12} more)" if len(unique) > 12 else ""
        )
        why = "documentation only" if "description" in title else "nothing to adapt"
        rows.append((f"{title} ({len(unique)})", shown, why))
    return rows


def _headline(summary: Summary) -> str:
    bump = summary.bump
    if bump is None:
        return "no changes"
    version = (
        f": {summary.previous_version} -> {summary.next_version}"
        if summary.previous_version
        else ""
    )
    return (
        f"{len(summary.breaking)} breaking, {len(summary.changes) - len(summary.breaking)} "
        f"other; suggested version bump {bump}{version}"
    )


def _first(summary: Summary) -> str:
    version = f", version {summary.previous_version}" if summary.previous_version else ""
    return f"first generation: {len(summary.files_added)} files{version}"


def render_text(summary: Summary) -> str:
    if summary.first:
        return _first(summary)
    if summary.bump is None:
        return ""
    lines = [_headline(summary)]
    breaking = summary.breaking
    if breaking:
        lines.append("breaking:")
        lines += [f"  ! {where}: {what} ({why})" for where, what, why in _grouped(breaking)]
    others = [c for c in summary.changes if not c.breaking]
    if others:
        lines.append("not breaking:")
        lines += [f"    {where}: {what} ({why})" for where, what, why in _grouped(others)]
    lines.append(
        f"files: {len(summary.files_changed)} changed, {len(summary.files_added)} "
        f"added, {len(summary.files_removed)} removed"
    )
    for label, paths in (
        ("+", summary.files_added),
        ("-", summary.files_removed),
        ("~", summary.files_changed),
    ):
        lines.extend(f"  {label} {p}" for p in paths)
    return "\n".join(lines)


def render_markdown(summary: Summary) -> str:
    """A section to paste into a pull request: breaking changes first, in a table."""
    if summary.first:
        return f"## Generated client: {_first(summary)}\n"
    if summary.bump is None:
        return "## Generated client: no changes\n"
    version = (
        f" (`{summary.previous_version}` → `{summary.next_version}`)"
        if summary.previous_version
        else ""
    )
    lines = [f"## Generated client: {summary.bump} version bump{version}", ""]
    breaking = summary.breaking
    if breaking:
        lines += [
            f"### Breaking changes ({len(breaking)})",
            "",
            "| where | change | why it breaks callers |",
            "| --- | --- | --- |",
        ]
        lines += [
            f"| `{where}` | {_md(what)} | {_md(why)} |" for where, what, why in _grouped(breaking)
        ]
        lines.append("")
    else:
        lines += ["No breaking changes for code that calls the client.", ""]
    others = [c for c in summary.changes if not c.breaking]
    if others:
        rows = _grouped(others)
        lines += [f"### Other changes ({len(others)})", ""]
        if len(rows) > 20:  # a long list stays out of the reviewer's way
            lines += [
                "<details><summary>Not breaking: additions, wire and documentation "
                "changes</summary>",
                "",
            ]
        lines += [f"- `{where}`: {_md(what)} ({_md(why)})" for where, what, why in rows]
        lines += ["", "</details>"] if len(rows) > 20 else []
        lines.append("")
    files = summary.files_changed + summary.files_added + summary.files_removed
    lines += [
        f"<details><summary>Files: {len(summary.files_changed)} changed, "
        f"{len(summary.files_added)} added, {len(summary.files_removed)} removed"
        f"</summary>",
        "",
    ]
    marks = {
        **{p: "added" for p in summary.files_added},
        **{p: "removed" for p in summary.files_removed},
    }
    lines += [f"- `{p}`" + (f" ({marks[p]})" if p in marks else "") for p in sorted(files)]
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
