"""A one-schema edit of a spec, as a spec update often is: one property added to one schema.

    python benchmarks/spec_edit.py SPEC OUT.json SCHEMA

Used by `make bench` (the big-spec update rows) and tests/test_incremental.py (the same
updates, warm, give the bytes of a cold run).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from generator.load import load_spec  # noqa: E402 - the loader our generator uses

# The schema each big spec's edit adds a property to: one that many others name.
EDITS = {"openai": "WebSearchTool", "twilio": "api.v2010.account.call", "xero": "Invoice"}


def one_schema_edit(spec: Path, out: Path, schema: str) -> Path:
    """Write `spec` as JSON with a string property `edited_field` added to `schema` (to the
    last part of its `allOf` that has properties, if it has no properties of its own)."""
    doc: dict[str, Any] = load_spec(spec)
    target = doc["components"]["schemas"][schema]
    parts = [target] + list(reversed(target.get("allOf") or []))
    part = next((p for p in parts if isinstance(p, dict) and isinstance(p.get("properties"), dict)),
                None)
    if part is None:
        raise SystemExit(f"{spec}: schema {schema} has no properties to add to")
    part["properties"]["edited_field"] = {"type": "string", "description": "Added by the edit."}
    out.write_text(json.dumps(doc), encoding="utf-8")
    return out


if __name__ == "__main__":
    one_schema_edit(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
