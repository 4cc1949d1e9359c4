"""A station restored from a backup announces itself to the centre before it sends anything.

The centre notices a cloned station by outbox positions (:mod:`sync.central.clones`): two
different packets at one position. A station restored from a backup older than what it had
delivered would record new things at positions the centre already holds for other packets,
and look exactly like a clone. So ``sws db restore`` leaves a marker in the station's config
folder (``restored.json``, :func:`mark`): a new *restore epoch* (a random id), the highest
outbox position the backup held and the backup's time. Before the station sends anything
after that, :func:`resume`:

1. asks the centre for the highest position it holds from this station
   (``GET /v1/stations/{id}/position``);
2. in one transaction, moves what was recorded since the restore (positions after the
   backup's) past that position, and queues a ``station_restored`` record at the position
   just after it: its record id is the epoch, its payload the backup's position and the
   centre's (the *floor*);
3. sends that record alone, first; from then on every packet carries the epoch (``ep``);
4. once that record is taken, and before anything else is sent, hands the station the
   centre's erasure look-up (``reapply``, ``POST /v1/stations/{id}/erasures``): a person who
   withdrew their consent to fingerprints after the backup was made had them erased, and the
   backup brought them back. The station erases them again (``station.model.erasure``),
   once per restore (the marker's ``erasures_checked``).

What the backup held and the centre did not (records made before the backup and not yet
delivered) keeps its positions: the centre holds nothing else there. The announcement is
an outbox item like any other: signed, resent until answered, never renumbered again (its
presence in the outbox says the move was done, whatever happened to the process after).

A centre from before announcements (no such route) is not asked: the station sends as
before, and the centre flags it as it did.

References
----------
CouchDB replication checkpoints: a replica whose history diverged announces a new one
instead of being trusted to continue the old. MOSIP registration client: a re-installed
machine re-registers its key and resumes its packet sequence from the server's.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sync._files import replace_text
from sync.errors import SyncError
from sync.outbox import ACKED, RECEIVED, REJECTED, TABLE_NAME, encode_payload, utc_naive
from sync.uploader import Uploader

#: The marker's file name, in the station's config folder.
FILE_NAME = "restored.json"
#: The outbox kind of the announcement (the centre's ``sync.central.clones.RESTORED``).
KIND = "station_restored"


class RestoreMarkerDamaged(SyncError):
    """The restore marker cannot be read: nothing is sent until it is mended."""


@dataclass(frozen=True)
class Restore:
    """What ``sws db restore`` left for the uploader."""

    epoch: str  # a random id, this restore's
    restored_at: str  # ISO time of the restore, UTC
    backup_created_at: str
    backup_position: int  # the highest outbox position the backup's registry gave out
    previous: str = ""  # the epoch of the installation the backup came from, if restored
    #: when the erasures the centre holds were applied again (ISO time, UTC; "" not yet)
    erasures_checked: str = ""


def load(path: Path) -> Restore | None:
    """The marker at ``path``; None when the home was never restored."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise RestoreMarkerDamaged(f"the restore marker {path} cannot be read: "
                                   f"{error.strerror or error}") from None
    try:
        data = json.loads(text)
        restore = Restore(epoch=str(data["epoch"]), restored_at=str(data["restored_at"]),
                          backup_created_at=str(data.get("backup_created_at", "")),
                          backup_position=int(data["backup_position"]),
                          previous=str(data.get("previous") or ""),
                          erasures_checked=str(data.get("erasures_checked") or ""))
    except (ValueError, KeyError, TypeError):
        raise RestoreMarkerDamaged(f"the restore marker {path} is damaged: restore the "
                                   "backup again") from None
    if not restore.epoch or restore.backup_position < 0:
        raise RestoreMarkerDamaged(f"the restore marker {path} is damaged: restore the "
                                   "backup again")
    return restore


def save(path: Path, restore: Restore) -> None:
    """Write the marker whole or not at all."""
    replace_text(path, json.dumps(asdict(restore), indent=1) + "\n")


def mark(database: Path, kept: Restore | None, *, backup_created_at: str,
         now: datetime) -> Restore:
    """The marker for a registry restored from a backup (the SQLite file ``database``).

    ``kept``: the marker the backup itself held. When that restore was never announced
    (nothing sent since), what was recorded after it must still move: its backup position
    is kept; otherwise every position the backup gave out is the station's own history.
    """
    import sqlite3

    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        announced = kept is not None and conn.execute(
            f"SELECT 1 FROM {TABLE_NAME} WHERE kind = ? AND record_id = ?",
            (KIND, kept.epoch)).fetchone() is not None
        given = _given_out_sqlite(conn)
    position = kept.backup_position if kept is not None and not announced else given
    return Restore(epoch=str(uuid.uuid4()), restored_at=utc_naive(now).isoformat() + "Z",
                   backup_created_at=backup_created_at, backup_position=position,
                   previous=kept.epoch if kept is not None else "")


