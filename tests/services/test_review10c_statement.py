"""Review of an ended membership's statement: it is not paid beyond its end."""

from __future__ import annotations

import datetime as dt

from station.services.contributions import statement
from tests.services.test_contributions import SCHEME, START


def test_an_ended_membership_is_not_paid_until_months_after_its_end() -> None:
    """A year paid ahead (18,000), then she moved and it ended on 9 March: two periods
    charged, 15,000 credit to give back. The statement said 'paid until 9 January 2027',
    ten months after the end, while the desk offered the money of those months back."""
    ended = dt.date(2026, 3, 9)
    for as_of in (dt.date(2026, 3, 1), dt.date(2026, 6, 1)):  # before and after the end
        s = statement(SCHEME, start=START, end=ended, paid_minor=18000, as_of=as_of)
        assert s.paid_until is not None and s.paid_until <= ended, (as_of, s.paid_until)
    after = statement(SCHEME, start=START, end=ended, paid_minor=18000,
                      as_of=dt.date(2026, 6, 1))
    assert (after.credit_minor, after.paid_until) == (15000, ended)
    # one period of the two unpaid: paid until the first one's last day, as before
    part = statement(SCHEME, start=START, end=ended, paid_minor=1500, as_of=dt.date(2026, 6, 1))
    assert part.paid_until == dt.date(2026, 2, 9)
