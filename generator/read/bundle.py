"""Stage 1, continued: one document from a spec spread over files, every `$ref` local.

The rest of the generator reads one document whose references all have the forms
`#/components/schemas/<Name>` (in schemas) or `#/<pointer>` (elsewhere). So, after the root
document is read, every `$ref` is followed here:

- to another file (`schemas/Pet.yaml`, `common.yaml#/components/schemas/Error`, relative to the
  file holding the `$ref`, YAML or JSON, with refs of their own and cycles): a *named schema*
  (a whole file, a top-level key, or `…/schemas/X`, `…/definitions/X`, `…/$defs/X`) used as a
  schema becomes a component schema of the root (`Pet`, `Error`); anything else (a parameter,
  a response, a path item, a pointer deeper into a schema) is copied in its place;
- inside the root document: a schema `$ref` to anything but a component schema
  (`#/components/schemas/Pagination/properties/total`) is copied in its place too.

Pointers may use `~0`/`~1` escapes and percent-encoding. A URL is refused: no network at
generation time. Where each copied or added part came from is kept (`Sources`), so an error
found later in it names its own file, line and pointer.

Names of schemas from other files (README "Multi-file specs"): the name of the spec's component
schema that is nothing but a `$ref` to it (`Pet: {$ref: schemas/Pet.yaml}`), else the last token of
the pointer, or the file's stem for a whole file. When that name is taken (by a schema of the root
document, which always keeps its own, or by another file's), the one nearest the root spec (fewest
folders, then path order) keeps it and the others are qualified by their file and folders,
nearest first (`v2/Pet.yaml` -> `V2Pet`, `common.yaml#/.../Error` -> `CommonError`). A name
depends on the set of schemas only through such a clash: editing a file renames nothing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..errors import SpecError, close_match
from ..plan.names import pascal
from .refs import COMPONENT_PREFIX, escape, unescape

# A scheme (`http:`, `file:`) or a network path (`//host/x`): a URL, never fetched.
_URL = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)")
# Schema keywords whose value is a schema, a list of schemas, or a mapping of names to schemas.
_ONE = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "contains",
        "if",
        "then",
        "else",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "contentSchema",
        "additionalItems",
    }
)
_LIST = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
# Outside schemas: mappings whose keys are names (a header called `schema` is no keyword).
_NAMED = frozenset(
    {
        "paths",
        "webhooks",
        "callbacks",
        "responses",
        "parameters",
        "headers",
        "requestBodies",
        "securitySchemes",
        "links",
        "pathItems",
        "content",
        "encoding",
        "examples",
    }
)
# The mappings of named schemas: a pointer `…/<one of these>/X` names a schema `X`.
_SCHEMA_HOMES = frozenset({"schemas", "definitions", "$defs"})


@dataclass(frozen=True)
class Target:
    file: Path  # resolved
    pointer: str  # a JSON pointer with ~-escaped tokens, percent-decoded; "" = the document


class Sources:
    """Where the parts of a bundled document came from, and which other files were read."""

    def __init__(self, spec: Path) -> None:
        self.spec = str(spec)
        self.origins: dict[str, tuple[str, str]] = {}  # bundled pointer -> (file, pointer there)
        self.files: dict[str, str] = {}  # every file read but the spec: path -> sha256 of it

    def locate(self, pointer: str) -> tuple[str | None, str]:
        """The file (None: the spec) and pointer of what is at `pointer` in the bundle."""
        best = max(
            (p for p in self.origins if pointer == p or pointer.startswith(p + "/")),
            key=len,
            default=None,
        )
        if best is None:
            return None, pointer
        file, there = self.origins[best]
        return file, there + pointer[len(best) :]

    def relocate(self, exc: SpecError) -> SpecError:
        """An error placed in the bundle, placed where its text is (file and pointer)."""
        if exc.file is None and exc.pointer is not None:
            file, pointer = self.locate(exc.pointer)
            if file is not None:
                exc.file, exc.pointer = file, pointer
        return exc


Walk = Callable[[Any, Path, str, "Out"], Any]
Out = tuple["Target | None", str]  # a place in the bundle: under a hoisted schema (or the root)


class Bundler:
    def __init__(
        self,
        spec: Path,
        doc: dict[str, Any],
        sources: Sources,
        read: Callable[[Path, dict[str, str]], dict[str, Any]],
    ) -> None:
        self.root = spec.resolve()
        self.shown = {self.root: str(spec)}  # resolved path -> as the user would write it
        self.docs = {self.root: doc}
        self.sources = sources
        self.read = read
        self.hoisted: dict[Target, Any] = {}  # schemas from other files, bundled
        self.pending: list[tuple[dict[str, Any], str, Target]] = []  # refs to fill with names
        self.origins: list[tuple[Out, Target]] = []  # copies: where put, where from
        self.copying: list[Target] = []  # the copies being made (a cycle of them is an error)

    def run(self) -> dict[str, Any]:
        doc: dict[str, Any] = self._other(self.docs[self.root], self.root, "", (None, ""))
        schemas = doc["components"]["schemas"]
        names = self._names(set(schemas), self._claimed())
        place = {None: ""} | {t: COMPONENT_PREFIX[1:] + escape(n) for t, n in names.items()}
        for target, name in sorted(names.items(), key=lambda item: item[1]):
            schemas[name] = self.hoisted[target]
            self.sources.origins[place[target]] = (self.shown[target.file], target.pointer)
        for (anchor, pointer), target in self.origins:
            self.sources.origins[place[anchor] + pointer] = (
                self.shown[target.file],
                target.pointer,
            )
        for holder, key, target in self.pending:
            holder[key] = COMPONENT_PREFIX + escape(names[target])
        return doc

    # -- naming --------------------------------------------------------------------------------

    def _claimed(self) -> dict[Target, str]:
        """`components: {schemas: {Pet: {$ref: schemas/Pet.yaml}}}`: the spec names that schema
        itself; its entry becomes the schema (first claim wins; a second one is an alias)."""
        claimed: dict[Target, str] = {}
        for name, value in self.docs[self.root]["components"]["schemas"].items():
            if (
                isinstance(value, dict)
                and list(value) == ["$ref"]
                and isinstance(value["$ref"], str)
            ):
                at = "/components/schemas/" + escape(name)
                target = self._target(value["$ref"], self.root, at)
                if target in self.hoisted and target not in claimed:
                    claimed[target] = name
        return claimed

    def _names(self, local: set[str], claimed: dict[Target, str]) -> dict[Target, str]:
        taken = {pascal(name) for name in local}
        names: dict[Target, str] = dict(claimed)
        order = sorted(self.hoisted, key=lambda t: (len(self._parts(t)), self._parts(t), t.pointer))
        for target in (t for t in order if t not in claimed):
            candidates = self._candidates(target)
            name = next((c for c in candidates if pascal(c) not in taken), None)
            number = 2
            while name is None:  # the same words both ways (`a_b.yaml`, `a/b.yaml`): numbered
                numbered = f"{candidates[-1]}_{number}"
                name = numbered if pascal(numbered) not in taken else None
                number += 1
            taken.add(pascal(name))
            names[target] = name
        return names

    def _parts(self, target: Target) -> list[str]:
        """The file's folders and stem, relative to the root spec's folder."""
        rel = Path(os.path.relpath(target.file, self.root.parent))
        return [p for p in rel.parent.parts if p not in ("", ".")] + [rel.name.split(".")[0]]

    def _candidates(self, target: Target) -> list[str]:
        parts = self._parts(target)
        tokens = [unescape(t) for t in target.pointer.split("/")[1:]]
        base = tokens[-1] if tokens else parts[-1]
        qualifiers = parts if tokens else parts[:-1]
        found = [base] + ["_".join(qualifiers[-i:] + [base]) for i in range(1, len(qualifiers) + 1)]
        if len(tokens) > 1:
            found.append("_".join(parts + tokens))
        return found

    # -- walking -------------------------------------------------------------------------------

    def _other(self, node: Any, file: Path, at: str, out: Out) -> Any:
        """Anything but a schema: path items, operations, parameters, responses, components."""
        if isinstance(node, list):
            return [
                self._other(v, file, f"{at}/{i}", _child(out, str(i))) for i, v in enumerate(node)
            ]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str):
            target = self._target(node["$ref"], file, at)
            if target.file == self.root:
                return {**node, "$ref": "#" + target.pointer}
            return self._copy(target, node, file, at, out, self._other)
        result: dict[str, Any] = {}
        for key, value in node.items():
            k_at, k_out = f"{at}/{escape(str(key))}", _child(out, escape(str(key)))
            if not isinstance(key, str) or key.startswith("x-") or key == "example":
                result[key] = value
            elif key == "schema":
                result[key] = self._schema(value, file, k_at, k_out)
            elif key == "schemas" and at.endswith("/components") and isinstance(value, dict):
                result[key] = self._map(value, file, k_at, k_out, self._schema)
            elif key == "examples" and isinstance(value, dict):  # values are examples, not refs
                result[key] = {
                    n: (
                        self._other(e, file, f"{k_at}/{escape(n)}", _child(k_out, escape(n)))
                        if isinstance(e, dict) and "$ref" in e
                        else e
                    )
                    for n, e in value.items()
                }
            elif key in _NAMED and isinstance(value, dict):
                result[key] = self._map(value, file, k_at, k_out, self._other)
            else:
                result[key] = self._other(value, file, k_at, k_out)
        return result

    def _schema(self, node: Any, file: Path, at: str, out: Out) -> Any:
        if isinstance(node, list):  # `items` as a list (draft 4)
            return [
                self._schema(v, file, f"{at}/{i}", _child(out, str(i))) for i, v in enumerate(node)
            ]
        if not isinstance(node, dict):
            return node
        result: dict[str, Any] = {}
        for key, value in node.items():
            k_at, k_out = f"{at}/{escape(str(key))}", _child(out, escape(str(key)))
            if key in _MAPS and isinstance(value, dict):
                result[key] = self._map(value, file, k_at, k_out, self._schema)
            elif key in _ONE or key in _LIST:
                result[key] = self._schema(value, file, k_at, k_out)
            elif (
                key == "discriminator"
                and isinstance(value, dict)
                and isinstance(value.get("mapping"), dict)
            ):
                mapping = dict(value["mapping"])
                for tag, ref in mapping.items():
                    if isinstance(ref, str) and (
                        "#" in ref or "/" in ref or ref.endswith((".yaml", ".yml", ".json"))
                    ):
                        self._schema_ref(mapping, tag, ref, file, f"{k_at}/mapping/{escape(tag)}")
                result[key] = {**value, "mapping": mapping}
            else:
                result[key] = value
        if not isinstance(node.get("$ref"), str):
            return result
        target = self._target(node["$ref"], file, at)
        if self._schema_ref(result, "$ref", node["$ref"], file, at):
            return result
        copy = self._copy(target, {"$ref": node["$ref"]}, file, at, out, self._schema)
        if isinstance(copy, dict):  # a fresh dict: filled in place (it may hold pending refs)
            copy.update((k, v) for k, v in result.items() if k != "$ref")  # keywords beside
        return copy

    def _schema_ref(self, holder: dict[str, Any], key: str, ref: str, file: Path, at: str) -> bool:
        """Point `holder[key]` at a component schema when the ref names one (True), else
        leave it to be copied (False)."""
        target = self._target(ref, file, at)
        tokens = target.pointer.split("/")[1:]
        if target.file == self.root:
            if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
                holder[key] = "#" + target.pointer
                return True
            return False
        if len(tokens) > 1 and not (
            len(tokens) >= 2
            and unescape(tokens[-2]) in _SCHEMA_HOMES
            and "properties" not in tokens[:-2]
        ):
            return False
        if target not in self.hoisted:
            self.hoisted[target] = None  # before its walk: a cycle comes back to this name
            self.hoisted[target] = self._schema(
                self._node(target, ref, file, at), target.file, target.pointer, (target, "")
            )
        holder[key] = None  # named once every schema is known
        self.pending.append((holder, key, target))
        return True

    def _copy(
        self, target: Target, node: dict[str, Any], file: Path, at: str, out: Out, walk: Walk
    ) -> Any:
        """The target of `node`'s `$ref`, walked, in place of `node`."""
        if target in self.copying:
            raise SpecError(
                f"$ref {node['$ref']!r} is part of a cycle of references (name the "
                f"schema as a component to refer to it)",
                file=self.shown[file],
                pointer=f"{at}/$ref",
            )
        self.copying.append(target)
        value = walk(self._node(target, node["$ref"], file, at), target.file, target.pointer, out)
        self.copying.pop()
        self.origins.append((out, target))
        if isinstance(value, dict):  # a 3.1 reference's summary, description
            value.update((k, v) for k, v in node.items() if k != "$ref")
        return value

    def _map(self, value: dict[str, Any], file: Path, at: str, out: Out, walk: Walk) -> Any:
        return {
            name: walk(v, file, f"{at}/{escape(str(name))}", _child(out, escape(str(name))))
            for name, v in value.items()
        }

    # -- following a reference -----------------------------------------------------------------

    def _target(self, ref: str, file: Path, at: str) -> Target:
        where: dict[str, Any] = {"file": self.shown[file], "pointer": f"{at}/$ref"}
        if _URL.match(ref):
            raise SpecError(
                f"$ref {ref!r} is a URL: it is not fetched (no network at generation "
                f"time); save the document beside the spec and refer to it by a "
                f"relative path",
                **where,
            )
        path, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        if fragment and not fragment.startswith("/"):
            raise SpecError(
                f"$ref {ref!r}: only JSON pointers (`#/...`) are supported after `#`", **where
            )
        if not path:
            return Target(file, fragment)
        joined = os.path.normpath(os.path.join(os.path.dirname(self.shown[file]), unquote(path)))
        resolved = Path(joined).resolve()
        if resolved not in self.docs:
            if not resolved.is_file():
                near = _close_file(Path(joined))
                hint = (
                    f" (did you mean {os.path.join(os.path.dirname(unquote(path)), near)!r}?)"
                    if near
                    else ""
                )
                raise SpecError(f"$ref {ref!r}: no file {joined}{hint}", **where)
            self.shown[resolved] = joined
            self.docs[resolved] = self.read(Path(joined), self.sources.files)
        return Target(resolved, fragment)

    def _node(self, target: Target, ref: str, file: Path, at: str) -> Any:
        node: Any = self.docs[target.file]
        tokens = [unescape(t) for t in target.pointer.split("/")[1:]]
        for i, token in enumerate(tokens):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                close = (
                    close_match(token, (k for k in node if isinstance(k, str)))
                    if isinstance(node, dict)
                    else None
                )
                hint = ""
                if close is not None:
                    pointer = "/".join(escape(t) for t in tokens[:i] + [close])
                    hint = f" (did you mean '{ref.partition('#')[0]}#/{pointer}'?)"
                raise SpecError(
                    f"$ref {ref!r} points at nothing{hint}",
                    file=self.shown[file],
                    pointer=f"{at}/$ref",
                )
        return node


def _close_file(path: Path) -> str | None:
    """The file of that folder whose name is closest to a misspelt one (compared without the
    extensions every spec file shares)."""
    if not path.parent.is_dir():
        return None
    files = {p.name.split(".")[0]: p.name for p in sorted(path.parent.iterdir()) if p.is_file()}
    near = close_match(path.name.split(".")[0], files)
    return None if near is None else files[near]


def _child(out: Out, token: str) -> Out:
    return out[0], f"{out[1]}/{token}"


def bundle(
    spec: Path,
    doc: dict[str, Any],
    sources: Sources,
    read: Callable[[Path, dict[str, str]], dict[str, Any]],
) -> dict[str, Any]:
    """`doc` (read from `spec`) with every `$ref` local (module docstring)."""
    return Bundler(spec, doc, sources, read).run()
