"""What a regeneration changed, in callers' terms, and whether it breaks them.

Both sides are read from the generated code itself (with `ast`), so the summary needs nothing but
the old output folder and the new files, and does not depend on how the generator models the spec.
One module per concern, in the order they run:

* `surface`: what a caller touches, read from the generated files;
* `typediff`: how one type expression differs from another, member by member;
* `compare`: every difference of two surfaces, as `Change`s;
* `rules`: which kinds of change break callers and the version bump each calls for (`RULES`);
* `report`: the `Summary` of a regeneration and its text and Markdown.
"""

from .compare import compare
from .report import (
    Summary,
    bump_version,
    prepare,
    render_markdown,
    render_text,
    summarize,
    version_key,
)
from .rules import MAJOR, MINOR, PATCH, RULES, Change, change
from .surface import Reading, Surface, _types, read_surface
from .typediff import Delta, compare_types

__all__ = [
    "MAJOR",
    "MINOR",
    "PATCH",
    "RULES",
    "Change",
    "Delta",
    "Reading",
    "Summary",
    "Surface",
    "_types",
    "bump_version",
    "change",
    "compare",
    "compare_types",
    "prepare",
    "read_surface",
    "render_markdown",
    "render_text",
    "summarize",
    "version_key",
]
