"""The centre's coverage report counts from the dates ingest copied out of the payloads
(schema 7), and gives the same answer as a plain reference that decodes every payload (the
report before schema 7), on a mixed registry, on SQLite and on PostgreSQL; a version-6
registry gets those dates from its stored payloads when it is migrated."""

from __future__ import annotations

import hashlib
import random
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import cbor2
import pytest
import sqlalchemy as sa

from sync.central import reports
from sync.central import schema as t
from sync.central.app import make_engine
from sync.central.decide import report_columns

ACCEPTED = "accepted"
ZONES = ("Asia/Phnom_Penh", "Asia/Jakarta", None, "America/Lima")
PROGRAMMES = ("HEALTH", "CHILD", "PENSION")
#: The report's days the answers are compared on.
DAYS = (date(2026, 1, 31), date(2026, 3, 1), date(2026, 4, 15), date(2026, 6, 30),
        date(2026, 9, 1))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


class Registry:
    """Packet rows as ingest stores them (the report columns by ``report_columns``)."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(self, kind: str, record: str, payload: Any, created: str, station: str, *,
            reason: str | None = None, person: str | None = None,
            status: str = ACCEPTED) -> None:
        body = payload if isinstance(payload, bytes) else cbor2.dumps(payload, canonical=True)
        n = len(self.rows) + 1
        try:
            columns = report_columns(cbor2.loads(body))
        except (cbor2.CBORDecodeError, ValueError, AttributeError, EOFError):
            columns = report_columns({})  # as decide.packet_row keeps an unreadable one
        self.rows.append({
            "id": f"pk-{n:06d}", "station_id": station, "seq": n, "kind": kind,
            "record_id": record, "created_at": created, "received_at": datetime(2026, 10, 1),
            "digest": hashlib.sha256(body).digest(), "payload": body, "status": status,
            "reason": reason, "person_id": person, "arrival": n, **columns})


def mixed(seed: int = 3, people: int = 160) -> Registry:
    """Enrolments in a few places, memberships with and without terms, ended ones (a date,
    withdrawn, no end date, a later end moved earlier), unreadable and odd payloads, a
    record naming two programmes, deaths dated before and after the report days, withdrawn
    deaths, held duplicates, at stations in several zones."""
    rng = random.Random(seed)
    reg = Registry()

    def day(first: date, span: int) -> date:
        return first + timedelta(days=rng.randrange(span))

    def stamp(when: date) -> str:
        return f"{when.isoformat()}T{rng.choice(('00:30', '12:00', '18:45', '23:10'))}:00Z"

    for n in range(people):
        pid, station = f"p-{n:04d}", f"st-{n % len(ZONES)}"
        place = {"province": f"0{n % 3}", "district": f"0{n % 3}0{n % 2}",
                 "commune": f"0{n % 3}0{n % 2}0{n % 4}"}
        enrolled = day(date(2025, 10, 1), 200)
        reg.add("enrolment", pid, {"person_id": pid, "programmes": [PROGRAMMES[n % 3]]
                                   if n % 5 == 0 else [], "demographics": {"address": place}},
                stamp(enrolled), station, person=pid,
                status=ACCEPTED if n % 17 else "duplicate_suspected")
        for k in range(1 + n % 2):
            membership = f"m-{n}-{k}"
            start = day(enrolled, 150)
            end = (start + timedelta(days=rng.randrange(30, 300))).isoformat() \
                if rng.random() < 0.4 else None
            facts: dict[str, Any] = {
                "person_id": pid, "programme": PROGRAMMES[(n + k) % 3], "decision": "confirmed",
                "membership_id": membership, "start_date": start.isoformat(), "end_date": end}
            if n % 23 == 0:
                facts["programmes"] = ["CHILD", "HEALTH"]  # one record, two programmes
            if n % 29 == 0:
                facts["start_date"] = "2026-3-5"  # not ISO: compared as the text it is
            if n % 31 == 0:
                facts.pop("start_date")  # open
            reg.add("programme_registration", membership,
                    b"\xff not cbor" if n % 37 == 0 else facts, stamp(start), station,
                    person=pid)
            chance = rng.random()
            if chance < 0.35:
                last = day(start, 200)
                ended = {**facts, "decision": "ended", "end_date": last.isoformat()}
                if chance < 0.07:
                    ended = {**ended, "withdrawn": True}
                elif chance < 0.12:
                    ended.pop("end_date")  # the day before it was recorded
                elif chance < 0.15:
                    ended["end_date"] = "someday"
                reg.add("programme_registration", membership, ended, stamp(last), station,
                        reason="membership_ended", person=pid)
                if chance > 0.3:  # ended again, earlier
                    earlier = {**ended, "end_date": (last - timedelta(days=20)).isoformat()}
                    reg.add("programme_registration", membership, earlier,
                            stamp(last + timedelta(days=3)), station,
                            reason="membership_ended", person=pid)
        if n % 9 == 0:
            died = day(date(2026, 1, 1), 250)
            reg.add("person_death", pid, {"person_id": pid, "died_on": died.isoformat()},
                    stamp(died), station, reason="deceased", person=pid)
            if n % 27 == 0:
                reg.add("person_death", pid, {"person_id": pid, "undone": True},
                        stamp(died + timedelta(days=5)), station, reason="death_withdrawn",
                        person=pid)
    # on each report day's edges: terms starting and ending on it, ended on it, an end
    # without a date recorded on the next office day (before UTC's in Phnom Penh, after it
    # in Lima), a death on it
    place = {"province": "09", "district": "0901", "commune": "090101"}
    for d, when in enumerate(DAYS):
        for case, station in enumerate(("st-0", "st-1", "st-2", "st-3")):
            pid, membership = f"e-{d}-{case}", f"me-{d}-{case}"
            reg.add("enrolment", pid, {"person_id": pid, "demographics": {"address": place}},
                    "2025-06-01T10:00:00Z", station, person=pid)
            facts = {"person_id": pid, "programme": PROGRAMMES[case % 3],
                     "decision": "confirmed", "start_date": (when, "2025-07-01")[case % 2],
                     "end_date": (None, when)[case // 2 % 2]}
            facts = {k: v.isoformat() if isinstance(v, date) else v for k, v in facts.items()}
            reg.add("programme_registration", membership, facts, "2025-07-01T10:00:00Z",
                    station, person=pid)
            ended = {**facts, "decision": "ended", "end_date": when.isoformat()}
            if case == 3:
                ended.pop("end_date")
            reg.add("programme_registration", membership, ended,
                    f"{when + timedelta(days=1)}T{('18:00', '01:00', '12:00', '03:00')[case]}"
                    ":00Z", station, reason="membership_ended", person=pid)
        pid = f"e-{d}-dead"
        reg.add("enrolment", pid, {"person_id": pid, "demographics": {"address": place}},
                "2025-06-01T10:00:00Z", "st-0", person=pid)
        reg.add("programme_registration", f"me-{d}-dead", {
            "person_id": pid, "programme": "HEALTH", "decision": "confirmed",
            "start_date": "2025-07-01"}, "2025-07-01T10:00:00Z", "st-0", person=pid)
        reg.add("person_death", pid, {"person_id": pid, "died_on": when.isoformat()},
                f"{when}T10:00:00Z", "st-0", reason="deceased", person=pid)
    return reg


def load(engine: sa.Engine, reg: Registry) -> None:
    t.create_schema(engine)
    with engine.begin() as conn:
        conn.execute(t.stations.insert(), [
            {"id": f"st-{i}", "public_key": bytes(32), "name": "", "office": "",
             "status": "active", "registered_at": datetime(2025, 1, 1), "time_zone": zone}
            for i, zone in enumerate(ZONES)])
        # dated in their station's zone, as ingest stores them (schema 8)
        conn.execute(t.packets.insert(), [{**row, "time_zone": ZONES[int(row["station_id"][3:])]}
                                          for row in reg.rows])


# -- the plain reference: the report as it was before schema 7, decoding every payload ----

def _record(payload: bytes) -> dict[str, Any] | None:
    try:
        value = cbor2.loads(payload)
    except (cbor2.CBORDecodeError, ValueError, TypeError, EOFError):
        return None
    return value if isinstance(value, dict) else None


def reference(conn: sa.Connection, scope: reports.Scope, today: date) -> list[dict[str, Any]]:
    """Persons per place and programme on the report's day, one record at a time."""
    p = t.packets.c
    zones = dict(conn.execute(sa.select(t.stations.c.id, t.stations.c.time_zone)).all())
    on = min(d for d in (scope.until, today) if d is not None).isoformat()

    def made(row: Any) -> date | None:
        return reports.Zones.day_of(row.created_at, zones.get(row.station_id))

    def in_scope(row: Any, place: Any) -> bool:
        day = made(row)
        return all(getattr(place, level) == code for level, code in scope.places.items()) \
            and (scope.since is None or (day is not None and day >= scope.since)) \
            and (scope.until is None or (day is not None and day <= scope.until))

    rows = conn.execute(sa.select(t.packets).where(p.status == ACCEPTED)
                        .order_by(p.arrival)).all()
    newest: dict[str, Any] = {}
    for row in rows:
        if row.kind == "person_death":
            newest[row.person_id] = row
    dead_on = set()
    for person, row in newest.items():
        died = (_record(row.payload) or {}).get("died_on")
        if row.reason == "deceased" and (died[:10] if isinstance(died, str) else "") <= on:
            dead_on.add(person)
    ends: dict[tuple[str, str], str] = {}
    for row in rows:
        if row.kind != "programme_registration" or row.reason != "membership_ended":
            continue
        value = _record(row.payload)
        last: str | None = None
        if value is not None and value.get("withdrawn") is True:
            last = ""
        elif value is not None and isinstance(value.get("end_date"), str):
            try:
                last = date.fromisoformat(value["end_date"][:10]).isoformat()
            except ValueError:
                last = None
        if last is None:
            day = made(row)
            last = (day - timedelta(days=1)).isoformat() if day is not None else ""
        key = (row.station_id, row.record_id)
        ends[key] = min(ends.get(key, last), last)
    tally: Counter[tuple[str, str, str, str]] = Counter()
    enrolments = [r for r in rows if r.kind == "enrolment"]
    for row in enrolments:
        if not in_scope(row, row):
            continue
        place = (row.province or "", row.district or "", row.commune or "")
        if row.record_id in dead_on:
            tally[(*place, reports.DECEASED_ROW)] += 1
            continue
        tally[(*place, reports.ENROLLED)] += 1
        for code in row.programmes.split(",") if row.programmes else []:
            tally[(*place, code)] += 1
    holding: defaultdict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for row in rows:
        if row.kind != "programme_registration" or row.programmes is None \
                or row.person_id in dead_on:
            continue
        value = _record(row.payload) or {}
        start, end = value.get("start_date"), value.get("end_date")
        if (isinstance(start, str) and start[:10] > on) or \
                (isinstance(end, str) and end[:10] < on):
            continue
        if (row.station_id, row.record_id) in ends and on > ends[(row.station_id,
                                                                 row.record_id)]:
            continue
        for enrolment in enrolments:
            if enrolment.record_id == row.person_id and in_scope(row, enrolment):
                for code in row.programmes.split(","):
                    holding[(enrolment.province or "", enrolment.district or "",
                             enrolment.commune or "", code)].add(row.person_id)
    for place_code, people in holding.items():
        tally[place_code] += len(people)
    return [{"province": k[0], "district": k[1], "commune": k[2], "programme": k[3],
             "persons": n} for k, n in sorted(tally.items()) if n > 0]


