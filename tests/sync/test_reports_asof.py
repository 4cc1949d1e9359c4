"""The centre's reports tell the truth on the day they are dated: a membership counts on day D
when its term holds on D (an end record applies from its end date, not from the day it
arrived), and a person whose death is dated after D is alive on D. The real app on a real
PostgreSQL (the centre's clock fixed), a station's real uploader with records shaped as the
station writes them (``station.services.memberships.end_membership``,
``station.model.deaths.record_death``)."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sync.central.app import CentralConfig, create_app
from sync.client import CentralClient, register_station
from sync.outbox import enqueue
from sync.packets import encode_biometrics
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import Station, fake_templates, make_station, settle

pytestmark = pytest.mark.postgres

#: The centre's clock: "today" at the centre is 1 July 2026.
NOW = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
PLACE = {"province": "12", "district": "1204", "commune": "120401"}


@pytest.fixture
def centre(tmp_path: Path, postgres_url: str) -> Iterator[TestClient]:
    app = create_app(CentralConfig(db_url=postgres_url, key_path=tmp_path / "central.pem",
                                   admin_token="secret", dedup="exact"), clock=lambda: NOW)
    with TestClient(app) as http:
        yield http


def at(day: str) -> datetime:
    """Noon UTC on ``day``: when the station recorded it."""
    return datetime.fromisoformat(f"{day}T12:00:00+00:00")


def queue(station: Station, kind: str, record: str, payload: dict[str, Any], when: datetime,
          bio: bytes | None = None) -> str:
    with station.engine.begin() as conn:
        return enqueue(conn, station.table, kind=kind, record_id=record, payload=payload,
                       sealed_biometrics=station.at_rest.seal(bio) if bio else None, now=when)


def enrol(station: Station, person: str, when: datetime) -> None:
    queue(station, "enrolment", person, {"person_id": person, "demographics": {
        "address": PLACE}}, when, encode_biometrics(fake_templates(random.Random(person))))


def join(station: Station, person: str, programme: str, start: date, when: datetime) -> str:
    """A membership confirmed at the desk (``station.services.memberships``)."""
    membership = f"m-{person}-{programme}"
    queue(station, "programme_registration", membership, {
        "person_id": person, "programme": programme, "decision": "confirmed",
        "membership_id": membership, "reason": "eligible",
        "start_date": start.isoformat(), "end_date": None}, when)
    return membership


def end(station: Station, person: str, programme: str, start: date, last_day: date,
        reason: str, when: datetime) -> None:
    """A membership ended on ``last_day`` (its last day), as ``end_membership`` sends it."""
    membership = f"m-{person}-{programme}"
    queue(station, "programme_registration", membership, {
        "person_id": person, "programme": programme, "decision": "ended",
        "membership_id": membership, "reason": reason, "previous_end_date": None,
        "start_date": start.isoformat(), "end_date": last_day.isoformat()}, when)


def sync(http: TestClient, station: Station) -> None:
    client = CentralClient("http://testserver", http=http)
    reg = register_station("http://testserver", station.key, station.station_id,
                           client=client)
    uploader = Uploader(station.engine, station.table,
                        StationIdentity(station.station_id, station.key, reg.central_key),
                        client, station.at_rest.unseal, rng=random.Random(1))
    assert uploader.sync(lambda: NOW).pending == 0
    settle(uploader, NOW)


def coverage(http: TestClient, **params: str) -> dict[str, int]:
    answer = http.get("/v1/reports/coverage", params=params)
    assert answer.status_code == 200, answer.text
    return {r["programme"]: r["persons"] for r in answer.json()["rows"]}


def test_a_membership_counts_until_its_end_date_not_until_its_end_was_recorded(
        centre: TestClient, tmp_path: Path) -> None:
    station = make_station(tmp_path / "s.sqlite3", "st-asof")
    enrol(station, "p-1", at("2026-01-10"))
    enrol(station, "p-2", at("2026-01-10"))
    start = date(2026, 2, 1)
    join(station, "p-1", "HEALTH", start, at("2026-02-01"))
    join(station, "p-2", "HEALTH", start, at("2026-02-01"))
    # p-1 moved away: the clerk ended the membership on 15 June, recording it on 16 June
    end(station, "p-1", "HEALTH", start, date(2026, 6, 15), "moved", at("2026-06-16"))
    sync(centre, station)

    assert coverage(centre, until="2026-03-31") == {"(enrolled)": 2, "HEALTH": 2}
    # the end date is the last day, counted as the station counts it
    assert coverage(centre, until="2026-06-15") == {"(enrolled)": 2, "HEALTH": 2}
    assert coverage(centre, until="2026-06-16") == {"(enrolled)": 2, "HEALTH": 1}
    assert coverage(centre, until="2026-06-20") == {"(enrolled)": 2, "HEALTH": 1}
    assert coverage(centre) == {"(enrolled)": 2, "HEALTH": 1}  # today, 1 July


def test_a_person_whose_death_is_dated_after_the_report_day_is_alive_on_it(
        centre: TestClient, tmp_path: Path) -> None:
    station = make_station(tmp_path / "s.sqlite3", "st-death-asof")
    enrol(station, "p-1", at("2026-01-10"))
    enrol(station, "p-2", at("2026-01-10"))
    start = date(2026, 2, 1)
    join(station, "p-1", "OLD_AGE", start, at("2026-02-01"))
    join(station, "p-2", "OLD_AGE", start, at("2026-02-01"))
    # p-1 died on 10 May, recorded on 12 May (station.model.deaths.record_death: the death
    # and the end of every membership on the day of death)
    queue(station, "person_death", "p-1", {
        "person_id": "p-1", "died_on": "2026-05-10", "source": "death certificate 7/2026",
        "memberships_ended": ["m-p-1-OLD_AGE"], "cards_revoked": [], "undone": False,
        "recorded_by": "op-1", "recorded_at": "2026-05-12T12:00:00"}, at("2026-05-12"))
    end(station, "p-1", "OLD_AGE", start, date(2026, 5, 10), "holder deceased",
        at("2026-05-12"))
    sync(centre, station)

    # before the death: alive, enrolled, a member; nobody in the (deceased) row
    assert coverage(centre, until="2026-03-31") == {"(enrolled)": 2, "OLD_AGE": 2}
    assert coverage(centre, until="2026-05-09") == {"(enrolled)": 2, "OLD_AGE": 2}
    # from the day of death (as the station's own report counts them: died_on <= the day)
    assert coverage(centre, until="2026-05-10") == {"(enrolled)": 1, "OLD_AGE": 1,
                                                    "(deceased)": 1}
    assert coverage(centre) == {"(enrolled)": 1, "OLD_AGE": 1, "(deceased)": 1}


def test_every_dated_report_counts_a_record_on_the_utc_day_its_station_made_it(
        centre: TestClient, tmp_path: Path) -> None:
    """Made at 23:30 UTC on 31 March by a station that never told the centre its office's
    zone, delivered on 1 July: every dated report counts it on 31 March, the UTC day its
    station signed, never on the next day nor on the day it reached the centre (a station
    that said its zone: tests/sync/test_office_days.py)."""
    station = make_station(tmp_path / "s.sqlite3", "st-days")
    late = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    queue(station, "card_issue", "C-1", {"card_id": "C-1", "person_id": "p-1",
                                         "replaces": []}, late)
    queue(station, "revocation", "C-2", {"card_id": "C-2", "reason": "holder deceased"}, late)
    queue(station, "card_status", "C-3", {"card_id": "C-3", "status": "lost",
                                          "reason": "lost at market"}, late)
    queue(station, "service_use", "v-1", {"facility": "Provincial hospital",
                                          "card_id": "C-1"}, late)
    queue(station, "adjudication", "a-1", {"outcome": "same_person", "location": PLACE},
          late)
    sync(centre, station)

    def figures(**days: str) -> tuple[Any, ...]:
        def rows(name: str) -> list[dict[str, Any]]:
            answer = centre.get(f"/v1/reports/{name}", params=days)
            assert answer.status_code == 200, answer.text
            return list(answer.json()["rows"])
        card = rows("cards")[0]
        return (card["cards_issued"], card["cards_revoked"], card["cards_lost"],
                sum(r["service_uses"] for r in rows("service-uses")),
                sum(r["prevented_at_station"] for r in rows("duplicates")))

    assert figures(since="2026-03-31", until="2026-03-31") == (1, 1, 1, 1, 1)
    assert figures(until="2026-03-31") == (1, 1, 1, 1, 1)
    assert figures(since="2026-04-01") == (0, 0, 0, 0, 0)  # no zone said: not counted
    assert figures(since="2026-07-01") == (0, 0, 0, 0, 0)  # the day it arrived: not counted
    assert figures(until="2026-03-30") == (0, 0, 0, 0, 0)


def test_many_deaths_dated_after_the_report_day_are_all_alive_on_it(
        centre: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The persons whose death is dated later are asked about a few at a time (a list of
    every death as one query's parameters could pass the server's limit): several rounds
    still count each of them once."""
    from sync.central import reports

    monkeypatch.setattr(reports, "_CHUNK", 2)
    station = make_station(tmp_path / "s.sqlite3", "st-deaths")
    people = [f"p-{n}" for n in range(5)]
    for person in people:
        enrol(station, person, at("2026-01-10"))
        join(station, person, "OLD_AGE", date(2026, 2, 1), at("2026-02-01"))
    for n, person in enumerate(people[:4]):
        queue(station, "person_death", person, {
            "person_id": person, "died_on": f"2026-05-1{n}", "source": "certificate",
            "undone": False}, at("2026-05-20"))
    sync(centre, station)

    assert coverage(centre, until="2026-04-30") == {"(enrolled)": 5, "OLD_AGE": 5}
    assert coverage(centre, until="2026-05-11") == {"(enrolled)": 3, "OLD_AGE": 3,
                                                    "(deceased)": 2}
    assert coverage(centre) == {"(enrolled)": 1, "OLD_AGE": 1, "(deceased)": 4}


def test_a_saved_report_says_which_day_it_stands_on(
        centre: TestClient, tmp_path: Path, postgres_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A report kept in a file or printed read as current: nothing in it said that a
    coverage "until 31 March" counted the members of 31 March. ``as_of`` says it, in the
    service's JSON and in ``sws central report``'s."""
    from tests._cli import sws

    def day(name: str, **params: str) -> str:
        answer = centre.get(f"/v1/reports/{name}", params=params)
        assert answer.status_code == 200, answer.text
        return str(answer.json()["as_of"])

    assert day("coverage") == "2026-07-01"  # the centre's date
    assert day("coverage", until="2026-03-31") == "2026-03-31"
    assert day("coverage", since="2026-03-01") == "2026-07-01"
    assert day("coverage", until="2027-01-01") == "2026-07-01"  # not a day to come
    assert day("cards", until="2026-03-31") == "2026-03-31"
    assert day("stations") == "2026-07-01"

    code, out, err = sws(capsys, "central", "report", "coverage", "--db", postgres_url,
                         "--until", "2026-03-31")
    assert code == 0, err
    assert json.loads(out)["as_of"] == "2026-03-31"
    written = tmp_path / "coverage.csv"
    code, out, err = sws(capsys, "central", "report", "coverage", "--db", postgres_url,
                         "--until", "2026-03-31", "--format", "csv", "-o", str(written),
                         "--json")
    assert code == 0, err
    assert json.loads(out)["as_of"] == "2026-03-31"


def test_a_duplicate_decided_after_the_report_day_was_awaiting_on_it(
        centre: TestClient, tmp_path: Path) -> None:
    """A duplicates report dated 30 June showed cases the adjudicator decided on 1 July as
    decided (or, found to be different people, not at all): on 30 June they were waiting."""
    station = make_station(tmp_path / "s.sqlite3", "st-dup-asof")
    fingers = encode_biometrics(fake_templates(random.Random("same finger")))
    queue(station, "enrolment", "p-1", {"person_id": "p-1", "location": PLACE},
          at("2026-05-01"), fingers)
    for person in ("p-2", "p-3"):  # the same fingers again: held as suspected duplicates
        queue(station, "enrolment", person, {"person_id": person, "location": PLACE},
              at("2026-05-02"), fingers)
    sync(centre, station)
    admin = {"X-Admin-Token": "secret"}
    cases = centre.get("/v2/adjudications", headers=admin).json()["cases"]
    by_person = {c["record_id"]: c["packet_id"] for c in cases}
    assert sorted(by_person) == ["p-2", "p-3"]

    def duplicates(**params: str) -> tuple[int, int]:
        rows = centre.get("/v1/reports/duplicates", params=params).json()["rows"]
        return (sum(r["awaiting_adjudication"] for r in rows),
                sum(r["confirmed_same_person"] for r in rows))

    assert duplicates(until="2026-06-30") == (2, 0)
    # decided on 1 July (the centre's clock): p-2 is p-1, p-3 someone else
    for person, decision in (("p-2", "same_person"), ("p-3", "different")):
        answer = centre.post(f"/v1/adjudications/{by_person[person]}", headers=admin,
                             json={"decision": decision, "by": "Amara"})
        assert answer.status_code == 200, answer.text
    assert duplicates() == (0, 1)
    assert duplicates(until="2026-07-01") == (0, 1)
    assert duplicates(until="2026-06-30") == (2, 0)  # both were still waiting that day
    assert duplicates(until="2026-05-01") == (0, 0)  # not made yet


def test_a_withdrawn_membership_counts_on_no_day(centre: TestClient, tmp_path: Path) -> None:
    """A membership withdrawn before it began (``withdraw_membership``: decision ``ended``,
    ``withdrawn`` true) held on no day, whatever dates its confirmation carried: the end
    record's word is taken, not only its ``end_date``."""
    station = make_station(tmp_path / "s.sqlite3", "st-withdrawn")
    enrol(station, "p-1", at("2026-01-10"))
    join(station, "p-1", "OLD_AGE", date(2026, 6, 1), at("2026-05-20"))
    queue(station, "programme_registration", "m-p-1-OLD_AGE", {
        "person_id": "p-1", "programme": "OLD_AGE", "decision": "ended", "withdrawn": True,
        "membership_id": "m-p-1-OLD_AGE", "reason": "own_request",
        "previous_end_date": None, "start_date": "2026-08-01", "end_date": "2026-07-31"},
        at("2026-05-25"))
    sync(centre, station)
    assert coverage(centre, until="2026-06-15") == {"(enrolled)": 1}
    assert coverage(centre) == {"(enrolled)": 1}
