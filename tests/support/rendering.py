"""The rendered files of a spec, without the models stage: `pipeline.plan` (what
`pipeline.generate` renders from) given to `render_package`, for tests of the rendered code's
layout."""

from __future__ import annotations

from pathlib import Path

from generator.machinery.cache import Cache
from generator.read.load import load_spec
from generator.pipeline import plan
from generator.emit.render import render_package


def rendered(spec_path: Path, config_path: Path | None, cache: Cache) -> tuple[dict[str, str], set[str]]:
    """`render_package`'s answer for the spec: (files, paths that still need black)."""
    planned = plan(load_spec(spec_path, cache), config_path)
    return render_package(planned.api, planned.config, planned.title)