def counts(rows: list[dict[str, Any]]) -> list[tuple[str, str, str, str, int]]:
    return [(r["province"], r["district"], r["commune"], r["programme"], r["persons"])
            for r in rows]


SCOPES = [reports.Scope(until=d) for d in DAYS] + [
    reports.Scope(province="01", until=date(2026, 4, 15)),
    reports.Scope(since=date(2026, 1, 1), until=date(2026, 6, 30)),
    reports.Scope(district="0201", commune="020103"),
]


def test_coverage_from_the_copied_dates_is_the_plain_reference(db_url: str) -> None:
    """Every scope and report day: the GROUP BY report and the record-by-record reference
    agree, on a registry holding every shape the stations send (and a few they should not)."""
    reg = mixed()
    engine = sa.create_engine(db_url)
    load(engine, reg)
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t.packets)
                            .where(t.packets.c.reason == "membership_ended",
                                   t.packets.c.ends_on.is_(None))).scalar_one() > 0
        for scope in SCOPES:
            expected = reference(conn, scope, today=date(2026, 7, 1))
            assert counts(reports.coverage(conn, scope, today=date(2026, 7, 1))) == \
                counts(expected), scope
            # the reference is not empty where it matters: deaths, programmes, members
            if scope == SCOPES[3]:
                programmes = {r["programme"] for r in expected}
                assert {reports.DECEASED_ROW, reports.ENROLLED, *PROGRAMMES} <= programmes
    engine.dispose()


