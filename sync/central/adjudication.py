"""The centre's adjudication queue: enrolments held as suspected duplicates, and decisions.

A supervisor at the centre looks at each held enrolment beside its candidates and decides:
``different`` (a new person after all: accepted, enrolled in the gallery) or ``same_person``
(refused as a duplicate). Fingerprints added to a registered person that matched someone
else are held the same way: ``different`` adds them to the person's gallery entry. The
station learns the outcome when it pulls statuses.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import cbor2
import sqlalchemy as sa

from sync.central import schema as t
from sync.central.decide import ACCEPTED, DUPLICATE, REJECTED
from sync.central.ingest import Ingest
from sync.central.operators import Operator, record
from sync.errors import SyncError
from sync.outbox import BIOMETRIC_KINDS, FINGERS_ADDED

DECISIONS = ("different", "same_person")


class AdjudicationError(SyncError):
    """No open case for that packet, or an unknown decision."""


#: Cases on one page of the queue (:func:`case_page`) unless asked otherwise, and at most.
PAGE = 100
MAX_PAGE = 500


def open_cases(conn: sa.Connection) -> list[dict[str, Any]]:
    """Every open case, oldest first, one entry per candidate (the held packet, the
    candidate and its score): the shape ``GET /v1/adjudications`` answered to `sws` built
    before :func:`case_page`, which read one case per applicant from it. It used to stop at
    500 entries without saying so (an applicant's candidates cut in two included).

    Each entry also carries what an adjudicator compares beside the fingerprints: the
    applicant's and the candidate's names, sex, birth date, place and station
    (:func:`person_summary`; empty fields where a packet did not carry them).
    """
    return _entries(conn, _rows(conn, t.adjudications.c.state == "open"))


def _entries(conn: sa.Connection, rows: list[Any]) -> list[dict[str, Any]]:
    """One entry per adjudication row (:func:`_rows`), as :func:`open_cases` lists them."""
    summary = _Summaries(conn, {r.candidate_person_id for r in rows})
    return [{"packet_id": r.packet_id, "candidate_person_id": r.candidate_person_id,
             "score": r.score, "opened_at": r.opened_at.isoformat() + "Z",
             "station_id": r.station_id, "record_id": r.record_id,
             "applicant": summary.applicant(r.payload, r.station_id),
             "candidate": summary.candidate(r.candidate_person_id)}
            for r in rows]


def group_cases(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries of :func:`open_cases` (one per candidate) as cases, one per held enrolment
    (applicant) in the entries' order, its candidates inside, best score first: the shape
    of :func:`case_page` (and of what `sws` makes of a centre from before it)."""
    held: dict[str, dict[str, Any]] = {}
    for entry in entries:
        case = held.setdefault(str(entry["packet_id"]), {
            **{k: entry.get(k) for k in ("packet_id", "opened_at", "station_id", "record_id",
                                         "applicant")}, "candidates": []})
        case["candidates"].append({"person_id": entry.get("candidate_person_id"),
                                   "score": entry.get("score"),
                                   "person": entry.get("candidate") or {}})
    for case in held.values():
        case["candidates"].sort(key=lambda found: -float(found["score"]))
    return list(held.values())


def case_page(conn: sa.Connection, *, after: str | None = None,
              limit: int = PAGE) -> dict[str, Any]:
    """One page of the open cases, oldest first: one case per held enrolment (applicant),
    its candidates inside, best score first.

    ``after``: the packet id of the last case of the page before (its ``next_after``); the
    page then starts with the next case opened after it, whether that one was decided
    since or not. ``total``: open cases in all; ``before``: open cases ahead of this page;
    ``next_after``: what to ask the next page with, None on the last page.
    :class:`AdjudicationError` when ``after`` names no case the centre ever opened.
    """
    if not 1 <= limit <= MAX_PAGE:
        raise AdjudicationError(f"a page holds 1 to {MAX_PAGE} cases, not {limit}")
    a = t.adjudications.c
    cases = (sa.select(a.packet_id, sa.func.min(a.opened_at).label("opened"),
                       sa.func.min(a.id).label("first"))
             .where(a.state == "open").group_by(a.packet_id).subquery())
    c = cases.c
    total = int(conn.execute(sa.select(sa.func.count()).select_from(cases)).scalar_one())
    later: list[Any] = []
    before = 0
    if after is not None:
        opened, first = conn.execute(sa.select(sa.func.min(a.opened_at), sa.func.min(a.id))
                                     .where(a.packet_id == after)).one()
        if first is None:
            raise AdjudicationError(f"no case {after} was ever opened at this centre: start "
                                    "from the oldest (without after, or --after)")
        later = [sa.or_(c.opened > opened, sa.and_(c.opened == opened, c.first > first))]
        before = int(conn.execute(sa.select(sa.func.count()).select_from(cases)
                                  .where(sa.not_(later[0]))).scalar_one())
    ids = list(conn.execute(sa.select(c.packet_id).where(*later)
                            .order_by(c.opened, c.first).limit(limit + 1)).scalars())
    more, ids = len(ids) > limit, ids[:limit]
    rows = _rows(conn, a.state == "open", a.packet_id.in_(ids)) if ids else []
    held = {case["packet_id"]: case for case in group_cases(_entries(conn, rows))}
    return {"cases": [held[i] for i in ids if i in held], "total": total, "before": before,
            "next_after": ids[-1] if more else None}


def _rows(conn: sa.Connection, *where: Any) -> list[Any]:
    """Adjudication rows with their held packet (station, record, payload), oldest first."""
    a, p = t.adjudications.c, t.packets.c
    return list(conn.execute(
        sa.select(a.packet_id, a.candidate_person_id, a.score, a.opened_at, p.station_id,
                  p.record_id, p.payload)
        .join(t.packets, p.id == a.packet_id)
        .where(*where).order_by(a.opened_at, a.id)).all())


class _Summaries:
    """:func:`person_summary` of applicants and candidates, with the place names of the
    master data and the stations' names, read once for a listing."""

    def __init__(self, conn: sa.Connection, candidates: set[str]) -> None:
        self.stations = dict(conn.execute(sa.select(t.stations.c.id, t.stations.c.name)).all())
        loc = t.locations.c
        self.places = {str(code): ", ".join(str(n) for n in names if n) for code, *names in
                       conn.execute(sa.select(loc.code, loc.commune, loc.district,
                                              loc.province))}
        self.enrolled = _enrolments(conn, candidates)

    def applicant(self, payload: bytes | None, station_id: str) -> dict[str, Any]:
        found = person_summary(payload, station_id, self.stations)
        found["place_name"] = self.places.get(str(found["commune"]), "")
        return found

    def candidate(self, person_id: str) -> dict[str, Any]:
        return self.applicant(*self.enrolled.get(person_id, (None, "")))


def _enrolments(conn: sa.Connection, person_ids: set[str]) -> dict[str, tuple[bytes, str]]:
    """The accepted enrolment (payload, station) of each person in ``person_ids``."""
    if not person_ids:
        return {}
    p = t.packets.c
    found = conn.execute(
        sa.select(t.persons.c.id, p.payload, p.station_id)
        .join(t.packets, p.id == t.persons.c.packet_id)
        .where(t.persons.c.id.in_(sorted(person_ids))))
    return {str(i): (payload, str(station)) for i, payload, station in found}


def person_summary(payload: bytes | None, station_id: str,
                   stations: dict[str, str]) -> dict[str, Any]:
    """Name, sex, birth date, place and station of an enrolment packet's payload.

    A payload without demographics (or not CBOR) gives empty strings.
    """
    try:
        value = cbor2.loads(payload) if payload else {}
    except (cbor2.CBORDecodeError, ValueError, TypeError, EOFError):
        value = {}
    people = value.get("demographics") if isinstance(value, dict) else None
    person: dict[str, Any] = people if isinstance(people, dict) else {}
    address = person.get("address")
    place: dict[str, Any] = address if isinstance(address, dict) else {}

    def text(source: dict[str, Any], key: str) -> str:
        item = source.get(key)
        return str(item).strip() if isinstance(item, str | int) else ""

    return {"latin_name": text(person, "latin_name"), "local_name": text(person, "local_name"),
            "sex": text(person, "sex"), "birth_date": text(person, "birth_date"),
            "birth_date_estimated": person.get("birth_date_estimated") is True,
            "province": text(place, "province"), "district": text(place, "district"),
            "commune": text(place, "commune"), "station_id": station_id,
            "station_name": stations.get(station_id, "") or ""}


def _not_waiting(conn: sa.Connection, packet_id: str, row: Any) -> str:
    """Why ``packet_id`` cannot be decided: unknown, or decided already (by whom, when: two
    adjudicators on one queue, the second one learns the first one's decision)."""
    if row is None or row.kind not in BIOMETRIC_KINDS:
        return f"no enrolment {packet_id} is waiting for adjudication"
    e = t.events.c
    last = conn.execute(sa.select(e.reason, e.at).where(
        e.packet_id == packet_id, e.event == "adjudicated").order_by(e.id.desc())).first()
    if last is not None:
        return (f"enrolment {packet_id} is no longer waiting for adjudication: decided "
                f"{last.reason} on {last.at.isoformat(timespec='minutes')} UTC; nothing "
                "changed")
    return (f"enrolment {packet_id} is not waiting for adjudication: the centre's answer is "
            f"{row.status}")


def decide_case(ingest: Ingest, packet_id: str, decision: str, now: datetime,
                by: str | None = None, who: Operator | None = None) -> dict[str, Any]:
    """Record ``decision`` for the held enrolment ``packet_id``; return its new status.

    The decision is also an ``adjudicated`` row in ``events`` (when, which packet and
    station, the decision and ``by``, the adjudicator's name), and, when the call came from
    an operator ``who``, a line of the operator trail, in the same transaction.
    """
    if decision not in DECISIONS:
        raise AdjudicationError(f"a decision is one of {', '.join(DECISIONS)}")
    p = t.packets.c
    added: list[tuple[Any, list[tuple[int, bytes]]]] = []  # (packet row, its templates)
    with ingest.lock:
        with ingest.engine.begin() as conn:
            row = conn.execute(sa.select(t.packets).where(p.id == packet_id)).first()
            if row is None or row.status != DUPLICATE:
                raise AdjudicationError(_not_waiting(conn, packet_id, row))
            if decision == "different":
                status, reason = ACCEPTED, "adjudicated_different"
                known = conn.execute(sa.select(t.persons.c.id).where(
                    t.persons.c.id == row.record_id)).first()
                if row.kind == FINGERS_ADDED:  # prints added to a registered person
                    if known is not None:
                        added.extend(ingest.templates_of([row]))
                elif known is None:
                    conn.execute(t.persons.insert().values(
                        id=row.record_id, packet_id=row.id, station_id=row.station_id,
                        enrolled_at=now))
                    # and the prints added to them while they were held, if any
                    added.extend(ingest.templates_of([row, *conn.execute(
                        sa.select(t.packets).where(
                            p.kind == FINGERS_ADDED, p.record_id == row.record_id,
                            p.status == ACCEPTED).order_by(p.arrival))]))
            else:
                status, reason = REJECTED, "adjudicated_same_person"
            conn.execute(t.packets.update().where(p.id == packet_id)
                         .values(status=status, reason=reason))
            conn.execute(t.adjudications.update().where(t.adjudications.c.packet_id == packet_id)
                         .values(state=decision))
            said = f"{decision} by {by}" if by else decision
            conn.execute(t.events.insert().values(at=now, event="adjudicated", reason=said[:64],
                                                  station_id=row.station_id, packet_id=row.id))
            if who is not None:
                record(conn, who, "adjudicate", packet_id, said, now)
        for held, templates in added:  # committed: now the gallery
            ingest.dedup.add(held.record_id, templates)
    return {"id": packet_id, "status": status, "reason": reason,
            "person_id": row.record_id}
