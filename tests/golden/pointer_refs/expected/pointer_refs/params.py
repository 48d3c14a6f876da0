"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations
