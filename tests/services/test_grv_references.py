"""Short grievance references (grv): what the person quotes when they come back or call.

A grievance was known by its 36-character id only, printed as the slip's reference. Each
grievance now has ``STATION-YYYYMMDD-GNNN``: the station, the office's day of intake and the
day's sequence, unique in the registry. Every step, ``listing`` and the CLI take either the
reference or the id; grievances on file before are numbered by the migration (grv01)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from alembic import command

from station.model.operators import OperatorInfo, login
from station.model.station import Station
from station.registry.migrate import alembic_config, current_revision, head_revision
from station.services import grievances
from station.services.errors import UnknownRecord
from tests.services._db import outbox_items
from tests.services.conftest import NOW, PASSWORD, STATION_ID
from tests.services.test_cli_counter import LOGIN, home, run, run_json

__all__ = ["home"]  # the fixture: a registry in SWS_HOME for the command line

DAY = dt.timedelta(days=1)


def _take(station: Station, who: OperatorInfo, now: dt.datetime) -> str:
    return grievances.intake(station, category="card", description="card does not read",
                             operator=who, now=now)


def _reference(station: Station, grievance_id: str) -> str:
    return str(grievances.listing(station, grievance_id=grievance_id)[0]["reference"])


def test_two_on_one_day_then_a_new_day_starts_again(station: Station,
                                                     supervisor: OperatorInfo) -> None:
    first, second = (_take(station, supervisor, NOW), _take(station, supervisor, NOW))
    tomorrow = _take(station, supervisor, NOW + DAY)
    assert [_reference(station, g) for g in (first, second, tomorrow)] == [
        f"{STATION_ID}-20261122-G001", f"{STATION_ID}-20261122-G002",
        f"{STATION_ID}-20261123-G001"]
    # the centre and the CLI get it with the grievance
    [item] = outbox_items(station, first)
    assert item["payload"]["grievance"]["reference"] == f"{STATION_ID}-20261122-G001"


def test_the_day_is_the_offices(station: Station, supervisor: OperatorInfo) -> None:
    """23:30 UTC on the 21st is 06:30 on the 22nd in Phnom Penh: the 22nd's first."""
    station.settings = dataclasses.replace(station.settings,
                                           office_zone=ZoneInfo("Asia/Phnom_Penh"))
    dawn = _take(station, supervisor, dt.datetime(2026, 11, 21, 23, 30, tzinfo=dt.UTC))
    assert _reference(station, dawn) == f"{STATION_ID}-20261122-G001"


def test_a_grievance_is_found_by_reference_or_id(station: Station,
                                                 supervisor: OperatorInfo) -> None:
    gid = _take(station, supervisor, NOW)
    reference = _reference(station, gid)
    assert grievances.grievance_id_of(station, reference) == gid
    assert grievances.grievance_id_of(station, f" {reference.lower()} ") == gid  # as typed
    assert grievances.grievance_id_of(station, gid) == gid
    with pytest.raises(UnknownRecord) as said:
        grievances.grievance_id_of(station, f"{STATION_ID}-20261122-G009")
    assert str(said.value) == (f"no grievance with reference or id "
                               f"'{STATION_ID}-20261122-G009'")
    # a step takes the reference as well
    assert grievances.refer(station, reference, operator=supervisor, now=NOW)["id"] == gid
    assert [g["id"] for g in grievances.listing(station, reference=reference)] == [gid]


def test_the_migration_numbers_the_grievances_on_file(any_station: Station) -> None:
    """Down to pay02 (no reference) and up again, on SQLite and PostgreSQL: the rows on file
    are numbered per office day in the order received, as intake numbers them."""
    station, supervisor = any_station, login(any_station, "super", PASSWORD, now=NOW)
    station.settings = dataclasses.replace(station.settings,
                                           office_zone=ZoneInfo("Asia/Phnom_Penh"))
    taken = [_take(station, supervisor, at) for at in (  # 06:30 and 16:00 at the office
        dt.datetime(2026, 11, 21, 23, 30, tzinfo=dt.UTC), NOW, NOW + DAY)]
    before = {g: _reference(station, g) for g in taken}
    assert sorted(before.values()) == [f"{STATION_ID}-20261122-G001",
                                       f"{STATION_ID}-20261122-G002",
                                       f"{STATION_ID}-20261123-G001"]
    command.downgrade(alembic_config(station.engine), "pay02")
    with station.engine.connect() as conn:
        assert "reference" not in {c["name"] for c in sa.inspect(conn).get_columns("grievance")}
    again = Station(station.settings, gallery_factory=lambda: None)  # opening migrates
    try:
        assert current_revision(again.engine) == head_revision()
        assert {g: _reference(again, g) for g in taken} == before
        assert [s["action"] for s in grievances.history(again, taken[0])] == ["intake"]
        # the next intake goes on from the numbers the migration gave
        assert _reference(again, _take(again, supervisor, NOW)) == \
            f"{STATION_ID}-20261122-G003"
    finally:
        again.close()


