"""The rendered files come out of the templates already in black's layout (issue 11), so the
pipeline runs black on none of them.

* for real specs (the golden fixtures, `spec/openapi.yaml`, the 21-operation cut, the whole
  upstream API, every corpus spec that generates, the 13 history versions) every rendered
  Python file is left unchanged by black, and `render_package` asked black for none of them;
* the layout functions against black itself: calls, subscripts, dict displays, unions,
  parameters, return annotations, imports and docstrings of varied lengths and nesting, each
  laid out by `generator/layout.py` and compared with `black.format_str` on the flat line.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import layout
from generator.cache import Cache
from generator.errors import SpecError
from generator.format import LINE_LENGTH, black_format
from tests.support.rendering import rendered

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
              ROOT.parent / "shared")
CONFIG = ROOT / "spec" / "client.yaml"
UPSTREAM = SHARED / "openapi" / "openai-2026-08-21.yaml"
GOLDEN = sorted(p for p in (ROOT / "tests" / "golden").iterdir() if (p / "spec.yaml").is_file())
CORPUS = sorted((SHARED / "corpus" / "specs").iterdir()) if (SHARED / "corpus").is_dir() else []
HISTORY = sorted((SHARED / "openapi" / "history").glob("*.json"))


def _assert_laid_out(spec: Path, config: Path | None, cache: Cache,
                     expected: Path | None = None) -> int:
    """Every rendered .py file of `spec` is black's already, without the fallback (and, with
    `expected`, the committed bytes); returns how many files were checked (0 for a spec the
    generator refuses)."""
    try:
        files, needs_black = rendered(spec, config, cache)
    except SpecError:
        return 0
    if expected is not None:  # what the pipeline wrote before any of this, byte for byte
        # Not the runtime; a feature fixture keeps only its feature's files (tests/golden/*/
        # files.txt), the full one all of them.
        kept = [path for path in files if (expected / path).is_file()]
        assert kept or (expected.parent / "files.txt").is_file(), expected
        differing = [path for path in kept
                     if (expected / path).read_text(encoding="utf-8") != files[path]]
        assert not differing, f"{spec.name}: rendered files differ from {expected}: {differing}"
    assert not needs_black, f"{spec.name}: the layout left {sorted(needs_black)} to black"
    changed = [path for path, text in files.items()
               if path.endswith(".py") and black_format(path, text) != text]
    assert not changed, f"{spec.name}: black would reformat {changed}"
    return sum(path.endswith(".py") for path in files)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Cache:
    return Cache(tmp_path_factory.mktemp("layout-cache"))


@pytest.mark.parametrize("fixture", GOLDEN, ids=[p.name for p in GOLDEN])
def test_golden_fixture_rendered_in_black_layout(fixture: Path, cache: Cache) -> None:
    config = fixture / "client.yaml"
    assert _assert_laid_out(fixture / "spec.yaml", config if config.is_file() else None,
                            cache, fixture / "expected") > 0


def test_our_spec_and_its_history_rendered_in_black_layout(cache: Cache) -> None:
    assert len(HISTORY) == 13, f"expected the 13 history versions under {SHARED}"
    assert _assert_laid_out(ROOT / "spec" / "openapi.yaml", CONFIG, cache, ROOT / "generated")
    for spec in HISTORY:
        assert _assert_laid_out(spec, CONFIG, cache) > 0, spec


def test_cut_rendered_in_black_layout(cache: Cache, tmp_path: Path) -> None:
    cut = tmp_path / "cut.yaml"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "spec_cut.py"), str(UPSTREAM),
                    str(cut), "/evals", "/batches", "/files"], check=True, cwd=ROOT,
                   capture_output=True)
    assert _assert_laid_out(cut, CONFIG, cache) > 10


@pytest.mark.parametrize("name", ["openai-2026-08-21.yaml", "openai-2026-07-22.yaml"])
def test_whole_upstream_api_rendered_in_black_layout(name: str, cache: Cache) -> None:
    assert _assert_laid_out(SHARED / "openapi" / name, None, cache) > 100


def test_corpus_rendered_in_black_layout(cache: Cache) -> None:
    assert len(CORPUS) == 33, f"expected the 33 corpus specs under {SHARED / 'corpus'}"
    generated = [spec.name for spec in CORPUS if _assert_laid_out(spec, None, cache)]
    assert len(generated) >= 28, generated  # 5 are refused on purpose


def test_pipeline_runs_black_on_no_rendered_file(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A cold run submits no rendered file to black, and writes what it wrote before (the
    committed `generated/`)."""
    from generator import pipeline

    submitted: list[str] = []
    real = pipeline.submit_format

    def recording(jobs, path, code):  # type: ignore[no-untyped-def]
        submitted.append(path)
        return real(jobs, path, code)

    monkeypatch.setattr(pipeline, "submit_format", recording)
    files = pipeline.generate(ROOT / "spec" / "openapi.yaml", CONFIG, Cache(tmp_path)).files
    assert submitted == []
    generated = {p.relative_to(ROOT / "generated").as_posix(): p.read_text(encoding="utf-8")
                 for p in (ROOT / "generated").rglob("*") if p.is_file()}
    assert {path: files[path] for path in generated if path in files} == \
        {path: generated[path] for path in generated if path in files}
    assert any(path.endswith("resources/evals.py") for path in files)


