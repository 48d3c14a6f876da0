import sys

from .cache import DEFAULT_DIR
from .stamp import begin, fast_path, parser

args = parser().parse_args()
cache_dir = None if args.no_cache else DEFAULT_DIR
inputs = begin(args) if cache_dir is not None else None  # before anything else is read
# Nothing changed since the last run: known in milliseconds, before the generator is imported.
status = fast_path(args, inputs, cache_dir) if cache_dir is not None and inputs else None
if status is None:
    from .jobs import cold, start_workers_early

    if cold(cache_dir):
        start_workers_early()  # before the generator is imported: 0.08 s sooner
    from .cli import run

    status = run(args, inputs)
raise SystemExit(status)
