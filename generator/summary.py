"""What a regeneration changed, in callers' terms, and whether it breaks them.

Both sides are read from the generated code itself (with `ast`), so the summary needs nothing but
the old output folder and the new files, and does not depend on how the generator models the spec.
The surface a caller touches is: the methods of the resources the sync client hands out, walked
from the client as a caller reaches them (their arguments and return type; the async ones mirror
them), the response models (`models.py`) and the request TypedDicts (`params.py`). A
request-body TypedDict that no caller names (its fields are the method's keyword arguments) is
folded into the method that takes it.

Every difference becomes a `Change(kind, where, breaking, reason)`. Whether a kind is breaking, and
which version bump it calls for, is decided once, in `RULES`, which README.md shows as a table.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any

# -- the rules --------------------------------------------------------------------------------

MAJOR, MINOR, PATCH = "major", "minor", "patch"

# kind -> (version bump it calls for, why, in a few words). Bump "major" means breaking.
# "request" is what callers send (method arguments, fields of params.py TypedDicts), "response"
# what they read (return types, fields of models.py classes).
RULES: dict[str, tuple[str, str]] = {
    "resource.removed": (MAJOR, "calls through it fail"),
    "resource.renamed": (MAJOR, "calls through the old name fail"),
    "resource.added": (MINOR, "new resource"),
    "method.removed": (MAJOR, "calls to it fail"),
    "method.renamed": (MAJOR, "calls by the old name fail"),
    "method.added": (MINOR, "new method"),
    "method.returns": (MAJOR, "callers get another type"),
    "method.request": (PATCH, "same call, different request on the wire"),
    "method.description": (PATCH, "documentation only"),
    "request.removed": (MAJOR, "callers passing it get a TypeError"),
    "request.renamed": (MAJOR, "callers passing the old name get a TypeError"),
    "request.added_required": (MAJOR, "existing calls lack it"),
    "request.made_required": (MAJOR, "calls without it fail"),
    "request.positional_to_keyword": (MAJOR, "positional calls fail"),
    "request.reordered": (MAJOR, "positional calls pass values to the wrong argument"),
    "request.enum_value_removed": (MAJOR, "callers passing it fail type checks and the server"),
    "request.variant_removed": (MAJOR, "callers passing it fail type checks"),
    "request.type_narrowed": (MAJOR, "some values callers pass are no longer accepted"),
    "request.type_changed": (MAJOR, "values callers pass no longer fit"),
    "request.added": (MINOR, "optional: existing calls unchanged"),
    "request.made_optional": (MINOR, "existing calls unchanged"),
    "request.keyword_to_positional": (MINOR, "keyword calls still work"),
    "request.enum_value_added": (MINOR, "more values accepted"),
    "request.variant_added": (MINOR, "more values accepted"),
    "request.type_widened": (MINOR, "more values accepted"),
    "request.known_value_removed": (PATCH, "any string is still accepted"),
    "response.field_removed": (MAJOR, "readers get AttributeError"),
    "response.field_renamed": (MAJOR, "readers of the old name get AttributeError"),
    "response.made_optional": (MAJOR, "readers may now get None"),
    "response.variant_removed": (MAJOR, "responses of that shape now parse as another type"),
    "response.type_changed": (MAJOR, "readers get another type"),
    "response.field_added": (MINOR, "new field; readers unaffected"),
    # In between, decided: a new value of a known field is not breaking: the runtime already
    # parses values it does not know (tests/test_client_forward_compat.py), so older clients
    # keep working; code matching every value should add a branch.
    "response.enum_value_added": (MINOR, "older clients parse it too; exhaustive matches add a branch"),
    # The same for a new variant of a union (a new tool type in a list of tools): the runtime
    # keeps what it cannot parse as it came.
    "response.variant_added": (MINOR, "older clients parse it too; exhaustive matches add a branch"),
    # In between, decided: a field that became required (or non-nullable) only removes `None`
    # from what readers get; their None checks still run.
    "response.made_required": (PATCH, "readers always get a value now"),
    "response.alias_made_nullable": (PATCH, "every field using it was optional already"),
    "response.enum_value_removed": (PATCH, "readers get a subset"),
    "response.default_changed": (PATCH, "differs only when the server omits the field"),
    "model.removed": (MAJOR, "importers break"),
    "model.renamed": (MAJOR, "importers of the old name break"),
    "model.base_changed": (MAJOR, "isinstance checks change"),
    "model.added": (MINOR, "new model"),
    "param.removed": (MAJOR, "importers break"),
    "param.renamed": (MAJOR, "importers of the old name break"),
    "param.added": (MINOR, "new param type"),
    "body.renamed": (PATCH, "callers pass keyword arguments, never this class"),
    "description": (PATCH, "documentation only"),
}

_ORDER = {MAJOR: 0, MINOR: 1, PATCH: 2}


@dataclass(frozen=True)
class Change:
    kind: str  # a key of RULES
    where: str  # `batches.create`, `Batch`, `MetadataParam`
    what: str  # `metadata now required`
    breaking: bool
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def change(kind: str, where: str, what: str) -> Change:
    level, reason = RULES[kind]
    return Change(kind, where, what, level == MAJOR, reason)


# -- the surface, read from the generated code --------------------------------------------------

_EXTRAS = ("extra_headers", "extra_query", "extra_body", "timeout")


@dataclass(frozen=True)
class Arg:
    name: str
    annotation: str  # without `| NotGiven`
    required: bool
    positional: bool  # may be passed by position


@dataclass(frozen=True)
class Signature:
    args: tuple[Arg, ...]
    returns: str
    doc: str
    request: tuple[str, ...]  # string constants but argument names: method, path, media type
    body_keys: frozenset[str]

    def shape(self) -> tuple[object, ...]:
        return (self.args, self.returns)


@dataclass(frozen=True)
class FieldDef:
    annotation: str
    required: bool
    default: str | None
    doc: str


@dataclass(frozen=True)
class TypeDef:
    bases: tuple[str, ...]
    fields: tuple[tuple[str, FieldDef], ...]  # with inherited fields; empty for an alias
    alias: str | None  # the aliased type expression
    doc: str

    def shape(self) -> tuple[object, ...]:
        return (self.bases, tuple((n, f.annotation, f.required) for n, f in self.fields),
                self.alias)


@dataclass
class Surface:
    methods: dict[str, Signature] = field(default_factory=dict)  # `evals.runs.create` -> ...
    models: dict[str, TypeDef] = field(default_factory=dict)
    params: dict[str, TypeDef] = field(default_factory=dict)


def read_surface(files: dict[str, str], package: str,
                 memo: dict[tuple[str, str], object] | None = None) -> Surface:
    """`memo` keeps what was read from each text: a file the update left alone is read once."""
    memo = {} if memo is None else memo

    def read(kind: str, text: str, reader: Any) -> Any:
        if (kind, text) not in memo:
            memo[(kind, text)] = reader(text)
        return memo[(kind, text)]

    surface = Surface()
    surface.methods = _client_methods(files, package, lambda text: read("module", text, _module))
    surface.models = read("models", files.get(f"{package}/models.py", ""),
                          lambda text: _typedefs(text, typed_dict=False))
    surface.params = read("params", files.get(f"{package}/params.py", ""),
                          lambda text: _typedefs(text, typed_dict=True))
    return surface


@dataclass(frozen=True)
class _Class:
    methods: dict[str, Signature]  # its public sync methods
    properties: tuple[tuple[str, str], ...]  # (attribute, class name) of its cached properties


@dataclass(frozen=True)
class _Module:
    classes: dict[str, _Class]
    imports: dict[str, tuple[int, str]]  # name -> (level, module) of `from .module import name`
    sync_client: str | None  # the class that extends the runtime's SyncAPIClient


def _module(text: str) -> _Module:
    """What the resource walk needs of one file, read once per text."""
    tree = _parse(text)
    classes: dict[str, _Class] = {}
    sync_client = None
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        if any(ast.unparse(b) == "SyncAPIClient" for b in node.bases) and sync_client is None:
            sync_client = node.name
        methods: dict[str, Signature] = {}
        properties: list[tuple[str, str]] = []
        for item in node.body:
            if not isinstance(item, ast.FunctionDef) or item.name.startswith("_"):
                continue
            if any(_is_cached_property(d) for d in item.decorator_list):
                if item.returns is not None:
                    properties.append((item.name, _class_name(item.returns)))
            else:
                methods[item.name] = _signature(item)
        classes[node.name] = _Class(methods, tuple(properties))
    imports = {alias.asname or alias.name: (node.level, node.module or "")
               for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
               for alias in node.names}
    return _Module(classes, imports, sync_client)


def _class_name(annotation: ast.expr) -> str:
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return annotation.value.strip()  # a forward reference in quotes
    return ast.unparse(annotation)


def _client_methods(files: dict[str, str], package: str,
                    module: Any) -> dict[str, Signature]:
    """`evals.runs.create` -> its signature: the resources walked as a caller reaches them,
    from the sync client's cached properties down (`client.evals.runs`). A resource is a class
    handed out by such a property and imported from another module of the package; the raw and
    streaming views are defined beside what they wrap, and the async classes mirror the sync
    ones. Class names are never looked at: an `AsyncJobs` resource is a resource."""
    found: dict[str, Signature] = {}
    client_path = f"{package}/_client.py"
    client = module(files.get(client_path, ""))
    if client.sync_client is None:
        return found
    seen: set[tuple[str, str]] = set()

    def walk(path: str, name: str, trail: tuple[str, ...]) -> None:
        here = module(files[path])
        cls = here.classes[name]
        if trail:
            found.update((".".join(trail + (m,)), s) for m, s in cls.methods.items())
        for attr, class_name in cls.properties:
            target = _imported(files, path, here.imports.get(class_name))
            if target is None or (target, class_name) in seen or \
                    class_name not in module(files[target]).classes:
                continue
            seen.add((target, class_name))
            walk(target, class_name, trail + (attr,))

    walk(client_path, client.sync_client, ())
    return found


def _imported(files: dict[str, str], importer: str, source: tuple[int, str] | None) -> str | None:
    """The package file a relative `from` import of `importer` reads, if it is one of `files`."""
    if source is None or source[0] == 0:
        return None
    level, dotted = source
    parts = importer.split("/")[:-level]
    if not parts:
        return None
    base = "/".join(parts + (dotted.split(".") if dotted else []))
    for candidate in (f"{base}.py", f"{base}/__init__.py"):
        if candidate != importer and candidate in files:
            return candidate
    return None


def _signature(node: ast.FunctionDef) -> Signature:
    a = node.args
    positional = a.posonlyargs + a.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    args = [_arg(p, d, True) for p, d in zip(positional, defaults) if p.arg != "self"]
    args += [_arg(p, d, False) for p, d in zip(a.kwonlyargs, a.kw_defaults)]
    body = node.body[1:] if node.body and _docstring_node(node.body[0]) else node.body
    constants: list[str] = []
    keys: set[str] = set()
    dict_keys: set[int] = set()
    for stmt in body:
        for sub in ast.walk(stmt):
            if isinstance(sub, ast.Dict):  # argument names: compared as arguments
                dict_keys.update(id(k) for k in sub.keys)
            if isinstance(sub, ast.keyword) and sub.arg in ("body", "files"):
                for inner in ast.walk(sub.value):
                    if isinstance(inner, ast.Dict):
                        keys.update(str(k.value) for k in inner.keys
                                    if isinstance(k, ast.Constant))
    for stmt in body:  # what goes on the wire besides the arguments: method, path, media type
        for sub in ast.walk(stmt):
            if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and \
                    id(sub) not in dict_keys:
                constants.append(sub.value)
    return Signature(args=tuple(a for a in args if a.name not in _EXTRAS),
                     returns=ast.unparse(node.returns) if node.returns else "None",
                     doc=ast.get_docstring(node) or "", request=tuple(constants),
                     body_keys=frozenset(keys))


def _arg(node: ast.arg, default: ast.expr | None, positional: bool) -> Arg:
    annotation = _strip_not_given(node.annotation) if node.annotation else "Any"
    return Arg(node.arg, annotation, default is None, positional)


def _strip_not_given(node: ast.expr) -> str:
    members = [m for m in _union(node) if ast.unparse(m) != "NotGiven"]
    return " | ".join(ast.unparse(m) for m in members)


def _is_cached_property(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "cached_property"


def _docstring_node(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and \
        isinstance(node.value.value, str)


def _typedefs(text: str, typed_dict: bool) -> dict[str, TypeDef]:
    """Class name -> its fields (own and inherited) and bases; alias name -> its value."""
    found: dict[str, TypeDef] = {}
    for node in _parse(text).body:
        if isinstance(node, ast.ClassDef):
            bases = tuple(ast.unparse(b) for b in node.bases)
            fields: dict[str, FieldDef] = {}
            for base in bases:
                if base in found:
                    fields.update(found[base].fields)
            body = node.body
            for i, item in enumerate(body):
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    following = body[i + 1] if i + 1 < len(body) else None
                    doc = following.value.value if isinstance(following, ast.Expr) and \
                        isinstance(following.value, ast.Constant) else ""
                    fields[item.target.id] = _field(item, typed_dict, str(doc).strip())
            found[node.name] = TypeDef(bases, tuple(fields.items()), None,
                                       ast.get_docstring(node) or "")
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name) and node.targets[0].id[:1].isupper():
            value = node.value
            if isinstance(value, ast.Call) and ast.unparse(value.func) == "TypeAliasType" and \
                    len(value.args) == 2:
                value = value.args[1]
            found[node.targets[0].id] = TypeDef((), (), ast.unparse(value), "")
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and \
                node.value is not None and ast.unparse(node.annotation) == "TypeAlias":
            found[node.target.id] = TypeDef((), (), ast.unparse(node.value), "")
    return found


def _field(node: ast.AnnAssign, typed_dict: bool, doc: str) -> FieldDef:
    annotation = node.annotation
    if typed_dict:
        wrapper = annotation.value if isinstance(annotation, ast.Subscript) else None
        optional = isinstance(wrapper, ast.Name) and wrapper.id == "NotRequired"
        if optional or (isinstance(wrapper, ast.Name) and wrapper.id == "Required"):
            annotation = annotation.slice  # type: ignore[union-attr]
        return FieldDef(ast.unparse(annotation), not optional, None, doc)
    value = node.value
    if isinstance(value, ast.Call) and ast.unparse(value.func) == "Field":
        given = value.args[0] if value.args else next(
            (k.value for k in value.keywords if k.arg == "default"), None)
        value = None if given is None or (isinstance(given, ast.Constant) and
                                          given.value is Ellipsis) else given
    return FieldDef(ast.unparse(annotation), value is None,
                 None if value is None else ast.unparse(value), doc)


def _parse(text: str) -> ast.Module:
    try:
        return ast.parse(text)
    except SyntaxError:
        return ast.Module(body=[], type_ignores=[])


def _types(text: str) -> dict[str, str]:
    """Class or alias name -> a one-line rendering of it (for tests that compare classes)."""
    return {name: repr(t.shape()) for name, t in _typedefs(text, typed_dict=False).items()}


# -- comparing types --------------------------------------------------------------------------


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


def _union(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.Subscript) and ast.unparse(node.value) == "Annotated" and \
            isinstance(node.slice, ast.Tuple):
        return _union(node.slice.elts[0])
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union(node.left) + _union(node.right)
    if isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("Union", "Optional"):
        inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        return [m for e in inner for m in _union(e)] + (
            [ast.Constant(None)] if ast.unparse(node.value) == "Optional" else [])
    return [node]


def _members(text: str, renamed: dict[str, str]) -> dict[str, ast.expr | None]:
    """Union members by key: `None`, `'value'` for a Literal value, else the type's text."""
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return {text: None}
    if renamed:
        node = _Rename(renamed).visit(node)
    out: dict[str, ast.expr | None] = {}
    for member in _union(node):
        if isinstance(member, ast.Subscript) and ast.unparse(member.value) == "Literal":
            values = member.slice.elts if isinstance(member.slice, ast.Tuple) else [member.slice]
            out.update((ast.unparse(v), None) for v in values)
        elif isinstance(member, ast.Constant) and member.value is None:
            out["None"] = None
        else:
            out[ast.unparse(member)] = member
    return out


