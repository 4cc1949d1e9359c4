"""The centre counts each record on its office's calendar day: a station tells the centre its
office's time zone (at registration, and later when it changes), and the reports cut each
station's days at its own midnight. The real app on a real PostgreSQL and on SQLite, a
station's real uploader and client."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from sync import registration
from sync.central import schema as t
from sync.central.app import CentralConfig, create_app, make_engine
from sync.client import CentralClient, register_station
from sync.errors import CentralRefused
from sync.keys import b64
from sync.outbox import enqueue
from sync.packets import encode_biometrics
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import Station, fake_templates, make_station, settle
from tests.sync.conftest import CentralProcess

#: The centre's clock: 1 July 2026.
NOW = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
PLACE = {"province": "12", "district": "1204", "commune": "120401"}
#: 06:30 on 1 April in Phnom Penh (UTC+7): 23:30 UTC on 31 March.
MORNING = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
PHNOM_PENH = "Asia/Phnom_Penh"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def centre(tmp_path: Path, db_url: str) -> Iterator[TestClient]:
    app = create_app(CentralConfig(db_url=db_url, key_path=tmp_path / "central.pem",
                                   admin_token="secret", dedup="exact"), clock=lambda: NOW)
    with TestClient(app) as http:
        yield http


def queue(station: Station, kind: str, record: str, payload: dict[str, Any],
          when: datetime, bio: bytes | None = None) -> None:
    with station.engine.begin() as conn:
        enqueue(conn, station.table, kind=kind, record_id=record, payload=payload,
                sealed_biometrics=station.at_rest.seal(bio) if bio else None, now=when)


def morning_records(station: Station) -> None:
    """One record of every dated report, made at 06:30 on 1 April in Phnom Penh."""
    person = f"p-{station.station_id}"
    queue(station, "enrolment", person, {"person_id": person, "demographics": {
        "address": PLACE}, "programmes": ["HEALTH"]}, MORNING,
        encode_biometrics(fake_templates(random.Random(person))))
    queue(station, "card_issue", f"C-{person}", {"card_id": f"C-{person}",
                                                   "person_id": person, "replaces": []},
          MORNING)
    queue(station, "service_use", f"v-{person}", {"facility": "Provincial hospital",
                                                   "card_id": f"C-{person}"}, MORNING)
    queue(station, "adjudication", f"a-{person}", {"outcome": "same_person",
                                                    "location": PLACE}, MORNING)


def registered_uploader(http: TestClient, station: Station,
                        time_zone: str | None) -> tuple[CentralClient, Uploader]:
    """``station`` registered with the centre at an office in ``time_zone``, and its
    uploader."""
    client = CentralClient("http://testserver", http=http)
    reg = register_station("http://testserver", station.key, station.station_id,
                           client=client, time_zone=time_zone)
    uploader = Uploader(station.engine, station.table,
                        StationIdentity(station.station_id, station.key, reg.central_key),
                        client, station.at_rest.unseal, rng=random.Random(1))
    return client, uploader


def sync(http: TestClient, station: Station, time_zone: str | None) -> None:
    _client, uploader = registered_uploader(http, station, time_zone)
    assert uploader.sync(lambda: NOW).pending == 0
    settle(uploader, NOW)


def figures(http: TestClient, **days: str) -> tuple[int, ...]:
    def rows(name: str) -> list[dict[str, Any]]:
        answer = http.get(f"/v1/reports/{name}", params=days)
        assert answer.status_code == 200, answer.text
        assert answer.json()["days"] == "each office's local days"
        return list(answer.json()["rows"])
    enrolled = sum(r["persons"] for r in rows("coverage") if r["programme"] == "(enrolled)")
    return (enrolled, rows("cards")[0]["cards_issued"],
            sum(r["service_uses"] for r in rows("service-uses")),
            sum(r["prevented_at_station"] for r in rows("duplicates")))


def test_a_phnom_penh_morning_counts_on_the_offices_day_a_silent_station_on_utcs(
        centre: TestClient, tmp_path: Path) -> None:
    """The same instant, two stations: the one in Phnom Penh counts it on 1 April (its
    office's date), the one that never said its zone on 31 March (UTC's date)."""
    office = make_station(tmp_path / "pp.sqlite3", "st-phnom-penh")
    silent = make_station(tmp_path / "utc.sqlite3", "st-silent")
    morning_records(office)
    morning_records(silent)
    sync(centre, office, PHNOM_PENH)
    sync(centre, silent, None)

    office_only = (1, 1, 1, 1)
    assert figures(centre, since="2026-04-01", until="2026-04-01") == office_only
    assert figures(centre, since="2026-03-31", until="2026-03-31") == office_only  # silent
    assert figures(centre, until="2026-03-31") == office_only  # the silent one's only
    assert figures(centre, until="2026-04-01") == (2, 2, 2, 2)
    assert figures(centre, since="2026-04-01") == office_only
    assert figures(centre, until="2026-03-30") == (0, 0, 0, 0)
    csv = centre.get("/v1/reports/cards/csv", params={"until": "2026-04-01"})
    assert csv.content.decode("utf-8-sig").splitlines() == [
        "cards_issued,cards_revoked,cards_lost,days", "2,0,0,\"each office's local days\""]


def test_a_station_tells_a_changed_zone_at_a_later_sync_and_the_reports_follow(
        centre: TestClient, tmp_path: Path) -> None:
    """Registered before it said a zone (UTC), the station says Phnom Penh at its next sync
    (signed with its key); the records it delivers from then on are counted on the office's
    days, those already stored keep the days they were counted on."""
    station = make_station(tmp_path / "s.sqlite3", "st-later")
    morning_records(station)
    sync(centre, station, None)
    assert figures(centre, until="2026-03-31") == (1, 1, 1, 1)

    client = CentralClient("http://testserver", http=centre)
    master = client.master_data()
    assert registration.declare_time_zone(client, master, station.station_id, station.key,
                                          PHNOM_PENH)
    master = client.master_data()
    entry = next(s for s in master["stations"] if s["station_id"] == station.station_id)
    assert entry["time_zone"] == PHNOM_PENH
    # said once: the next sync sends nothing
    assert not registration.declare_time_zone(client, master, station.station_id,
                                              station.key, PHNOM_PENH)
    assert figures(centre, until="2026-03-31") == (1, 1, 1, 1)
    assert figures(centre, since="2026-04-01", until="2026-04-01") == (0, 0, 0, 0)
    queue(station, "service_use", "v-later", {"facility": "Provincial hospital",
                                               "card_id": "C-later"}, MORNING)
    sync(centre, station, PHNOM_PENH)
    uses = centre.get("/v1/reports/service-uses", params={"since": "2026-04-01",
                                                          "until": "2026-04-01"})
    assert sum(r["service_uses"] for r in uses.json()["rows"]) == 1


def refusals(db_url: str, reason: str) -> int:
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        found = int(conn.execute(sa.select(sa.func.count()).where(
            t.events.c.event == "rejected", t.events.c.reason == reason)).scalar_one())
    engine.dispose()
    return found


def test_an_unknown_zone_is_refused_with_its_reason_and_logged(
        centre: TestClient, tmp_path: Path, db_url: str) -> None:
    station = make_station(tmp_path / "s.sqlite3", "st-mars")
    client = CentralClient("http://testserver", http=centre)
    # a zone the centre's tzdata lacks keeps no office off the network: the station is
    # registered on UTC days, the refusal logged, and its next sync says the zone again
    assert register_station("http://testserver", station.key, station.station_id,
                            client=client, time_zone="Mars/Olympus").status == "active"
    assert refusals(db_url, "bad_time_zone") == 1
    assert _zone_at_centre(client, "st-mars") is None
    assert registration.declare_time_zone(client, client.master_data(), "st-mars",
                                          station.key, PHNOM_PENH)

    answer = centre.post("/v1/stations/st-mars/time-zone", json={
        "time_zone": "../../etc/passwd", "was": PHNOM_PENH, "version": 2,
        "signature": b64(station.key.sign(registration.zone_message(
            "st-mars", "../../etc/passwd", PHNOM_PENH, 2)))})
    assert answer.status_code == 400 and "../../etc/passwd" in answer.json()["detail"]
    assert refusals(db_url, "bad_time_zone") == 1  # logged once a day per station
    # a declaration the station's key did not sign changes nothing
    other = make_station(tmp_path / "o.sqlite3", "st-other").key
    answer = centre.post("/v1/stations/st-mars/time-zone", json={
        "time_zone": "Asia/Jakarta", "was": PHNOM_PENH,
        "signature": b64(other.sign(registration.zone_message("st-mars", "Asia/Jakarta",
                                                              PHNOM_PENH)))})
    assert answer.status_code == 403
    assert refusals(db_url, "bad_signature") == 1
    entry = next(s for s in client.master_data()["stations"] if s["station_id"] == "st-mars")
    assert entry["time_zone"] == PHNOM_PENH


def _version_6_database(url: str) -> None:
    engine = sa.create_engine(url)
    t.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE stations DROP COLUMN time_zone")
        conn.execute(t.schema_version.insert().values(version=6))
    old = sa.Table("stations", sa.MetaData(), autoload_with=engine)
    with engine.begin() as conn:
        conn.execute(old.insert().values(id="st-old", public_key=b"k" * 32, name="n",
                                         office="o", status="active",
                                         registered_at=datetime(2025, 1, 1)))
    engine.dispose()


def test_a_version_6_database_gains_the_zone_column_its_stations_utc(db_url: str) -> None:
    _version_6_database(db_url)
    for _ in range(2):  # migrated once; the second start has nothing to do
        engine = make_engine(db_url)
        with engine.connect() as conn:
            assert conn.execute(sa.select(t.schema_version.c.version)).scalar_one() == \
                t.SCHEMA_VERSION
            assert conn.execute(sa.select(t.stations.c.id, t.stations.c.office,
                                          t.stations.c.time_zone)).all() == [
                ("st-old", "o", None)]
        engine.dispose()


def test_the_zone_goes_with_the_registration_and_is_in_the_master_data(
        centre: TestClient, tmp_path: Path) -> None:
    station = make_station(tmp_path / "s.sqlite3", "st-reg")
    client = CentralClient("http://testserver", http=centre)
    register_station("http://testserver", station.key, station.station_id, client=client,
                     time_zone="Asia/Makassar")
    entry = next(s for s in client.master_data()["stations"] if s["station_id"] == "st-reg")
    assert entry["time_zone"] == "Asia/Makassar"


def test_the_office_zone_has_a_name_to_send(tmp_path: Path) -> None:
    from datetime import timedelta, timezone
    from zoneinfo import TZPATH, ZoneInfo

    assert registration.zone_name(ZoneInfo(PHNOM_PENH)) == PHNOM_PENH
    assert registration.zone_name(UTC) == "UTC"
    assert registration.zone_name(timezone(timedelta(hours=7))) is None  # no IANA name
    # a zone read from a copied /etc/localtime is named "localtime": the centre's own
    # localtime would be another zone, so it is not sent
    copied = next((Path(root) / "Asia" / "Jakarta" for root in TZPATH
                   if (Path(root) / "Asia" / "Jakarta").exists()), None)
    if copied is None:
        pytest.skip("no zone files on this machine (only the tzdata package)")
    with copied.open("rb") as f:
        assert registration.zone_name(ZoneInfo.from_file(f, key="localtime")) is None


def test_the_centre_takes_no_machine_dependent_name_for_a_zone(
        centre: TestClient, tmp_path: Path) -> None:
    """"localtime" would be the centre's own zone, not the office's: refused like a typo
    (the station is registered, on UTC days)."""
    client = CentralClient("http://testserver", http=centre)
    for name in ("localtime", "Factory", "posixrules"):
        station = make_station(tmp_path / f"{name}.sqlite3", f"st-{name.lower()}")
        register_station("http://testserver", station.key, station.station_id,
                         client=client, time_zone=name)
        assert _zone_at_centre(client, station.station_id) is None
        with pytest.raises(CentralRefused, match=name):
            client.declare_time_zone(station.station_id, name, None, station.key.sign(
                registration.zone_message(station.station_id, name, None)))



def _zone_at_centre(client: CentralClient, station_id: str) -> str | None:
    entry = next(s for s in client.master_data()["stations"] if s["station_id"] == station_id)
    return entry["time_zone"]  # type: ignore[no-any-return]


def test_the_windows_sync_worker_says_a_changed_zone(centre: TestClient, tmp_path: Path) -> None:
    from sync.worker import SyncWorker

    station = make_station(tmp_path / "s.sqlite3", "st-window")
    client, uploader = registered_uploader(centre, station, PHNOM_PENH)
    SyncWorker(uploader, lambda: NOW, time_zone="Asia/Jayapura").run_round()
    assert _zone_at_centre(client, station.station_id) == "Asia/Jayapura"


def cli_station_in(zone: str, central_url: str, station_id: str, tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A station made by `sws init --central` (its supervisor signed in for the commands
    after it) at an office in ``zone``."""
    from tests._cli import sws

    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(tmp_path / "station"))
    monkeypatch.setenv("SWS_STATION_ID", station_id)
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", "correct horse battery staple 42")
    monkeypatch.setenv("SWS_TIME_ZONE", zone)
    code, _, err = sws(capsys, "init", "--username", "super", "--password",
                       "correct horse battery staple 42", "--central", central_url)
    assert code == 0, err


