"""New master data that drops a commune people are registered in is refused, naming each
commune and its records; the centre's list (and what stations pull) stays as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from sync.outbox import enqueue
from tests.sync._support import T0, make_station, registered_uploader
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess

PROVINCE = [{"code": "12", "name": "Kampong Cham"},
            {"code": "1201", "parent": "12", "name": "Kampong Siem"}]
AMPIL = {"code": "120101", "parent": "1201", "name": "Ampil"}
BAKA = {"code": "120102", "parent": "1201", "name": "Baka"}
CHEK = {"code": "120103", "parent": "1201", "name": "Chek"}


def _load(central: CentralProcess, folder: Path, *communes: dict[str, str]
          ) -> subprocess.CompletedProcess[str]:
    """`sws central master-data` with a gazetteer holding ``communes``."""
    gazetteer, catalogue = folder / "locations.json", folder / "programmes.json"
    gazetteer.write_text(json.dumps({"format": "sws-locations", "format_version": 1,
                                     "areas": [*PROVINCE, *communes]}))
    catalogue.write_text(json.dumps({"programmes": [{"code": "HEF", "name": "Health"}]}))
    return subprocess.run(
        [sys.executable, "-m", "station.cli", "central", "master-data", "--locations",
         str(gazetteer), "--programmes", str(catalogue), "--central", central.url],
        cwd=REPO, env={**os.environ, "SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN},
        capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_master_data_that_drops_a_commune_in_use_is_refused_naming_it(
    tmp_path: Path, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    assert _load(central, tmp_path, AMPIL, BAKA, CHEK).returncode == 0
    # A station registers two people and a household in Ampil, one person in Baka.
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    with station.engine.begin() as conn:
        for record, commune, kind in (("p-1", "120101", "enrolment"),
                                      ("p-2", "120101", "enrolment"),
                                      ("h-1", "120101", "household"),
                                      ("p-3", "120102", "enrolment")):
            enqueue(conn, station.table, kind=kind, record_id=record, now=T0,
                    sealed_biometrics=None, payload={"person_id": record, "demographics": {
                        "address": {"province": "12", "district": "1201",
                                    "commune": commune}}} if kind == "enrolment" else
                    {"household_id": record, "location": {"province": "12",
                                                          "district": "1201",
                                                          "commune": commune}})
    uploader = registered_uploader(central.url, station)
    assert uploader.sync(lambda: T0).pending == 0
    uploader.client.close()
    before = httpx.get(f"{central.url}/v1/master-data").json()

    refused = _load(central, tmp_path, CHEK)  # Ampil and Baka left out
    assert refused.returncode == 4
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "drops 2 commune(s) that records are registered in" in refused.stderr
    assert "120101 Ampil (3 records)" in refused.stderr
    assert "120102 Baka (1 records)" in refused.stderr
    after = httpx.get(f"{central.url}/v1/master-data").json()
    assert (after["locations"], after["gazetteer_digest"]) == (
        before["locations"], before["gazetteer_digest"])  # nothing replaced

    # Dropping a commune nobody is registered in is fine.
    dropped = _load(central, tmp_path, AMPIL, BAKA)
    assert dropped.returncode == 0, dropped.stderr
    assert [loc["code"] for loc in httpx.get(f"{central.url}/v1/master-data").json()
            ["locations"]] == ["120101", "120102"]
