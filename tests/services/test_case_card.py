"""A case's person found from what they bring: their card, or the person id as before.

Nobody at the counter can type a 36-character person id; the person who comes to see their
case manager brings their social protection card. :func:`station.services.cases.find_person`
takes either, the card in any state (a revoked or lost card still names its holder)."""

from __future__ import annotations

import pytest

from station.model.station import Station
from station.registry.models import Card
from station.services import cases
from station.services.errors import UnknownRecord
from tests.services.conftest import NOW, Family


def _card(station: Station, serial: str, person_id: str, status: str = "issued") -> None:
    with station.transaction() as session:
        session.add(Card(serial=serial, person_id=person_id, credential=b"x", status=status,
                         issued_at=NOW.replace(tzinfo=None)))


def test_a_person_id_finds_the_person(station: Station, family: Family) -> None:
    found = cases.find_person(station, f" {family.mother} ")
    assert (found.person_id, found.serial, found.card_status) == (family.mother, "", "")


def test_a_card_serial_in_small_letters_finds_its_holder(station: Station,
                                                         family: Family) -> None:
    _card(station, "0A0B0C0D", family.mother)
    found = cases.find_person(station, "0a0b0c0d")
    assert (found.person_id, found.serial, found.card_status) == (
        family.mother, "0A0B0C0D", "issued")


def test_a_revoked_card_still_finds_its_holder(station: Station, family: Family) -> None:
    _card(station, "0A0B0C0E", family.girl, status="revoked")
    found = cases.find_person(station, "0A0B0C0E")
    assert (found.person_id, found.card_status) == (family.girl, "revoked")


def test_what_names_no_one_is_refused_in_one_line(station: Station, family: Family) -> None:
    with pytest.raises(UnknownRecord) as neither:
        cases.find_person(station, "Sok Dara")
    assert str(neither.value) == "no person with id or card serial 'Sok Dara'"
    assert neither.value.key == cases.PERSON_OR_CARD
    uuid = "9f0b7c1e-3a52-4d6e-8a1b-2c3d4e5f6a7b"
    with pytest.raises(UnknownRecord) as unknown_id:
        cases.find_person(station, uuid)
    assert str(unknown_id.value) == f"no person with id '{uuid}'"
    with pytest.raises(UnknownRecord) as unknown_card:
        cases.find_person(station, "deadbeef")
    assert str(unknown_card.value) == "no card with serial 'deadbeef'"
