"""Hold a registry call in its worker until the test lets it answer.

The window reads and writes the registry in worker threads; to show what the page does while
a call is under way (and with an answer that comes after the clerk moved on), a test replaces
the call with one that waits for ``gate``. ``asked`` is set once a call has started. The gate
opens at the end of the test whatever happens, so no worker is left waiting for the next one.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest


def hold_calls(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, owner: Any,
               name: str) -> tuple[threading.Event, threading.Event]:
    """Replace ``owner.name`` by a call that waits for the returned ``gate`` (30 s at most),
    then runs the real one; returns ``(gate, asked)``."""
    real = getattr(owner, name)
    gate, asked = threading.Event(), threading.Event()
    request.addfinalizer(gate.set)

    def held(*args: Any, **kwargs: Any) -> Any:
        asked.set()
        assert gate.wait(30), "the test never let the registry answer"
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, held)
    return gate, asked
