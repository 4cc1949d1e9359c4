"""Review of the office zone's exchange: who may change a station's zone at the centre, and
what a captured declaration can do later. The real app on SQLite and PostgreSQL, a
station's real client and key."""

from __future__ import annotations

import json
from collections.abc import Callable
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
from tests.sync.conftest import CentralProcess
from tests.sync.test_office_days import (  # noqa: F401 (fixtures)
    PHNOM_PENH,
    _zone_at_centre,
    centre,
    cli_station_in,
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
    # the station itself says nothing while the centre lists it so (no refusal per sync)
    assert not registration.declare_time_zone(client, client.master_data(), "st-gone", key,
                                              "Asia/Jayapura")
    # and the centre refuses the key's declaration
    with pytest.raises(CentralRefused) as refused:
        client.declare_time_zone("st-gone", "Asia/Jayapura", PHNOM_PENH, key.sign(
            registration.zone_message("st-gone", "Asia/Jayapura", PHNOM_PENH)))
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


def _zone_only_this_station_knows(tmp_path: Path) -> str:
    """A zone in this station's tzdata that the centre's lacks (a newer tzdata here): a copy
    of Jakarta's rules under a name no tzdata has, on this process's zone path only."""
    import zoneinfo
    from importlib.resources import files

    folder = tmp_path / "zones" / "Asia"
    folder.mkdir(parents=True)
    (folder / "Example_New").write_bytes(
        files("tzdata.zoneinfo").joinpath("Asia", "Jakarta").read_bytes())
    zoneinfo.reset_tzpath(to=[str(tmp_path / "zones")])
    return "Asia/Example_New"


@pytest.mark.postgres
@pytest.mark.slow
def test_a_zone_the_centre_does_not_know_warns_and_neither_fails_the_sync_nor_logs_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
) -> None:
    """The records went up; only the office's zone was not taken (the centre's tzdata is
    older): `sws sync` says so as a warning and ends 0, the first sync's refusal is kept in
    the centre's log, and the next sync adds no row there."""
    import zoneinfo

    from tests._cli import sws

    database = new_database_url()
    central = central_factory(database)
    cli_station_in(PHNOM_PENH, central.url, "st-new-tzdata", tmp_path, monkeypatch, capsys)
    try:
        monkeypatch.setenv("SWS_TIME_ZONE", _zone_only_this_station_knows(tmp_path))
        for _ in range(2):
            code, out, err = sws(capsys, "sync")
            assert code == 0, err
            assert "warning" in err and "Asia/Example_New" in err
            assert "sent 0" in out
        code, out, err = sws(capsys, "sync", "--json")  # a script reads it there too
        assert code == 0, err
        assert "Asia/Example_New" in json.loads(out)["time_zone_refused"]
    finally:
        zoneinfo.reset_tzpath()
    client = CentralClient(central.url)
    assert _zone_at_centre(client, "st-new-tzdata") == PHNOM_PENH
    client.close()
    assert refusals(database, "bad_time_zone") == 1


def test_a_zone_read_from_a_file_is_sent_only_under_a_name_the_zone_database_has() -> None:
    """TZ=:/opt/zones/Jakarta gives a zone whose key is the file's name, 'Jakarta': the
    centre knows no such zone and would refuse it at every sync; the station says nothing
    (the centre keeps what it had)."""
    from importlib.resources import files
    from io import BytesIO
    from zoneinfo import ZoneInfo

    rules = files("tzdata.zoneinfo").joinpath("Asia", "Jakarta").read_bytes()
    assert registration.zone_name(ZoneInfo.from_file(BytesIO(rules), key="Jakarta")) is None
    assert registration.zone_name(ZoneInfo.from_file(BytesIO(rules), key="Asia/Jakarta")
                                  ) == "Asia/Jakarta"


def test_the_windows_worker_warns_once_of_a_refused_zone_not_every_round(
        centre: TestClient, tmp_path: Path, db_url: str,  # noqa: F811
        caplog: pytest.LogCaptureFixture) -> None:
    """Every 30 s the window's worker says the zone again (a request, not a row at the
    centre); its log said the same warning every 30 s for as long as the window ran."""
    import logging

    from sync.worker import SyncWorker
    from tests.sync.test_office_days import NOW, registered_uploader

    station = make_station(tmp_path / "w.sqlite3", "st-worker")
    client, uploader = registered_uploader(centre, station, PHNOM_PENH)
    worker = SyncWorker(uploader, lambda: NOW, time_zone="Mars/Olympus")
    with caplog.at_level(logging.INFO, logger="sync.worker"):
        for _ in range(3):
            worker.run_round()
    warned = [r for r in caplog.records
              if r.levelno >= logging.WARNING and "Mars/Olympus" in r.getMessage()]
    assert len(warned) == 1, [r.getMessage() for r in caplog.records]
    assert refusals(db_url, "bad_time_zone") == 1
    assert _zone_at_centre(client, "st-worker") == PHNOM_PENH
