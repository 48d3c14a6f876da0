"""`python -m generator` and the `openapi-client-generator` console script: the fast path first,
the generator imported only when there is something to do."""

from __future__ import annotations

import os
import sys


def main() -> int:
    from .args import parser
    from .machinery.cache import DEFAULT_DIR
    from .machinery.stamp import begin, fast_path

    script = os.path.basename(sys.argv[0])
    args = parser(None if script == "__main__.py" else script).parse_args()
    inputs = None if args.no_cache else begin(args)  # before anything else is read
    # Nothing changed since the last run: known in milliseconds, before the generator is imported.
    status = None if inputs is None else fast_path(args, inputs, DEFAULT_DIR)
    if status is None:
        from .machinery.helper import start_early

        # The fork server or the helper, before the generator is imported (helper.py imports
        # little): its warm-up is the longest path of a run that re-emits a model.
        start_early(None if inputs is None else DEFAULT_DIR, args.spec)
        from .cli import run

        status = run(args, inputs)
    return status


def command() -> None:
    """The command: `main`, then out without tearing the interpreter down (freeing every module
    and object: 0.05-0.1 s after a generation), as mypy does. Everything is written and closed
    by then; the workers and the helper are gone."""
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    command()