@pytest.mark.postgres
@pytest.mark.slow
def test_sws_init_central_and_sws_sync_tell_the_centre_the_offices_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
) -> None:
    from tests._cli import sws

    central = central_factory(new_database_url())
    cli_station_in(PHNOM_PENH, central.url, "st-cli-zone", tmp_path, monkeypatch, capsys)
    client = CentralClient(central.url)
    assert _zone_at_centre(client, "st-cli-zone") == PHNOM_PENH

    monkeypatch.setenv("SWS_TIME_ZONE", "Asia/Jakarta")  # the office's zone set right
    code, _, err = sws(capsys, "sync")
    assert code == 0, err
    assert _zone_at_centre(client, "st-cli-zone") == "Asia/Jakarta"
    client.close()


def test_duplicates_until_a_day_stand_at_each_offices_midnight(db_url: str) -> None:
    """An enrolment from Phnom Penh an adjudicator refused at 20:00 UTC on 1 April (03:00 on
    2 April there): at the end of 1 April in Phnom Penh it was still awaiting; the same case
    from a station that never said its zone was decided by the end of its (UTC) 1 April."""
    from datetime import date

    from sync.central import reports
    from sync.central.ingest import REJECTED

    engine = make_engine(db_url)
    decided = datetime(2026, 4, 1, 20, 0)
    with engine.begin() as conn:
        for station, zone in (("st-pp", PHNOM_PENH), ("st-utc", None)):
            conn.execute(t.stations.insert().values(
                id=station, public_key=station.encode().ljust(32, b"k"), name="", office="",
                status="active", registered_at=datetime(2026, 1, 1), time_zone=zone))
            conn.execute(t.packets.insert().values(
                id=f"pk-{station}", station_id=station, seq=1, kind="enrolment",
                record_id=f"p-{station}", created_at="2026-03-31T02:00:00Z",
                received_at=decided, digest=b"d", payload=b"", status=REJECTED,
                reason=reports.SAME_PERSON, province="12", district="1204", arrival=1,
                time_zone=zone))
            conn.execute(t.events.insert().values(
                at=decided, event="adjudicated", reason="same_person", station_id=station,
                packet_id=f"pk-{station}"))
    with engine.connect() as conn:
        rows = reports.duplicates(conn, reports.Scope(until=date(2026, 4, 1)))
        later = reports.duplicates(conn, reports.Scope(until=date(2026, 4, 2)))
    engine.dispose()
    assert [(r["awaiting_adjudication"], r["confirmed_same_person"]) for r in rows] == [(1, 1)]
    assert [(r["awaiting_adjudication"], r["confirmed_same_person"]) for r in later] == [
        (0, 2)]
