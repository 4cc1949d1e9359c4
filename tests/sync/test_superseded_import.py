"""The old laptop comes back: what it recorded and never delivered reaches the centre once.

A district office's laptop breaks; last week's backup is restored on a new one, which
announces the restore and goes on. The old laptop is found again: its next sync is refused
and the station suspended (an installation the restore superseded). Its supervisor exports
the records it still holds (`sws sync export-undelivered FILE`), and an operator of the
centre imports the file (`sws central import-superseded FILE`): every record once, a person
the new laptop enrolled again held for adjudication, a changed file refused, a second import
adding nothing, the station's suspension untouched.

Real processes: the central server on a real PostgreSQL, the stations' own `sws` commands
(init, enrolments with real fingerprint images, grievances, sync, a real encrypted backup
and restore), the centre's commands as subprocesses.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from cardio.revocation import credential_tag
from tests._cli import sws as _sws
from tests.station.helpers import PASSWORD, use_home
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess

SAMPLE = REPO / "fixtures" / "fingerprints" / "sample"
PASSPHRASE = "a long backup passphrase"
PLACE = ["--sex", "F", "--born", "1990-04-12", "--province", "12", "--district", "1204",
         "--commune", "120401", "--village", "12040103", "--new-household"]


def _home(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    use_home(monkeypatch, home)
    monkeypatch.setenv("SWS_BACKUP_PASSPHRASE", PASSPHRASE)


def _enrol(capsys: pytest.CaptureFixture[str], name: str, *prints: str) -> str:
    fingers = [arg for finger, image in zip(("right-index", "left-index"), prints, strict=False)
               for arg in ("--finger", f"{finger}={SAMPLE / image}")]
    code, out, err = _sws(capsys, "enrol", "--consent", "self",
                          "--local-name", name, "--latin-name", name,
                          *PLACE, *fingers, "--json")
    assert code == 0, err
    return str(json.loads(out)["person_id"])


def _grievance(capsys: pytest.CaptureFixture[str], text: str) -> None:
    code, _, err = _sws(capsys, "grievance", "open", "--category", "fraud",
                        "--description", text)
    assert code == 0, err


def _central(*argv: str, token: str | None = ADMIN_TOKEN) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SWS_CENTRAL_ADMIN_TOKEN"}
    if token is not None:
        env["SWS_CENTRAL_ADMIN_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "sync.central", *argv], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=180)


def _outbox(home: Path, *, seq: bool = False) -> dict[str, Any]:
    """The station's outbox at ``home``: item id -> state (or position, with ``seq``)."""
    from station.config import load_settings
    from station.model.station import Station
    from station.registry.base import OUTBOX

    station = Station(load_settings({"SWS_HOME": str(home)}))
    try:
        with station.engine.connect() as conn:
            return {str(r.id): r.seq if seq else str(r.state) for r in conn.execute(
                sa.select(OUTBOX.c.id, OUTBOX.c.state, OUTBOX.c.seq))}
    finally:
        station.close()


def _card_issued(home: Path, person_id: str) -> bytes:
    """A ``card_issue`` record queued at the station at ``home`` as the card desk queues one
    (the card itself needs PC/SC, which these tests leave to tests/cardio); returns its
    credential bytes."""
    from datetime import UTC, datetime

    from station.config import load_settings
    from station.model.station import Station
    from station.registry.base import OUTBOX
    from sync.outbox import enqueue

    credential = os.urandom(120)
    station = Station(load_settings({"SWS_HOME": str(home)}))
    try:
        with station.transaction() as session:
            enqueue(session, OUTBOX, kind="card_issue", record_id="CARD-OLD-1",
                    payload={"card_id": "CARD-OLD-1", "person_id": person_id,
                             "credential": credential}, sealed_biometrics=None,
                    now=datetime.now(UTC))
    finally:
        station.close()
    return credential


def _decided(db: sa.Engine, timeout_s: float = 120.0) -> None:
    """Wait for the centre's dedup stage to decide every enrolment it holds."""
    deadline = time.monotonic() + timeout_s
    while True:
        with db.connect() as conn:
            waiting = conn.execute(sa.text(
                "SELECT count(*) FROM packets WHERE status = 'received'")).scalar_one()
        if waiting == 0:
            return
        assert time.monotonic() < deadline, f"{waiting} enrolments still undecided"
        time.sleep(0.2)


def _packets(db: sa.Engine) -> list[Any]:
    with db.connect() as conn:
        return list(conn.execute(sa.text(
            "SELECT id, kind, record_id, status, station_id FROM packets ORDER BY id")))


