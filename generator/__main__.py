import sys

from .cache import DEFAULT_DIR
from .stamp import fast_path

# Nothing changed since the last run: known in milliseconds, before the generator is imported.
status = fast_path(sys.argv[1:], DEFAULT_DIR)
if status is None:
    from .jobs import cold, start_workers_early

    if cold(None if "--no-cache" in sys.argv else DEFAULT_DIR):
        start_workers_early()  # before the generator is imported: 0.08 s sooner
    from .cli import main

    status = main()
raise SystemExit(status)
