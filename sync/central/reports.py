"""Reports at the centre: coverage, duplicates prevented, cards, service uses, and stats.

Each report is a list of flat rows (JSON) that :func:`to_csv` also writes as CSV. The dated
reports count each record on its office's calendar day (:data:`DAYS`): its station's signed
UTC instant in the time zone the station had told the centre when the record was stored
(``packets.time_zone``; UTC for none), each day's bounds worked out per zone in use and
compared in SQL (:class:`Scope`, :class:`Zones`).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa

from sync.central import expiry
from sync.central import schema as t
from sync.central.decide import DECEASED, MEMBERSHIP_ENDED, STATION_PREVENTED
from sync.central.ingest import ACCEPTED, DUPLICATE, RECEIVED, REJECTED
from sync.errors import SyncError
from sync.outbox import BIOMETRIC_KINDS, FINGERS_ADDED
from sync.spreadsheet import cell

REPORTS = ("coverage", "duplicates", "cards", "service-uses", "stations")
#: The columns of each report, also written as the CSV header of an empty report (a
#: spreadsheet or a script reading the file still sees what it would hold).
FIELDS: dict[str, tuple[str, ...]] = {
    "coverage": ("province", "district", "commune", "programme", "persons", "place_name",
                 "programme_name"),
    "duplicates": ("province", "district", "awaiting_adjudication", "confirmed_same_person",
                   "prevented_at_station", "duplicates_prevented"),
    "cards": ("cards_issued", "cards_revoked", "cards_lost"),
    "service-uses": ("facility", "service_uses"),
    "stations": ("station_id", "name", "office", "status", "registered_at", "last_delivery",
                 "packets", "expires_at", "registration"),
}
#: The place levels a report can be narrowed to, largest first (packets' columns of that name).
LEVELS = ("province", "district", "commune")
#: The reports a place filter applies to: the others (cards, service uses) are not placed
#: (a card or a facility visit carries no address), and stations are not records.
PLACED = ("coverage", "duplicates")
#: The reports a date range applies to.
DATED = ("coverage", "duplicates", "cards", "service-uses")


class ReportError(SyncError):
    """A report asked for with a filter it does not take, or malformed dates; ``unknown``
    when the filter names a place the centre does not know (HTTP 404 rather than 400)."""

    def __init__(self, message: str, *, unknown: bool = False) -> None:
        super().__init__(message)
        self.unknown = unknown


@dataclass(frozen=True)
class Scope:
    """What part of the country and which days a report covers (everything by default).

    ``province``, ``district``, ``commune``: codes, as the stations' list of places has them;
    ``since`` and ``until`` (both included): the day a record was made at its station (the
    date the station signed into the packet, not the day it reached the centre: an office
    offline for a week still reports its enrolments on the days they happened).

    Days are each office's local days (:data:`DAYS`): a station signs the instant it made a
    record in UTC (``created_at``, ``...Z``) and tells the centre its office's time zone
    (``stations.time_zone``), so a record made at 06:30 on 1 April in Phnom Penh (23:30 UTC
    on 31 March) is a record of 1 April; each day's bounds are that office's midnights
    (:class:`Zones`). The zone that dates a record is the one the centre held for its
    station when it stored the packet (``packets.time_zone``): a zone the station corrects
    later dates its later records, and moves none of those already counted. A record stored
    while its station had said no zone is counted on UTC days. The
    report's day when no ``until`` is given is the centre's UTC date; an office ahead of
    UTC asks for its today with ``until`` (:func:`as_of`). Dates the stations
    write into the records themselves (a membership's ``start_date`` and ``end_date``, a
    death's ``died_on``) are the office's dates and are compared with the report's day as
    they are.
    """

    province: str | None = None
    district: str | None = None
    commune: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def places(self) -> dict[str, str]:
        return {level: code for level, code in zip(LEVELS, (self.province, self.district,
                                                           self.commune), strict=True)
                if code is not None}

    @property
    def filters(self) -> dict[str, str]:
        """The filters given, as the request named them (``{"district": "0102", "since":
        "2026-10-01"}``; empty for the whole country and every day): a saved report says
        what it covers."""
        days = {"since": self.since, "until": self.until}
        return {**self.places, **{k: d.isoformat() for k, d in days.items() if d is not None}}

    @property
    def dated(self) -> bool:
        return self.since is not None or self.until is not None

    def place(self, columns: Any) -> list[Any]:
        """Conditions on a packets table's place columns (``columns``: its ``.c``)."""
        return [getattr(columns, level) == code for level, code in self.places.items()]

    def days(self, columns: Any, zones: Zones | None = None) -> list[Any]:
        """Conditions on the office's day a packet's record was made: its ``created_at``
        (ISO text in UTC as the stations sign it) from the start of ``since`` to the start
        of the day after ``until``, each start in the packet's own zone (its ``time_zone``,
        ``zones``: :class:`Zones`; UTC days without)."""
        zones = zones or Zones()
        out = []
        if self.since is not None:
            out.append(columns.created_at >= zones.start(columns.time_zone, self.since))
        if self.until is not None:
            out.append(columns.created_at < zones.start(columns.time_zone,
                                                         self.until + timedelta(days=1)))
        return out


#: How the dated reports give a record its day (``days`` in their JSON, and their CSV file).
DAYS = "each office's local days"


@dataclass(frozen=True)
class Zones:
    """The office time zones the packets are dated in (``packets.time_zone``: the zone the
    centre held for the station when it stored the packet), for the bounds of a day in a
    packet's zone (:meth:`start`, :meth:`start_at`); read once a report, from the stations'
    zones and the zones ever put on record for them (``station_zones``: a few names, one per
    zone in use, not a scan of the packets)."""

    names: tuple[str, ...] = ()

    @classmethod
    def of(cls, conn: sa.Connection) -> Zones:
        s, h = t.stations.c, t.station_zones.c
        found = conn.execute(sa.union(
            sa.select(s.time_zone).where(s.time_zone.is_not(None)),
            sa.select(h.time_zone))).scalars()
        return cls(tuple(sorted(name for name in found if _zone(name) is not None)))

    def start(self, zone: Any, day: date) -> Any:
        """The instant ``day`` starts in the zone named by column ``zone`` (a packet's
        ``time_zone``), as text that compares with a signed ``created_at``: the day itself
        where it starts at UTC midnight (``created_at >= "2026-04-01"`` is the old UTC day's
        test; a packet without a zone), else its UTC instant to the second
        (``2026-03-31T17:00:00`` in Phnom Penh)."""
        utc = day.isoformat()
        whens = self._whens(zone, {name: _start_text(day, name) for name in self.names}, utc)
        return sa.case(*whens, else_=utc) if whens else sa.literal(utc)

    def start_at(self, zone: Any, day: date) -> Any:
        """The same instant as :meth:`start`, as a naive UTC time (the centre's own
        columns, such as an event's ``at``)."""
        utc = datetime.combine(day, time())
        whens = self._whens(zone, {name: _start(day, name) for name in self.names}, utc)
        return sa.case(*whens, else_=utc) if whens else sa.literal(utc, sa.DateTime)

    @staticmethod
    def _whens(zone: Any, starts: dict[str, Any], utc: Any) -> list[tuple[Any, Any]]:
        """``(zone IN (names...), start)`` for each start other than UTC's, the zones that
        share it together."""
        by_start: defaultdict[Any, list[str]] = defaultdict(list)
        for name, moment in starts.items():
            if moment != utc:
                by_start[moment].append(name)
        return [(zone.in_(names), moment) for moment, names in by_start.items()]

    @staticmethod
    def day_of(created_at: str, name: str | None) -> date | None:
        """The office's date of a signed ``created_at`` in zone ``name`` (None: UTC); None
        when the instant does not read."""
        text = str(created_at)
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            try:  # a day without a readable time: the day it names, as UTC's
                return date.fromisoformat(text[:10])
            except ValueError:
                return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        zone = _zone(name) if name else None
        return moment.astimezone(zone or UTC).date()


def _zone(name: str) -> ZoneInfo | None:
    """The zone called ``name``; None when this machine's zone data lacks it (its stations
    are then counted on UTC days rather than the report refused)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _start(day: date, name: str) -> datetime:
    """The naive UTC instant of ``day``'s midnight in zone ``name``."""
    zone = _zone(name) or UTC
    return datetime.combine(day, time(), zone).astimezone(UTC).replace(tzinfo=None)


def _start_text(day: date, name: str) -> str:
    moment = _start(day, name)
    return day.isoformat() if moment == datetime.combine(day, time()) \
        else moment.isoformat(timespec="seconds")


EVERYWHERE = Scope()


def check_scope(conn: sa.Connection, name: str, scope: Scope) -> None:
    """:class:`ReportError` when report ``name`` does not take ``scope``'s filters, when the
    dates are the wrong way round, when a place code is unknown: neither in the centre's
    list of places (master data) nor in any record delivered, or when two place codes
    cannot both hold (a commune of another district than the one named). A known place
    without records is a report without rows, not an error."""
    if scope.places and name not in PLACED:
        raise ReportError(f"the {name} report is not by place: it takes no province, "
                          "district or commune (coverage and duplicates do)")
    if scope.dated and name not in DATED:
        raise ReportError(f"the {name} report takes no dates (it lists every station)")
    if scope.since is not None and scope.until is not None and scope.since > scope.until:
        raise ReportError(f"the range starts ({scope.since}) after it ends ({scope.until})")
    for level, code in scope.places.items():
        if not _known(conn, level, code):
            other = next((o for o in LEVELS if o != level and _known(conn, o, code)), None)
            if other is not None:  # the code is right, its level is not
                raise ReportError(f"no {level} {code!r} is known to the centre, but {other} "
                                  f"{code!r} is: narrow by {other} instead", unknown=True)
            raise ReportError(f"no {level} {code!r} is known to the centre (not in its list "
                              "of places, nor in any record delivered); check the code",
                              unknown=True)
    _check_nesting(conn, scope.places)


def _check_nesting(conn: sa.Connection, places: dict[str, str]) -> None:
    """:class:`ReportError` naming both codes when a place of ``places`` lies in another
    place of a level above than the one named (a district with a commune of another
    district): no record is in both, and the empty report would read "nobody covered"."""
    levels = [level for level in LEVELS if level in places]
    parents = _gazetteer_parents(conn) if len(levels) > 1 else {}
    for i, upper in enumerate(levels):
        for lower in levels[i + 1:]:
            found = _ancestors(conn, parents, lower, places[lower], upper)
            if found and places[upper] not in found:
                where = ", ".join(repr(code) for code in sorted(found))
                raise ReportError(
                    f"the {lower} {places[lower]!r} is not in {upper} {places[upper]!r} (it "
                    f"is in {upper} {where}): no record is in both; name one of them, or "
                    "places that belong together")


def _ancestors(conn: sa.Connection, parents: dict[str, str | None], level: str, code: str,
               upper: str) -> set[str]:
    """The codes of level ``upper`` that place ``code`` (of ``level``) lies in, as the list
    of places (``parents``: :func:`_gazetteer_parents`) and the delivered records say (empty
    when neither says)."""
    column, above = getattr(t.packets.c, level), getattr(t.packets.c, upper)
    found = {str(a) for a in conn.execute(
        sa.select(above).where(column == code, above.is_not(None), above != "").distinct()
    ).scalars()}
    if code in parents and _depth(parents, code) == LEVELS.index(level):
        walk: str | None = code
        for _ in range(LEVELS.index(level) - LEVELS.index(upper)):
            walk = parents.get(walk) if walk is not None else None
        if walk is not None:
            found.add(walk)
    return found


def _known(conn: sa.Connection, level: str, code: str) -> bool:
    """Whether the centre knows ``code`` as a place of ``level``: in a delivered record, in
    the communes of the master data, or in the whole list of places (gazetteer: a province
    is an area without a parent, a district its child, a commune its grandchild)."""
    column = getattr(t.packets.c, level)
    if conn.execute(sa.select(t.packets.c.id).where(column == code).limit(1)).first():
        return True
    if level == "commune" and conn.execute(
            sa.select(t.locations.c.code).where(t.locations.c.code == code)).first():
        return True
    return code in _gazetteer_codes(conn, level)


def _gazetteer_codes(conn: sa.Connection, level: str) -> set[str]:
    """The codes of ``level`` in the list of places the operator loaded."""
    parents = _gazetteer_parents(conn)
    wanted = LEVELS.index(level)
    return {code for code in parents if _depth(parents, code) == wanted}


def _gazetteer_parents(conn: sa.Connection) -> dict[str, str | None]:
    """Each area's code in the list of places the operator loaded, with its parent's."""
    document = conn.execute(sa.select(t.gazetteer.c.document)).scalar()
    try:
        areas = json.loads(document).get("areas", []) if document else []
    except (ValueError, AttributeError):
        areas = []
    return {str(a.get("code")): str(a["parent"]) if isinstance(a.get("parent"), str)
            else None for a in areas if isinstance(a, dict)}


def _depth(parents: dict[str, str | None], code: str) -> int:
    """How many areas up a province is from ``code`` (0: a province, 1: a district...; -1 for
    a loop, which the master-data command refuses anyway)."""
    steps, seen = 0, {code}
    while (parent := parents.get(code)) is not None and parent in parents:
        code = parent
        if code in seen:
            return -1
        seen.add(code)
        steps += 1
    return steps


#: The reason the centre gives an enrolment an adjudicator found to be someone enrolled
#: before (``sync.central.adjudication``): a duplicate prevented for good.
SAME_PERSON = "adjudicated_same_person"
#: ... and one an adjudicator found to be someone else (accepted).
DIFFERENT_PERSON = "adjudicated_different"


def stats(conn: sa.Connection) -> dict[str, Any]:
    """Headline counts: persons, packets, awaiting dedup, duplicates suspected, rejected...;
    and the stations suspended as suspected clones (``stations_suspended``: id, since, why),
    whose packets wait until an operator decides; and the restores stations announced
    (``stations_restored``: station, when, epoch, backup and centre positions)."""
    from sync.central.clones import restores, suspended

    def count(query: Any) -> int:
        return int(conn.execute(query).scalar_one())

    e = t.events.c
    return {
        "persons": count(sa.select(sa.func.count()).select_from(t.persons)),
        # of those, recorded as deceased by their station (newest death record not withdrawn)
        "deceased": count(sa.select(sa.func.count()).select_from(deceased_persons().subquery())),
        # persons whose station erased their fingerprints at their request (decide.py)
        "fingerprints_erased": count(
            sa.select(sa.func.count(sa.distinct(t.packets.c.record_id)))
            .where(t.packets.c.kind == "fingerprints_erased",
                   t.packets.c.status == ACCEPTED)),
        "packets": count(sa.select(sa.func.count()).select_from(t.packets)),
        "awaiting_decision": count(sa.select(sa.func.count()).select_from(t.packets)
                                   .where(t.packets.c.status == RECEIVED)),
        "duplicates_suspected": count(sa.select(sa.func.count()).select_from(t.packets)
                                      .where(t.packets.c.status == DUPLICATE)),
        "duplicates_confirmed": count(sa.select(sa.func.count()).select_from(t.packets)
                                      .where(t.packets.c.status == REJECTED,
                                             t.packets.c.reason == SAME_PERSON)),
        "rejected": _rejected_packets(conn),
        "refusals": count(sa.select(sa.func.count()).where(e.event == "rejected")),
        "conflicts": count(sa.select(sa.func.count()).where(e.event == "conflict")),
        "replays": count(sa.select(sa.func.count()).where(e.event == "replay")),
        "stations": count(sa.select(sa.func.count()).select_from(t.stations)),
        "clones_suspected": count(sa.select(sa.func.count())
                                  .where(e.event == "clone_suspected")),
        "stations_suspended": suspended(conn),
        "stations_restored": restores(conn),
    }


def _rejected_packets(conn: sa.Connection) -> int:
    """Packets refused and not stored since, each counted once however often its station
    retried it (a revoked or pending station retries until it is approved), plus refused
    requests that named no packet. The security log keeps every refusal (``refusals``)."""
    e, p = t.events.c, t.packets.c
    stored = sa.select(p.id).where(p.id == e.packet_id, p.status != REJECTED).exists()
    named = sa.select(sa.func.count(sa.distinct(e.packet_id))).where(
        e.event == "rejected", e.packet_id.is_not(None), ~stored)
    anonymous = sa.select(sa.func.count()).where(e.event == "rejected", e.packet_id.is_(None))
    return int(conn.execute(named).scalar_one()) + int(conn.execute(anonymous).scalar_one())


ENROLLED = "(enrolled)"
#: Person ids per query where a report asks about a list of persons as parameters (coverage
#: no longer does: the persons dead on its day are a sub-select, however many they are).
_CHUNK = 1000
#: The coverage rows counting persons a station recorded as deceased (not in the others).
DECEASED_ROW = "(deceased)"
#: The coverage rows counting persons registered twice: fingerprints added to them later
#: matched someone enrolled elsewhere and an adjudicator found the two one person (not in
#: the others: the person is counted where they were enrolled first).
SAME_PERSON_ROW = "(same person)"


def found_twice() -> sa.Select[tuple[Any]]:
    """Ids of the persons :data:`SAME_PERSON_ROW` counts: a ``fingerprints_added`` packet of
    theirs refused as ``adjudicated_same_person``, whenever decided (they were always one
    person), over an alias of the packets (a sub-select of a query on the packets table
    itself must not be correlated with it)."""
    a = t.packets.alias("twice").c
    return sa.select(a.record_id).where(a.kind == FINGERS_ADDED, a.status == REJECTED,
                                        a.reason == SAME_PERSON)


def deceased_persons() -> sa.Select[tuple[Any]]:
    """Ids of the persons whose newest ``person_death`` record says deceased (a death
    withdrawn later by its station no longer counts): a sub-select for ``NOT IN``. Whatever
    the date of death (:func:`deaths` gives it)."""
    return _newest_deaths(t.packets.c.person_id)


def _newest_deaths(*columns: Any) -> sa.Select[Any]:
    """``columns`` of each person's newest accepted ``person_death`` record that says
    deceased (not withdrawn)."""
    p = t.packets.c
    newest = (sa.select(p.person_id.label("pid"), sa.func.max(p.arrival).label("last"))
              .where(p.kind == "person_death", p.status == ACCEPTED)
              .group_by(p.person_id).subquery())
    return (sa.select(*columns)
            .join(newest, sa.and_(p.person_id == newest.c.pid, p.arrival == newest.c.last))
            .where(p.kind == "person_death", p.status == ACCEPTED, p.reason == DECEASED,
                   p.person_id.is_not(None)))


def deaths(conn: sa.Connection) -> dict[str, str]:
    """``{person_id: died_on}`` (ISO day) of :func:`deceased_persons`.

    The station's ``person_death`` payload carries ``died_on`` (the office's date of death;
    the centre refuses a death without one), copied into the packet's ``died_on`` column at
    ingest. A person is deceased on a day when ``died_on`` is on or before it, as the
    station's own coverage report counts them (``station.services.reports.living_on``); ""
    (dead on every day) for a date that does not read."""
    p = t.packets.c
    return {str(person): str(died or "") for person, died in conn.execute(
        _newest_deaths(p.person_id, p.died_on))}


def _text_order(conn: sa.Connection, column: Any) -> Any:
    """``column`` compared as the stations' text is, character by character (as Python
    compares strings): PostgreSQL's default collation would order some non-ISO text
    differently."""
    return column.collate("C") if conn.dialect.name == "postgresql" else column


#: PostgreSQL settings for coverage's two large GROUP BY queries, for their transaction
#: only (``set_config(..., true)``, as ``SET LOCAL``): under EXPLAIN ANALYZE its JIT spent
#: 0.3 s compiling them on a 1M-packet registry and their sorts spilled to disk at the
#: default 4 MB of ``work_mem`` (``bench/central_reports.py --profile``). Alternated A/B on
#: one 1M registry, 5 runs each, medians: coverage 1.68 -> 1.59 s, coverage of one province
#: to a date 1.13 -> 0.93 s, same rows.
ANALYTIC_SETTINGS = {"jit": "off", "work_mem": "64MB"}


def _analytic(conn: sa.Connection) -> None:
    """:data:`ANALYTIC_SETTINGS` for the rest of ``conn``'s transaction (PostgreSQL)."""
    if conn.dialect.name != "postgresql":
        return
    for name, value in ANALYTIC_SETTINGS.items():
        conn.execute(sa.text("SELECT set_config(:name, :value, true)"),
                     {"name": name, "value": value})


def coverage(conn: sa.Connection, scope: Scope = EVERYWHERE, *,
             today: date | None = None) -> list[dict[str, Any]]:
    """Persons per province, district, commune: enrolled, and members of each programme,
    as they stood on the report's day.

    The report's day is ``scope.until``, or ``today`` on the centre's clock (the earlier of
    the two). Rows with programme ``(enrolled)`` count accepted enrolments; the others count
    persons in a programme, from the enrolment's own ``programmes`` list or from confirmed
    ``programme_registration`` records whose term holds on the report's day (started by
    then, its ``end_date`` not passed; as the stations count them), placed where the person
    lives: their newest accepted ``person_update`` made by the report's day (a move corrected
    at a station; :func:`_where_living`), else their enrolment. A membership a later record
    ended (reason ``membership_ended``: the station's ``end_membership``, a withdrawal, a
    death) counts up to and including that record's ``end_date``, its last day as the
    station calls it and counts it, whenever the end was recorded or arrived (a withdrawn
    one on no day; an end record without an ``end_date`` up to the day before it was
    recorded, on its office's calendar).
    A person whose fingerprints added later an adjudicator found to be someone's enrolled
    elsewhere (:func:`found_twice`, whenever decided: they were always one person) is counted
    in neither: only in the row with programme ``(same person)`` of their place.
    A person a station recorded as deceased (``person_death``) with ``died_on`` on or before
    the report's day is counted in neither: only in the row with programme ``(deceased)``
    of their place; one whose death is dated later is alive on that day and counted as
    such. ``place_name`` and ``programme_name`` come from the master data (a location's
    code is the commune code); empty where the master data does not name them. ``scope``
    narrows it to a place (where the person lives, as above) and to the days the enrolments
    and registrations were made at their station (each office's days: :class:`Scope`).

    The dates it counts on were copied out of the payloads at ingest (the packets'
    ``start_date``, ``end_date``, ``ends_on`` and ``died_on``:
    ``sync.central.decide.report_dates``), so the report is a few ``GROUP BY`` queries
    whatever the size of the registry; no payload is decoded here.
    """
    p = t.packets.c
    _analytic(conn)
    zones = Zones.of(conn)
    tally: Counter[tuple[str, str, str, str]] = Counter()
    on = min(d for d in (scope.until, today) if d is not None) \
        if scope.until or today else None
    day = on.isoformat() if on is not None else None
    # the persons dead on the report's day: their newest death record says so and is dated
    # by then (a death dated later: alive on it); "" or unreadable: dead on every day
    dead = t.packets.alias("dead")
    died = _text_order(conn, dead.c.died_on)
    dead_on = _newest_deaths_of(dead, died_by=None if day is None else sa.or_(
        dead.c.died_on.is_(None), died <= day))
    is_dead = p.record_id.in_(dead_on).label("is_dead")
    twice = found_twice()
    is_twice = p.record_id.in_(twice).label("is_twice")
    living = _where_living(zones, day)
    at = _placed(living, p)
    for province, district, commune, programmes, flagged, again, n in conn.execute(
        sa.select(at.province, at.district, at.commune, p.programmes, is_dead, is_twice,
                  sa.func.count())
        .select_from(t.packets.outerjoin(living, living.c.pid == p.record_id))
        .where(p.kind == "enrolment", p.status == ACCEPTED, *scope.place(at),
               *scope.days(p, zones))
        .group_by(at.province, at.district, at.commune, p.programmes, is_dead, is_twice)
    ):
        place = (province or "", district or "", commune or "")
        if flagged:
            tally[(*place, DECEASED_ROW)] += int(n)
            continue
        if again:
            tally[(*place, SAME_PERSON_ROW)] += int(n)
            continue
        tally[(*place, ENROLLED)] += int(n)
        for code in programmes.split(",") if programmes else []:
            tally[(*place, code)] += int(n)
    for key, people in _members(conn, scope, zones, day, dead_on, twice).items():
        tally[key] += people
    loc = t.locations.c
    places = {str(code): ", ".join(str(n) for n in names if n) for code, *names in
              conn.execute(sa.select(loc.code, loc.commune, loc.district, loc.province))}
    names = dict(conn.execute(sa.select(t.programmes.c.code, t.programmes.c.name)).all())
    return [
        {"province": k[0], "district": k[1], "commune": k[2], "programme": k[3], "persons": n,
         "place_name": places.get(k[2], ""),
         "programme_name": "enrolled (any programme)" if k[3] == ENROLLED
         else "recorded as deceased (counted in no other row)" if k[3] == DECEASED_ROW
         else "found by national adjudication to be someone enrolled elsewhere (counted in "
              "no other row)" if k[3] == SAME_PERSON_ROW
         else str(names.get(k[3], ""))}
        for k, n in sorted(tally.items()) if n > 0
    ]


#: The records that move a person: each correction of their details (``person_update``: a
#: move to another commune), which always follows their enrolment. The newest accepted one
#: counts; a person never corrected lives where they were enrolled.
PLACED_BY = ("person_update",)


def _where_living(zones: Zones, day: str | None) -> sa.Subquery:
    """Per person corrected (``pid``: the records' id, the person's), the place of their
    newest accepted ``person_update`` (the last to arrive) made by the end of ``day`` at its
    office (None: every one): a move corrected later places them there only in the reports
    of later days. One ``GROUP BY`` over the corrections only (few, on the kind's index) and a
    join, like :func:`_newest_deaths`: grouping every enrolment as well, to pick the newest
    of the two kinds, made the coverage 2.3 times slower on a million packets for the same
    answer (``bench/results/central_reports.md``)."""
    made, placed = t.packets.alias("made"), t.packets.alias("placed")
    m, w = made.c, placed.c
    when = [] if day is None else [
        m.created_at < zones.start(m.time_zone, date.fromisoformat(day) + timedelta(days=1))]
    newest = (sa.select(m.record_id.label("pid"), sa.func.max(m.arrival).label("last"))
              .where(m.kind.in_(PLACED_BY), m.status == ACCEPTED, m.commune.is_not(None),
                     *when)
              .group_by(m.record_id).subquery("newest_place"))
    return (sa.select(w.record_id.label("pid"), w.province, w.district, w.commune)
            .join(newest, sa.and_(w.record_id == newest.c.pid, w.arrival == newest.c.last))
            .where(w.kind.in_(PLACED_BY), w.status == ACCEPTED)
            .subquery("living"))


@dataclass(frozen=True)
class _Place:
    """A person's place as the reports group by it: :func:`_where_living`'s where there is
    one, else the enrolment's own columns."""

    province: Any
    district: Any
    commune: Any


def _placed(living: sa.Subquery, enrolment: Any) -> _Place:
    """The place columns of ``living`` (an outer join) over ``enrolment``'s (a ``.c``)."""
    def level(name: str) -> Any:
        return sa.case((living.c.pid.is_not(None), getattr(living.c, name)),
                       else_=getattr(enrolment, name)).label(name)
    return _Place(level("province"), level("district"), level("commune"))


def _newest_deaths_of(dead: Any, died_by: Any) -> sa.Select[Any]:
    """:func:`_newest_deaths`'s person ids over the packets alias ``dead`` (a sub-select of
    a query on the packets table itself must not be correlated with it)."""
    newest = (sa.select(dead.c.person_id.label("pid"), sa.func.max(dead.c.arrival).label("last"))
              .where(dead.c.kind == "person_death", dead.c.status == ACCEPTED)
              .group_by(dead.c.person_id).subquery("newest"))
    return (sa.select(dead.c.person_id)
            .join(newest, sa.and_(dead.c.person_id == newest.c.pid,
                                  dead.c.arrival == newest.c.last))
            .where(dead.c.kind == "person_death", dead.c.status == ACCEPTED,
                   dead.c.reason == DECEASED, dead.c.person_id.is_not(None),
                   *(() if died_by is None else (died_by,))))


def _members(conn: sa.Connection, scope: Scope, zones: Zones, day: str | None,
             dead_on: sa.Select[Any], twice: sa.Select[Any]
             ) -> dict[tuple[str, str, str, str], int]:
    """Persons per (province, district, commune, programme) holding a confirmed membership
    on ``day`` (ISO; None: every membership not ended), placed where they live
    (:func:`_where_living`, else their enrolment's place):
    its term holds on ``day`` and no end record of it (same station and record id) ended
    it before; persons in ``dead_on`` or ``twice`` (:func:`found_twice`) are not counted.
    Each person once per programme and place, however many of their memberships hold."""
    p = t.packets.c
    person, end = t.packets.alias("person"), t.packets.alias("ended")
    q, e = person.c, end.c
    ended = [e.kind == "programme_registration", e.status == ACCEPTED,
             e.reason == MEMBERSHIP_ENDED, e.station_id == p.station_id,
             e.record_id == p.record_id]
    term = []
    if day is not None:
        last = _text_order(conn, e.ends_on)
        # an end record without a readable end_date ends it the day before it was made:
        # counted while the report's day is before the record's office day
        after = (date.fromisoformat(day) + timedelta(days=1))
        ended.append(sa.or_(sa.and_(e.ends_on.is_not(None), last < day),
                            sa.and_(e.ends_on.is_(None),
                                    e.created_at < zones.start(e.time_zone, after))))
        start, stop = _text_order(conn, p.start_date), _text_order(conn, p.end_date)
        term = [sa.or_(p.start_date.is_(None), start <= day),
                sa.or_(p.end_date.is_(None), stop >= day)]
    where = [p.kind == "programme_registration", p.status == ACCEPTED,
             p.programmes.is_not(None), p.person_id.not_in(dead_on),
             p.person_id.not_in(twice), *term,
             ~sa.exists().where(*ended), *scope.days(p, zones)]
    joined = sa.and_(q.record_id == p.person_id, q.kind == "enrolment", q.status == ACCEPTED)
    living = _where_living(zones, day)
    at = _placed(living, q)
    where.extend(scope.place(at))
    source = t.packets.join(person, joined).outerjoin(living, living.c.pid == q.record_id)
    out: Counter[tuple[str, str, str, str]] = Counter()
    rows = conn.execute(
        sa.select(at.province, at.district, at.commune, p.programmes,
                  sa.func.count(sa.distinct(p.person_id)))
        .select_from(source).where(*where)
        .group_by(at.province, at.district, at.commune, p.programmes)).all()
    if all("," not in programmes for *_, programmes, _ in rows):
        # one programme per record: each (place, programme) is one group of distinct persons
        for province, district, commune, programmes, n in rows:
            out[(province or "", district or "", commune or "", programmes)] += int(n)
        return out
    # a record naming several programmes: a person may be in two groups of one programme
    holding: defaultdict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for province, district, commune, programmes, person_id in conn.execute(
        sa.select(at.province, at.district, at.commune, p.programmes, p.person_id)
        .select_from(source).where(*where).distinct()
    ):
        for code in programmes.split(","):
            holding[(province or "", district or "", commune or "", code)].add(person_id)
    return {key: len(people) for key, people in holding.items()}


def duplicates(conn: sa.Connection, scope: Scope = EVERYWHERE) -> list[dict[str, Any]]:
    """Duplicate enrolments kept out of the registry, per province and district.

    ``awaiting_adjudication``: held as suspected duplicates, no decision yet;
    ``confirmed_same_person``: an adjudicator found the applicant enrolled before (refused);
    ``prevented_at_station``: a station's own 1:N check and adjudication found the applicant
    registered there already, so no enrolment was sent (its ``adjudication`` packet);
    ``duplicates_prevented``: all three. An enrolment the adjudicator found to be a different
    person is accepted and leaves this report. Fingerprints added to a registered person later
    count as an enrolment would (held, or refused as the same person: registered twice),
    placed where the person was enrolled and dated when the prints were added. ``scope``'s
    days are those the enrolments (and station adjudications) were made; with ``until``, the
    report stands at the end of that day, the office's midnight in the zone that dates the
    enrolment (:class:`Scope`): a case an adjudicator decided later (its ``adjudicated``
    event) counts as awaiting, whichever way it was decided.
    """
    p, e = t.packets.c, t.events.c
    zones = Zones.of(conn)
    kinds = BIOMETRIC_KINDS  # an enrolment, or fingerprints added to a person later
    confirmed = sa.and_(p.kind.in_(kinds), p.status == REJECTED, p.reason == SAME_PERSON)
    held = sa.and_(p.kind.in_(kinds), p.status == DUPLICATE)
    if scope.until is not None:
        # as it stood at the end of that day at the office: a case decided later was
        # still waiting
        later = sa.select(e.id).where(
            e.packet_id == p.id, e.event == "adjudicated",
            e.at >= zones.start_at(p.time_zone, scope.until + timedelta(days=1))).exists()
        decided = sa.and_(p.kind.in_(kinds), p.status.in_([REJECTED, ACCEPTED]),
                          p.reason.in_([SAME_PERSON, DIFFERENT_PERSON]))
        held = sa.or_(held, sa.and_(decided, later))
        confirmed = sa.and_(confirmed, ~later)
    local = sa.and_(p.kind == "adjudication", p.status == ACCEPTED,
                    p.reason == STATION_PREVENTED)
    # prints added later carry no place: the person's, from the enrolment that registered them
    enrolled = t.packets.alias("enrolled")
    source = (t.packets.outerjoin(t.persons, sa.and_(p.kind == FINGERS_ADDED,
                                                     t.persons.c.id == p.record_id))
              .outerjoin(enrolled, enrolled.c.id == t.persons.c.packet_id))
    at = _Place(*(sa.case((enrolled.c.id.is_not(None), getattr(enrolled.c, level)),
                          else_=getattr(p, level)).label(level)
                  for level in ("province", "district", "commune")))
    rows = conn.execute(
        sa.select(at.province, at.district, sa.func.count().filter(held),
                  sa.func.count().filter(confirmed), sa.func.count().filter(local))
        .select_from(source)
        .where(sa.or_(held, confirmed, local), *scope.place(at), *scope.days(p, zones))
        .group_by(at.province, at.district).order_by(at.province, at.district)
    )
    return [{"province": a or "", "district": b or "", "awaiting_adjudication": int(n_held),
             "confirmed_same_person": int(same), "prevented_at_station": int(there),
             "duplicates_prevented": int(n_held + same + there)}
            for a, b, n_held, same, there in rows]


def cards(conn: sa.Connection, scope: Scope = EVERYWHERE) -> list[dict[str, Any]]:
    """Cards issued, revoked, and reported lost (accepted packets of each kind; a lost card
    is a ``card_status`` packet that put the card on the revocation list)."""
    p = t.packets.c
    zones = Zones.of(conn)
    rows: dict[str, int] = {
        str(kind): int(n) for kind, n in conn.execute(
            sa.select(p.kind, sa.func.count())
            .where(p.kind.in_(["card_issue", "revocation"]), p.status == ACCEPTED,
                   *scope.days(p, zones))
            .group_by(p.kind))
    }
    lost = conn.execute(
        sa.select(sa.func.count()).select_from(t.revocations)
        .join(t.packets, p.id == t.revocations.c.packet_id)
        .where(p.kind == "card_status",
               t.revocations.c.reason.like("lost:%"), *scope.days(p, zones))).scalar_one()
    return [{"cards_issued": int(rows.get("card_issue", 0)),
             "cards_revoked": int(rows.get("revocation", 0)), "cards_lost": int(lost)}]


def service_uses(conn: sa.Connection, scope: Scope = EVERYWHERE) -> list[dict[str, Any]]:
    """Service uses at hospitals and other facilities, per facility.

    A facility's name is typed at each desk: names that differ only in spaces (a trailing
    one, two between words) or in letter case ("provincial hospital"), which name the same
    place, are one facility, shown as most of its uses spelled it."""
    p = t.packets.c
    zones = Zones.of(conn)
    rows = conn.execute(
        sa.select(p.facility, sa.func.count())
        .where(p.kind == "service_use", p.status == ACCEPTED, *scope.days(p, zones))
        .group_by(p.facility)
    )
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for facility, n in rows:
        name = " ".join(str(facility or "").split())
        spellings[name.casefold()][name] += int(n)
    named = {min(found, key=lambda s: (-found[s], s)): sum(found.values())
             for found in spellings.values()}
    return [{"facility": f, "service_uses": n} for f, n in sorted(named.items())]


def stations(conn: sa.Connection, now: datetime) -> list[dict[str, Any]]:
    """Every registered station with its last delivery and its approval's expiry.

    ``registration`` flags the expiry on the centre's clock ``now``: ``expired``,
    ``expiring`` (within 30 days), ``valid``, or ``open`` (pending, revoked, no expiry).
    Expired stations come first, then those expiring, soonest first (the operator renews
    or revokes them on purpose); then the longest silent first: an office that has not
    delivered for weeks holds the only copy of its records (a broken laptop, a clerk who
    never syncs), and this is where the operator sees it."""
    s, p = t.stations.c, t.packets.c
    delivered = (sa.select(p.station_id, sa.func.max(p.received_at).label("last"),
                           sa.func.count().label("n"))
                 .group_by(p.station_id).subquery())
    rows = conn.execute(
        sa.select(s.id, s.name, s.office, s.status, s.registered_at, delivered.c.last,
                  delivered.c.n, s.expires_at)
        .outerjoin(delivered, delivered.c.station_id == s.id))
    out = [{"station_id": r.id, "name": r.name or "", "office": r.office or "",
            # UTC, said so (like expires_at): a time without its zone reads as local time
            "status": r.status,
            "registered_at": r.registered_at.isoformat(timespec="seconds") + "Z",
            "last_delivery": r.last.isoformat(timespec="seconds") + "Z" if r.last else "",
            "packets": int(r.n or 0), "expires_at": expiry.iso(r.expires_at) or "",
            "registration": expiry.registration(r.status, r.expires_at, now)} for r in rows]
    # expired, then expiring soonest first; then never delivered, then the oldest delivery
    return sorted(out, key=lambda r: (*expiry.renewal_first(r["registration"], r["expires_at"]),
                                      r["last_delivery"] != "", r["last_delivery"],
                                      r["station_id"]))


#: How far ahead of UTC the first office day begins (UTC+14, the Line Islands): no office
#: anywhere is on a later date than the centre's UTC clock plus this.
AHEAD_OF_UTC = timedelta(hours=14)


def as_of(name: str, scope: Scope, now: datetime) -> date:
    """The day report ``name`` stands on, which a saved or printed copy says (``as_of``):
    ``scope.until`` when given, but not a day that has begun nowhere yet on the centre's
    clock ``now`` (UTC; :data:`AHEAD_OF_UTC`): an office ahead of UTC, already on the next
    day, asks for its today with ``until`` and gets it; without ``until``, the centre's
    UTC date (one date for the whole country: at 20:00 UTC Phnom Penh is already on the
    next day and Lima still on this one, and no single date is every office's today).
    Coverage counts members and deaths on it (:func:`coverage`); the other dated reports
    hold the records made up to it (duplicates: each case as it stood at the end of that
    day); the stations report is as of ``now``."""
    today = now.date()
    if name not in DATED or scope.until is None:
        return today
    return min(scope.until, (now + AHEAD_OF_UTC).date())


def report(conn: sa.Connection, name: str, *, now: datetime,
           scope: Scope = EVERYWHERE) -> list[dict[str, Any]]:
    """The rows of report ``name`` (one of :data:`REPORTS`) over ``scope`` (checked first:
    :class:`ReportError`, see :func:`check_scope`); ``now`` is the centre's clock (the
    stations report flags expiries against it)."""
    check_scope(conn, name, scope)
    if name == "stations":
        return stations(conn, now)
    if name == "coverage":
        return coverage(conn, scope, today=as_of(name, scope, now))
    builders = {"duplicates": duplicates, "cards": cards, "service-uses": service_uses}
    return builders[name](conn, scope)


def to_csv(rows: list[dict[str, Any]], fields: tuple[str, ...] | None = None) -> str:
    """Rows as CSV text with a header line; ``fields`` names the columns (the header of an
    empty report: without it an empty report is empty text).

    Text cells are quoted and numbers are not (the header is as before), so a spreadsheet
    told to take quoted fields as text (LibreOffice's "Format quoted field as text", a text
    import in Excel or Google Sheets) keeps a code such as ``01`` as it is and still counts
    the figures; a CSV reader gets the same values either way."""
    names = list(fields) if fields is not None else list(rows[0]) if rows else []
    if not names:
        return ""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(names)
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n",
                            quoting=csv.QUOTE_NONNUMERIC)
    writer.writerows({k: cell(v) for k, v in r.items()} for r in rows)
    return out.getvalue()


