"""Check that spec/openapi.yaml agrees on the wire with the upstream OpenAI spec.

For every operation listed in spec/client.yaml we compare parameters, request
bodies and responses, resolving `$ref`s on both sides. Prose (descriptions,
titles, examples) and `x-*` extensions are ignored; everything else must match.
"""

import copy
import json
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
OUR_SPEC = ROOT / "spec" / "openapi.yaml"
CLIENT_CONFIG = ROOT / "spec" / "client.yaml"
UPSTREAM_DIR = ROOT.parent / "shared" / "openapi"
UPSTREAM_SPEC = UPSTREAM_DIR / "openai-2026-08-21.yaml"

ANNOTATIONS = {"description", "title", "summary", "example", "examples", "$comment"}
COMPOSITIONS = ("oneOf", "anyOf", "allOf")
# The one documented deviation: upstream declares the download endpoint as a JSON
# string, but the server sends raw bytes.
RAW_DOWNLOAD = ("GET", "/files/{file_id}/content", "200")
RAW_DOWNLOAD_CONTENT = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


def _load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@pytest.fixture(scope="module")
def upstream():
    if not UPSTREAM_SPEC.is_file():
        pytest.fail(f"upstream OpenAPI spec not found at {UPSTREAM_SPEC}; it is expected "
                    "next to the repository in ../shared/openapi/", pytrace=False)
    return _load(UPSTREAM_SPEC)


@pytest.fixture(scope="module")
def ours():
    return _load(OUR_SPEC)


def client_operations():
    """All "METHOD /path" strings of the client.yaml resource tree, in order."""
    ops = []

    def walk(node):
        for value in node.values():
            if isinstance(value, dict):
                walk(value)
            else:
                method, path = value.split()
                ops.append((method.upper(), path))

    walk(_load(CLIENT_CONFIG)["resources"])
    return ops


OPERATIONS = client_operations()


# --- comparison -----------------------------------------------------------------

def deref(doc, node):
    """Follow local `$ref`s; return (resolved node, last ref or None)."""
    ref = None
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        node = doc
        for part in ref.lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node, ref


def _significant(schema):
    return {k: v for k, v in schema.items() if k not in ANNOTATIONS and not k.startswith("x-")}


