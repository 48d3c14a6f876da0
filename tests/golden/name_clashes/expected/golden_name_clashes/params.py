"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

ThingInputParam = TypedDict(
    "ThingInputParam",
    {
        "class": str,
        "schema": NotRequired[str],
        "json": NotRequired[str],
        "from": NotRequired[str],
        "model_config": NotRequired[str],
    },
)