#: The last column of the CSV form of the reports by place: the row's place codes joined
#: by " > " ("01 > 0102 > 010203", "?" for a level a record did not give), text that no
#: spreadsheet reads as a number, so the leading zeros show even in a file opened with a
#: double click (which turns the code columns' "01" into 1 whatever the quoting).
PLACE_CODES = "place_codes"
#: The dated reports' CSV has, after the JSON rows' columns (before ``place_codes``), how a
#: record was given its day (:data:`DAYS` on every row), so a file saved or forwarded still
#: says it.
DAYS_COLUMN = "days"
CSV_FIELDS: dict[str, tuple[str, ...]] = {
    name: (*fields, *((DAYS_COLUMN,) if name in DATED else ()),
           *((PLACE_CODES,) if name in PLACED else ()))
    for name, fields in FIELDS.items()}


def csv_text(name: str, rows: list[dict[str, Any]]) -> str:
    """Report ``name``'s rows as the CSV file an operator opens (:func:`to_csv`, with the
    columns of :data:`CSV_FIELDS`; the JSON rows' columns come first, in their order; a
    dated report's rows end with how their days are counted, :data:`DAYS`)."""
    if name in DATED:
        rows = [{**r, DAYS_COLUMN: DAYS} for r in rows]
    if name in PLACED:
        levels = [level for level in LEVELS if level in FIELDS[name]]
        rows = [{**r, PLACE_CODES: " > ".join(str(r[level] or "?") for level in levels)
                 if any(r[level] for level in levels) else ""} for r in rows]
    return to_csv(rows, CSV_FIELDS[name])
