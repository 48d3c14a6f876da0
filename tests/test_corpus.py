"""The generator on 33 real OpenAPI documents written elsewhere (../shared/corpus/specs, read in
place, never copied) and two multi-file and pointer fixtures of ours, each with no config, as a
new user would run it:

- the four invalid on purpose are refused with one line naming the file, line and pointer;
- every other one generates; every module of the package imports; pyright, in its default
  (standard) mode as users run it, reports no error on it; and one operation, chosen from the
  spec, is called against a local server with a response built from the spec's schema: the
  request's method and path, and one attribute of the parsed result, are checked.

Generation and pyright run once per session over all specs (pyright is slow to start and
slower per package than per file). The specs that fail today because of known generator bugs
are marked `xfail(strict=True)` in KNOWN_FAILURES with the reason: when a fix lands, the
test passes, strict xfail turns that into a failure, and the entry is removed.
"""

from __future__ import annotations

import base64
import enum
import importlib.util
import inspect
import json
import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator
from urllib.parse import quote

import pytest

from generator.machinery.cache import DEFAULT_DIR, Cache
from generator.read.config import HTTP_METHODS
from generator.errors import SpecError
from generator.read.load import load_spec
from generator.pipeline import generate
from generator.read.refs import resolve
from generator.machinery.write import write_tree
from tests.support.server import Reply, ScriptedServer

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the repository (or beside the folder of worktrees a checkout sits in)
CORPUS = next((p / "shared" / "corpus" / "specs" for p in ROOT.parents[:2]
               if (p / "shared" / "corpus" / "specs").is_dir()),
              ROOT.parent / "shared" / "corpus" / "specs")
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
# Beside the corpus, two golden fixtures of ours: a spec split over folders and files (YAML and
# JSON, relative refs, a cycle across files) and one with `$ref`s into schemas.
OWN = {"own__multi_file.yaml": ROOT / "tests" / "golden" / "multi_file" / "spec.yaml",
       "own__pointer_refs.yaml": ROOT / "tests" / "golden" / "pointer_refs" / "spec.yaml"}
PATHS = {**({p.name: p for p in CORPUS.iterdir()} if CORPUS.is_dir() else {}), **OWN}
SPECS = sorted(PATHS)

# Invalid on purpose (see the corpus README): the refusal's message and JSON pointer.
BROKEN = {
    "opc__missing-body-ref.yaml": (
        r"\$ref '#/components/requestBodies/body' points at nothing", "#/paths/~1/post/requestBody/$ref"),
    "opc__optional-path-param.yaml": (
        r"path parameter 'optional' of /\{optional\} must be `required: true`",
        "#/paths/~1{optional}/get/parameters/0"),
    "oai__v2.0-petstore.yaml": (r"Swagger 2\.0 is not supported", "#/swagger"),
    "dcg__content_in_parameters.yaml": (
        r"path parameter \{supiOrSuci\} of /\{supiOrSuci\}/security-information-rg is not declared",
        "#/paths/~1{supiOrSuci}~1security-information-rg/get/parameters"),
    # Not listed as broken by the corpus README, but invalid the same way as optional-path-param
    # (`food_id` in `/food/{food_id}` has no `required: true`, which OpenAPI requires).
    "dcg__body_and_parameters.yaml": (
        r"path parameter 'food_id' of /food/\{food_id\} must be `required: true`",
        "#/paths/~1food~1{food_id}/get/parameters/0"),
}
# No operations (components only, or webhooks only): a package of models alone.
NO_OPERATIONS = {"dcg__nullable.yaml", "dcg__type_alias_recursive.yaml", "oai__webhook-example.yaml",
                 "opc__docstrings_on_attributes.yml"}
GENERATED = [s for s in SPECS if s not in BROKEN]
CALLED = [s for s in GENERATED if s not in NO_OPERATIONS]