class _Rename(ast.NodeTransformer):
    def __init__(self, renamed: dict[str, str]) -> None:
        self.renamed = renamed

    def visit_Name(self, node: ast.Name) -> ast.Name:
        return ast.Name(self.renamed.get(node.id, node.id), node.ctx)


def compare_types(old: str, new: str, renamed: dict[str, str] | None = None,
                  aliases: tuple[dict[str, str], ...] = ({}, {})) -> Delta:
    """Old and new type, member by member; `renamed` maps old class names to new ones,
    `aliases` the type aliases of each side to what they stand for."""
    delta = Delta()
    _compare(_members(old, renamed or {}), _members(new, {}), delta, aliases)
    return delta


def _expand(members: dict[str, ast.expr | None], keys: list[str],
            aliases: dict[str, str]) -> bool:
    """Replace the members in `keys` that are type aliases by what they stand for."""
    expanded = False
    for key in keys:
        if key in aliases and key in members:
            del members[key]
            members.update(_members(aliases[key], {}))
            expanded = True
    return expanded


def _compare(before: dict[str, ast.expr | None], after: dict[str, ast.expr | None],
             delta: Delta, aliases: tuple[dict[str, str], ...] = ({}, {})) -> None:
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
        partners = [k for k in came if isinstance(after[k], ast.Subscript) and
                    ast.unparse(after[k].value) == head]  # type: ignore[union-attr]
        if len(partners) == 1:
            new = after[partners[0]]
            assert isinstance(new, ast.Subscript)
            old_args = old.slice.elts if isinstance(old.slice, ast.Tuple) else [old.slice]
            new_args = new.slice.elts if isinstance(new.slice, ast.Tuple) else [new.slice]
            if len(old_args) == len(new_args) and all(
                    ast.unparse(o) == ast.unparse(n) for o, n in zip(old_args[:-1], new_args[:-1])):
                _compare(_members(ast.unparse(old_args[-1]), {}),
                         _members(ast.unparse(new_args[-1]), {}), delta, aliases)
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


