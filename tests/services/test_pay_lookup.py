"""A contribution's membership found from what the member brings: a card, a receipt, a name.

Nobody at the counter has a membership's id; a member brings their card or an old receipt.
:func:`station.services.membership_lookup.find_memberships` takes either (or the id, as
before) and finds the membership, or the card holder's contributory memberships."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import Card, ProgrammeMembership
from station.services import payments
from station.services.errors import (
    NoContributoryMembership,
    SeveralMemberships,
    UnknownRecord,
)
from station.services.membership_lookup import Found, find_memberships, one_membership
from tests.services.conftest import NOW, TODAY, Family
from tests.services.test_memberships import _voluntary_membership
from tests.services.test_refund10_refunds import _paid_not_begun

DAY = dt.timedelta(days=1)
VOLUNTARY = "HEALTH_VOLUNTARY"


def _card(station: Station, serial: str, person_id: str, status: str = "issued") -> None:
    with station.transaction() as session:
        session.add(Card(serial=serial, person_id=person_id, credential=b"x", status=status,
                         issued_at=NOW.replace(tzinfo=None)))


def _ended_with_arrears(station: Station, person_id: str) -> str:
    """An earlier voluntary insurance of ``person_id``, ended 60 days ago, nothing paid."""
    membership = str(uuid.uuid4())
    with station.transaction() as session:
        session.add(ProgrammeMembership(id=membership, person_id=person_id,
                                        programme_code=VOLUNTARY, start_date=TODAY - 150 * DAY,
                                        end_date=TODAY - 60 * DAY))
    return membership


def _ids(found: Found) -> list[str]:
    return [m.membership_id for m in found.memberships]


def test_an_id_or_a_receipt_number_finds_its_membership(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    membership = _voluntary_membership(station, family, clerk)
    receipt = payments.record_payment(station, membership, 1500, operator=clerk, now=NOW)
    by_id = find_memberships(station, f" {membership.upper()} ", today=TODAY)
    assert (by_id.by, _ids(by_id)) == ("membership", [membership])
    held = by_id.memberships[0]
    assert (held.holder, held.programme_code) == (family.mother, VOLUNTARY)
    for typed in (receipt.receipt_no, receipt.receipt_no.upper()):  # as read off the paper
        by_receipt = find_memberships(station, typed, today=TODAY)
        assert (by_receipt.by, _ids(by_receipt)) == ("receipt", [membership])
    assert one_membership(by_receipt, receipt.receipt_no) == membership


def test_a_refund_receipt_finds_the_membership_it_withdrew(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    membership = _paid_not_begun(station, family, clerk)
    refund = payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                          now=NOW)
    assert refund.receipt_no.rpartition("-")[2].startswith("R")
    found = find_memberships(station, refund.receipt_no, today=TODAY)
    assert (found.by, _ids(found)) == ("receipt", [membership])
    # its id too finds it, as before: its history still reads
    assert _ids(find_memberships(station, membership, today=TODAY)) == [membership]


def test_a_revoked_card_still_finds_its_holders_membership(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    membership = _voluntary_membership(station, family, clerk)
    _card(station, "0A0B0C0D", family.mother, status="revoked")
    found = find_memberships(station, "0a0b0c0d", today=TODAY)  # typed in small letters
    assert (found.by, found.serial, found.card_status, _ids(found)) == (
        "card", "0A0B0C0D", "revoked", [membership])


def test_a_card_whose_holder_has_two_lists_both_and_the_cli_form_names_them(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    running = _voluntary_membership(station, family, clerk)
    ended = _ended_with_arrears(station, family.mother)  # still owes: listed
    _card(station, "CARD-MOTHER", family.mother)
    found = find_memberships(station, "CARD-MOTHER", today=TODAY)
    assert _ids(found) == [ended, running]  # oldest first
    assert found.memberships[0].end_date == TODAY - 60 * DAY
    with pytest.raises(SeveralMemberships) as several:
        one_membership(found, "CARD-MOTHER")
    said = str(several.value)
    assert "\n" not in said
    assert f"{VOLUNTARY} ({family.mother}): {ended}" in said
    assert f"{VOLUNTARY} ({family.mother}): {running}" in said


def test_a_card_whose_holder_has_none_says_so(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    _voluntary_membership(station, family, clerk)  # the grandfather: a pension, nothing paid
    _card(station, "CARD-GRANDFATHER", family.grandfather)
    with pytest.raises(NoContributoryMembership,
                       match=f"^{family.grandfather} holds no contributory membership$"):
        find_memberships(station, "CARD-GRANDFATHER", today=TODAY)


def test_nothing_on_file_is_named_as_what_it_looks_like(station: Station,
                                                        family: Family) -> None:
    for typed, said in [
            (str(uuid.UUID(int=7)), "no membership with id"),
            ("station-demo-1-20261122-00009", "no receipt with number"),
            ("station-demo-1-20261122-R00001", "no receipt with number"),
            ("CARD-404", "^no membership with id, receipt number or card serial 'CARD-404'$")]:
        with pytest.raises(UnknownRecord, match=said):
            find_memberships(station, typed, today=TODAY)
