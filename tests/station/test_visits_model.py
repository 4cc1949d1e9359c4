"""The hospital desk's visits read back: by the office's day, this station's only, the same
card earlier that day, and the CSV sent with the facility's claim."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import cardio
from cardio.credential import Claims
from station.config import Settings, load_settings
from station.errors import BadInput
from station.model import visits
from station.model.operators import OperatorInfo
from station.model.ui_cards import CardOutcome, record_visit
from station.registry import audit

UTC = dt.UTC
# 23:30 in Phnom Penh (UTC+7) on the 22nd is 16:30 UTC; 07:10 there on the 23rd is 00:10 UTC
LATE = dt.datetime(2026, 11, 22, 16, 30, tzinfo=UTC)
NEXT_MORNING = dt.datetime(2026, 11, 23, 0, 10, tzinfo=UTC)
DAY = dt.date(2026, 11, 22)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """The office is in Phnom Penh: its day is not UTC's."""
    return load_settings({"SWS_HOME": str(tmp_path), "SWS_DATABASE_URL": database_url,
                          "SWS_BUSY_TIMEOUT_MS": "300", "SWS_TIME_ZONE": "Asia/Phnom_Penh"})


def _card(serial: str = "SWS-1", given: str = "Dara", family: str = "Sok",
          person: str = "KH-1") -> CardOutcome:
    claims = Claims(
        holder=cardio.Holder(person, given, family, 2, dt.date(1990, 4, 12), "12040103"),
        entitlements=(cardio.Entitlement("HEALTH_SUBSIDY", dt.date(2026, 1, 1),
                                         dt.date(2030, 1, 1)),),
        issuer="CN=office", card_serial=serial, issued_at=LATE - dt.timedelta(days=1),
        expires_at=LATE + dt.timedelta(days=365), template_digest=b"\0" * 32,
        card_public_key=b"\4" + b"\0" * 64)
    return CardOutcome(ok=True, source="reader", message="valid", claims=claims)


def _visit(station: Any, clerk: OperatorInfo, now: dt.datetime, **card: str) -> None:
    record_visit(station, _card(**card), facility="Provincial hospital", operator=clerk,
                 now=now)


def test_a_visit_at_2330_office_time_belongs_to_that_office_day(
        station: Any, clerk: OperatorInfo) -> None:
    _visit(station, clerk, LATE)
    _visit(station, clerk, NEXT_MORNING, serial="SWS-2", given="Vanna", family="Chea",
           person="KH-2")
    (late,) = visits.visits_on(station, DAY)
    assert (late.card_serial, late.person_id, late.holder) == ("SWS-1", "KH-1", "Dara Sok")
    assert late.programmes == ("HEALTH_SUBSIDY",)
    assert (late.facility, late.operator, late.at) == ("Provincial hospital", "Chan Clerk",
                                                       LATE)
    (morning,) = visits.visits_on(station, DAY + dt.timedelta(days=1))
    assert morning.card_serial == "SWS-2" and morning.holder == "Vanna Chea"
    both = visits.visits_between(station, DAY, DAY + dt.timedelta(days=1))
    assert [v.card_serial for v in both] == ["SWS-2", "SWS-1"]  # newest first


def test_another_stations_visits_are_not_listed(station: Any, clerk: OperatorInfo) -> None:
    """A visit event of another station (a registry restored or shared) is not this
    desk's: neither in its list nor in its claim."""
    with station.transaction() as session:
        audit.append(session, audit_key=station.keyring.audit_key,
                     action=visits.VISIT_ACTION, subject_type="card", subject_id="SWS-9",
                     details={"card_serial": "SWS-9", "person_id": "KH-9",
                              "facility": "Elsewhere", "entitlements": []},
                     operator_id=None, station_id="another-station", now=LATE)
    _visit(station, clerk, LATE)
    assert [v.card_serial for v in visits.visits_on(station, DAY)] == ["SWS-1"]
    assert visits.earlier_visit(station, "SWS-9", now=LATE) is None


