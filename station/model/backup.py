"""Backup and restore of a whole station: registry, keys and settings, in one encrypted file.

A station works offline for days; until its records reach the centre, the laptop is the only
place they exist. A supervisor makes a backup (``sws db backup``) onto a USB stick; if the
laptop breaks or is stolen, a new one is restored from it (``sws db restore``) and goes on as
the same station: same station id, same signing key, same outbox. Records the centre already
had are sent again and answered as replays (packets are idempotent by id).

The file holds everything needed to be the station, so it is encrypted under a passphrase
that is kept apart from it:

* a clear header (format, station id, time, scrypt salt and cost, a key-check value);
* a tar stream (``manifest.json`` with a SHA-256 per file, the SQLite snapshot, the key
  file, the station's signing key, the card-issuing folder and the other settings files)
  cut into 1 MiB chunks, each sealed with AES-256-GCM under the scrypt key. A chunk's nonce
  is its index and its associated data the header, the index and a last-chunk flag, so a
  chunk cannot be changed, moved, dropped or the file cut short without the restore
  noticing (the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár 2015).

The snapshot comes from SQLite's online backup API: consistent while the window is open.
Derived files are left out (the sealed 1:N gallery cache is rebuilt from the registry, the
receipts folder can be printed again). A restore checks everything before it puts anything
in place: every chunk, every file's digest, the schema, the audit chain under the restored
audit key, and every sealed template opened under the restored keys.

References
----------
Hoang, Reyhanitabar, Rogaway, Vizár: Online Authenticated-Encryption and its Nonce-Reuse
Misuse-Resistance, CRYPTO 2015 (the STREAM construction).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import json
import os
import secrets
import shutil
import sqlite3
import struct
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station.config import STATION_ID_FILE, Settings
from station.errors import BadInput, IntegrityFailure, StorageError
from sync.errors import SyncBusy, SyncError
from sync.restored import FILE_NAME as RESTORE_FILE
from sync.restored import Restore, mark
from sync.restored import load as load_marker
from sync.restored import save as save_marker

MAGIC = b"SWS-STATION-BACKUP\n"
FORMAT = 1
CHUNK = 1 << 20
#: scrypt cost: about 0.1 s and 32 MiB here, paid once per backup and restore.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
MIN_PASSPHRASE = 10
REGISTRY_MEMBER = "registry.sqlite3"
MANIFEST_MEMBER = "manifest.json"
#: The restore marker of a station restored before, as a backup holds it.
RESTORE_MEMBER = f"config/{RESTORE_FILE}"
#: Files kept beside the registry that are derived from it (rebuilt) or printed from it,
#: and the sync locks (``sync.lock``, ``sync-worker.lock``: running processes', never
#: another place's).
_DERIVED = {"gallery-cache.sealed", "receipts", "sync.lock", "sync-worker.lock"}
#: Members a restore does not put in place as they are: the sync locks (older backups held
#: them; replacing the file would let a sync start beside the restore), and the restore
#: marker, which the restore writes anew (``sync.restored``).
_NOT_PUT = {"config/sync.lock", "config/sync-worker.lock", "config/restored.json"}
SUFFIX = ".swsbak"


class BackupError(StorageError):
    """A backup could not be made, or a file is not one this station can restore."""


class WrongPassphrase(BadInput):
    """The passphrase does not open this backup."""


class BackupDamaged(IntegrityFailure):
    """The backup file was changed, cut short or does not verify after decryption."""


@dataclass(frozen=True)
class BackupReport:
    path: Path
    station_id: str
    created_at: str
    persons: int
    waiting_to_sync: int
    bytes: int
    sha256: str

    def as_record(self) -> dict[str, Any]:
        return {"path": str(self.path), "station_id": self.station_id,
                "created_at": self.created_at, "persons": self.persons,
                "waiting_to_sync": self.waiting_to_sync, "bytes": self.bytes,
                "sha256": self.sha256}


@dataclass(frozen=True)
class RestoreReport:
    station_id: str
    created_at: str
    persons: int
    waiting_to_sync: int
    audit_events: int
    templates_opened: int
    database: str
    #: where an unused station found in the place was moved ("" when there was none)
    replaced: str = ""
    #: the restore's epoch (``sync.restored``), announced to the centre at the first sync
    restore_epoch: str = ""

    def as_record(self) -> dict[str, Any]:
        return {"station_id": self.station_id, "created_at": self.created_at,
                "persons": self.persons, "waiting_to_sync": self.waiting_to_sync,
                "audit_events": self.audit_events, "templates_opened": self.templates_opened,
                "database": self.database, "replaced": self.replaced,
                "restore_epoch": self.restore_epoch}


# -- what a station is made of ------------------------------------------------------------------


def _sqlite_path(settings: Settings) -> Path:
    if not settings.is_sqlite:
        shown = sa.make_url(settings.database_url).render_as_string(hide_password=True)
        raise BackupError(f"the registry is not the embedded SQLite one ({shown}): back it up "
                          "with that database's own tools (pg_dump) together with the key "
                          "files")
    database = sa.make_url(settings.database_url).database
    if not database or database == ":memory:":
        raise BackupError("an in-memory registry cannot be backed up")
    return Path(database)


def _members(settings: Settings) -> list[tuple[str, Path]]:
    """(name in the backup, file on disk) of everything but the registry itself."""
    registry = _sqlite_path(settings).resolve()
    live = {registry, Path(f"{registry}-wal"), Path(f"{registry}-shm"),
            Path(f"{registry}-journal")}
    named: dict[str, Path] = {}

    def add(name: str, path: Path) -> None:
        if path.is_file() and path.resolve() not in live:
            named.setdefault(name, path)

    add("keys/at-rest-keys.json", settings.key_file)
    add("keys/station-signing-key.pem", settings.station_key_file)
    add("keys/card-template-key.pem", settings.card_template_key_file)
    if settings.issuing_dir.is_dir():
        for path in sorted(settings.issuing_dir.rglob("*")):
            add(f"issuing/{path.relative_to(settings.issuing_dir).as_posix()}", path)
    taken = {p.resolve() for p in named.values()}
    for folder, prefix in ((settings.config_dir, "config"), (settings.data_dir, "data")):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if (relative.parts[0] in _DERIVED or relative.parts[0].startswith((".", "replaced-"))
                    or path.suffix == SUFFIX or path.resolve() in taken
                    or not path.is_file()):
                continue
            if prefix == "data" and settings.data_dir.resolve() == settings.config_dir.resolve():
                continue
            taken.add(path.resolve())
            add(f"{prefix}/{relative.as_posix()}", path)
    return sorted(named.items())


def _target(settings: Settings, name: str) -> Path:
    """Where the member ``name`` of a backup goes for a station with ``settings``."""
    head, _, rest = name.partition("/")
    if name == REGISTRY_MEMBER:
        return _sqlite_path(settings)
    if name == "keys/at-rest-keys.json":
        return settings.key_file
    if name == "keys/station-signing-key.pem":
        return settings.station_key_file
    if name == "keys/card-template-key.pem":
        return settings.card_template_key_file
    folder = {"issuing": settings.issuing_dir, "config": settings.config_dir,
              "data": settings.data_dir}.get(head)
    relative = Path(rest)
    if folder is None or not rest or relative.is_absolute() or ".." in relative.parts:
        raise BackupDamaged(f"the backup names a file outside the station: {name!r}")
    return folder / relative


# -- the encrypted stream -------------------------------------------------------------------------


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _key_check(key: bytes) -> str:
    return hmac.new(key, b"sws backup key check", hashlib.sha256).hexdigest()[:16]


def _nonce(index: int) -> bytes:
    return b"\0\0\0\0" + index.to_bytes(8, "big")


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + index.to_bytes(8, "big") + (b"\1" if last else b"\0")


class _SealingWriter(io.RawIOBase):
    """A write-only file whose bytes go out as sealed chunks (the last one flagged)."""

    def __init__(self, out: IO[bytes], key: bytes, header: bytes) -> None:
        self._out, self._aead, self._header = out, AESGCM(key), header
        self._buffer = bytearray()
        self._index = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._buffer += bytes(data)
        while len(self._buffer) > CHUNK:  # keep one chunk back: it may be the last
            self._emit(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def finish(self) -> None:
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._index), chunk,
                                    _aad(self._header, self._index, last))
        self._out.write(struct.pack(">I", len(sealed)) + sealed)
        self._index += 1


def _open_chunks(source: IO[bytes], key: bytes, header: bytes,
                 chunk: int) -> Iterator[bytes]:
    """The plaintext chunks (at most ``chunk`` bytes each) of a backup; BackupDamaged at the
    first one that does not verify or when the stream ends before its last chunk."""
    aead = AESGCM(key)
    index = 0
    while True:
        length = source.read(4)
        if len(length) < 4:
            raise BackupDamaged("the backup file is cut short (its last part is missing)")
        (size,) = struct.unpack(">I", length)
        sealed = source.read(size)
        if size > chunk + 16 or len(sealed) < size:
            raise BackupDamaged("the backup file is cut short or damaged")
        for last in (False, True):
            try:
                plain = aead.decrypt(_nonce(index), sealed, _aad(header, index, last))
            except InvalidTag:
                continue
            yield plain
            if last:
                if source.read(1):
                    raise BackupDamaged("the backup file has data after its last part")
                return
            break
        else:
            raise BackupDamaged(f"the backup file was changed (part {index + 1} does not "
                                "verify)")
        index += 1


class _ChunkReader(io.RawIOBase):
    """A read-only file over the plaintext chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._buffer = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            try:
                self._buffer = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(target), len(self._buffer))
        target[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


# -- backup ---------------------------------------------------------------------------------------


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to stand against guessing (the file may be lost)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise BadInput(f"the backup passphrase must have at least {MIN_PASSPHRASE} characters")


def _counts(database: Path) -> tuple[int, int]:
    """(persons, records waiting to sync) in a registry file."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        persons = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        waiting = conn.execute(
            "SELECT count(*) FROM sync_outbox WHERE acked_at IS NULL").fetchone()[0]
    return int(persons), int(waiting)


def _snapshot(source: Path, target: Path, busy_timeout_ms: int) -> None:
    """A consistent copy of the live SQLite registry (other writers may go on meanwhile)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True,
                          timeout=busy_timeout_ms / 1000)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.OperationalError as err:
        raise BackupError(f"the registry could not be copied: {err}") from None
    finally:
        src.close()


