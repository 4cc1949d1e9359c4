"""Two installations with one station identity (a copied home): noticed, flagged, held.

Every packet carries its station's outbox position ``seq`` (the outbox's primary key, never
reused: SQLite ``AUTOINCREMENT`` at the station), signed with the rest. One installation
never puts two different packets at one position; two copies of one home do, as soon as both
record something after the copy. So the centre looks up, for every packet id it does not
hold yet, the packets it holds from that station at the same positions: another id there is
a clash. Resending the same packets (a station restored from a backup, a retry, a proxy
replaying requests) brings the same ids and is a replay, never a clash.

On a clash the centre keeps both packets (nothing received is dropped: the operator needs
both copies' records), writes a ``clone_suspected`` event to its security log, logs a
warning, and suspends the station: its further packets are refused (``station_suspended``;
they wait at the station) until an operator approves it again (`sws central approve`, once
the copy is found and wiped or re-registered under its own id) or revokes it. ``sws central
stats`` names every suspended station.

A station restored from a backup (``sws db restore``) announces itself instead
(:mod:`sync.restored`): before sending anything it asks the centre for the highest position
it holds from the station (``GET /v1/stations/{id}/position``), moves what it recorded since
the restore past it, and sends a ``station_restored`` packet at the next position, whose
record id is the restore's *epoch* (a random id). From then on every packet it sends carries
that epoch (``ep``). The centre takes the latest restore packet of a station as its current
epoch, and a new packet that carries an earlier epoch of the station (or none, once it
announced a restore) comes from an installation the restore superseded: the old laptop, or a
copied home, still recording. (An epoch the centre never took, its database restored from
before the announcement say, proves nothing: the position checks still apply.) That is
suspended like a clash, and so is a restore announced below a position the centre already
holds (another installation delivered after the restored one looked). So a copied home
that "restores" itself gains nothing: the installation it copied is suspended at its next
delivery, and if both announce, the later announcement makes the earlier one's packets
stray.

References
----------
CouchDB replication: a sequence per source, where a source whose checkpoint history diverges
is treated as a new one rather than trusted.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import cbor2
import sqlalchemy as sa

from sync.central import schema as t
from sync.central.decide import Batch
from sync.packets import Packet

log = logging.getLogger("sync.central")

SUSPENDED = "suspended"
#: The packet kind of a restore's announcement (its record id is the restore's epoch).
RESTORED = "station_restored"
#: The refusal a suspended station's packets get (sync protocol 4; ``station_not_approved``
#: before, which those stations retry too).
REFUSAL = "station_suspended"


@dataclass(frozen=True)
class Clash:
    """Two different packets of ``station_id`` at outbox position ``seq``."""

    station_id: str
    seq: int
    held: str  # the packet the centre held (or met first in this batch)
    new: str

    reason = "same_seq_other_packet"

    def describe(self) -> str:
        return (f"packets {self.held} and {self.new} both claim outbox position {self.seq}")


@dataclass(frozen=True)
class Stray:
    """A packet of ``station_id`` from an installation a restore superseded, or a restore
    announced below what the centre holds: two live installations with one identity."""

    station_id: str
    new: str
    reason: str  # the event's reason: ``superseded_epoch`` or ``restore_behind``
    detail: str

    def describe(self) -> str:
        return self.detail


def clashes(conn: sa.Connection, new: list[Packet]) -> list[Clash]:
    """The clashes ``new`` packets (ids the centre does not hold) make with what it holds
    and with each other. One range query per station (on ``ix_packets_station_seq``)."""
    by_station: dict[str, dict[int, str]] = {}
    found: list[Clash] = []
    for packet in new:
        seqs = by_station.setdefault(packet.station_id, {})
        other = seqs.setdefault(packet.seq, packet.id)
        if other != packet.id:
            found.append(Clash(packet.station_id, packet.seq, other, packet.id))
    p = t.packets.c
    for station_id, seqs in by_station.items():
        rows = conn.execute(sa.select(p.id, p.seq).where(
            p.station_id == station_id, p.seq.between(min(seqs), max(seqs))))
        for held, seq in rows:
            mine = seqs.get(seq)
            if mine is not None and mine != held:
                found.append(Clash(station_id, seq, held, mine))
    if not found:
        return found
    gone = superseded_packets(conn, {c.held for c in found})
    return [c for c in found if c.held not in gone]


#: The ``events`` entry of a packet an operator imported from a superseded installation
#: (:mod:`sync.central.imports`).
IMPORTED = "superseded_import"


def superseded_packets(conn: sa.Connection, ids: set[str]) -> set[str]:
    """Those of ``ids`` the centre holds as records of an installation a restore superseded:
    kept when that installation's delivery suspended the station (``superseded_epoch``), or
    imported by an operator since. Their positions are the old installation's numbering,
    which the live one reuses after its restore: a live packet there is no clone. Asked only
    when a clash is found (``events`` has no index on packets)."""
    e = t.events.c
    rows = conn.execute(sa.select(e.packet_id).where(
        e.packet_id.in_(sorted(ids)),
        sa.or_(sa.and_(e.event == "clone_suspected", e.reason == "superseded_epoch"),
               e.event == IMPORTED)))
    return {str(packet_id) for packet_id in rows.scalars()}


def restore_fields(packet: Packet) -> tuple[int, int] | None:
    """(backup position, floor) of a well-formed restore packet, else None: its record id
    is the epoch, its payload says up to which position the backup held records and which
    position the centre held when the station asked, and it sits just past both."""
    try:
        payload = packet.payload
    except ValueError:
        return None
    backup, floor = payload.get("backup_position"), payload.get("floor")
    if (type(backup) is not int or type(floor) is not int or not 0 <= backup <= floor
            or packet.seq != floor + 1 or payload.get("epoch") != packet.record_id):
        return None
    return backup, floor


def strays(conn: sa.Connection, new: list[Packet]) -> list[Stray]:
    """What ``new`` packets (ids the centre does not hold), in batch order, show of an
    installation superseded by a restore. One query per station that has announced a
    restore (on ``ix_packets_kind_status``), one for the positions held by those announcing
    one in this batch."""
    if not new:
        return []
    known = epochs(conn, {p.station_id for p in new})
    announcing = {p.station_id for p in new if p.kind == RESTORED}
    held = {station_id: position(conn, station_id) for station_id in sorted(announcing)}
    found: list[Stray] = []
    for packet in new:
        if packet.kind == RESTORED:
            fields = restore_fields(packet)
            if fields is None:
                continue  # refused as malformed (:func:`sync.central.ingest`)
            if held[packet.station_id] > fields[1]:
                found.append(Stray(packet.station_id, packet.id, "restore_behind",
                                   f"restore {packet.record_id} announced after position "
                                   f"{fields[1]}, but the centre holds position "
                                   f"{held[packet.station_id]}: another installation "
                                   "delivered since"))
            known.setdefault(packet.station_id, []).append(packet.record_id)
            continue
        announced = known.get(packet.station_id, [])
        expected = announced[-1] if announced else ""
        # an epoch the centre never heard of (its database restored from before the
        # announcement, say) proves nothing: the position checks still apply to it
        if packet.epoch != expected and (packet.epoch == "" or packet.epoch in announced):
            found.append(Stray(packet.station_id, packet.id, "superseded_epoch",
                               f"packet {packet.id} comes from the installation before "
                               f"restore {expected or '(none)'} (its epoch: "
                               f"{packet.epoch or 'none'}): the old one still records"))
    return found


def epochs(conn: sa.Connection, stations: set[str]) -> dict[str, list[str]]:
    """Each station's restore epochs in the order the centre took their announcements: the
    last is its current one (stations never restored are left out)."""
    p = t.packets.c
    rows = conn.execute(sa.select(p.station_id, p.record_id)
                        .where(p.kind == RESTORED, p.status != "rejected",
                               p.station_id.in_(sorted(stations)))
                        .order_by(p.arrival, p.received_at))
    found: dict[str, list[str]] = {}
    for station_id, epoch in rows:
        found.setdefault(station_id, []).append(epoch)
    return found


def position(conn: sa.Connection, station_id: str) -> int:
    """The highest outbox position the centre holds from ``station_id`` (0: none)."""
    p = t.packets.c
    return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(p.seq), 0))
                            .where(p.station_id == station_id)).scalar_one())


def suspend(conn: sa.Connection, batch: Batch, now: datetime,
            found: Sequence[Clash | Stray]) -> None:
    """Suspend each station found (if active), with an event per finding in the log."""
    first: dict[str, Clash | Stray] = {}
    for clash in found:
        first.setdefault(clash.station_id, clash)
        batch.event(now, "clone_suspected", clash.reason, clash.station_id, clash.new)
        log.warning("station %s: %s: two installations with one identity? station "
                    "suspended", clash.station_id, clash.describe())
    s = t.stations.c
    for station_id, clash in first.items():
        conn.execute(t.stations.update().where(s.id == station_id, s.status == "active")
                     .values(status=SUSPENDED, suspended_at=now,
                             suspend_reason=f"clone suspected: {clash.describe()}"))


def suspended(conn: sa.Connection) -> list[dict[str, str | None]]:
    """Every station suspended now: id, since when, why (for ``stats``)."""
    s = t.stations.c
    rows = conn.execute(sa.select(s.id, s.suspended_at, s.suspend_reason)
                        .where(s.status == SUSPENDED).order_by(s.suspended_at, s.id))
    return [{"station_id": r.id,
             "since": r.suspended_at.isoformat() + "Z" if r.suspended_at else None,
             "reason": r.suspend_reason} for r in rows]


def restores(conn: sa.Connection) -> list[dict[str, Any]]:
    """Every restore a station announced, oldest first (for ``stats``): station, when it
    arrived, the epoch, the positions its backup held and the centre held then."""
    p = t.packets.c
    rows = conn.execute(sa.select(p.station_id, p.received_at, p.record_id, p.payload)
                        .where(p.kind == RESTORED, p.status != "rejected")
                        .order_by(p.arrival, p.received_at))
    found = []
    for row in rows:
        try:
            payload = cbor2.loads(row.payload)
        except (cbor2.CBORDecodeError, ValueError):
            payload = {}
        found.append({"station_id": row.station_id,
                      "at": row.received_at.isoformat() + "Z", "epoch": row.record_id,
                      "backup_position": payload.get("backup_position"),
                      "floor": payload.get("floor"),
                      "backup_created_at": payload.get("backup_created_at")})
    return found