def test_the_same_card_earlier_today_is_found(station: Any, clerk: OperatorInfo) -> None:
    assert visits.earlier_visit(station, "SWS-1", now=LATE) is None
    _visit(station, clerk, LATE - dt.timedelta(hours=2))
    _visit(station, clerk, LATE - dt.timedelta(hours=1))
    earlier = visits.earlier_visit(station, "SWS-1", now=LATE)
    assert earlier is not None and earlier.at == LATE - dt.timedelta(hours=1)
    assert earlier.operator == "Chan Clerk"
    # the next office day (07:10 there) is a new day for the card; another card is not it
    assert visits.earlier_visit(station, "SWS-1", now=NEXT_MORNING) is None
    assert visits.earlier_visit(station, "SWS-2", now=LATE) is None


def test_an_empty_period_is_refused(station: Any) -> None:
    with pytest.raises(BadInput, match="period is empty"):
        visits.visits_between(station, DAY, DAY - dt.timedelta(days=1))


def test_the_claims_csv_has_a_bom_office_times_and_one_line_a_visit(
        station: Any, clerk: OperatorInfo, tmp_path: Path) -> None:
    _visit(station, clerk, LATE)
    _visit(station, clerk, NEXT_MORNING, serial="SWS-2", given="=HYPERLINK(x)",
           family="Chea", person="KH-2")
    first, last = visits.month_so_far(DAY + dt.timedelta(days=1))
    assert (first, last) == (dt.date(2026, 11, 1), dt.date(2026, 11, 23))
    path = visits.default_export_path(station.settings, first, last)
    assert path.parent == Path(station.settings.data_dir) / "exports"
    assert not path.parent.exists()  # made on the first export
    assert visits.export_visits(station, first, last, path, by=clerk, now=NEXT_MORNING) == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines == [
        "date,time,card_serial,person_id,holder,programmes,facility,operator",
        "2026-11-22,23:30,SWS-1,KH-1,Dara Sok,HEALTH_SUBSIDY,Provincial hospital,Chan Clerk",
        # a name that a spreadsheet would run as a formula is written as text
        "2026-11-23,07:10,SWS-2,KH-2,'=HYPERLINK(x) Chea,HEALTH_SUBSIDY,Provincial hospital,"
        "Chan Clerk",
    ]


def test_a_folder_that_cannot_be_made_or_written_is_one_line_and_nothing_is_written(
        station: Any, clerk: OperatorInfo, tmp_path: Path) -> None:
    """(Tests run as root here: a read-only folder would not stop them, a file standing
    where the folder should be does.)"""
    _visit(station, clerk, LATE)
    exports = visits.exports_folder(station.settings)
    exports.write_text("not a folder")
    with pytest.raises(BadInput) as refused:
        visits.export_visits(station, DAY, DAY, visits.default_export_path(
            station.settings, DAY, DAY), by=clerk, now=LATE)
    assert str(refused.value).startswith(f"cannot make the folder {exports}")
    assert "\n" not in str(refused.value) and exports.read_text() == "not a folder"
    blocked = tmp_path / "blocked"
    blocked.write_text("a file")
    with pytest.raises(BadInput) as refused:
        visits.export_visits(station, DAY, DAY, blocked / "visits.csv", by=clerk, now=LATE)
    assert str(refused.value).startswith("cannot write") and "\n" not in str(refused.value)
    assert blocked.read_text() == "a file"


def _exports(station: Any) -> list[Any]:
    import sqlalchemy as sa

    from station.registry.models import AuditEvent

    with station.reading() as session:
        return list(session.scalars(sa.select(AuditEvent).where(
            AuditEvent.action == visits.EXPORT_ACTION)))


def test_an_export_is_in_the_audit_log_with_who_and_how_many(
        station: Any, clerk: OperatorInfo, tmp_path: Path) -> None:
    """The claim's file carries the holders' names out of the station: the auditor sees
    who exported which days, how many visits and where to; a failed export is not there."""
    import json

    _visit(station, clerk, LATE)
    with pytest.raises(BadInput):
        visits.export_visits(station, DAY, DAY, tmp_path, by=clerk, now=LATE)  # a folder
    assert _exports(station) == []
    path = tmp_path / "claim.csv"
    assert visits.export_visits(station, DAY, DAY, path, by=clerk, now=NEXT_MORNING) == 1
    (event,) = _exports(station)
    assert (event.operator_id, event.subject_id) == (clerk.id, "claim.csv")
    assert json.loads(event.details) == {"file": str(path), "records": 1,
                                         "from": "2026-11-22", "to": "2026-11-22"}