@pytest.mark.postgres
@pytest.mark.slow
def test_the_old_laptops_undelivered_records_reach_the_centre_once_through_an_operator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
) -> None:
    if not (SAMPLE / "103_1.png").exists():
        pytest.skip("the committed fingerprint sample set is absent")
    db_url = new_database_url()
    central = central_factory(db_url)  # --dedup exact: the same image is the same person
    db = sa.create_engine(db_url)
    old, new, usb = tmp_path / "old-laptop", tmp_path / "new-laptop", tmp_path / "usb"
    usb.mkdir()

    # The office's laptop enrols, delivers, is backed up, records one more thing, breaks.
    _home(monkeypatch, old)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central.url)[0] == 0
    _enrol(capsys, "Sok Dara", "101_1.png", "102_1.png")
    assert _sws(capsys, "sync")[0] == 0
    code, _, err = _sws(capsys, "db", "backup", f"{usb}/")
    assert code == 0, err
    (backup,) = usb.glob("*.swsbak")
    for number in range(8):
        _grievance(capsys, f"recorded after the backup, before the laptop broke ({number})")

    # The new laptop: the backup restored; the same woman comes and is enrolled again.
    _home(monkeypatch, new)
    code, _, err = _sws(capsys, "db", "restore", str(backup))
    assert code == 0, err
    again = _enrol(capsys, "Keo Sina", "103_1.png", "104_1.png")
    code, _, err = _sws(capsys, "sync")
    assert code == 0, err
    _decided(db)

    # The old laptop is found: its first sync suspends the station (superseded epoch) ...
    _home(monkeypatch, old)
    _sws(capsys, "sync")
    (held,) = json.loads(_central("stats", "--db", db_url, "--json").stdout)[
        "stations_suspended"]
    station_id = held["station_id"]
    assert "comes from the installation before restore" in held["reason"]
    # ... and what it records now never reaches the centre: the woman enrolled here first
    first = _enrol(capsys, "Keo Sina", "103_1.png", "104_1.png")
    _grievance(capsys, "recorded on the old laptop after it was superseded")
    credential = _card_issued(old, first)
    code, _, err = _sws(capsys, "sync")
    assert code == 4 and "suspended this station" in err
    assert "sws sync export-undelivered FILE" in err  # the way out, said where it is needed
    waiting = {i for i, state in _outbox(old).items() if state in ("pending", "sent")}
    assert waiting and not waiting & {row.id for row in _packets(db)}

    # The centre's operator lets the new laptop go on (the old one is switched off). Its
    # next records take positions the old laptop's first batch holds (kept when it
    # suspended the station): the old numbering, no clone.
    done = _central("approve", station_id, "--central", central.url)
    assert done.returncode == 0, done.stderr
    _home(monkeypatch, new)
    _grievance(capsys, "recorded on the new laptop once approved again")
    code, _, err = _sws(capsys, "sync")
    assert code == 0, err
    latest = max(_outbox(new, seq=True).items(), key=lambda item: item[1])[0]
    with db.connect() as conn:
        shared = conn.execute(sa.text(
            "SELECT count(*) FROM packets a JOIN packets b ON a.station_id = b.station_id "
            "AND a.seq = b.seq WHERE a.id = :p AND b.id <> :p"), {"p": latest}).scalar_one()
    assert shared == 1  # the new laptop did record where the old one had
    assert json.loads(_central("stats", "--db", db_url, "--json").stdout)[
        "stations_suspended"] == []
    _home(monkeypatch, old)

    # Export: every undelivered record, the outbox unchanged.
    before = _outbox(old)
    target = tmp_path / "old-laptop-undelivered.sws"
    code, out, err = _sws(capsys, "sync", "export-undelivered", str(target), "--json")
    assert code == 0, err
    written = json.loads(out)
    assert (written["station_id"], written["records"]) == (station_id, len(waiting))
    assert _outbox(old) == before
    # the people in it travel sealed to the centre, like their templates
    assert b"Keo Sina" not in target.read_bytes() and b"Sok Dara" not in target.read_bytes()
    code, _, err = _sws(capsys, "sync", "export-undelivered", str(target))
    assert code == 4 and "already exists" in err and len(err.splitlines()) == 1
    code, out, err = _sws(capsys, "sync", "export-undelivered", str(target), "--force",
                          "--json")
    assert code == 0 and json.loads(out)["records"] == len(waiting), err
    assert _outbox(old) == before

    # The centre's admin imports it, under their own name.
    made = _central("operator", "add", "ana", "--role", "admin", "--db", db_url, "--json")
    token = json.loads(made.stdout)["token"]
    key = ["--key", str(central.key_path), "--db", db_url]

    def import_(path: Path, *, as_json: bool = True, who: str = "ana",
                with_token: str | None = token) -> subprocess.CompletedProcess[str]:
        return _central("import-superseded", str(path), *key, "--operator", who, "--reason",
                        "old laptop of the district office found again",
                        *(["--json"] if as_json else []), token=with_token)

    count = len(_packets(db))
    # a file changed on the way (one byte of one packet) is refused: nothing stored
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.sws"
    tampered.write_bytes(bytes(data))
    refused = import_(tampered)
    assert refused.returncode == 5, refused.stderr
    assert "not imported" in refused.stderr and len(refused.stderr.splitlines()) == 1
    # nobody vouches: the bootstrap token is no person, a name without its token neither
    for who, with_token in (("ana", ADMIN_TOKEN), ("ana", None), ("bob", token)):
        refused = import_(target, who=who, with_token=with_token)
        assert refused.returncode == 4 and len(refused.stderr.splitlines()) == 1
    assert len(_packets(db)) == count

    done = import_(target)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["imported"], report["already_held"], report["rejected"]) == (
        len(waiting), 0, [])
    assert report["awaiting_decision"] == 1  # the enrolment, for the dedup stage
    _decided(db)

    # every record of both laptops at the centre exactly once
    packets = _packets(db)
    ids = [row.id for row in packets]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(_outbox(old)) | set(_outbox(new))
    # the woman enrolled on both laptops: held for adjudication, never merged in silence
    (mine,) = [row for row in packets if row.kind == "enrolment" and row.record_id == first]
    assert mine.status == "duplicate_suspected"
    with db.connect() as conn:
        candidates = conn.execute(sa.text(
            "SELECT candidate_person_id FROM adjudications WHERE packet_id = :p"),
            {"p": mine.id}).scalars().all()
    assert candidates == [again]
    # the station's standing is what the operator made it (approved), not changed
    figures = json.loads(_central("stats", "--db", db_url, "--json").stdout)
    assert figures["stations_suspended"] == []
    # the operator trail says who imported what, and why
    trail = json.loads(_central("operator", "trail", "--db", db_url, "--json").stdout)
    (entry,) = [a for a in trail["actions"] if a["action"] == "superseded_import"]
    assert (entry["operator"], entry["subject"]) == ("ana", station_id)
    assert f"{len(waiting)} imported" in entry["detail"] and "found again" in entry["detail"]

    # importing twice adds nothing
    done = import_(target, as_json=False)
    assert done.returncode == 0, done.stderr
    assert f"0 record(s) imported, {len(waiting)} already held" in done.stdout
    assert len(_packets(db)) == len(packets)

    # the live installation's records go by `sws sync`, never by an import
    _home(monkeypatch, new)
    _grievance(capsys, "recorded on the new laptop, not synced yet")
    live = tmp_path / "new-laptop.sws"
    code, _, err = _sws(capsys, "sync", "export-undelivered", str(live))
    assert code == 0, err
    refused = import_(live)
    assert refused.returncode == 4 and "current epoch" in refused.stderr
    assert len(_packets(db)) == len(packets)
    code, _, err = _sws(capsys, "sync")
    assert code == 0, err

    # the card the old laptop issued counts as delivered when the station is revoked later
    done = _central("revoke", station_id, "--reason", "laptop stolen", "--central",
                    central.url)
    assert done.returncode == 0, done.stderr
    listed = httpx.get(f"{central.url}/v1/revocations", params={"since": 0}).json()
    (revoked,) = listed["stations"]
    tags = base64.urlsafe_b64decode(revoked["delivered_cards"] + "==")
    assert credential_tag(credential) in {tags[i:i + 8] for i in range(0, len(tags), 8)}
    db.dispose()