# What fails today, per test, and why (the core helper's deliverables, issue 9 §1-3).
KNOWN_FAILURES: dict[str, dict[str, str]] = {
    "generates": {},
    "imports": {},
    "pyright": {},
    "call": {},
}


def params(test: str, specs: list[str]) -> list[Any]:
    known = KNOWN_FAILURES[test]
    return [pytest.param(s, id=s, marks=pytest.mark.xfail(strict=True, reason=known[s]))
            if s in known else pytest.param(s, id=s) for s in specs]


def stem(spec: str) -> str:
    return re.sub(r"\W", "_", spec.rsplit(".", 1)[0])


# -- generation, once for the session ------------------------------------------------------------


@dataclass
class Generated:
    out: Path  # the folder holding the package
    error: str | None = None
    package: str = ""  # its name (from the spec's title)
    methods: list[tuple[tuple[str, ...], str, Any]] = field(default_factory=list)
    client_class: str = ""  # named after the spec's title too
    arguments: dict[str, tuple[str, ...]] = field(default_factory=dict)  # scheme -> credentials


def _methods(resources: Any, trail: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str, Any]]:
    """(attribute trail from the client, method name, the IR operation) of every method."""
    for resource in resources:
        for method in resource.methods:
            yield trail + (resource.attr,), method.name, method.operation
        yield from _methods(resource.children, trail + (resource.attr,))


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Generated]:
    assert CORPUS.is_dir(), f"the corpus is missing: expected it in {CORPUS}"
    root = tmp_path_factory.mktemp("corpus")
    cache = Cache(DEFAULT_DIR)  # keyed by content: a cold run and a warm run generate the same
    done: dict[str, Generated] = {}
    for spec in GENERATED:
        entry = done[spec] = Generated(root / stem(spec))
        try:
            result = generate(PATHS[spec], None, cache)
            write_tree(entry.out, result.files)
            entry.package = result.package
            entry.methods = list(_methods(result.api.resources))
            entry.client_class = result.config.sync_class or ""
            entry.arguments = {c.scheme: c.arguments for c in result.api.auth.credentials}
        except SpecError as exc:
            entry.error = f"refused: {exc}"
        except Exception as exc:  # noqa: BLE001 - a generator bug, reported by the test
            entry.error = f"crashed: {type(exc).__name__}: {exc}"
    return done


def package_dir(entry: Generated) -> Path:
    return entry.out / entry.package


def credentials(entry: Generated) -> dict[str, str]:
    """A value for every credential argument of the client: `cred-<argument>`."""
    return {a: f"cred-{a}" for arguments in entry.arguments.values() for a in arguments}


@pytest.mark.parametrize("spec", params("generates", GENERATED))
def test_generates(corpus: dict[str, Generated], spec: str) -> None:
    entry = corpus[spec]
    assert entry.error is None, entry.error
    assert (package_dir(entry) / "__init__.py").is_file()
    models = (package_dir(entry) / "models.py").read_text()
    if spec in NO_OPERATIONS:  # models alone: every component schema is one
        doc = load_spec(PATHS[spec])
        missing = [n for n in doc["components"]["schemas"]
                   if not re.search(rf"^(class )?{re.escape(n)}\b", models, re.M | re.I)]
        assert not missing, f"no model for {missing}"


# -- every module imports ------------------------------------------------------------------------

# Each package is loaded under a name of its own in one interpreter (the
# generated code imports itself only relatively), and every module of it is imported.
IMPORT_ALL = textwrap.dedent("""
    import importlib, importlib.util, json, pkgutil, sys, traceback
    results = {}
    for name, (folder, client, credentials) in json.loads(sys.argv[1]).items():
        try:
            spec = importlib.util.spec_from_file_location(
                name, folder + "/__init__.py", submodule_search_locations=[folder])
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            spec.loader.exec_module(module)
            count = 1
            for info in pkgutil.walk_packages(module.__path__, name + "."):
                importlib.import_module(info.name)
                count += 1
            getattr(module, client)(base_url="http://127.0.0.1:9", **credentials).close()
            results[name] = count
        except BaseException:
            results[name] = traceback.format_exc(limit=-3)
    print(json.dumps(results))
""")


