"""Stage 3: give every schema a stable, readable Python name.

datamodel-code-generator names inline schemas itself and breaks ties with numbers (`Source1`,
`SamplingParams2`), which churn whenever the spec gains a schema. So before it runs, every inline
object schema is lifted into `components/schemas` under a name derived from where it sits
(`EvalRun` + `result_counts` -> `EvalRunResultCounts`). A name depends only on its own path, so
adding a schema or field elsewhere renames nothing.
"""

from __future__ import annotations

import keyword
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..read.refs import COMPONENT_PREFIX, escape, unescape
from .ir import ClassRef, Side

if TYPE_CHECKING:  # read.bundle names schemas with `pascal`: no import at run time
    from ..read.config import Config

_WORD = re.compile(r"[A-Za-z0-9]+")
_CAMEL_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def ascii_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return _WORD.findall(text)


def pascal(text: str) -> str:
    """`per_model_usage` -> `PerModelUsage`; keeps inner capitals (`EvalRun` stays)."""
    name = "".join(w[:1].upper() + w[1:] for w in ascii_words(text))
    if not name:
        return "Unnamed"
    return "_" + name if name[0].isdigit() else name


def snake(text: str) -> str:
    words: list[str] = []
    for word in ascii_words(text):
        words.extend(part.lower() for part in _CAMEL_SPLIT.split(word))
    name = "_".join(words) or "value"
    return "_" + name if name[0].isdigit() else name


def python_identifier(text: str) -> str:
    """A lower-case identifier for a parameter or attribute; keywords get a trailing `_`."""
    name = snake(text)
    return name + "_" if keyword.iskeyword(name) or keyword.issoftkeyword(name) else name


# Names the generated modules import (typing, pydantic, the runtime): a schema of the same
# name would shadow them, so it gets a `Model` suffix instead.
RESERVED_NAMES = frozenset(
    {
        "Annotated",
        "Any",
        "AnyUrl",
        "AsyncAPIClient",
        "AsyncBinaryResponse",
        "AsyncPageRequest",
        "BaseModel",
        "BinaryResponse",
        "Body",
        "ConfigDict",
        "Dict",
        "Enum",
        "Field",
        "FileTypes",
        "FileContent",
        "Headers",
        "List",
        "Literal",
        "Mapping",
        "NoneType",
        "NotGiven",
        "NotRequired",
        "Optional",
        "Query",
        "RequestOptions",
        "Required",
        "RootModel",
        "Sequence",
        "SequenceNotStr",
        "SyncAPIClient",
        "SyncCursorPage",
        "Timeout",
        "TypeAlias",
        "TypeAliasType",
        "TypedDict",
        "Union",
    }
)


def component_names(schemas: dict[str, Any]) -> dict[str, str]:
    """Map each component schema name to a unique Python class name, in spec order."""
    mapping: dict[str, str] = {}
    taken: set[str] = set(RESERVED_NAMES)
    for original in schemas:
        name = pascal(original)
        if name in RESERVED_NAMES:
            name += "Model"
        while name in taken:
            name += "Schema"
        taken.add(name)
        mapping[original] = name
    return mapping


def param_class_names(names: Iterable[str]) -> dict[str, str]:
    """Request-side TypedDict names: `X` -> `XParam`, `XInputParam` when `XParam` is a schema
    (a model) itself. A module imports models and params side by side, so no param class ever
    has the name of a model."""
    names = list(names)
    taken = set(names)
    mapping: dict[str, str] = {}
    for name in names:
        stem = name[: -len("Param")] if name.endswith("Param") and name != "Param" else name
        candidate = stem + ("InputParam" if stem != name else "Param")
        while candidate in taken:
            candidate = candidate[: -len("Param")] + "InputParam"
        taken.add(candidate)
        mapping[name] = candidate
    return mapping


