"""A membership's payments together stay within what one amount can be (2^63 - 1 minor
units, migration pay02): each payment was checked alone, so two of the largest were taken,
and then the membership's statement could not be added up (SQLite: integer overflow;
PostgreSQL: a refund of the sum past bigint), on both backends."""

from __future__ import annotations

import pytest

from station.model.station import Station
from station.services import payments
from station.services.errors import NotAnAmount
from tests.services.conftest import NOW, TODAY, make_family
from tests.services.test_memberships import _voluntary_membership
from tests.services.test_money11_amounts import _clerk, both  # noqa: F401 (fixture)


def test_a_payment_that_takes_the_total_past_64_bits_is_refused_and_nothing_is_lost(
        both: Station) -> None:  # noqa: F811
    clerk = _clerk(both)
    membership = _voluntary_membership(both, make_family(both), clerk)
    payments.record_payment(both, membership, payments.MAX_AMOUNT - 10, operator=clerk,
                            now=NOW)
    with pytest.raises(NotAnAmount):
        payments.record_payment(both, membership, 11, operator=clerk, now=NOW)
    payments.record_payment(both, membership, 10, operator=clerk, now=NOW)  # up to it: taken
    s = payments.contribution_statement(both, membership, today=TODAY)
    assert s.paid_minor == payments.MAX_AMOUNT
    assert [p.amount_minor for p in payments.payment_history(both, membership)] == [
        payments.MAX_AMOUNT - 10, 10]
