"""Stage 5: render the runtime, the client and one module per resource from the templates."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from ..machinery.stamp import TEMPLATES
from ..plan import ir, security
from ..plan.ir import (
    STDLIB_MODULES,
    THIRD_PARTY_MODULES,
    Api,
    Import,
    Method,
    Resource,
    pystr,
    walk,
)
from ..read.config import Config, Extension
from . import layout
from .format import LINE_LENGTH


def _pyrepr(value: Any) -> str:
    """A Python string literal that is safe for any text (quotes, backslashes, newlines),
    quoted as black quotes it."""
    return pystr(str(value))


def _tomlstr(value: Any) -> str:
    return json.dumps(str(value), ensure_ascii=True)


def _docstring(text: str, indent: int, first: int | None = None) -> str:
    """Spec prose as the body of a triple-quoted docstring: nothing in it can end the string
    or be read as an escape. Long prose lines are wrapped at the line length (lines that look
    like code, tables or indented blocks are kept); `first` is the column the text starts at."""
    text = str(text).strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    pad = " " * indent
    lines: list[str] = []
    fence = False
    for line in (line.rstrip() for line in text.splitlines()):
        start = first if first is not None and not lines else indent
        if line.lstrip().startswith("```"):
            fence = not fence
        if fence or line.startswith((" ", "\t", "|", "```")) or len(line) + start <= LINE_LENGTH:
            lines.append(line)
            continue
        bullet = _BULLET.match(line)
        hang = " " * len(bullet.group(0)) if bullet else ""
        wrapped = textwrap.wrap(
            line,
            width=LINE_LENGTH - indent,
            subsequent_indent=hang,
            initial_indent=" " * (start - indent),
            break_long_words=False,
            break_on_hyphens=False,
        )
        wrapped[0] = wrapped[0][start - indent :]
        lines.extend(wrapped)
    return ("\n" + pad).join(lines).replace("\n" + pad + "\n", "\n\n")


_BULLET = re.compile(r"^(?:[-*+]|\d+[.)])\s+")


def _argdoc(text: str, name: str) -> str:
    """An `Args:` entry's text: continuation lines indented under the name."""
    return _docstring(text, 12, 10 + len(name) + 2)


class Layout:
    """The templates' layout filters (`generator/emit/layout.py` decides): each gets the logical
    line flat and the indentation depth it is written at, and returns black's lines (the first
    without its indentation, which the template writes). What the rules do not cover is noted
    in `undecided` and written flat: the file then goes through black."""

    def __init__(self) -> None:
        self.undecided: list[str] = []

    def _lines(
        self, lines: Callable[[], list[str]], flat: str, depth: int, code: bool = True
    ) -> str:
        try:
            out = layout.check(lines()) if code else lines()
        except layout.Undecided as exc:
            self.undecided.append(str(exc))
            return flat
        return "\n".join(out)[4 * depth :]

    def line(self, text: str, depth: int) -> str:
        """One statement or one element of an exploded call."""
        return self._lines(lambda: layout.line(str(text), depth), str(text), depth)

    def annotated(self, annotation: Any, head: str, tail: str, depth: int) -> str:
        """A parameter `head` (`name: `) or a def's `) -> `, the annotation, and `tail`."""
        flat = f"{head}{annotation}{tail}"
        return self._lines(
            lambda: layout.annotated(head, str(annotation), tail, depth), flat, depth
        )

    def from_import(self, names: list[str], module: str, depth: int) -> str:
        flat = f"from {module} import {', '.join(names)}"
        return self._lines(lambda: layout.from_import(module, names, depth), flat, depth)

    def docstring(self, text: str, depth: int) -> str:
        """A whole docstring, quotes included."""
        return self._lines(
            lambda: [4 * depth * " " + layout.docstring(str(text), depth)],
            str(text),
            depth,
            code=False,
        )


class _TemplateBytecode(jinja2.FileSystemBytecodeCache):
    """The templates compiled, kept beside them as Python keeps its own bytecode
    (`templates/__pycache__`, git-ignored): compiling the ten templates costs 0.07 s of CPU on
    every run that renders. Jinja checks an entry against the template's text and its own and
    Python's versions; the file names add this module's code (the environment's options).
    Written unless Python writes no bytecode (PYTHONDONTWRITEBYTECODE); a folder that cannot be
    written is no cache."""

    def __init__(self) -> None:
        code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
        super().__init__(str(TEMPLATES / "__pycache__"), f"{code}-%s.jinja.cache")

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            pass

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if sys.dont_write_bytecode:
            return
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def compile_templates() -> None:
    """Compile every template into the bytecode cache (the benchmarks do, as for the
    generator's modules)."""
    env = environment()
    for name in env.list_templates(extensions=["jinja"]):
        env.get_template(name)


