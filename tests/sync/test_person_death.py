"""The centre takes a station's ``person_death`` records: accepted and stored, a malformed one
refused, and the coverage report stops counting the dead (until a death is withdrawn)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient

from sync.client import CentralClient, register_station
from sync.outbox import enqueue
from sync.packets import encode_biometrics
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, Station, fake_templates, make_station, settle
from tests.sync.test_national_use import central_app  # noqa: F401 - the centre at T0


def _queue(station: Station, kind: str, record: str, payload: dict[str, Any],
           bio: bytes | None = None) -> str:
    with station.engine.begin() as conn:
        return enqueue(conn, station.table, kind=kind, record_id=record, payload=payload,
                       sealed_biometrics=station.at_rest.seal(bio) if bio else None, now=T0)


def _sync(http: TestClient, station: Station) -> Uploader:
    client = CentralClient("http://testserver", http=http)
    reg = register_station("http://testserver", station.key, station.station_id,
                           name="Batheay office", client=client)
    uploader = Uploader(station.engine, station.table,
                        StationIdentity(station.station_id, station.key, reg.central_key),
                        client, station.at_rest.unseal, rng=random.Random(1))
    assert uploader.sync(lambda: T0).pending == 0
    settle(uploader, T0)
    return uploader


def _states(station: Station) -> dict[str, tuple[str, str | None]]:
    t = station.table.c
    with station.engine.connect() as conn:
        return {row.id: (row.state, row.central_reason) for row in conn.execute(
            sa.select(t.id, t.state, t.central_reason))}


def _coverage(http: TestClient) -> dict[str, int]:
    rows = http.get("/v1/reports/coverage").json()["rows"]
    return {r["programme"]: r["persons"] for r in rows}


def test_the_centre_accepts_deaths_and_stops_counting_the_dead(
        central_app: TestClient, tmp_path: Path) -> None:  # noqa: F811
    http = central_app
    station = make_station(tmp_path / "st.sqlite3", "st-death")
    rng = random.Random(4)
    place = {"province": "03", "district": "0301", "commune": "030101"}
    for person in ("p-1", "p-2"):
        _queue(station, "enrolment", person,
               {"person_id": person, "location": place, "programmes": ["CT"]},
               encode_biometrics(fake_templates(rng)))
    _queue(station, "programme_registration", "m-1",
           {"person_id": "p-1", "programme": "OLD_AGE", "decision": "confirmed"})
    _sync(http, station)
    assert _coverage(http) == {"(enrolled)": 2, "CT": 2, "OLD_AGE": 1}

    died = _queue(station, "person_death", "p-1", {
        "person_id": "p-1", "died_on": "2026-10-30", "source": "death certificate 123/2026",
        "undone": False, "memberships_ended": ["m-1"], "cards_revoked": []})
    ended = _queue(station, "programme_registration", "m-1",
                   {"person_id": "p-1", "programme": "OLD_AGE", "decision": "ended"})
    garbled = _queue(station, "person_death", "p-2", {"person_id": "p-2",
                                                      "died_on": "last week"})
    _sync(http, station)
    states = _states(station)
    assert states[died] == ("acked", "deceased")
    assert states[ended] == ("acked", "membership_ended")
    assert states[garbled] == ("rejected", "malformed_death")
    # p-1 leaves every count but the deceased row of their place; p-2 is still counted
    assert _coverage(http) == {"(enrolled)": 1, "CT": 1, "(deceased)": 1}
    assert http.get("/v1/stats").json()["deceased"] == 1
    with_names = http.get("/v1/reports/coverage").json()["rows"]
    assert any(r["programme_name"].startswith("recorded as deceased") for r in with_names)

    withdrawn = _queue(station, "person_death", "p-1", {
        "person_id": "p-1", "died_on": None, "undone": True, "reason": "wrong certificate"})
    _sync(http, station)
    assert _states(station)[withdrawn] == ("acked", "death_withdrawn")
    # the person counts again, but not in the programme the death ended (the station does
    # not reinstate it: the clerk proposes it again)
    assert _coverage(http) == {"(enrolled)": 2, "CT": 2}
    assert http.get("/v1/stats").json()["deceased"] == 0
