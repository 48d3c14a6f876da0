"""Stage 4: emit the models module (pydantic, for responses) and the params module (TypedDicts,
for request bodies) with datamodel-code-generator, from schemas that are all named already.

Both modules are built per group of schemas (see `groups.py`) so that a spec update redoes only
the groups it touched: datamodel-code-generator runs on the stale groups and stubs of what they
reference, its output is cut into one piece per class (the class and the docstring after it),
each piece is formatted with black and cached by its group's key, and the module is assembled
from the pieces: imports merged, classes in name order with what a definition evaluates (bases,
alias values) first, then the `model_rebuild()` calls, decided from that order. A cold run goes
through the same assembly, so its output is the same bytes as an incremental one; black leaves
the assembled module unchanged (a test checks).
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import heapq
import json
import re
import sys
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import SpecError
from ..machinery.cache import installed_version
from ..machinery.groups import _plain_refs, components, face, group_keys, ref_graph
from ..machinery.jobs import Job, Jobs
from ..read.refs import COMPONENT_PREFIX, iter_refs, schema_closure, unescape
from .format import FORMAT_KEY, LINE_LENGTH, black_format

# Options shared by both runs. keep_model_order emits classes in name order (dependencies
# first only where Python needs it), so a new schema adds lines without moving others.
_COMMON: dict[str, Any] = {
    "enum_field_as_literal": "all",
    "target_python_version": "3.10",
    "use_standard_collections": True,
    "use_union_operator": True,
    "use_type_alias": True,
    "keep_model_order": True,
    "disable_timestamp": True,
    "use_schema_description": True,
    "use_field_description": True,
    "use_single_line_docstring": True,
    "use_double_quotes": True,
    "formatters": [],
}
MODELS_OPTIONS: dict[str, Any] = {
    "output_model_type": "pydantic_v2.BaseModel",
    "base_class": "_base_.BaseModel",
}
PARAMS_OPTIONS: dict[str, Any] = {
    "output_model_type": "typing.TypedDict",
    "use_generic_container_types": True,
}

MODELS_HEADER = '"""Response models. Generated from the OpenAPI spec; do not edit."""\n\n'
PARAMS_HEADER = '"""Request parameter types. Generated from the OpenAPI spec; do not edit."""\n\n'
DCG_VERSION = installed_version("datamodel-code-generator")

# The code of this stage and of the grouping: a change to either must not reuse old entries.
_STAGE_CODE = hashlib.sha256(
    b"".join(
        (Path(__file__).parents[1] / name).read_bytes()
        for name in ("emit/models.py", "machinery/groups.py")
    )
).hexdigest()


def _import_group(module: str) -> int:
    """Imports come in four groups, each sorted: `__future__`, the standard library,
    third-party, the package itself."""
    if module == "__future__":
        return 0
    if module.startswith("."):
        return 3
    return 1 if module.split(".")[0] in sys.stdlib_module_names else 2


def closure(schemas: dict[str, Any], roots: list[str]) -> list[str]:
    doc = {"components": {"schemas": schemas}}
    names = set(schema_closure(doc, [{"$ref": COMPONENT_PREFIX + r} for r in roots]))
    return [n for n in schemas if n in names]


# Validation keywords that make a response model reject what a newer server may send, or that
# turn strings into other types (`format: uri` -> AnyUrl, which rewrites the value).
_STRICT_KEYWORDS = frozenset(
    {
        "format",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    }
)


def lenient(node: Any) -> Any:
    """Responses are parsed leniently: drop constraints and closed objects (`extra='forbid'`)."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in _STRICT_KEYWORDS and not isinstance(value, (dict, list)):
                continue
            if key == "additionalProperties" and value is False:
                continue
            out[key] = (
                value
                if key in ("enum", "const", "default", "example", "examples")
                else lenient(value)
            )
        return out
    if isinstance(node, list):
        return [lenient(v) for v in node]
    return node