def test_an_export_with_nothing_undelivered_or_nowhere_to_go_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    _home(monkeypatch, tmp_path / "station")
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central.url)[0] == 0
    code, _, err = _sws(capsys, "sync", "export-undelivered", str(tmp_path / "x.sws"))
    assert code == 4 and "nothing to export" in err and len(err.splitlines()) == 1
    _grievance(capsys, "queued")
    code, _, err = _sws(capsys, "sync", "export-undelivered",
                          str(tmp_path / "no-such-folder" / "x.sws"))
    assert code == 4 and "cannot write" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "x.sws").exists()
    # a file that is not an export: refused at the centre in one line, nothing stored
    bogus = tmp_path / "bogus.sws"
    bogus.write_bytes(b"not an export")
    done = _central("import-superseded", str(bogus), "--db",
                    f"sqlite:///{tmp_path / 'central.sqlite3'}", "--key",
                    str(central.key_path), "--operator", "ana", "--reason", "test")
    assert done.returncode == 5 and len(done.stderr.splitlines()) == 1, done.stderr
    # --force replaces an earlier export only, never another file
    code, _, err = _sws(capsys, "sync", "export-undelivered", str(bogus), "--force")
    assert code == 4 and "not an earlier export" in err and len(err.splitlines()) == 1
    assert bogus.read_bytes() == b"not an export"

    # a station this centre does not know: refused, nothing stored
    export = tmp_path / "x.sws"
    code, _, err = _sws(capsys, "sync", "export-undelivered", str(export))
    assert code == 0, err
    other_db = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    other = central_factory(other_db)
    token = json.loads(_central("operator", "add", "ana", "--role", "admin", "--db", other_db,
                                "--json").stdout)["token"]
    done = _central("import-superseded", str(export), "--db", other_db, "--key",
                    str(other.key_path), "--operator", "ana", "--reason", "test", token=token)
    assert done.returncode == 4 and "is not registered at this centre" in done.stderr
    assert len(done.stderr.splitlines()) == 1