def _given_out_sqlite(conn: Any) -> int:
    """The highest outbox position ever given out (``AUTOINCREMENT``'s counter)."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?",
                       (TABLE_NAME,)).fetchone()
    top = conn.execute(f"SELECT coalesce(max(seq), 0) FROM {TABLE_NAME}").fetchone()
    return max(int(row[0]) if row else 0, int(top[0]))


#: What a restored station does once its restore is announced, before anything else goes:
#: given the uploader (its client and station id), apply again what the centre holds that the
#: backup did not (fingerprint erasures). A :class:`SyncError` holds the records back.
Reapply = Callable[[Uploader], object]


def resume(uploader: Uploader, path: Path, clock: Callable[[], datetime], *,
           reapply: Reapply | None = None) -> str | None:
    """Get ``uploader`` ready for a home restored from a backup (the marker at ``path``).

    Announces the restore when it has not been yet (see the module), applies ``reapply``
    once it is taken (once per restore), and sets the epoch the uploader's packets carry.
    Returns None when the uploader may send, else one line saying why nothing else is sent
    yet (the centre could not be asked, or has not taken the announcement): the records
    wait.
    """
    uploader.epoch, uploader.only = "", None
    restore = load(path)
    if restore is None:
        return None
    announcement = _announcement(uploader, restore.epoch)
    if announcement is None:
        uploader.only = ""  # nothing goes before the centre said where it stands
        try:
            answer = uploader.client.position(uploader.identity.station_id)
        except SyncError as error:
            return (f"this station was restored from a backup and must ask the central "
                    f"registry where to resume before sending anything: {error}")
        if answer is None:  # a centre from before announcements: as before
            uploader.only = None
            return None
        floor = max(int(answer["position"]), restore.backup_position)
        announcement = _announce(uploader, restore, floor, clock())
    uploader.epoch = restore.epoch
    item_id, state = announcement
    if state not in (RECEIVED, ACKED):
        uploader.only = item_id
        uploader.sync(clock, ignore_backoff=True)
        state = _state(uploader, item_id)
    if state in (RECEIVED, ACKED):
        if reapply is not None and not restore.erasures_checked:
            uploader.only = ""
            try:
                reapply(uploader)
            except SyncError as error:
                return (f"this station was restored from a backup and must ask the central "
                        f"registry which fingerprints were erased after it before sending "
                        f"anything else: {error}")
            save(path, replace(restore, erasures_checked=utc_naive(clock()).isoformat() + "Z"))
        uploader.only = None
        return None
    uploader.only = ""
    why = _last_error(uploader, item_id) or "no answer"
    return (f"the central registry has not taken this station's restore announcement yet "
            f"({why}); {'it refused it' if state == REJECTED else 'it is sent again'} "
            "before anything else")


def _announcement(uploader: Uploader, epoch: str) -> tuple[str, str] | None:
    c = uploader.table.c
    with uploader.engine.connect() as conn:
        row = conn.execute(sa.select(c.id, c.state)
                           .where(c.kind == KIND, c.record_id == epoch)).first()
    return None if row is None else (str(row.id), str(row.state))


def _state(uploader: Uploader, item_id: str) -> str:
    c = uploader.table.c
    with uploader.engine.connect() as conn:
        return str(conn.execute(sa.select(c.state).where(c.id == item_id)).scalar_one())


def _last_error(uploader: Uploader, item_id: str) -> str | None:
    c = uploader.table.c
    with uploader.engine.connect() as conn:
        found = conn.execute(sa.select(c.last_error).where(c.id == item_id)).scalar_one()
    return None if found is None else str(found)


def _announce(uploader: Uploader, restore: Restore, floor: int,
              now: datetime) -> tuple[str, str]:
    """Move what was recorded since the restore past ``floor`` and queue the announcement at
    ``floor + 1``, in one transaction; return the announcement's (id, state)."""
    table, c = uploader.table, uploader.table.c
    shift = floor + 1 - restore.backup_position
    item_id = str(uuid.uuid4())
    with uploader.engine.begin() as conn:
        if conn.dialect.name != "sqlite":  # `sws db restore` restores SQLite registries only
            raise SyncError("a restore marker beside a registry that is not SQLite")
        # through negative positions: no position is ever held twice during the move
        moved = conn.execute(sa.update(table).where(c.seq > restore.backup_position)
                             .values(seq=-(c.seq + shift))).rowcount
        conn.execute(sa.update(table).where(c.seq < 0).values(seq=-c.seq))
        conn.execute(table.insert().values(
            seq=floor + 1, id=item_id, kind=KIND, record_id=restore.epoch,
            payload=encode_payload({
                "epoch": restore.epoch, "previous": restore.previous,
                "backup_position": restore.backup_position, "floor": floor,
                "backup_created_at": restore.backup_created_at,
                "restored_at": restore.restored_at, "moved": int(moved or 0)}),
            sealed_biometrics=None, created_at=utc_naive(now), state="pending", attempts=0))
        top = conn.execute(sa.select(sa.func.max(c.seq))).scalar_one()
        conn.execute(sa.text("UPDATE sqlite_sequence SET seq = :top WHERE name = :name "
                             "AND seq < :top"), {"top": int(top), "name": table.name})
    return item_id, "pending"