def typed_defaults(node: Any) -> Any:
    """A `default` of the schema's own type: `"false"` for a boolean is `False`, and a default
    that is not a value of the schema (wrong type, not in the enum) is dropped, since the model
    generator would write it as is into a field the type checker then rejects."""
    if isinstance(node, list):
        return [typed_defaults(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: v if k in ("enum", "const", "default", "example", "examples") else typed_defaults(v)
        for k, v in node.items()
    }
    if "default" in out and isinstance(out.get("type"), str):
        value = _coerce(out["default"], out["type"])
        if value is _DROP or (isinstance(out.get("enum"), list) and value not in out["enum"]):
            del out["default"]
        else:
            out["default"] = value
    return out


_DROP = object()


def _coerce(value: Any, kind: str) -> Any:
    if value is None:
        return value
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        return {"true": True, "false": False}.get(str(value).lower(), _DROP)
    if kind in ("integer", "number"):
        if isinstance(value, bool):
            return _DROP
        if isinstance(value, (int, float)):
            return value if kind == "number" or float(value).is_integer() else _DROP
        try:
            number = float(str(value))
        except ValueError:
            return _DROP
        return (
            int(number)
            if kind == "integer" and number.is_integer()
            else (number if kind == "number" else _DROP)
        )
    if kind == "string":
        return value if isinstance(value, str) else _DROP
    return value


def model_inputs(schemas: dict[str, Any], roots: list[str]) -> dict[str, Any]:
    """What datamodel-code-generator is given for the models module, by class name."""
    return {
        n: deprecation_noted(lenient(typed_defaults(schemas[n]))) for n in closure(schemas, roots)
    }


DEPRECATED_NOTE = "Deprecated."


def deprecation_noted(node: Any) -> Any:
    """`deprecated: true` becomes a note opening the description (the docstring), not pydantic's
    `Field(deprecated=True)`, which warns at every read and so raises under `-W error`."""
    if isinstance(node, list):
        return [deprecation_noted(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: v if k in ("enum", "const", "default", "example", "examples") else deprecation_noted(v)
        for k, v in node.items()
        if not (k == "deprecated" and isinstance(v, bool))
    }
    if node.get("deprecated") is True:
        text = str(out.get("description") or "").strip()
        if not text.lower().startswith("deprecated"):
            out["description"] = f"{DEPRECATED_NOTE} {text}".strip()
    return out


def param_inputs(
    schemas: dict[str, Any], roots: list[str], param_class: dict[str, str]
) -> dict[str, Any]:
    """What datamodel-code-generator is given for the params module, by class name."""
    names = closure(schemas, roots)
    inputs = {n: typed_defaults(schemas[n]) for n in names}
    merged = _allof_reach(inputs)
    return {
        param_class[n]: _rename_refs(s if n in merged else unshown(s), param_class)
        for n, s in inputs.items()
    }


def _allof_reach(schemas: dict[str, Any]) -> set[str]:
    """The schemas with an `allOf` and all they reference: datamodel-code-generator merges a
    property an `allOf` overrides with the base's, and there a string's constraints make it
    name type aliases of its own, even for a TypedDict."""
    todo = [n for n, s in schemas.items() if "allOf" in json.dumps(s)]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += [
                unescape(r[len(COMPONENT_PREFIX) :])
                for r in iter_refs(schemas[name])
                if r.startswith(COMPONENT_PREFIX)
                and unescape(r[len(COMPONENT_PREFIX) :]) in schemas
            ]
    return seen


# What a TypedDict cannot show of a typed schema: documentation, and a string's constraints.
# Not the other constraints: datamodel-code-generator names a constrained number or array of a
# union or of an `allOf` override a type alias of its own, even for a TypedDict (the whole
# upstream API shows it); nor `format`, which picks types (bytes, Decimal, timedelta).
_UNSHOWN = frozenset({"example", "examples", "externalDocs"})
_UNSHOWN_STRING = frozenset({"minLength", "maxLength", "pattern"})
_SCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "definitions", "$defs", "dependentSchemas"}
)
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_ONE = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "additionalItems",
        "unevaluatedItems",
        "unevaluatedProperties",
    }
)


def unshown(schema: Any) -> Any:
    """A schema for the params module without what its TypedDicts cannot show, so that a spec
    change to only that (a `minLength` removed) leaves the module's cache keys as they were.
    Only keywords at schema positions go (a property may be named `pattern`), and only those
    shown to change no generated byte: the whole upstream API, the corpus, the spec history and
    the golden fixtures generate the same files with and without this
    (`python -m tests.support.same_output unshown`)."""
    if not isinstance(schema, dict):
        return schema
    kind = schema.get("type")  # an untyped schema may be typed by its constraints: kept whole
    drop = (
        frozenset()
        if not isinstance(kind, str)
        else _UNSHOWN | _UNSHOWN_STRING if kind == "string" else _UNSHOWN
    )
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in drop and (key in _UNSHOWN or not isinstance(value, (dict, list))):
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            value = {name: unshown(sub) for name, sub in value.items()}
        elif (
            key in _SCHEMA_LISTS
            and isinstance(value, list)
            or key == "items"
            and isinstance(value, list)
        ):
            value = [unshown(sub) for sub in value]
        elif key in _SCHEMA_ONE:
            value = unshown(value)
        out[key] = value
    return out


def _rename_refs(node: Any, param_class: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {k: _rename_refs(v, param_class) for k, v in node.items()}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
            out["$ref"] = COMPONENT_PREFIX + param_class[unescape(ref[len(COMPONENT_PREFIX) :])]
        return out
    if isinstance(node, list):
        return [_rename_refs(v, param_class) for v in node]
    return node


# -- one module, built per group ----------------------------------------------------------------


@dataclass
class Piece:
    """One class or alias of a module, black-formatted, with what assembling it needs."""

    name: str
    code: str  # the definition and the docstring after it, no trailing newline
    # datamodel-code-generator's statements after every definition (`X.model_rebuild()`), as
    # it wrote them for this run: only checked, never kept (`rebuilds` decides them).
    tail: str
    imports: list[list[str]]  # [module, name] pairs the piece uses
    needs: list[str]  # names its definition evaluates when the module is imported
    # Recursive type aliases its annotations use: type checkers resolve such an alias only
    # from below its definition, so it goes above this piece when nothing forbids it.
    early: list[str] = field(default_factory=list)
    # What `rebuilds` reads: the names its fields' types (an alias: its value) mention, its
    # base classes, and whether it is a type alias.
    refs: list[str] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)
    alias: bool = False
    # The classes datamodel-code-generator added on its own that this piece is or uses: a
    # group with any is re-emitted with every stale group (their names depend on each other).
    added: list[str] = field(default_factory=list)


