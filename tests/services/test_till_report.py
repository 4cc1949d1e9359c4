"""The day's till report: what each clerk took and paid out at the counter on the office's
day, per clerk and per programme, every receipt and refund, and the copies given.

Nothing summed the counter's payments: at the end of the day the cashier could not reconcile
the cash in the till with what the station recorded, nor a supervisor or an auditor see who
took what. The figures here are worked out by hand from one day of seven receipts by two
clerks in two currencies (one a refund, one at 23:30 office time, one at 06:30 office time,
while UTC's date is still the day before), on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from station.config import load_settings
from station.errors import PermissionDenied
from station.model.audit_log import RECEIPT_COPY, VOUCHER_COPY, record_copy
from station.model.operators import OperatorInfo, create_operator, login
from station.model.station import Station
from station.registry.models import Person, ProgrammeMembership
from station.services import memberships, payments, reports
from station.services import till as till_module
from station.services.catalogue import Catalogue, ContributionScheme, load_catalogue
from station.services.errors import ReportError
from station.services.report_model import Area, Report
from tests.services.conftest import NOW, PASSWORD, STATION_ID, add_household, make_station

ZONE = "Asia/Phnom_Penh"  # UTC+7: before 07:00 there, UTC's date is still yesterday
DAY = dt.date(2026, 11, 22)
BIG = 3_000_000_000  # past 2**31 - 1: riel minor units of a year's premium


def utc(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=dt.UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Station]:
    """A station in Phnom Penh (UTC+7), on SQLite and on a real PostgreSQL server."""
    env = {"SWS_HOME": str(tmp_path), "SWS_STATION_ID": STATION_ID, "SWS_TIME_ZONE": ZONE}
    if request.param == "postgresql":
        env["SWS_DATABASE_URL"] = request.getfixturevalue("new_database_url")()
    st = make_station(load_settings(env))
    yield st
    st.close()


def two_currencies() -> Catalogue:
    """The station's catalogue, the old-age pension collecting riel (KHR) beside the
    voluntary health insurance's XSP."""
    base = load_catalogue()
    riel = ContributionScheme(100_000, 1, 15, 3, "KHR")
    return dataclasses.replace(base, programmes=tuple(
        dataclasses.replace(p, contribution=riel) if p.code == "OLD_AGE_PENSION" else p
        for p in base.programmes))


@dataclasses.dataclass(frozen=True)
class Day:
    clerk1: OperatorInfo
    clerk2: OperatorInfo
    boss: OperatorInfo
    auditor: OperatorInfo
    receipts: dict[str, str]  # label -> receipt number
    copy_of: str  # the receipt number a copy was given of on DAY


def one_day(station: Station) -> Day:
    """Seven receipts on DAY (office time), one the next day, and copies on both days."""
    catalogue = two_currencies()
    boss = login(station, "super", PASSWORD, now=NOW)
    clerk1, clerk2, auditor = (
        create_operator(station, username=u, full_name=f, role=r, password=PASSWORD,
                        now=NOW, by=boss)
        for u, f, r in (("clerk1", "Chan Clerk", "clerk"), ("clerk2", "Dara Clerk", "clerk"),
                        ("audit1", "Vann Auditor", "auditor")))
    add_household(station, "hh-1", [("p-sok", "F", dt.date(1990, 5, 1), "head"),
                                    ("p-mao", "M", dt.date(1950, 1, 1), "parent")])
    with station.transaction() as session:
        memberships.sync_catalogue(session, catalogue)
        session.get(Person, "p-sok").local_name = "សុខ ដារា"  # type: ignore[union-attr]
        session.get(Person, "p-sok").latin_name = "Sok Dara"  # type: ignore[union-attr]
        start = DAY - dt.timedelta(days=30)
        session.add(ProgrammeMembership(id="m-health", person_id="p-sok",
                                        programme_code="HEALTH_VOLUNTARY", start_date=start))
        session.add(ProgrammeMembership(id="m-pension", person_id="p-mao",
                                        programme_code="OLD_AGE_PENSION", start_date=start))
        session.add(ProgrammeMembership(id="m-later", person_id="p-mao",
                                        programme_code="HEALTH_VOLUNTARY",
                                        start_date=DAY + dt.timedelta(days=10)))

    def pay(label: str, membership: str, amount: int, by: OperatorInfo,
            at: dt.datetime) -> str:
        receipt = payments.record_payment(station, membership, amount, operator=by, now=at,
                                          catalogue=catalogue)
        done[label] = receipt.receipt_no
        ids[label] = receipt.payment_id
        return receipt.receipt_no

    done: dict[str, str] = {}
    ids: dict[str, str] = {}
    pay("early", "m-health", 500, clerk2, utc(DAY - dt.timedelta(days=1), 23, 30))  # 06:30
    pay("health", "m-health", 1500, clerk1, utc(DAY, 2))  # 09:00 office time
    pay("riel2", "m-pension", BIG, clerk2, utc(DAY, 3))
    pay("riel1", "m-pension", BIG, clerk1, utc(DAY, 4))
    pay("ahead", "m-later", 3000, clerk2, utc(DAY, 5))
    refund = payments.refund_and_withdraw(station, "m-later", reason="moved", operator=clerk1,
                                          now=utc(DAY, 6), catalogue=catalogue,
                                          confirmed_minor=3000)  # 13:00: the row goes
    done["refund"] = refund.receipt_no
    pay("late", "m-health", 700, clerk1, utc(DAY, 16, 30))  # 23:30 office time
    pay("next", "m-health", 900, clerk2, utc(DAY, 17, 30))  # 00:30 the next day
    record_copy(station, action=RECEIPT_COPY, record_id=ids["riel2"],
                details={"receipt_no": done["riel2"], "file": "/media/usb/copy.pdf"},
                by=clerk1, now=utc(DAY, 8))
    record_copy(station, action=VOUCHER_COPY, record_id=refund.refund_id,
                details={"receipt_no": done["refund"], "printer": "Front desk"},
                by=clerk2, now=utc(DAY, 18))  # 01:00 the next day: not DAY's
    return Day(clerk1, clerk2, boss, auditor, done, done["riel2"])


