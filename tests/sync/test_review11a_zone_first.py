"""The records waiting at a station go up dated in the zone it says at that sync, not the one
the centre held before: the centre dates each packet by the zone on record when it stores it
(schema 8), so a sync that uploaded first and said the new zone after dated the waiting
records, for good, in the old one (UTC's for a station registered before it said any). The
real app on SQLite and on a real PostgreSQL, the station's real uploader, worker and key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from sync.central import schema as t
from tests.sync._support import make_station, settle
from tests.sync.conftest import CentralProcess
from tests.sync.test_office_days import (  # noqa: F401 (fixtures)
    NOW,
    PHNOM_PENH,
    _zone_at_centre,
    centre,
    db_url,
    figures,
    morning_records,
    registered_uploader,
)


def test_the_windows_worker_says_the_zone_before_the_waiting_records_go_up(
        centre: TestClient, tmp_path: Path) -> None:  # noqa: F811
    """A station registered before it said a zone (an earlier version, or SWS_TIME_ZONE set
    since) with a Phnom Penh morning waiting: its records count on 1 April."""
    from sync.worker import SyncWorker

    station = make_station(tmp_path / "s.sqlite3", "st-first")
    morning_records(station)
    client, uploader = registered_uploader(centre, station, None)
    worker = SyncWorker(uploader, lambda: NOW, time_zone=PHNOM_PENH)
    worker.run_round()
    settle(uploader, NOW)
    assert _zone_at_centre(client, station.station_id) == PHNOM_PENH
    assert figures(centre, since="2026-04-01", until="2026-04-01") == (1, 1, 1, 1)
    assert figures(centre, until="2026-03-31") == (0, 0, 0, 0)
    worker.run_round()  # said once: nothing changes at the next round
    assert figures(centre, since="2026-04-01", until="2026-04-01") == (1, 1, 1, 1)


@pytest.mark.postgres
@pytest.mark.slow
def test_sws_sync_says_the_zone_before_the_waiting_records_go_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
) -> None:
    """The office's zone set right (SWS_TIME_ZONE) with an enrolment waiting: `sws sync`
    stores it dated in the zone it says at that sync."""
    from tests._cli import sws
    from tests.sync.test_cli import PERSON, SAMPLE
    from tests.sync.test_office_days import cli_station_in

    if not (SAMPLE / "101_1.png").exists():
        pytest.skip("the committed fingerprint sample set is absent")
    url = new_database_url()
    central = central_factory(url)
    cli_station_in(PHNOM_PENH, central.url, "st-cli-first", tmp_path, monkeypatch, capsys)
    code, _, err = sws(capsys, "enrol", *PERSON,
                       "--finger", f"right-index={SAMPLE / '101_1.png'}",
                       "--finger", f"left-index={SAMPLE / '102_1.png'}")
    assert code == 0, err

    monkeypatch.setenv("SWS_TIME_ZONE", "Asia/Jakarta")  # the office's zone set right
    code, _, err = sws(capsys, "sync")
    assert code == 0, err
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        p = t.packets.c
        zones = set(conn.execute(sa.select(p.time_zone)
                                 .where(p.station_id == "st-cli-first")).scalars())
    engine.dispose()
    assert zones == {"Asia/Jakarta"}


def test_an_old_stations_unversioned_change_is_refused_saying_what_and_why_once_a_day(
        centre: TestClient, tmp_path: Path, db_url: str) -> None:  # noqa: F811
    """A station from before zone versions says Jakarta in place of Phnom Penh at every
    sync: the refusal names both zones and what to do, and is logged once a day."""
    from sync import registration
    from sync.client import CentralClient, register_station
    from sync.errors import CentralRefused
    from tests.sync.test_office_days import refusals

    station = make_station(tmp_path / "s.sqlite3", "st-old")
    client = CentralClient("http://testserver", http=centre)
    register_station("http://testserver", station.key, station.station_id, client=client,
                     time_zone=PHNOM_PENH)
    old_form = registration.zone_message(station.station_id, "Asia/Jakarta", PHNOM_PENH)
    for _ in range(2):  # two syncs
        with pytest.raises(CentralRefused) as refused:
            client.declare_time_zone(station.station_id, "Asia/Jakarta", PHNOM_PENH,
                                     station.key.sign(old_form))
        said = refused.value.detail
        assert refused.value.status_code == 409
        assert "Asia/Jakarta" in said and PHNOM_PENH in said and "update" in said, said
    assert refusals(db_url, "stale_time_zone") == 1
    assert _zone_at_centre(client, station.station_id) == PHNOM_PENH


def test_records_waiting_out_their_backoff_bring_no_extra_pull(
        centre: TestClient, tmp_path: Path) -> None:  # noqa: F811
    """Nothing due this round (the records wait out a backoff): the zone is said after the
    round's upload as before, with the round's one master-data pull, not a second one."""
    from datetime import timedelta

    from sync.outbox import utc_naive
    from sync.worker import SyncWorker

    station = make_station(tmp_path / "s.sqlite3", "st-backoff")
    morning_records(station)
    with station.engine.begin() as conn:
        conn.execute(station.table.update().values(
            next_attempt_at=utc_naive(NOW + timedelta(minutes=10))))
    client, uploader = registered_uploader(centre, station, None)
    pulls: list[str] = []
    centre.event_hooks["request"].append(
        lambda request: pulls.append(request.url.path)
        if request.url.path == "/v1/master-data" else None)
    SyncWorker(uploader, lambda: NOW, time_zone=PHNOM_PENH).run_round()
    assert len(pulls) == 1
    assert _zone_at_centre(client, station.station_id) == PHNOM_PENH