def environment(lay: Layout | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        bytecode_cache=_TemplateBytecode(),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = _pyrepr
    env.filters["tomlstr"] = _tomlstr
    env.filters["docstring"] = _docstring
    env.filters["argdoc"] = _argdoc
    env.filters["pylist"] = ir.pylist  # auth (issue 17)
    lay = lay or Layout()
    env.filters["lay"] = lambda text, depth: lay.line(text, depth)
    env.filters["annotated"] = lay.annotated
    env.filters["from_import"] = lay.from_import
    env.filters["docfix"] = lay.docstring
    return env


# Everything a resource module with methods uses besides what its operations name.
_RESOURCE_BASE = (
    Import("functools", "cached_property"),
    Import("_base_client", "AsyncAPIClient"),
    Import("_base_client", "SyncAPIClient"),
)
_METHOD_BASE = (
    Import("_base_client", "RequestOptions"),
    Import("_response", "to_raw_response_wrapper"),
    Import("_response", "async_to_raw_response_wrapper"),
    Import("_response", "to_streamed_response_wrapper"),
    Import("_response", "async_to_streamed_response_wrapper"),
    Import("_types", "NOT_GIVEN"),
    Import("_types", "Body"),
    Import("_types", "Headers"),
    Import("_types", "NotGiven"),
    Import("_types", "Query"),
    Import("_types", "Timeout"),
)


_PAGE_FIELDS_BASE = {
    Import("typing", "Generic"),
    Import("typing", "TypeVar"),
    Import("_models", "BaseModel"),
}


def resource_imports(resource: Resource, mixin: Extension | None = None) -> set[Import]:
    """What a resource module imports: decided here only, from the operations as data, the
    poller and the hand-written base classes."""
    imports = set(_RESOURCE_BASE)
    if resource.children:
        imports.add(Import("typing", "TYPE_CHECKING"))
    if mixin is not None:
        imports.update(Import(f"_extensions.{mixin.module}", n) for n in (mixin.sync, mixin.async_))
    if resource.poller is not None:
        imports.add(Import("", "_polling"))
    if resource.methods:
        imports.update(_METHOD_BASE)
    for method in resource.methods:
        imports |= method.operation.imports()
    return imports


def client_imports(
    config: Config, resources: tuple[Resource, ...], auth: security.ClientAuth = security.NO_AUTH
) -> set[Import]:
    """What `_client.py` imports (its resources are imported lazily, by the template)."""
    imports = {
        Import("typing", "Any"),
        Import("typing", "Mapping"),
        Import("httpx", ""),
        Import("_base_client", "DEFAULT_MAX_RETRIES"),
        Import("_base_client", "AsyncAPIClient"),
        Import("_base_client", "SyncAPIClient"),
        Import("_auth", "Scheme"),
        Import("_auth", "Security"),
        Import("_types", "NOT_GIVEN"),
        Import("_types", "NotGiven"),
        Import("_types", "Timeout"),
    }
    if auth.construction:  # the constructor raises the base error
        imports.add(Import("_exceptions", str(config.error_class)))
    if auth.refreshable:  # a token callable
        imports.add(Import("typing", "Callable"))
    if auth.credentials or config.base_url_env:
        imports.add(Import("_base_client", "from_env"))
    if resources:
        imports |= {Import("functools", "cached_property"), Import("typing", "TYPE_CHECKING")}
    if config.log_env:
        imports |= {Import("os", ""), Import("_base_client", "setup_logging")}
    return imports


def _sort_key(name: str) -> tuple[int, str]:
    """isort's order: CONSTANTS, Classes, functions."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def import_block(imports: set[Import], parent: str, lay: Layout | None = None) -> str:
    """The import lines: the standard library, then other distributions, then the package's
    own modules (`parent` is the relative prefix of the package: `..` from resources/), each
    group sorted as isort sorts it (`import x` before `from x import y`)."""
    by_module: dict[str, list[str]] = {}
    for imp in imports:
        by_module.setdefault(imp.module, []).append(imp.name)
    groups: list[list[str]] = [[], [], []]

    def group(module: str) -> int:
        return 0 if module in STDLIB_MODULES else 1 if module in THIRD_PARTY_MODULES else 2

    for module in sorted(by_module, key=lambda m: (group(m), m)):
        if "" in by_module[module]:
            groups[group(module)].append(f"import {module}")
    for module in sorted(by_module, key=lambda m: (group(m), m)):
        names = sorted(set(by_module[module]) - {""}, key=_sort_key)
        if not names:
            continue
        source = parent + module if group(module) == 2 else module
        line = f"from {source} import {', '.join(names)}"
        groups[group(module)].append(lay.from_import(names, source, 0) if lay else line)
    return "\n\n".join("\n".join(g) for g in groups if g)


# -- the README's example calls ------------------------------------------------------------------


def _reference(method: Method) -> str:
    """`retrieve(run_id, eval_id=, [limit=])`: the API reference's line for a method."""
    op = method.operation
    args = [p.py_name for p in op.path_params[-1:]]
    args += [
        p.py_name + "=" if p.required else f"[{p.py_name}=]"
        for p in op.params[1 if op.path_params else 0 :]
    ]
    return f"{method.name}({', '.join(args)})"


def _reference_returns(method: Method) -> str:
    op = method.operation
    if op.page_item:
        return f"page of `{op.page_item}`"
    if op.response_kind is ir.ResponseKind.BINARY:
        return "`BinaryResponse`"
    if op.response_type:
        return f"`{op.response_type}`"
    return "parsed JSON" if op.response_kind is ir.ResponseKind.JSON else "nothing"


def _paged_example(resources: tuple[Resource, ...]) -> str | None:
    """The pagination example calls the first list method whose required arguments are all
    path parameters (placeholder strings), so the README's code blocks type-check as they are."""
    for resource in walk(resources):
        for method in resource.methods:
            op = method.operation
            if not op.page_item or any(p.required for p in op.query_params + op.body_params):
                continue
            path = op.path_params
            args = [pystr(p.name) for p in path[-1:]] + [
                f"{p.py_name}={pystr(p.name)}" for p in path[:-1]
            ]
            return f"{'.'.join(resource.trail)}.{method.name}({', '.join(args)})"
    return None


def _poll_example(resource: Resource) -> str:
    """`evals.runs.poll("run_123", eval_id="eval_123", max_wait_seconds=3600)`."""
    assert resource.poller is not None
    path = resource.poller.poll.operation.path_params
    args = [f'"{p.name.replace("_id", "")}_123"' for p in path[-1:]] + [
        f'{p.py_name}="{p.name.replace("_id", "")}_123"' for p in path[:-1]
    ]
    return f"{'.'.join(resource.trail)}.poll({', '.join(args + ['max_wait_seconds=3600'])})"


def render_package(api: Api, config: Config, title: str) -> tuple[dict[str, str], set[str]]:
    """Every file of the generated distribution, by path relative to the output folder, and
    the paths that still need black. The templates and the layout module write black's
    layout themselves, and `templates/runtime/` is kept black-formatted (a test checks both);
    a file holding something the layout module cannot decide is listed for black instead."""
    lay = Layout()
    env = environment(lay)
    pkg = config.package
    files: dict[str, str] = {}
    needs_black: set[str] = set()

    def render(path: str, template: str, **values: Any) -> None:
        lay.undecided.clear()
        files[path] = env.get_template(template).render(**values)
        if lay.undecided:
            needs_black.add(path)

    for source in sorted((TEMPLATES / "runtime").iterdir()):
        if source.suffix == ".py":
            files[f"{pkg}/{source.name}"] = source.read_text(encoding="utf-8")
    auth = api.auth or security.NO_AUTH
    context = {
        "config": config,
        "resources": api.resources,
        "title": title,
        "log_env": config.log_env,
        "auth": auth,
    }
    render(
        f"{pkg}/_client.py",
        "client.py.jinja",
        **context,
        imports=import_block(client_imports(config, api.resources, auth), ".", lay),
    )
    render(f"{pkg}/_exceptions.py", "exceptions.py.jinja", **context)
    page_imports = {imp for f in api.page_fields if f.type for imp in f.type.all_imports()}
    render(
        f"{pkg}/_pagination_fields.py",
        "pagination_fields.py.jinja",
        pagination=config.pagination,
        fields=api.page_fields,
        imports=import_block(page_imports | _PAGE_FIELDS_BASE, ".", lay),
    )
    render(f"{pkg}/__init__.py", "package_init.py.jinja", **context)
    files[f"{pkg}/resources/__init__.py"] = '"""One module per resource of the API."""\n'
    mixins = {extension.resource: extension for extension in config.extensions}
    for resource in walk(api.resources):
        mixin = mixins.get(resource.trail)
        lay.undecided.clear()
        imports = import_block(resource_imports(resource, mixin), "..", lay)
        undecided = bool(lay.undecided)
        path = f"{pkg}/resources/{resource.module}.py"
        render(
            path,
            "resource.py.jinja",
            resource=resource,
            trail=".".join(resource.trail),
            mixin=mixin,
            imports=imports,
        )
        if undecided:
            needs_black.add(path)
    if api.type_aliases:  # `port.types`: `from <package>.types import <their name>`
        by_module: dict[str, list[str]] = {}
        for alias, target, module in sorted(api.type_aliases):
            by_module.setdefault(module, []).append(
                target if alias == target else f"{target} as {alias}"
            )
        render(
            f"{pkg}/types.py",
            "types.py.jinja",
            config=config,
            aliases=sorted(by_module.items()),
            type_aliases=sorted(api.type_aliases),
        )
    files[f"{pkg}/py.typed"] = ""
    files["pyproject.toml"] = env.get_template("pyproject.toml.jinja").render(**context)
    ext = config.extensions_dir  # hand-written code: listed, with its own README.md if any
    resources = list(walk(api.resources))
    files["README.md"] = env.get_template("README.md.jinja").render(
        **context,
        tree=[
            (r, [(m, _reference(m), _reference_returns(m)) for m in r.methods]) for r in resources
        ],
        paged_example=_paged_example(api.resources),
        polled=[(r, _poll_example(r)) for r in resources if r.poller is not None],
        deprecated=api.deprecated,
        type_aliases=api.type_aliases,
        extension_modules=sorted(p.stem for p in ext.glob("*.py")) if ext else [],
        extensions_readme=(
            (ext / "README.md").read_text(encoding="utf-8").strip()
            if ext and (ext / "README.md").is_file()
            else ""
        ),
    )
    return files, needs_black
