"""`python -m generator --spec SPEC [--config CONFIG] --out DIR [--check]`"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .cache import DEFAULT_DIR, Cache
from .errors import SpecError
from .load import line_of
from .pipeline import generate
from .summary import summarize
from .write import diff, existing_files, write_tree


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Generate a typed Python client from an OpenAPI spec.")
    parser.add_argument("--spec", required=True, type=Path, help="OpenAPI 3.x document (YAML or JSON)")
    parser.add_argument("--config", type=Path, help="client config; without it, every operation")
    parser.add_argument("--out", required=True, type=Path, help="output folder (replaced as a whole)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 and print the diff when --out is stale")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    cache = Cache(None if args.no_cache else DEFAULT_DIR)
    try:
        result = generate(args.spec, args.config, cache)
        for warning in result.api.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        before = existing_files(args.out)
        summary = summarize(before, result.files, result.package)
        if args.check:
            changes = diff(args.out, result.files)
            if changes:
                sys.stdout.write(changes)
                print(f"{args.out} is stale: run `make generate`\n{summary}", file=sys.stderr)
                return 1
            print(f"{args.out} is up to date", file=sys.stderr)
            return 0
        write_tree(args.out, result.files)
        print(str(summary) if summary.lines else f"{args.out}: no changes", file=sys.stderr)
    except SpecError as exc:
        if exc.file is None and args.spec:
            exc.file = str(args.spec)
        if exc.line is None and exc.pointer:
            exc.line = line_of(Path(exc.file), exc.pointer)
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except RecursionError:
        print(f"error: {args.spec}: schemas nest too deeply to generate", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug of ours; still no traceback for the user, but say so
        print(f"error: {args.spec}: internal error ({type(exc).__name__}: {exc}); "
              f"please report it with the spec", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    lines = sum(text.count("\n") for text in result.files.values())
    print(f"generated {len(result.files)} files, {lines} lines into {args.out} "
          f"in {time.perf_counter() - started:.2f}s (cache: {cache.hits} hits, "
          f"{cache.misses} misses)", file=sys.stderr)
    return 0
