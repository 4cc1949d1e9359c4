"""A zone declaration is signed over the station's zone version at the centre: once the zone
went A -> B -> A, the captured "B in place of A" declaration sent again is stale. The real
central server (uvicorn in a subprocess) on SQLite and on a real PostgreSQL, a station's
real client and key."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from sync import registration
from sync.client import CentralClient, register_station
from sync.errors import CentralRefused
from sync.keys import b64
from tests.sync._support import make_station
from tests.sync.conftest import CentralProcess
from tests.sync.test_office_days import (  # noqa: F401 (fixtures)
    PHNOM_PENH,
    _zone_at_centre,
    centre,
    db_url,
    refusals,
)

JAKARTA = "Asia/Jakarta"


def _entry(client: CentralClient, station_id: str) -> dict[str, object]:
    return next(s for s in client.master_data()["stations"] if s["station_id"] == station_id)


@pytest.mark.slow
def test_a_captured_declaration_replayed_after_the_zone_came_back_is_refused(
        db_url: str, tmp_path: Path,  # noqa: F811
        central_factory: Callable[..., CentralProcess]) -> None:
    """Phnom Penh -> Jakarta -> Phnom Penh, each signed by the station; the Jakarta request
    sent again by anyone who saw it must not put the office on Jakarta's days."""
    central = central_factory(db_url)
    station = make_station(tmp_path / "s.sqlite3", "st-back")
    sent: list[bytes] = []

    def keep(request: httpx.Request) -> None:
        if request.url.path.endswith("/time-zone"):
            sent.append(request.read())

    http = httpx.Client(base_url=central.url, event_hooks={"request": [keep]})
    client = CentralClient(central.url, http=http)
    try:
        register_station(central.url, station.key, station.station_id, client=client,
                         time_zone=PHNOM_PENH)
        assert _entry(client, station.station_id)["zone_version"] == 0
        for zone in (JAKARTA, PHNOM_PENH):
            assert registration.declare_time_zone(client, client.master_data(),
                                                  station.station_id, station.key, zone)
        assert _zone_at_centre(client, station.station_id) == PHNOM_PENH
        assert _entry(client, station.station_id)["zone_version"] == 2
        captured = json.loads(sent[0])
        assert (captured["time_zone"], captured["was"]) == (JAKARTA, PHNOM_PENH)

        answer = httpx.post(f"{central.url}/v1/stations/{station.station_id}/time-zone",
                            json=captured)
        assert answer.status_code == 409, answer.text
        assert "stale" in answer.json()["detail"] or "old declaration" in \
            answer.json()["detail"]
        assert _zone_at_centre(client, station.station_id) == PHNOM_PENH
        assert _entry(client, station.station_id)["zone_version"] == 2
        assert refusals(db_url, "stale_time_zone") == 1
    finally:
        client.close()


@pytest.mark.slow
def test_a_declaration_signed_over_another_version_is_refused_and_an_unversioned_one_changes_no_zone(  # noqa: E501
        db_url: str, tmp_path: Path,  # noqa: F811
        central_factory: Callable[..., CentralProcess]) -> None:
    """Only the next version is taken; a declaration without a version (a station from
    before versions, or one signed before them) may only say a station's first zone, which
    is never of use again once a zone is on record."""
    central = central_factory(db_url)
    client = CentralClient(central.url)
    first = make_station(tmp_path / "a.sqlite3", "st-first")
    try:
        register_station(central.url, first.key, first.station_id, client=client)
        old_form = registration.zone_message(first.station_id, PHNOM_PENH, None)
        assert client.declare_time_zone(first.station_id, PHNOM_PENH, None,
                                        first.key.sign(old_form)) == PHNOM_PENH
        assert _entry(client, first.station_id)["zone_version"] == 1
        old_form = registration.zone_message(first.station_id, JAKARTA, PHNOM_PENH)
        with pytest.raises(CentralRefused) as refused:
            client.declare_time_zone(first.station_id, JAKARTA, PHNOM_PENH,
                                     first.key.sign(old_form))
        assert refused.value.status_code == 409 and "update" in refused.value.detail
        for version in (1, 3):  # the current one, and one ahead
            signed = first.key.sign(registration.zone_message(
                first.station_id, JAKARTA, PHNOM_PENH, version))
            answer = httpx.post(f"{central.url}/v1/stations/{first.station_id}/time-zone",
                                json={"time_zone": JAKARTA, "was": PHNOM_PENH,
                                      "version": version, "signature": b64(signed)})
            assert answer.status_code == 409, answer.text
        assert _zone_at_centre(client, first.station_id) == PHNOM_PENH
        # a version the key did not sign is no version
        signed = first.key.sign(registration.zone_message(first.station_id, JAKARTA,
                                                          PHNOM_PENH, 3))
        answer = httpx.post(f"{central.url}/v1/stations/{first.station_id}/time-zone",
                            json={"time_zone": JAKARTA, "was": PHNOM_PENH, "version": 2,
                                  "signature": b64(signed)})
        assert answer.status_code == 403, answer.text
        assert _zone_at_centre(client, first.station_id) == PHNOM_PENH
        assert refusals(db_url, "bad_signature") == 1
    finally:
        client.close()


def test_a_station_signs_the_unversioned_form_for_a_centre_that_lists_no_versions(
        centre: TestClient, tmp_path: Path) -> None:  # noqa: F811
    """Master data without ``zone_version`` (a centre from before versions): the station
    sends the form that centre checks, which a centre with versions also takes as a first
    zone."""
    station = make_station(tmp_path / "s.sqlite3", "st-older-centre")
    client = CentralClient("http://testserver", http=centre)
    register_station("http://testserver", station.key, station.station_id, client=client)
    master = client.master_data()
    for entry in master["stations"]:
        entry.pop("zone_version")
    assert registration.declare_time_zone(client, master, station.station_id, station.key,
                                          PHNOM_PENH)
    assert _zone_at_centre(client, station.station_id) == PHNOM_PENH
    assert _entry(client, station.station_id)["zone_version"] == 1
