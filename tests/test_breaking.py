"""The change summary's breaking-change classification, one small spec pair per kind of change
(tests/breaking/base.yaml against tests/breaking/<case>/new.yaml, with the case's client.yaml
when it has one; a case with its own `old.yaml` or `old_client.yaml` starts from those), and
`--fail-on-breaking`, `--summary-format markdown` and `bump_version` as a user runs them:
through the CLI and `make`."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from generator.machinery.cache import DEFAULT_DIR, Cache
from generator.pipeline import generate
from generator.review import RULES, read_surface, render_markdown, summarize, surface
from tests.support.project import our_config

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "breaking"
BASE, CONFIG = CASES / "base.yaml", CASES / "client.yaml"

# case -> (version bump, {(kind, where)}). Breaking or not follows from the kind (summary.RULES),
# and is checked below against what each kind is meant to be.
EXPECTED: dict[str, tuple[str | None, set[tuple[str, str]]]] = {
    "method_removed": ("major", {("method.removed", "widgets.list")}),
    "method_renamed": ("major", {("method.renamed", "widgets.list")}),
    "resource_removed": ("major", {("resource.removed", "widgets.parts"),
                                   ("model.removed", "Part"), ("model.removed", "Colored")}),
    "resource_renamed": ("major", {("resource.renamed", "widgets")}),
    "argument_removed": ("major", {("request.removed", "widgets.list")}),
    "argument_renamed": ("major", {("request.renamed", "widgets.list")}),
    "argument_made_required": ("major", {("request.made_required", "widgets.create")}),
    "argument_required_added": ("major", {("request.added_required", "widgets.create")}),
    "argument_type_narrowed": ("major", {("request.type_narrowed", "widgets.create")}),
    "argument_type_changed": ("major", {("request.type_changed", "widgets.list")}),
    # The last path parameter is the positional one: swapping the path's order makes part_id
    # keyword-only and widget_id positional.
    "positional_and_keyword_swapped": ("major", {
        ("request.positional_to_keyword", "widgets.parts.retrieve"),
        ("request.keyword_to_positional", "widgets.parts.retrieve"),
        ("request.reordered", "widgets.parts.retrieve"),
        ("method.request", "widgets.parts.retrieve")}),
    "request_enum_value_removed": ("major", {("request.enum_value_removed", "widgets.create")}),
    "request_enum_value_added": ("minor", {("request.enum_value_added", "widgets.create")}),
    "optional_argument_added": ("minor", {("request.added", "widgets.list")}),
    "response_field_removed": ("major", {("response.field_removed", "Widget")}),
    "response_field_made_optional": ("major", {("response.made_optional", "Widget")}),
    "response_field_made_nullable": ("major", {("response.made_optional", "Widget")}),
    "response_field_type_changed": ("major", {("response.type_changed", "Widget")}),
    "response_field_added": ("minor", {("response.field_added", "Widget")}),
    "response_field_made_required": ("patch", {("response.made_required", "Widget")}),
    "response_enum_value_added": ("minor", {("response.enum_value_added", "Widget")}),
    "model_removed": ("major", {("model.removed", "Dimensions"),
                                ("response.field_removed", "Widget")}),
    "model_renamed": ("major", {("model.renamed", "Dimensions")}),
    "param_class_renamed": ("major", {("param.renamed", "OptionsParam")}),
    "union_variant_removed": ("major", {("request.variant_removed", "widgets.create"),
                                        ("response.variant_removed", "Widget"),
                                        ("model.removed", "Square"),
                                        ("param.removed", "SquareParam")}),
    "new_model": ("minor", {("model.added", "Owner"), ("response.field_added", "Widget")}),
    "descriptions_changed": ("patch", {("method.description", "widgets.create"),
                                       ("description", "Widget")}),
    "nothing_changed": (None, set()),
    # The other kinds of summary.RULES.
    "method_added": ("minor", {("method.added", "widgets.delete")}),
    "resource_added": ("minor", {("resource.added", "things")}),
    "method_returns_changed": ("major", {("method.returns", "widgets.retrieve")}),
    "argument_made_optional": ("minor", {("request.made_optional", "widgets.create")}),
    "request_type_widened": ("minor", {("request.type_widened", "widgets.create")}),
    "response_field_renamed": ("major", {("response.field_renamed", "Widget")}),
    "response_enum_value_removed": ("patch", {("response.enum_value_removed", "Widget")}),
    "response_variant_added": ("minor", {("response.variant_added", "Widget"),
                                         ("model.added", "Triangle")}),
    # Tags (an alias) may be None now, but the one field it types was optional already.
    "alias_made_nullable": ("patch", {("response.alias_made_nullable", "Tags")}),
    # The request body's TypedDict: callers pass keyword arguments, they never name it.
    "body_renamed": ("patch", {("body.renamed", "CreateWidgetRequestParam")}),
    "request_variant_added": ("minor", {("request.variant_added", "widgets.create"),
                                        ("param.added", "TriangleParam")}),
    "param_class_added": ("minor", {("request.added", "widgets.create"),
                                    ("param.added", "LabelParam")}),
    # `finish: str | Literal["matte", "gloss"]`: any string is still accepted.
    "known_value_removed": ("patch", {("request.known_value_removed", "widgets.create")}),
    "response_default_changed": ("patch", {("response.default_changed", "Widget")}),
    # `deprecated: true` on a field (and on a new one, reported as added): reads never warn.
    "response_field_deprecated": ("minor", {("response.field_deprecated", "Widget"),
                                            ("response.field_added", "Widget")}),
    # Part no longer extends Colored (allOf): isinstance(part, Colored) turns False.
    "model_base_changed": ("major", {("model.base_changed", "Part"),
                                     ("model.removed", "Colored")}),
    # A resource whose class name starts with `Async` (`AsyncJobs`, its async twin
    # `AsyncAsyncJobs`) is a resource like any other: the summary reads the client's structure.
    "async_jobs_method_removed": ("major", {("method.removed", "async_jobs.cancel")}),
}

# What the issue asks each kind to be, independently of the table in summary.py.
BREAKING = {"method.removed", "method.renamed", "resource.removed", "resource.renamed",
            "request.removed", "request.renamed", "request.made_required",
            "request.added_required", "request.type_narrowed", "request.type_changed",
            "request.positional_to_keyword", "request.reordered", "request.enum_value_removed",
            "request.variant_removed", "response.field_removed", "response.made_optional",
            "response.type_changed", "response.variant_removed", "model.removed",
            "model.renamed", "param.removed", "param.renamed", "method.returns",
            "response.field_renamed", "model.base_changed"}
NOT_BREAKING = {"request.added", "request.enum_value_added", "response.field_added",
                "model.added", "description", "method.description", "method.request",
                "request.keyword_to_positional", "response.enum_value_added",
                "response.made_required", "method.added", "resource.added",
                "request.made_optional", "request.type_widened", "response.enum_value_removed",
                "response.variant_added", "response.alias_made_nullable", "body.renamed",
                "request.variant_added", "param.added", "request.known_value_removed",
                "response.default_changed", "response.field_deprecated"}


@pytest.fixture(scope="module")
def cache() -> Cache:
    return Cache(DEFAULT_DIR)


@pytest.fixture(scope="module")
def base_files(cache: Cache) -> dict[str, str]:
    return generate(BASE, CONFIG, cache).files


def _given(case: Path, name: str, default: Path) -> Path:
    return case / name if (case / name).exists() else default


def _old(name: str, cache: Cache, base_files: dict[str, str]) -> dict[str, str]:
    """The case's starting point: the common base unless the case brings its own."""
    case = CASES / name
    if not (case / "old.yaml").exists() and not (case / "old_client.yaml").exists():
        return base_files
    return generate(_given(case, "old.yaml", BASE), _given(case, "old_client.yaml", CONFIG),
                    cache).files


