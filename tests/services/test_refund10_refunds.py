"""A contributory membership that never began, with contributions paid towards it: the
counter refunds everything paid, on a refund receipt of its own, and withdraws it in the same
step. Before, it could be neither ended (not begun) nor withdrawn (contributions paid): the
person could not get their money back and the office and the centre kept counting it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from station.errors import PermissionDenied
from station.model.deaths import record_death
from station.model.operators import OperatorInfo, create_operator
from station.model.station import Station
from station.registry.models import ProgrammeMembership
from station.services import memberships, payments
from station.services.errors import (
    ContributionsPaid,
    MembershipWithdrawn,
    NoContributions,
    NothingToRefund,
    NotInList,
    RefundAfterStart,
    UnknownRecord,
)
from tests.services._db import audit_actions, outbox_items
from tests.services.conftest import NOW, PASSWORD, TODAY, Family
from tests.services.test_eighth_day_ops import _begins_later
from tests.services.test_memberships import _voluntary_membership
from tests.services.test_sixth_day_ops import central_app

DAY = dt.timedelta(days=1)
START = TODAY + 10 * DAY

__all__ = ["central_app"]  # the fixture, shared with the sixth day's tests


def _paid_not_begun(station: Station, family: Family, clerk: OperatorInfo) -> str:
    """The mother's voluntary health insurance, to begin in ten days, with 1,500 and 3,000
    paid towards it today."""
    membership = _voluntary_membership(station, family, clerk)
    _begins_later(station, membership, START)
    payments.record_payment(station, membership, 1500, operator=clerk, now=NOW)
    payments.record_payment(station, membership, 3000, operator=clerk, now=NOW)
    return membership


def _written(station: Station) -> tuple[int, int]:
    return len(outbox_items(station)), len(audit_actions(station))


def test_paid_not_begun_is_refunded_and_withdrawn_in_one_step(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """The withdrawal is refused with what to do; the refund gives back 4,500 on a refund
    receipt (numbered apart from payments), audited and queued to the centre as a payment
    is, and withdraws the membership in the same transaction: the net paid is zero, nothing
    stays counting."""
    membership = _paid_not_begun(station, family, clerk)
    with pytest.raises(ContributionsPaid) as refused:
        memberships.withdraw_membership(station, membership, reason="moved", operator=clerk,
                                        now=NOW)
    said = str(refused.value)
    assert refused.value.paid_minor == 4500
    assert "--refund" in said and "refund" in said and "\n" not in said
    quote = payments.refundable(station, membership, today=TODAY)
    assert (quote.person_id, quote.local_name, quote.programme_code, quote.amount_minor,
            quote.currency, quote.deceased) == (family.mother, family.mother,
                                                "HEALTH_VOLUNTARY", 4500, "XSP", False)
    before = len(outbox_items(station))
    done = payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                        now=NOW)
    assert done.receipt_no == "station-demo-1-20261122-R00001"
    assert (done.amount_minor, done.currency) == (4500, "XSP")
    assert (done.withdrawn.membership_id, done.withdrawn.start_date,
            done.withdrawn.reason) == (membership, START, "moved")
    with station.reading() as session:
        assert session.get(ProgrammeMembership, membership) is None
        assert memberships.paid_towards(session, membership) == 0
    assert membership not in {h.membership_id for h in memberships.held(
        station, family.household_id, today=TODAY)}
    # the money trail stays: two payments and the refund, the refund said as one
    history = payments.payment_history(station, membership)
    assert [(h.receipt_no[-6:], h.amount_minor, h.refund) for h in history] == [
        ("-00001", 1500, False), ("-00002", 3000, False), ("R00001", 4500, True)]
    assert audit_actions(station)[-2:] == ["contribution.refund", "programme.withdraw"]
    refund, withdrawal = outbox_items(station)[before:]
    assert refund["kind"] == "contribution" and refund["record_id"] == done.refund_id
    assert {k: refund["payload"][k] for k in (
        "record_type", "action", "refund", "amount_minor", "refunded_minor", "receipt_no",
        "membership_id", "person_id", "programme", "reason")} == {
        "record_type": "contribution_payment", "action": "contribution.refund",
        "refund": True, "amount_minor": -4500, "refunded_minor": 4500,
        "receipt_no": done.receipt_no, "membership_id": membership,
        "person_id": family.mother, "programme": "HEALTH_VOLUNTARY", "reason": "moved"}
    assert (withdrawal["kind"], withdrawal["payload"]["withdrawn"],
            withdrawal["payload"]["end_date"]) == (
        "programme_registration", True, (START - DAY).isoformat())
    # the statement and a payment name the refund, not an unknown id
    with pytest.raises(MembershipWithdrawn) as gone:
        payments.contribution_statement(station, membership, today=TODAY)
    assert gone.value.receipt_no == done.receipt_no
    with pytest.raises(MembershipWithdrawn):
        payments.record_payment(station, membership, 100, operator=clerk, now=NOW)
    with pytest.raises(MembershipWithdrawn):
        payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                     now=NOW)


def test_payment_receipts_are_numbered_apart_from_refunds(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """A refund takes no payment number: the day's next payment receipt follows the last
    payment's, and a second refund gets R00002."""
    first = _paid_not_begun(station, family, clerk)
    payments.refund_and_withdraw(station, first, reason="own_request", operator=clerk,
                                 now=NOW)
    again = memberships.confirm(station, memberships.propose(
        station, family.household_id, today=TODAY), accepted={
        (family.mother, "HEALTH_VOLUNTARY")}, operator=clerk, now=NOW).memberships[
        (family.mother, "HEALTH_VOLUNTARY")]
    paid = payments.record_payment(station, again, 1500, operator=clerk, now=NOW)
    assert paid.receipt_no == "station-demo-1-20261122-00003"
    _begins_later(station, again, START)
    second = payments.refund_and_withdraw(station, again, reason="moved", operator=clerk,
                                          now=NOW)
    assert second.receipt_no == "station-demo-1-20261122-R00002"