def test_the_dates_are_copied_at_ingest_as_the_report_reads_them() -> None:
    """A membership's term as its text says, an end record's last day as a date ("" when
    withdrawn, NULL when it does not read), a death's day."""
    columns = report_columns({"start_date": "2026-03-05", "end_date": None})
    assert (columns["start_date"], columns["end_date"], columns["ends_on"]) == (
        "2026-03-05", None, None)
    columns = report_columns({"start_date": "2026-03-05T00:00", "end_date": "2026-09-30",
                              "decision": "ended"})
    assert (columns["start_date"], columns["end_date"], columns["ends_on"]) == (
        "2026-03-05", "2026-09-30", "2026-09-30")
    assert report_columns({"end_date": "2026-09-30", "withdrawn": True})["ends_on"] == ""
    assert report_columns({"end_date": "soon"})["ends_on"] is None
    assert report_columns({"died_on": "2026-02-03"})["died_on"] == "2026-02-03"
    assert report_columns({})["died_on"] is None


def _version_6(url: str, reg: Registry) -> None:
    """A registry as version 6 left it: no report dates, no indexes on record and packet ids;
    packets stored with their payloads."""
    engine = sa.create_engine(url)
    load(engine, reg)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_packets_record_id")
        conn.exec_driver_sql("DROP INDEX ix_events_packet_id")
        for column in t.DATE_COLUMNS:
            conn.exec_driver_sql(f"ALTER TABLE packets DROP COLUMN {column}")
        conn.execute(t.schema_version.delete())
        conn.execute(t.schema_version.insert().values(version=6))
    engine.dispose()


