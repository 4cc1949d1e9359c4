"""Arrears arithmetic: periods due, part payments, grace days, suspension, receipts."""

from __future__ import annotations

import datetime as dt

import pytest

from station.services.catalogue import ContributionScheme
from station.services.contributions import receipt_number, statement

# 1,500 a month, 15 days' grace, suspended after 3 overdue months (the bundled scheme)
SCHEME = ContributionScheme(amount_minor=1500, period_months=1, grace_days=15,
                            suspend_after_periods=3, currency="XSP")
START = dt.date(2026, 1, 10)


@pytest.mark.parametrize(("paid", "as_of", "due", "arrears", "credit", "overdue", "status"), [
    (0, dt.date(2026, 1, 10), 1500, 1500, 0, 0, "active"),        # first day: due, in grace
    (0, dt.date(2026, 1, 25), 1500, 1500, 0, 0, "active"),        # last day of grace
    (0, dt.date(2026, 1, 26), 1500, 1500, 0, 1, "in_arrears"),    # grace over
    (1500, dt.date(2026, 2, 26), 3000, 1500, 0, 1, "in_arrears"),  # February unpaid
    (1500, dt.date(2026, 2, 20), 3000, 1500, 0, 0, "active"),     # February still in grace
    (2000, dt.date(2026, 2, 26), 3000, 1000, 0, 1, "in_arrears"),  # a part payment covers no period
    (3000, dt.date(2026, 4, 26), 6000, 3000, 0, 2, "in_arrears"),
    (3000, dt.date(2026, 5, 26), 7500, 4500, 0, 3, "suspended"),
    (7500, dt.date(2026, 5, 26), 7500, 0, 0, 0, "active"),        # paying up reactivates
    (9000, dt.date(2026, 5, 26), 7500, 0, 1500, 0, "active"),     # paid ahead: credit
    (0, dt.date(2025, 12, 31), 0, 0, 0, 0, "active"),             # before the start
])
def test_statement(paid: int, as_of: dt.date, due: int, arrears: int, credit: int,
                   overdue: int, status: str) -> None:
    s = statement(SCHEME, start=START, end=None, paid_minor=paid, as_of=as_of)
    assert (s.due_minor, s.arrears_minor, s.credit_minor, s.periods_overdue, s.status) == (
        due, arrears, credit, overdue, status)


def test_paid_until_and_periods() -> None:
    s = statement(SCHEME, start=START, end=None, paid_minor=4500, as_of=dt.date(2026, 6, 1))
    assert s.paid_until == dt.date(2026, 4, 9)  # three whole months from 10 January
    assert [p.settled for p in s.periods] == [True, True, True, False, False]
    assert s.periods[3].start == dt.date(2026, 4, 10)
    assert s.periods[3].end == dt.date(2026, 5, 9)


def test_no_period_starts_after_the_membership_ends() -> None:
    s = statement(SCHEME, start=START, end=dt.date(2026, 3, 9), paid_minor=0,
                  as_of=dt.date(2026, 12, 1))
    assert s.periods_due == 2
    assert s.status == "in_arrears"


def test_quarterly_scheme_counts_quarters() -> None:
    quarterly = ContributionScheme(4000, 3, 30, 2, "XSP")
    s = statement(quarterly, start=dt.date(2026, 1, 1), end=None, paid_minor=4000,
                  as_of=dt.date(2026, 7, 20))
    assert (s.periods_due, s.arrears_minor, s.periods_overdue, s.status) == (
        3, 8000, 1, "in_arrears")  # Apr overdue; Jul still in its 30-day grace


def test_negative_paid_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="cannot be negative"):
        statement(SCHEME, start=START, end=None, paid_minor=-1, as_of=START)


def test_receipt_numbers() -> None:
    assert receipt_number("st-7", dt.date(2026, 11, 22), 12) == "st-7-20261122-00012"
    with pytest.raises(ValueError):
        receipt_number("st-7", dt.date(2026, 11, 22), 0)
