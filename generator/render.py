"""Stage 5: render the runtime, the client and one module per resource from the templates."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2

from .config import Config
from .ir import Api, Resource

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _pyrepr(value: Any) -> str:
    """A Python string literal that is safe for any text (quotes, backslashes, newlines)."""
    return json.dumps(str(value), ensure_ascii=False)


def _tomlstr(value: Any) -> str:
    return json.dumps(str(value), ensure_ascii=True)


def _docstring(text: str, indent: int) -> str:
    """Spec prose as the body of a triple-quoted docstring: nothing in it can end the string
    or be read as an escape."""
    text = str(text).strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    pad = " " * indent
    lines = [line.rstrip() for line in text.splitlines()]
    return ("\n" + pad).join(lines).replace("\n" + pad + "\n", "\n\n")


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = _pyrepr
    env.filters["tomlstr"] = _tomlstr
    env.filters["docstring"] = _docstring
    return env


def _walk(resources: list[Resource], trail: tuple[str, ...] = ()):
    for resource in resources:
        yield trail + (resource.attr,), resource
        yield from _walk(resource.children, trail + (resource.attr,))


def _names_used(resource: Resource) -> set[str]:
    names: set[str] = set()
    for method in resource.methods:
        op = method.operation
        for param in op.path_params + op.query_params + op.body_params:
            names.update(_IDENT.findall(param.annotation))
        names.update(n for n in (op.response_type, op.page_item) if n)
    return names


def render_package(api: Api, config: Config, title: str) -> tuple[dict[str, str], set[str]]:
    """Every file of the generated distribution, by path relative to the output folder, and
    the paths copied verbatim from `templates/runtime/` (kept black-formatted there, which a
    test checks, so they need no formatting here)."""
    env = environment()
    pkg = config.package
    files: dict[str, str] = {}
    verbatim: set[str] = set()
    for source in sorted((TEMPLATES / "runtime").iterdir()):
        if source.suffix == ".py":
            files[f"{pkg}/{source.name}"] = source.read_text(encoding="utf-8")
            verbatim.add(f"{pkg}/{source.name}")
    context = {"config": config, "resources": api.resources, "title": title,
               "log_env": config.log_env}
    files[f"{pkg}/_client.py"] = env.get_template("client.py.jinja").render(**context)
    files[f"{pkg}/_pagination_fields.py"] = env.get_template("pagination_fields.py.jinja").render(
        pagination=config.pagination)
    files[f"{pkg}/__init__.py"] = env.get_template("package_init.py.jinja").render(**context)
    files[f"{pkg}/resources/__init__.py"] = '"""One module per resource of the API."""\n'
    models, params = set(api.model_names), set(api.param_names)
    resource_template = env.get_template("resource.py.jinja")
    mixins = {extension.resource: extension for extension in config.extensions}
    for trail, resource in _walk(api.resources):
        used = _names_used(resource)
        annotations = " ".join(p.annotation for m in resource.methods for p in
                               m.operation.path_params + m.operation.query_params +
                               m.operation.body_params)
        ops = [m.operation for m in resource.methods]
        uses = {
            "Literal": "Literal[" in annotations,
            "Sequence": "Sequence[" in annotations.replace("SequenceNotStr[", ""),
            "SequenceNotStr": "SequenceNotStr[" in annotations,
            "FileTypes": "FileTypes" in annotations,
            "given": any(op.body_kind == "multipart" for op in ops),
            "path_with": any(op.path_params for op in ops),
            "page": any(op.page_item for op in ops),
            "binary": any(op.response_kind == "binary" for op in ops),
        }
        typing_imports = [name for name, wanted in (
            ("TYPE_CHECKING", bool(resource.children)), ("Literal", uses["Literal"]),
            ("Sequence", uses["Sequence"])) if wanted]
        files[f"{pkg}/resources/{resource.module}.py"] = resource_template.render(
            resource=resource, trail=".".join(trail), uses=uses, typing_imports=typing_imports,
            models=sorted(used & models), params=sorted(used & params),
            mixin=mixins.get(trail))  # hand-written base classes (generator/extensions.py)
    files[f"{pkg}/py.typed"] = ""
    files["pyproject.toml"] = env.get_template("pyproject.toml.jinja").render(**context)
    ext = config.extensions_dir  # hand-written code: listed, with its own README.md if any
    files["README.md"] = env.get_template("README.md.jinja").render(
        **context, tree=list(_walk(api.resources)),
        extension_modules=sorted(p.stem for p in ext.glob("*.py")) if ext else [],
        extensions_readme=(ext / "README.md").read_text(encoding="utf-8").strip()
        if ext and (ext / "README.md").is_file() else "")
    return files, verbatim
