"""The build machinery: the nothing-changed fast path (`stamp`), the content-addressed cache
(`cache`), the worker processes (`jobs`, `warm`), the groups of schemas generated together
(`groups`) and the all-or-nothing write (`write`). `stamp` and `cache` run before anything else
is imported: this package imports nothing."""
