"""The surface a caller touches, read from the generated code with `ast`: the methods of the
resources the sync client hands out, walked from the client as a caller reaches them (their
arguments and return type; the async ones mirror them), the response models (`models.py`) and
the request TypedDicts (`params.py`). `Reading` keeps what was read, so that an update reads
only what it changed."""

from __future__ import annotations

import ast
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import typediff
from .typediff import union_members

if TYPE_CHECKING:
    from ..machinery.cache import Cache

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
    # The docstring opens with the generator's note (`models.deprecation_noted`); code
    # generated before that has pydantic's `Field(deprecated=True)`.
    deprecated: bool = False


@dataclass(frozen=True)
class TypeDef:
    bases: tuple[str, ...]
    fields: tuple[tuple[str, FieldDef], ...]  # with inherited fields; empty for an alias
    alias: str | None  # the aliased type expression
    doc: str

    def shape(self) -> tuple[object, ...]:
        return (
            self.bases,
            tuple((n, f.annotation, f.required) for n, f in self.fields),
            self.alias,
        )


@dataclass
class Surface:
    methods: dict[str, Signature] = field(default_factory=dict)  # `evals.runs.create` -> ...
    models: dict[str, TypeDef] = field(default_factory=dict)
    params: dict[str, TypeDef] = field(default_factory=dict)


def read_surface(files: dict[str, str], package: str, reading: Reading | None = None) -> Surface:
    """`reading` keeps what was read (`Reading`): give both sides of a comparison the same
    one, and a file or class the update left alone is read once."""
    return (Reading() if reading is None else reading).surface(files, package)


# What this module reads depends on its code and typediff's: in every key of the cache.
_READER = hashlib.sha256(
    b"".join(Path(path).read_bytes() for path in (__file__, typediff.__file__))
).hexdigest()