@pytest.fixture(scope="session")
def imports(corpus: dict[str, Generated]) -> dict[str, Any]:
    folders = {f"corpus_{stem(s)}": (str(package_dir(e)), e.client_class, credentials(e))
               for s, e in corpus.items() if e.error is None}
    proc = subprocess.run([sys.executable, "-c", IMPORT_ALL, json.dumps(folders)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


@pytest.mark.parametrize("spec", params("imports", GENERATED))
def test_every_module_imports(corpus: dict[str, Generated], imports: dict[str, Any],
                              spec: str) -> None:
    assert corpus[spec].error is None, corpus[spec].error
    result = imports[f"corpus_{stem(spec)}"]
    assert isinstance(result, int), result
    modules = len(list(package_dir(corpus[spec]).rglob("*.py")))
    assert result == modules  # every .py file was imported


# -- pyright (standard), one run over every package ----------------------------------------------


@pytest.fixture(scope="session")
def pyright_errors(corpus: dict[str, Generated],
                   tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    assert PYRIGHT.exists(), "pyright is missing: `make test` installs it (npm ci)"
    folder = tmp_path_factory.mktemp("pyright")
    packages = {s: package_dir(e) for s, e in corpus.items() if e.error is None}
    # The runtime modules, the same in every package and strict-checked by
    # test_generated_package.py, are read for their types but not checked 20 times over.
    runtime = {p.name for p in (ROOT / "templates" / "runtime").glob("*.py")}
    checked = [f for p in packages.values() for f in sorted(p.rglob("*.py"))
               if f.parent != p or f.name not in runtime]
    config = {
        "include": [os.path.relpath(f, folder) for f in checked],
        "typeCheckingMode": "standard",  # pyright's default, as users run it
        "pythonVersion": "3.10",
    }
    (folder / "pyrightconfig.json").write_text(json.dumps(config))
    proc = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, "-p", str(folder)],
        capture_output=True, text=True, timeout=900,
    )
    report = json.loads(proc.stdout)
    errors: dict[str, list[str]] = {s: [] for s in packages}
    for d in report["generalDiagnostics"]:
        if d["severity"] != "error":
            continue
        spec = next(s for s, p in packages.items() if d["file"].startswith(str(p) + os.sep))
        where = os.path.relpath(d["file"], packages[spec])
        errors[spec].append(f"{where}:{d['range']['start']['line'] + 1}: {d['message']}")
    analyzed = report["summary"]["filesAnalyzed"]
    assert analyzed >= len(checked), proc.stdout[-2000:]
    return errors


@pytest.mark.parametrize("spec", params("pyright", GENERATED))
def test_pyright_standard_reports_no_error(corpus: dict[str, Generated],
                                        pyright_errors: dict[str, list[str]], spec: str) -> None:
    assert corpus[spec].error is None, corpus[spec].error
    errors = pyright_errors[spec]
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(errors[:20])


# -- the broken ones are refused in one line -----------------------------------------------------


@pytest.mark.parametrize("spec", sorted(BROKEN))
def test_invalid_spec_is_refused_in_one_line(spec: str, tmp_path: Path) -> None:
    message, pointer = BROKEN[spec]
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(PATHS[spec]), "--out", str(out),
         "--no-cache"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,  # cwd: this checkout's generator
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    match = re.fullmatch(rf"error: {re.escape(str(PATHS[spec]))}:(\d+) (\S+): (.*)", lines[0])
    assert match, lines[0]
    line, where, text = match.groups()
    assert where == pointer
    assert re.search(message, text), text
    # the line is where the pointer leads: the key (or list item) it names
    last = pointer.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
    source_line = (PATHS[spec]).read_text().splitlines()[int(line) - 1]
    assert last in source_line or (last.isdigit() and source_line.lstrip().startswith("-")), \
        (line, source_line)
    assert not out.exists() and proc.stdout == ""


# -- one call per spec against a local server ----------------------------------------------------


def _json_media(response: Any, doc: dict[str, Any]) -> dict[str, Any] | None:
    response = _deref(response, doc)
    for media, body in ((response or {}).get("content") or {}).items():
        if (media == "application/json" or media.endswith("+json")) and isinstance(body, dict):
            return body
    return None


def _deref(node: Any, doc: dict[str, Any]) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = resolve(doc, node["$ref"])
    return node


@dataclass
class Chosen:
    http_method: str
    path: str
    status: int
    body: Any  # the JSON the server answers with; None: no body


def choose_operation(doc: dict[str, Any]) -> Chosen:
    """The first GET (in the spec's order) answering 2xx JSON with a schema; else the first
    operation that does; else one answering JSON examples; else the first GET, or operation."""
    ranked = []
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            codes = sorted(str(c) for c in op.get("responses") or {} if str(c).startswith("2"))
            media = _json_media(op["responses"][codes[0]], doc) if codes else None
            status = int(codes[0]) if codes and codes[0].isdigit() else 200
            if media is not None and media.get("schema"):
                rank, body = (0 if method == "get" else 1), example(media["schema"], doc)
            elif media is not None:
                examples = [e.get("value") for e in (media.get("examples") or {}).values()
                            if isinstance(e, dict)]
                rank, body = 2, media.get("example", examples[0] if examples else {})
            else:
                rank, body = (3 if method == "get" else 4), None
            ranked.append((rank, len(ranked), Chosen(method, path, status, body)))
    assert ranked, "the spec has no operation"
    return min(ranked, key=lambda r: r[:2])[2]


FORMATS = {"date-time": "2024-01-02T03:04:05Z", "date": "2024-01-02", "time": "03:04:05",
           "uuid": "123e4567-e89b-12d3-a456-426614174000", "email": "someone@example.com",
           "uri": "https://example.com/x", "url": "https://example.com/x", "ipv4": "127.0.0.1",
           "byte": "YWJj", "int32": "1", "int64": "1"}


def example(schema: Any, doc: dict[str, Any], depth: int = 0, seen: tuple[str, ...] = (),
            name: str = "text") -> Any:
    """A deterministic instance of `schema`: every property down to a few levels, the first
    enum value or union member, and values that parse for the usual formats."""
    if not isinstance(schema, dict):
        return "text"
    if isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref in seen:
            return None
        return example(resolve(doc, ref), doc, depth, seen + (ref,), name)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and any(v is not None for v in schema["enum"]):
        return next(v for v in schema["enum"] if v is not None)
    if "example" in schema and isinstance(schema["example"], (str, int, float, bool)) and \
            schema.get("type") in ("string", "integer", "number", "boolean") and \
            "format" not in schema:
        return schema["example"]
    for key in ("oneOf", "anyOf"):
        members = [m for m in schema.get(key) or [] if _deref(m, doc).get("type") != "null"]
        if members:
            value = example(members[0], doc, depth, seen, name)
            tag = (schema.get("discriminator") or {}).get("propertyName")
            if tag and isinstance(value, dict) and isinstance(members[0].get("$ref"), str):
                mapping = (schema.get("discriminator") or {}).get("mapping") or {}
                value[tag] = next((k for k, v in mapping.items() if v == members[0]["$ref"]),
                                  members[0]["$ref"].rsplit("/", 1)[1])
            return value
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, doc, depth, seen, name)
            if isinstance(value, dict):
                merged.update(value)
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        own = example(rest, doc, depth, seen, name) if "properties" in rest else {}
        return {**merged, **(own if isinstance(own, dict) else {})}
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((t for t in kind if t != "null"), "null")
    if kind is None and ("properties" in schema or "additionalProperties" in schema):
        kind = "object"
    if kind == "string":
        return FORMATS.get(str(schema.get("format")), f"{name}-value")
    if kind == "integer":
        return 3
    if kind == "number":
        return 2.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "array":
        item = example(schema.get("items") or {}, doc, depth + 1, seen, name) if depth < 6 else None
        return [] if item is None else [item]
    if kind == "object":
        required = set(schema.get("required") or [])
        value = {}
        for name, prop in (schema.get("properties") or {}).items():
            if depth > 4 and name not in required:
                continue
            item = example(prop, doc, depth + 1, seen, name)
            if item is not None or name in required:
                value[name] = item
        return value
    return "text"