class _Unsplittable(Exception):
    """datamodel-code-generator's output has a statement we do not know how to attribute."""


class ModuleBuild:
    """Builds one of the two modules in steps, so that both modules and the rendered files
    share the workers: `__init__` looks up the cache, `start` starts datamodel-code-generator
    on what is stale, `format` starts black on its new pieces, `result` assembles.

    datamodel-code-generator is given the stale groups whole and, of what they reference, what
    their cache keys cover (`run_inputs`: the face of what a group names, all of what it
    merges). The classes it adds on its own (an inline union or object it names after the
    field, numbered on clashes across the module) belong to the group whose class uses them;
    since their numbers depend on each other, every group that has such classes is re-emitted
    with any stale group, and a run whose added classes could be numbered otherwise in a cold
    run is redone whole (`format`). The module-level statements (`X.model_rebuild()`) are
    decided from the assembled module (`rebuilds`), so a run on part of the module needs none."""

    def __init__(
        self, jobs: Jobs, kind: str, header: str, inputs: dict[str, Any], options: dict[str, Any]
    ) -> None:
        self.jobs, self.kind, self.header, self.inputs, self.options = (
            jobs,
            kind,
            header,
            inputs,
            options,
        )
        salt = json.dumps([DCG_VERSION, FORMAT_KEY, _COMMON, options, kind, _STAGE_CODE])
        self.graph = ref_graph(inputs)
        self.groups = components(self.graph)
        self.keys = group_keys(inputs, self.graph, self.groups, salt)
        self.module_key = hashlib.sha256(json.dumps([salt, header, self.keys]).encode()).hexdigest()
        self.text = jobs.cache.lookup(f"{kind}-module", self.module_key)
        self.pieces: dict[int, list[Piece]] = {}
        self.stale: list[int] = []
        self._dcg: Job | None = None
        self._whole_run = False  # datamodel-code-generator was given every schema
        self._given: set[str] = set()  # the names it was given
        self._dcg_tails: list[str] = []  # what it wrote after the definitions, on a whole run
        self._batches: list[tuple[list[int], list[Piece], Job]] = []
        self._known: list[tuple[int, Piece]] = []  # pieces black's cache already had
        self._order: dict[str, int] = {}
        self._whole: Job | None = None
        self.cache_groups = True
        if self.text is not None:
            return
        for i, key in enumerate(self.keys):
            entry = jobs.cache.lookup(f"{kind}-group", key)
            if entry is None:
                self.stale.append(i)
            else:
                self.pieces[i] = [Piece(**p) for p in json.loads(entry)]
        if self.stale:  # the groups with classes of datamodel-code-generator's naming
            owners = [i for i, pieces in self.pieces.items() if any(p.added for p in pieces)]
            for i in owners:
                del self.pieces[i]
            self.stale = sorted(set(self.stale) | set(owners))

    @property
    def stale_schemas(self) -> int:
        return sum(len(self.groups[i]) for i in self.stale)

    def start(self) -> None:
        """Start datamodel-code-generator on the stale groups and what their keys see."""
        if not self.stale:
            return
        if len(self.stale) == len(self.groups):
            self._whole_run, run = True, self.inputs
        else:
            run = run_inputs(
                self.inputs,
                self.graph,
                self.groups,
                [n for i in self.stale for n in self.groups[i]],
            )
        self._given = set(run)
        self._dcg = self.jobs.spawn(_dcg_pieces, run, self.options, helper=True)

    def _redo_whole(self) -> Any:
        self.stale = list(range(len(self.groups)))
        self.pieces = {}
        self._whole_run, self._given = True, set(self.inputs)
        return self.jobs.spawn(_dcg_pieces, self.inputs, self.options, helper=True).result()

    def format(self) -> None:
        if self._dcg is None:
            return
        outcome = self._dcg.result()
        group_of = {n: i for i, g in enumerate(self.groups) for n in g}
        owner = (
            None
            if isinstance(outcome, str)
            else _owners(
                outcome, group_of, set(self.stale), None if self._whole_run else self._given
            )
        )
        if owner is None and not self._whole_run:
            # Not cut into pieces, or classes it added that a cold run could number otherwise
            # (or that belong to no re-emitted group): redo it whole.
            outcome = self._redo_whole()
            owner = (
                None
                if isinstance(outcome, str)
                else _owners(outcome, group_of, set(self.stale), None)
            )
        if isinstance(outcome, str):  # not cut into pieces: format the module as a whole
            self._whole = self.jobs.spawn(black_format, self.kind, self.header + outcome)
            return
        assert owner is not None
        raw = outcome
        if self._whole_run:
            self._dcg_tails = [p.tail for p in raw if p.tail]
        added = {p.name for p in raw if p.name not in group_of}
        raw = [
            dataclasses.replace(p, tail="", added=sorted((_uses(p) | {p.name}) & added))
            for p in raw
            if p.name in owner
        ]
        self.cache_groups = -1 not in owner.values()  # an added class no group uses
        stale = set(self.stale)
        todo = []
        self._order = {piece.name: k for k, piece in enumerate(raw)}
        for piece in raw:
            i = owner[piece.name]
            if i not in stale and i != -1:
                continue  # a dependency, given only for its name and shape
            formatted = self.jobs.cache.lookup("black-piece", _piece_key(piece))
            if formatted is None:
                todo.append(piece)
            else:  # the same text as before the update: black's answer is known
                self._known.append((i, dataclasses.replace(piece, code=json.loads(formatted))))
        for batch in _batches(todo, self.jobs.workers):
            self._batches.append(
                ([owner[p.name] for p in batch], batch, self.jobs.spawn(_format_pieces, batch))
            )

    def result(self) -> str:
        if self.text is not None:
            return self.text
        if self._whole is not None:
            self.text = self._whole.result()
        else:
            fresh: dict[int, list[Piece]] = {i: [] for i in self.stale}
            for i, piece in self._known:
                fresh.setdefault(i, []).append(piece)
            for owners, raw, job in self._batches:
                for i, before, piece in zip(owners, raw, job.result(), strict=True):
                    fresh.setdefault(i, []).append(piece)
                    self.jobs.cache.store("black-piece", _piece_key(before), json.dumps(piece.code))
            for pieces in fresh.values():  # in datamodel-code-generator's order, as cold
                pieces.sort(key=lambda p: self._order[p.name])
            if self.cache_groups:
                for i in self.stale:
                    self.jobs.cache.store(
                        f"{self.kind}-group",
                        self.keys[i],
                        json.dumps([asdict(p) for p in fresh[i]]),
                    )
            self.pieces.update(fresh)
            pieces = [p for i in sorted(self.pieces) for p in self.pieces[i]]
            rebuild = self.options["output_model_type"] == MODELS_OPTIONS["output_model_type"]
            self.text, tails = assemble(self.header, pieces, list(self.inputs), rebuild)
            if self._whole_run and tails != self._dcg_tails:  # the rule below, proven on each
                raise RuntimeError(  # cold run: a difference is a bug of ours (exit 4)
                    f"{self.kind}: the model_rebuild() calls decided from the module differ "
                    f"from datamodel-code-generator's: {tails} != {self._dcg_tails}"
                )
        self.jobs.cache.store(f"{self.kind}-module", self.module_key, self.text)
        return self.text