class Reading:
    """What was read from each text, kept so that nothing is read twice: a resource module by
    its text, `models.py` and `params.py` statement by statement (one schema edited changes
    one class of 1,100), so the new side of an update reads only what changed. With a cache,
    what was read of a tree is kept as one entry under the digest of its files: an update's
    old side is what the previous update read as its new side."""

    def __init__(self, cache: Cache | None = None) -> None:
        self.cache = cache if cache is not None and cache.directory is not None else None
        self._modules: dict[str, _Module] = {}  # the digest of a module's text -> ...
        # (models or params, the digest of a statement's text) -> what it defines
        self._chunks: dict[tuple[str, str], list[_Definition]] = {}
        self._typedefs: dict[tuple[str, str], dict[str, TypeDef]] = {}  # (kind, text) -> ...

    def surface(self, files: dict[str, str], package: str) -> Surface:
        key = f"{_READER}\0{package}\0" + "\0".join(
            f"{path}\0{text}" for path, text in sorted(files.items())
        )
        stored = None if self.cache is None else self.cache.lookup("surface", key)
        if stored is not None:
            self._load(json.loads(stored))
        modules: dict[str, _Module] = {}  # what the walk read, by digest
        surface = Surface()
        surface.methods = _client_methods(files, package, lambda text: self._module(text, modules))
        read: dict[str, Any] = {}
        for kind in ("models", "params"):
            text = files.get(f"{package}/{kind}.py", "")
            read[kind] = self._statements(kind, text)
            if (kind, text) not in self._typedefs:
                self._typedefs[(kind, text)] = _resolved(
                    [d for _, found in read[kind] for d in found]
                )
            setattr(surface, kind, self._typedefs[(kind, text)])
        if stored is None and self.cache is not None:
            read["modules"] = {digest: _module_to_json(m) for digest, m in modules.items()}
            self.cache.store("surface", key, json.dumps(read))
        return surface

    def _module(self, text: str, read: dict[str, _Module]) -> _Module:
        digest = _digest(text)
        if digest not in self._modules:
            self._modules[digest] = _module(text)
        read[digest] = self._modules[digest]
        return self._modules[digest]

    def _statements(self, kind: str, text: str) -> list[tuple[str, list[_Definition]]]:
        """(digest, definitions) of each top-level statement of `text`."""
        read: list[tuple[str, list[_Definition]]] = []
        typed_dict = kind == "params"
        for chunk in _statements(text):
            digest = _digest(chunk)
            found = self._chunks.get((kind, digest))
            if found is None:
                try:
                    found = _definitions(ast.parse(chunk).body, typed_dict)
                except SyntaxError:  # cut where no statement ends: read the file whole
                    return [("", _definitions(_parse(text).body, typed_dict))]
                self._chunks[(kind, digest)] = found
            read.append((digest, found))
        return read

    def _load(self, stored: dict[str, Any]) -> None:
        for digest, module in stored["modules"].items():
            self._modules.setdefault(digest, _module_from_json(module))
        for kind in ("models", "params"):
            self._chunks.update(
                ((kind, digest), [tuple(d) for d in found])
                for digest, found in stored[kind]
                if digest
            )


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _statements(text: str) -> list[str]:
    """The text cut where a line starts a top-level statement (a name at column 0, outside a
    triple-quoted string). A cut anywhere else leaves a part that does not parse, which
    `Reading` then sees."""
    chunks: list[str] = []
    start = pos = 0
    inside = False
    for line in text.split("\n"):
        if pos and not inside and (line[:1].isalpha() or line[:1] == "_"):
            chunks.append(text[start:pos])
            start = pos
        if line.count('"""') % 2:
            inside = not inside
        pos += len(line) + 1
    chunks.append(text[start:])
    return chunks


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
    # Where the generated code imports: at the top, under `if TYPE_CHECKING:`, and in the
    # cached properties (not a walk of every node: a resource module is large).
    statements = [
        s for node in tree.body for s in (node.body if isinstance(node, ast.If) else [node])
    ]
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
                statements += item.body
                if item.returns is not None:
                    properties.append((item.name, _class_name(item.returns)))
            else:
                methods[item.name] = _signature(item)
        classes[node.name] = _Class(methods, tuple(properties))
    imports = {
        alias.asname or alias.name: (node.level, node.module or "")
        for node in statements
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    return _Module(classes, imports, sync_client)


def _module_to_json(module: _Module) -> Any:
    def signature(sig: Signature) -> list[Any]:
        return [
            [[a.name, a.annotation, a.required, a.positional] for a in sig.args],
            sig.returns,
            sig.doc,
            sig.request,
            sorted(sig.body_keys),
        ]

    return [
        {
            name: [{m: signature(sig) for m, sig in cls.methods.items()}, cls.properties]
            for name, cls in module.classes.items()
        },
        module.imports,
        module.sync_client,
    ]


def _module_from_json(data: Any) -> _Module:
    def signature(
        args: list[list[Any]], returns: str, doc: str, request: list[str], keys: list[str]
    ) -> Signature:
        return Signature(
            tuple(Arg(*a) for a in args), returns, doc, tuple(request), frozenset(keys)
        )

    classes, imports, sync_client = data
    return _Module(
        {
            name: _Class(
                {m: signature(*sig) for m, sig in methods.items()},
                tuple((attr, cls) for attr, cls in properties),
            )
            for name, (methods, properties) in classes.items()
        },
        {name: (level, module) for name, (level, module) in imports.items()},
        sync_client,
    )


def _class_name(annotation: ast.expr) -> str:
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return annotation.value.strip()  # a forward reference in quotes
    return ast.unparse(annotation)


def _client_methods(
    files: dict[str, str], package: str, module: Callable[[str], _Module]
) -> dict[str, Signature]:
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

    def walk(
        path: str, name: str, trail: tuple[str, ...], above: frozenset[tuple[str, str]]
    ) -> None:
        here = module(files[path])
        cls = here.classes[name]
        found.update((".".join(trail + (m,)), s) for m, s in cls.methods.items() if trail)
        for attr, class_name in cls.properties:
            target = _imported(files, path, here.imports.get(class_name))
            if (
                target is not None
                and (target, class_name) not in above
                and class_name in module(files[target]).classes
            ):  # `above`: no endless cycle
                walk(target, class_name, trail + (attr,), above | {(target, class_name)})

    walk(client_path, client.sync_client, (), frozenset({(client_path, client.sync_client)}))
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
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults))
    defaults += a.defaults
    args = [_arg(p, d, True) for p, d in zip(positional, defaults, strict=True) if p.arg != "self"]
    args += [_arg(p, d, False) for p, d in zip(a.kwonlyargs, a.kw_defaults, strict=True)]
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
                        keys.update(str(k.value) for k in inner.keys if isinstance(k, ast.Constant))
    for stmt in body:  # what goes on the wire besides the arguments: method, path, media type
        for sub in ast.walk(stmt):
            if (
                isinstance(sub, ast.Constant)
                and isinstance(sub.value, str)
                and id(sub) not in dict_keys
            ):
                constants.append(sub.value)
    return Signature(
        args=tuple(a for a in args if a.name not in _EXTRAS),
        returns=ast.unparse(node.returns) if node.returns else "None",
        doc=ast.get_docstring(node) or "",
        request=tuple(constants),
        body_keys=frozenset(keys),
    )


