"""Amounts past 2^31-1 minor units (money11): a year of a health premium in riel or rupiah
minor units passes it. The payment's amount column was a 32-bit integer: on PostgreSQL such
a payment, or the refund of payments that add up past it, failed with a database error
(SQLite stores 64 bits whatever the column says). Migration ``pay02`` makes it 64-bit and
keeps every row."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from station.errors import IntegrityFailure
from station.model.operators import OperatorInfo, create_operator, login
from station.model.station import Station
from station.services import memberships, payments
from station.services.errors import NotAnAmount
from tests.services.conftest import (
    NOW,
    PASSWORD,
    TODAY,
    Family,
    add_household,
    make_family,
)
from tests.services.test_eighth_day_ops import _begins_later
from tests.services.test_memberships import _voluntary_membership
from tests.services.test_review10a_refunds import both

__all__ = ["both"]  # the fixture: a registry on SQLite and on a real PostgreSQL server

BIG = 3_000_000_000  # past 2**31 - 1 = 2,147,483,647
START = TODAY + dt.timedelta(days=10)


def _clerk(station: Station) -> OperatorInfo:
    boss = login(station, "super", PASSWORD, now=NOW)
    return create_operator(station, username="clerk1", full_name="Chan Clerk", role="clerk",
                           password=PASSWORD, now=NOW, by=boss)


def _not_begun(station: Station, clerk: OperatorInfo) -> str:
    membership = _voluntary_membership(station, make_family(station), clerk)
    _begins_later(station, membership, START)
    return membership


def _rows(station: Station) -> list[tuple[str, int]]:
    with station.engine.connect() as conn:
        return [(r[0][-6:], int(r[1])) for r in conn.execute(sa.text(
            "SELECT receipt_no, amount_minor FROM contribution_payment ORDER BY receipt_no"))]


def test_a_payment_and_a_refund_of_three_billion_on_both_backends(both: Station) -> None:
    """3,000,000,000 paid, then 1,500 more: the receipt, the statement (paid, credit: the
    membership has not begun) and the history say it; the refund gives back the sum,
    3,000,001,500, on its refund receipt, and the net paid is zero."""
    clerk = _clerk(both)
    membership = _not_begun(both, clerk)
    receipt = payments.record_payment(both, membership, BIG, operator=clerk, now=NOW)
    assert receipt.amount_minor == BIG and receipt.statement.paid_minor == BIG
    payments.record_payment(both, membership, 1500, operator=clerk, now=NOW)
    s = payments.contribution_statement(both, membership, today=TODAY)
    assert (s.paid_minor, s.due_minor, s.credit_minor) == (BIG + 1500, 0, BIG + 1500)
    assert payments.refundable(both, membership, today=TODAY).amount_minor == BIG + 1500
    done = payments.refund_and_withdraw(both, membership, reason="moved", operator=clerk,
                                        now=NOW, confirmed_minor=BIG + 1500)
    assert done.amount_minor == BIG + 1500 and done.receipt_no.endswith("-R00001")
    assert [(p.amount_minor, p.refund) for p in payments.payment_history(both, membership)] \
        == [(BIG, False), (1500, False), (BIG + 1500, True)]
    assert _rows(both) == [("-00001", BIG), ("-00002", 1500), ("R00001", -(BIG + 1500))]
    with both.reading() as session:
        assert memberships.paid_towards(session, membership) == 0


def test_a_running_membership_paid_three_billion_ahead(both: Station) -> None:
    """Paid 3,000,000,000 towards a running membership: its statement is paid far ahead,
    nothing in arrears, the credit the rest."""
    clerk = _clerk(both)
    membership = _voluntary_membership(both, make_family(both), clerk)
    payments.record_payment(both, membership, BIG, operator=clerk, now=NOW)
    s = payments.contribution_statement(both, membership, today=TODAY)
    assert s.paid_minor == BIG and s.arrears_minor == 0 and s.status == "active"
    assert s.credit_minor == BIG - s.due_minor
    assert s.paid_until is not None and s.paid_until > TODAY


def test_an_amount_past_64_bits_is_refused_in_one_line(station: Station,
                                                       clerk: OperatorInfo) -> None:
    """2^63 minor units is no amount any column can hold: refused as bad input (typed),
    nothing recorded, rather than a database overflow."""
    from tests.services.conftest import make_family as family_of

    membership = _voluntary_membership(station, family_of(station), clerk)
    with pytest.raises(NotAnAmount):
        payments.record_payment(station, membership, 2**63, operator=clerk, now=NOW)
    assert payments.payment_history(station, membership) == []


def test_pay02_keeps_every_payment_on_both_backends(both: Station) -> None:
    """Down to pay01 (32-bit) and up again: every payment and refund as it was; after it
    the registry takes 3,000,000,000."""
    from alembic import command

    from station.registry.migrate import alembic_config, current_revision, head_revision

    clerk = _clerk(both)
    membership = _not_begun(both, clerk)
    payments.record_payment(both, membership, 1500, operator=clerk, now=NOW)
    payments.record_payment(both, membership, 2**31 - 1 - 1500, operator=clerk, now=NOW)
    payments.refund_and_withdraw(both, membership, reason="moved", operator=clerk, now=NOW)
    before = _rows(both)
    command.downgrade(alembic_config(both.engine), "pay01")
    assert current_revision(both.engine) == "pay01"
    assert _rows(both) == before
    command.upgrade(alembic_config(both.engine), "head")
    assert current_revision(both.engine) == head_revision()
    assert _rows(both) == before
    other = _voluntary_membership(both, make_family_again(both), clerk)
    payments.record_payment(both, other, BIG, operator=clerk, now=NOW)
    assert ("-00003", BIG) in _rows(both)


def make_family_again(station: Station) -> Family:
    """A second household (other ids) for a membership after the migration."""
    add_household(station, "hh-two", [("p2-mother", "F", dt.date(1990, 5, 1), "head")])
    return Family("hh-two", "p2-mother", "p2-mother", "p2-mother")


def test_pay02_down_stops_at_an_amount_past_32_bits(both: Station) -> None:
    """A payment of 3,000,000,000 cannot go back into a 32-bit column: the downgrade stops
    with one sentence saying why and how many, the registry stays at pay02 with every row."""
    from alembic import command

    from station.registry.migrate import alembic_config, current_revision, head_revision

    clerk = _clerk(both)
    membership = _not_begun(both, clerk)
    payments.record_payment(both, membership, BIG, operator=clerk, now=NOW)
    before = _rows(both)
    with pytest.raises(IntegrityFailure) as stopped:
        command.downgrade(alembic_config(both.engine), "pay01")
    said = str(stopped.value)
    assert "\n" not in said and "1 payment" in said and "pay02" in said, said
    # the revisions after pay02 went down first: SQLite kept those steps, PostgreSQL undid
    # the whole run (one transaction); pay02 stands either way
    assert current_revision(both.engine) in ("pay02", head_revision())
    assert _rows(both) == before
