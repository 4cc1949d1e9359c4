"""GUI tests run offscreen; the one real-window test starts its own Xvfb."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from station.model.ui_context import StationContext

FIXED_NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


@pytest.fixture
def ctx(tmp_path: Path) -> StationContext:
    """A station context with no services and a fixed clock."""
    return StationContext(station_name="Test office", clock=lambda: FIXED_NOW,
                          output_dir=tmp_path / "receipts")


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Every test starts and ends in English, left to right."""
    from station.i18n import apply_language

    yield
    apply_language("en")