def _arg(node: ast.arg, default: ast.expr | None, positional: bool) -> Arg:
    annotation = _strip_not_given(node.annotation) if node.annotation else "Any"
    return Arg(node.arg, annotation, default is None, positional)


def _strip_not_given(node: ast.expr) -> str:
    members = [m for m in union_members(node) if ast.unparse(m) != "NotGiven"]
    return " | ".join(ast.unparse(m) for m in members)


def _is_cached_property(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "cached_property"


def _docstring_node(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _typedefs(text: str, typed_dict: bool) -> dict[str, TypeDef]:
    """Class name -> its fields (own and inherited) and bases; alias name -> its value."""
    return _resolved(_definitions(_parse(text).body, typed_dict))


# What one top-level statement defines, as plain data (the cache keeps it as JSON): a class
# ("class", name, bases, own fields as FieldDef's values, docstring) or an alias ("alias",
# name, value).
_Definition = tuple[Any, ...]


def _definitions(statements: list[ast.stmt], typed_dict: bool) -> list[_Definition]:
    found: list[_Definition] = []
    for node in statements:
        if isinstance(node, ast.ClassDef):
            fields: list[list[Any]] = []
            body = node.body
            for i, item in enumerate(body):
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    following = body[i + 1] if i + 1 < len(body) else None
                    doc = (
                        following.value.value
                        if isinstance(following, ast.Expr)
                        and isinstance(following.value, ast.Constant)
                        else ""
                    )
                    f = _field(item, typed_dict, str(doc).strip())
                    fields.append(
                        [item.target.id, f.annotation, f.required, f.default, f.doc, f.deprecated]
                    )
            found.append(
                (
                    "class",
                    node.name,
                    [ast.unparse(b) for b in node.bases],
                    fields,
                    ast.get_docstring(node) or "",
                )
            )
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id[:1].isupper()
        ):
            value = node.value
            if (
                isinstance(value, ast.Call)
                and ast.unparse(value.func) == "TypeAliasType"
                and len(value.args) == 2
            ):
                value = value.args[1]
            found.append(("alias", node.targets[0].id, ast.unparse(value)))
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.value is not None
            and ast.unparse(node.annotation) == "TypeAlias"
        ):
            found.append(("alias", node.target.id, ast.unparse(node.value)))
    return found


def _resolved(definitions: list[_Definition]) -> dict[str, TypeDef]:
    """The definitions in the module's order, each class with the fields of the bases defined
    above it."""
    found: dict[str, TypeDef] = {}
    for definition in definitions:
        if definition[0] == "alias":
            found[definition[1]] = TypeDef((), (), definition[2], "")
            continue
        _, name, bases, own, doc = definition
        fields: dict[str, FieldDef] = {}
        for base in bases:
            if base in found:
                fields.update(found[base].fields)
        fields.update((f[0], FieldDef(*f[1:])) for f in own)
        found[name] = TypeDef(tuple(bases), tuple(fields.items()), None, doc)
    return found


def _field(node: ast.AnnAssign, typed_dict: bool, doc: str) -> FieldDef:
    annotation = node.annotation
    if typed_dict:
        optional = False
        if (
            isinstance(annotation, ast.Subscript)
            and isinstance(annotation.value, ast.Name)
            and annotation.value.id in ("NotRequired", "Required")
        ):
            optional = annotation.value.id == "NotRequired"
            annotation = annotation.slice
        return FieldDef(
            ast.unparse(annotation), not optional, None, doc, doc.lower().startswith("deprecated")
        )
    value = node.value
    deprecated = doc.lower().startswith("deprecated")
    if isinstance(value, ast.Call) and ast.unparse(value.func) == "Field":
        deprecated |= any(
            k.arg == "deprecated" and ast.unparse(k.value) == "True" for k in value.keywords
        )
        given = (
            value.args[0]
            if value.args
            else next((k.value for k in value.keywords if k.arg == "default"), None)
        )
        value = (
            None
            if given is None or (isinstance(given, ast.Constant) and given.value is Ellipsis)
            else given
        )
    return FieldDef(
        ast.unparse(annotation),
        value is None,
        None if value is None else ast.unparse(value),
        doc,
        deprecated,
    )


def _parse(text: str) -> ast.Module:
    try:
        return ast.parse(text)
    except SyntaxError:
        return ast.Module(body=[], type_ignores=[])


def _types(text: str) -> dict[str, str]:
    """Class or alias name -> a one-line rendering of it (for tests that compare classes)."""
    return {name: repr(t.shape()) for name, t in _typedefs(text, typed_dict=False).items()}
