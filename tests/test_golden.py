"""Golden-file tests: each folder under tests/golden/ holds a small spec exercising one feature,
its client config (absent for `no_config`) and the exact files the generator must produce from
them (`expected/`). One fixture (`FULL`) holds the whole package; every other one holds only the
files of its feature, named by the patterns of its `files.txt`, so that a template edit
rewrites the files it is about and not every fixture's copy of the rest.

For every fixture:

* `test_golden`: the generated files (those `files.txt` names, or all) equal `expected/` byte
  for byte, the same set of paths: a missing or extra file fails too; `UPDATE_GOLDEN=1`
  (`make golden`) rewrites `expected/` instead;
* `test_deterministic`: a second run, in a fresh interpreter with another hash seed (one
  interpreter for all fixtures), gives the same files in the same order;
* `test_imports`: the generated package and every resource module import in a subprocess;
* `test_annotations_resolve`: every model builds, and every annotation of the params
  TypedDicts and of the resource methods names something that exists at runtime;

and, for the fixtures where behaviour matters, a smoke test against the scripted server that
checks the request on the wire and the class the response parses into.
"""

from __future__ import annotations

import difflib
import email.parser
import fnmatch
import email.policy
import functools
import importlib
import inspect
import json
import os
import platform
import shutil
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator

import pytest

from generator.machinery.cache import Cache
from generator.read.config import PLATFORM_VALUES
from generator.pipeline import generate
from tests.support.server import RecordedRequest, Reply, ScriptedServer

GOLDEN = Path(__file__).resolve().parent / "golden"
ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

# Known generator bugs. Each entry makes the named fixture's test a strict xfail: when the bug
# is fixed the test passes, strict mode turns that into a failure, and the entry must go (after
# `make golden` has rewritten the fixture's expected output).
GENERATION_CRASHES: dict[str, str] = {}
IMPORT_CRASHES: dict[str, str] = {**GENERATION_CRASHES}
ANNOTATION_CRASHES: dict[str, str] = {**IMPORT_CRASHES}

MAX_DIFF_FILES = 3
MAX_DIFF_LINES = 200


def _cases(known: dict[str, str]) -> list[Any]:
    return [
        pytest.param(name, id=name, marks=[pytest.mark.xfail(strict=True, reason=known[name])])
        if name in known else pytest.param(name, id=name)
        for name in FIXTURES
    ]


# -- generating --------------------------------------------------------------------------------


def _run(name: str) -> dict[str, str]:
    folder = GOLDEN / name
    config = folder / "client.yaml"
    result = generate(folder / "spec.yaml", config if config.is_file() else None, Cache(None))
    return result.files


@functools.lru_cache(maxsize=None)
def _generated(name: str) -> dict[str, str]:
    """One generation per fixture for the whole session (callers must not mutate it)."""
    return _run(name)


def _package_name(files: dict[str, str]) -> str:
    (package,) = {path.split("/")[0] for path in files if path.count("/") == 1
                  and path.endswith("/_client.py")}
    return package


def _resource_modules(files: dict[str, str]) -> list[str]:
    package = _package_name(files)
    prefix = f"{package}/resources/"
    return [f"{package}.resources.{path[len(prefix):-3]}" for path in files
            if path.startswith(prefix) and path.endswith(".py") and not path.endswith("__init__.py")]


def _read_tree(root: Path) -> dict[str, str]:
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_bytes().decode("utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def _write_tree(root: Path, files: dict[str, str]) -> None:
    if root.exists():
        shutil.rmtree(root)
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))


def _diff(expected: dict[str, str], actual: dict[str, str], *, a: str, b: str) -> str:
    missing = [p for p in expected if p not in actual]
    added = [p for p in actual if p not in expected]
    changed = [p for p in actual if p in expected and expected[p] != actual[p]]
    lines: list[str] = []
    if missing:
        lines.append(f"only in {a}: {', '.join(missing)}")
    if added:
        lines.append(f"only in {b}: {', '.join(added)}")
    if changed:
        lines.append(f"{len(changed)} file(s) differ: {', '.join(changed)}")
    if list(expected) != list(actual) and not (missing or added or changed):
        lines.append("same files, different order")
    for rel in (changed + added + missing)[:MAX_DIFF_FILES]:
        before, after = expected.get(rel, ""), actual.get(rel, "")
        if rel in expected and rel in actual and \
                before.replace("\r\n", "\n") == after.replace("\r\n", "\n"):
            lines.append(f"{rel}: differs only in line endings (CRLF / LF)")
            continue
        if rel in expected and rel in actual and before.rstrip("\n") == after.rstrip("\n"):
            lines.append(f"{rel}: differs only in trailing newlines")
            continue
        chunk = [line.rstrip("\n") for line in difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True),
            fromfile=f"{a}/{rel}" if rel in expected else "/dev/null",
            tofile=f"{b}/{rel}" if rel in actual else "/dev/null")]
        lines.extend(chunk)
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + [f"... {len(lines) - MAX_DIFF_LINES} more lines"]
    return "\n".join(lines)


# -- the golden comparison, determinism, importing ---------------------------------------------