def first_scalar(value: Any, trail: tuple[Any, ...] = ()) -> tuple[tuple[Any, ...], Any] | None:
    """The shallowest plain string (else number or boolean) in `value`, and where it is."""
    layer = [(trail, value)]
    for wanted in ((str,), (int, float, bool)):
        queue = list(layer)
        while queue:
            where, node = queue.pop(0)
            if isinstance(node, dict):
                items = list(node.items())
            elif isinstance(node, list):
                items = list(enumerate(node))
            else:
                continue
            for key, child in items:
                if isinstance(child, wanted) and not (isinstance(child, str) and child in
                                                      FORMATS.values()):
                    return where + (key,), child
                queue.append((where + (key,), child))
    return None


def attribute(result: Any, trail: tuple[Any, ...]) -> Any:
    """Follow a JSON trail through the parsed result: model fields by their wire names."""
    for key in trail:
        if set(getattr(type(result), "model_fields", ())) == {"root"}:
            result = result.root
        if isinstance(key, int):
            result = result[key]
        elif isinstance(result, dict):
            result = result[key]
        else:
            fields = type(result).model_fields
            name = next((n for n, f in fields.items() if (f.alias or n) == key), None)
            assert name is not None, f"{type(result).__name__} has no field for {key!r}"
            result = getattr(result, name)
    return result