def _case(name: str, cache: Cache) -> dict[str, str]:
    case = CASES / name
    old_spec = _given(case, "old.yaml", BASE)
    spec = _given(case, "new.yaml", old_spec)  # without one: a config-only change
    config = _given(case, "client.yaml", _given(case, "old_client.yaml", CONFIG))
    return generate(spec, config, cache).files


def test_every_case_has_a_fixture_and_an_expectation() -> None:
    on_disk = {p.name for p in CASES.iterdir() if p.is_dir()}
    assert on_disk == set(EXPECTED)
    covered = {kind for _, changes in EXPECTED.values() for kind, _ in changes}
    assert covered == set(RULES), f"kinds without a fixture pair: {set(RULES) - covered}"
    assert BREAKING | NOT_BREAKING == set(RULES) and not BREAKING & NOT_BREAKING


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_pair_is_classified(name: str, cache: Cache, base_files: dict[str, str]) -> None:
    bump, expected = EXPECTED[name]
    summary = summarize(_old(name, cache, base_files), _case(name, cache), "widgets", "1.2.3")
    assert {(c.kind, c.where) for c in summary.changes} == expected, str(summary)
    assert summary.bump == bump
    for c in summary.changes:
        assert c.breaking == (c.kind in BREAKING), c
        assert c.breaking or c.kind in NOT_BREAKING, f"{c.kind} is in no list of this test"
        assert c.reason and c.what
    assert bool(summary.breaking) == (bump == "major")
    assert summary.next_version == {"major": "2.0.0", "minor": "1.3.0", "patch": "1.2.4",
                                    None: "1.2.3"}[bump]


