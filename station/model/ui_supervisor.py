"""What `sws sync` tells a supervisor on the command line, read for the supervisor's page.

Three things stop or spoil the station's work with the central registry, and the command line
says each at every sync; the window's supervisor page lists them with the act each needs:

- **cards to revoke**: the centre refused an enrolment (or fingerprints added to a registered
  person later) as the same person as one enrolled at another station
  (``adjudicated_same_person``), but the card written here before that
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
- **a list of places not used**: the centre handed out a list of places (master data) this
  station cannot use (a format newer than it reads, a broken entry): the station keeps its
  own, so a new commune is missing at the desk until the station is updated. The window's
  sync worker and ``sws sync`` both take the centre's list through :func:`adopt_places`,
  which keeps the refusal in :data:`PLACES_FILE` (which version, why, since when) and
  clears it once a list is adopted or the centre's is the station's own again.

The way out for an installation a restore superseded (the old laptop found again, which the
centre suspends): :func:`export_undelivered` writes its undelivered records to one signed
file for the centre's operator, for `sws sync export-undelivered FILE` and the page alike.

No Qt here: the page reads :func:`supervisor_notices` and exports in a worker thread.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import threading
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.errors import BadInput, StationError
from station.model.persons import SAME_PERSON
from sync.outbox import BIOMETRIC_KINDS

_log = logging.getLogger(__name__)

#: The outbox kinds the centre refuses as the same person as someone enrolled at another
#: station (``SAME_PERSON``): an enrolment, or fingerprints added later; both mean registered
#: twice.
REFUSED_KINDS = BIOMETRIC_KINDS
#: A clock further than this (seconds) from the centre's is shown; the same bound as
#: ``sws sync`` (``station.cli.sync.CLOCK_WARN_S``: cards are checked against the clock of
#: whoever reads them, see ``cardio.verify.CLOCK_LEEWAY``).
CLOCK_WARN_S = 600.0
#: Where ``sws sync`` keeps the last offset it saw, in the station's config folder.
CLOCK_FILE = "centre-clock.json"
#: Where the station keeps the centre's list of places it could not use, in its config
#: folder (none: no such list, or it was adopted since).
PLACES_FILE = "centre-places-refused.json"


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
class PlacesRefused:
    """The centre's list of places this station could not use and keeps not using: its
    ``version`` ("" when it names none), why (``reason``: the rules' sentence), since when
    (``at``: the first sync that met this very list) and its content's ``digest``
    (``sync.client.gazetteer_digest``, the centre's name for it)."""

    version: str
    reason: str
    at: dt.datetime
    digest: str
    #: the version of the list the station keeps using instead (read with the record)
    kept_version: str = ""

    def as_json(self) -> dict[str, Any]:
        """What ``sws sync --json`` says of it (``places_refused``)."""
        return {"version": self.version, "reason": self.reason, "at": self.at.isoformat(),
                "kept_version": self.kept_version}


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
    places: PlacesRefused | None = None

    def __len__(self) -> int:
        return (len(self.cards) + (self.key_lost is not None) + (self.clock is not None)
                + (self.places is not None))


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


def adopt_places(config_dir: Path, master: Mapping[str, Any], *,
                 now: dt.datetime) -> str | None:
    """Take the centre's list of places from its master data as this station's
    (``locations.adopt_from_master_data``: the version adopted, None when unchanged), and
    keep what the supervisor must know: a list the station cannot use is kept in
    :data:`PLACES_FILE` (the same list met again keeps its first date) and its
    :class:`StationError` raised again; the record goes once a list is adopted, or once the
    centre's list is another than the refused one (its own again: it sends none). A record
    that cannot be written or removed is logged: the sync goes on."""
    from station.model.locations import adopt_from_master_data

    try:
        adopted = adopt_from_master_data(config_dir, master)
    except StationError as error:
        _keep_refusal(config_dir, master.get("gazetteer"), str(error), now)
        raise
    kept = _load_places_refused(config_dir)
    if isinstance(master.get("gazetteer"), Mapping) or (  # a list taken: nothing refused
            "gazetteer_digest" in master  # the centre holds another list, or none
            and (kept is None or master["gazetteer_digest"] != kept.digest)):
        try:
            (config_dir / PLACES_FILE).unlink(missing_ok=True)
        except OSError as error:
            _log.warning("the record of a refused list of places stays: %s", error)
    return adopted


def places_refused(config_dir: Path) -> PlacesRefused | None:
    """The centre's list of places this station keeps not using, with the version of the
    list it uses instead; None when there is none (or the record is damaged: no notice
    rather than a wrong one)."""
    refused = _load_places_refused(config_dir)
    if refused is None:
        return None
    return dataclasses.replace(refused, kept_version=_kept_version(config_dir))


def _keep_refusal(config_dir: Path, document: Any, reason: str, now: dt.datetime) -> None:
    from station.model.files import write_text_atomic
    from sync.client import gazetteer_digest

    if not isinstance(document, Mapping):
        return
    digest = gazetteer_digest(document)
    kept = _load_places_refused(config_dir)
    if kept is not None and (kept.digest, kept.reason) == (digest, reason):
        return  # the same list refused again, every round: refused since the first
    version = document.get("version")
    try:
        write_text_atomic(config_dir / PLACES_FILE, json.dumps(
            {"version": str(version) if version is not None else "", "reason": reason,
             "at": now.isoformat(), "digest": digest}, ensure_ascii=False))
    except BadInput as error:
        _log.warning("the refused list of places could not be recorded: %s", error)


def _load_places_refused(config_dir: Path) -> PlacesRefused | None:
    try:
        data = json.loads((config_dir / PLACES_FILE).read_text(encoding="utf-8"))
        at = dt.datetime.fromisoformat(str(data["at"]))
        return PlacesRefused(str(data["version"]), str(data["reason"]),
                             at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC),
                             str(data["digest"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _kept_version(config_dir: Path) -> str:
    """The version the station's list of places names ("" when none or unreadable)."""
    from station.model.locations import default_path, station_path

    own = station_path(config_dir)
    try:
        data = json.loads((own if own.is_file() else default_path()).read_text(
            encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return str(data.get("version") or "") if isinstance(data, dict) else ""


def supervisor_notices(station: Any, clock: CentreClock | None = None) -> Notices:
    """What the supervisor must act on now (read only; safe in a worker thread): the clock's
    offset is the later of what the window's sync worker and ``sws sync`` last saw."""
    seen = clock.last if clock is not None else None
    stored = load_clock_off(station.settings.config_dir)
    if stored is not None and (seen is None or stored.seen_at > seen.seen_at):
        seen = stored
    off = seen if seen is not None and abs(seen.offset_s) > CLOCK_WARN_S else None
    return Notices(key_lost=key_lost(station.settings), clock=off,
                   cards=cards_to_revoke(station),
                   places=places_refused(station.settings.config_dir))


def cards_to_revoke(station: Any, among: Collection[str] | None = None) -> list[CardToRevoke]:
    """Cards still ``issued`` to people whose enrolment, or fingerprints added to them later,
    the centre refused as the same person as one enrolled elsewhere (any sync so far, or only
    the people ``among``: those a sync just saw refused), by serial: cards written before the
    national decision."""
    import sqlalchemy as sa

    from station.registry.base import OUTBOX
    from station.registry.models import Card, Person

    if among is not None and not among:
        return []
    box = OUTBOX.c
    refused = (sa.select(box.record_id)
               .where(box.kind.in_(REFUSED_KINDS), box.state == "rejected",
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


class RestoreNotAnnounced(BadInput):
    """This installation was restored from a backup and has not told the centre yet: its
    records' positions are not moved yet, so they cannot be exported (a sync first)."""

    def __init__(self) -> None:
        super().__init__("this station was restored from a backup and never told the centre: "
                         "run `sws sync` first (its records are not in order for an export "
                         "yet)")


def own_epoch(station: Any) -> str:
    """The restore epoch this installation's packets carry ("" if never restored);
    :class:`RestoreNotAnnounced` for a restore of its own it never announced."""
    import sqlalchemy as sa

    from station.registry.base import OUTBOX
    from sync import restored

    marker = restored.load(station.settings.config_dir / restored.FILE_NAME)
    if marker is None:
        return ""
    with station.engine.connect() as conn:
        announced = conn.execute(sa.select(OUTBOX.c.id).where(
            OUTBOX.c.kind == restored.KIND, OUTBOX.c.record_id == marker.epoch)).first()
    if announced is None:
        raise RestoreNotAnnounced()
    return str(marker.epoch)


def export_undelivered(station: Any, path: Path, *, by: Any, now: dt.datetime,
                       force: bool = False) -> Any:
    """Every record not yet delivered, signed by this station and sealed to the centre, in
    ``path`` (``sync.export.export_undelivered``: whole or not at all, the outbox only read),
    and a ``sync.export`` audit event naming the supervisor ``by``; returns what was written
    (``sync.export.Written``). Refusals: ``PermissionDenied`` (not a supervisor),
    ``sync.export.NothingUndelivered``, ``sync.export.ExportPathRefused`` (a folder, an
    existing file), ``sync.export.ExportNotWritten``, :class:`RestoreNotAnnounced`."""
    from station.model.central_link import load_link, station_key
    from station.registry.base import OUTBOX
    from sync import export
    from sync.keys import central_public_key, unb64
    from sync.uploader import StationIdentity

    by.require("supervisor", action="export the records not yet delivered")
    link = load_link(station.settings)
    identity = StationIdentity(link.station_id, station_key(station.settings),
                               central_public_key(unb64(link.central_public_key_b64)))
    epoch = own_epoch(station)
    written = export.export_undelivered(station.engine, OUTBOX, identity,
                                        station.unseal_outbox, path, epoch=epoch, now=now,
                                        force=force)
    with station.transaction() as session:
        station.audit(session, action="sync.export", subject_type="central",
                      subject_id=link.station_id,
                      details={"file": str(written.path), "records": written.count,
                               "positions": [written.first_seq, written.last_seq],
                               "epoch": epoch, "sha256": written.sha256},
                      operator_id=by.id, now=now)
    return written
