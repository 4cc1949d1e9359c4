"""`sws central serve` with a mistyped --key on a registry that already holds records: the
centre's key opens every delivered template, so a new key would open none of them."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.sync._support import T0, fill, make_station, registered_uploader, settle
from tests.sync.conftest import REPO, CentralProcess, free_port

pytestmark = [pytest.mark.postgres]


def test_serve_refuses_a_missing_key_for_a_registry_that_holds_records(
        new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
        tmp_path: Path) -> None:
    db_url = new_database_url()
    central = central_factory(db_url)
    station = make_station(tmp_path / "outbox.sqlite3", "st-key")
    fill(station, 2, random.Random(7))
    uploader = registered_uploader(central.url, station)
    assert uploader.sync(lambda: T0).pending == 0
    settle(uploader, T0)
    central.stop()

    mistyped = tmp_path / "elsewhere" / "central-key.pem"
    served = subprocess.run(
        [sys.executable, "-m", "station.cli", "central", "serve", "--db", db_url,
         "--port", str(free_port()), "--key", str(mistyped)],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True,
        text=True, timeout=120)
    assert served.returncode == 4
    (line,) = served.stderr.splitlines()
    assert str(mistyped) in line and "--key" in line, line
    assert not mistyped.exists() and not mistyped.parent.exists()  # no stray key made
    # the right key still serves it
    central.start()