def test_the_surface_is_what_the_client_exposes(cache: Cache, base_files: dict[str, str]) -> None:
    """The methods a caller reaches from the sync client, by attribute path: nested resources
    included, the raw and streaming views and the async twins not, whatever the classes are
    called."""
    assert set(read_surface(base_files, "widgets").methods) == {
        "widgets.create", "widgets.list", "widgets.retrieve", "widgets.parts.retrieve"}
    jobs = _old("async_jobs_method_removed", cache, base_files)
    assert "class AsyncAsyncJobs:" in jobs["widgets/resources/async_jobs.py"]
    assert set(read_surface(jobs, "widgets").methods) == {"async_jobs.retrieve",
                                                          "async_jobs.cancel"}


def test_callers_terms(cache: Cache, base_files: dict[str, str]) -> None:
    """The issue's own example: the argument named on the method, never the body TypedDict."""
    summary = summarize(base_files, _case("argument_made_required", cache), "widgets")
    text = str(summary)
    assert "widgets.create: metadata now required (calls without it fail)" in text
    assert "CreateWidgetRequestParam" not in text
    assert text.splitlines()[0].startswith("1 breaking, 0 other; suggested version bump major")


def test_the_issue_scenario_on_our_spec(tmp_path: Path) -> None:
    """Issue 12 as its user tried it: drop the `order` query parameter of eval runs, make
    `metadata` required on batch creation, drop an endpoint; then `make check` as CI runs it."""
    doc = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    runs = doc["paths"]["/evals/{eval_id}/runs"]["get"]
    runs["parameters"] = [p for p in runs["parameters"] if p.get("name") != "order"]
    doc["components"]["schemas"]["CreateBatchRequest"]["required"].append("metadata")
    del doc["paths"]["/files/{file_id}"]["delete"]
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    config = our_config(tmp_path, (ROOT / "spec" / "client.yaml").read_text().replace(
        "    delete: DELETE /files/{file_id}\n", "").replace(  # and the SDK's name of its answer
        "    FileDeleted: DeleteFileResponse\n", ""))
    proc = _cli("--spec", spec, "--config", config, "--out", ROOT / "generated", "--check",
                "--fail-on-breaking", "--summary-format", "markdown")
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert proc.stdout.split("### Breaking changes (5)\n\n")[1].split("\n\n")[0].splitlines() == [
        "| where | change | why it breaks callers |",
        "| --- | --- | --- |",
        "| `batches.create` | metadata now required | calls without it fail |",
        "| `batches.create_and_poll` | metadata now required | calls without it fail |",
        "| `evals.runs.list` | order removed | callers passing it get a TypeError |",
        "| `files.delete` | removed | calls to it fail |",
        "| `DeleteFileResponse` | removed | importers break |",  # what files.delete returned
    ], proc.stdout
    assert "### Other changes" not in proc.stdout  # no noise: the Args lines went with `order`
    assert "CreateBatchRequestParam" not in proc.stdout
    assert proc.stdout.startswith("## Generated client: major version bump (`0.1.0` → `1.0.0`)")


def test_markdown_puts_breaking_changes_first(cache: Cache, base_files: dict[str, str]) -> None:
    summary = summarize(base_files, _case("union_variant_removed", cache), "widgets", "0.3.1")
    md = render_markdown(summary)
    assert md.startswith("## Generated client: major version bump (`0.3.1` → `1.0.0`)")
    table = md.index("| `widgets.create` | shape: SquareParam no longer accepted |")
    assert md.index("### Breaking changes (4)") < table
    assert "<details><summary>Files: 3 changed, 0 added, 0 removed</summary>" in md
    quiet = render_markdown(summarize(base_files, _case("response_field_added", cache), "widgets"))
    assert "No breaking changes" in quiet and "`Widget`: created_at added" in quiet


