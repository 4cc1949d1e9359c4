"""`sws central master-data --dry-run` and the communes the real run refuses (money11).

The look compared the files with the centre's lists and said "nothing replaced ... the centre
refuses to drop a commune records are registered in" without saying which: it could not know,
the refusal being the service's. An operator who checked first saw a plan, then the real run
refused it. The look now asks the service to run the real run's check, reading only: the
same check, so a commune the real run would refuse is refused by the look
in the same words (each commune with how many records), with the same exit code and the same
JSON keys, and nothing is written either way.

Real processes: the central server (SQLite), a station's uploader, the `sws` command.
"""

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
from tests.sync.test_places_in_use import AMPIL, BAKA, CHEK, PROVINCE


def _master_data(central: CentralProcess, folder: Path, *communes: dict[str, str],
                 look: bool = False, as_json: bool = False,
                 token: str | None = ADMIN_TOKEN) -> subprocess.CompletedProcess[str]:
    """`sws central master-data` (``look``: with --dry-run) with a gazetteer of
    ``communes``; ``token`` None: none set."""
    gazetteer, catalogue = folder / "locations.json", folder / "programmes.json"
    gazetteer.write_text(json.dumps({"format": "sws-locations", "format_version": 1,
                                     "areas": [*PROVINCE, *communes]}))
    catalogue.write_text(json.dumps({"programmes": [{"code": "HEF", "name": "Health"}]}))
    env = {k: v for k, v in os.environ.items() if k != "SWS_CENTRAL_ADMIN_TOKEN"}
    if token is not None:
        env["SWS_CENTRAL_ADMIN_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-m", "station.cli", "central", "master-data", "--locations",
         str(gazetteer), "--programmes", str(catalogue), "--central", central.url,
         *(["--dry-run"] if look else []), *(["--json"] if as_json else [])],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def _records_in_ampil_and_baka(central: CentralProcess, folder: Path) -> None:
    """Three records delivered in Ampil (two people, a household), one person in Baka."""
    station = make_station(folder / "station.sqlite3", "st-1")
    with station.engine.begin() as conn:
        for record, commune, kind in (("p-1", "120101", "enrolment"),
                                      ("p-2", "120101", "enrolment"),
                                      ("h-1", "120101", "household"),
                                      ("p-3", "120102", "enrolment")):
            address = {"province": "12", "district": "1201", "commune": commune}
            enqueue(conn, station.table, kind=kind, record_id=record, now=T0,
                    sealed_biometrics=None,
                    payload={"person_id": record, "demographics": {"address": address}}
                    if kind == "enrolment" else {"household_id": record, "location": address})
    uploader = registered_uploader(central.url, station)
    assert uploader.sync(lambda: T0).pending == 0
    uploader.client.close()


@pytest.mark.slow
def test_the_look_refuses_the_communes_in_use_as_the_real_run_does(
    tmp_path: Path, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    assert _master_data(central, tmp_path, AMPIL, BAKA, CHEK).returncode == 0
    _records_in_ampil_and_baka(central, tmp_path)
    before = httpx.get(f"{central.url}/v1/master-data").json()

    looked = _master_data(central, tmp_path, CHEK, look=True, token=None)  # no token needed
    assert looked.returncode == 4, looked.stdout
    (line,) = looked.stderr.strip().splitlines()
    assert "drops 2 commune(s) that records are registered in" in line, line
    assert "120101 Ampil (3 records)" in line and "120102 Baka (1 records)" in line, line
    done = _master_data(central, tmp_path, CHEK)
    assert done.returncode == 4 and done.stderr == looked.stderr  # the same refusal
    looked_json = _master_data(central, tmp_path, CHEK, look=True, as_json=True, token=None)
    done_json = _master_data(central, tmp_path, CHEK, as_json=True)
    assert (looked_json.returncode, done_json.returncode) == (4, 4)
    assert json.loads(looked_json.stdout) == json.loads(done_json.stdout)  # same keys, words
    after = httpx.get(f"{central.url}/v1/master-data").json()
    assert (after["locations"], after["programmes"], after["gazetteer_digest"]) == (
        before["locations"], before["programmes"], before["gazetteer_digest"])

    # Dropping only Chek, where nobody is registered: the look shows it and writes nothing
    # (not even the operator trail); the real run then does what it showed.
    looked = _master_data(central, tmp_path, AMPIL, BAKA, look=True, as_json=True,
                          token=None)
    assert looked.returncode == 0, looked.stderr
    plan = json.loads(looked.stdout)
    assert plan["changes"]["locations"]["removed"] == ["120103"]
    assert httpx.get(f"{central.url}/v1/master-data").json()["locations"] == \
        before["locations"]
    done = _master_data(central, tmp_path, AMPIL, BAKA, as_json=True)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert (plan.pop("dry_run"), answer.pop("dry_run")) == (True, False)
    assert plan == answer
    assert [loc["code"] for loc in httpx.get(f"{central.url}/v1/master-data").json()
            ["locations"]] == ["120101", "120102"]


@pytest.mark.slow
def test_the_look_only_reads(
    tmp_path: Path, central_factory: Callable[..., CentralProcess],
) -> None:
    """Anyone may look (no token): it ran the real replacement and rolled it back, so
    anyone could take the registry's write lock with it. It now only reads: it answers
    while another writer holds the database, and it is refused in the same words."""
    import sqlite3

    db = tmp_path / "central.sqlite3"
    central = central_factory(f"sqlite:///{db}")
    assert _master_data(central, tmp_path, AMPIL, BAKA, CHEK).returncode == 0
    _records_in_ampil_and_baka(central, tmp_path)
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    try:
        looked = _master_data(central, tmp_path, CHEK, look=True, token=None)
        assert looked.returncode == 4, looked.stderr
        assert "120101 Ampil (3 records)" in looked.stderr, looked.stderr
        looked = _master_data(central, tmp_path, AMPIL, BAKA, look=True, token=None)
        assert looked.returncode == 0, looked.stderr
    finally:
        writer.execute("ROLLBACK")
        writer.close()
