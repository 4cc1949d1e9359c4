"""The whole loop in one process (FastAPI TestClient, SQLite): fast checks of the semantics."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from sync.central import schema as t
from sync.central.app import CentralConfig, create_app
from sync.client import CentralClient, register_station
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, fill, make_station


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    app = create_app(CentralConfig(db_url=url, key_path=tmp_path / "central.pem",
                                   admin_token="secret"), clock=lambda: T0)
    with TestClient(app) as http:
        yield http, url


def test_everything_queued_arrives_once_with_its_content(central, tmp_path: Path) -> None:
    http, url = central
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 60, random.Random(1))
    client = CentralClient("http://testserver", http=http)
    reg = register_station("http://testserver", station.key, "st-1", client=client)
    assert reg.status == "active"
    uploader = Uploader(station.engine, station.table,
                        StationIdentity("st-1", station.key, reg.central_key), client,
                        station.at_rest.unseal, rng=random.Random(2), batch_size=16)
    report = uploader.sync(lambda: T0 + timedelta(days=3))
    assert (report.sent, report.pending, report.rejected) == (60, 0, 0)
    again = uploader.sync(lambda: T0 + timedelta(days=3))
    assert again.sent == 0
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        ids = set(conn.execute(sa.select(t.packets.c.id)).scalars())
        persons = conn.execute(sa.select(sa.func.count()).select_from(t.persons)).scalar()
    assert ids == set(station.items)
    assert persons == sum(1 for i in station.items.values() if i["kind"] == "enrolment")
    stats = http.get("/v1/stats").json()
    assert stats["packets"] == 60
    assert stats["rejected"] == 0
