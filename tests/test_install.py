"""The generator as a user installs it: the wheel built from this checkout, installed into a
fresh virtual environment, generates with its console script, from a folder outside the
repository, exactly what the checkout's generator generates.

Offline: the wheel is built without build isolation (setuptools is a dev dependency), and the
fresh environment sees the dependencies already installed here through a `.pth` file instead of
downloading them; the generator itself comes only from the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from generator.machinery.cache import Cache
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "tests" / "breaking" / "base.yaml"
CONFIG = ROOT / "tests" / "breaking" / "client.yaml"
SCRIPT = "openapi-client-generator"


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts}


def _run(args: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300,
                          check=False, **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a copy of what the distribution is made of, so nothing of the checkout
    (build/, *.egg-info) is touched or relied on."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("generator", "templates"):
        shutil.copytree(ROOT / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    proc = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                 "--no-index", "--disable-pip-version-check", "-q", "-w", root / "dist", source])
    assert proc.returncode == 0, proc.stderr[-3000:]
    (built,) = (root / "dist").glob("*.whl")
    return built


def test_the_wheel_holds_the_code_the_templates_and_the_script(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        scripts = archive.read(entry_points).decode()
    code = {f"generator/{p}" for p in _files(ROOT / "generator")}
    templates = {f"generator/templates/{p}" for p in _files(ROOT / "templates")}
    assert code <= names, f"not in the wheel (a package missing from pyproject.toml?): " \
                          f"{sorted(code - names)}"
    assert templates <= names, f"templates not in the wheel: {sorted(templates - names)}"
    assert not {n for n in names if n.startswith("templates/")}, "a top-level `templates` package"
    assert f"{SCRIPT} = generator.__main__:command" in scripts


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("venv") / "env"
    proc = _run([sys.executable, "-m", "venv", "--without-pip", root])
    assert proc.returncode == 0, proc.stderr
    python = root / "bin" / "python"
    proc = _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
                 "--no-index", "--disable-pip-version-check", "-q", wheel])
    assert proc.returncode == 0, proc.stderr[-3000:]
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    # The dependencies (black, datamodel-code-generator, jinja2, ...) as installed here; after
    # the environment's own site-packages, so the generator is the wheel's.
    Path(site.stdout.strip(), "dependencies.pth").write_text(sysconfig.get_paths()["purelib"])
    return root


def _environment(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "GENERATOR_CACHE_DIR", "VIRTUAL_ENV")}
    return {**env, "XDG_CACHE_HOME": str(tmp / "user-cache")}


def test_the_installed_generator_is_the_wheels(venv: Path, tmp_path: Path) -> None:
    """The package, its templates and its cache are the installed ones, not the checkout's."""
    probe = ("import generator.machinery.cache as c, generator.machinery.stamp as s; "
             "print(s.GENERATOR, s.TEMPLATES, c.DEFAULT_DIR, sep='\\n')")
    proc = _run([venv / "bin" / "python", "-c", probe], cwd=tmp_path, env=_environment(tmp_path))
    assert proc.returncode == 0, proc.stderr
    package, templates, cache = map(Path, proc.stdout.splitlines())
    assert package.is_relative_to(venv.resolve()) and templates == package / "templates"
    assert cache == tmp_path / "user-cache" / "openapi-client-generator"


def test_the_console_script_generates_what_the_checkout_does(venv: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"  # outside the repository: nothing of the checkout is importable
    work.mkdir()
    env = _environment(tmp_path)
    command = [venv / "bin" / SCRIPT, "--spec", SPEC, "--config", CONFIG, "--out", "out"]
    proc = _run(command, cwd=work, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    expected = {path: text.encode() for path, text in
                generate(SPEC, CONFIG, Cache(None)).files.items()}
    assert _files(work / "out") == expected
    assert (tmp_path / "user-cache" / "openapi-client-generator").is_dir()
    # Again: the stamp (which hashes the installed code and templates) knows nothing changed.
    again = _run(command, cwd=work, env=env)
    assert again.returncode == 0 and "out: no changes" in again.stderr, again.stderr
    check = _run([*command, "--check"], cwd=work, env=env)
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]
    # An edited installed template is an input like the checkout's: the full path runs.
    (template,) = venv.glob("lib/python*/site-packages/generator/templates/README.md.jinja")
    text = template.read_text(encoding="utf-8")
    template.write_text(text + "{# edited #}", encoding="utf-8")
    try:
        edited = _run(command, cwd=work, env=env)
    finally:
        template.write_text(text, encoding="utf-8")
    assert edited.returncode == 0 and "nothing to do" not in edited.stderr, edited.stderr
    assert _files(work / "out") == expected
    usage = _run([venv / "bin" / SCRIPT, "--help"], cwd=work, env=env)
    assert usage.returncode == 0 and usage.stdout.startswith(f"usage: {SCRIPT} "), usage.stdout