# Copied verbatim from templates/runtime/ into every package: the same for every fixture, so
# left out of expected/ (they are checked as templates, and every other test here uses them).
RUNTIME_FILES = {p.name for p in (ROOT / "templates" / "runtime").glob("*.py")}


# The one fixture whose expected/ is the whole package (less the runtime files).
FULL = "polling"


def _patterns(name: str) -> list[str] | None:
    """The fnmatch patterns of the files a feature fixture holds; None: the whole package."""
    listing = GOLDEN / name / "files.txt"
    if not listing.is_file():
        return None
    lines = (line.strip() for line in listing.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _golden_view(name: str, files: dict[str, str]) -> dict[str, str]:
    view = {path: text for path, text in files.items()
            if not (path.count("/") == 1 and path.split("/")[1] in RUNTIME_FILES)}
    patterns = _patterns(name)
    if patterns is None:
        return view
    return {path: text for path, text in view.items()
            if any(fnmatch.fnmatchcase(path, pattern) for pattern in patterns)}


def test_one_full_golden_and_every_pattern_used() -> None:
    assert [name for name in FIXTURES if _patterns(name) is None] == [FULL]
    for name in FIXTURES:
        generated = _golden_view(name, _generated(name))
        for pattern in _patterns(name) or []:
            assert any(fnmatch.fnmatchcase(p, pattern) for p in generated), \
                f"tests/golden/{name}/files.txt: {pattern!r} names no generated file"


@pytest.mark.parametrize("name", _cases(GENERATION_CRASHES))
def test_golden(name: str) -> None:
    actual = _golden_view(name, _generated(name))
    expected_dir = GOLDEN / name / "expected"
    if UPDATE:
        _write_tree(expected_dir, actual)
        return
    expected = _read_tree(expected_dir)
    if expected != actual:
        pytest.fail(
            f"generated output for tests/golden/{name} differs from expected/:\n"
            + _diff(expected, actual, a="expected", b="generated")
            + "\n\nIf the change is intended, run `make golden` and review the diff.",
            pytrace=False,
        )


_SECOND_RUN = """
import json, sys, traceback
from pathlib import Path
from generator.machinery.cache import Cache
from generator.pipeline import generate
out = {}
for folder in map(Path, sys.argv[1:]):
    config = folder / "client.yaml"
    try:
        files = generate(folder / "spec.yaml", config if config.is_file() else None, Cache(None))
        out[folder.name] = list(files.files.items())
    except Exception:
        out[folder.name] = traceback.format_exc()
sys.stdout.write(json.dumps(out))
"""


@pytest.fixture(scope="session")
def second_runs(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Every selected fixture generated again, all in one fresh interpreter with another hash
    seed: output that depends on set or hash ordering differs there, where a second run in
    this process would repeat the first one's order."""
    names = sorted({item.callspec.params["name"] for item in request.session.items
                    if getattr(item, "originalname", None) == "test_deterministic"
                    and hasattr(item, "callspec")})
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    proc = subprocess.run(
        [sys.executable, "-c", _SECOND_RUN, *(str(GOLDEN / n) for n in names)],
        cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True,
        timeout=600, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


@pytest.mark.parametrize("name", _cases(GENERATION_CRASHES))
def test_deterministic(name: str, second_runs: dict[str, Any]) -> None:
    first = _generated(name)
    second = second_runs[name]
    if isinstance(second, str):
        pytest.fail(f"the second run failed:\n{second[-3000:]}", pytrace=False)
    second = dict(second)
    if list(first.items()) != list(second.items()):
        pytest.fail(f"two runs differ:\n{_diff(first, second, a='run1', b='run2')}",
                    pytrace=False)


@pytest.fixture(scope="session")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The folder holding a fixture's generated distribution (written once per session)."""
    written: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in written:
            root = tmp_path_factory.mktemp(f"golden-{name}")
            _write_tree(root / "out", _generated(name))
            written[name] = root / "out"
        return written[name]

    return get


@pytest.mark.parametrize("name", _cases(IMPORT_CRASHES))
def test_imports(name: str, package_dir: Callable[[str], Path]) -> None:
    files = _generated(name)
    package = _package_name(files)
    modules = [package, f"{package}.models", f"{package}.params", *_resource_modules(files)]
    proc = subprocess.run(
        [sys.executable, "-c", f"import {', '.join(modules)}"],
        cwd=package_dir(name), env={**os.environ, "PYTHONPATH": str(package_dir(name))},
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert proc.returncode == 0, f"importing {modules} failed:\n{proc.stderr[-3000:]}"


# -- in-process use ----------------------------------------------------------------------------


@pytest.fixture
def load(package_dir: Callable[[str], Path],
         monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], ModuleType]]:
    """Import a fixture's generated package in this process (sys.path and sys.modules are put
    back afterwards). Every fixture has its own package name, so they never clash."""
    loaded: list[str] = []

    def load_(name: str) -> ModuleType:
        package = _package_name(_generated(name))
        assert package not in sys.modules, f"package name {package!r} is already taken"
        monkeypatch.syspath_prepend(str(package_dir(name)))
        loaded.append(package)
        return importlib.import_module(package)

    yield load_
    for package in loaded:
        for key in [k for k in sys.modules if k == package or k.startswith(package + ".")]:
            del sys.modules[key]


@pytest.mark.parametrize("name", _cases(ANNOTATION_CRASHES))
def test_annotations_resolve(name: str, load: Callable[[str], ModuleType]) -> None:
    package = load(name)
    models = importlib.import_module(f"{package.__name__}.models")
    params = importlib.import_module(f"{package.__name__}.params")
    base = importlib.import_module(f"{package.__name__}._models").BaseModel
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, base) and value is not base \
                and value.__module__ == models.__name__:
            value.model_rebuild(force=True)
    for value in vars(params).values():
        if typing.is_typeddict(value):
            typing.get_type_hints(value, include_extras=True)
    for module_name in _resource_modules(_generated(name)):
        module = importlib.import_module(module_name)
        for class_name in module.__all__:
            for attr, method in vars(getattr(module, class_name)).items():
                if inspect.isfunction(method) and not attr.startswith("_"):
                    typing.get_type_hints(method)


def _client(package: ModuleType, server: ScriptedServer, sync: bool = True) -> Any:
    sync_class, async_class = package.__all__[:2]
    cls = getattr(package, sync_class if sync else async_class)
    return cls(base_url=server.url, max_retries=0)  # the fixtures' specs need no credentials


def _only_request(server: ScriptedServer) -> RecordedRequest:
    assert server.errors == []
    assert len(server.requests) == 1, server.requests
    return server.requests[0]


def _form_parts(request: RecordedRequest) -> list[tuple[str, str | None, bytes]]:
    """(field name, filename, content) of each part of a multipart/form-data body, in order."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    assert message.is_multipart()
    return [(part.get_param("name", header="content-disposition"), part.get_filename(),
             part.get_payload(decode=True)) for part in message.iter_parts()]


# -- behaviour: one smoke test per fixture -----------------------------------------------------


def test_enums_wire_and_parse(load: Callable[[str], ModuleType],
                              scripted_server: ScriptedServer) -> None:
    package = load("enums")
    models = importlib.import_module("golden_enums.models")
    pet = {"id": "p1", "object": "pet", "name": "Rex", "kind": "guinea-pig", "status": "sold",
           "size": 2}
    scripted_server.route("GET", "/pets", Reply(json={"object": "list", "data": [
        pet, {**pet, "id": "p2", "kind": "sea turtle", "mood": "sleepy"}]}))
    with _client(package, scripted_server) as client:
        page = client.pets.list(status="sold", order="desc")
    request = _only_request(scripted_server)
    assert request.query == {"status": ["sold"], "order": ["desc"]}
    assert isinstance(page, models.PetList)
    assert [p.kind for p in page.data] == ["guinea-pig", "sea turtle"]
    assert page.data[0].size == 2
    # A value the spec does not know is kept rather than rejected.
    assert page.data[1].mood == "sleepy"


def test_nullable_wire_and_parse(load: Callable[[str], ModuleType],
                                 scripted_server: ScriptedServer) -> None:
    package = load("nullable")
    models = importlib.import_module("golden_nullable.models")
    scripted_server.route("POST", "/notes/n1", Reply(json={
        "id": "n1", "title": "t", "body": None, "color": None, "author": {"name": "a",
                                                                          "email": None},
        "priority": None, "location": None}))
    with _client(package, scripted_server) as client:
        note = client.notes.update("n1", title="t", body=None, color=None, tag=None)
    request = _only_request(scripted_server)
    # Explicit None is sent as null; arguments not given are left out.
    assert request.json() == {"title": "t", "body": None, "color": None, "tag": None}
    assert isinstance(note, models.Note)
    assert isinstance(note.author, models.Author)
    assert note.body is None and note.color is None and note.location is None
    assert note.editor is None


def test_unions_discriminated_variants(load: Callable[[str], ModuleType],
                                       scripted_server: ScriptedServer) -> None:
    package = load("unions")
    models = importlib.import_module("golden_unions.models")
    scripted_server.route("POST", "/shapes", [
        Reply(json={"id": "d1", "shape": {"kind": "circle", "radius": 1.5},
                    "fill": {"type": "image", "url": "u"}, "label": 3, "border": "none"}),
        Reply(json={"id": "d2", "shape": {"kind": "square", "side": 2},
                    "fill": {"type": "text", "text": "hi"}, "label": "x",
                    "border": {"width": 1, "style": "dashed"}}),
    ])
    with _client(package, scripted_server) as client:
        first = client.shapes.create(shape={"kind": "square", "side": 2.0}, label=True)
        second = client.shapes.create(shape={"kind": "circle", "radius": 1.0})
    assert scripted_server.errors == []
    assert [r.json() for r in scripted_server.requests] == [
        {"shape": {"kind": "square", "side": 2.0}, "label": True},
        {"shape": {"kind": "circle", "radius": 1.0}},
    ]
    assert isinstance(first, models.Drawing)
    assert type(first.shape) is models.Circle and first.shape.radius == 1.5
    assert type(first.fill) is models.ImageFill
    assert first.label == 3 and first.border == "none"
    assert type(second.shape) is models.Square
    assert type(second.fill) is models.TextFill
    assert type(second.border) is models.DrawingBorderSecond and second.border.width == 1


async def test_unions_async_client(load: Callable[[str], ModuleType],
                                   scripted_server: ScriptedServer) -> None:
    package = load("unions")
    models = importlib.import_module("golden_unions.models")
    scripted_server.route("POST", "/shapes", Reply(json={
        "id": "d1", "shape": {"kind": "square", "side": 4}}))
    async with _client(package, scripted_server, sync=False) as client:
        drawing = await client.shapes.create(shape={"kind": "square", "side": 4})
    assert type(drawing.shape) is models.Square


def test_nested_inline_parse(load: Callable[[str], ModuleType],
                             scripted_server: ScriptedServer) -> None:
    package = load("nested_inline")
    models = importlib.import_module("golden_nested_inline.models")
    order = {"id": "o1",
             "shipping": {"address": {"line1": "1 Main St", "geo": {"lat": 1.0, "lng": 2.0}}},
             "items": [{"sku": "s", "quantity": 1, "options": [{"key": "k", "value": "v"}]}],
             "totals": {"net": {"amount": 5, "currency": "eur"}}}
    scripted_server.route("GET", "/orders/o1", Reply(json=order))
    scripted_server.route("GET", "/orders/o1/events", Reply(json={
        "events": [{"at": 1, "kind": "created", "actor": {"name": "n"}}]}))
    with _client(package, scripted_server) as client:
        got = client.orders.retrieve("o1")
        events = client.orders.events.list("o1")
    assert scripted_server.errors == []
    assert type(got.shipping.address.geo) is models.OrderShippingAddressGeo
    assert type(got.items[0].options[0]) is models.OrderItemsOptions
    assert type(got.totals["net"]) is models.OrderTotalsValue
    assert got.to_dict() == order
    assert type(events.events[0].actor) is models.ListOrderEventsResponseEventsActor


def test_parameters_wire(load: Callable[[str], ModuleType],
                         scripted_server: ScriptedServer) -> None:
    package = load("parameters")
    models = importlib.import_module("golden_parameters.models")
    files_module = importlib.import_module("golden_parameters.resources.projects_files")
    signature = inspect.signature(files_module.Files.retrieve)
    kinds = {n: p.kind for n, p in signature.parameters.items()}
    assert kinds["file_id"] is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert kinds["project_id"] is inspect.Parameter.KEYWORD_ONLY
    reply = {"id": "a/b", "project_id": "p 1", "name": "n", "labels": []}
    scripted_server.route("GET", "/projects/p%201/files/a%2Fb", Reply(json=reply))
    scripted_server.route("PATCH", "/projects/p%201/files/a%2Fb", Reply(json=reply))
    with _client(package, scripted_server) as client:
        got = client.projects.files.retrieve("a/b", project_id="p 1", version=3,
                                             include=["owner", "tags"], verbose=False)
        client.projects.files.update("a/b", project_id="p 1", name="n", labels=["x"],
                                     description=None, dry_run=True)
    assert scripted_server.errors == []
    get, patch = scripted_server.requests
    assert get.method == "GET" and get.path == "/projects/p%201/files/a%2Fb"
    assert get.raw_query == "version=3&include=owner&include=tags&verbose=false"
    assert get.body == b""
    assert isinstance(got, models.ProjectFile) and got.id == "a/b"
    assert patch.method == "PATCH" and patch.path == "/projects/p%201/files/a%2Fb"
    assert patch.raw_query == "dry_run=true"
    assert patch.headers["content-type"] == "application/json"
    assert patch.json() == {"name": "n", "labels": ["x"], "description": None}


def test_multipart_wire(load: Callable[[str], ModuleType],
                        scripted_server: ScriptedServer) -> None:
    package = load("multipart")
    models = importlib.import_module("golden_multipart.models")
    scripted_server.route("POST", "/uploads", Reply(json={
        "id": "u1", "filename": "a.txt", "bytes": 5, "purpose": "fine-tune"}))
    with _client(package, scripted_server) as client:
        upload = client.uploads.create(file=("a.txt", b"hello"), purpose="fine-tune",
                                       expires_after={"anchor": "created_at", "seconds": 60},
                                       tags=["x", "y"])
    request = _only_request(scripted_server)
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert sorted(_form_parts(request)) == sorted([
        ("purpose", None, b"fine-tune"),
        ("expires_after[anchor]", None, b"created_at"),
        ("expires_after[seconds]", None, b"60"),
        ("tags[]", None, b"x"),
        ("tags[]", None, b"y"),
        ("file", "a.txt", b"hello"),
    ])
    assert isinstance(upload, models.Upload) and upload.bytes == 5


def test_binary_response_download(load: Callable[[str], ModuleType],
                                  scripted_server: ScriptedServer) -> None:
    package = load("binary_response")
    raw = bytes(range(256))
    scripted_server.route("GET", "/files/f%2F1/content", Reply(body=raw))
    scripted_server.route("GET", "/files/f1/export", Reply(body=b"a,b\n1,2\n",
                                                           content_type="application/json"))
    with _client(package, scripted_server) as client:
        content = client.files.content("f/1")
        export = client.files.export("f1", format="csv")
        assert isinstance(content, package.BinaryResponse)
        assert isinstance(export, package.BinaryResponse)
        assert content.read() == raw
        assert export.read() == b"a,b\n1,2\n"  # not parsed as JSON, although labelled so
    assert scripted_server.errors == []
    assert [r.raw_query for r in scripted_server.requests] == ["", "format=csv"]


async def test_binary_response_async_download(load: Callable[[str], ModuleType],
                                              scripted_server: ScriptedServer) -> None:
    package = load("binary_response")
    scripted_server.route("GET", "/files/f1/content", Reply(body=b"\x00bytes\xff"))
    async with _client(package, scripted_server, sync=False) as client:
        content = await client.files.content("f1")
        assert isinstance(content, package.AsyncBinaryResponse)
        assert content.read() == b"\x00bytes\xff"  # read on return, as with the SDK
        assert await content.aread() == b"\x00bytes\xff"


def test_signature_clashes_wire(load: Callable[[str], ModuleType],
                                scripted_server: ScriptedServer) -> None:
    package = load("signature_clashes")
    scripted_server.route("POST", "/jobs", Reply(json={"id": "j1"}))
    module = importlib.import_module("golden_signature_clashes.resources.jobs")
    arguments = list(inspect.signature(module.Jobs.create).parameters)
    assert len(arguments) == len(set(arguments))
    with _client(package, scripted_server) as client:
        client.jobs.create(extra_query_="q", page_size=1, page_size_=2, limit=3, limit_=4,
                           timeout_=5, self_="s", user_name="a", user_name_="b", timeout=30)
    request = _only_request(scripted_server)
    assert request.query == {"extra_query": ["q"], "page-size": ["1"], "page_size": ["2"],
                             "limit": ["3"]}
    assert request.json() == {"timeout": 5, "self": "s", "userName": "a", "user_name": "b",
                              "limit": 4}


def test_name_clashes_aliases_round_trip(load: Callable[[str], ModuleType],
                                         scripted_server: ScriptedServer) -> None:
    package = load("name_clashes")
    models = importlib.import_module("golden_name_clashes.models")
    thing = {"id": "t1", "class": "c", "model_name": "m", "schema": "s", "json": "j",
             "from": "f", "type": "t", "copy": True, "dict": 1, "validate": False,
             "model_config": "mc", "user_name": "u1", "user-name": "u2"}
    scripted_server.route("GET", "/things", Reply(json={"data": [thing]}))
    scripted_server.route("POST", "/things", Reply(json=thing))
    scripted_server.route("GET", "/models/gpt%2F4", Reply(json={"id": "gpt/4",
                                                                "list": {"data": []}}))
    with _client(package, scripted_server) as client:
        listed = client.things.list(async_=True, from_="2024")
        created = client.things.create(class_="c", schema="s", json="j", from_="f",
                                       model_config="mc")
        model = client.models.retrieve("gpt/4")
    assert scripted_server.errors == []
    get, post, get_model = scripted_server.requests
    assert get.raw_query == "async=true&from=2024"
    assert post.json() == {"class": "c", "schema": "s", "json": "j", "from": "f",
                           "model_config": "mc"}
    assert get_model.path == "/models/gpt%2F4"
    assert isinstance(listed, models.ListModel)  # `List` is reserved: typing's
    for parsed in (listed.data[0], created):
        assert isinstance(parsed, models.Thing)
        assert parsed.class_ == "c" and parsed.schema_ == "s" and parsed.model_name == "m"
        assert parsed.model_dump(by_alias=True, exclude_unset=True) == thing
    assert isinstance(model, models.Model) and isinstance(model.list, models.ListModel)


def test_no_config_derived_resources(load: Callable[[str], ModuleType],
                                     scripted_server: ScriptedServer) -> None:
    package = load("no_config")
    models = importlib.import_module("no_config.models")
    user = {"id": "u 1", "name": "n"}
    scripted_server.route("PATCH", "/users/u%201", Reply(json=user))
    scripted_server.route("POST", "/users/u%201/deactivate", Reply(json=user))
    scripted_server.route("DELETE", "/users/u%201", Reply(status=204))
    scripted_server.route("GET", "/health", Reply(json={"ok": True}))
    with package.NoConfig(base_url=scripted_server.url, max_retries=0) as client:
        patched = client.users.patch_user("u 1", name="m")
        deactivated = client.users.deactivate("u 1")
        deleted = client.users.delete("u 1")
        health = client.health.list()
    assert scripted_server.errors == []
    assert [(r.method, r.path) for r in scripted_server.requests] == [
        ("PATCH", "/users/u%201"), ("POST", "/users/u%201/deactivate"),
        ("DELETE", "/users/u%201"), ("GET", "/health")]
    assert scripted_server.requests[0].json() == {"name": "m"}
    assert isinstance(patched, models.User) and isinstance(deactivated, models.User)
    assert deleted is None and health == {"ok": True}
    # no `client.platform_headers`: the client tells nothing of its platform
    assert not any(k.startswith("x-stainless") or k.endswith(("-os", "-arch", "-runtime"))
                   for r in scripted_server.requests for k in r.headers)


# -- platform headers under names of the config's choosing ---------------------------------------


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
async def test_platform_headers_under_configured_names(
        sync: bool, load: Callable[[str], ModuleType], scripted_server: ScriptedServer) -> None:
    """`client.platform_headers` maps header names to what the runtime tells of itself: sent
    on every request under exactly those names, and nothing under the SDK's."""
    package = load("platform_headers")
    scripted_server.route("GET", "/things/t1", Reply(json={"id": "t1", "owner": {"name": "A"}}))
    client = _client(package, scripted_server, sync)
    thing = await _maybe_await(client.things.retrieve("t1"))
    assert thing.owner.name == "A"
    request = _only_request(scripted_server)
    sent = {k: v for k, v in request.headers.items() if k.startswith("x-")}
    assert sent == {
        "x-acme-client-lang": "python",
        "x-acme-client-version": package.__version__,
        "x-acme-os": {"Linux": "Linux", "Darwin": "MacOS", "Windows": "Windows"}[platform.system()],
        "x-acme-arch": {"x86_64": "x64", "aarch64": "arm64", "arm64": "arm64"}[platform.machine()],
        "x-acme-runtime": platform.python_implementation(),
        "x-acme-runtime-version": platform.python_version(),
    }
    await _maybe_await(client.close())


def test_platform_values_are_the_configs(load: Callable[[str], ModuleType]) -> None:
    """The values a config may name are the ones the runtime computes."""
    runtime = importlib.import_module(f"{load('platform_headers').__name__}._base_client")
    assert tuple(runtime.platform_values("1.2.3")) == PLATFORM_VALUES
    assert runtime.platform_values("1.2.3")["package_version"] == "1.2.3"


def test_recursion_parse(load: Callable[[str], ModuleType],
                         scripted_server: ScriptedServer) -> None:
    package = load("recursion")
    models = importlib.import_module("golden_recursion.models")
    tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]},
                                          {"name": "b", "parent": None}]}
    person = {"name": "p", "employer": {"name": "c", "ceo": {"name": "boss"},
                                        "employees": [{"name": "p2", "employer": {"name": "c"}}]}}
    scripted_server.route("POST", "/trees", Reply(json=tree))
    scripted_server.route("GET", "/graphs/g1", Reply(json=person))
    with _client(package, scripted_server) as client:
        node = client.trees.create(root=tree)
        got = client.graphs.retrieve("g1")
    assert scripted_server.errors == []
    assert scripted_server.requests[0].json() == {"root": tree}
    assert type(node.children[0].children[0]) is models.TreeNode
    assert node.to_dict() == tree
    assert type(got.employer) is models.Company
    assert type(got.employer.employees[0].employer) is models.Company
    assert type(got.employer.ceo) is models.Person