def test_the_summary_kept_in_the_cache_is_the_same(tmp_path: Path, cache: Cache,
                                                   base_files: dict[str, str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """What a summary read of both trees is kept in the cache under their digests: the same
    summaries again with nothing parsed, and the same as without a cache."""
    kept = Cache(tmp_path / "cache")
    pairs = [(_old(name, cache, base_files), _case(name, cache)) for name in sorted(EXPECTED)]
    fresh = [summarize(old, new, "widgets", "1.2.3") for old, new in pairs]
    assert [summarize(old, new, "widgets", "1.2.3", kept) for old, new in pairs] == fresh
    assert kept.misses  # (the base tree, the old side of most pairs, is read once)
    monkeypatch.setattr(surface, "_module", lambda text: pytest.fail("a module parsed again"))
    monkeypatch.setattr(surface, "_definitions", lambda *a: pytest.fail("a class parsed again"))
    assert [summarize(old, new, "widgets", "1.2.3", kept) for old, new in pairs] == fresh


@pytest.mark.parametrize("golden", sorted(p.parts[-4] for p in (ROOT / "tests" / "golden").glob(
    "*/expected/*/models.py")))
def test_classes_read_one_by_one_are_the_module_read_whole(golden: str) -> None:
    """`models.py` and `params.py` are read statement by statement (an update's new side reads
    only the classes that changed): the same as reading each file whole."""
    expected = ROOT / "tests" / "golden" / golden / "expected"
    files = {str(p.relative_to(expected)): p.read_text() for p in expected.rglob("*.py")}
    package = next(p.split("/")[0] for p in files if p.endswith("/models.py"))
    read = read_surface(files, package)
    assert read.models == surface._typedefs(files[f"{package}/models.py"], typed_dict=False)
    assert read.params == surface._typedefs(files.get(f"{package}/params.py", ""),
                                            typed_dict=True)
    assert read.models or read.params


def test_a_cut_inside_a_string_reads_the_module_whole() -> None:
    """A line at column 0 inside a string is no statement: the part cut there does not parse,
    and the file is read whole."""
    text = ('class A(BaseModel):\n    x: int\n    """\nb: str\n"""\n\n\n'
            "B = TypeAliasType('B', A | None)\n'''\nclass C(A):\n    y: int\n'''\n")
    assert surface._statements(text)[2].startswith("class C")  # a cut inside the ''' string
    read = surface.Reading().surface({"p/models.py": text}, "p").models
    assert read == surface._typedefs(text, typed_dict=False)
    assert set(read) == {"A", "B"} and [n for n, _ in read["A"].fields] == ["x"]


def test_readme_documents_every_kind() -> None:
    readme = (ROOT / "README.md").read_text()
    for kind, (level, reason) in RULES.items():
        assert re.search(rf"\| `{re.escape(kind)}` \| {level} \| {re.escape(reason)} \|", readme), \
            kind


# -- the CLI and make, as a user runs them -----------------------------------------------------


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    # cwd = the repository, so `-m generator` is this worktree's generator.
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def _version(out: Path) -> str:
    return tomllib.loads((out / "pyproject.toml").read_text())["project"]["version"]


def test_fail_on_breaking_exit_codes(tmp_path: Path, cache: Cache) -> None:
    out = tmp_path / "out"
    assert _cli("--spec", BASE, "--config", CONFIG, "--out", out).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    breaking = CASES / "argument_made_required" / "new.yaml"
    additive = CASES / "response_field_added" / "new.yaml"

    check = _cli("--spec", breaking, "--config", CONFIG, "--out", out, "--check")
    assert check.returncode == 1, check.stderr  # as today: stale
    check = _cli("--spec", breaking, "--config", CONFIG, "--out", out, "--check",
                 "--fail-on-breaking")
    assert check.returncode == 3, check.stderr
    assert "widgets.create: metadata now required" in check.stderr
    assert "+++ b/widgets/resources/widgets.py" in check.stdout  # the diff, as today
    gen = _cli("--spec", breaking, "--config", CONFIG, "--out", out, "--fail-on-breaking")
    assert gen.returncode == 3, gen.stderr
    assert "1 breaking change(s)" in gen.stderr.splitlines()[-1]
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before  # untouched

    gen = _cli("--spec", additive, "--config", CONFIG, "--out", out, "--fail-on-breaking")
    assert gen.returncode == 0, gen.stderr
    assert "Widget: created_at added (new field; readers unaffected)" in gen.stderr
    assert _version(out) == "0.1.0"  # bump_version is off: the config's version stays


def test_fail_on_breaking_stops_a_method_removed_from_async_jobs(tmp_path: Path) -> None:
    """The issue's case as a user meets it: `AsyncJobs` is a resource like any other."""
    case = CASES / "async_jobs_method_removed"
    out = tmp_path / "out"
    first = _cli("--spec", case / "old.yaml", "--config", case / "old_client.yaml", "--out", out)
    assert first.returncode == 0, first.stderr
    gen = _cli("--spec", case / "old.yaml", "--config", case / "client.yaml", "--out", out,
               "--fail-on-breaking")
    assert gen.returncode == 3, gen.stderr
    assert "! async_jobs.cancel: removed (calls to it fail)" in gen.stderr
    assert "def cancel(" in (out / "widgets" / "resources" / "async_jobs.py").read_text()


def test_first_generation_is_one_line_and_keeps_the_version(tmp_path: Path) -> None:
    """An empty output folder has no callers: the summary says so in one line (no bump, no
    listing of everything as added), in both formats."""
    out = tmp_path / "out"
    gen = _cli("--spec", BASE, "--config", CONFIG, "--out", out)
    assert gen.returncode == 0, gen.stderr
    files = sum(1 for p in out.rglob("*") if p.is_file())
    assert gen.stderr.splitlines()[0] == f"first generation: {files} files, version 0.1.0"
    assert "bump" not in gen.stderr and _version(out) == "0.1.0"
    markdown = _cli("--spec", BASE, "--config", CONFIG, "--out", tmp_path / "other",
                    "--summary-format", "markdown")
    assert markdown.stdout == f"## Generated client: first generation: {files} files, " \
                              "version 0.1.0\n"


def test_bump_version_applied_from_the_output_folder(tmp_path: Path) -> None:
    config = tmp_path / "client.yaml"
    config.write_text(CONFIG.read_text() + "version: 0.4.2\nbump_version: true\n")
    out = tmp_path / "out"
    steps = [(BASE, "0.4.2"),  # first generation: the config's version
             (CASES / "response_field_added" / "new.yaml", "0.5.0"),  # addition: minor
             (CASES / "response_field_added" / "new.yaml", "0.5.0"),  # no change: none
             (CASES / "model_removed" / "new.yaml", "1.0.0")]  # breaking: major
    for spec, expected in steps:
        proc = _cli("--spec", spec, "--config", config, "--out", out)
        assert proc.returncode == 0, proc.stderr
        assert _version(out) == expected, proc.stderr
        assert f'__version__ = "{expected}"' in (out / "widgets" / "__init__.py").read_text()
        check = _cli("--spec", spec, "--config", config, "--out", out, "--check")
        assert check.returncode == 0, check.stdout[-2000:]  # make check agrees with make generate
    config.write_text(CONFIG.read_text() + "version: 3.0.0\nbump_version: true\n")
    proc = _cli("--spec", BASE, "--config", config, "--out", out)  # the user moved it by hand
    assert _version(out) == "3.0.0", proc.stderr


def test_bump_version_must_be_a_boolean(tmp_path: Path) -> None:
    config = tmp_path / "client.yaml"
    config.write_text(CONFIG.read_text() + "bump_version: major\n")
    proc = _cli("--spec", BASE, "--config", config, "--out", tmp_path / "out")
    assert proc.returncode == 2
    line = len(CONFIG.read_text().splitlines()) + 1
    assert proc.stderr.strip() == (f"error: {config}:{line} #/bump_version: `bump_version` must be "
                                   f"true or false, got 'major'")


def test_make_check_passes_the_variables(tmp_path: Path) -> None:
    """`make check FAIL_ON_BREAKING=1 SUMMARY_FORMAT=markdown`: the command make runs (dry run,
    so make installs nothing), then that command itself."""
    out = tmp_path / "out"
    assert _cli("--spec", BASE, "--config", CONFIG, "--out", out).returncode == 0
    spec = CASES / "method_removed" / "new.yaml"
    config = CASES / "method_removed" / "client.yaml"
    dry = subprocess.run(["make", "-n", "check", f"SPEC={spec}", f"CONFIG={config}",
                          f"OUT={out}", "FAIL_ON_BREAKING=1", "SUMMARY_FORMAT=markdown"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    command = [line for line in dry.stdout.splitlines() if "-m generator" in line]
    assert len(command) == 1, dry.stdout
    argv = shlex.split(command[0])
    assert "--fail-on-breaking" in argv and "--check" in argv, argv
    assert argv[argv.index("--summary-format") + 1] == "markdown", argv
    proc = subprocess.run([sys.executable, *argv[1:]], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 3, proc.stderr
    assert proc.stdout.startswith("## Generated client: major version bump (`0.1.0` → `1.0.0`)")
    assert "| `widgets.list` | removed | calls to it fail |" in proc.stdout
    assert "--- a/" in proc.stderr and "--- a/" not in proc.stdout  # stdout: the Markdown only
    off = subprocess.run(["make", "-n", "check", "FAIL_ON_BREAKING=0"], capture_output=True,
                         text=True, cwd=ROOT, timeout=60)
    assert "--fail-on-breaking" not in off.stdout and "--summary-format" not in off.stdout