class SchemaNamer:
    """Rewrites a set of component schemas so that every object schema is a named component."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.rename = component_names(schemas)
        self.taken = set(self.rename.values()) | RESERVED_NAMES
        self.source = schemas
        self.out: dict[str, Any] = {}
        self.origin: dict[str, str] = {}  # class name -> JSON pointer of the schema it came from
        self._component = ""  # the component being walked: the target of `$recursiveRef: "#"`

    def run(self) -> dict[str, Any]:
        for original, schema in self.source.items():
            name = self.rename[original]
            pointer = "/components/schemas/" + escape(original)
            self.origin[name] = pointer
            self.out[name] = None  # keep spec order: parent before the schemas lifted out of it
            self._component = name
            self.out[name] = self._walk(schema, name, root=True)
        return self.out

    def lift(self, schema: dict[str, Any], name: str, pointer: str) -> dict[str, Any]:
        """Add an extra top-level schema (an inline request body or response)."""
        name = self._unique(name)
        self.origin[name] = pointer
        self.out[name] = None
        self._component = name
        self.out[name] = self._walk(schema, name, root=True)
        return {"$ref": COMPONENT_PREFIX + name}

    def walk(self, schema: Any, name: str) -> Any:
        """Name the inline objects of a schema found outside components (a parameter's)."""
        return self._walk(schema, name)

    def ref(self, ref: str) -> str:
        if ref.startswith(COMPONENT_PREFIX):
            original = unescape(ref[len(COMPONENT_PREFIX) :])
            if original in self.rename:
                return COMPONENT_PREFIX + self.rename[original]
        return ref

    def _unique(self, name: str) -> str:
        while name in self.taken:
            name += "Inline"
        self.taken.add(name)
        return name

    def _walk(self, node: Any, name: str, root: bool = False) -> Any:
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return {**node, "$ref": self.ref(node["$ref"])}
        if node.get("$recursiveRef") == "#" or node.get("$dynamicRef") == "#":
            rest = {k: v for k, v in node.items() if k not in ("$recursiveRef", "$dynamicRef")}
            return {**rest, "$ref": COMPONENT_PREFIX + self._component}
        if not root and _is_tagged_union(node):
            return self._hoist(node, name)  # the model generator would name it itself otherwise
        if not root and _is_named_object(node):
            if _nullable_type(node):
                inner = {**node, "type": [t for t in node["type"] if t != "null"]}
                if len(inner["type"]) == 1:
                    inner["type"] = inner["type"][0]
                return {"anyOf": [self._hoist(inner, name), {"type": "null"}]}
            return self._hoist(node, name)
        out = dict(node)
        if isinstance(node.get("properties"), dict):
            out["properties"] = {
                prop: self._walk(value, name + pascal(prop))
                for prop, value in node["properties"].items()
            }
        if isinstance(node.get("items"), dict):
            out["items"] = self._walk(node["items"], name + "Item" if root else name)
        if isinstance(node.get("additionalProperties"), dict):
            out["additionalProperties"] = self._walk(node["additionalProperties"], name + "Value")
        for key in ("oneOf", "anyOf"):
            if isinstance(node.get(key), list):
                variants = node[key]
                tag = None if "discriminator" in node else self._implicit_discriminator(variants)
                if tag:
                    out["discriminator"] = {"propertyName": tag}
                if "discriminator" in out:
                    mapping = self._tag_mapping(variants, out["discriminator"])
                    if mapping is None:
                        del out["discriminator"]  # some member has no tag: a plain union
                    else:
                        out["discriminator"] = {**out["discriminator"], "mapping": mapping}
                out[key] = [
                    self._walk(v, name + _variant_suffix(v, i, variants))
                    for i, v in enumerate(variants)
                ]
        if isinstance(node.get("allOf"), list):
            # Inline allOf parts are merged into this class by the model generator: same name.
            out["allOf"] = [
                self._walk(v, name) if _has_ref(v) else self._walk(v, name, root=True)
                for v in node["allOf"]
            ]
        return out

    def _implicit_discriminator(self, variants: list[Any]) -> str | None:
        """A union of component objects that each fix a distinct `type` is tagged by it."""
        if len(variants) < 2 or not all(_has_ref(v) for v in variants):
            return None
        tags = []
        for variant in variants:
            ref = variant["$ref"]
            if not ref.startswith(COMPONENT_PREFIX):
                return None
            target = self.source.get(unescape(ref[len(COMPONENT_PREFIX) :]))
            if not isinstance(target, dict) or "type" not in (target.get("required") or []):
                return None
            tag = constant_type(target)
            if tag is None or tag in tags:
                return None
            tags.append(tag)
        return "type"

    def _tag_mapping(self, variants: list[Any], discriminator: Any) -> dict[str, str] | None:
        """Spell out every tag value of every member. Without a mapping a discriminator means
        "the schema name" to the model generator, which would then type `type` as
        `Literal["WebSearchTool"]` where the API sends `"web_search"`."""
        if not isinstance(discriminator, dict) or not isinstance(
            discriminator.get("propertyName"), str
        ):
            return None
        prop = discriminator["propertyName"]
        mapping: dict[str, str] = {}
        for variant in variants:
            if not _has_ref(variant) or not variant["$ref"].startswith(COMPONENT_PREFIX):
                return None
            target = self.source.get(unescape(variant["$ref"][len(COMPONENT_PREFIX) :]))
            values = _tag_values(target, prop)
            if not values:
                return None
            for value in values:
                mapping.setdefault(value, self.ref(variant["$ref"]))
        return mapping

    def _hoist(self, node: dict[str, Any], name: str) -> dict[str, Any]:
        name = self._unique(name)
        self.out[name] = None
        self.out[name] = self._walk(node, name, root=True)
        return {"$ref": COMPONENT_PREFIX + name}


def _is_tagged_union(node: dict[str, Any]) -> bool:
    return "discriminator" in node and any(
        isinstance(node.get(k), list) for k in ("oneOf", "anyOf")
    )


def _has_ref(node: Any) -> bool:
    return isinstance(node, dict) and "$ref" in node


def _nullable_type(node: dict[str, Any]) -> bool:
    return isinstance(node.get("type"), list) and "null" in node["type"]


def _is_named_object(node: dict[str, Any]) -> bool:
    """Object schemas with their own properties become classes; unions and maps stay inline."""
    types = node.get("type")
    is_object = (
        types == "object"
        or (isinstance(types, list) and "object" in types)
        or (types is None and "properties" in node)
    )
    return (
        is_object
        and bool(node.get("properties"))
        and not any(k in node for k in ("oneOf", "anyOf", "allOf"))
    )


def constant_type(node: Any, key: str = "type") -> str | None:
    """The single value of a variant's `type` property (`const`, or a one-value enum)."""
    if not isinstance(node, dict):
        return None
    prop = (node.get("properties") or {}).get(key)
    if not isinstance(prop, dict):
        return None
    if "const" in prop:
        return str(prop["const"])
    enum = prop.get("enum")
    if isinstance(enum, list) and len(enum) == 1:
        return str(enum[0])
    return None


def _tag_values(node: Any, key: str) -> list[str]:
    """Every value a member's tag property may take (`const` or `enum`), through `allOf`."""
    if not isinstance(node, dict):
        return []
    prop = (node.get("properties") or {}).get(key)
    if isinstance(prop, dict):
        if "const" in prop:
            return [str(prop["const"])]
        if isinstance(prop.get("enum"), list):
            return [str(v) for v in prop["enum"] if v is not None]
    for part in node.get("allOf") or []:
        values = _tag_values(part, key)
        if values:
            return values
    return []


_ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth"]


def _variant_suffix(variant: Any, index: int, variants: list[Any]) -> str:
    """Inline union members are named by their constant `type`, else title, else position."""
    if not isinstance(variant, dict) or "$ref" in variant:
        return ""
    non_null = [v for v in variants if not (isinstance(v, dict) and v.get("type") == "null")]
    if len(non_null) == 1:
        return ""
    tag = constant_type(variant)
    if tag:
        return pascal(tag)
    if variant.get("title"):
        return pascal(variant["title"])
    if variant.get("type") in ("string", "integer", "number", "boolean", "array"):
        return pascal(variant["type"])
    return _ORDINALS[index] if index < len(_ORDINALS) else f"Variant{index}"


# Names a resource module or the client module imports or defines besides resource classes.
RUNTIME_NAMES = frozenset(
    {
        "APIError",
        "AsyncAPIClient",
        "AsyncBinaryResponse",
        "AsyncPageRequest",
        "BinaryResponse",
        "Body",
        "FileContent",
        "FileTypes",
        "Headers",
        "Literal",
        "Mapping",
        "NotGiven",
        "Query",
        "RequestOptions",
        "Sequence",
        "SequenceNotStr",
        "SyncAPIClient",
        "SyncCursorPage",
        "TYPE_CHECKING",
        "Any",
        "Timeout",
        "NoneType",
        "DEFAULT_BASE_URL",
        "VERSION",
        "DEFAULT_MAX_RETRIES",
        "NOT_GIVEN",
        "cast",
    }
)


@dataclass
class ClassNames:
    """Every class name of the package, decided in one place once all schemas are lifted."""

    models: dict[str, str]  # schema name -> response model class
    params: dict[str, str]  # schema name -> request TypedDict
    resources: dict[tuple[str, ...], str]  # resource trail -> sync class (`Async` + it: async)
    modules: dict[tuple[str, ...], str]  # resource trail -> module under resources/

    def of(self, ref: ClassRef) -> str:
        return (self.params if ref.side is Side.PARAMS else self.models)[ref.schema]


def _resource_classes(name: str) -> tuple[str, ...]:
    """The classes a resource module defines for resource class `name`."""
    return tuple(
        prefix + name + suffix
        for prefix in ("", "Async")
        for suffix in ("", "WithRawResponse", "WithStreamingResponse")
    )


def name_classes(
    schemas: dict[str, Any], trails: list[tuple[str, ...]], reserved: set[str]
) -> ClassNames:
    """Models keep their schema names, request TypedDicts get a `Param` suffix, and resource
    classes take what is left: `pets` is `Pets`, or `PetsResource` when a model is called
    `Pets` (a module imports both), a nested one is prefixed by its parent when another resource
    has its name (`evals.runs` -> `EvalsRuns`). `trails` are in tree order, parents first."""
    models = {name: name for name in schemas}
    params = param_class_names(schemas)
    taken = (
        set(models.values()) | set(params.values()) | set(reserved) | RUNTIME_NAMES | RESERVED_NAMES
    )
    resources: dict[tuple[str, ...], str] = {}
    modules: dict[tuple[str, ...], str] = {}
    used_modules: set[str] = set()

    def free(name: str) -> bool:
        return not any(n in taken for n in _resource_classes(name))

    for trail in trails:
        name = pascal(trail[-1])
        if len(trail) > 1 and name in resources.values():
            name = resources[trail[:-1]] + name
        while name in resources.values() or not free(name):
            name += "Resource"
        resources[trail] = name
        taken.update(_resource_classes(name))
        module = "_".join(trail)
        while module in used_modules or module == "__init__":
            module += "_"
        used_modules.add(module)
        modules[trail] = module
    return ClassNames(models=models, params=params, resources=resources, modules=modules)


def package_name(title: str) -> str:
    """An import name from the spec's title (`Swagger Petstore` -> `swagger_petstore`,
    `OpenAI API` -> `openai_api`)."""
    name = "_".join(w.lower() for w in ascii_words(title)) or "client"
    if name[0].isdigit():
        name = "api_" + name
    if keyword.iskeyword(name) or name in _STDLIB_LIKE or name in sys.stdlib_module_names:
        name += "_client"
    return name


# Top-level names a package must not take: it would shadow the module for its own imports.
_STDLIB_LIKE = frozenset(
    {
        "typing",
        "types",
        "json",
        "os",
        "sys",
        "re",
        "io",
        "httpx",
        "pydantic",
        "functools",
        "email",
        "http",
        "logging",
        "test",
        "api",
    }
)


def with_identity(config: Config, title: str) -> Config:
    """Every name the client is known by, from the config or else the spec's title:
    `Swagger Petstore` -> SwaggerPetstore, AsyncSwaggerPetstore, SwaggerPetstoreError, and
    environment variables SWAGGER_PETSTORE_BASE_URL, SWAGGER_PETSTORE_LOG (the prefix is the
    package name upper-cased)."""
    name = pascal(title) if ascii_words(title) else pascal(config.package)
    prefix = config.env_prefix or config.package.upper()
    return replace(
        config,
        sync_class=config.sync_class or name,
        async_class=config.async_class or f"Async{name}",
        error_class=config.error_class or f"{name}Error",
        env_prefix=prefix,
        base_url_env=config.base_url_env or f"{prefix}_BASE_URL",
        log_env=config.log_env or f"{prefix}_LOG",
    )
