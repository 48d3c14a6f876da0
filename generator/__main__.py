"""`python -m generator` and the `openapi-client-generator` console script: the fast path first,
the generator imported only when there is something to do."""

from __future__ import annotations

import os
import sys


def main() -> int:
    from .cache import DEFAULT_DIR
    from .args import parser
    from .stamp import begin, fast_path

    script = os.path.basename(sys.argv[0])
    args = parser(None if script == "__main__.py" else script).parse_args()
    inputs = None if args.no_cache else begin(args)  # before anything else is read
    # Nothing changed since the last run: known in milliseconds, before the generator is imported.
    status = None if inputs is None else fast_path(args, inputs, DEFAULT_DIR)
    if status is None:
        from .jobs import cold, start_workers_early

        if cold(None if inputs is None else DEFAULT_DIR, args.spec):
            start_workers_early()  # before the generator is imported: 0.08 s sooner
        from .cli import run

        status = run(args, inputs)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