def plain(result: Any) -> Any:
    """The JSON value behind a parsed scalar result: root model, enum member, or raw body."""
    if set(getattr(type(result), "model_fields", ())) == {"root"}:
        result = result.root
    if isinstance(result, enum.Enum):
        return result.value
    if isinstance(getattr(result, "content", None), bytes):  # a binary response
        return json.loads(result.content)
    return result


def argument(schema: Any, doc: dict[str, Any], name: str) -> Any:
    schema = _deref(schema, doc) or {}
    value = example(schema, doc)
    return "v1" if value is None or isinstance(value, (dict, list)) else value


def _sendable(scheme: Any) -> bool:
    if not isinstance(scheme, dict):
        return False
    kind = scheme.get("type")
    return (kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie")) or \
        (kind == "http" and str(scheme.get("scheme", "")).lower() in ("bearer", "basic")) or \
        kind in ("oauth2", "openIdConnect")


def expected_auth(doc: dict[str, Any], op: dict[str, Any],
                  arguments: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """What the operation must send, read from the spec alone (the client holds every
    credential, `cred-<argument>`): the first alternative of its `security` (else the
    document's) that needs something and that the client can send; nothing when none does."""
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    for alternative in op.get("security", doc.get("security")) or []:
        if not alternative or not all(_sendable(schemes.get(n)) for n in alternative):
            continue
        out: dict[str, str] = {}
        for name in alternative:
            scheme, values = schemes[name], [f"cred-{a}" for a in arguments[name]]
            if scheme["type"] == "apiKey":
                where = {"header": "", "query": "?", "cookie": "cookie:"}[scheme["in"]]
                out[where + (scheme["name"].lower() if where == "" else scheme["name"])] = \
                    values[0]
            elif str(scheme.get("scheme", "")).lower() == "basic":
                pair = base64.b64encode(f"{values[0]}:{values[1]}".encode()).decode()
                out["authorization"] = f"Basic {pair}"
            else:
                out["authorization"] = f"Bearer {values[0]}"
        return out
    return {}


def sent_auth(request: Any, doc: dict[str, Any]) -> dict[str, str]:
    """What the request carries of any credential: `Authorization`, the headers, query
    parameters and cookies the spec's apiKey schemes name (`?key`, `cookie:name`)."""
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    keys = [s for s in schemes.values() if isinstance(s, dict) and s.get("type") == "apiKey"]
    out = {}
    if "authorization" in request.headers:
        out["authorization"] = request.headers["authorization"]
    cookies = dict(c.strip().split("=", 1) for c in request.headers.get("cookie", "").split(";")
                   if "=" in c)
    for scheme in keys:
        name = str(scheme.get("name"))
        if scheme.get("in") == "header" and name.lower() in request.headers:
            out[name.lower()] = request.headers[name.lower()]
        elif scheme.get("in") == "query" and name in request.query:
            out["?" + name] = request.query[name][0]
        elif scheme.get("in") == "cookie" and name in cookies:
            out["cookie:" + name] = cookies[name]
    return out


def load_package(folder: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("spec", params("call", CALLED))
def test_one_call_against_a_local_server(corpus: dict[str, Generated], spec: str,
                                         client_server: ScriptedServer) -> None:
    entry = corpus[spec]
    assert entry.error is None, entry.error
    doc = load_spec(PATHS[spec])
    chosen = choose_operation(doc)
    http_method, path = chosen.http_method, chosen.path
    matches = [m for m in entry.methods if m[2].http_method == http_method and m[2].path == path]
    assert len(matches) == 1, f"{http_method.upper()} {path} has no method"
    trail, name, operation = matches[0]

    item, op = doc["paths"][path], doc["paths"][path][http_method]
    spec_params = {(p["in"], p["name"]): p for p in
                   (_deref(p, doc) for p in item.get("parameters", []) + op.get("parameters", []))}
    values: dict[str, Any] = {}
    url_path = path
    for param in operation.path_params:
        value = argument(spec_params[("path", param.name)].get("schema"), doc, param.name)
        values[param.py_name] = value
        url_path = url_path.replace("{" + param.name + "}", quote(str(value), safe=""))
    for param in operation.query_params:
        if param.required:
            values[param.py_name] = argument(spec_params[("query", param.name)].get("schema"),
                                             doc, param.name)
    headers: dict[str, str] = {}
    for param in operation.header_params:  # Xero's `xero-tenant-id`: a typed argument, sent
        if param.required:
            value = argument(spec_params[("header", param.name)].get("schema"), doc, param.name)
            values[param.py_name] = value
            headers[param.name.lower()] = str(value)
    for param in operation.body_params:
        if param.required:
            values[param.py_name] = "text"

    body = chosen.body
    client_server.route(http_method.upper(), url_path, Reply(status=chosen.status, json=body))
    package = load_package(package_dir(entry), f"corpus_call_{stem(spec)}")
    client = getattr(package, entry.client_class)(base_url=client_server.url, max_retries=0,
                                                  **credentials(entry))
    try:
        target: Any = client
        for attr in trail:
            target = getattr(target, attr)
        method = getattr(target, name)
        signature = inspect.signature(method)
        args = [values.pop(p) for p, v in signature.parameters.items()
                if v.kind is inspect.Parameter.POSITIONAL_ONLY and p in values]
        result = method(*args, **values)
    finally:
        client.close()

    assert [(r.method, r.path) for r in client_server.requests] == [(http_method.upper(), url_path)]
    request = client_server.requests[0]
    expected = expected_auth(doc, op, entry.arguments)
    assert sent_auth(request, doc) == expected
    for header, value in headers.items():
        assert client_server.requests[0].headers[header] == value
    if body is None:
        assert result is None
        return
    if not isinstance(body, (dict, list)):  # a scalar body: an enum, a const string
        assert plain(result) == body, result
        return
    probe = first_scalar(body)
    if probe is None:  # nothing but empty containers
        assert result is not None
        return
    trail_in_body, expected = probe
    assert attribute(result, trail_in_body) == expected, (trail_in_body, result)