def till(station: Station, day: dt.date, by: OperatorInfo | None) -> Report:
    with station.reading() as session:
        return reports.build(session, "till", as_of=day, area=Area(),
                             station_id=station.settings.station_id,
                             zone=station.settings.office_zone, by=by)


def rows(report: Report, name: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in report.table(name).rows]


def test_the_day_per_clerk_programme_and_currency(office: Station) -> None:
    """Per clerk and currency, per programme and currency, and per currency: payments
    (count, total), refunds (count, total given back) and the net to hand over; riel
    totals past 2^32 kept whole; currencies never added together."""
    day = one_day(office)
    report = till(office, DAY, day.boss)
    assert report.kind == "till" and report.as_of == DAY
    assert report.area.label == "this station's counter"  # not "whole registry"
    cols = ("currency", "payments", "paid_minor", "refunds", "refunded_minor", "net_minor")
    assert report.table("summary").columns == cols
    assert rows(report, "summary") == [("KHR", 2, 2 * BIG, 0, 0, 2 * BIG),
                                       ("XSP", 4, 5700, 1, 3000, 2700)]
    assert report.table("till_by_clerk").columns == ("clerk", "name", *cols)
    assert rows(report, "till_by_clerk") == [
        ("clerk1", "Chan Clerk", "KHR", 1, BIG, 0, 0, BIG),
        ("clerk1", "Chan Clerk", "XSP", 2, 2200, 1, 3000, -800),
        ("clerk2", "Dara Clerk", "KHR", 1, BIG, 0, 0, BIG),
        ("clerk2", "Dara Clerk", "XSP", 2, 3500, 0, 0, 3500)]
    # the refunded membership was withdrawn (its row went): its programme is still named
    assert rows(report, "till_by_programme") == [
        ("HEALTH_VOLUNTARY", "Voluntary health insurance for informal-economy workers",
         "XSP", 4, 5700, 1, 3000, 2700),
        ("OLD_AGE_PENSION", "Old-age social pension", "KHR", 2, 2 * BIG, 0, 0, 2 * BIG)]


def test_every_receipt_in_time_order_on_the_office_clock(office: Station) -> None:
    """06:30 office time (UTC's previous day) opens the day, 23:30 closes it; 00:30 the
    next morning is the next day's; a refund reads as one, its amount paid out."""
    day = one_day(office)
    listing = till(office, DAY, day.auditor).table("receipts")
    assert listing.columns == ("time", "receipt_no", "clerk", "holder", "programme",
                               "amount_minor", "currency", "kind")
    r = day.receipts
    assert [tuple(x) for x in listing.rows] == [
        ("06:30", r["early"], "clerk2", "សុខ ដារា (Sok Dara)", "HEALTH_VOLUNTARY", 500, "XSP",
         "payment"),
        ("09:00", r["health"], "clerk1", "សុខ ដារា (Sok Dara)", "HEALTH_VOLUNTARY", 1500,
         "XSP", "payment"),
        ("10:00", r["riel2"], "clerk2", "p-mao", "OLD_AGE_PENSION", BIG, "KHR", "payment"),
        ("11:00", r["riel1"], "clerk1", "p-mao", "OLD_AGE_PENSION", BIG, "KHR", "payment"),
        ("12:00", r["ahead"], "clerk2", "p-mao", "HEALTH_VOLUNTARY", 3000, "XSP", "payment"),
        ("13:00", r["refund"], "clerk1", "p-mao", "HEALTH_VOLUNTARY", -3000, "XSP", "refund"),
        ("23:30", r["late"], "clerk1", "សុខ ដារា (Sok Dara)", "HEALTH_VOLUNTARY", 700, "XSP",
         "payment")]
    before = till(office, DAY - dt.timedelta(days=1), day.boss)
    assert rows(before, "receipts") == []  # 23:30 UTC was 06:30 on DAY at the office
    after = till(office, DAY + dt.timedelta(days=1), day.boss)
    assert [x[:3] for x in rows(after, "receipts")] == [("00:30", r["next"], "clerk2")]
    assert rows(after, "summary") == [("XSP", 1, 900, 0, 0, 900)]


