"""The unused credit of an ended contributory membership is given back at the counter.

A member paid twelve months ahead and moved away in the second month (or died): no period
starts after the end, so the statement showed a credit that nothing could ever use, and the
counter could neither take it as a payment (MembershipEnded) nor give it back. A death
recorded by mistake before a paid membership began kept that membership, ended on its start
date, for its money; undone, once the start date passed, the money was stuck ("already
begun") and listed nowhere as owed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from station.config import load_settings
from station.errors import PermissionDenied
from station.model.deaths import record_death, undo_death
from station.model.operators import OperatorInfo, create_operator, login
from station.model.station import Station
from station.registry.models import ProgrammeMembership
from station.services import memberships, payments
from station.services.errors import (
    CreditNotEnded,
    MembershipWithdrawn,
    NoCredit,
    RefundAfterStart,
    RefundChanged,
    TextMissing,
    UnknownRecord,
)
from tests.services._db import audit_actions, outbox_items
from tests.services.conftest import (
    NOW,
    PASSWORD,
    STATION_ID,
    TODAY,
    Family,
    make_family,
    make_station,
)
from tests.services.test_memberships import _voluntary_membership
from tests.services.test_refund10_refunds import START, _paid_not_begun

DAY = dt.timedelta(days=1)
MONTH_2 = NOW + 40 * DAY  # in the membership's second month (one period is 1,500 a month)
AFTER = NOW + 41 * DAY  # the day after its last day


def _paid_a_year_then_moved(station: Station, family: Family, clerk: OperatorInfo) -> str:
    """The mother's voluntary insurance from today, twelve months (18,000) paid ahead; she
    moved away in its second month (its last day 40 days from now)."""
    membership = _voluntary_membership(station, family, clerk)
    payments.record_payment(station, membership, 12 * 1500, operator=clerk, now=NOW)
    memberships.end_membership(station, membership, reason="moved",
                               end_date=MONTH_2.date(), operator=clerk, now=MONTH_2)
    return membership


def test_the_credit_of_an_ended_membership_is_given_back(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """Two months were charged (3,000): the other 15,000 is a credit nothing uses. The
    clerk confirms 15,000; it goes back on a refund receipt, audited and queued to the
    centre as refund_and_withdraw's refund is; the statement then shows no credit and
    no arrears, the history the refund, and the membership stays on file, ended."""
    membership = _paid_a_year_then_moved(station, family, clerk)
    before = payments.contribution_statement(station, membership, today=AFTER.date())
    assert (before.credit_minor, before.arrears_minor) == (15000, 0)
    quote = payments.refundable_credit(station, membership, today=AFTER.date())
    assert (quote.amount_minor, quote.currency, quote.person_id, quote.deceased) == (
        15000, "XSP", family.mother, False)
    done = payments.refund_credit(station, membership, confirmed_minor=15000,
                                  reason="moved to another province", operator=clerk,
                                  now=AFTER)
    assert done.receipt_no == f"{STATION_ID}-{AFTER:%Y%m%d}-R00001"
    assert (done.amount_minor, done.withdrawn) == (15000, None)
    after = payments.contribution_statement(station, membership, today=AFTER.date())
    assert (after.credit_minor, after.arrears_minor, after.paid_minor) == (0, 0, 3000)
    assert [(p.amount_minor, p.refund) for p in payments.payment_history(
        station, membership)] == [(18000, False), (15000, True)]
    with station.reading() as session:
        row = session.get(ProgrammeMembership, membership)
        assert row is not None and row.end_date == MONTH_2.date()
    assert audit_actions(station, done.refund_id) == ["contribution.refund"]
    (item,) = outbox_items(station, done.refund_id)
    assert item["kind"] == "contribution"
    assert (item["payload"]["refund"], item["payload"]["amount_minor"],
            item["payload"]["reason"]) == (True, -15000, "moved to another province")
    with pytest.raises(NoCredit):  # given back once
        payments.refund_credit(station, membership, confirmed_minor=15000, reason="again",
                               operator=clerk, now=AFTER)


def test_refusals_are_typed_one_line_and_write_nothing(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """A running membership's credit pays its next periods; the last day itself is not
    over; nothing beyond what it owed; an unknown id; no reason; a role that may not; an
    amount that changed since the clerk confirmed it."""
    running = _voluntary_membership(station, family, clerk)
    payments.record_payment(station, running, 6000, operator=clerk, now=NOW)
    with pytest.raises(CreditNotEnded) as not_ended:
        payments.refund_credit(station, running, confirmed_minor=4500, reason="asked",
                               operator=clerk, now=NOW)
    assert not_ended.value.end_date > TODAY and "\n" not in str(not_ended.value)
    memberships.end_membership(station, running, reason="moved", end_date=TODAY,
                               operator=clerk, now=NOW)
    with pytest.raises(CreditNotEnded):  # today is its last day: not over yet
        payments.refundable_credit(station, running, today=TODAY)
    with pytest.raises(UnknownRecord):
        payments.refund_credit(station, "no-such", confirmed_minor=1, reason="x",
                               operator=clerk, now=AFTER)
    with pytest.raises(TextMissing):
        payments.refund_credit(station, running, confirmed_minor=4500, reason="  ",
                               operator=clerk, now=AFTER)
    auditor = create_operator(station, username="aud", full_name="Audi Tor", role="auditor",
                              password=PASSWORD, now=NOW,
                              by=login(station, "super", PASSWORD, now=NOW))
    with pytest.raises(PermissionDenied):
        payments.refund_credit(station, running, confirmed_minor=4500, reason="asked",
                               operator=auditor, now=AFTER)
    with pytest.raises(RefundChanged) as changed:
        payments.refund_credit(station, running, confirmed_minor=5000, reason="asked",
                               operator=clerk, now=AFTER)
    assert (changed.value.confirmed_minor, changed.value.paid_minor) == (5000, 4500)
    assert [p.refund for p in payments.payment_history(station, running)] == [False]
    payments.refund_credit(station, running, confirmed_minor=4500, reason="asked",
                           operator=clerk, now=AFTER)
    with pytest.raises(NoCredit) as none:  # what it owed is paid, nothing more
        payments.refund_credit(station, running, confirmed_minor=0, reason="asked",
                               operator=clerk, now=AFTER)
    assert "\n" not in str(none.value)


def test_a_deceased_holders_credit_goes_to_the_family(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """She paid a year ahead and died in the second month: the death ended the membership,
    the family comes to the counter, and the credit is theirs (said so), listed until paid."""
    membership = _voluntary_membership(station, family, clerk)
    payments.record_payment(station, membership, 12 * 1500, operator=clerk, now=NOW)
    record_death(station, family.mother, died_on=MONTH_2.date(), source="certificate 9",
                 by=supervisor, now=MONTH_2)
    (listed,) = payments.credits_owed(station, family.household_id, today=AFTER.date())
    assert (listed.membership_id, listed.amount_minor, listed.currency, listed.deceased) == (
        membership, 15000, "XSP", True)
    done = payments.refund_credit(station, membership, confirmed_minor=15000,
                                  reason="the son came with the certificate", operator=clerk,
                                  now=AFTER)
    assert done.refundable.deceased and done.amount_minor == 15000
    assert payments.credits_owed(station, family.household_id, today=AFTER.date()) == []


def test_a_death_undone_after_the_start_leaves_the_money_refundable(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """A death recorded by mistake before her insurance began kept it (ended on its start
    date) for the 4,500 paid; the supervisor undid the death; once the start date passed
    the money could not be refunded ("already begun") and was listed nowhere. It never ran:
    its whole payment is credit, listed for the household, and given back by the same step,
    which withdraws it (held on no day), as a refund before the start would have."""
    kept = _paid_not_begun(station, family, clerk)
    record_death(station, family.mother, died_on=TODAY, source="certificate 1/2026",
                 by=supervisor, now=NOW)
    undo_death(station, family.mother, reason="another Sok", by=supervisor, now=NOW)
    later = dt.datetime.combine(START + 5 * DAY, NOW.timetz())
    with pytest.raises(RefundAfterStart):  # the stuck case as it was
        payments.refund_and_withdraw(station, kept, reason="own_request", operator=clerk,
                                     now=later)
    (listed,) = payments.credits_owed(station, family.household_id, today=later.date())
    assert (listed.membership_id, listed.amount_minor, listed.deceased) == (kept, 4500, False)
    done = payments.refund_credit(station, kept, confirmed_minor=4500,
                                  reason="death recorded by mistake", operator=clerk,
                                  now=later)
    assert done.amount_minor == 4500 and done.withdrawn is not None
    with pytest.raises(MembershipWithdrawn):
        payments.contribution_statement(station, kept, today=later.date())
    assert payments.credits_owed(station, family.household_id, today=later.date()) == []
    assert [p.refund for p in payments.payment_history(station, kept)] == [
        False, False, True]
    last = outbox_items(station, kept)[-1]["payload"]
    assert (last["action"], last["withdrawn"]) == ("programme.withdraw", True)


def test_a_death_undone_before_the_start_is_refundable_as_credit_too(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """Undone while the start is still ahead, the kept membership is over all the same (it
    ends on its start date): its money is listed and given back whole at once."""
    kept = _paid_not_begun(station, family, clerk)
    record_death(station, family.mother, died_on=TODAY, source="certificate 1/2026",
                 by=supervisor, now=NOW)
    undo_death(station, family.mother, reason="another Sok", by=supervisor, now=NOW)
    (listed,) = payments.credits_owed(station, family.household_id, today=TODAY)
    assert listed.amount_minor == 4500
    done = payments.refund_credit(station, kept, confirmed_minor=4500, reason="mistake",
                                  operator=clerk, now=NOW)
    assert done.amount_minor == 4500


@pytest.fixture
def pg_station(tmp_path: Path, new_database_url: Callable[[], str]) -> Iterator[Station]:
    st = make_station(load_settings({"SWS_HOME": str(tmp_path), "SWS_STATION_ID": STATION_ID,
                                     "SWS_DATABASE_URL": new_database_url()}))
    yield st
    st.close()


@pytest.mark.postgres
def test_the_credit_refund_on_postgresql(pg_station: Station) -> None:
    """On PostgreSQL (row lock, refund numbering): the credit goes back once."""
    family = make_family(pg_station)
    boss = login(pg_station, "super", PASSWORD, now=NOW)
    clerk = create_operator(pg_station, username="clerk1", full_name="Chan Clerk",
                            role="clerk", password=PASSWORD, now=NOW, by=boss)
    membership = _paid_a_year_then_moved(pg_station, family, clerk)
    done = payments.refund_credit(pg_station, membership, confirmed_minor=15000,
                                  reason="moved", operator=clerk, now=AFTER)
    assert done.receipt_no.endswith("-R00001")
    s = payments.contribution_statement(pg_station, membership, today=AFTER.date())
    assert s.credit_minor == 0


def test_a_kept_membership_says_its_whole_payment_is_credit_and_takes_no_more(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """Its statement charged it one period (ended on its start date) and showed a credit of
    3,000 while the list and the refund said 4,500; and while its start was ahead a payment
    was still taken towards a membership that can never run. The statement now charges it
    nothing (credit 4,500, nothing paid until any day) and a payment is refused."""
    from station.services.errors import MembershipEnded

    kept = _paid_not_begun(station, family, clerk)
    record_death(station, family.mother, died_on=TODAY, source="certificate 1/2026",
                 by=supervisor, now=NOW)
    undo_death(station, family.mother, reason="another Sok", by=supervisor, now=NOW)
    for day in (TODAY, START + 5 * DAY):
        s = payments.contribution_statement(station, kept, today=day)
        assert (s.credit_minor, s.due_minor, s.arrears_minor, s.periods_due,
                s.paid_until) == (4500, 0, 0, 0, None), s
    with pytest.raises(MembershipEnded):
        payments.record_payment(station, kept, 1500, operator=clerk, now=NOW)
