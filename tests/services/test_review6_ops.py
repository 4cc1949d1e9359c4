"""Mends after the sixth day's review: a payment at dawn in Phnom Penh is taken on the
office's date, as every other service's "today" since SWS_TIME_ZONE."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from station.config import load_settings
from station.model.operators import create_operator, login
from station.services import memberships, payments
from station.services.errors import MembershipEnded
from tests.services.conftest import PASSWORD, STATION_ID, make_family, make_station
from tests.services.test_memberships import _voluntary_membership

#: 06:30 on 24 November in Phnom Penh (UTC+7): still 23 November in UTC.
DAWN = dt.datetime(2026, 11, 23, 23, 30, tzinfo=dt.UTC)


def test_a_payment_at_dawn_is_dated_and_judged_on_the_offices_day(tmp_path: Path) -> None:
    """At 06:30 in Phnom Penh the payments took UTC's date: the receipt was numbered (and
    the statement drawn up) on yesterday's date, and a membership that ended yesterday still
    took a payment beyond what it owed, as if it ran today. They now take the office's date."""
    station = make_station(load_settings({"SWS_HOME": str(tmp_path),
                                          "SWS_STATION_ID": STATION_ID,
                                          "SWS_TIME_ZONE": "Asia/Phnom_Penh"}))
    try:
        boss = login(station, "super", PASSWORD, now=DAWN)
        clerk = create_operator(station, username="clerk1", full_name="Chan Clerk",
                                role="clerk", password=PASSWORD, now=DAWN, by=boss)
        family = make_family(station)
        membership = _voluntary_membership(station, family, clerk)
        paid = payments.record_payment(station, membership, 1500, operator=clerk, now=DAWN)
        assert paid.receipt_no == f"{STATION_ID}-20261124-00001"  # the office's day
        memberships.end_membership(station, membership, reason="moved",
                                   end_date=dt.date(2026, 11, 23), operator=clerk, now=DAWN)
        with pytest.raises(MembershipEnded):  # ended yesterday: nothing more is owed
            payments.record_payment(station, membership, 1500, operator=clerk, now=DAWN)
    finally:
        station.close()


def test_a_resolution_the_morning_after_its_deadline_is_late_in_the_report(
        tmp_path: Path) -> None:
    """Deadlines are the office's dates since SWS_TIME_ZONE, but the grievances report
    still compared them with the UTC date of the resolution: one resolved at 06:00 in
    Phnom Penh the day after its deadline (UTC: still the deadline's day) counted as
    resolved within its deadline. The report now dates the resolution at the office."""
    from station.services import grievances, reports
    from station.services.report_model import Area

    station = make_station(load_settings({"SWS_HOME": str(tmp_path),
                                          "SWS_STATION_ID": STATION_ID,
                                          "SWS_TIME_ZONE": "Asia/Phnom_Penh"}))
    try:
        boss = login(station, "super", PASSWORD, now=DAWN)
        family = make_family(station)
        gid = grievances.intake(station, category="payment", description="paid late",
                                operator=boss, now=DAWN, person_id=family.mother)
        deadline = grievances.listing(station, grievance_id=gid)[0]["deadline"]
        assert str(deadline) == "2026-12-09"  # 24 November (the office's day) + 15
        morning_after = dt.datetime(2026, 12, 9, 23, 0, tzinfo=dt.UTC)  # 06:00 on the 10th
        grievances.resolve(station, gid, "paid", operator=boss, now=morning_after)
        with station.reading() as session:
            report = reports.build(session, "grievances", as_of=dt.date(2026, 12, 10),
                                   area=Area(), station_id=STATION_ID,
                                   zone=station.settings.office_zone)
        summary = dict(report.table("summary").rows)
        assert summary["resolved or closed after a resolution"] == 1
        assert summary["resolved within deadline (%)"] == 0.0
    finally:
        station.close()
