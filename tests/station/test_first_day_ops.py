"""The station's other users on the command line: the central registry's operator, the
office's supervisor doing operations (backup, restore, a full disk), and what a station is told
by the centre. Each test is a defect found by running `sws` as they would; it asserts what they
see (one plain line, the documented exit code, a file only its owner can read).
"""

from __future__ import annotations

import json
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests._cli import sws as _sws
from tests._serve import serving
from tests.station.helpers import PASSWORD, use_home

ADMIN_TOKEN = "ops-admin-token"
PASSPHRASE = "a long backup passphrase"


def _home(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """``SWS_HOME`` at ``home``, the supervisor ``super`` signed in through the environment."""
    use_home(monkeypatch, home)


@pytest.fixture
def central(tmp_path: Path) -> Iterator[str]:
    """A real central registry on a real port (uvicorn in a thread, SQLite, exact dedup)."""
    from sync.central.app import CentralConfig, create_app

    app = create_app(CentralConfig(db_url=f"sqlite:///{tmp_path / 'central.sqlite3'}",
                                   key_path=tmp_path / "central.pem", admin_token=ADMIN_TOKEN,
                                   dedup="exact", dedup_worker=False))
    with serving(app) as url:
        yield url


# -- the centre revokes a station ---------------------------------------------------------------


def test_a_revoked_station_is_not_told_its_registration_is_valid(
        central: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A station the centre revoked (a stolen laptop) printed "registration valid until
    <next year>" under the error that it is revoked: the office read the good news."""
    home = tmp_path / "station"
    _home(monkeypatch, home)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central)[0] == 0
    code, out, err = _sws(capsys, "sync")
    assert code == 0, err
    assert "registration valid until" in out  # approved (demo auto-approval)

    station_id = json.loads((home / "central.json").read_text())["station_id"]
    assert httpx.post(f"{central}/v1/stations/{station_id}/revoke",
                      headers={"X-Admin-Token": ADMIN_TOKEN},
                      json={"reason": "stolen laptop"}).status_code == 200
    code, out, err = _sws(capsys, "sync")
    assert code == 4 and "revoked this station (stolen laptop)" in err
    assert "valid until" not in out
    assert "registration: revoked by the central registry" in out


def test_a_station_cannot_be_revoked_without_saying_why(
        central: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`sws central revoke ID --reason ""` revoked the station, and the office was told
    "revoked (no reason given)": the reason is required, a blank one is refused too."""
    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", ADMIN_TOKEN)
    code, out, err = _sws(capsys, "central", "revoke", "station-x", "--reason", "  ",
                          "--central", central, "--json")
    assert code == 4
    assert json.loads(out)["error"].startswith("--reason must say why")
    assert err.strip().startswith("sws: error: --reason must say why")


# -- operations: backup and restore, a disk that fails ---------------------------------------


def test_a_restored_registry_is_readable_by_its_owner_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sws db restore` put the registry (names, ids, addresses in clear) in place with mode
    644, and the very next `sws db check` warned that other accounts can read it."""
    _home(monkeypatch, tmp_path / "old")
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0
    monkeypatch.setenv("SWS_BACKUP_PASSPHRASE", PASSPHRASE)
    code, out, err = _sws(capsys, "db", "backup", str(tmp_path / "usb"), "--json")
    assert code == 0, err
    made = json.loads(out)["path"]

    _home(monkeypatch, tmp_path / "new")
    code, _, err = _sws(capsys, "db", "restore", made)
    assert code == 0, err
    registry = tmp_path / "new" / "registry.sqlite3"
    assert stat.S_IMODE(registry.stat().st_mode) == 0o600
    code, out, err = _sws(capsys, "db", "check")
    assert code == 0, err
    assert "can be read by other accounts" not in out + err


def test_a_disk_error_opening_the_registry_is_one_line_exit_4(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """On a full disk SQLite cannot make its shared-memory file and opening the registry
    fails with "disk I/O error": `sws sync` printed a page of traceback."""
    from station.registry import db

    _home(monkeypatch, tmp_path)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0

    def failing(*_args: Any) -> Any:
        def on_connect(_dbapi: Any, _record: Any) -> None:
            raise sqlite3.OperationalError("disk I/O error")  # as SQLite says it
        return on_connect

    monkeypatch.setattr(db, "_sqlite_pragmas", failing)
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 4
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    message = json.loads(out)["error"]
    assert "disk" in message and "registry" in message


# -- an output file typed where the registry is ---------------------------------------------


def test_an_output_file_never_replaces_the_registry_or_its_keys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sws report coverage -o registry.sqlite3` (or `sws audit log -o at-rest-keys.json`)
    replaced the registry (or the key that opens every template) with a report, exit 0: one
    slip of the tab key lost the station."""
    _home(monkeypatch, tmp_path)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0
    keys = (tmp_path / "at-rest-keys.json").read_bytes()

    code, _, err = _sws(capsys, "report", "coverage", "--format", "csv",
                        "-o", str(tmp_path / "registry.sqlite3"))
    assert code == 4 and "choose another file name" in err
    code, _, err = _sws(capsys, "audit", "log", "--format", "csv",
                        "-o", str(tmp_path / "at-rest-keys.json"))
    assert code == 4 and "this station's own files" in err
    assert (tmp_path / "at-rest-keys.json").read_bytes() == keys
    template_key = (tmp_path / "card-template-key.pem").read_bytes()
    code, _, err = _sws(capsys, "audit", "log", "--format", "csv",
                        "-o", str(tmp_path / "card-template-key.pem"))
    assert code == 4 and "this station's own files" in err
    assert (tmp_path / "card-template-key.pem").read_bytes() == template_key
    assert _sws(capsys, "db", "check", "--deep")[0] == 0
    # a report written again over the same report is fine
    for _ in range(2):
        code, _, err = _sws(capsys, "report", "coverage", "--format", "csv",
                            "-o", str(tmp_path / "coverage.csv"))
        assert code == 0, err


def test_a_central_report_never_replaces_the_central_database(
        central: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws central report coverage --db sqlite:///central.db -o central.db` replaced the
    national registry with a CSV file, under the running service."""
    database = tmp_path / "central.sqlite3"  # the one the `central` fixture serves
    code, out, err = _sws(capsys, "central", "report", "coverage", "--db",
                          f"sqlite:///{database}", "--format", "csv", "-o", str(database))
    assert code == 4 and "is a database" in err
    code, out, err = _sws(capsys, "central", "stats", "--db", f"sqlite:///{database}",
                          "--json")
    assert code == 0, err
    assert json.loads(out)["persons"] == 0


# -- a station whose clock is a day off -----------------------------------------------------


def test_a_station_clock_a_day_ahead_of_the_centre_is_told_at_sync(
        central: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A laptop whose clock ran a day ahead synced without a word, while every card it
    issued was refused at the hospitals as "not yet valid" until the next day and its
    records were dated tomorrow: the centre's clock (HTTP Date) is there to compare with."""
    import datetime as dt

    from station.cli import sync as sync_cli

    _home(monkeypatch, tmp_path)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central)[0] == 0
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    assert "clock" not in err and abs(json.loads(out)["clock_offset_s"]) < 600

    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    monkeypatch.setattr(sync_cli, "now_utc", lambda: ahead)
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err  # a warning: the records still go
    assert 86_000 < json.loads(out)["clock_offset_s"] < 86_800
    assert err.strip().startswith("sws: warning: this computer's clock is 24 h 0 min ahead "
                                  "of the central registry's")
    # the supervisor's page says it too (it read only the window's own sync worker before)
    from station.config import load_settings
    from station.model.station import Station
    from station.model.ui_supervisor import CentreClock, load_clock_off, supervisor_notices

    station = Station(load_settings())
    try:
        seen = load_clock_off(station.settings.config_dir)
        assert seen is not None and seen.ahead and seen.minutes // 60 == 24
        notice = supervisor_notices(station)  # no window, so no sync worker's clock
        assert notice.clock is not None and notice.clock.minutes // 60 == 24
        # the window's worker saw the centre earlier: the later `sws sync` reading wins...
        earlier, later = seen.seen_at - dt.timedelta(hours=1), seen.seen_at + dt.timedelta(
            minutes=1)
        window = CentreClock()
        window.observe(earlier, earlier)
        assert supervisor_notices(station, window).clock == seen
        # ...until the worker sees it again, after the clock was set right
        window.observe(later, later + dt.timedelta(seconds=30))
        assert supervisor_notices(station, window).clock is None
    finally:
        station.close()


def test_a_stored_clock_reading_round_trips_and_a_damaged_one_is_no_notice(
        tmp_path: Path) -> None:
    import datetime as dt

    from station.model.ui_supervisor import CLOCK_FILE, ClockOff, load_clock_off, save_clock_off

    at = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    assert load_clock_off(tmp_path) is None
    save_clock_off(tmp_path, ClockOff(-7200.0, at))
    assert load_clock_off(tmp_path) == ClockOff(-7200.0, at)
    (tmp_path / CLOCK_FILE).write_text("{not json")
    assert load_clock_off(tmp_path) is None


# -- a station that lost its signing key ----------------------------------------------------


def test_a_lost_signing_key_stops_sync_instead_of_being_replaced(
        central: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A home moved without station-signing-key.pem: `sws sync` made a new key in silence,
    the centre refused every record signed with it for good ("bad_signature") and the
    enrolments never reached the national registry; exit 0."""
    _home(monkeypatch, tmp_path)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central)[0] == 0
    key = tmp_path / "station-signing-key.pem"
    key.unlink()
    for argv in (("sync", "--json"), ("init", "--username", "super", "--password", PASSWORD,
                                      "--json")):
        code, out, err = _sws(capsys, *argv)
        assert code == 4, err
        assert "signing key" in json.loads(out)["error"]
        assert len(err.strip().splitlines()) == 1
        assert not key.exists()  # nothing made in its place


@pytest.mark.parametrize("content", ['{"url": 5', "{}", "[1, 2]"])
def test_a_damaged_registration_file_is_one_line_exit_4(
        content: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """central.json cut short (a full disk, a copy interrupted while moving the home) made
    `sws sync` print a JSONDecodeError or TypeError traceback."""
    _home(monkeypatch, tmp_path)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0
    (tmp_path / "central.json").write_text(content, encoding="utf-8")
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 4
    assert json.loads(out)["error"].startswith(f"the registration file {tmp_path}")
    assert "sws init --central URL" in err and len(err.strip().splitlines()) == 1


def test_the_central_service_refuses_to_start_on_a_stations_registry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sws central serve --db sqlite:///.../registry.sqlite3` (the station's file, typed for
    the centre's) created the centre's tables inside the station's registry and served it."""
    import sqlalchemy as sa

    _home(monkeypatch, tmp_path)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0
    from sync.central.database import serving_engine
    from sync.errors import CentralConfigError

    registry = tmp_path / "registry.sqlite3"
    # what `serve` opens once it holds its port (the command then blocks: called directly)
    with pytest.raises(CentralConfigError, match="is a station's registry"):
        serving_engine(f"sqlite:///{registry}")
    assert not sa.inspect(sa.create_engine(f"sqlite:///{registry}")).has_table("packets")


def test_a_station_refuses_the_central_registrys_database(
        central: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """SWS_DATABASE_URL set to the centre's database (the other way round) made `sws init`
    create a station registry, operators and all, inside the national registry."""
    import sqlalchemy as sa

    central_db = tmp_path / "central.sqlite3"  # the `central` fixture's, created at its start
    _home(monkeypatch, tmp_path / "station")
    monkeypatch.setenv("SWS_DATABASE_URL", f"sqlite:///{central_db}")
    code, out, err = _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                          "--json")
    assert code == 4 and "is the central registry's database" in json.loads(out)["error"]
    assert len(err.strip().splitlines()) == 1
    assert not sa.inspect(sa.create_engine(f"sqlite:///{central_db}")).has_table("person")


def test_a_backup_to_a_folder_that_is_not_there_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sws db backup /media/usb/` with the stick not mounted wrote a FILE named ``usb``
    beside it (exit 0), and the supervisor looked for the backup on the stick later."""
    _home(monkeypatch, tmp_path / "home")
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0
    monkeypatch.setenv("SWS_BACKUP_PASSPHRASE", PASSPHRASE)
    code, _, err = _sws(capsys, "db", "backup", f"{tmp_path / 'usb'}/")
    assert code == 4 and "does not exist" in err
    assert not (tmp_path / "usb").exists()


def test_a_disk_that_fills_up_during_sync_is_one_line_and_loses_nothing(
        central: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The centre's answers could not be written back (disk full in the middle of `sws sync`):
    a traceback through the uploader's threads. The records stay queued (sent again, the
    centre answers replays)."""
    import random
    import uuid
    from datetime import UTC, datetime

    import sqlalchemy as sa

    from station.model.station import Station
    from station.registry.base import OUTBOX
    from station.registry.crypto import OUTBOX_AAD
    from sync import uploader
    from sync.outbox import enqueue
    from sync.packets import encode_biometrics
    from tests.sync._support import fake_templates

    _home(monkeypatch, tmp_path)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central)[0] == 0
    station = Station(migrate=False)
    rng = random.Random(3)
    with station.transaction() as session:
        for i in range(3):
            record = str(uuid.uuid4())
            enqueue(session, OUTBOX, kind="enrolment", record_id=record, payload={
                "person_id": record, "demographics": {
                    "latin_name": f"Person {i}", "local_name": f"Person {i}", "sex": "F",
                    "birth_date": "1990-01-01", "birth_date_estimated": False,
                    "address": {"province": "12", "district": "1204", "commune": "120401"}}},
                sealed_biometrics=station.cipher.seal(encode_biometrics(fake_templates(rng)),
                                                      OUTBOX_AAD),
                now=datetime.now(UTC))
    station.close()

    def disk_full(*_args: Any, **_kw: Any) -> None:
        raise sa.exc.OperationalError("UPDATE sync_outbox", {},
                                      sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(uploader.Uploader, "_record", disk_full)
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 4
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "full" in json.loads(out)["error"]
    monkeypatch.undo()  # the disk has room again
    _home(monkeypatch, tmp_path)
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["states"]["received"] + json.loads(out)["states"]["acked"] == 3


def test_init_with_a_central_address_without_http_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sws init --central localhost:8700` said "the central registry at localhost:8700 did
    not answer (UnsupportedProtocol)": the operator looked for a network fault. `sws sync`
    already names the slip; init now does too, before anything is made."""
    _home(monkeypatch, tmp_path)
    code, _, err = _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                        "--central", "localhost:8700")
    assert code == 4
    assert err.strip() == ("sws: error: --central must be a URL like http://host:8700, not "
                           "'localhost:8700'")
    assert not (tmp_path / "registry.sqlite3").exists()


@pytest.mark.postgres
def test_an_empty_postgresql_registry_is_named_without_its_password(
        postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sws db check` on an office's PostgreSQL registry before `sws init` printed "the
    registry at postgresql://user:PASSWORD@host/db is empty": the password on screen and in
    whatever log kept the line."""
    import sqlalchemy as sa

    url = sa.make_url(postgres_url).set(password="s3cret-pw")  # trust auth: still connects
    _home(monkeypatch, tmp_path)
    monkeypatch.setenv("SWS_DATABASE_URL", url.render_as_string(hide_password=False))
    code, out, err = _sws(capsys, "db", "check", "--json")
    assert code == 4 and "is empty" in err
    assert "s3cret-pw" not in out + err and "***" in err


def test_db_check_warns_of_signing_keys_that_other_accounts_can_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A home moved through a USB stick comes back with every file 644: the at-rest key is
    refused until chmod 600, but the card signer's key (anyone can sign cards with it) and
    the station's packet-signing key went unnoticed, `sws db check` said "ok"."""
    _home(monkeypatch, tmp_path)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0
    for path in (tmp_path / "station-signing-key.pem", tmp_path / "issuing" / "signer.key",
                 tmp_path / "card-template-key.pem"):
        path.chmod(0o644)
    code, out, err = _sws(capsys, "db", "check", "--json")
    assert code == 0, err
    warnings = json.loads(out)["warnings"]
    assert any("station-signing-key.pem can be read by other accounts" in w for w in warnings)
    assert any("signer.key can be read by other accounts" in w for w in warnings)
    # the card template key opens the prints on every card of the programme
    assert any("card-template-key.pem can be read by other accounts" in w for w in warnings)


# -- one person, one card, nationally -------------------------------------------------------


@pytest.fixture
def held_central(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """A real central registry whose dedup stage runs only when the test says so."""
    from sync.central.app import CentralConfig, create_app

    app = create_app(CentralConfig(db_url=f"sqlite:///{tmp_path / 'held.sqlite3'}",
                                   key_path=tmp_path / "held.pem", admin_token=ADMIN_TOKEN,
                                   dedup="exact", dedup_worker=False))
    with serving(app) as url:
        yield url, app.state.ingest


def test_a_card_issued_before_the_centre_found_a_double_identity_is_named_for_revocation(
        held_central: tuple[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A person enrolled at a second office got a card there at once (offline, the centre's
    1:N still to come); the adjudicator then refused the enrolment as the same person as one
    enrolled elsewhere. `sws sync` pulled the refusal and said nothing of the card: one
    person, two valid cards, and no one told to revoke the second."""
    from datetime import UTC, datetime

    from station.model.cards import record_issued
    from station.model.operators import login
    from station.model.station import Station

    url, ingest = held_central
    sample = Path(__file__).resolve().parents[2] / "fixtures" / "fingerprints" / "sample"
    person = ["--local-name", "Sok Dara", "--latin-name", "Sok Dara", "--sex", "F", "--born",
              "1990-04-12", "--province", "12", "--district", "1204", "--commune", "120401",
              "--village", "12040103", "--new-household", "--json",
              "--finger", f"right-index={sample / '101_1.png'}"]
    people = {}
    for office in ("first", "second"):
        _home(monkeypatch, tmp_path / office)
        assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                    "--central", url)[0] == 0
        code, out, err = _sws(capsys, "enrol", "--consent", "self", *person)
        assert code == 0, err
        people[office] = json.loads(out)["person_id"]
        if office == "second":  # the card, written before the centre decided
            station = Station()
            record_issued(station, person_id=people[office], serial="0A0B0C0D0E0F1011",
                          credential=b"cose", by=login(station, "super", PASSWORD,
                                                       now=datetime.now(UTC)),
                          now=datetime.now(UTC))
            station.close()
        assert _sws(capsys, "sync")[0] == 0
        assert ingest.process_pending(10) == 1  # accepted / held as a duplicate

    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", ADMIN_TOKEN)
    code, out, err = _sws(capsys, "central", "cases", "--central", url, "--json")
    [case] = json.loads(out)["cases"]
    assert case["record_id"] == people["second"]
    assert _sws(capsys, "central", "decide", case["packet_id"], "same_person", "--by", "lead",
                "--central", url)[0] == 0

    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    answer = json.loads(out)
    assert [r["record_id"] for r in answer["refused_now"]] == [people["second"]]
    assert answer["cards_to_revoke"] == [{"serial": "0A0B0C0D0E0F1011",
                                          "person_id": people["second"]}]
    assert "sws card revoke 0A0B0C0D0E0F1011" in err


def test_a_registry_checked_with_another_stations_key_file_says_which_is_likelier(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A registry copied to a computer whose SWS_HOME holds another station's keys: `sws db
    check` said only "rewritten without the station's key", and the auditor reported a
    forgery that was a mix-up of folders. The first event failing its MAC says both."""
    for office in ("a", "b"):
        _home(monkeypatch, tmp_path / office)
        assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0
    _home(monkeypatch, tmp_path / "a")
    monkeypatch.setenv("SWS_KEY_FILE", str(tmp_path / "b" / "at-rest-keys.json"))
    code, out, err = _sws(capsys, "db", "check", "--json")
    assert code == 5 and len(err.strip().splitlines()) == 1
    message = json.loads(out)["error"]
    assert "the key file is not this registry's" in message and "rewritten" in message


def _revoke_a_card(home: Path, monkeypatch: pytest.MonkeyPatch,
                   capsys: pytest.CaptureFixture[str], serial: str) -> None:
    """At the station in ``home``: a person with a card ``serial``, revoked and synced."""
    from datetime import UTC, datetime

    from station.model.cards import record_issued
    from station.model.enrolment import Enrolled, enrol
    from station.model.operators import login
    from station.model.station import Station
    from tests.station.helpers import POLICY, ExactGallery, demographics, person_fingers

    _home(monkeypatch, home)
    station = Station(gallery_factory=ExactGallery)
    now = datetime.now(UTC)
    supervisor = login(station, "super", PASSWORD, now=now)
    out = enrol(station, demographics(), person_fingers(int(serial[-2:])), operator=supervisor,
                now=now, policy=POLICY, new_household=True)
    assert isinstance(out, Enrolled)
    record_issued(station, person_id=out.person_id, serial=serial, credential=b"cose",
                  by=supervisor, now=now)
    station.close()
    assert _sws(capsys, "card", "revoke", serial, "--reason", "lost")[0] == 0
    code, _, err = _sws(capsys, "sync")
    assert code == 0, err


def test_a_station_moved_to_another_centre_pulls_that_centres_whole_revocation_list(
        central: str, held_central: tuple[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws init --central NEW` kept the position in the old centre's revocation list, so the
    first sync with the new centre asked only for what came after it there: cards that new
    centre listed as revoked before that position were never learnt, and passed."""
    other, _ = held_central
    for office, url in (("here", central), ("there", other)):
        _home(monkeypatch, tmp_path / office)
        assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                    "--central", url)[0] == 0
    _revoke_a_card(tmp_path / "here", monkeypatch, capsys, "0000000000000011")
    _revoke_a_card(tmp_path / "there", monkeypatch, capsys, "0000000000000022")

    _home(monkeypatch, tmp_path / "here")  # this office now reports to the other centre
    assert _sws(capsys, "init", "--central", other)[0] == 0
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["revoked_cards_new"] == 1  # the new centre's card, learnt
    kept = json.loads((tmp_path / "here" / "central-revocations.json").read_text())
    assert "0000000000000022" in json.dumps(kept)