def test_copies_given_that_day_from_the_audit_trail(office: Station) -> None:
    """A copy given on the day is listed (when, which paper, who, where it went); one given
    after midnight office time is the next day's."""
    day = one_day(office)
    report = till(office, DAY, day.boss)
    assert report.table("copies").columns == ("time", "paper", "receipt_no", "given_by", "to")
    assert rows(report, "copies") == [
        ("15:00", "receipt copy", day.copy_of, "clerk1", "/media/usb/copy.pdf")]
    nxt = till(office, DAY + dt.timedelta(days=1), day.boss)
    assert rows(nxt, "copies") == [
        ("01:00", "voucher copy", day.receipts["refund"], "clerk2", "Front desk")]


def test_a_clerk_sees_only_their_own_till(office: Station) -> None:
    """A clerk closing their till sees their own receipts, totals and copies, and the
    report says whose they are; a supervisor and an auditor see every clerk's."""
    day = one_day(office)
    own = till(office, DAY, day.clerk1)
    assert {x[0] for x in rows(own, "till_by_clerk")} == {"clerk1"}
    assert {x[2] for x in rows(own, "receipts")} == {"clerk1"}
    assert rows(own, "summary") == [("KHR", 1, BIG, 0, 0, BIG), ("XSP", 2, 2200, 1, 3000, -800)]
    assert [x[3] for x in rows(own, "copies")] == ["clerk1"]
    assert any("clerk1" in note for note in own.notes)
    assert {x[0] for x in rows(till(office, DAY, day.auditor), "till_by_clerk")} == {
        "clerk1", "clerk2"}


def test_a_day_with_nothing_says_so(office: Station) -> None:
    day = one_day(office)
    report = till(office, DAY - dt.timedelta(days=5), day.boss)
    assert all(not t.rows for t in report.tables)
    assert any("nothing" in note.lower() for note in report.notes)


def test_who_may_build_it_and_where(office: Station) -> None:
    """Nobody signed in: refused as a permission (typed); an area: refused, the till is
    the station's."""
    day = one_day(office)
    with pytest.raises(PermissionDenied):
        till(office, DAY, None)
    with office.reading() as session, pytest.raises(ReportError):
        reports.build(session, "till", as_of=DAY, area=Area(commune="120301"),
                      station_id="s", zone=office.settings.office_zone, by=day.boss)


def test_an_operator_no_longer_on_file_reads_unknown(office: Station) -> None:
    day = one_day(office)
    from station.registry.models_services import ContributionPayment

    with office.transaction() as session:
        session.execute(sa.update(ContributionPayment).where(
            ContributionPayment.receipt_no == day.receipts["late"]).values(operator_id=None))
    report = till(office, DAY, day.boss)
    assert [x[2] for x in rows(report, "receipts")][-1] == "unknown"
    assert ("unknown", "", "XSP", 1, 700, 0, 0, 700) in rows(report, "till_by_clerk")


def test_saved_for_today_in_the_data_folder(office: Station) -> None:
    """The supervisor's page saves the office's day (06:30 there is still UTC's day before)
    as reports/till-DAY.pdf in the data folder; a folder that cannot be made: one typed
    refusal naming it, nothing half-written."""
    from station.services.report_render import ReportNotWritten

    day = one_day(office)
    early = utc(DAY - dt.timedelta(days=1), 23, 45)  # 06:45 on DAY at the office
    path = till_module.save_till_pdf(office, by=day.boss, now=early)
    assert path == Path(office.settings.data_dir) / "reports" / f"till-{DAY.isoformat()}.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    path.unlink()
    path.parent.rmdir()
    path.parent.write_text("a file where the folder goes")
    with pytest.raises(ReportNotWritten) as refused:
        till_module.save_till_pdf(office, by=day.boss, now=early)
    assert refused.value.path == path and str(refused.value).startswith(
        f"cannot write the report to {path}: ")
