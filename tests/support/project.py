"""Our own `spec/client.yaml`, edited, in a temporary folder: with `spec/extensions/` beside it,
since the config names hand-written modules that must exist next to it."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def our_config(folder: Path, text: str) -> Path:
    """Write `text` as `folder/client.yaml` beside a copy of our extensions; its path."""
    shutil.copytree(ROOT / "spec" / "extensions", folder / "extensions", dirs_exist_ok=True)
    path = folder / "client.yaml"
    path.write_text(text, encoding="utf-8")
    return path
