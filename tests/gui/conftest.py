"""GUI tests run offscreen; the one real-window test starts its own Xvfb."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from station.capture.base import Finger, GreyImage, Scanner
from station.model.ui_context import StationContext
from tests._premigrated import premigrated
from tests.station.helpers import ExactGallery  # a finger matches only its exact template

FIXED_NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


@pytest.fixture
def ctx(tmp_path: Path) -> StationContext:
    """A station context with no services and a fixed clock."""
    return StationContext(station_name="Test office", clock=lambda: FIXED_NOW,
                          output_dir=tmp_path / "receipts")


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Every test starts and ends in English, left to right, with the English plural forms
    loaded as the window loads them ("1 person", not "1 person(s)")."""
    from station.i18n import apply_language

    apply_language("en")
    yield
    apply_language("en")


@pytest.fixture
def khmer() -> None:
    """The desk in Khmer for one test (the autouse ``_english`` puts English back after it)."""
    from station.i18n import apply_language

    apply_language("km")


@pytest.fixture(autouse=True)
def _tasks_end_before_the_window_closes(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that ends while the window's workers still run (the scanner opening after the
    registry loaded, a sync read) lets qtbot delete the window under them: the worker then
    emits on signals being deleted, which crashed a worker thread once in a full run. The
    pool's tasks finish first (30 s at most: a task held by a test's gate is let go), then
    their deliveries run, then qtbot closes the widgets (set up inside this fixture, so torn
    down after it). Meanwhile cyclic garbage is collected in this thread only
    (:class:`station.views.collector.GuiThreadCollector`)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qtbot")
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from station.views.collector import GuiThreadCollector

    # as the station runs (station.app.main): cyclic garbage, closed widgets among it, is
    # freed in this thread only; a worker that freed it crashed inside SQLAlchemy's compiler
    collector = GuiThreadCollector()
    collector.start()
    yield
    QThreadPool.globalInstance().waitForDone(30000)
    QCoreApplication.processEvents()
    collector.stop(generation=1)  # the test's own young garbage; a full pass costs 0.2 s


@pytest.fixture(scope="package", autouse=True)
def _gui_garbage_freed_here() -> Iterator[None]:
    """After the last GUI test, what is left of the windows is freed in this thread, before
    tests with threads of their own run."""
    yield
    import gc

    gc.collect()


PASSWORD = "correct horse 42"


def open_station(env: dict[str, str]) -> Any:
    """A real registry set up by ``env`` (``SWS_HOME``, maybe ``SWS_DATABASE_URL``...) with a
    supervisor (super) and a clerk (clerk1); the caller closes it."""
    from station.config import load_settings
    from station.model.operators import create_operator, login
    from station.model.setup import initialise
    from station.model.station import Station

    st = Station(premigrated(load_settings(env)), gallery_factory=ExactGallery)
    initialise(st, username="super", full_name="Sok Supervisor", password=PASSWORD,
               now=FIXED_NOW)
    boss = login(st, "super", PASSWORD, now=FIXED_NOW)
    create_operator(st, username="clerk1", full_name="Chan Clerk", role="clerk",
                    password=PASSWORD, now=FIXED_NOW, by=boss)
    return st


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Any]:
    """A real registry (SQLite in tmp) with a supervisor and a clerk."""
    st = open_station({"SWS_HOME": str(tmp_path)})
    yield st
    st.close()


@pytest.fixture
def live_ctx(station: Any, tmp_path: Path) -> StationContext:
    """A context over the real registry, with a fake scanner whose prints are reproducible."""
    from station.model.biometrics import CapturePolicy
    from station.model.ui_services import StationServices

    return StationContext(station_name="Test office", clock=lambda: FIXED_NOW,
                          output_dir=tmp_path / "receipts", scanner=SeededScanner(),
                          capture=seeded_extract,
                          services={"station": StationServices(
                              station, CapturePolicy(duplicate_score=0.5))})


class SeededScanner(Scanner):
    """Images that encode (person seed, finger), so a template can be derived from them."""

    name = "seeded"

    def __init__(self, seed: int = 1) -> None:
        self.seed = seed

    def available(self) -> bool:
        return True

    def capture(self, finger: Finger) -> GreyImage:
        rng = np.random.default_rng(self.seed * 100 + int(finger))
        return rng.integers(0, 255, (200, 180), dtype=np.uint8)


def seeded_extract(scanner: Scanner, finger: Finger) -> tuple[GreyImage, Any]:
    """Capture, then a valid template derived from the image (same image, same template)."""
    from matcher.template import Template

    image = scanner.capture(finger)
    rng = np.random.default_rng(int(image[:4, :4].sum()) + int(finger))
    n = 30
    m = np.column_stack([rng.integers(10, 170, n), rng.integers(10, 190, n),
                         rng.uniform(0, 6.2, n), rng.integers(1, 3, n),
                         rng.uniform(0.3, 1.0, n)]).astype(np.float32)
    t = Template(m, width=180, height=200, quality=70)
    return image, Template.from_iso19794_2(t.to_iso19794_2())