# -- comparing surfaces -----------------------------------------------------------------------


def compare(old: Surface, new: Surface) -> list[Change]:
    """Every difference of the two surfaces a caller could notice, classified by `RULES`."""
    changes: list[Change] = []
    model_renames = _class_renames(old.models, new.models)
    param_renames = _class_renames(old.params, new.params)
    renamed = {**model_renames, **param_renames}
    aliases = {side: tuple({n: t.alias for n, t in types.items() if t.alias}
                           for types in (getattr(old, module), getattr(new, module)))
               for side, module in (("response", "models"), ("request", "params"))}
    ctx = _Context(renamed, aliases)
    old_bodies, new_bodies = _bodies(old), _bodies(new)

    changes += _compare_methods(old.methods, new.methods, ctx)
    for module, old_types, new_types, class_renames, prefix in (
            ("models", old.models, new.models, model_renames, "model"),
            ("params", old.params, new.params, param_renames, "param")):
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
            if name not in old_types and name not in class_renames.values() and \
                    name not in new_bodies:
                changes.append(change(f"{prefix}.added", _where(name, module, new), "added"))
        for name, before_def in old_types.items():
            after_name = class_renames.get(name, name)
            if after_name not in new_types or name in old_bodies or after_name in new_bodies:
                continue
            found = _compare_typedefs(_where(after_name, module, new), before_def,
                                      new_types[after_name], side, ctx)
            if before_def.alias is not None and any(
                    c.kind == "response.made_optional" for c in found) and \
                    _always_optional(after_name, new_types):
                found = [change("response.alias_made_nullable", c.where, c.what)
                         if c.kind == "response.made_optional" else c for c in found]
            changes += found
    return changes


