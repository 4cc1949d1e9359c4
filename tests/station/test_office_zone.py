"""The office's time zone when SWS_TIME_ZONE is unset: the machine's own *zone*, with its
daylight-saving rules, not the offset it had on the day the station started."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from station.config import office_zone, today_at

WINTER = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 15, 12, 0, tzinfo=dt.UTC)
ZONEINFO = Path("/usr/share/zoneinfo")


def _offsets(zone: dt.tzinfo) -> tuple[dt.timedelta | None, dt.timedelta | None]:
    return WINTER.astimezone(zone).utcoffset(), SUMMER.astimezone(zone).utcoffset()


def test_tz_names_the_machine_zone_with_its_summer_time() -> None:
    """A station in Berlin started in January kept +01:00 all summer: "today" turned at
    01:00 instead of midnight from the end of March. TZ names the zone; its rules apply."""
    zone = office_zone({"TZ": "Europe/Berlin"}, localtime=Path("/nonexistent"))
    assert _offsets(zone) == (dt.timedelta(hours=1), dt.timedelta(hours=2))
    # 22:30 UTC on 15 July is already the 16th in Berlin (00:30 CEST)
    assert today_at(dt.datetime(2026, 7, 15, 22, 30, tzinfo=dt.UTC), zone) == \
        dt.date(2026, 7, 16)


@pytest.mark.skipif(not (ZONEINFO / "Europe" / "Berlin").exists(), reason="no tz database")
def test_etc_localtime_names_the_machine_zone(tmp_path: Path) -> None:
    """Without TZ, the zone /etc/localtime links to (or holds) is the machine's zone."""
    link = tmp_path / "localtime"
    link.symlink_to(ZONEINFO / "Europe" / "Berlin")
    assert _offsets(office_zone({}, localtime=link)) == (dt.timedelta(hours=1),
                                                          dt.timedelta(hours=2))
    in_tz = office_zone({"TZ": f":{ZONEINFO / 'Europe' / 'Berlin'}"},
                        localtime=Path("/nonexistent"))  # TZ naming a zone file
    assert _offsets(in_tz) == (dt.timedelta(hours=1), dt.timedelta(hours=2))
    copy = tmp_path / "copied"  # a copy of the zone file, as some images install it
    copy.write_bytes((ZONEINFO / "Europe" / "Berlin").read_bytes())
    assert _offsets(office_zone({}, localtime=copy)) == (dt.timedelta(hours=1),
                                                          dt.timedelta(hours=2))


def test_sws_time_zone_still_wins_over_the_machine() -> None:
    zone = office_zone({"SWS_TIME_ZONE": "Asia/Phnom_Penh", "TZ": "Europe/Berlin"},
                       localtime=Path("/nonexistent"))
    assert _offsets(zone) == (dt.timedelta(hours=7), dt.timedelta(hours=7))
