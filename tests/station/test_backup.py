"""Backup and restore of a whole station: the laptop dies, the station goes on elsewhere."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from station.config import Settings, load_settings
from station.errors import BadInput
from station.model import backup
from station.model.backup import (
    BackupDamaged,
    BackupError,
    BackupExists,
    WrongPassphrase,
    make_backup,
    restore_backup,
)
from station.model.enrolment import enrol
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.base import OUTBOX
from station.registry.crypto import fingerprint_aad
from station.registry.models import AuditEvent, Fingerprint
from tests.station.helpers import NOW, POLICY, ExactGallery, demographics, person_fingers
from tests.station.test_enrolment import counts

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

PASSPHRASE = "a long backup passphrase"
REPO = Path(__file__).resolve().parents[2]


def _templates(station: Station) -> dict[tuple[str, int], bytes]:
    with station.reading() as session:
        rows = session.execute(sa.select(Fingerprint.person_id, Fingerprint.position,
                                         Fingerprint.template_sealed)).all()
    return {(p, pos): station.cipher.open(sealed, fingerprint_aad(p, pos))
            for p, pos, sealed in rows}


def _elsewhere(tmp_path: Path) -> Settings:
    """A new, empty place for the station (another laptop)."""
    return load_settings({"SWS_HOME": str(tmp_path / "new-laptop")})


@pytest.fixture
def enrolled(station: Station, clerk: OperatorInfo) -> Station:
    for seed in (1, 2, 3):
        enrol(station, demographics(f"Person {seed}"), person_fingers(seed), operator=clerk,
              now=NOW, policy=POLICY, new_household=True)
    return station


def test_a_station_restored_elsewhere_has_every_record_key_and_waiting_packet(
        enrolled: Station, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "CHUNK", 4096)  # many chunks, as a real registry has
    usb = tmp_path / "usb"
    usb.mkdir()
    from cardio.sealing import load_or_create

    template_key, _ = load_or_create(enrolled.settings.card_template_key_file)
    made = make_backup(enrolled.settings, usb, PASSPHRASE, now=NOW, made_by="super")
    assert made.path.parent == usb and made.path.suffix == ".swsbak"
    assert (made.persons, made.waiting_to_sync) == (3, 3)
    assert made.path.stat().st_mode & 0o077 == 0  # the file can make anyone this station
    data = made.path.read_bytes()
    for secret in (b"Person 1", enrolled.settings.key_file.read_bytes()[-40:]):
        assert secret not in data

    target = _elsewhere(tmp_path)
    assert target.station_id != enrolled.settings.station_id  # the new place made its own
    restored = restore_backup(target, made.path, PASSPHRASE, now=NOW)
    assert (restored.station_id, restored.persons, restored.waiting_to_sync) == (
        enrolled.settings.station_id, 3, 3)
    assert restored.templates_opened == 6

    again = Station(load_settings({"SWS_HOME": str(tmp_path / "new-laptop")}),
                    gallery_factory=ExactGallery)
    try:
        # the same station: id, signing key, templates, records, outbox
        assert again.settings.station_id == enrolled.settings.station_id
        assert again.settings.station_key_file.read_bytes() == \
            enrolled.settings.station_key_file.read_bytes()
        # the card template key too: this desk still reads the prints on the cards it issued
        moved = again.settings.card_template_key_file
        assert moved.read_bytes() == enrolled.settings.card_template_key_file.read_bytes()
        assert moved.stat().st_mode & 0o077 == 0 and template_key.kid.hex() in repr(
            load_or_create(moved)[0])
        assert _templates(again) == _templates(enrolled)
        before, after = counts(enrolled), counts(again)
        assert after == {**before, "audit": before["audit"] + 1}
        with again.reading() as session:
            last = session.scalars(sa.select(AuditEvent).order_by(AuditEvent.seq.desc())
                                   .limit(1)).one()
            packets = session.execute(sa.select(OUTBOX.c.id).order_by(OUTBOX.c.seq)).all()
        assert last.action == "registry.restore"
        with enrolled.reading() as session:
            assert packets == session.execute(sa.select(OUTBOX.c.id)
                                              .order_by(OUTBOX.c.seq)).all()
        assert check(again, deep=True).ciphertexts_checked == 6
        # and the 1:N check still knows everyone
        hits = again.gallery.search_person({2: person_fingers(2)["right-index"]})
        assert len(hits) == 1
    finally:
        again.close()


def _last_part_at(data: bytes) -> int:
    """Where the last sealed part of a backup file starts (parts: 4-byte length, bytes)."""
    at = len(backup.MAGIC)
    at += 4 + int.from_bytes(data[at:at + 4], "big")
    while True:
        size = int.from_bytes(data[at:at + 4], "big")
        if at + 4 + size == len(data):
            return at
        at += 4 + size


def test_a_wrong_passphrase_or_a_damaged_file_puts_nothing_in_place(
        enrolled: Station, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "CHUNK", 4096)
    made = make_backup(enrolled.settings, tmp_path / "b.swsbak", PASSPHRASE, now=NOW,
                       made_by="super")
    target = _elsewhere(tmp_path)
    home = target.config_dir

    def left_behind() -> list[str]:
        return sorted(p.name for p in home.iterdir() if p.name != "station-id")

    with pytest.raises(WrongPassphrase, match="passphrase does not open"):
        restore_backup(target, made.path, "not the passphrase", now=NOW)
    assert left_behind() == []
    good = made.path.read_bytes()
    damaged = tmp_path / "damaged.swsbak"
    cases = {
        "a flipped byte": good[:len(good) // 2] + bytes([good[len(good) // 2] ^ 1])
        + good[len(good) // 2 + 1:],
        "cut inside a part": good[: len(good) - 1000],
        "its last part dropped, exactly": good[:_last_part_at(good)],
    }
    for why, data in cases.items():
        damaged.write_bytes(data)
        with pytest.raises(BackupDamaged) as err:
            restore_backup(target, damaged, PASSPHRASE, now=NOW)
        assert "\n" not in str(err.value), why
        assert left_behind() == [], why
    damaged.write_bytes(b"PK\x03\x04 a zip file")
    with pytest.raises(BackupError, match="not a station backup"):
        restore_backup(target, damaged, PASSPHRASE, now=NOW)
    # and the good file still restores
    restore_backup(target, made.path, PASSPHRASE, now=NOW)
    assert "registry.sqlite3" in left_behind()


def test_restore_never_overwrites_a_station_and_backup_refuses_weak_passphrases(
        enrolled: Station, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="at least 10 characters"):
        make_backup(enrolled.settings, tmp_path / "b.swsbak", "short", now=NOW, made_by="x")
    made = make_backup(enrolled.settings, tmp_path / "b.swsbak", PASSPHRASE, now=NOW,
                       made_by="super")
    before = enrolled.settings.key_file.read_bytes()
    with pytest.raises(BadInput, match="already holds a station with records"):
        restore_backup(enrolled.settings, made.path, PASSPHRASE, now=NOW)
    assert enrolled.settings.key_file.read_bytes() == before
    registry = enrolled.settings.data_dir / "registry.sqlite3"
    kept = registry.read_bytes()
    with pytest.raises(BadInput, match="is not a station backup"):
        make_backup(enrolled.settings, registry, PASSPHRASE, now=NOW, made_by="super")
    assert registry.read_bytes() == kept
    with pytest.raises(BackupExists):  # an older backup is replaced only when asked
        make_backup(enrolled.settings, made.path, PASSPHRASE, now=NOW, made_by="super")
    again = make_backup(enrolled.settings, made.path, PASSPHRASE, now=NOW, made_by="super",
                        force=True)
    assert again.path == made.path
    with pytest.raises(BadInput, match="does not exist"):
        make_backup(enrolled.settings, tmp_path / "no" / "b.swsbak", PASSPHRASE, now=NOW,
                    made_by="super")
    postgres = dataclasses.replace(enrolled.settings,
                                   database_url="postgresql+psycopg://sws:secret@db/sws")
    with pytest.raises(BackupError, match="pg_dump") as err:
        make_backup(postgres, tmp_path / "c.swsbak", PASSPHRASE, now=NOW, made_by="super")
    assert "secret" not in str(err.value)


def test_backup_and_restore_from_the_command_line(enrolled: Station, tmp_path: Path) -> None:
    env = {**os.environ, "SWS_HOME": str(enrolled.settings.config_dir),
           "SWS_DATABASE_URL": enrolled.settings.database_url, "SWS_OPERATOR": "clerk1",
           "SWS_PASSWORD": "correct horse 42", "SWS_BACKUP_PASSPHRASE": PASSPHRASE}

    def sws(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "station.cli", *args], cwd=REPO,
                              env={**env, **extra}, capture_output=True, text=True,
                              timeout=120)

    refused = sws("db", "backup", str(tmp_path))
    assert (refused.returncode, refused.stderr) == (
        4, "sws: error: a clerk may not back up the station\n")
    made = sws("db", "backup", str(tmp_path), SWS_OPERATOR="super")
    assert made.returncode == 0, made.stderr
    assert "3 people, 3 records not yet acknowledged" in made.stdout
    (written,) = tmp_path.glob("*.swsbak")
    new_home = tmp_path / "new-laptop"
    wrong = sws("db", "restore", str(written), SWS_HOME=str(new_home), SWS_DATABASE_URL="",
                SWS_BACKUP_PASSPHRASE="not the passphrase")
    assert (wrong.returncode, wrong.stderr) == (
        4, "sws: error: the passphrase does not open this backup\n")
    forced = sws("db", "restore", str(written), SWS_HOME=str(new_home), SWS_DATABASE_URL="",
                 SWS_STATION_ID="station-other")
    assert forced.returncode == 4 and forced.stderr.count("\n") == 1
    assert f"backup is of station {enrolled.settings.station_id}, but SWS_STATION_ID names " \
        "station station-other" in forced.stderr
    done = sws("db", "restore", str(written), SWS_HOME=str(new_home), SWS_DATABASE_URL="")
    assert done.returncode == 0, done.stderr
    assert f"restored {enrolled.settings.station_id}" in done.stdout
    assert "go on from a higher block (...-01001, ...-R01001, ...-G1001)" in done.stdout
    checked = sws("db", "check", "--deep", SWS_HOME=str(new_home), SWS_DATABASE_URL="")
    assert checked.returncode == 0 and "6 ciphertexts opened" in checked.stdout


def test_a_station_that_never_recorded_anything_is_moved_aside_not_refused(
        enrolled: Station, tmp_path: Path) -> None:
    """The new laptop ran ./run once (a DEMO station, nobody enrolled) before the restore."""
    from station.model.setup import initialise_demo

    made = make_backup(enrolled.settings, tmp_path / "b.swsbak", PASSPHRASE, now=NOW,
                       made_by="super")
    target = _elsewhere(tmp_path)
    fresh = Station(target, gallery_factory=ExactGallery)
    initialise_demo(fresh, now=NOW)
    fresh.close()
    demo_keys = target.key_file.read_bytes()
    restored = restore_backup(target, made.path, PASSPHRASE, now=NOW)
    assert restored.persons == 3 and restored.replaced
    aside = Path(restored.replaced)
    assert (aside / "at-rest-keys.json").read_bytes() == demo_keys  # kept, not deleted
    assert (aside / "registry.sqlite3").is_file()
    assert load_settings({"SWS_HOME": str(target.config_dir)}).station_id == \
        enrolled.settings.station_id
    # the next backup of this place leaves the station that was moved aside out: it would
    # add at least its registry's size (backups are not compressed); the restore's own
    # records (its audit event, the outbox's announcement) add a few pages, no more
    again = make_backup(target, tmp_path / "c.swsbak", PASSPHRASE, now=NOW, made_by="super")
    aside_size = (aside / "registry.sqlite3").stat().st_size
    assert aside_size > 64 * 1024
    assert again.bytes < made.bytes + aside_size // 2


def test_a_backup_taken_while_the_clerk_enrols_is_consistent(
        enrolled: Station, clerk: OperatorInfo, tmp_path: Path) -> None:
    """The window stays open during a backup: the snapshot is one moment of the registry,
    whatever is written meanwhile (its audit chain and templates verify on restore)."""
    import threading

    stop = threading.Event()
    written: list[int] = []

    def keep_enrolling() -> None:
        seed = 100
        while not stop.is_set():
            enrol(enrolled, demographics(f"Walk-in {seed}"), person_fingers(seed),
                  operator=clerk, now=NOW, policy=POLICY, new_household=True)
            written.append(seed)
            seed += 1

    clerk_at_work = threading.Thread(target=keep_enrolling)
    clerk_at_work.start()
    try:
        while len(written) < 2:  # the clerk is busy before the backup starts
            threading.Event().wait(0.01)
        made = make_backup(enrolled.settings, tmp_path / "b.swsbak", PASSPHRASE, now=NOW,
                           made_by="super")
    finally:
        stop.set()
        clerk_at_work.join()
    restored = restore_backup(_elsewhere(tmp_path), made.path, PASSPHRASE, now=NOW)
    assert 3 + 2 <= restored.persons <= 3 + len(written)
    assert restored.templates_opened == 2 * restored.persons
    assert restored.waiting_to_sync == restored.persons


def test_a_restore_refuses_while_a_sync_of_the_place_runs(enrolled: Station,
                                                          tmp_path: Path) -> None:
    """The new laptop's window (or `sws sync`) is syncing its first, unused station: the
    restore says so in one line and moves nothing, instead of replacing the registry under
    the running sync."""
    import random
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from station.model.setup import initialise_demo
    from sync import lock, restored
    from sync.client import CentralClient
    from sync.revocations import FILE_NAME
    from sync.uploader import StationIdentity, Uploader
    from sync.worker import SyncWorker

    made = make_backup(enrolled.settings, tmp_path / "b.swsbak", PASSPHRASE, now=NOW,
                       made_by="super")
    target = _elsewhere(tmp_path)
    fresh = Station(target, gallery_factory=ExactGallery)
    initialise_demo(fresh, now=NOW)
    fresh.close()
    demo_keys = target.key_file.read_bytes()
    # a sync of that station holds its lock
    with lock.exclusive(target.config_dir / lock.FILE_NAME), \
            pytest.raises(BadInput) as refused:
        restore_backup(target, made.path, PASSPHRASE, now=NOW)
    message = str(refused.value)
    assert f"a sync of the station in this place is running (process {os.getpid()})" \
        in message and "nothing was restored" in message and "\n" not in message
    assert target.key_file.read_bytes() == demo_keys
    assert not (target.config_dir / restored.FILE_NAME).exists()
    assert not list(target.config_dir.glob("replaced-*"))
    # the window's background worker, between two rounds (its centre is not reachable:
    # each round fails quietly), holds the place too
    fresh = Station(target, gallery_factory=ExactGallery)
    uploader = Uploader(fresh.engine, OUTBOX, StationIdentity(
        target.station_id, Ed25519PrivateKey.generate(),
        X25519PrivateKey.generate().public_key()), CentralClient("http://127.0.0.1:9"),
        fresh.unseal_outbox, rng=random.Random(1))
    worker = SyncWorker(uploader, lambda: datetime.now(UTC), interval_s=3600,
                        revocations_file=target.config_dir / FILE_NAME)
    worker.start()
    try:
        with pytest.raises(BadInput, match=r"the station window syncing this place is open "
                           rf"\(process {os.getpid()}\): close it"):
            restore_backup(target, made.path, PASSPHRASE, now=NOW)
    finally:
        worker.stop()
        fresh.close()
    assert target.key_file.read_bytes() == demo_keys
    # once it has ended, the same restore goes through, marked as a restore
    done = restore_backup(target, made.path, PASSPHRASE, now=NOW)
    assert done.replaced and done.persons == 3
    marker = restored.load(target.config_dir / restored.FILE_NAME)
    assert marker is not None and marker.backup_position == 3  # three enrolments queued


def test_a_backup_of_another_station_is_refused_naming_both(enrolled: Station,
                                                            tmp_path: Path) -> None:
    made = make_backup(enrolled.settings, tmp_path / "b.swsbak", PASSPHRASE, now=NOW,
                       made_by="super")
    mine = enrolled.settings.station_id
    # SWS_STATION_ID set to another station: restored, it would send this one's records
    # under that id
    target = _elsewhere(tmp_path)
    with pytest.raises(BadInput) as refused:
        restore_backup(target, made.path, PASSPHRASE, now=NOW, expect="station-other")
    assert f"this backup is of station {mine}, but SWS_STATION_ID names station " \
        "station-other" in str(refused.value)
    assert not _sqlite_registry(target).exists()
    # a place that is another station, with records: both named, nothing replaced
    other = dataclasses.replace(enrolled.settings, station_id="station-other")
    before = enrolled.settings.key_file.read_bytes()
    with pytest.raises(BadInput) as refused:
        restore_backup(other, made.path, PASSPHRASE, now=NOW)
    assert f"this backup is of station {mine}, but this place holds station " \
        "station-other, with records" in str(refused.value)
    assert enrolled.settings.key_file.read_bytes() == before
    # the backup of the station itself, restored over it: refused as before
    with pytest.raises(BadInput, match="already holds a station with records"):
        restore_backup(enrolled.settings, made.path, PASSPHRASE, now=NOW, expect=mine)


def test_a_backup_never_carries_the_sync_lock(enrolled: Station, tmp_path: Path) -> None:
    """The lock belongs to a running process of one place: restored elsewhere as a file, it
    would replace the lock a sync there holds."""
    from sync import lock

    present = lock.present(enrolled.settings.config_dir / lock.WORKER_FILE)  # a window
    try:
        with lock.exclusive(enrolled.settings.config_dir / lock.FILE_NAME):
            made = make_backup(enrolled.settings, tmp_path / "b.swsbak", PASSPHRASE, now=NOW,
                               made_by="super")
        names = [name for name, _ in backup._members(enrolled.settings)]
    finally:
        os.close(present)
    assert (enrolled.settings.config_dir / lock.FILE_NAME).exists()
    assert not {"config/sync.lock", "config/sync-worker.lock"} & set(names)
    assert made.persons == 3


def _sqlite_registry(settings: Settings) -> Path:
    return Path(sa.make_url(settings.database_url).database or "")
