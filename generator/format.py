"""Stage 6: format generated Python with black (pinned, so the bytes are the same everywhere)."""

from __future__ import annotations

from importlib.metadata import version

from .cache import Cache
from .errors import SpecError

LINE_LENGTH = 100
BLACK_VERSION = version("black")


def format_python(path: str, code: str, cache: Cache) -> str:
    def run() -> str:
        import black  # imported only on a cache miss: it takes 0.1 s to import

        mode = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=LINE_LENGTH)
        try:
            return black.format_str(code, mode=mode)
        except black.InvalidInput as exc:  # a generator bug, not a spec problem; say where
            raise SpecError(f"generated code for {path} does not parse: {exc}") from None

    return cache.get_or_make("black", f"{BLACK_VERSION}\0{LINE_LENGTH}\0{code}", run)


def format_files(files: dict[str, str], cache: Cache) -> dict[str, str]:
    return {path: format_python(path, text, cache) if path.endswith(".py") else text
            for path, text in files.items()}
