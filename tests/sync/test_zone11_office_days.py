"""A record keeps the office day it was counted on when its station's zone changes later: the
zone that dates a record is the one the centre held for its station when the packet was
stored. The real app on SQLite and on a real PostgreSQL, a station's real uploader, client
and key; a version-7 database migrated at start."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from fastapi.testclient import TestClient

from sync import registration
from sync.central import schema as t
from sync.central.app import make_engine
from sync.client import CentralClient
from tests.sync._support import make_station
from tests.sync.test_office_days import (  # noqa: F401 (fixtures)
    PHNOM_PENH,
    _zone_at_centre,
    centre,
    db_url,
    figures,
    morning_records,
    queue,
    sync,
)

#: 06:30 on 2 April in UTC: the same clock time as the Phnom Penh morning, a day later.
UTC_MORNING = datetime(2026, 4, 2, 6, 30, tzinfo=UTC)


def test_a_zone_changed_later_leaves_the_days_of_the_records_already_stored(
        centre: TestClient, tmp_path: Path) -> None:  # noqa: F811
    """Records made at 06:30 on 1 April in Phnom Penh stay on 1 April when the station
    corrects its zone to UTC afterwards; a record made after the change is counted on the
    UTC day it was made."""
    station = make_station(tmp_path / "s.sqlite3", "st-moved")
    morning_records(station)
    sync(centre, station, PHNOM_PENH)
    assert figures(centre, since="2026-04-01", until="2026-04-01") == (1, 1, 1, 1)

    client = CentralClient("http://testserver", http=centre)
    assert registration.declare_time_zone(client, client.master_data(), station.station_id,
                                          station.key, "UTC")
    assert _zone_at_centre(client, station.station_id) == "UTC"
    # the records of 1 April in Phnom Penh were not moved to 31 March
    assert figures(centre, since="2026-04-01", until="2026-04-01") == (1, 1, 1, 1)
    assert figures(centre, until="2026-03-31") == (0, 0, 0, 0)

    # a record made since, at 23:30 UTC on 2 April (06:30 on 3 April in Phnom Penh): the
    # station's office now keeps UTC days
    queue(station, "service_use", "v-after", {"facility": "Provincial hospital",
                                               "card_id": "C-after"},
          datetime(2026, 4, 2, 23, 30, tzinfo=UTC))
    sync(centre, station, "UTC")
    uses = centre.get("/v1/reports/service-uses", params={"since": "2026-04-02",
                                                          "until": "2026-04-02"})
    assert sum(r["service_uses"] for r in uses.json()["rows"]) == 1
    assert figures(centre, since="2026-04-01", until="2026-04-01") == (1, 1, 1, 1)


def _version_7_database(url: str) -> None:
    """A central database as schema 7 left it: no packet zones, no zone versions; a station
    of Phnom Penh with a record of its 1 April morning (23:30 UTC on 31 March), a station
    that never said its zone with one at the same instant."""
    engine = sa.create_engine(url)
    t.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE packets DROP COLUMN time_zone")
        conn.exec_driver_sql("ALTER TABLE stations DROP COLUMN zone_version")
        conn.exec_driver_sql("DROP TABLE station_zones")
        conn.execute(t.schema_version.insert().values(version=7))
    old = sa.MetaData()
    stations = sa.Table("stations", old, autoload_with=engine)
    packets = sa.Table("packets", old, autoload_with=engine)
    with engine.begin() as conn:
        for station, zone in (("st-pp", PHNOM_PENH), ("st-utc", None)):
            conn.execute(stations.insert().values(
                id=station, public_key=station.encode().ljust(32, b"k"), name="", office="",
                status="active", registered_at=datetime(2026, 1, 1), time_zone=zone))
            conn.execute(packets.insert().values(
                id=f"pk-{station}", station_id=station, seq=1, kind="card_issue",
                record_id=f"c-{station}", created_at="2026-03-31T23:30:00Z",
                received_at=datetime(2026, 4, 1), digest=b"d", payload=b"",
                status="accepted", arrival=1))
    engine.dispose()


def test_a_version_7_database_dates_its_packets_by_their_stations_zone(db_url: str) -> None:  # noqa: F811
    from datetime import date

    from sync.central import reports

    _version_7_database(db_url)
    for _ in range(2):  # migrated once; the second start has nothing to do
        engine = make_engine(db_url)
        with engine.connect() as conn:
            assert conn.execute(sa.select(t.schema_version.c.version)).scalar_one() == \
                t.SCHEMA_VERSION
            p, s = t.packets.c, t.stations.c
            assert dict(conn.execute(sa.select(p.station_id, p.time_zone)).all()) == {
                "st-pp": PHNOM_PENH, "st-utc": None}
            assert dict(conn.execute(sa.select(s.id, s.zone_version)).all()) == {
                "st-pp": 0, "st-utc": 0}
            first = reports.cards(conn, reports.Scope(since=date(2026, 4, 1),
                                                      until=date(2026, 4, 1)))
            eve = reports.cards(conn, reports.Scope(since=date(2026, 3, 31),
                                                    until=date(2026, 3, 31)))
        engine.dispose()
        assert first[0]["cards_issued"] == 1 and eve[0]["cards_issued"] == 1
    # the station moves to UTC after the migration: its record stays on 1 April
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(t.stations.update().where(t.stations.c.id == "st-pp")
                     .values(time_zone="UTC"))
    with engine.connect() as conn:
        eve = reports.cards(conn, reports.Scope(since=date(2026, 3, 31),
                                                until=date(2026, 3, 31)))
    engine.dispose()
    assert eve[0]["cards_issued"] == 1  # the silent station's only