def test_refusals_are_typed_and_write_nothing(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """Begun cover, nothing paid, an unknown id, a programme without contributions, a
    reason not in the list, an auditor: each refused in one line, nothing written."""
    membership = _voluntary_membership(station, family, clerk)
    payments.record_payment(station, membership, 1500, operator=clerk, now=NOW)
    auditor = create_operator(station, username="audit1", full_name="Auditor", role="auditor",
                              password=PASSWORD, now=NOW, by=supervisor)
    before = _written(station)
    with pytest.raises(RefundAfterStart) as begun:
        payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                     now=NOW)
    assert begun.value.start_date == TODAY and "\n" not in str(begun.value)
    with pytest.raises(RefundAfterStart):
        payments.refundable(station, membership, today=TODAY)
    pension = next(h.membership_id for h in memberships.held(
        station, family.household_id, today=TODAY) if h.programme_code == "OLD_AGE_PENSION")
    _begins_later(station, pension, START)
    with pytest.raises(NoContributions):
        payments.refund_and_withdraw(station, pension, reason="moved", operator=clerk,
                                     now=NOW)
    with pytest.raises(UnknownRecord):
        payments.refund_and_withdraw(station, "no-such", reason="moved", operator=clerk,
                                     now=NOW)
    with pytest.raises(NotInList):
        payments.refund_and_withdraw(station, membership, reason="bored", operator=clerk,
                                     now=NOW)
    _begins_later(station, membership, START)
    with pytest.raises(NotInList):  # the death's reason, for a holder alive
        payments.refund_and_withdraw(station, membership, reason=payments.DECEASED,
                                     operator=clerk, now=NOW)
    with pytest.raises(PermissionDenied):
        payments.refund_and_withdraw(station, membership, reason="moved", operator=auditor,
                                     now=NOW)
    assert _written(station) == before
    with station.reading() as session:
        assert session.get(ProgrammeMembership, membership) is not None


def test_nothing_paid_is_withdrawn_plainly(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """Nothing paid: the refund is refused (withdraw it plainly), and the withdrawal works."""
    membership = _voluntary_membership(station, family, clerk)
    _begins_later(station, membership, START)
    with pytest.raises(NothingToRefund):
        payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                     now=NOW)
    memberships.withdraw_membership(station, membership, reason="moved", operator=clerk,
                                    now=NOW)


