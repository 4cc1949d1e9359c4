"""The centre's answers land on exactly the outbox items they answer: a batch answered
``received`` is written in one statement over its items' positions, items given answers of
their own one by one, and nothing else in the outbox moves."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from fastapi.testclient import TestClient

from sync.central.app import CentralConfig, create_app
from sync.client import CentralClient, register_station
from sync.outbox import utc_naive
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, fill, make_station


def _rows(engine: sa.Engine, table: sa.Table) -> dict[str, tuple[object, ...]]:
    with engine.connect() as conn:
        return {str(r.id): (r.kind, r.state, r.attempts, r.central_status, r.acked_at,
                            r.next_attempt_at)
                for r in conn.execute(sa.select(table))}


def test_answers_are_written_to_the_items_answered_and_no_other(tmp_path: Path) -> None:
    app = create_app(CentralConfig(db_url=f"sqlite:///{tmp_path / 'central.sqlite3'}",
                                   key_path=tmp_path / "central.pem", dedup="exact",
                                   dedup_worker=False), clock=lambda: T0)
    station = make_station(tmp_path / "station.sqlite3", "st-1")
    fill(station, 30, random.Random(5))
    later = utc_naive(T0 + timedelta(hours=1))
    waiting = list(station.items)[3:9]  # backing off after a failure: not due, not sent
    c = station.table.c
    with station.engine.begin() as conn:
        conn.execute(sa.update(station.table).where(c.id.in_(waiting))
                     .values(state="sent", attempts=2, next_attempt_at=later))
    before = _rows(station.engine, station.table)
    with TestClient(app) as http:
        client = CentralClient("http://testserver", http=http)
        reg = register_station("http://testserver", station.key, "st-1", client=client)
        uploader = Uploader(station.engine, station.table,
                            StationIdentity("st-1", station.key, reg.central_key), client,
                            station.at_rest.unseal, rng=random.Random(2), batch_size=7)
        report = uploader.sync(lambda: T0)
    after = _rows(station.engine, station.table)
    assert report.sent == 24 and report.pending == 6
    for item, (kind, state, attempts, status, acked_at, retry) in after.items():
        if item in waiting:
            assert (kind, state, attempts, status, acked_at, retry) == before[item]
            continue
        # enrolments wait for the 1:N decision, the rest are accepted at once
        expected = ("received", "received") if kind == "enrolment" else ("acked", "accepted")
        assert (state, status) == expected, item
        assert (attempts, acked_at, retry) == (1, utc_naive(T0), None), item
    kinds = {kind for kind, *_ in after.values()}
    assert "enrolment" in kinds and len(kinds) > 1  # both kinds of answer were written