class BackupExists(BadInput):
    """The named backup file exists already; it is replaced only when asked (``--force``)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} exists already; choose another name, or pass --force to "
                         "replace that backup", field="file")
        self.path = path


def _folder_name(settings: Settings, folder: Path, now: datetime) -> Path:
    """A name in ``folder`` no file has yet: station id, time to the second and a counter,
    so two backups made within one second (or minute) never share a name."""
    stem = f"sws-backup-{settings.station_id}-{now:%Y%m%d-%H%M%S}"
    for counter in range(1, 1000):
        candidate = folder / f"{stem}-{counter:03d}{SUFFIX}"
        if not candidate.exists():
            return candidate
    raise BackupError(f"the folder {folder} holds 999 backups of this second already")


def make_backup(settings: Settings, out: Path, passphrase: str, *, now: datetime,
                made_by: str, force: bool = False) -> BackupReport:
    """Write an encrypted backup of the station to ``out``, atomically: a failed or
    interrupted backup leaves no file there.

    ``out`` may be a folder: the file gets a name of its own there (station id, time to the
    second and a counter), never one another backup has. A named file that exists is
    refused (:class:`BackupExists`) unless ``force`` is given and it is a station backup;
    something else (the registry, a key) is never replaced."""
    check_passphrase(passphrase)
    registry = _sqlite_path(settings)
    if not registry.is_file():
        raise BackupError(f"there is no registry at {registry} to back up")
    out = out.expanduser()
    named = not out.is_dir()
    if not named:
        out = _folder_name(settings, out, now)
    if not out.parent.is_dir():
        raise BadInput(f"the folder {out.parent} does not exist")
    if out.exists() and not _is_backup(out):
        # never replace something else: a mistyped name could be the registry itself
        raise BadInput(f"{out} exists and is not a station backup; choose another name")
    if out.exists() and not force:
        raise BackupExists(out)
    salt = secrets.token_bytes(16)
    key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    created = now.isoformat(timespec="seconds")
    header = json.dumps({"format": FORMAT, "station_id": settings.station_id,
                         "created_at": created, "kdf": "scrypt", "n": SCRYPT_N,
                         "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex(),
                         "check": _key_check(key), "chunk": CHUNK},
                        sort_keys=True).encode()
    with tempfile.TemporaryDirectory(prefix=".sws-backup-", dir=registry.parent) as work:
        snapshot = Path(work) / REGISTRY_MEMBER
        _snapshot(registry, snapshot, settings.busy_timeout_ms)
        persons, waiting = _counts(snapshot)
        members = [(REGISTRY_MEMBER, snapshot), *_members(settings)]
        manifest = {"format": FORMAT, "station_id": settings.station_id,
                    "created_at": created, "made_by": made_by, "persons": persons,
                    "waiting_to_sync": waiting,
                    "files": {name: _file_digest(path) for name, path in members}}
        partial = out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")
        try:
            with partial.open("xb") as raw:
                raw.write(MAGIC + struct.pack(">I", len(header)) + header)
                sealing = _SealingWriter(raw, key, header)
                with tarfile.open(fileobj=sealing, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                    _add_bytes(tar, MANIFEST_MEMBER, json.dumps(manifest, indent=1).encode())
                    for name, path in members:
                        info = tar.gettarinfo(str(path), arcname=name)
                        info.uid = info.gid = 0
                        info.uname = info.gname = ""
                        with path.open("rb") as f:
                            tar.addfile(info, f)
                sealing.finish()
                raw.flush()
                os.fsync(raw.fileno())
            os.chmod(partial, 0o600)
            _put(partial, out, replace_existing=force)
        except OSError as err:
            partial.unlink(missing_ok=True)
            raise BackupError(f"the backup could not be written to {out}: "
                              f"{err.strerror or err}") from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return BackupReport(path=out, station_id=settings.station_id, created_at=created,
                        persons=persons, waiting_to_sync=waiting, bytes=out.stat().st_size,
                        sha256=_file_digest(out))


def _put(partial: Path, out: Path, *, replace_existing: bool) -> None:
    """Give the finished file its name in one step. Without ``replace_existing`` a hard link
    is made (it fails if the name was taken meanwhile, e.g. by a backup made at the same
    moment), so no backup ever silently replaces another."""
    if replace_existing:
        os.replace(partial, out)
        return
    try:
        os.link(partial, out)
    except FileExistsError:
        raise BackupExists(out) from None
    partial.unlink()


def _is_backup(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def backup_station(station: Any, out: Path, passphrase: str, *, by: Any,
                   now: datetime, force: bool = False) -> BackupReport:
    """:func:`make_backup` of an open station by a supervisor, recorded in its audit chain
    (file name, digest, people) so auditors and the supervisor see when it was last made."""
    by.require("supervisor", action="back up the station")
    report = make_backup(station.settings, out, passphrase, now=now, made_by=by.username,
                         force=force)
    with station.transaction() as session:
        station.audit(session, action="registry.backup", subject_type="station",
                      subject_id=station.settings.station_id,
                      details={"file": report.path.name, "sha256": report.sha256,
                               "persons": report.persons}, operator_id=by.id, now=now)
    return report


def last_backup(station: Any) -> datetime | None:
    """When this station was last backed up (its newest ``registry.backup`` audit event),
    as an aware UTC time (the registry stores naive UTC)."""
    from station.registry.models import AuditEvent

    with station.reading() as session:
        found = session.scalar(sa.select(sa.func.max(AuditEvent.at))
                               .where(AuditEvent.action == "registry.backup"))
    if not isinstance(found, datetime):
        return None
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


# -- restore --------------------------------------------------------------------------------------


def read_header(source: IO[bytes]) -> tuple[bytes, dict[str, Any]]:
    """The clear header of a backup (raw bytes, parsed); BackupError if it is not one."""
    if source.read(len(MAGIC)) != MAGIC:
        raise BackupError("this file is not a station backup (made by `sws db backup`)")
    raw_length = source.read(4)
    length = struct.unpack(">I", raw_length)[0] if len(raw_length) == 4 else 0
    raw = source.read(length) if 0 < length < 4096 else b""
    try:
        header = json.loads(raw)
        if not isinstance(header, dict):
            raise ValueError
        if header.get("format") != FORMAT:
            raise BackupError(f"this backup has format {header.get('format')!r}; this "
                              f"program restores format {FORMAT}")
        salt = bytes.fromhex(str(header["salt"]))
        if len(salt) < 16 or header.get("kdf") != "scrypt":
            raise ValueError
        for field in ("n", "r", "p", "chunk"):
            if not isinstance(header[field], int) or not 0 < header[field] <= 1 << 24:
                raise ValueError
        if header["n"] * header["r"] * 128 > 256 << 20 or header["p"] > 16:
            raise ValueError  # a cost no backup of ours asks for: refuse, do not try
    except (ValueError, KeyError, TypeError):
        raise BackupDamaged("the backup's header is damaged") from None
    return raw, header


def _occupied(settings: Settings) -> list[Path]:
    """What a restore would overwrite: a registry, a key file or a signing key."""
    registry = _sqlite_path(settings)
    return [p for p in (registry, settings.key_file, settings.station_key_file) if p.exists()]


def _unused(settings: Settings) -> bool:
    """True when the station in this place never recorded anything: a registry with no
    person, household and no record queued for the centre (what `./run` makes on its first
    start), so a restore may move it aside instead of refusing."""
    registry = _sqlite_path(settings)
    if not registry.is_file():
        return False
    try:
        with sqlite3.connect(f"file:{registry}?mode=ro", uri=True) as conn:
            return all(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
                       for table in ("person", "household", "sync_outbox"))
    except sqlite3.Error:
        return False


def _move_aside(settings: Settings, now: datetime) -> Path:
    """Move an unused station's files into ``replaced-<time>/`` beside them (kept, not
    deleted: its demo operators and keys stay readable there)."""
    aside = settings.config_dir / f"replaced-{now:%Y%m%d-%H%M%S}"
    aside.mkdir(parents=True)
    registry = _sqlite_path(settings)
    paths = [registry, Path(f"{registry}-wal"), Path(f"{registry}-shm"), settings.key_file,
             settings.station_key_file, settings.issuing_dir, settings.central_file,
             settings.card_template_key_file, settings.config_dir / STATION_ID_FILE]
    for path in paths:
        if path.exists():
            shutil.move(str(path), aside / path.name)
    return aside


def restore_backup(settings: Settings, source: Path, passphrase: str, *,
                   now: datetime, expect: str | None = None) -> RestoreReport:
    """Put the station saved in ``source`` in the place ``settings`` names. That place must
    hold no station, or one that never recorded anything (``./run``'s first start), which is
    moved aside. Everything is checked in a staging folder first; on any failure nothing is
    put in place. Refused while a sync of this place runs, and when the backup is of another
    station than ``expect`` (``SWS_STATION_ID``) or than the station with records here.

    The restored home is marked restored (``sync.restored``: a new restore epoch, in the
    audit event too), so that its first sync announces the restore to the centre and
    records made from now on never take positions the centre holds from before."""
    from sync import lock

    # no sync of a station in this place (`sws sync`, the window's worker) may run during a
    # restore: it would send from the registry being replaced (an empty place has none)
    if not _occupied(settings):
        return _restore(settings, source, passphrase, now=now, expect=expect)
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(lock.exclusive(settings.config_dir / lock.WORKER_FILE))
        except SyncBusy as busy:
            raise BadInput(f"the station window syncing this place is open{_pid(busy)}: "
                           "close it, then restore again; nothing was restored") from None
        try:
            held.enter_context(lock.exclusive(settings.config_dir / lock.FILE_NAME))
        except SyncBusy as busy:
            raise BadInput(f"a sync of the station in this place is running{_pid(busy)}: "
                           "wait for it to end, then restore again; nothing was restored"
                           ) from None
        return _restore(settings, source, passphrase, now=now, expect=expect)


def _pid(busy: SyncBusy) -> str:
    return f" (process {busy.pid})" if busy.pid else ""


def _restore(settings: Settings, source: Path, passphrase: str, *, now: datetime,
             expect: str | None) -> RestoreReport:
    busy = _occupied(settings)
    unused = bool(busy) and _unused(settings)
    try:
        handle = source.expanduser().open("rb")
    except OSError as err:
        raise BadInput(f"cannot read the backup {source}: {err.strerror or err}") from None
    registry = _sqlite_path(settings)
    registry.parent.mkdir(parents=True, exist_ok=True)
    with handle, tempfile.TemporaryDirectory(prefix=".sws-restore-",
                                             dir=registry.parent) as work:
        raw, header = read_header(handle)
        _same_station(settings, str(header.get("station_id", "")), busy, unused, expect)
        key = _derive(passphrase, bytes.fromhex(header["salt"]), header["n"], header["r"],
                      header["p"])
        if not hmac.compare_digest(_key_check(key), str(header.get("check", ""))):
            raise WrongPassphrase("the passphrase does not open this backup")
        staging = Path(work)
        chunks = _open_chunks(handle, key, raw, header["chunk"])
        manifest = _unpack(_ChunkReader(chunks), staging)
        if manifest.get("station_id") != header.get("station_id"):
            raise BackupDamaged("the backup's header and contents name different stations")
        report = _verify(settings, staging, manifest, now=now)
        marker = _marker(staging, manifest, now)
        report = replace(report, restore_epoch=marker.epoch)
        if busy:
            report = replace(report, replaced=str(_move_aside(settings, now)))
        _put_in_place(settings, staging, manifest, marker)
    _record_restore(settings, manifest, now, marker)
    return report


def _same_station(settings: Settings, backup_of: str, busy: list[Path], unused: bool,
                  expect: str | None) -> None:
    """Refuse, naming both, a backup of another station than the one this place is (a
    station with records here, or ``SWS_STATION_ID``, given as ``expect``); refuse any
    restore over a station with records."""
    if expect and expect != backup_of:
        raise BadInput(f"this backup is of station {backup_of}, but SWS_STATION_ID names "
                       f"station {expect}: restored, it would send {backup_of}'s records as "
                       f"{expect}; unset SWS_STATION_ID (or set it to {backup_of}) to restore "
                       "it")
    if busy and not unused:
        if settings.station_id != backup_of:
            raise BadInput(f"this backup is of station {backup_of}, but this place holds "
                           f"station {settings.station_id}, with records ({busy[0]}): restore "
                           "it into another place (SWS_HOME), or choose that station's "
                           "backup")
        raise BadInput(f"this place already holds a station with records ({busy[0]}); "
                       "restore into another place (SWS_HOME), or move that station away")


def _marker(staging: Path, manifest: dict[str, Any], now: datetime) -> Restore:
    """The restore marker (``sync.restored``) for the checked registry in ``staging``."""
    files = staging / "files"
    kept = None
    if RESTORE_MEMBER in manifest["files"]:
        try:
            kept = load_marker(files / _slot(RESTORE_MEMBER))
        except SyncError as err:
            raise BackupDamaged(str(err)) from None
    return mark(files / _slot(REGISTRY_MEMBER), kept,
                backup_created_at=str(manifest.get("created_at", "")), now=now)


def _unpack(stream: io.RawIOBase, staging: Path) -> dict[str, Any]:
    """Unpack the tar stream into ``staging`` (member names as plain relative files) and
    check every file against the manifest's digest."""
    manifest: dict[str, Any] | None = None
    seen: set[str] = set()
    try:
        with tarfile.open(fileobj=io.BufferedReader(stream, CHUNK), mode="r|") as tar:
            for info in tar:
                if not info.isfile():
                    raise BackupDamaged(f"the backup holds something that is not a file: "
                                        f"{info.name!r}")
                f = tar.extractfile(info)
                assert f is not None
                data_path = staging / "files" / f"{len(seen)}"
                data_path.parent.mkdir(exist_ok=True)
                digest = hashlib.sha256()
                with data_path.open("wb") as out:
                    while block := f.read(1 << 20):
                        digest.update(block)
                        out.write(block)
                if info.name == MANIFEST_MEMBER and manifest is None:
                    manifest = json.loads(data_path.read_bytes())
                    data_path.unlink()
                    continue
                if manifest is None or info.name in seen:
                    raise BackupDamaged("the backup's list of files is out of order")
                expected = manifest.get("files", {}).get(info.name)
                if expected != digest.hexdigest():
                    raise BackupDamaged(f"the file {info.name!r} in the backup does not match "
                                        "its digest")
                data_path.rename(staging / "files" / _slot(info.name))
                seen.add(info.name)
    except tarfile.TarError as err:
        raise BackupDamaged(f"the backup's contents are damaged: {err}") from None
    if manifest is None or set(manifest.get("files", {})) != seen:
        raise BackupDamaged("the backup is missing files its list names")
    return manifest


def _slot(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def _verify(settings: Settings, staging: Path, manifest: dict[str, Any], *,
            now: datetime) -> RestoreReport:
    """Open the restored station in the staging folder: schema, audit chain, every sealed
    template under the restored keys."""
    from station.model.integrity import check
    from station.model.station import Station

    files = staging / "files"
    home = staging / "station"
    home.mkdir()
    trial = replace(settings, data_dir=home, config_dir=home,
                    database_url=f"sqlite:///{home / REGISTRY_MEMBER}",
                    key_file=home / "keys.json", station_key_file=home / "signing.pem",
                    issuing_dir=home / "issuing", central_file=home / "central.json",
                    station_id=str(manifest.get("station_id", settings.station_id)))
    shutil.copyfile(files / _slot(REGISTRY_MEMBER), home / REGISTRY_MEMBER)
    keys = files / _slot("keys/at-rest-keys.json")
    if not keys.is_file():
        raise BackupDamaged("the backup holds no at-rest key file")
    shutil.copyfile(keys, trial.key_file)
    os.chmod(trial.key_file, 0o600)
    station = Station(trial)  # migrates a backup made by an older version
    try:
        found = check(station, deep=True)
    except IntegrityFailure as err:
        raise BackupDamaged(f"the restored registry does not verify: {err}") from None
    finally:
        station.close()
    # the migrated copy is the one put in place
    shutil.copyfile(home / REGISTRY_MEMBER, files / _slot(REGISTRY_MEMBER))
    persons, waiting = _counts(files / _slot(REGISTRY_MEMBER))
    return RestoreReport(station_id=trial.station_id,
                         created_at=str(manifest.get("created_at", "")), persons=persons,
                         waiting_to_sync=waiting, audit_events=found.audit_events,
                         templates_opened=found.ciphertexts_checked,
                         database=str(_sqlite_path(settings)))


def _put_in_place(settings: Settings, staging: Path, manifest: dict[str, Any],
                  marker: Restore) -> None:
    """Move the checked files to where ``settings`` wants them; the restore marker, then the
    registry, last, so that an interrupted restore leaves no registry (and can simply be run
    again) and a registry put in place never goes without its marker."""
    names = sorted((n for n in manifest["files"] if n not in _NOT_PUT),
                   key=lambda n: n == REGISTRY_MEMBER)
    for name in names:
        if name == REGISTRY_MEMBER:
            save_marker(settings.config_dir / RESTORE_FILE, marker)
        target = _target(settings, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        # the registry holds names, ids and addresses in clear: its owner's only, as
        # `sws init` makes it (db._create_owner_only)
        private = name == REGISTRY_MEMBER or name.startswith("keys/") or name.endswith(".key")
        temporary = target.with_name(f".{target.name}.restoring")
        shutil.copyfile(staging / "files" / _slot(name), temporary)
        os.chmod(temporary, 0o600 if private else 0o644)
        os.replace(temporary, target)
    # the restored station keeps its own id, whatever this place made on first use
    (settings.config_dir / STATION_ID_FILE).write_text(
        str(manifest["station_id"]) + "\n", encoding="ascii")


def _record_restore(settings: Settings, manifest: dict[str, Any], now: datetime,
                    marker: Restore) -> None:
    """An audit event in the restored registry: its auditors see where the history resumed
    and under which restore epoch the station goes on."""
    from station.model.station import Station

    restored = replace(settings, station_id=str(manifest["station_id"]))
    station = Station(restored)
    try:
        with station.transaction() as session:
            station.audit(session, action="registry.restore", subject_type="station",
                          subject_id=restored.station_id,
                          details={"backup_created_at": manifest.get("created_at"),
                                   "backup_made_by": manifest.get("made_by"),
                                   "persons": manifest.get("persons"),
                                   "restore_epoch": marker.epoch,
                                   "previous_epoch": marker.previous or None,
                                   "backup_position": marker.backup_position},
                          operator_id=None, now=now)
    finally:
        station.close()
