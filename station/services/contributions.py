"""Contribution arithmetic: periods due, amounts paid, arrears and the membership status.

A contributory scheme (e.g. voluntary health insurance for informal-economy workers, as in
openIMIS) charges ``amount_minor`` per period of ``period_months`` from the membership's start.
Each period is due on its first day and *overdue* once ``grace_days`` have passed. Payments
cover periods oldest first (a part-payment covers no whole period). The status follows:

- ``active``: no overdue period;
- ``in_arrears``: 1 .. ``suspend_after_periods - 1`` overdue periods;
- ``suspended``: ``suspend_after_periods`` or more overdue periods (benefits stop until paid).

Amounts are whole minor currency units (no floating point in money). Pure functions: the
database layer (:mod:`station.services.payments`) sums the payments and calls :func:`statement`.

References
----------
openIMIS policy and contribution model (policy periods, grace period, suspension).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station.services.catalogue import ContributionScheme, add_months

ACTIVE, IN_ARREARS, SUSPENDED = "active", "in_arrears", "suspended"
#: A statement's :attr:`Statement.standing` when the membership is over, or never ran.
ENDED, NEVER_RAN = "ended", "never_ran"


@dataclass(frozen=True)
class Period:
    """One contribution period and how far it is paid."""

    index: int
    start: dt.date
    end: dt.date
    due_minor: int
    paid_minor: int
    overdue: bool

    @property
    def settled(self) -> bool:
        return self.paid_minor >= self.due_minor


@dataclass(frozen=True)
class Statement:
    """What the counter shows: totals, arrears, periods overdue and the resulting status."""

    as_of: dt.date
    due_minor: int
    paid_minor: int
    arrears_minor: int
    credit_minor: int
    periods_due: int
    periods_overdue: int
    paid_until: dt.date | None
    status: str
    periods: tuple[Period, ...]
    #: The membership's end when it is over on ``as_of`` (None while it runs): the status
    #: is then its payments' standing, not a running membership's.
    ended_on: dt.date | None = None
    #: The scheme's currency (ISO 4217 or the programme's own code): every amount above is
    #: in its minor units, and a line that says one says it.
    currency: str = ""
    #: It held on no day: a death kept it (ended on its start date) for the money paid
    #: towards it, all of which is credit, to be refunded.
    never_ran: bool = False
    #: The holder is recorded dead (set by :func:`station.services.payments.
    #: contribution_statement`): what an ended membership gives back goes to the family.
    holder_died: bool = False
    #: Whose membership and of which programme (set with ``holder_died``): the counter
    #: says them before any amount, so money is not taken on the wrong membership.
    holder: str = ""
    programme_code: str = ""

    @property
    def standing(self) -> str:
        """What the statement's first words say: :data:`NEVER_RAN`, :data:`ENDED` (over on
        ``as_of``: ``status`` is then only how it was paid, never that it runs), or the
        running membership's ``status``."""
        if self.never_ran:
            return NEVER_RAN
        return ENDED if self.ended_on is not None else self.status


def period_start(scheme: ContributionScheme, start: dt.date, index: int) -> dt.date:
    return add_months(start, index * scheme.period_months)


def statement(scheme: ContributionScheme, *, start: dt.date, end: dt.date | None,
              paid_minor: int, as_of: dt.date, never_ran: bool = False) -> Statement:
    """The contribution statement of a membership on ``as_of``.

    Parameters
    ----------
    scheme : the programme's contribution scheme.
    start, end : the membership's dates (``end`` None: open-ended); no period starts after it.
    paid_minor : the sum of every payment recorded for the membership.
    as_of : the day the statement is for (the counter passes today).
    never_ran : it held on no day (a death kept it, ended on its start date, for the money
        paid towards it): no period is charged, everything paid is credit, it is paid until
        no day, and it is over whatever ``as_of``.

    ``paid_until`` is never after ``end``: money paid beyond it is credit.
    """
    if paid_minor < 0:
        raise ValueError("paid_minor cannot be negative")
    last_day = (start - dt.timedelta(days=1) if never_ran
                else as_of if end is None else min(as_of, end))
    periods: list[Period] = []
    left = paid_minor
    index = 0
    while (begin := period_start(scheme, start, index)) <= last_day:
        finish = period_start(scheme, start, index + 1) - dt.timedelta(days=1)
        paid = min(left, scheme.amount_minor)
        left -= paid
        overdue = paid < scheme.amount_minor and as_of > begin + dt.timedelta(scheme.grace_days)
        periods.append(Period(index, begin, finish, scheme.amount_minor, paid, overdue))
        index += 1
    due = len(periods) * scheme.amount_minor
    overdue_count = sum(p.overdue for p in periods)
    whole = paid_minor // scheme.amount_minor
    paid_until = _paid_until(scheme, start, whole) if whole and not never_ran else None
    if paid_until is not None and end is not None:
        # no period is charged after the end: what is paid beyond it is credit, given back
        paid_until = min(paid_until, end)
    return Statement(
        as_of=as_of, due_minor=due, paid_minor=paid_minor,
        arrears_minor=max(0, due - paid_minor), credit_minor=max(0, paid_minor - due),
        periods_due=len(periods), periods_overdue=overdue_count, paid_until=paid_until,
        status=status_for(scheme, overdue_count), periods=tuple(periods),
        ended_on=end if end is not None and (end < as_of or never_ran) else None,
        currency=scheme.currency, never_ran=never_ran)


def _paid_until(scheme: ContributionScheme, start: dt.date, whole: int) -> dt.date:
    """The last day of the ``whole`` periods paid from ``start``; the calendar's last day
    when they reach past it (billions of minor units paid ahead in a currency with small
    units): no date after it can be written."""
    months = whole * scheme.period_months
    if start.year + (start.month - 1 + months) // 12 > dt.MAXYEAR - 1:
        return dt.date.max
    return period_start(scheme, start, whole) - dt.timedelta(days=1)


def status_for(scheme: ContributionScheme, periods_overdue: int) -> str:
    """The membership status that follows from ``periods_overdue``."""
    if periods_overdue == 0:
        return ACTIVE
    if periods_overdue >= scheme.suspend_after_periods:
        return SUSPENDED
    return IN_ARREARS


def receipt_number(station_id: str, day: dt.date, sequence: int, *,
                   refund: bool = False) -> str:
    """A receipt number unique per station: ``STATION-YYYYMMDD-NNNNN`` (sequence from 1, at
    least five digits; a day a restore covers goes on past 1000, ``01001``:
    :mod:`station.services.numbering`); a refund's is ``STATION-YYYYMMDD-RNNNNN``, numbered
    apart (:data:`REFUND_MARK`), so a refund receipt is never read as money received."""
    if sequence < 1:
        raise ValueError("receipt sequence starts at 1")
    return f"{station_id}-{day:%Y%m%d}-{REFUND_MARK if refund else ''}{sequence:05d}"


#: What stands before a refund receipt's sequence number (a payment's has digits only).
REFUND_MARK = "R"


def is_refund_number(receipt_no: str) -> bool:
    """Whether ``receipt_no`` is a refund's (:func:`receipt_number` with ``refund``)."""
    return receipt_no.rpartition("-")[2].startswith(REFUND_MARK)