def test_a_version_6_registry_gets_its_report_dates_from_the_stored_payloads(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    reg = mixed(seed=11, people=60)
    _version_6(db_url, reg)
    monkeypatch.setattr(t, "_FILL_CHUNK", 7)  # several rounds
    for _ in range(2):  # migrated once; the second start has nothing to do
        engine = make_engine(db_url)
        with engine.connect() as conn:
            assert conn.execute(sa.select(t.schema_version.c.version)).scalar_one() == \
                t.SCHEMA_VERSION
            indexes = {i["name"] for table in ("packets", "events")
                       for i in sa.inspect(conn).get_indexes(table)}
            assert {"ix_packets_record_id", "ix_events_packet_id"} <= indexes
            stored = {r.id: tuple(r[1:]) for r in conn.execute(
                sa.select(t.packets.c.id, *(t.packets.c[c] for c in t.DATE_COLUMNS)))}
            for scope in SCOPES[:4]:
                assert counts(reports.coverage(conn, scope, today=date(2026, 7, 1))) == \
                    counts(reference(conn, scope, today=date(2026, 7, 1)))
        engine.dispose()
        copied = {r["id"]: tuple(r[c] for c in t.DATE_COLUMNS) for r in reg.rows
                  if r["kind"] in ("programme_registration", "person_death")}
        assert {k: v for k, v in stored.items() if k in copied} == copied
        assert any(v != (None,) * 4 for v in copied.values())


def test_an_office_ahead_of_utc_can_ask_for_its_today(db_url: str) -> None:
    """At 20:00 UTC on 1 July it is already 2 July in Phnom Penh: a membership that office
    began on its 2 July counts in a report until 2 July, which stands on that day (it was
    pulled back to the centre's 1 July, where the membership had not begun). A report
    without ``until`` stands on the centre's UTC date; none on a day begun nowhere yet."""
    now = datetime(2026, 7, 1, 20, 0)
    reg = Registry()
    place = {"province": "01", "district": "0101", "commune": "010101"}
    reg.add("enrolment", "p-1", {"person_id": "p-1", "demographics": {"address": place}},
            "2026-07-01T19:00:00Z", "st-0", person="p-1")
    reg.add("programme_registration", "m-1", {
        "person_id": "p-1", "programme": "HEALTH", "decision": "confirmed",
        "start_date": "2026-07-02", "end_date": None}, "2026-07-01T19:01:00Z", "st-0",
        person="p-1")
    engine = sa.create_engine(db_url)
    load(engine, reg)  # st-0 is in Phnom Penh

    def health(until: date | None = None) -> tuple[str, int]:
        scope = reports.Scope(until=until)
        with engine.connect() as conn:
            rows = reports.report(conn, "coverage", now=now, scope=scope)
        return (reports.as_of("coverage", scope, now).isoformat(),
                sum(r["persons"] for r in rows if r["programme"] == "HEALTH"))

    assert health(until=date(2026, 7, 2)) == ("2026-07-02", 1)
    assert health(until=date(2026, 7, 3)) == ("2026-07-02", 1)  # begun nowhere yet
    assert health(until=date(2026, 7, 1)) == ("2026-07-01", 0)
    assert health() == ("2026-07-01", 0)
    engine.dispose()