def run_inputs(
    inputs: dict[str, Any], graph: dict[str, list[str]], groups: list[list[str]], names: list[str]
) -> dict[str, Any]:
    """What datamodel-code-generator is given to emit the classes of `names` (whole groups):
    their schemas, and of what they reference what their cache keys see of it (`group_keys`):
    all of a group they merge, the face of a group they name in a plain `$ref` (a stub: the
    schema without documentation, `required` and fields), and so on from there. In the
    module's order, which is the order datamodel-code-generator numbers the classes it adds."""
    group_of = {n: i for i, g in enumerate(groups) for n in g}
    full: set[str] = set()
    stubs: set[str] = set()
    todo = [(n, True) for n in names]
    while todo:
        name, whole = todo.pop()
        if name in full or (not whole and name in stubs):
            continue
        if whole:
            full.add(name)
            stubs.discard(name)
            plain = _plain_refs(inputs[name])
            todo += [(dep, dep not in plain) for dep in graph[name]]
        else:  # a face shows the faces of its group, and what they show
            for member in groups[group_of[name]]:
                if member not in full and member not in stubs:
                    stubs.add(member)
                    shown = face(inputs[member])
                    plain = _plain_refs(shown)
                    todo += [
                        (dep, dep not in plain) for dep in graph[member] if dep in _named(shown)
                    ]
    return {
        n: s if n in full else _stub(face(s)) for n, s in inputs.items() if n in full or n in stubs
    }


def _named(schema: Any) -> set[str]:
    return {
        unescape(r[len(COMPONENT_PREFIX) :])
        for r in iter_refs(schema)
        if r.startswith(COMPONENT_PREFIX)
    }


def _stub(shown: Any) -> Any:
    """A schema of the face: one field of any type stands for the fields it has."""
    if isinstance(shown, dict) and isinstance(shown.get("properties"), bool):
        shown = {**shown, "properties": {"stub": {}} if shown["properties"] else {}}
    return shown


def _owners(
    raw: list[Piece], group_of: dict[str, int], stale: set[int], given: set[str] | None
) -> dict[str, int] | None:
    """The group of each piece: a class datamodel-code-generator added belongs to the group
    of the first class that uses it (through other added ones). None when a run on part of
    the module added a class a cold run could name otherwise: one named like a schema not
    given, or one that belongs to no re-emitted group. `given`: the names a run on part of the
    module was given."""
    whole = given is None
    if given is not None and any(p.name in group_of and p.name not in given for p in raw):
        return None  # a class it added, named like a schema of the module
    owner = {p.name: group_of[p.name] for p in raw if p.name in group_of}
    added = [p for p in raw if p.name not in group_of]
    users: dict[str, list[str]] = {p.name: [] for p in added}
    for p in raw:
        for name in _uses(p):
            if name in users and name != p.name:
                users[name].append(p.name)
    while True:
        found = {
            p.name: owner[u]
            for p in added
            if p.name not in owner
            for u in users[p.name][:1]
            if u in owner
        }
        if not found:
            break
        owner.update(found)
    for p in added:
        if p.name not in owner:
            owner[p.name] = -1
        if not whole and owner[p.name] not in stale:
            return None
    return owner


