"""The centre's dedup stage while its database is down: the service's log says so once when
the outage starts and once when the database is back, as real services do; it filled the
log with a full traceback on every retry (one a second) for as long as the outage lasted."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.pool import NullPool

from sync.central.dedup import ExactDeduplicator
from sync.central.ingest import Ingest
from sync.central.processor import DedupWorker
from tests.sync._support import T0, central_with_station


def test_an_outage_is_one_line_when_it_starts_and_one_when_it_ends(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    home = tmp_path / "centre"
    home.mkdir()
    engine = sa.create_engine(f"sqlite:///{home / 'central.sqlite3'}", poolclass=NullPool)
    central_with_station(engine, Ed25519PrivateKey.generate())
    worker = DedupWorker(Ingest(engine, X25519PrivateKey.generate(), ExactDeduplicator,
                                clock=lambda: T0))
    gone = tmp_path / "moved-away"
    home.rename(gone)  # the database cannot be reached
    with caplog.at_level(logging.INFO, logger="sync.central"):
        for _ in range(5):
            assert worker.step() == 0
        down = [r for r in caplog.records if r.name == "sync.central"]
        (line,) = down
        assert line.levelno == logging.WARNING and line.exc_info is None
        assert "database" in line.getMessage() and "\n" not in line.getMessage()
        gone.rename(home)  # back
        caplog.clear()
        for _ in range(3):
            assert worker.step() == 0
        (back,) = [r for r in caplog.records if r.name == "sync.central"]
        assert "again" in back.getMessage() and back.exc_info is None
    engine.dispose()