def test_reserved_names_nested_use(load: Callable[[str], ModuleType],
                                   scripted_server: ScriptedServer) -> None:
    package = load("reserved_names")
    models = importlib.import_module("golden_reserved_names.models")
    holder = {"id": "h1", "class": "c", "field": {"label": "l"}, "base": {"name": "n"}}
    scripted_server.route("GET", "/holders/h1", Reply(json=holder))
    with _client(package, scripted_server) as client:
        got = client.holders.retrieve("h1")
    assert type(got) is models.Holder and got.class_ == "c"
    assert type(got.field).__module__ == models.__name__ and got.field.label == "l"
    assert type(got.base).__module__ == models.__name__ and got.base.name == "n"
    assert got.to_dict() == holder


def test_reserved_names_direct_responses(load: Callable[[str], ModuleType],
                                         scripted_server: ScriptedServer) -> None:
    package = load("reserved_names")
    models = importlib.import_module("golden_reserved_names.models")
    runtime_base = importlib.import_module("golden_reserved_names._models").BaseModel
    scripted_server.route("GET", "/bases/b1", Reply(json={"name": "n"}))
    scripted_server.route("GET", "/literals/l1", Reply(json={"value": "v", "kind": "a"}))
    with _client(package, scripted_server) as client:
        base = client.bases.retrieve("b1")
        assert type(base) is not runtime_base and type(base).__module__ == models.__name__
        literal = client.literals.retrieve("l1")
        assert type(literal).__module__ == models.__name__ and literal.value == "v"