def _always_optional(alias: str, types: dict[str, TypeDef]) -> bool:
    """Every field typed by `alias` already allowed None: readers see no difference."""
    uses = [f for t in types.values() for _, f in t.fields
            if alias in _members(f.annotation, {})]
    return bool(uses) and all("None" in _members(f.annotation, {}) or not f.required
                              for f in uses)


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
    return {name for name, t in surface.params.items()
            if t.fields and frozenset(n for n, _ in t.fields) in keys}


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


def _compare_methods(old: dict[str, Signature], new: dict[str, Signature],
                     ctx: _Context) -> list[Change]:
    changes: list[Change] = []
    old_resources = {_resource_of(m) for m in old}
    new_resources = {_resource_of(m) for m in new}

    def methods_of(resource: str, signatures: dict[str, Signature]) -> dict[str, object]:
        return {m.rsplit(".", 1)[1]: s.shape() for m, s in signatures.items()
                if _resource_of(m) == resource}

    # Resources: a gone one whose methods all reappear under another name was renamed. Sorted,
    # so a parent comes before its children, which then go with it unsaid.
    moved_to: dict[str, str] = {}  # old resource -> new one, "" when removed
    for resource in sorted(old_resources - new_resources):
        parent = next((r for r in moved_to if resource.startswith(f"{r}.")), None)
        if parent is not None:
            target = moved_to[parent] + resource[len(parent):] if moved_to[parent] else ""
            moved_to[resource] = target if target in new_resources else ""
            continue
        twins = [r for r in sorted(new_resources - old_resources)
                 if methods_of(r, new) == methods_of(resource, old)]
        if len(twins) == 1:
            changes.append(change("resource.renamed", resource, f"renamed to {twins[0]}"))
            moved_to[resource] = twins[0]
        else:
            changes.append(change("resource.removed", resource, "removed"))
            moved_to[resource] = ""
    changes += [change("resource.added", r, "added")
                for r in sorted(new_resources - old_resources - set(moved_to.values()))]

    # Methods, in the resources that stay.
    moved = {m: (f"{moved_to[_resource_of(m)]}.{m.rsplit('.', 1)[1]}"
                 if moved_to[_resource_of(m)] else "")
             for m in old if _resource_of(m) in moved_to}
    gone = [m for m in old if m not in new and m not in moved]
    came = [m for m in new if m not in old and _resource_of(m) in old_resources]
    for name in gone:
        twins = [m for m in came if _resource_of(m) == _resource_of(name) and
                 new[m].shape() == old[name].shape()]
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