def test_the_cli_names_a_grievance_by_its_reference(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws grievance open` says the reference (the JSON keeps the id as well); every command
    that takes a grievance takes the reference; an unknown one is one line, exit 4."""
    assert run(["grievance", "open", "--category", "payment", "--person", "p-mother",
                "--description", "benefit paid late", *LOGIN]) == 0
    said = capsys.readouterr().out
    reference = said.split()[1]
    assert re.fullmatch(r".+-20261122-G001", reference), said
    g = run_json(["grievance", "show", reference], capsys)
    assert (g["reference"], len(g["id"])) == (reference, 36)
    assert run(["grievance", "refer", reference.lower(), *LOGIN]) == 0
    assert capsys.readouterr().out.startswith(f"grievance {reference} is now referred")
    assert run(["grievance", "list"]) == 0
    assert capsys.readouterr().out.startswith(reference)
    assert run(["grievance", "appeal", "X-20261122-G404", *LOGIN]) == 4
    assert capsys.readouterr().err.strip().endswith(
        "no grievance with reference or id 'X-20261122-G404'")


def test_demo_grievances_are_numbered_after_the_days_own(station: Station,
                                                         supervisor: OperatorInfo) -> None:
    """The demo population's grievances get references as intake gives them, after those
    the station gave the same day: never one taken twice, and intake goes on after them."""
    from station.services.demo import populate

    _take(station, supervisor, NOW)  # today's G001, before the demo
    summary = populate(station, households_count=120, seed=3, now=NOW)
    assert summary.grievances >= 2
    references = [g["reference"] for g in grievances.listing(station, limit=1000)]
    assert len(references) == len(set(references)) == summary.grievances + 1
    assert all(re.fullmatch(rf"{STATION_ID}-\d{{8}}-G\d{{3}}", r) for r in references)
    after = _reference(station, _take(station, supervisor, NOW))
    assert after not in references and after.startswith(f"{STATION_ID}-20261122-G")


def test_a_reference_taken_meanwhile_is_tried_again_then_refused_in_one_line(
        station: Station, supervisor: OperatorInfo) -> None:
    """The day's next number already taken (as by another desk between the count and the
    commit, every try here): refused in one line after a few tries, nothing recorded."""
    from station.services.errors import ServiceError

    _take(station, supervisor, NOW)
    with station.transaction() as session:  # the other desk writes its row just before ours
        session.execute(sa.text(
            "CREATE TRIGGER other_desk BEFORE INSERT ON grievance "
            "WHEN NEW.id NOT LIKE 'other-%' BEGIN INSERT INTO grievance (id, reference, "
            "person_id, channel, card_serial, category, description, responsible_service, "
            "status, received_at, deadline, appeals, operator_id) VALUES ('other-' || NEW.id, "
            "NEW.reference, NULL, NEW.channel, NULL, NEW.category, NEW.description, "
            "NEW.responsible_service, NEW.status, NEW.received_at, NEW.deadline, 0, NULL); "
            "END"))
    events = len(outbox_items(station))
    with pytest.raises(ServiceError) as said:
        _take(station, supervisor, NOW)
    assert str(said.value) == ("no free grievance reference after several tries; nothing "
                               "was recorded, try again")
    assert len(grievances.listing(station)) == 1 and len(outbox_items(station)) == events


def test_find_by_reference_or_by_the_card_a_person_brings(station: Station,
                                                          supervisor: OperatorInfo) -> None:
    """The counter's Find: the grievance with the reference, else every grievance of the
    card's holder (closed ones too); nothing for what names neither."""
    from station.registry.models import Card
    from tests.services.conftest import make_family

    family = make_family(station)
    with station.transaction() as session:
        session.add(Card(serial="CARD-1", person_id=family.mother, credential=b"x",
                         status="issued", issued_at=NOW.replace(tzinfo=None)))
    first = grievances.intake(station, category="payment", description="paid late",
                              person_id=family.mother, operator=supervisor, now=NOW)
    second = grievances.intake(station, category="card", description="card broken",
                               card_serial="CARD-1", operator=supervisor, now=NOW)
    grievances.withdraw(station, first, operator=supervisor, now=NOW)  # closed
    _take(station, supervisor, NOW)  # someone else's (anonymous)
    reference = _reference(station, second)
    assert [g["id"] for g in grievances.find(station, reference)] == [second]
    assert {g["id"] for g in grievances.find(station, " CARD-1 ")} == {first, second}
    # a serial copied by hand in small letters, as the Payments and Case plan tabs take it
    assert {g["id"] for g in grievances.find(station, "card-1")} == {first, second}
    assert grievances.find(station, "CARD-404") == []


def test_a_grievance_by_card_takes_the_serial_as_copied_by_hand(
        station: Station, supervisor: OperatorInfo) -> None:
    """A serial typed in small letters, with spaces around it, is the card's: the grievance
    records the card's own serial and its holder, as Find and the Payments tab read it."""
    from station.registry.models import Card
    from tests.services.conftest import make_family

    family = make_family(station)
    with station.transaction() as session:
        session.add(Card(serial="0A0B0C0D", person_id=family.mother, credential=b"x",
                         status="revoked", issued_at=NOW.replace(tzinfo=None)))
    gid = grievances.intake(station, category="card", description="card taken back",
                            card_serial=" 0a0b0c0d ", operator=supervisor, now=NOW)
    g = grievances.listing(station, grievance_id=gid)[0]
    assert (g["card_serial"], g["person_id"], g["channel"]) == ("0A0B0C0D", family.mother, "card")
