"""What `sws sync` tells a supervisor on the command line, read for the supervisor's page.

Three things stop or spoil the station's work with the central registry, and the command line
says each at every sync; the window's supervisor page lists them with the act each needs:

- **cards to revoke**: the centre refused an enrolment as the same person as one enrolled at
  another station (``adjudicated_same_person``), but the card written here before that
  national decision (the station works offline) is still valid: one person, one card. Read
  from what the station stores: the outbox keeps the centre's refusal and its reason, the
  card table the card's status; the notice goes once the card is revoked.
- **a lost packet-signing key**: the station is registered with a centre but its Ed25519
  key (``settings.station_key_file``) is missing or unreadable: nothing can be sent (the
  centre knows the station by that key) until it is restored from a backup.
- **a clock off**: this computer's clock is more than :data:`CLOCK_WARN_S` from the centre's
  (records dated wrong, cards refused elsewhere as not yet valid). The window's own sync
  worker reports each answer's ``Date`` to a :class:`CentreClock`, which keeps the offset it
  saw; ``sws sync`` on the command line stores the offset it saw in :data:`CLOCK_FILE`
  (:func:`save_clock_off`); the later of the two is shown.

No Qt here: the page reads :func:`supervisor_notices` in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: The centre's reason for refusing an enrolment of someone enrolled at another station.
SAME_PERSON = "adjudicated_same_person"
#: A clock further than this (seconds) from the centre's is shown; the same bound as
#: ``sws sync`` (``station.cli.sync.CLOCK_WARN_S``: cards are checked against the clock of
#: whoever reads them, see ``cardio.verify.CLOCK_LEEWAY``).
CLOCK_WARN_S = 600.0
#: Where ``sws sync`` keeps the last offset it saw, in the station's config folder.
CLOCK_FILE = "centre-clock.json"


@dataclass(frozen=True)
class CardToRevoke:
    """A card still valid for a person the centre found enrolled elsewhere."""

    serial: str
    person_id: str
    latin_name: str


@dataclass(frozen=True)
class ClockOff:
    """This computer's clock is ``offset_s`` seconds ahead of the centre's (negative:
    behind), as seen at ``seen_at`` (this computer's time of the centre's answer)."""

    offset_s: float
    seen_at: dt.datetime

    @property
    def ahead(self) -> bool:
        return self.offset_s > 0

    @property
    def minutes(self) -> int:
        """Whole minutes off, either way."""
        return int(abs(self.offset_s) // 60)


@dataclass(frozen=True)
class KeyLost:
    """The packet-signing key of a station registered with a centre cannot be used."""

    path: Path
    missing: bool  # True: no file; False: a file that holds no usable key


@dataclass(frozen=True)
class Notices:
    """Everything the supervisor must act on, most urgent first in the page."""

    key_lost: KeyLost | None = None
    clock: ClockOff | None = None
    cards: list[CardToRevoke] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.cards) + (self.key_lost is not None) + (self.clock is not None)


class CentreClock:
    """The offset of this computer's clock from the centre's, from the sync's answers.

    :meth:`observe` is called by the sync worker's thread after each round with the centre's
    last ``Date`` (``CentralClient.server_time``) and this computer's time then; a round
    without any answer leaves ``server_time`` as it was, and an unchanged ``server_time`` is
    not observed again (the time since would read as a drifting clock).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._server_time: dt.datetime | None = None
        self._seen: ClockOff | None = None

    def observe(self, server_time: dt.datetime | None, at: dt.datetime) -> None:
        with self._lock:
            if server_time is None or server_time == self._server_time:
                return
            self._server_time = server_time
            self._seen = ClockOff((at - server_time).total_seconds(), at)

    @property
    def last(self) -> ClockOff | None:
        """The latest offset seen (None before any answer carried the centre's time)."""
        with self._lock:
            return self._seen


def save_clock_off(config_dir: Path, seen: ClockOff) -> None:
    """Keep the offset a command-line sync saw (one small JSON file, written atomically)."""
    from station.model.files import write_text_atomic

    write_text_atomic(config_dir / CLOCK_FILE, json.dumps(
        {"offset_s": round(seen.offset_s, 1), "seen_at": seen.seen_at.isoformat()}))


def load_clock_off(config_dir: Path) -> ClockOff | None:
    """The offset ``sws sync`` stored, or None (none stored, or a damaged file: no notice
    rather than a wrong one)."""
    try:
        data = json.loads((config_dir / CLOCK_FILE).read_text(encoding="utf-8"))
        seen_at = dt.datetime.fromisoformat(str(data["seen_at"]))
        return ClockOff(float(data["offset_s"]), seen_at if seen_at.tzinfo is not None
                        else seen_at.replace(tzinfo=dt.UTC))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def supervisor_notices(station: Any, clock: CentreClock | None = None) -> Notices:
    """What the supervisor must act on now (read only; safe in a worker thread): the clock's
    offset is the later of what the window's sync worker and ``sws sync`` last saw."""
    seen = clock.last if clock is not None else None
    stored = load_clock_off(station.settings.config_dir)
    if stored is not None and (seen is None or stored.seen_at > seen.seen_at):
        seen = stored
    off = seen if seen is not None and abs(seen.offset_s) > CLOCK_WARN_S else None
    return Notices(key_lost=key_lost(station.settings), clock=off,
                   cards=cards_to_revoke(station))


def cards_to_revoke(station: Any, among: Collection[str] | None = None) -> list[CardToRevoke]:
    """Cards still ``issued`` to people whose enrolment the centre refused as the same person
    as one enrolled elsewhere (any sync so far, or only the people ``among``: those a sync
    just saw refused), by serial: cards written before the national decision."""
    import sqlalchemy as sa

    from station.registry.base import OUTBOX
    from station.registry.models import Card, Person

    if among is not None and not among:
        return []
    box = OUTBOX.c
    refused = (sa.select(box.record_id)
               .where(box.kind == "enrolment", box.state == "rejected",
                      box.central_reason == SAME_PERSON))
    query = (sa.select(Card.serial, Card.person_id, Person.latin_name)
             .join(Person, Person.id == Card.person_id)
             .where(Card.status == "issued", Card.person_id.in_(refused))
             .order_by(Card.serial))
    if among is not None:
        query = query.where(Card.person_id.in_(list(among)))
    with station.reading() as session:
        return [CardToRevoke(str(serial), str(person), str(name))
                for serial, person, name in session.execute(query)]


def key_lost(settings: Any) -> KeyLost | None:
    """The packet-signing key's trouble, once the station is registered with a centre (before
    that, `sws init --central` creates the key): None when it loads."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = Path(settings.station_key_file)
    if not Path(settings.central_file).exists():
        return None
    try:
        # read here, never through sync.keys' loader: that one creates a missing key
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError:
        return KeyLost(path, missing=True)
    except (OSError, ValueError, TypeError):
        return KeyLost(path, missing=False)
    return None if isinstance(key, Ed25519PrivateKey) else KeyLost(path, missing=False)
