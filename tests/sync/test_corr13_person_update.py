"""The centre takes a station's ``person_update`` (a person's details corrected): accepted and
stored as a record, its address read as an enrolment's is; the coverage counts the person
once, where the newest correction says they live; the stats and `sws central stats` are
unchanged by it."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from fastapi.testclient import TestClient

from station.model.demographics import Address, Demographics
from sync.central import schema as t
from sync.packets import encode_biometrics
from tests.sync._support import Station, fake_templates, make_station
from tests.sync.conftest import REPO
from tests.sync.test_national_use import central_app  # noqa: F401 - the centre at T0
from tests.sync.test_person_death import _queue, _states, _sync


def _places(http: TestClient) -> dict[tuple[str, str], int]:
    rows = http.get("/v1/reports/coverage").json()["rows"]
    return {(r["commune"], r["programme"]): r["persons"] for r in rows}


def _details(commune: str, village: str) -> Demographics:
    return Demographics(local_name="សុខ ដារា", latin_name="Sok Dara", sex="F",
                        birth_date=dt.date(1990, 4, 12),
                        address=Address("12", "1204", commune, village))


def _enrol(station: Station, person: str) -> str:
    return _queue(station, "enrolment", person,
                  {"person_id": person, "programmes": ["CT"],
                   "demographics": _details("120401", "12040103").as_record()},
                  encode_biometrics(fake_templates(random.Random(7))))


def test_the_centre_accepts_and_stores_a_correction(
        central_app: TestClient, tmp_path: Path) -> None:  # noqa: F811
    http = central_app
    station = make_station(tmp_path / "st.sqlite3", "st-correct")
    _enrol(station, "p-1")
    _queue(station, "programme_registration", "m-1",
           {"person_id": "p-1", "programme": "OLD_AGE", "decision": "confirmed"})
    _sync(http, station)
    assert _places(http) == {("120401", "(enrolled)"): 1, ("120401", "CT"): 1,
                             ("120401", "OLD_AGE"): 1}
    stats = http.get("/v1/stats").json()

    moved = _details("120402", "12040203")
    update = _queue(station, "person_update", "p-1", {
        "person_id": "p-1", "fields": ["address"], "reason": "moved to Kang Ta Noeng",
        "demographics": moved.as_record(), "household_id": None})
    _sync(http, station)

    assert _states(station)[update][0] == "acked"
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    p = t.packets.c
    with engine.connect() as conn:
        row = conn.execute(sa.select(p.status, p.person_id, p.commune)
                           .where(p.kind == "person_update")).one()
    engine.dispose()
    assert tuple(row) == ("accepted", "p-1", "120402")  # read as an enrolment's address
    # one person, counted once, where they live now (the enrolment's programmes and the
    # membership alike); a report of the commune they left finds nobody
    assert _places(http) == {("120402", "(enrolled)"): 1, ("120402", "CT"): 1,
                             ("120402", "OLD_AGE"): 1}
    assert http.get("/v1/reports/coverage?commune=120401").json()["rows"] == []
    assert len(http.get("/v1/reports/coverage?commune=120402").json()["rows"]) == 3
    assert http.get("/v1/stats").json()["persons"] == stats["persons"]
    out = subprocess.run(
        [sys.executable, "-m", "station.cli", "central", "stats", "--db",
         f"sqlite:///{tmp_path / 'central.sqlite3'}", "--json"], cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True,
        timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["persons"] == stats["persons"]
