"""The day's next paper number (receipt, refund voucher, grievance reference), and why a
station restored from a backup never gives one out twice.

A paper number is the station, the office's day and the day's sequence
(:func:`station.services.contributions.receipt_number`,
:func:`station.services.grievances.grievance_reference`). The person keeps the paper and
quotes it; the counter finds the record by it. A station restored from a backup made at
10:00 after a breakdown at 15:00 does not know the numbers given out in between: counting
the day's numbers again from what the backup held, it gave the same numbers to other people.

So the office days a restore covers, from the backup's day through the restore's day (the
office's days, :attr:`station.config.Settings.office_zone`), are numbered from a block of
their own: past ``BLOCK * n``, where ``n`` counts the restores in the registry's history that
cover the day. The installation the backup came from numbered those days in a lower block
(it knew one restore fewer), so nothing it gave out can come again; inside the block the next
number is the highest taken + 1, so numbering goes on without gaps. A second restore from a
backup of a restored station counts both restores and takes the block after. Days no restore
covers count from 1, as before; a receipt reads ``...-01001`` and a refund voucher
``...-R01001`` on the restored days (``-G1001`` for a grievance), still short enough to
read out.

Why this rule: it needs no network (a restore is often done offline), it is deterministic
(the same registry gives the same next number, so PostgreSQL's retry on a clash, which
counts again, still works), and it reads only what every restored registry holds. The
history is the registry's own ``registry.restore`` audit events (:mod:`station.model.
backup` writes one per restore, with the backup's time): they travel in every later backup,
so the chain of restores is complete however many times a station was restored, restores
made before this rule included. The restore marker beside the registry
(:mod:`sync.restored`) is read too, for a restore whose event was not written (the process
ended between putting the registry in place and auditing it).

What it cannot know: the same backup restored twice on two laptops, the first restored one
lost without a backup of it, gives both the same block (nothing offline tells the second
restore about the first); and more than ``BLOCK - 1`` numbers on one day in one block would
reach into the next block (a counter gives out tens a day).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.config import Settings
from station.registry.models import AuditEvent
from sync.restored import FILE_NAME as RESTORE_FILE
from sync.restored import RestoreMarkerDamaged
from sync.restored import load as load_marker

#: The size of a restore's block of numbers: the n-th restore covering a day numbers it past
#: ``BLOCK * n``.
BLOCK = 1000
#: The audit action of a restore (:func:`station.model.backup.restore_backup`).
RESTORE_ACTION = "registry.restore"


def next_sequence(session: Session, settings: Settings, day: dt.date, highest: int) -> int:
    """The sequence of the next number of the office day ``day``, ``highest`` being the
    highest already given out on it (:func:`highest_taken`): past it, and past the block of
    the restores that cover the day (see the module)."""
    floor = BLOCK * restores_covering(session, settings, day)
    return max(floor, highest) + 1


def highest_taken(session: Session, column: Any, prefix: str) -> int:
    """The highest sequence of the numbers in ``column`` (a receipt number, a grievance
    reference) that are ``prefix`` followed by digits (0: none); another mark after the
    prefix (a refund's ``R``) is another series."""
    given = session.scalars(sa.select(column).where(
        column.startswith(prefix, autoescape=True))).all()
    return max((n for n in (sequence_of(str(r), prefix) for r in given) if n is not None),
               default=0)


def restores_covering(session: Session, settings: Settings, day: dt.date) -> int:
    """How many of the registry's restores cover the office day ``day`` (from the day of the
    backup restored through the day of the restore)."""
    return sum(first <= day <= last for first, last in restored_days(session, settings))


def restored_days(session: Session, settings: Settings) -> list[tuple[dt.date, dt.date]]:
    """(backup's office day, restore's office day) of each restore in the registry's history
    and of the marker beside it, the marker's once when its event is on file too."""
    spans: list[tuple[dt.date, dt.date]] = []
    epochs: set[str] = set()
    for at, text in session.execute(sa.select(AuditEvent.at, AuditEvent.details).where(
            AuditEvent.action == RESTORE_ACTION)).all():
        details = _details(text)
        epochs.add(str(details.get("restore_epoch") or ""))
        restored = settings.today(at)  # stored naive UTC
        spans.append((_backup_day(settings, details.get("backup_created_at"), restored),
                      restored))
    marker = _marker(settings)
    if marker is not None and marker[0] not in epochs:
        spans.append(marker[1])
    return spans


def sequence_of(number: str, prefix: str) -> int | None:
    """The sequence of ``number`` when it is ``prefix`` followed by digits only, else None
    (a refund's ``R00001`` is not a payment's sequence)."""
    if not number.startswith(prefix):
        return None
    rest = number[len(prefix):]
    return int(rest) if rest.isascii() and rest.isdigit() else None


def _details(text: str | None) -> dict[str, object]:
    try:
        found = json.loads(text) if text else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _instant(text: object) -> dt.datetime | None:
    """An ISO time as written by the backup and the marker (naive or ``Z``: UTC)."""
    try:
        moment = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _backup_day(settings: Settings, text: object, restored: dt.date) -> dt.date:
    """The office day of the backup's time; when it cannot be read, every day up to the
    restore's is taken as covered (a block too many never repeats a number)."""
    moment = _instant(text)
    return min(settings.today(moment), restored) if moment is not None else dt.date.min


def _marker(settings: Settings) -> tuple[str, tuple[dt.date, dt.date]] | None:
    """The epoch and days of the restore marker beside the registry, if any (a damaged one
    is left to the sync, which refuses to send until it is mended)."""
    try:
        marker = load_marker(settings.config_dir / RESTORE_FILE)
    except RestoreMarkerDamaged:
        return None
    if marker is None:
        return None
    moment = _instant(marker.restored_at)
    if moment is None:
        return None
    restored = settings.today(moment)
    return marker.epoch, (_backup_day(settings, marker.backup_created_at, restored), restored)
