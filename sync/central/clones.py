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

A station restored from a backup older than what it had delivered, that then records new
things, reuses positions it had already delivered under other ids: that is flagged too (the
centre cannot tell it from a clone); the operator approves it again after checking.

References
----------
CouchDB replication: a sequence per source, where a source whose checkpoint history diverges
is treated as a new one rather than trusted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from sync.central import schema as t
from sync.central.decide import Batch
from sync.packets import Packet

log = logging.getLogger("sync.central")

SUSPENDED = "suspended"
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
    return found


def suspend(conn: sa.Connection, batch: Batch, now: datetime, found: list[Clash]) -> None:
    """Suspend each clashing station (if active), with an event per clash in the log."""
    first: dict[str, Clash] = {}
    for clash in found:
        first.setdefault(clash.station_id, clash)
        batch.event(now, "clone_suspected", "same_seq_other_packet", clash.station_id,
                    clash.new)
        log.warning("station %s: packets %s and %s both claim its outbox position %d: two "
                    "installations with one identity? station suspended", clash.station_id,
                    clash.held, clash.new, clash.seq)
    s = t.stations.c
    for station_id, clash in first.items():
        conn.execute(t.stations.update().where(s.id == station_id, s.status == "active")
                     .values(status=SUSPENDED, suspended_at=now,
                             suspend_reason=f"clone suspected: packets {clash.held} and "
                             f"{clash.new} both claim outbox position {clash.seq}"))


def suspended(conn: sa.Connection) -> list[dict[str, str | None]]:
    """Every station suspended now: id, since when, why (for ``stats``)."""
    s = t.stations.c
    rows = conn.execute(sa.select(s.id, s.suspended_at, s.suspend_reason)
                        .where(s.status == SUSPENDED).order_by(s.suspended_at, s.id))
    return [{"station_id": r.id,
             "since": r.suspended_at.isoformat() + "Z" if r.suspended_at else None,
             "reason": r.suspend_reason} for r in rows]