# --- the layout functions against black ------------------------------------------------------

_MODE = None


def _black(source: str) -> str:
    global _MODE
    import black

    if _MODE is None:
        _MODE = black.Mode(target_versions={black.TargetVersion.PY310},
                           line_length=LINE_LENGTH)
    return black.format_str(source, mode=_MODE)


def _nest(depth: int) -> tuple[str, str]:
    """Source that puts the next line at `depth` (a class, then defs), and its indentation."""
    lines = ["class C:"] + [f"{'    ' * d}def f{d}(self):" for d in range(1, depth)]
    return "\n".join(lines) + "\n" if depth else "", "    " * depth


def _compare(lines: list[str], flat: str, depth: int, after: str = "") -> None:
    head, pad = _nest(depth)
    want = _black(head + pad + flat + "\n" + after)
    got = head + "\n".join(lines) + "\n" + after
    assert _black(got) == got, f"not black-stable:\n{got}"
    assert got == want, f"layout:\n{got}\nblack:\n{want}"


_names = st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=30).map(lambda s: "n" + s)
# class names up to 100 characters: some heads do not fit even alone
_classes = st.one_of(
    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij", min_size=1, max_size=45),
    st.integers(60, 100).map(lambda n: "Long" * (n // 4)),
).map(lambda s: "T" + s)
_strings = st.text("abcdefghij /{}_-,|()[]'\\\"é", max_size=70).map(layout.pystr)


# a function, a method, a method of an attribute: `f`, `self.f`, `self.with_raw_response.f`
_callees = st.lists(_names, min_size=1, max_size=3).map(".".join)


def _types() -> st.SearchStrategy[str]:
    literal = st.lists(_strings, min_size=1, max_size=8).map(lambda v: f"Literal[{', '.join(v)}]")
    base = st.one_of(_classes, literal, st.sampled_from(["str", "int", "object", "None"]))
    return st.recursive(base, lambda inner: st.one_of(
        inner.map(lambda t: f"Sequence[{t}]"),
        st.tuples(inner).map(lambda t: f"dict[str, {t[0]}]"),
        st.lists(inner, min_size=2, max_size=5).map(" | ".join),
    ), max_leaves=8)


def _values() -> st.SearchStrategy[str]:
    base = st.one_of(_names, _strings, _classes.map(lambda c: f"{c}.{c.lower()}"))
    return st.recursive(base, lambda inner: st.one_of(
        st.tuples(_callees, st.lists(inner, max_size=6), st.lists(st.tuples(_names, inner),
                                                                   max_size=6),
                  st.booleans()).map(
            lambda t: f"{t[0]}({', '.join(t[1] + [f'{k}={v}' for k, v in t[2]])}"
                      f"{',' if t[3] and (t[1] or t[2]) else ''})"),
        st.lists(st.tuples(_strings, inner), max_size=6).map(
            lambda kv: "{" + ", ".join(f"{k}: {v}" for k, v in kv) + "}"),
        st.lists(inner, max_size=5).map(lambda v: f"frozenset({{{', '.join(v)}}})"
                                        if v else "frozenset()"),
    ), max_leaves=12)


_settings = settings(max_examples=400, deadline=None, derandomize=True,
                     suppress_health_check=[HealthCheck.too_slow])


def _decided(fn, *args) -> list[str] | None:
    try:
        return layout.check(fn(*args))
    except layout.Undecided:
        return None


@_settings
@given(value=_values(), target=_names, depth=st.integers(0, 4),
       form=st.sampled_from(["assign", "return", "await"]))
def test_statement_like_black(value: str, target: str, depth: int, form: str) -> None:
    flat = {"assign": f"{target} = {value}", "return": f"return {value}",
            "await": f"{target} = await {value}"}[form]
    lines = _decided(layout.line, flat, depth)
    if lines is not None:
        _compare(lines, flat, depth)


@_settings
@given(value=_values(), key=_names, depth=st.integers(1, 4),
       form=st.sampled_from(["{key}={value},", "{value},", "lambda: {value},",
                             "{key}=lambda {key}: {value},"]))
def test_call_element_like_black(value: str, key: str, depth: int, form: str) -> None:
    """One element of a call the template writes one element per line (magic comma)."""
    element = form.format(key=key, value=value)
    lines = _decided(layout.line, element, depth + 1)
    if lines is not None:
        head, pad = _nest(depth)
        got = head + pad + "return g(\n" + "\n".join(lines) + "\n" + pad + ")\n"
        assert got == _black(got) == _black(head + pad + f"return g({element})\n")


@_settings
@given(annotation=_types(), name=_names, optional=st.booleans(), returns=_types())
def test_signature_like_black(annotation: str, name: str, optional: bool, returns: str) -> None:
    tail = " = NOT_GIVEN," if optional else ","
    annotation = annotation + (" | NotGiven" if optional else "")
    param = _decided(layout.annotated, f"{name}: ", annotation, tail, 2)
    ret = _decided(layout.annotated, ") -> ", returns, ":", 1)
    if param is None or ret is None:
        return
    source = "class C:\n    def f(\n        self,\n" + "\n".join(param) + "\n" + "\n".join(ret) \
        + "\n        pass\n"
    flat = f"class C:\n    def f(self, {name}: {annotation}{tail[:-1]},) -> {returns}:\n" \
        "        pass\n"
    assert source == _black(source) == _black(flat)


@_settings
@given(names=st.lists(_classes, min_size=1, max_size=12, unique=True), module=_names,
       depth=st.integers(0, 2))
def test_import_like_black(names: list[str], module: str, depth: int) -> None:
    lines = _decided(layout.from_import, "." + module, names, depth)
    assert lines is not None  # an import is always decided
    _compare(lines, f"from .{module} import {', '.join(names)}", depth)


_prose = st.lists(st.one_of(
    st.text("abc xyz\"'\\`.,:-", max_size=110),
    st.text(" ", min_size=1, max_size=6).map(lambda pad: pad + "indented code line"),
    st.just(""),
), min_size=1, max_size=6)


@_settings
@given(paragraphs=_prose, depth=st.integers(1, 3), closing_alone=st.booleans())
def test_docstring_like_black(paragraphs: list[str], depth: int, closing_alone: bool) -> None:
    pad = "    " * depth
    body = ("\n" + pad).join(p.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
                             for p in paragraphs)
    if body.endswith('"') and not closing_alone:
        body += " "
    text = '"""' + body + ("\n" + pad if closing_alone else "") + '"""'
    try:
        lines = [pad + layout.docstring(text, depth)]
    except layout.Undecided:
        return
    head = "class C:\n" + "".join(f"{'    ' * d}def f{d}(self):\n" for d in range(1, depth))
    head = head if depth > 1 else "class C:\n"
    got = head + lines[0] + "\n"
    assert got == _black(got) == _black(head + pad + text + "\n")


@pytest.mark.parametrize("items, depth", [
    (["extra_headers=extra_headers", "extra_query=extra_query", "extra_body=extra_body",
      "timeout=timeout"], 3),              # every method's options: body 101 columns, split
    (["a" * 30, "b" * 30, "c" * 25], 1),   # the line is exactly 100 columns: kept whole
    (["a" * 30, "b" * 30, "c" * 26], 1),   # one more: split, the body on one line
    (["a" * 30, "b" * 30, "c" * 28], 1),   # the body exactly 100 columns at depth 2
    (["a" * 30, "b" * 30, "c" * 29], 1),   # one more: one element per line
])
def test_fits_at_the_line_length_exactly(items: list[str], depth: int) -> None:
    flat = f"x = f({', '.join(items)})"
    lines = layout.line(flat, depth)
    _compare(lines, flat, depth)


@_settings
@given(name=_names, cls=_classes, form=st.sampled_from(["property", "init", "class"]))
def test_short_defs_like_black(name: str, cls: str, form: str) -> None:
    """The one-line defs and class lines of the templates, with names of any length."""
    flat, depth = {"property": (f"def {name}(self) -> {cls}:", 1),
                   "init": (f"def __init__(self, resource: {cls}) -> None:", 1),
                   "class": (f"class {cls}:", 0)}[form]
    lines = _decided(layout.line, flat, depth)
    if lines is not None:
        _compare(lines, flat, depth, after="    " * (depth + 1) + "pass\n")


@pytest.mark.parametrize("char", ["é", "中", "“", "😀", "\u2630", "\u4dc0", "\U0001d360",
                                  "\U0001f3fb", "\u0301"])
@pytest.mark.parametrize("count", [44, 45, 46, 47, 90, 91, 92])
def test_wide_characters_counted_as_black_counts_them(char: str, count: int) -> None:
    """Black counts columns, not characters, by a table of its own: a wide character is two, a
    combining one none (trigrams, hexagrams and counting rods two, skin-tone modifiers one,
    whatever this Python's Unicode tables say). Every case is decided."""
    flat = f'x = f("{char * count}", y)'
    _compare(layout.line(flat, 0), flat, 0)


@pytest.mark.parametrize("space", ["\u00a0", "\u3000", "\u2003"])
@pytest.mark.parametrize("where", ["end of the first line", "start of the first line",
                                   "end of a line", "start of a line", "a line alone"])
def test_docstring_other_spaces_like_black(space: str, where: str) -> None:
    """Black strips every kind of white space a str method strips, not only ASCII spaces."""
    pad = "    "
    body = {"end of the first line": f"Summary.{space}",
            "start of the first line": f"{space}Summary.",
            "end of a line": f"Summary.\n\n{pad}Line two{space}\n{pad}",
            "start of a line": f"Summary.\n\n{pad}{space}Line two\n{pad}",
            "a line alone": f"Summary.\n{pad}{space}\n{pad}text\n{pad}"}[where]
    text = '"""' + body + '"""'
    got = "class C:\n" + pad + layout.docstring(text, 1) + "\n"
    assert got == _black(got) == _black("class C:\n" + pad + text + "\n")


def test_def_without_parameters_is_left_to_black() -> None:
    with pytest.raises(layout.Undecided):
        layout.line("def f() -> " + "X" * 95 + ":", 1)