def _batches(pieces: list[Piece], workers: int) -> list[list[Piece]]:
    """About equal shares of text, one per worker, each in the order given."""
    if not pieces:
        return []
    total = sum(len(p.code) for p in pieces)
    count = max(1, min(workers, len(pieces), total // 20_000 + 1))
    share = total / count
    out: list[list[Piece]] = [[]]
    size = 0
    for piece in pieces:
        if size >= share * len(out) and len(out) < count:
            out.append([])
        out[-1].append(piece)
        size += len(piece.code)
    return out


def _dcg_pieces(inputs: dict[str, Any], options: dict[str, Any]) -> list[Piece] | str:
    """Run datamodel-code-generator; return its pieces (unformatted), or the module's code
    whole when it cannot be cut into pieces."""
    code = _generate(inputs, options)
    code = code.replace("from _base_ import BaseModel", "from ._models import BaseModel")
    code = _strip_header(code)
    code = _mark_overrides(code)
    try:
        return _split(code)
    except _Unsplittable:
        return code


def _split(code: str) -> list[Piece]:
    """Cut a module into pieces: each definition with the docstring after it, its tail, and the
    names it imports and evaluates (read here: black changes no names)."""
    lines = code.splitlines()
    body = ast.parse(code).body
    imported: dict[str, str] = {}
    pieces: dict[str, Piece] = {}
    nodes: dict[str, list[ast.stmt]] = {}
    for k, node in enumerate(body):
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        end = body[k + 1].lineno - 1 if k + 1 < len(body) else len(lines)
        if isinstance(node, ast.ImportFrom) and not pieces:
            if node.module == "__future__":
                continue
            for alias in node.names:
                if alias.asname or node.level > 1 or (node.level and node.module != "_models"):
                    raise _Unsplittable
                imported[alias.name] = "." * node.level + (node.module or "")
            continue
        if any(line.strip() for line in lines[node.end_lineno : end]):
            raise _Unsplittable  # a comment between statements: black places it by context
        name = _defines(node)
        if name is not None:
            if name in pieces:
                raise _Unsplittable
            text = _prenormalized(lines[start - 1 : end], node, start)
            pieces[name] = Piece(name, text, "", [], [])
            nodes[name] = [node]
        elif (
            _is_docstring(node)
            and pieces
            and len(nodes[last := list(pieces)[-1]]) == 1
            and not pieces[last].tail
        ):
            pieces[last].code += "\n" + "\n".join(lines[start - 1 : end]).rstrip()
        elif (target := _called_on(node)) is not None and target in pieces:
            pieces[target].tail += "\n".join(lines[start - 1 : node.end_lineno]) + "\n"
            nodes[target].append(node)
        else:
            raise _Unsplittable
    recursive = {name for name, found in nodes.items() if _is_recursive_alias(found[0], name)}
    for name, piece in pieces.items():
        used = {n.id for node in nodes[name] for n in ast.walk(node) if isinstance(n, ast.Name)}
        piece.imports = sorted(
            [_typed_dict_source(nodes[name][0], imported[n], n), n] for n in used if n in imported
        )
        piece.needs = sorted(_evaluated_names(nodes[name][0]) - set(imported) - {name})
        piece.early = sorted((used & recursive) - {name})
        node = nodes[name][0]
        piece.refs = sorted(_mentioned(node) - set(imported))
        piece.alias = not isinstance(node, ast.ClassDef)
        piece.bases = (
            [b.id for b in node.bases if isinstance(b, ast.Name) and b.id not in imported]
            if isinstance(node, ast.ClassDef)
            else []
        )
    return list(pieces.values())


def _mentioned(node: ast.stmt) -> set[str]:
    """The names a class's field annotations mention, or an alias's value (its forward
    references in strings too, but not the text of its keyword arguments: descriptions)."""
    if isinstance(node, ast.ClassDef):
        parts: list[ast.AST] = [s.annotation for s in node.body if isinstance(s, ast.AnnAssign)]
    else:
        value = getattr(node, "value", None)
        parts = [value] if value is not None else []
    found: set[str] = set()

    def walk(n: ast.AST) -> None:
        if isinstance(n, ast.keyword):
            return
        if isinstance(n, ast.Name):
            found.add(n.id)
        elif isinstance(n, ast.Constant) and isinstance(n.value, str):
            found.update(re.findall(r"[A-Za-z_]\w*", n.value))
        for child in ast.iter_child_nodes(n):
            walk(child)

    for part in parts:
        walk(part)
    return found


_PLAIN_STRING = re.compile(rb"'[^'\"\\]*'")


def _typed_dict_source(node: ast.stmt, module: str, name: str) -> str:
    """Where a piece would import `TypedDict` from on its own: datamodel-code-generator takes
    it from typing_extensions for the whole module when one class needs that version (a
    closed TypedDict, or one with typed extra items), so what its output says depends on the
    other classes of the run. `assemble` makes the module's choice again."""
    if name != "TypedDict" or module not in ("typing", "typing_extensions"):
        return module
    needs = isinstance(node, ast.ClassDef) and any(
        k.arg in _TYPED_DICT_BACKPORT for k in node.keywords
    )
    return "typing_extensions" if needs else "typing"


_TYPED_DICT_BACKPORT = frozenset({"closed", "extra_items"})


def _prenormalized(lines: list[str], node: ast.stmt, first: int) -> str:
    """The statement with two changes black would make done beforehand, so that black finds
    most pieces already formatted and formats them in one pass instead of two: plain
    single-quoted strings double-quoted, an empty line after a class docstring. Black still
    formats every piece; this only spares it work."""
    lines = list(lines)
    spans: dict[int, list[tuple[int, int]]] = {}
    for n in ast.walk(node):
        if (
            isinstance(n, ast.Constant)
            and isinstance(n.value, str)
            and n.lineno == n.end_lineno
            and n.col_offset is not None
            and n.end_col_offset is not None
        ):
            spans.setdefault(n.lineno - first, []).append((n.col_offset, n.end_col_offset))
    for i, found in spans.items():
        raw = lines[i].encode()
        for start, end in sorted(found, reverse=True):  # offsets are in UTF-8 bytes
            if _PLAIN_STRING.fullmatch(raw, start, end):
                raw = raw[:start] + b'"' + raw[start + 1 : end - 1] + b'"' + raw[end:]
        lines[i] = raw.decode()
    if (
        isinstance(node, ast.ClassDef)
        and len(node.body) > 1
        and _is_docstring(node.body[0])
        and (doc_end := node.body[0].end_lineno) is not None
        and node.body[1].lineno == doc_end + 1
    ):
        lines[doc_end - first] += "\n"
    return "\n".join(lines).rstrip()


def _defines(node: ast.stmt) -> str | None:
    if isinstance(node, ast.ClassDef):
        return node.name
    if (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
    ):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def _is_recursive_alias(node: ast.stmt, name: str) -> bool:
    """`X = TypeAliasType("X", ... "list[X]" ...)`: an alias whose value names itself."""
    if not (
        isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id == "TypeAliasType"
    ):
        return False
    mention = re.compile(rf"\b{re.escape(name)}\b")
    return any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and mention.search(n.value)
        for arg in node.value.args[1:]
        for n in ast.walk(arg)
    )


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _called_on(node: ast.stmt) -> str | None:
    """`X` of an `X.method()` statement."""
    if (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and isinstance(node.value.func.value, ast.Name)
    ):
        return node.value.func.value.id
    return None


def _mark_overrides(code: str) -> str:
    """A subclass (an `allOf`) may redeclare a field of its base: required where the base has it
    optional, or with another type. Valid for pydantic and at runtime, but a type checker reads
    models as dataclasses, where a field without a default may not override one with a default,
    and TypedDicts as structural types, where a `NotRequired` item may not become required
    (`reportGeneralTypeIssues`); and it reads a field as a mutable attribute, whose type an
    override may not change (`reportIncompatibleVariableOverride`, an error in pyright's default
    mode). Those lines get an ignore comment naming exactly the rules they break."""
    tree = ast.parse(code)
    defaults: dict[str, set[str]] = {}
    types: dict[str, dict[str, str]] = {}
    bases: dict[str, list[str]] = {}
    lines = code.split("\n")
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    for node in classes:
        bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
        fields = [
            (f.target.id, f)
            for f in node.body
            if isinstance(f, ast.AnnAssign) and isinstance(f.target, ast.Name)
        ]
        defaults[node.name] = {name for name, f in fields if _optional(f)}
        types[node.name] = {name: _item_type(f) for name, f in fields}

    def ancestors(name: str, seen: frozenset[str] = frozenset()) -> list[str]:
        out: list[str] = []
        for base in bases.get(name, []):
            if base in bases and base not in seen:
                out += [base] + ancestors(base, seen | {name})
        return out

    marked: list[tuple[ast.AnnAssign, str]] = []
    for node in classes:
        above = ancestors(node.name)
        optional = set().union(*(defaults[a] for a in above))
        for stmt in node.body:
            if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
                continue
            name, rules = stmt.target.id, []
            if not _optional(stmt) and name in optional:
                rules.append("reportGeneralTypeIssues")
            if any(name in types[a] and types[a][name] != _item_type(stmt) for a in above):
                rules.append("reportIncompatibleVariableOverride")
            if rules:
                marked.append((stmt, f"# pyright: ignore[{', '.join(rules)}]"))
    for stmt, comment in reversed(marked):  # from the bottom: line numbers above stay valid
        line = lines[stmt.lineno - 1]
        if stmt.end_lineno == stmt.lineno and len(line) + 2 + len(comment) <= LINE_LENGTH:
            lines[stmt.lineno - 1] = f"{line}  {comment}"
            continue
        # Too long for one line: black would wrap the annotation and carry the comment off the
        # field's line, where pyright no longer applies it. After an opening parenthesis, black
        # keeps it there.
        ann = stmt.annotation
        assert ann.end_lineno is not None and ann.end_col_offset is not None  # parsed: both set
        head = lines[ann.lineno - 1].encode()[: ann.col_offset].decode()
        tail = lines[ann.end_lineno - 1].encode()[ann.end_col_offset :].decode()
        indent = " " * (len(line) - len(line.lstrip()))
        segment = ast.get_source_segment(code, ann)
        text = f"{head}(  {comment}\n{indent}    {segment}\n{indent}){tail}"
        lines[ann.lineno - 1 : ann.end_lineno] = text.split("\n")
    return "\n".join(lines)


def _optional(field: ast.AnnAssign) -> bool:
    """A model field with a default, or a TypedDict item that may be left out."""
    return field.value is not None or ast.unparse(field.annotation).startswith("NotRequired[")


def _item_type(field: ast.AnnAssign) -> str:
    """The type of a field, as written (a TypedDict item's without `NotRequired`)."""
    ann = field.annotation
    if (
        isinstance(ann, ast.Subscript)
        and isinstance(ann.value, ast.Name)
        and ann.value.id == "NotRequired"
    ):
        return ast.unparse(ann.slice)
    return ast.unparse(ann)


def _piece_key(piece: Piece) -> str:
    """What black's answer for a piece depends on: its text and black."""
    return json.dumps([FORMAT_KEY, piece.code])


def _format_pieces(pieces: list[Piece]) -> list[Piece]:
    """Black each piece on its own: what it gives for the piece is what it gives for the piece
    inside the module (black formats top-level statements on their own, two blank lines
    apart; the test of the assembled modules holds it to that)."""
    return [
        dataclasses.replace(p, code=black_format(p.name, p.code + "\n").rstrip("\n"))
        for p in pieces
    ]


def _evaluated_names(node: ast.stmt) -> set[str]:
    """Names a definition reads when it runs (not its annotations, which are deferred)."""
    parts: list[ast.AST] = []
    if isinstance(node, ast.ClassDef):
        parts += node.bases + [k.value for k in node.keywords] + node.decorator_list
        for statement in node.body:
            if isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None:
                parts.append(statement.value)
    elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
        parts.append(node.value)
    return {n.id for part in parts for n in ast.walk(part) if isinstance(n, ast.Name)}


def assemble(
    header: str, pieces: list[Piece], given: list[str], rebuild: bool
) -> tuple[str, list[str]]:
    """The module and its `model_rebuild()` calls (`rebuild`: for pydantic models): header,
    merged imports, the definitions in name order except that one waits for what it evaluates
    (as datamodel-code-generator orders them), then the calls. `given` is the order the
    schemas were given in."""
    by_name = {p.name: p for p in pieces}
    needs = {p.name: {n for n in p.needs if n in by_name} for p in pieces}

    def evaluated(name: str) -> set[str]:
        """Everything `name`'s definition needs defined first, directly or not."""
        seen: set[str] = set()
        todo = [name]
        while todo:
            for need in needs[todo.pop()] - seen:
                seen.add(need)
                todo.append(need)
        return seen

    for piece in pieces:  # a recursive alias above its users, unless it evaluates them
        for alias in piece.early:
            if alias in by_name and piece.name not in evaluated(alias):
                needs[piece.name].add(alias)
    waiting: dict[str, set[str]] = {n: set() for n in by_name}  # name -> who waits for it
    for name, wanted in needs.items():
        for need in wanted:
            waiting[need].add(name)
    ready = [n for n, wanted in needs.items() if not wanted]
    heapq.heapify(ready)
    ordered: list[Piece] = []
    left = set(by_name)
    while left:
        if not ready:  # a cycle (cannot be valid Python): break it at its first name
            name = min(left)
            needs[name].clear()
            ready.append(name)
        name = heapq.heappop(ready)
        left.discard(name)
        ordered.append(by_name[name])
        for other in sorted(waiting[name]):
            needs[other].discard(name)
            if not needs[other] and other in left and other not in ready:
                heapq.heappush(ready, other)
    modules: dict[str, set[str]] = {"__future__": {"annotations"}}
    for piece in pieces:
        for module, name in piece.imports:
            modules.setdefault(module, set()).add(name)
    if "TypedDict" in modules.get("typing_extensions", ()) and "TypedDict" in modules.get(
        "typing", ()
    ):
        modules["typing"].discard("TypedDict")  # one class needs this version: all take it
        if not modules["typing"]:
            del modules["typing"]
    groups: list[list[str]] = [[], [], [], []]
    for module in sorted(modules):
        groups[_import_group(module)].append(
            f"from {module} import {', '.join(sorted(modules[module]))}"
        )
    lines = [line for group in groups for line in group]
    block = "\n\n".join("\n".join(group) for group in groups if group) + "\n"
    if any(len(line) > LINE_LENGTH for line in lines):
        block = black_format("imports", block)
    text = header + block
    if ordered:  # black wants two blank lines before a class, one before other statements
        first = ordered[0].code
        text += "\n\n" if first.startswith(("class ", "def ", "@")) else "\n"
        text += "\n\n\n".join(p.code for p in ordered) + "\n"
    calls = [f"{name}.model_rebuild()\n" for name in rebuilds(ordered, given)] if rebuild else []
    if calls:
        text += "\n\n" + "".join(calls)
    return text, calls


def rebuilds(ordered: list[Piece], given: list[str]) -> list[str]:
    """The classes datamodel-code-generator (0.89) calls `model_rebuild()` on, decided as it
    decides them, from the whole module (`ordered`: the module's order): a class it could not
    resolve when it sorted the models in the order they were given (a class that names
    itself, or one that names a class left unresolved then, or whose base needs it), if it
    names itself or a class defined below it; and every subclass of those. Checked against
    its own calls on every run it is given the whole module (`ModuleBuild.result`)."""
    by_name = {p.name: p for p in ordered}
    position = {p.name: k for k, p in enumerate(ordered)}
    order = [n for n in given if n in by_name]
    placed = set(order)
    for piece in ordered:  # a class it added: before the first class using it
        if piece.name not in placed:
            users = [k for k, n in enumerate(order) if piece.name in _uses(by_name[n])]
            order.insert(users[0] if users else len(order), piece.name)
            placed.add(piece.name)
    refs = {n: (set(by_name[n].refs) | set(by_name[n].bases)) & placed for n in order}
    bases = {n: set(by_name[n].bases) & placed for n in order}
    required: set[str] = set()
    done: set[str] = set()
    unsorted = order
    while True:  # datamodel-code-generator's sort_data_models, step by step
        left = []
        count = len(done)
        for name in unsorted:
            if refs[name] - {name} - done:
                left.append(name)
                continue
            done.add(name)
            if name in refs[name] and not by_name[name].alias:
                required.add(name)
        if not left or len(done) == count:
            break
        unsorted = left
    if left:
        while True:  # by the position of the last base class, stably, to a fixed point
            index = {n: k for k, n in enumerate(left)}
            moved = [
                n
                for _, n in sorted(
                    (
                        (max([index[b] for b in bases[n] if b in index], default=-1), n)
                        for n in left
                    ),
                    key=lambda pair: pair[0],
                )
            ]
            if moved == left:
                break
            left = moved
        waiting = set(left)
        for name in left:
            unresolved = refs[name] - {name} - done
            if not unresolved - waiting:
                done.add(name)
                if (unresolved or required & bases[name]) and not by_name[name].alias:
                    required.add(name)
    forward = {
        n
        for n in required
        if any(position[r] >= position[n] for r in set(by_name[n].refs) & placed)
    }
    out = set(forward)
    while True:  # and every subclass of those
        more = {n for n in order if n not in out and bases[n] & out}
        if not more:
            break
        out |= more
    return [p.name for p in ordered if p.name in out]


def _uses(piece: Piece) -> set[str]:
    return set(piece.refs) | set(piece.bases) | set(piece.needs)


def warm_up() -> None:
    """Import datamodel-code-generator and black and let them load what they load on first
    use: run once in the workers' fork server (warm.py), so that every worker forked from it
    starts warm (0.4 s of CPU less each)."""
    warm_up_generator()
    black_format("warm-up", "class WarmUp:\n    a: str = 'a'\n")


def warm_up_generator() -> None:
    """datamodel-code-generator's first use (importing it, nearly all): what the helper
    process (jobs.py) does while the run that forked it reads the spec."""
    for options in (MODELS_OPTIONS, PARAMS_OPTIONS):
        _generate({"WarmUp": {"type": "object", "properties": {"a": {"type": "string"}}}}, options)


def _generate(schemas: dict[str, Any], options: dict[str, Any]) -> str:
    if not schemas:
        return "from __future__ import annotations\n"
    from datamodel_code_generator import InputFileType, generate  # heavy import, only when used

    document = {
        "openapi": "3.1.0",
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            code = generate(document, input_file_type=InputFileType.OpenAPI, **_COMMON, **options)
        except Exception as exc:  # the library raises many types; report them as spec problems
            raise SpecError(f"model generation failed: {type(exc).__name__}: {exc}") from exc
    if not isinstance(code, str):
        raise SpecError("model generation produced several modules; expected one")
    return code


def _strip_header(code: str) -> str:
    """Drop datamodel-code-generator's own banner (it names a temporary input file), and
    group and sort its imports: `__future__`, the standard library, third-party, the package."""
    code = re.sub(r"\A(#[^\n]*\n)+\n?", "", code)
    lines = code.split("\n")
    end = 0
    while (
        end < len(lines) and lines[end].startswith(("from ", "import ")) and "(" not in lines[end]
    ):
        end += 1
    groups: list[list[str]] = [[], [], [], []]
    for line in lines[:end]:
        groups[_import_group(line.split()[1])].append(line)
    block = "\n\n".join("\n".join(sorted(g)) for g in groups if g)
    return block + "\n" + "\n".join(lines[end:]) if end else code
