"""An adjudicator's queue from the command line, on a real server and PostgreSQL: a held
enrolment names the stations as a person knows them, and a decision's --json says which case
it settled and how, as `cases --json` names them."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sync.client import CentralClient, register_station
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, fake_templates, fill, make_station, settle
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess

pytestmark = [pytest.mark.postgres]


def _central(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station.cli", "central", *argv], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO),
                               "SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN},
                          capture_output=True, text=True, timeout=120)


def _deliver(url: str, folder: Path, station_id: str, office: str,
             templates: list[tuple[int, bytes]]) -> None:
    """One enrolment from a station the centre knows only by its office (no name)."""
    station = make_station(folder / f"{station_id}.sqlite3", station_id)
    fill(station, 1, random.Random(station_id), templates=[templates])
    client = CentralClient(url)
    registered = register_station(url, station.key, station_id, office=office, client=client)
    uploader = Uploader(station.engine, station.table,
                        StationIdentity(station_id, station.key, registered.central_key),
                        client, station.at_rest.unseal, rng=random.Random(1))
    assert uploader.sync(lambda: T0).pending == 0
    settle(uploader, T0)


def test_a_case_names_stations_by_office_and_decide_json_names_the_case(
        new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
        tmp_path: Path) -> None:
    central = central_factory(new_database_url())
    same = fake_templates(random.Random(5))
    _deliver(central.url, tmp_path, "st-a", "Batheay SWS office", same)
    _deliver(central.url, tmp_path, "st-b", "Kang Meas SWS office", same)
    listed = _central("cases", "--central", central.url)
    assert listed.returncode == 0, listed.stderr
    applicant = next(x for x in listed.stdout.splitlines() if "applicant" in x)
    candidate = next(x for x in listed.stdout.splitlines() if "candidate" in x)
    assert applicant.endswith("station Kang Meas SWS office (st-b)"), applicant
    assert "station Batheay SWS office (st-a)" in candidate, candidate
    (case,) = json.loads(_central("cases", "--central", central.url, "--json").stdout)["cases"]
    decided = _central("decide", case["packet_id"], "different", "--by", "Amara",
                       "--central", central.url, "--json")
    assert decided.returncode == 0, decided.stderr
    answer = json.loads(decided.stdout)
    assert (answer["packet_id"], answer["decision"], answer["status"]) == \
        (case["packet_id"], "different", "accepted")
