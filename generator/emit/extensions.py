"""Hand-written code that survives regeneration: the files of `extensions/` beside the config
are copied verbatim into `<package>/_extensions/`, and the generated classes of the resources
named under `extensions:` inherit their mixins.

What the hand-written code takes from the generated package is checked against this
generation, so a spec update that removes it fails here, naming the extension's line and the
missing thing, rather than at the user's first call: `self.<method>` on a mixin (directly or
through a property typed as the generated class), `from ..models / ..params import X`,
`from ..resources.<module> import C` and `C(...).<method>`. Types are pyright's job.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from ..errors import SpecError
from ..plan.ir import Api, Resource, walk
from ..read.config import Config

_BASE_MEMBERS = {"_client", "with_raw_response"}  # every generated resource class has these


@dataclass(frozen=True)
class _Module:
    source: Path
    tree: ast.Module
    where: str  # the file as messages name it


def extension_files(api: Api, config: Config) -> dict[str, str]:
    """The files to add to the package (copied as they are: the user owns their format), after
    checking every extension against the resources and models of this generation."""
    if config.extensions_dir is None:
        return {}
    resources = {resource.trail: resource for resource in walk(api.resources)}
    by_module = {resource.module: resource for resource in resources.values()}
    modules = {path.stem: _parse(path) for path in sorted(config.extensions_dir.glob("*.py"))}
    for extension in config.extensions:
        resource = resources.get(extension.resource)
        if resource is None:
            raise SpecError(
                f"no resource {'.'.join(extension.resource)!r} in this generation "
                f"(resources: {', '.join(sorted('.'.join(t) for t in resources))})",
                file=extension.config,
                pointer=extension.pointer,
            )
        module = modules[extension.module]
        for key, name, generated in (
            ("sync", extension.sync, resource.class_name),
            ("async", extension.async_, "Async" + resource.class_name),
        ):
            mixin = _class(module, name)
            if mixin is None:
                raise SpecError(
                    f"{module.where} defines no class {name!r}",
                    file=extension.config,
                    pointer=f"{extension.pointer}/{key}",
                )
            _check_mixin(module, mixin, resource, {resource.class_name, generated})
    for module in modules.values():
        _check_imports(module, api, by_module)
    files = {
        "_extensions/__init__.py": '"""Hand-written code, copied from the project\'s '
        'extensions folder at generation."""\n'
    }
    for name, module in modules.items():
        files[f"_extensions/{name}.py"] = module.source.read_text(encoding="utf-8")
    return {f"{config.package}/{rel}": text for rel, text in files.items()}


def _parse(path: Path) -> _Module:
    where = str(path)
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=where)
    except SyntaxError as exc:
        raise SpecError(f"invalid Python: {exc.msg}", file=where, line=exc.lineno) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read the extension: {exc}", file=where) from None
    return _Module(path, tree, where)


def _class(module: _Module, name: str) -> ast.ClassDef | None:
    for node in module.tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return node
    return None


def _members(resource: Resource) -> set[str]:
    """What the generated class offers: its methods, pollers and sub-resources, the response
    wrappers, and what every resource has."""
    pollers = set()
    if resource.poller is not None:
        pollers = {"poll"} | ({"create_and_poll"} if resource.poller.create else set())
    return (
        {m.name for m in resource.methods}
        | pollers
        | {c.attr for c in resource.children}
        | {"with_streaming_response"}
        | _BASE_MEMBERS
    )


def _check_mixin(
    module: _Module, mixin: ast.ClassDef, resource: Resource, generated: set[str]
) -> None:
    members = _members(resource)
    own: set[str] = set()
    accessors: set[str] = set()  # properties/methods that return the generated class itself
    for node in mixin.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            own.add(node.name)
            if node.returns is not None and _unquote(node.returns) in generated:
                accessors.add(node.name)
            if node.name in members - _BASE_MEMBERS:
                raise SpecError(
                    f"{mixin.name}.{node.name} has the name of a generated method "
                    f"of `{resource.module}`, which would hide it",
                    file=module.where,
                    line=node.lineno,
                )
        elif isinstance(node, ast.Assign):
            own.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            own.add(node.target.id)
    for attr in sorted(_attributes(mixin), key=lambda n: (n.lineno, n.col_offset)):
        if _is_self(attr.value) and attr.attr not in own and not attr.attr.startswith("__"):
            used = attr.attr  # `self.retrieve`
        elif _accessor(attr.value) in accessors:
            used = attr.attr  # `self._resource.retrieve`, `self._api().retrieve`
        else:
            continue
        if used not in members:
            raise SpecError(_missing(resource, used), file=module.where, line=attr.lineno)


def _check_imports(module: _Module, api: Api, by_module: dict[str, Resource]) -> None:
    models, params = set(api.model_names), set(api.param_names)
    resource_classes: dict[str, Resource] = {}
    imports = [n for n in ast.walk(module.tree) if isinstance(n, ast.ImportFrom)]
    for node in sorted(imports, key=lambda n: n.lineno):
        if node.level != 2 or not node.module:
            continue
        for alias in node.names:
            if node.module == "models" and alias.name not in models:
                what = f"model `{alias.name}`"
            elif node.module == "params" and alias.name not in params:
                what = f"request type `{alias.name}`"
            elif node.module.startswith("resources."):
                resource = by_module.get(node.module.split(".", 1)[1])
                names = (
                    set()
                    if resource is None
                    else {
                        f"{prefix}{resource.class_name}{suffix}"
                        for prefix in ("", "Async")
                        for suffix in ("", "WithRawResponse")
                    }
                )
                if alias.name not in names:
                    what = f"`{node.module}.{alias.name}`"
                else:
                    assert resource is not None
                    resource_classes[alias.asname or alias.name] = resource
                    continue
            else:
                continue
            raise SpecError(
                f"imports {what}, which this generation does not have (removed or "
                f"renamed in the spec?)",
                file=module.where,
                line=node.lineno,
            )
    for attr in sorted(_attributes(module.tree), key=lambda n: (n.lineno, n.col_offset)):
        if (
            isinstance(attr.value, ast.Call)  # `Files(self._client).create(...)`
            and isinstance(attr.value.func, ast.Name)
            and attr.value.func.id in resource_classes
        ):
            resource = resource_classes[attr.value.func.id]
            if attr.attr not in _members(resource):
                raise SpecError(_missing(resource, attr.attr), file=module.where, line=attr.lineno)


def _missing(resource: Resource, name: str) -> str:
    methods = ", ".join(sorted(m.name for m in resource.methods)) or "none"
    return (
        f"uses `{resource.class_name}.{name}`, which this generation does not have (removed or "
        f"renamed in the spec?); its methods: {methods}"
    )


def _attributes(tree: ast.AST) -> list[ast.Attribute]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Attribute)]


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _accessor(node: ast.expr) -> str | None:
    """`x` for `self.x` or `self.x()`."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute) and _is_self(node.value):
        return node.attr
    return None


def _unquote(annotation: ast.expr) -> str:
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return annotation.value.strip()
    return ast.unparse(annotation)
