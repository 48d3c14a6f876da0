"""`python -m generator --spec SPEC [--config CONFIG] --out DIR [--check] [--fail-on-breaking]
[--summary-format text|markdown]`"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from pathlib import Path

from .args import EXIT_BREAKING, EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_OUTPUT, EXIT_STALE, parser
from .errors import OutputError, SpecError
from .machinery import stamp
from .machinery.cache import DEFAULT_DIR, Cache
from .machinery.helper import tune_gc
from .machinery.write import diff, existing_files, write_tree
from .pipeline import Result, generate
from .read.load import line_of
from .review import (
    Reading,
    Summary,
    prepare,
    render_markdown,
    render_text,
    summarize,
    version_key,
)


def main(argv: list[str] | None = None) -> int:
    """The command line, without the fast path (`__main__` tries that first)."""
    args = parser().parse_args(argv)
    return run(args, None if args.no_cache else stamp.begin(args))


def run(args: argparse.Namespace, inputs: tuple[list[str], list[str], str] | None) -> int:
    """`inputs`: the digest of the inputs taken before anything was read (None: no cache)."""
    tune_gc()
    started = time.perf_counter()
    cache = Cache(None if inputs is None else DEFAULT_DIR)
    markdown = args.summary_format == "markdown"
    try:
        before = existing_files(args.out)
        result, summary = _generate_versioned(args.spec, args.config, cache, before)
        for warning in result.api.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if markdown:
            sys.stdout.write(render_markdown(summary))
        breaking = args.fail_on_breaking and bool(summary.breaking)
        if args.check:
            changes = diff(args.out, result.files)
            if changes:
                (sys.stderr if markdown else sys.stdout).write(changes)
                print(f"{args.out} is stale: run `make generate`", file=sys.stderr)
                if not markdown:
                    print(render_text(summary), file=sys.stderr)
                return EXIT_BREAKING if breaking else EXIT_STALE
            print(f"{args.out} is up to date", file=sys.stderr)
            if cache.directory is not None and inputs is not None:
                stamp.record(
                    cache.directory,
                    args,
                    inputs,
                    result.files,
                    result.api.warnings,
                    result.spec_files,
                )
            return EXIT_OK
        if not markdown:
            print(render_text(summary) or f"{args.out}: no changes", file=sys.stderr)
        if breaking:
            print(
                f"error: {len(summary.breaking)} breaking change(s); {args.out} left as it "
                f"was (run without --fail-on-breaking to accept them)",
                file=sys.stderr,
            )
            return EXIT_BREAKING
        if result.files != before:  # else the folder is left as it is (mtimes too)
            write_tree(args.out, result.files)
        if cache.directory is not None and inputs is not None:
            stamp.record(
                cache.directory, args, inputs, result.files, result.api.warnings, result.spec_files
            )
    except SpecError as exc:
        if exc.file is None and args.spec:
            exc.file = str(args.spec)
        if exc.line is None and exc.pointer and exc.file is not None:
            exc.line = line_of(Path(exc.file), exc.pointer)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OutputError as exc:  # the input is fine: the disk is full, the folder read-only
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    except RecursionError:
        print(f"error: {args.spec}: schemas nest too deeply to generate", file=sys.stderr)
        return EXIT_INPUT
    except Exception as exc:  # a bug of ours; still no traceback for the user, but say so
        print(
            f"error: {args.spec}: internal error ({type(exc).__name__}: {exc}); "
            f"please report it with the spec",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        return 130
    lines = sum(text.count("\n") for text in result.files.values())
    print(
        f"generated {len(result.files)} files, {lines} lines into {args.out} "
        f"in {time.perf_counter() - started:.2f}s (cache: {cache.hits} hits, "
        f"{cache.misses} misses)",
        file=sys.stderr,
    )
    return EXIT_OK


# -- breaking (issue 12) --
def _generate_versioned(
    spec: Path, config: Path | None, cache: Cache, before: dict[str, str]
) -> tuple[Result, Summary]:
    """Generate, and compare with what the output folder holds. The comparison is made at the
    version the output already has, so the version itself is never a change; with
    `bump_version: true` the files are then made again at the version the changes call for
    (the slow steps come from the cache). The old side is read while the generator waits for
    datamodel-code-generator (`meanwhile`), off the run's critical path."""
    reading = Reading(cache)
    result = generate(
        spec, config, cache, meanwhile=lambda package: prepare(before, package, reading)
    )
    previous = _previous_version(before)
    chosen = result.config.version

    def summary_at(version: str | None) -> Summary:
        return summarize(before, result.files, result.package, version, cache, reading)

    if not result.config.bump_version:
        return result, summary_at(previous or chosen)
    base = previous if previous and version_key(previous) >= version_key(chosen) else None
    if base is None:  # a first generation, or the config moved the version on by hand
        return result, summary_at(previous or chosen)
    if base != chosen:
        result = generate(spec, config, cache, package_version=base)
    summary = summary_at(base)
    target = summary.next_version
    if target is None or target == base:
        return result, summary
    result = generate(spec, config, cache, package_version=target)
    return result, summary_at(base)


def _previous_version(before: dict[str, str]) -> str | None:
    """The version in the output folder's pyproject.toml, if it has one."""
    try:
        version = tomllib.loads(before.get("pyproject.toml", "")).get("project", {}).get("version")
    except tomllib.TOMLDecodeError:
        return None
    return version if isinstance(version, str) else None


# -- end breaking --