def _compare_signatures(where: str, old: Signature, new: Signature,
                        ctx: _Context) -> list[Change]:
    changes: list[Change] = []
    before = {a.name: a for a in old.args}
    after = {a.name: a for a in new.args}
    gone = [n for n in before if n not in after]
    came = [n for n in after if n not in before]
    new_name: dict[str, str] = {}
    for name in list(gone):  # same type, same place in the call: a rename
        twins = [n for n in came if (after[n].annotation, after[n].required,
                                     after[n].positional) == (before[name].annotation,
                                                              before[name].required,
                                                              before[name].positional)]
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
            changes.append(change("request.made_required" if new_arg.required else
                                  "request.made_optional", where,
                                  f"{label} now {'required' if new_arg.required else 'optional'}"))
        if arg.positional and not new_arg.positional:
            changes.append(change("request.positional_to_keyword", where,
                                  f"{label} now keyword-only"))
        elif new_arg.positional and not arg.positional:
            changes.append(change("request.keyword_to_positional", where,
                                  f"{label} may now be passed by position"))
        changes += _type_changes(where, label, arg.annotation, new_arg.annotation, "request",
                                 ctx)
    old_positional = [new_name.get(a.name, a.name) for a in old.args
                      if a.positional and a.name in after]
    new_positional = [a.name for a in new.args if a.positional]
    if old_positional != new_positional[:len(old_positional)]:
        changes.append(change("request.reordered", where,
                              f"positional arguments now ({', '.join(new_positional)})"))
    if _renamed_text(old.returns, ctx.renamed) != new.returns:
        changes.append(change("method.returns", where, f"returns {new.returns} "
                                                       f"(was {old.returns})"))
    if old.request != new.request:
        lost = [c for c in old.request if c not in new.request]
        got = [c for c in new.request if c not in old.request]
        changes.append(change("method.request", where, "request: " + ", ".join(
            [f"-{c!r}" for c in lost] + [f"+{c!r}" for c in got]) if lost or got else
            "request built differently"))
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
        return ast.unparse(_Rename(renamed).visit(ast.parse(text, mode="eval")))
    except SyntaxError:
        return text