def _norm_default(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


def _short(value):
    return json.dumps(value, sort_keys=True, default=str)


def is_open_object(schema):
    return (isinstance(schema, dict) and schema.get("type") == "object"
            and schema.get("additionalProperties") is True
            and set(schema.get("properties", {})) <= {"type"}
            and not any(k in schema for k in COMPOSITIONS + ("items",)))


def check_open(up_doc, up, needs_type, loc, errors, seen=frozenset()):
    """Our open object stands in for `up`: it must be an object or a union of objects."""
    up, ref = deref(up_doc, up)
    if ref in seen:
        return
    seen = seen | {ref}
    variants = [v for kw in ("oneOf", "anyOf") for v in up.get(kw, [])]
    if variants:
        for i, variant in enumerate(variants):
            check_open(up_doc, variant, needs_type, f"{loc}.variant[{i}]", errors, seen)
        return
    members = [up] + [deref(up_doc, m)[0] for m in up.get("allOf", [])]
    if not any(m.get("type") == "object" or "properties" in m for m in members):
        errors.append(f"{loc}: open object in ours, but upstream is not an object ({_short(up)[:80]})")
    elif needs_type and not any("type" in m.get("required", []) and "type" in m.get("properties", {})
                                for m in members):
        errors.append(f"{loc}: ours requires `type`, upstream variant {ref or ''} does not")


def compare_schema(our_doc, up_doc, ours, up, loc, errors, visited):
    ours, our_ref = deref(our_doc, ours)
    up, up_ref = deref(up_doc, up)
    if our_ref or up_ref:
        if (our_ref, up_ref) in visited:
            return
        visited = visited | {(our_ref, up_ref)}
    if our_ref != up_ref:  # same component names, and $ref vs inline kept as upstream has it
        errors.append(f"{loc}: $ref {our_ref or '(inline)'} != {up_ref or '(inline)'}")
    if not isinstance(ours, dict) or not isinstance(up, dict):
        if ours != up:
            errors.append(f"{loc}: {_short(ours)} != {_short(up)}")
        return
    if is_open_object(ours):
        check_open(up_doc, up, "type" in ours.get("required", []), loc, errors)
        return
    a, b = _significant(ours), _significant(up)
    for key in sorted(set(a) | set(b)):
        if key not in a or key not in b:
            side = "ours" if key in a else "upstream"
            errors.append(f"{loc}: `{key}` only in {side}: {_short(a.get(key, b.get(key)))[:80]}")
        elif key == "properties":
            if set(a[key]) != set(b[key]):
                errors.append(f"{loc}: property names differ: only ours {sorted(set(a[key]) - set(b[key]))},"
                              f" only upstream {sorted(set(b[key]) - set(a[key]))}")
            for name in sorted(a[key].keys() & b[key].keys()):
                compare_schema(our_doc, up_doc, a[key][name], b[key][name], f"{loc}.{name}", errors, visited)
        elif key in COMPOSITIONS:
            if len(a[key]) != len(b[key]):
                errors.append(f"{loc}: {key} has {len(a[key])} variants != {len(b[key])}")
            for i, (x, y) in enumerate(zip(a[key], b[key])):
                compare_schema(our_doc, up_doc, x, y, f"{loc}.{key}[{i}]", errors, visited)
        elif key in ("items", "additionalProperties", "not") and isinstance(a[key], dict) and isinstance(b[key], dict):
            compare_schema(our_doc, up_doc, a[key], b[key], f"{loc}.{key}", errors, visited)
        elif key in ("enum", "required"):
            if set(map(_short, a[key])) != set(map(_short, b[key])):
                errors.append(f"{loc}: {key} {_short(sorted(a[key], key=_short))} != "
                              f"{_short(sorted(b[key], key=_short))}")
        elif key == "discriminator":
            if a[key].get("propertyName") != b[key].get("propertyName") or \
                    set(a[key].get("mapping", {})) != set(b[key].get("mapping", {})):
                errors.append(f"{loc}: discriminator {_short(a[key])} != {_short(b[key])}")
        elif key == "default":
            if _norm_default(a[key]) != _norm_default(b[key]):
                errors.append(f"{loc}: default {_short(a[key])} != {_short(b[key])}")
        elif a[key] != b[key]:
            errors.append(f"{loc}: {key} {_short(a[key])} != {_short(b[key])}")


def _parameters(doc, path_item, op):
    params = {}
    for p in path_item.get("parameters", []) + op.get("parameters", []):
        p, _ = deref(doc, p)
        params[(p["name"], p["in"])] = p
    return params


def _compare_content(our_doc, up_doc, ours, up, loc, errors):
    ours, up = ours or {}, up or {}
    if set(ours) != set(up):
        errors.append(f"{loc}: media types {sorted(ours)} != {sorted(up)}")
    for media in sorted(ours.keys() & up.keys()):
        compare_schema(our_doc, up_doc, ours[media].get("schema"), up[media].get("schema"),
                       f"{loc} {media} ", errors, frozenset())


def compare_operation(our_doc, up_doc, method, path):
    """Return a list of human-readable differences for one operation."""
    op_name, errors = f"{method} {path}", []
    our_item, up_item = our_doc.get("paths", {}).get(path, {}), up_doc.get("paths", {}).get(path, {})
    ours, up = our_item.get(method.lower()), up_item.get(method.lower())
    if ours is None or up is None:
        return [f"{op_name}: missing in {'ours' if ours is None else 'upstream'}"]
    if ours.get("operationId") != up.get("operationId"):
        errors.append(f"{op_name}: operationId {ours.get('operationId')} != {up.get('operationId')}")

    our_params, up_params = _parameters(our_doc, our_item, ours), _parameters(up_doc, up_item, up)
    if set(our_params) != set(up_params):
        errors.append(f"{op_name} parameters: {sorted(our_params)} != {sorted(up_params)}")
    for key in sorted(our_params.keys() & up_params.keys()):
        a, b, loc = our_params[key], up_params[key], f"{op_name} parameter {key[1]}:{key[0]}"
        if bool(a.get("required")) != bool(b.get("required")):
            errors.append(f"{loc}: required {a.get('required')} != {b.get('required')}")
        for field in ("style", "explode", "allowEmptyValue", "deprecated"):
            if a.get(field) != b.get(field):
                errors.append(f"{loc}: {field} {a.get(field)} != {b.get(field)}")
        compare_schema(our_doc, up_doc, a.get("schema"), b.get("schema"), f"{loc} ", errors, frozenset())

    our_body, up_body = deref(our_doc, ours.get("requestBody"))[0], deref(up_doc, up.get("requestBody"))[0]
    if (our_body is None) != (up_body is None):
        errors.append(f"{op_name} requestBody: present in {'ours' if our_body else 'upstream'} only")
    elif our_body is not None:
        if bool(our_body.get("required")) != bool(up_body.get("required")):
            errors.append(f"{op_name} requestBody: required {our_body.get('required')} != {up_body.get('required')}")
        _compare_content(our_doc, up_doc, our_body.get("content"), up_body.get("content"),
                         f"{op_name} requestBody", errors)

    our_resp = {str(k): v for k, v in ours.get("responses", {}).items()}
    up_resp = {str(k): v for k, v in up.get("responses", {}).items()}
    if set(our_resp) != set(up_resp):
        errors.append(f"{op_name} responses: {sorted(our_resp)} != {sorted(up_resp)}")
    for code in sorted(our_resp.keys() & up_resp.keys()):
        a, b = deref(our_doc, our_resp[code])[0], deref(up_doc, up_resp[code])[0]
        loc = f"{op_name} responses.{code}"
        if (method, path, code) == RAW_DOWNLOAD:
            if a.get("content") != RAW_DOWNLOAD_CONTENT:
                errors.append(f"{loc}: expected the documented raw-bytes response {_short(RAW_DOWNLOAD_CONTENT)}")
            if set(b.get("content", {})) != {"application/json"}:
                errors.append(f"{loc}: upstream changed; revisit the documented exception")
            continue
        _compare_content(our_doc, up_doc, a.get("content"), b.get("content"), loc, errors)
        a_headers, b_headers = a.get("headers", {}), b.get("headers", {})
        if set(a_headers) != set(b_headers):
            errors.append(f"{loc}: headers {sorted(a_headers)} != {sorted(b_headers)}")
        for name in sorted(a_headers.keys() & b_headers.keys()):
            compare_schema(our_doc, up_doc, deref(our_doc, a_headers[name])[0].get("schema"),
                           deref(up_doc, b_headers[name])[0].get("schema"),
                           f"{loc} header {name} ", errors, frozenset())
    return errors


# --- tests ----------------------------------------------------------------------

def test_operations_match_client_config(ours):
    in_spec = {(m.upper(), p) for p, item in ours["paths"].items()
               for m in item if m in {"get", "post", "put", "patch", "delete"}}
    assert len(OPERATIONS) == len(set(OPERATIONS)), "client.yaml names an operation twice"
    assert in_spec == set(OPERATIONS)


def test_spec_header(ours):
    assert ours["openapi"] == "3.1.0"
    assert ours["servers"] == [{"url": "https://api.openai.com/v1"}]
    scheme = ours["components"]["securitySchemes"]["ApiKeyAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert ours["security"] == [{"ApiKeyAuth": []}]
    text = OUR_SPEC.read_text(encoding="utf-8")
    assert "x-oai" not in text and "x-stainless" not in text


@pytest.mark.parametrize("method,path", OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_operation_matches_upstream(ours, upstream, method, path):
    op = ours["paths"][path][method.lower()]
    assert op.get("summary") and op.get("description"), "every operation needs summary and description"
    errors = compare_operation(ours, upstream, method, path)
    assert not errors, "\n".join(errors)


def test_comparison_detects_planted_differences(ours, upstream):
    mutated = copy.deepcopy(ours)
    run = mutated["components"]["schemas"]["EvalRun"]["properties"]
    run["report_uri"] = run.pop("report_url")
    endpoints = mutated["components"]["schemas"]["CreateBatchRequest"]["properties"]["endpoint"]["enum"]
    endpoints.remove("/v1/embeddings")
    params = mutated["components"]["schemas"]["CreateEvalCompletionsRunDataSource"]["properties"]
    params["sampling_params"]["properties"]["temperature"]["type"] = "integer"

    run_errors = "\n".join(compare_operation(mutated, upstream, "POST", "/evals/{eval_id}/runs"))
    assert "report_uri" in run_errors and "report_url" in run_errors
    assert ".data_source.oneOf[1].sampling_params.temperature: type" in run_errors
    batch_errors = "\n".join(compare_operation(mutated, upstream, "POST", "/batches"))
    assert "requestBody application/json .endpoint: enum" in batch_errors
    assert not compare_operation(ours, upstream, "POST", "/batches")