def test_a_death_before_the_start_is_refunded_to_the_family_then_withdrawn(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """The mother died before her insurance began, 4,500 paid: the death keeps the row (the
    money is held for it) and the desk lists it as owed to the family; refunded with the
    death's reason, even after the day it was to begin, it is withdrawn (held on no day),
    and nothing is owed any more."""
    membership = _paid_not_begun(station, family, clerk)
    record_death(station, family.mother, died_on=TODAY, source="certificate 1/2026",
                 by=supervisor, now=NOW)
    with station.reading() as session:
        row = session.get(ProgrammeMembership, membership)
        assert row is not None and row.end_date == START
    (owed,) = memberships.refunds_owed(station, family.household_id)
    assert (owed.membership_id, owed.person_id, owed.paid_minor) == (
        membership, family.mother, 4500)
    later = NOW + 15 * DAY  # the family comes after the day it was to begin
    with pytest.raises(NotInList):  # the clerk's reasons are the living's
        payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                     now=later)
    done = payments.refund_and_withdraw(station, membership, reason=payments.DECEASED,
                                        operator=clerk, now=later)
    assert done.amount_minor == 4500 and done.refundable.deceased
    with station.reading() as session:
        assert session.get(ProgrammeMembership, membership) is None
    assert memberships.refunds_owed(station, family.household_id) == []
    last = outbox_items(station, membership)[-1]["payload"]
    assert (last["action"], last["withdrawn"], last["reason"], last["end_date"]) == (
        "programme.withdraw", True, payments.DECEASED, (START - DAY).isoformat())


def test_the_centre_takes_the_refund(
        station: Station, family: Family, clerk: OperatorInfo, central_app: Any,
        tmp_path: Path) -> None:
    """The refund's item as the centre ingests it (a ``contribution`` with a negative
    amount): acknowledged, not rejected."""
    from tests.sync._support import make_station
    from tests.sync.test_person_death import _queue, _states, _sync

    membership = _paid_not_begun(station, family, clerk)
    done = payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                        now=NOW)
    (item,) = [i for i in outbox_items(station) if i["record_id"] == done.refund_id]
    upward = make_station(tmp_path / "st.sqlite3", "st-refund")
    sent = _queue(upward, "contribution", done.refund_id, item["payload"])
    _sync(central_app, upward)
    assert _states(upward)[sent][0] in ("acked", "received")


def test_pay01_keeps_the_payments(station: Station, family: Family,
                                  clerk: OperatorInfo) -> None:
    """The migration that lets refunds in copies every payment as it was (SQLite rebuilds
    the table)."""
    from alembic import command

    from station.registry.migrate import alembic_config

    membership = _paid_not_begun(station, family, clerk)
    command.downgrade(alembic_config(station.engine), "mem01")
    command.upgrade(alembic_config(station.engine), "head")
    with station.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT receipt_no, amount_minor FROM "
                                    "contribution_payment ORDER BY receipt_no")).all()
    assert [(r[0][-5:], r[1]) for r in rows] == [("00001", 1500), ("00002", 3000)]
    payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                 now=NOW)


def test_refund_and_withdraw_on_both_backends(any_station: Station) -> None:
    """On PostgreSQL too (pay01 drops the payments' foreign key there by name): the refund
    row goes in with its negative amount and the membership row goes, its payments stay."""
    from station.model.operators import login
    from tests.services.conftest import make_family

    family = make_family(any_station)
    boss = login(any_station, "super", PASSWORD, now=NOW)
    clerk = create_operator(any_station, username="clerk1", full_name="Chan Clerk",
                            role="clerk", password=PASSWORD, now=NOW, by=boss)
    membership = _paid_not_begun(any_station, family, clerk)
    done = payments.refund_and_withdraw(any_station, membership, reason="moved",
                                        operator=clerk, now=NOW)
    assert done.receipt_no.endswith("-R00001") and done.amount_minor == 4500
    with any_station.reading() as session:
        assert session.get(ProgrammeMembership, membership) is None
    assert [h.refund for h in payments.payment_history(any_station, membership)] == [
        False, False, True]
