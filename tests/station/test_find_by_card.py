"""The Find step finds a person by the card they bring: its serial as copied by hand (small
letters, spaces around), a revoked, lost or replaced card too (finding is not a card check),
and a name as before."""

from __future__ import annotations

import datetime as dt

import pytest

from station.model.station import Station
from station.model.ui_lookup import find_people
from station.registry.models import Card, Household, Person
from tests.station.helpers import sqlite_registry  # noqa: F401 - SQLite only

ON = dt.datetime(2026, 11, 1)


@pytest.fixture
def holder(station: Station) -> str:
    """Sok Dara, head of hh-1: an old card revoked, the new one in use."""
    with station.transaction() as session:
        session.add(Household(id="hh-1", province_code="12", district_code="1203",
                              commune_code="120301", village_code="12030101", created_at=ON))
        session.add(Person(id="p-1", household_id="hh-1", relation_to_head="head",
                           local_name="សុខ ដារា", latin_name="Sok Dara", sex="F",
                           birth_date=dt.date(1980, 1, 1), birth_date_estimated=False,
                           other_ids={}, created_at=ON, province_code="12",
                           district_code="1203", commune_code="120301",
                           village_code="12030101"))
        session.flush()
        session.add(Card(serial="0A0B0C0D", person_id="p-1", credential=b"x",
                         status="revoked", issued_at=ON))
        session.add(Card(serial="1A2B3C4D", person_id="p-1", credential=b"x",
                         status="issued", issued_at=ON))
    return "p-1"


def test_a_serial_in_small_letters_finds_the_holder(station: Station, holder: str) -> None:
    (row,) = find_people(station, " 1a2b3c4d ")
    assert (row.person_id, row.card, row.by_card) == (holder, "1A2B3C4D", "issued")


def test_a_revoked_card_finds_its_holder_and_says_so(station: Station, holder: str) -> None:
    (row,) = find_people(station, "0A0B0C0D")
    # the row is the person's as ever: the card they hold now
    assert (row.person_id, row.card, row.by_card) == (holder, "1A2B3C4D", "revoked")


def test_a_name_is_found_as_before(station: Station, holder: str) -> None:
    (row,) = find_people(station, "sok da")
    assert (row.person_id, row.card, row.by_card) == (holder, "1A2B3C4D", "")


def test_a_serial_of_no_card_finds_nobody(station: Station, holder: str) -> None:
    assert find_people(station, "DEADBEEF") == []


@pytest.fixture
def papers(station: Station, holder: str) -> None:
    """A receipt and a refund voucher of Sok Dara's membership, and her grievance's slip."""
    from station.registry.models import Programme, ProgrammeMembership
    from station.registry.models_services import ContributionPayment, Grievance

    with station.transaction() as session:
        if session.get(Programme, "HEALTH_VOLUNTARY") is None:
            session.add(Programme(code="HEALTH_VOLUNTARY", name="Voluntary health insurance"))
            session.flush()
        session.add(ProgrammeMembership(id="m-1", person_id=holder,
                                        programme_code="HEALTH_VOLUNTARY",
                                        start_date=ON.date()))
        for n, (amount, receipt_no) in enumerate(((1500, "st-1-20261101-00003"),
                                                  (-1500, "st-1-20261101-R01001"))):
            session.add(ContributionPayment(id=f"pay-{n}", membership_id="m-1",
                                            amount_minor=amount, currency="KHR",
                                            receipt_no=receipt_no, paid_at=ON,
                                            station_id="st-1"))
        session.add(Grievance(id="g-1", reference="st-1-20261101-G002", person_id=holder,
                              channel="counter", category="payment", description="late",
                              responsible_service="finance", status="received",
                              received_at=ON, deadline=ON.date()))


@pytest.mark.parametrize("typed", ["st-1-20261101-00003", " ST-1-20261101-r01001 ",
                                   "st-1-20261101-g002"])
def test_a_receipt_voucher_or_grievance_slip_finds_its_person(
        station: Station, holder: str, papers: None, typed: str) -> None:
    """The person comes back with a paper of ours rather than the card: the Payments and
    Grievances tabs found it, the Find step found nobody."""
    (row,) = find_people(station, typed)
    assert (row.person_id, row.by_card) == (holder, "")
    assert row.by_paper == ("grievance" if "g0" in typed.lower() else "receipt")


def test_a_paper_number_not_on_file_finds_nobody(station: Station, holder: str,
                                                  papers: None) -> None:
    assert find_people(station, "st-1-20261101-00004") == []
