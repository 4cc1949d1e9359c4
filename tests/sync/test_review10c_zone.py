"""Review of the office zone's exchange: who may change a station's zone at the centre, and
what a captured declaration can do later. The real app on SQLite and PostgreSQL, a
station's real client and key."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient

from sync import registration
from sync.central import schema as t
from sync.client import CentralClient, register_station
from sync.errors import CentralRefused
from tests.sync._support import make_station
from tests.sync.test_office_days import (  # noqa: F401 (fixtures)
    PHNOM_PENH,
    _zone_at_centre,
    centre,
    db_url,
    refusals,
)


def _registered(http: TestClient, tmp_path: Path, station_id: str
                ) -> tuple[CentralClient, Ed25519PrivateKey]:
    station = make_station(tmp_path / f"{station_id}.sqlite3", station_id)
    client = CentralClient("http://testserver", http=http)
    register_station("http://testserver", station.key, station_id, client=client,
                     time_zone=PHNOM_PENH)
    return client, station.key


@pytest.mark.parametrize("status", ["revoked", "suspended"])
def test_a_revoked_or_suspended_station_cannot_move_its_records_to_other_days(
        centre: TestClient, tmp_path: Path, db_url: str, status: str) -> None:  # noqa: F811
    """A stolen laptop's key (revoked) or a cloned home (suspended) must not re-date the
    station's records in every report by declaring another zone."""
    client, key = _registered(centre, tmp_path, "st-gone")
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(t.stations.update().where(t.stations.c.id == "st-gone")
                     .values(status=status))
    engine.dispose()
    with pytest.raises(CentralRefused) as refused:
        registration.declare_time_zone(client, client.master_data(), "st-gone", key,
                                       "Asia/Jayapura")
    assert refused.value.status_code == 403
    assert status in refused.value.detail
    assert _zone_at_centre(client, "st-gone") == PHNOM_PENH
    assert refusals(db_url, f"station_{status}") == 1


def test_a_captured_declaration_replayed_after_the_zone_changed_is_refused(
        centre: TestClient, tmp_path: Path, db_url: str) -> None:  # noqa: F811
    """Phnom Penh, then Jayapura (both signed); the first request sent again by anyone who
    saw it must not put the office back on Phnom Penh's days."""
    client, key = _registered(centre, tmp_path, "st-replay")
    sent: list[object] = []
    request = centre.request

    def keep(method: str, url: str, **kwargs: object) -> object:
        if url.endswith("/time-zone"):
            sent.append(kwargs["json"])
        return request(method, url, **kwargs)  # type: ignore[arg-type]

    centre.request = keep  # type: ignore[method-assign,assignment]
    try:
        for zone in ("Asia/Jakarta", "Asia/Jayapura"):
            assert registration.declare_time_zone(client, client.master_data(), "st-replay",
                                                  key, zone)
    finally:
        del centre.request
    assert _zone_at_centre(client, "st-replay") == "Asia/Jayapura"
    answer = centre.post("/v1/stations/st-replay/time-zone", json=sent[0])
    assert answer.status_code == 409, answer.text
    assert _zone_at_centre(client, "st-replay") == "Asia/Jayapura"