def test_polling_wire(load: Callable[[str], ModuleType], scripted_server: ScriptedServer,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    """create_and_poll on a nested resource: the parent id is carried from the create's
    arguments, the new object's id is read from the configured field, and the status from
    the configured one (an enum behind $ref and anyOf-with-null)."""
    package = load("polling")
    polling = importlib.import_module("golden_polling._polling")
    models = importlib.import_module("golden_polling.models")
    sleeps: list[float] = []
    monkeypatch.setattr(polling, "sleep", sleeps.append)
    scripted_server.route("POST", "/projects/p%201/exports", Reply(
        status=201, json={"export_id": "e/1", "state": None}))
    scripted_server.route("GET", "/projects/p%201/exports/e%2F1", [
        # the header named by the config's `poll_after_header`; OpenAI's is not read here
        Reply(json={"export_id": "e/1", "state": "pending"},
              headers={"x-poll-after-ms": "5", "openai-poll-after-ms": "7"}),
        Reply(json={"export_id": "e/1", "state": "error", "url": "u"}),
    ])
    scripted_server.route("GET", "/reports/r1", [Reply(json={"id": "r1", "status": "queued"}),
                                                 Reply(json={"id": "r1", "status": "ready"})])
    with _client(package, scripted_server) as client:
        export = client.projects.exports.create_and_poll("p 1", format="csv")
        report = client.reports.poll("r1", poll_interval_ms=20)
    assert scripted_server.errors == []
    assert [(r.method, r.path) for r in scripted_server.requests] == [
        ("POST", "/projects/p%201/exports"), ("GET", "/projects/p%201/exports/e%2F1"),
        ("GET", "/projects/p%201/exports/e%2F1"), ("GET", "/reports/r1"), ("GET", "/reports/r1")]
    assert scripted_server.requests[0].json() == {"format": "csv"}
    assert type(export) is models.Export and export.state == "error" and export.url == "u"
    assert report.status == "ready"
    assert sleeps == [0.005, 0.02]
# -- request kinds: header parameters, form, binary and JSON Patch bodies -----------------------


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
async def test_request_kinds_wire(sync: bool, load: Callable[[str], ModuleType],
                                  scripted_server: ScriptedServer, tmp_path: Path) -> None:
    package = load("request_kinds")
    models = importlib.import_module("golden_request_kinds.models")
    scripted_server.route("POST", "/accounts/AC1/messages", Reply(status=201, json={
        "sid": "SM1", "to": "+1555"}))
    scripted_server.route("PUT", "/images/i1/content", Reply(status=204))
    scripted_server.route("PATCH", "/documents/d1", Reply(json={"id": "d1", "title": "new"}))
    image = tmp_path / "image.png"
    image.write_bytes(b"\x89PNG\x00\xff")
    client = _client(package, scripted_server, sync=sync)
    try:
        message = await _maybe_await(client.messages.create(
            "AC1", to="+1555", body="hi & bye", tenant_id="t-1", x_retry_count=2,
            session_id="s 1;x=2", prefs=["dark", "wide"],
            media_url=["https://a/1.png", "https://a/2.png"], extra_headers={"X-Extra": "e"}))
        stored = await _maybe_await(client.images.upload("i1", body=image, if_match='"v1"'))
        document = await _maybe_await(client.documents.patch("d1", body=[
            {"op": "replace", "path": "/title", "value": "new"}, {"op": "remove", "path": "/x"}]))
        await _maybe_await(client.images.upload("i1", body=b"raw"))
    finally:
        await _maybe_await(client.close())
    assert scripted_server.errors == []
    form, upload, patch, upload_bytes = scripted_server.requests
    # Header parameters are typed arguments sent as headers; those not given are left off.
    assert form.headers["tenant-id"] == "t-1" and form.headers["x-retry-count"] == "2"
    assert form.headers["x-extra"] == "e"
    # Cookie parameters: one Cookie header; what a cookie value cannot hold percent-encoded.
    assert form.headers["cookie"] == "session_id=s%201%3Bx=2; prefs=dark,wide"
    assert "cookie" not in upload.headers
    assert form.headers["content-type"] == "application/x-www-form-urlencoded"
    assert form.body == (b"To=%2B1555&Body=hi+%26+bye&MediaUrl=https%3A%2F%2Fa%2F1.png"
                         b"&MediaUrl=https%3A%2F%2Fa%2F2.png")
    assert isinstance(message, models.Message) and message.sid == "SM1"
    assert upload.headers["content-type"] == "application/octet-stream"
    assert upload.headers["if-match"] == '"v1"' and upload.body == b"\x89PNG\x00\xff"
    assert stored is None
    assert "if-match" not in upload_bytes.headers and upload_bytes.body == b"raw"
    assert patch.headers["content-type"] == "application/json-patch+json"
    assert patch.json() == [{"op": "replace", "path": "/title", "value": "new"},
                            {"op": "remove", "path": "/x"}]
    assert isinstance(document, models.Document) and document.title == "new"


def test_request_kinds_signatures(load: Callable[[str], ModuleType]) -> None:
    """Header parameters are keyword arguments typed from their schema, required ones first."""
    load("request_kinds")
    module = importlib.import_module("golden_request_kinds.resources.messages")
    hints = typing.get_type_hints(module.Messages.create)
    parameters = inspect.signature(module.Messages.create).parameters
    assert hints["tenant_id"] is str and parameters["tenant_id"].default is inspect.Parameter.empty
    assert int in typing.get_args(hints["x_retry_count"])
    assert parameters["x_retry_count"].kind is inspect.Parameter.KEYWORD_ONLY
    assert hints["session_id"] is str
    assert parameters["session_id"].default is inspect.Parameter.empty
    assert parameters["prefs"].kind is inspect.Parameter.KEYWORD_ONLY


# -- names that never collide (derived resources, no config) ------------------------------------


def test_derived_clashes_resolve_to_what_they_name(load: Callable[[str], ModuleType],
                                                   scripted_server: ScriptedServer) -> None:
    package = load("derived_clashes")
    assert package.__name__ == "derived_clashes"  # named after the spec's title
    models = importlib.import_module("derived_clashes.models")
    params = importlib.import_module("derived_clashes.params")
    pets = importlib.import_module("derived_clashes.resources.pets")
    foo = importlib.import_module("derived_clashes.resources.foo")
    # The model `Pets` and the resource class for `/pets` are different classes; the method's
    # annotation is the model.
    (resource_class,) = [getattr(pets, n) for n in pets.__all__ if not n.startswith("Async")]
    assert resource_class is not models.Pets
    assert typing.get_type_hints(resource_class.list)["return"] == models.Pets
    # A body typed by component `Foo` and a query object lifted as `FooParam`: each argument
    # is typed by the TypedDict holding its own fields.
    (foo_class,) = [getattr(foo, n) for n in foo.__all__ if not n.startswith("Async")]
    hints = typing.get_type_hints(foo_class.create)
    assert set(typing.get_type_hints(hints["foo"])) == {"bar"}
    param_hint = [a for a in typing.get_args(hints["param"]) if typing.is_typeddict(a)]
    assert [set(typing.get_type_hints(t)) for t in param_hint] == [{"depth"}]
    assert hints["foo"] is not param_hint[0] and hints["foo"] in vars(params).values()
    scripted_server.route("GET", "/pets", Reply(json=[{"id": "p1", "type": "cat"}]))
    scripted_server.route("DELETE", "/pets", Reply(status=204))
    scripted_server.route("GET", "/groups/g1/members", Reply(json=[{"name": "a"}]))
    scripted_server.route("POST", "/groups/g1/members", Reply(json={"name": "b"}))
    with package.DerivedClashes(base_url=scripted_server.url, max_retries=0) as client:
        listed = client.pets.list(type="cat")  # a parameter named like a builtin
        client.pets.delete(type="dog")
        # POST /groups/{id}/members does not hide GET /groups/{id}/members: both are there
        members = client.groups.members.list("g1")
        added = client.groups.members.create("g1", name="b")
    assert scripted_server.errors == []
    assert [r.raw_query for r in scripted_server.requests[:2]] == ["type=cat", "type=dog"]
    assert [type(p) for p in listed] == [models.Pet] and listed[0].type == "cat"
    assert [type(m) for m in members] == [models.Member]
    assert isinstance(added, models.Member) and added.name == "b"


def test_models_only_package(load: Callable[[str], ModuleType]) -> None:
    """A 3.1 spec with webhooks and no paths: a package of models, and a client without
    resources."""
    package = load("models_only")
    models = importlib.import_module(f"{package.__name__}.models")
    pet = models.Pet.model_validate({"id": 1, "name": "Rex"})
    assert pet.name == "Rex"
    client = package.WebhooksOnly()  # named after the spec's title; no credentials needed
    client.close()


# -- pagination under other names than OpenAI's -------------------------------------------------


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
async def test_pagination_under_configured_names(sync: bool, load: Callable[[str], ModuleType],
                                                 scripted_server: ScriptedServer) -> None:
    """Items in `results`, `more`, cursor `starting_after` = the last item's `uid`: a page is a
    model of its own list response (fields of that list only, models at every depth, aliased
    names), with `data`/`has_more` for the configured fields, and walks every page."""
    package = load("pagination")
    models = importlib.import_module("golden_pagination.models")
    base = importlib.import_module("golden_pagination._models").BaseModel

    def ticket(uid: str) -> dict[str, Any]:
        return {"uid": uid, "title": f"t {uid}", "owner": {"uid": "u1", "name": "Ann"}}

    first = {"results": [ticket("a"), ticket("b")], "more": True, "total": 3, "url": "/tickets",
             "cursor": {"next": "b"}, "json": "j"}
    second = {"results": [ticket("c")], "more": False, "total": 3, "url": "/tickets"}
    scripted_server.route("GET", "/tickets", [Reply(json=first, headers={"x-request-id": "r1"}),
                                              Reply(json=second), Reply(json=first),
                                              Reply(json=second)])
    client = _client(package, scripted_server, sync)
    page = await _maybe_await(client.tickets.list(limit=2))
    assert isinstance(page, base) and isinstance(page, models.TicketPage)
    assert page.more is True and page.has_more is True and page.total == 3
    assert page.url == "/tickets" and page.json_ == "j"
    assert isinstance(page.cursor, models.Cursor) and page.cursor.next == "b"
    assert page.data == page.results and all(isinstance(t, models.Ticket) for t in page.data)
    assert isinstance(page.data[0].owner, models.User)
    assert page.to_dict() == first and page._request_id == "r1"
    assert page.has_next_page()
    later = await _maybe_await(page.get_next_page())
    assert [t.uid for t in later.results] == ["c"] and not later.has_next_page()
    if sync:
        uids = [t.uid for t in client.tickets.list(limit=2)]
    else:
        uids = [t.uid async for t in client.tickets.list(limit=2)]
    assert uids == ["a", "b", "c"]
    assert [r.query.get("starting_after") for r in scripted_server.requests] == [
        None, ["b"], None, ["b"]]
    assert all(r.query["limit"] == ["2"] for r in scripted_server.requests)
    assert scripted_server.errors == []
