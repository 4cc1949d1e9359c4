"""A revocation stands from its first day: revoking a revoked station again is refused by
the service itself, not only by `sws central revoke`. Moving ``revoked_at`` to the later
call made every card the station's signer signed in between pass at every desk that checks
cards against the revocation date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient

from sync.central import schema as t
from sync.central.app import CentralConfig, create_app
from sync.client import CentralClient, register_station
from tests.sync._support import T0
from tests.sync.test_expiry import Clock

ADMIN = {"X-Admin-Token": "secret"}


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[tuple[TestClient, Clock, str]]:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    clock = Clock(T0)
    app = create_app(CentralConfig(db_url=url, key_path=tmp_path / "central.pem",
                                   admin_token="secret", dedup="exact", auto_approve=True),
                     clock=clock)
    with TestClient(app) as http:
        yield http, clock, url


def test_a_revoked_station_is_not_revoked_again_by_the_service(
        centre: tuple[TestClient, Clock, str]) -> None:
    http, clock, url = centre
    api = CentralClient("http://testserver", http=http)
    register_station("http://testserver", Ed25519PrivateKey.generate(), "st-1", client=api)
    first = http.post("/v1/stations/st-1/revoke", json={"reason": "laptop stolen"},
                      headers=ADMIN)
    assert first.status_code == 200, first.text
    clock.now = T0 + timedelta(days=30)
    again = http.post("/v1/stations/st-1/revoke", json={"reason": "found it was stolen"},
                      headers=ADMIN)
    assert again.status_code == 409, again.text
    detail = again.json()["detail"]
    assert "already revoked" in detail and "\n" not in detail
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        row = conn.execute(sa.select(t.stations.c.revoked_at, t.stations.c.revoke_reason)
                           .where(t.stations.c.id == "st-1")).one()
        trail = conn.execute(sa.select(sa.func.count()).select_from(t.operator_actions)
                             .where(t.operator_actions.c.action == "station_revoke")).scalar()
    engine.dispose()
    assert row.revoked_at == T0.replace(tzinfo=None)  # the first revocation's day stands
    assert row.revoke_reason == "laptop stolen"
    assert trail == 1  # nothing done, nothing in the operator trail
    # approving it again, then revoking, is a new revocation
    assert http.post("/v1/stations/st-1/approve", headers=ADMIN).status_code == 200
    assert http.post("/v1/stations/st-1/revoke", json={"reason": "closed"},
                     headers=ADMIN).status_code == 200
