"""Pytest fixtures for the scripted test server.

Import into a conftest.py::

    from tests.support.fixtures import scripted_server  # noqa: F401
"""

from __future__ import annotations

from typing import Iterator

import pytest

from tests.support.server import ScriptedServer


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    """A started ScriptedServer on 127.0.0.1, stopped after the test."""
    server = ScriptedServer().start()
    try:
        yield server
    finally:
        server.stop()