def _compare_typedefs(where: str, old: TypeDef, new: TypeDef, side: str,
                      ctx: _Context) -> list[Change]:
    changes: list[Change] = []
    if old.alias is not None or new.alias is not None:
        if old.alias is not None and new.alias is not None:
            return _type_changes(where, "", old.alias, new.alias, side, ctx)
        kind = "response.type_changed" if side == "response" else "request.type_changed"
        return [change(kind, where, "changed between a class and a type alias")]
    lost_bases = [b for b in old.bases if ctx.renamed.get(b, b) not in new.bases]
    if lost_bases:
        changes.append(change("model.base_changed", where,
                              f"no longer a subclass of {', '.join(lost_bases)}"))
    before, after = dict(old.fields), dict(new.fields)
    gone = [n for n in before if n not in after]
    came = [n for n in after if n not in before]
    for name in list(gone):
        twins = [n for n in came if (after[n].annotation, after[n].required) ==
                 (_renamed_text(before[name].annotation, ctx.renamed), before[name].required)]
        if len(twins) == 1:
            kind = "response.field_renamed" if side == "response" else "request.renamed"
            changes.append(change(kind, where, f"{name} renamed to {twins[0]}"))
            gone.remove(name)
            came.remove(twins[0])
    for name in gone:
        changes.append(change("response.field_removed" if side == "response" else
                              "request.removed", where, f"{name} removed"))
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
                kind = "response.made_required" if field_after.required else \
                    "response.made_optional"
            else:
                kind = "request.made_required" if field_after.required else \
                    "request.made_optional"
            changes.append(change(kind, where, f"{name} now "
                                  f"{'required' if field_after.required else 'optional'}"))
        elif side == "response" and field_before.default != field_after.default:
            changes.append(change("response.default_changed", where,
                                  f"{name} defaults to {field_after.default}"))
        types = _type_changes(where, name, field_before.annotation, field_after.annotation,
                              side, ctx)
        if field_before.required != field_after.required:  # `| None = None` came or went with it
            types = [c for c in types if c.kind not in ("response.made_optional",
                                                        "response.made_required")]
        changes += types
    described = [n for n in before if n in after and before[n].doc != after[n].doc]
    if old.doc != new.doc:
        described.insert(0, "the class")
    if described:
        changes.append(change("description", where,
                              f"description of {', '.join(described)} reworded"))
    return changes


def _type_changes(where: str, name: str, old: str, new: str, side: str,
                  ctx: _Context) -> list[Change]:
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
        values_removed = "request.known_value_removed" if delta.open_enum else \
            "request.enum_value_removed"
        variants_added, variants_removed = "request.variant_added", "request.variant_removed"
        none_added, none_removed = "request.type_widened", "request.type_narrowed"
        changed = "request.type_changed"
    single_swap = len(delta.variants_added) == 1 and len(delta.variants_removed) == 1 and \
        not (delta.values_added or delta.values_removed)
    if single_swap or not any((delta.values_added, delta.values_removed, delta.variants_added,
                               delta.variants_removed, delta.none_added, delta.none_removed)):
        return [change(changed, where, f"{subject}type {old} -> {new}")]
    request = side == "request"
    rows = [  # (kind, what changed, how), removals first
        (values_removed, _list(delta.values_removed),
         "no longer accepted" if request else "no longer sent"),
        (variants_removed, _list(delta.variants_removed),
         "no longer accepted" if request else "no longer returned"),
        (none_removed, "None" if delta.none_removed else "",
         "no longer accepted" if request else "no longer returned"),
        (values_added, _list(delta.values_added), "accepted" if request else "may be sent"),
        (variants_added, _list(delta.variants_added), "accepted" if request else "may be returned"),
    ]
    out = [change(kind, where, f"{subject}{what} {how}") for kind, what, how in rows if what]
    if delta.none_added:
        out.append(change(none_added, where, f"{subject}None accepted" if request else
                          f"{subject}may be None"))
    return out


def _list(items: list[str], limit: int = 4) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" (+{len(items) - limit} more)" if len(items) > limit else "")


