"""The command line and its exit statuses. Standard library only: `__main__` parses the
arguments before anything else is imported, so the nothing-changed fast path (stamp.py) stays
fast."""

from __future__ import annotations

import argparse
from pathlib import Path

# Exit status (README.md, "Commands").
EXIT_OK = 0
EXIT_STALE = 1  # --check: the output folder is not what the generator makes now
EXIT_INPUT = 2  # the spec or config cannot be generated from
EXIT_BREAKING = 3  # --fail-on-breaking: the update breaks callers (nothing is written)
EXIT_INTERNAL = 4  # a bug of ours
EXIT_OUTPUT = 5  # the output folder cannot be written (a full disk, no permission)


def parser(prog: str | None = None) -> argparse.ArgumentParser:
    """`prog`: the console script's name, when run as one."""
    p = argparse.ArgumentParser(
        prog=prog or "python -m generator",
        description="Generate a typed Python client from an OpenAPI spec.",
    )
    p.add_argument("--spec", required=True, type=Path, help="OpenAPI 3.x document (YAML or JSON)")
    p.add_argument("--config", type=Path, help="client config; without it, every operation")
    p.add_argument("--out", required=True, type=Path, help="output folder (replaced as a whole)")
    p.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 and print the diff when --out is stale",
    )
    p.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit 3 (and write nothing) when the update breaks code that calls the " "client",
    )
    p.add_argument(
        "--summary-format",
        choices=("text", "markdown"),
        default="text",
        help="markdown: the change summary on stdout, ready for a pull request",
    )
    return p
