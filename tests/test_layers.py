"""The generator's layers (README, "How the generator works") import in one direction: `plan/`
reads `read/`, `emit/` reads both, `machinery/` serves them (the cache, the workers), `review/`
reads only generated files; no layer imports the command line or the pipeline above it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "generator"
TOP = "top"  # __main__, args, cli, errors, pipeline

# What each layer may import besides itself and `errors`.
ALLOWED = {
    "read": {"machinery"},  # load.py keeps parsed specs in the cache
    "plan": {"read"},
    "emit": {"read", "plan", "machinery"},
    "machinery": set(),
    "review": {"machinery"},  # what was read of a tree is kept in the cache
}
# The two modules of the machinery that serve one stage, and import what they serve.
EXCEPTIONS = {
    ("machinery.groups", "read.refs"),  # the groups of schemas follow their `$ref`s
    ("read.bundle", "plan.names"),  # a schema from another file is named as its component
    ("machinery.warm", "emit.models"),  # the fork server warms up the model generator
}


def _module(path: Path) -> str:
    return ".".join(path.relative_to(GENERATOR).with_suffix("").parts)


def _imports(path: Path) -> set[str]:
    """The generator's modules (or packages) `path` imports, as dotted names under `generator`."""
    package = _module(path).split(".")[:-1]  # `plan` for plan/names.py and plan/__init__.py
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - node.level + 1]
            if node.module:
                found.add(".".join(base + node.module.split(".")))
            else:
                found.update(".".join(base + [alias.name]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and \
                node.module.startswith("generator."):
            found.add(node.module.removeprefix("generator."))
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("generator.") for a in node.names
                         if a.name.startswith("generator."))
    return found


def _layer(module: str) -> str:
    head = module.split(".")[0]
    return head if head in ALLOWED else TOP


def test_layers_import_downwards_only() -> None:
    wrong = []
    for path in sorted(GENERATOR.rglob("*.py")):
        module = _module(path)
        layer = _layer(module)
        if layer == TOP:
            continue
        for target in _imports(path):
            into = _layer(target)
            if into == layer or target == "errors" or into in ALLOWED[layer]:
                continue
            if (module, target) not in EXCEPTIONS:
                wrong.append(f"{module} imports {target}")
    assert not wrong, wrong


def test_the_layers_are_the_readmes() -> None:
    """Every subpackage is a layer of this test and of the README's tree."""
    packages = {p.parent.name for p in GENERATOR.glob("*/__init__.py")}
    assert packages == set(ALLOWED)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tree = readme[readme.index("## How the generator works"):readme.index("## Tests")]
    for path in GENERATOR.rglob("*.py"):
        if path.name != "__init__.py":
            assert path.name in tree, f"{path.relative_to(ROOT)} is not in the README's tree"
    for package in packages:
        assert f"  {package}/ " in tree, f"generator/{package}/ is not in the README's tree"