# -- the report -------------------------------------------------------------------------------


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
        """"major", "minor", "patch", or None when nothing changed at all (or nothing was there
        to change: a first generation keeps its version)."""
        if self.first:
            return None
        levels = [RULES[c.kind][0] for c in self.changes]
        if not levels:
            return PATCH if self.files_added or self.files_removed or self.files_changed \
                else None
        return min(levels, key=_ORDER.__getitem__)

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


def summarize(old: dict[str, str], new: dict[str, str], package: str,
              previous_version: str | None = None) -> Summary:
    added = sorted(set(new) - set(old))
    if not old:  # a first generation: no caller to break, and reading it all takes 0.4 s
        return Summary([], added, [], [], previous_version, first=True)
    removed = sorted(set(old) - set(new))
    changed = sorted(p for p in set(old) & set(new) if old[p] != new[p])
    memo: dict[tuple[str, str], object] = {}
    changes = compare(read_surface(old, package, memo), read_surface(new, package, memo)) \
        if added or removed or changed else []
    # Breaking first; then methods before classes (`params.X` is a class).
    changes.sort(key=lambda c: (not c.breaking, _ORDER[RULES[c.kind][0]],
                                not c.where[:1].islower() or c.where.startswith("params."),
                                c.where, c.kind))
    return Summary(changes, added, removed, changed, previous_version)


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
_GROUPED = {"model.added": "models added", "param.added": "params added",
            "description": "descriptions reworded", "method.description": "descriptions reworded"}


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
        shown = ", ".join(unique[:12]) + (f", … ({len(unique) - 12} more)"
                                          if len(unique) > 12 else "")
        why = "documentation only" if "description" in title else "nothing to adapt"
        rows.append((f"{title} ({len(unique)})", shown, why))
    return rows


def _headline(summary: Summary) -> str:
    bump = summary.bump
    if bump is None:
        return "no changes"
    version = f": {summary.previous_version} -> {summary.next_version}" \
        if summary.previous_version else ""
    return f"{len(summary.breaking)} breaking, {len(summary.changes) - len(summary.breaking)} " \
           f"other; suggested version bump {bump}{version}"


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
    lines.append(f"files: {len(summary.files_changed)} changed, {len(summary.files_added)} "
                 f"added, {len(summary.files_removed)} removed")
    for label, paths in (("+", summary.files_added), ("-", summary.files_removed),
                         ("~", summary.files_changed)):
        lines.extend(f"  {label} {p}" for p in paths)
    return "\n".join(lines)


def render_markdown(summary: Summary) -> str:
    """A section to paste into a pull request: breaking changes first, in a table."""
    if summary.first:
        return f"## Generated client: {_first(summary)}\n"
    if summary.bump is None:
        return "## Generated client: no changes\n"
    version = f" (`{summary.previous_version}` → `{summary.next_version}`)" \
        if summary.previous_version else ""
    lines = [f"## Generated client: {summary.bump} version bump{version}", ""]
    breaking = summary.breaking
    if breaking:
        lines += [f"### Breaking changes ({len(breaking)})", "",
                  "| where | change | why it breaks callers |", "| --- | --- | --- |"]
        lines += [f"| `{where}` | {_md(what)} | {_md(why)} |" for where, what, why in
                  _grouped(breaking)]
        lines.append("")
    else:
        lines += ["No breaking changes for code that calls the client.", ""]
    others = [c for c in summary.changes if not c.breaking]
    if others:
        rows = _grouped(others)
        lines += [f"### Other changes ({len(others)})", ""]
        if len(rows) > 20:  # a long list stays out of the reviewer's way
            lines += ["<details><summary>Not breaking: additions, wire and documentation "
                      "changes</summary>", ""]
        lines += [f"- `{where}`: {_md(what)} ({_md(why)})" for where, what, why in rows]
        lines += ["", "</details>"] if len(rows) > 20 else []
        lines.append("")
    files = summary.files_changed + summary.files_added + summary.files_removed
    lines += [f"<details><summary>Files: {len(summary.files_changed)} changed, "
              f"{len(summary.files_added)} added, {len(summary.files_removed)} removed"
              f"</summary>", ""]
    marks = {**{p: "added" for p in summary.files_added},
             **{p: "removed" for p in summary.files_removed}}
    lines += [f"- `{p}`" + (f" ({marks[p]})" if p in marks else "") for p in sorted(files)]
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
