"""Imported by the fork server before it forks any worker (jobs.py): the tools the workers run,
imported and run once here, are then shared by every worker instead of loaded by each."""

import gc

from ..emit.models import warm_up
from .helper import tune_gc

tune_gc()  # the workers are forked from here: they inherit it

try:
    warm_up()
except Exception:  # noqa: BLE001 - a worker then warms up on its own, and reports any error
    pass
gc.freeze()  # what is loaded by now lives as long as the workers: the collector skips it
