"""Correcting a registered person's details: each field, in one transaction with its audit event
and its ``person_update`` for the centre; bad values, no reason, no change and the wrong role
are refused in one line and change nothing; a card showing a changed field is named."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import cbor2
import pytest
import sqlalchemy as sa

from station.errors import BadInput, InvalidDemographics, PermissionDenied
from station.model.cards import record_issued
from station.model.corrections import correct_person
from station.model.deaths import record_death
from station.model.demographics import Address
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.persons import get_person
from station.model.station import Station
from station.registry.base import OUTBOX
from tests.station.helpers import (
    NOW,
    enrol_family,
    sqlite_registry,  # noqa: F401 - SQLite only
)
from tests.station.test_cli import home  # noqa: F401 - the CLI's initialised station

MOVED = Address("12", "1204", "120402", "12040203")  # Kang Ta Noeng Kandal


def _outbox(station: Station) -> list[tuple[str, str, dict[str, Any]]]:
    with station.reading() as s:
        return [(r.kind, r.record_id, cbor2.loads(r.payload)) for r in s.execute(
            sa.select(OUTBOX.c.kind, OUTBOX.c.record_id, OUTBOX.c.payload)
            .order_by(OUTBOX.c.seq))]


def _last_event(station: Station) -> tuple[str, dict[str, Any]]:
    with station.reading() as s:
        action, details = s.execute(sa.text(
            "SELECT action, details FROM audit_event ORDER BY seq DESC LIMIT 1")).one()
    return action, json.loads(details) if isinstance(details, str) else details


def _snapshot(station: Station, person_id: str) -> tuple[Any, ...]:
    with station.reading() as s:
        audit = s.execute(sa.text("SELECT count(*) FROM audit_event")).scalar_one()
    return (json.dumps(get_person(station, person_id), sort_keys=True), audit,
            len(_outbox(station)))


@pytest.mark.parametrize(("changes", "field", "stored"), [
    ({"latin_name": "Sok  Darra "}, "latin_name", "Sok Darra"),
    ({"local_name": "សុខ ដារ៉ា"}, "local_name", "សុខ ដារ៉ា"),
    ({"sex": "male"}, "sex", "M"),
    ({"birth_date": "1991-02-03"}, "birth_date", "1991-02-03"),
    ({"birth_date_estimated": True}, "birth_date_estimated", True),
    ({"phone": "+855 99 111 222"}, "phone", "+855 99 111 222"),
    ({"other_ids": {"national_id": "999888777"}}, "other_ids", {"national_id": "999888777"}),
])
def test_each_field_is_corrected_with_its_event_and_one_update_for_the_centre(
        station: Station, person_id: str, supervisor: OperatorInfo, changes: dict[str, Any],
        field: str, stored: Any) -> None:
    before = len(_outbox(station))

    done = correct_person(station, person_id, changes, reason="birth certificate 42/1991",
                          operator=supervisor, now=NOW)

    assert done.fields == (field,)
    assert get_person(station, person_id)[field] == stored
    queued = _outbox(station)[before:]
    assert [(k, r) for k, r, _ in queued] == [("person_update", person_id)]
    payload = queued[0][2]
    assert payload["fields"] == [field] and payload["reason"] == "birth certificate 42/1991"
    assert payload["demographics"][field] == stored  # the enrolment payload's shape
    assert payload["demographics"]["address"]["commune"] == "120401"
    action, details = _last_event(station)
    assert action == "person.correct" and details["fields"] == [field]
    if field in ("phone", "other_ids"):  # named, their values kept out of the trail
        assert details["changes"] == {}
    else:
        assert details["changes"][field][1] == stored
    assert check(station, deep=True).audit_events > 0  # raises on a broken chain


def test_a_clerk_moves_a_person_and_the_card_is_to_be_replaced(
        station: Station, person_id: str, clerk: OperatorInfo) -> None:
    record_issued(station, person_id=person_id, serial="0C01", credential=b"cose", by=clerk,
                  now=NOW)
    done = correct_person(station, person_id, {"address": MOVED, "phone": ""},
                          reason="moved to Kang Ta Noeng", operator=clerk, now=NOW)
    assert done.fields == ("phone", "address")
    assert done.cards_to_replace == ("0C01",)  # the card shows the village
    person = get_person(station, person_id)
    assert person["address"]["village"] == "12040203" and person["phone"] is None
    _, details = _last_event(station)
    assert details["changes"]["address"][0]["commune"] == "120401"
    assert details["changes"]["address"][1]["commune"] == "120402"
    # the phone alone is not on the card
    done = correct_person(station, person_id, {"phone": "012 345 678"}, reason="new phone",
                          operator=clerk, now=NOW)
    assert done.cards_to_replace == ()


@pytest.mark.parametrize(("changes", "error", "words"), [
    ({"latin_name": "  "}, InvalidDemographics, "latin name must be 1-200"),
    ({"latin_name": "សុខ"}, InvalidDemographics, "Latin letters only"),
    ({"sex": "Q"}, InvalidDemographics, "sex must be F, M or X"),
    ({"birth_date": "2099-01-01"}, InvalidDemographics, "in the future"),
    ({"birth_date": "12/04/1990"}, InvalidDemographics, "not a real date"),
    ({"phone": "call me"}, InvalidDemographics, "phone number"),
    ({"address": Address("12", "1204", "120402", "12040103")}, InvalidDemographics,
     "is not in the commune"),
    ({"address": {"commune": "120402"}}, InvalidDemographics, "is not in the commune"),
    ({"address": {"street": "1"}}, InvalidDemographics, "not a level of an address"),
    ({"relation_to_head": "spouse"}, BadInput, "belongs to no household"),
    ({"card_serial": "x"}, BadInput, "not a detail that can be corrected"),
    ({"latin_name": "Sok Dara"}, BadInput, "nothing to correct"),
    ({}, BadInput, "nothing to correct"),
])
def test_bad_values_are_refused_in_one_line_and_change_nothing(
        station: Station, person_id: str, supervisor: OperatorInfo, changes: dict[str, Any],
        error: type[Exception], words: str) -> None:
    before = _snapshot(station, person_id)
    with pytest.raises(error, match=words) as caught:
        correct_person(station, person_id, changes, reason="form 12", operator=supervisor,
                       now=NOW)
    assert "\n" not in str(caught.value)
    assert _snapshot(station, person_id) == before


def test_roles_reasons_and_the_dead(station: Station, person_id: str, clerk: OperatorInfo,
                                    supervisor: OperatorInfo) -> None:
    auditor = OperatorInfo(id="a", username="aud", full_name="Aud", role="auditor")
    before = _snapshot(station, person_id)
    with pytest.raises(PermissionDenied, match="a clerk may not correct a name"):
        correct_person(station, person_id, {"latin_name": "Sok Dari"}, reason="typo at desk",
                       operator=clerk, now=NOW)
    with pytest.raises(PermissionDenied):
        correct_person(station, person_id, {"phone": "012 345 678"}, reason="new phone",
                       operator=auditor, now=NOW)
    with pytest.raises(BadInput, match="give the reason"):
        correct_person(station, person_id, {"phone": "012 345 678"}, reason=" x ",
                       operator=clerk, now=NOW)
    assert _snapshot(station, person_id) == before

    record_death(station, person_id, died_on=dt.date(2026, 11, 20), source="certificate 1",
                 by=supervisor, now=NOW)
    with pytest.raises(BadInput, match="recorded as deceased on 2026-11-20"):
        correct_person(station, person_id, {"phone": "012 345 678"}, reason="new phone",
                       operator=supervisor, now=NOW)
    done = correct_person(station, person_id, {"latin_name": "Sok Dary"},
                          reason="death certificate spells it so", operator=supervisor,
                          now=NOW)
    assert done.fields == ("latin_name",)


def test_nothing_is_written_when_the_outbox_write_fails(
        station: Station, person_id: str, supervisor: OperatorInfo) -> None:
    before = _snapshot(station, person_id)
    with station.engine.begin() as conn:  # a real failure of the database, not a stand-in
        conn.execute(sa.text("CREATE TRIGGER no_outbox BEFORE INSERT ON sync_outbox "
                             "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END"))
    with pytest.raises(sa.exc.IntegrityError, match="outbox refused"):
        correct_person(station, person_id, {"latin_name": "Sok Dari"}, reason="typo at desk",
                       operator=supervisor, now=NOW)
    assert _snapshot(station, person_id) == before
    assert get_person(station, person_id)["latin_name"] == "Sok Dara"


def test_sws_person_correct(home: Path,  # noqa: F811 - the CLI's station
                            capsys: pytest.CaptureFixture[str]) -> None:
    from tests.station.helpers import enrolled_in_cli_home, sws_in

    pid, sws = enrolled_in_cli_home(), sws_in(capsys)

    code, _, err = sws("person", "correct", pid, "--reason", "typo", "--sex", "Q")
    assert code == 4 and len(err.strip().splitlines()) == 1 and "F, M or X" in err
    code, _, err = sws("person", "correct", pid, "--reason", "form 12")
    assert code == 4 and "nothing to correct" in err
    # a move: the commune brings its district and province from the list of places
    code, text, _ = sws("person", "correct", pid, "--reason", "moved (form 12)",
                        "--commune", "120402", "--village", "12040203",
                        "--latin-name", "Sok Darra", "--json")
    got = json.loads(text)
    assert code == 0 and got["fields"] == ["latin_name", "address"]
    assert got["demographics"]["address"] == {"province": "12", "district": "1204",
                                              "commune": "120402", "village": "12040203"}
    code, text, _ = sws("person", "correct", pid, "--reason", "certificate 7",
                        "--birth-date", "1990-05-01", "--estimated")
    assert code == 0 and text.strip() == f"corrected: {pid}: birth_date, birth_date_estimated"


def test_a_clerk_corrects_a_members_relation_but_not_who_heads_the_household(
        station: Station, clerk: OperatorInfo) -> None:
    head, member, _ = enrol_family(station, clerk)
    done = correct_person(station, member, {"relation_to_head": "spouse"},
                          reason="she is his wife", operator=clerk, now=NOW)
    assert done.fields == ("relation_to_head",) and done.cards_to_replace == ()
    assert get_person(station, member)["relation_to_head"] == "spouse"
    for pid, relation in ((member, "head"), (head, "spouse")):
        with pytest.raises(BadInput, match="head of a household is not changed"):
            correct_person(station, pid, {"relation_to_head": relation},
                           reason="form 12", operator=clerk, now=NOW)


def test_the_whole_household_moves_with_one_correction(
        station: Station, clerk: OperatorInfo) -> None:
    """A family moves together: correcting the head's address one member at a time left the
    household's own row (its commune in the station's household figures) where it was, and
    a member forgotten in the old village."""
    from station.registry.models import Household

    head, child, household = enrol_family(station, clerk)
    before = len(_outbox(station))
    with pytest.raises(BadInput, match="moves only with a new address"):
        correct_person(station, head, {"phone": "+855 99 111 222"},
                       reason="new phone", operator=clerk, now=NOW, whole_household=True)
    done = correct_person(station, head, {"address": MOVED}, reason="moved (form 12)",
                          operator=clerk, now=NOW, whole_household=True)
    assert done.moved_with == (child,)
    for pid in (head, child):
        assert get_person(station, pid)["address"]["village"] == MOVED.village
    with station.reading() as s:
        row = s.get(Household, household)
        assert row is not None and (row.commune_code, row.village_code) == ("120402",
                                                                             "12040203")
    updates = [(kind, rid) for kind, rid, _ in _outbox(station)[before:]]
    assert sorted(updates) == sorted([("person_update", head),
                                      ("person_update", child)])
    action, details = _last_event(station)
    assert action == "person.correct" and details["fields"] == ["address"]
    assert details["with"] == head  # the member moved with the head


def test_sws_person_correct_moves_the_whole_household(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    from tests.station.helpers import enrolled_in_cli_home, sws_in

    pid, sws = enrolled_in_cli_home(), sws_in(capsys)
    # registered on their own: no household to move with them
    code, _, err = sws("person", "correct", pid, "--reason", "moved (form 12)",
                       "--commune", "120402", "--village", "12040203", "--whole-household")
    assert code == 4 and err.strip() == ("sws: error: the person belongs to no household: "
                                         "correct their address alone")
