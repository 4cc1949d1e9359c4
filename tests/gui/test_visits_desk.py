"""The hospital desk's visits of the day: listed under the card check as soon as one is
recorded, a second visit of the same card the same office day asked about first (No the
default), and exported for the facility's claim; keyboard only and at 1024x700."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from station.model import visits
from station.model.operators import login
from station.model.ui_context import StationContext
from station.model.ui_session import Mode, OperatorSession
from station.views.hospital import HospitalPage
from station.views.visits_list import ExportDialog
from tests.gui.cards import make_dump, make_pki, revocation_list
from tests.gui.conftest import FIXED_NOW, PASSWORD, open_station
from tests.gui.test_first_day_gui import _signed_in, alt_letter
from tests.gui.test_hospital_auditor import ReaderWithCard
from tests.gui.test_tidy10_alt_letters import _clashes, _letters

pytestmark = pytest.mark.gui
WAIT = 20000
# FIXED_NOW is 09:30 UTC on 22 November 2026: 16:30 at an office in Phnom Penh (UTC+7)
OFFICE_DAY = dt.date(2026, 11, 22)


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Any]:
    """The registry of an office in Phnom Penh: its day and clock are not UTC's."""
    st = open_station({"SWS_HOME": str(tmp_path), "SWS_TIME_ZONE": "Asia/Phnom_Penh"})
    yield st
    st.close()


def _page(qtbot: QtBot, live_ctx: StationContext, station: Any) -> HospitalPage:
    pki = make_pki()
    live_ctx.services["cards"] = ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                make_dump(pki))
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    page = HospitalPage(live_ctx, OperatorSession("clerk1", "clerk", "Chan Clerk", clerk))
    qtbot.addWidget(page)
    page.show()
    return page


def _read(qtbot: QtBot, page: HospitalPage) -> None:
    page.read_button.click()
    qtbot.waitUntil(lambda: page.outcome is not None and page.outcome.ok, timeout=WAIT)


def _answer(button: QMessageBox.StandardButton, seen: list[tuple[str, str]]) -> None:
    """When the question comes up, note its words and default button, then press
    ``button`` (Enter when it is the default, as a hurried operator does)."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        default = box.defaultButton()
        seen.append((box.text(), str(box.standardButton(default).name) if default else "none"))
        if default is not None and box.standardButton(default) == button:
            QTest.keyClick(box, Qt.Key.Key_Return)
        else:
            box.button(button).click()

    QTimer.singleShot(0, press)


def _cells(page: HospitalPage) -> list[list[str]]:
    table = page.visits.table
    return [[getattr(table.item(r, c), "text", str)() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _recorded(station: Any) -> int:
    return len(visits.visits_on(station, OFFICE_DAY))


def test_a_recorded_visit_is_listed_at_once_with_the_holder_and_who_recorded_it(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    page = _page(qtbot, live_ctx, station)
    qtbot.waitUntil(lambda: page.visits.title.text().endswith(": 0"), timeout=WAIT)
    assert page.visits.table.rowCount() == 0
    _read(qtbot, page)
    page.visit_button.click()
    qtbot.waitUntil(lambda: page.visits.table.rowCount() == 1, timeout=WAIT)
    ((time, holder, card, programmes, by),) = _cells(page)
    assert time in ("4:30 PM", "16:30")  # the office's clock, not UTC's 09:30
    # the card's holder, its serial, what it covered today (by name), who recorded it
    assert (holder, card, programmes, by) == ("Sokha Chan", "0A0B0C0D",
                                              "Subsidised health insurance", "Chan Clerk")
    assert page.visits.title.text() == "Visits recorded here today: 1"
    # the page shown again (another operator's desk, the next morning...) reads them again
    other = _page(qtbot, live_ctx, station)
    qtbot.waitUntil(lambda: other.visits.table.rowCount() == 1, timeout=WAIT)


def test_a_second_visit_the_same_day_is_asked_about_no_by_default(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    page = _page(qtbot, live_ctx, station)
    _read(qtbot, page)
    page.visit_button.click()
    qtbot.waitUntil(lambda: page.visits.table.rowCount() == 1, timeout=WAIT)
    _read(qtbot, page)  # the same card again, the same afternoon
    seen: list[tuple[str, str]] = []
    _answer(QMessageBox.StandardButton.No, seen)  # Enter: the default
    page.visit_button.click()
    qtbot.waitUntil(lambda: bool(seen) and not page._runner.busy, timeout=WAIT)
    text, default = seen[0]
    assert default == "No"
    assert text.startswith("This card was already used today at ")
    assert ("4:30 PM" in text or "16:30" in text) and "(recorded by Chan Clerk)" in text
    assert text.endswith("Record another visit?")
    assert _recorded(station) == 1  # refused: nothing written
    assert page.visit_result.text() == "No visit recorded: this card was already used today."
    assert page.visit_button.isEnabled()  # a real re-admission can still be recorded
    _answer(QMessageBox.StandardButton.Yes, seen)
    page.visit_button.click()
    qtbot.waitUntil(lambda: page.visits.table.rowCount() == 2, timeout=WAIT)
    assert len(seen) == 2 and _recorded(station) == 2
    assert page.visit_result.text().startswith("Visit recorded")
    # the confirmed second visit says so in its record; the first does not
    assert [_repeat(station, n) for n in (0, 1)] == [None, True]


def _repeat(station: Any, nth: int) -> object:
    """``repeat_same_day`` of the ``nth`` visit recorded (oldest first), in its audit event
    and in the record queued for the centre (they must agree)."""
    import json

    import sqlalchemy as sa

    from station.registry.base import OUTBOX
    from station.registry.models import AuditEvent

    with station.reading() as session:
        audit = session.scalars(sa.select(AuditEvent.details)
                                .where(AuditEvent.action == "service.use")
                                .order_by(AuditEvent.seq)).all()
        queued = session.execute(sa.select(OUTBOX.c.payload).where(
            OUTBOX.c.kind == "service_use").order_by(OUTBOX.c.seq)).scalars().all()
    said = json.loads(audit[nth]).get("repeat_same_day")
    assert len(queued) == len(audit)
    return said


def test_the_visits_are_exported_as_a_csv_for_the_claim(
        qtbot: QtBot, live_ctx: StationContext, station: Any, tmp_path: Path) -> None:
    page = _page(qtbot, live_ctx, station)
    _read(qtbot, page)
    page.visit_button.click()
    qtbot.waitUntil(lambda: page.visits.table.rowCount() == 1, timeout=WAIT)
    dialog = ExportDialog(station.settings, OFFICE_DAY, page)
    qtbot.addWidget(dialog)
    first, last, path = dialog.chosen()  # this month so far, into the exports folder
    assert (first, last) == (dt.date(2026, 11, 1), OFFICE_DAY)
    assert path == Path(station.settings.data_dir) / "exports" / (
        "visits-2026-11-01-to-2026-11-22.csv")
    page.visits.export(first, last, path)
    qtbot.waitUntil(lambda: "saved" in page.visits.status.text(), timeout=WAIT)
    assert page.visits.status.text() == (f"1 visit from 01/11/2026 to 22/11/2026 saved to "
                                         f"{path}")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == [
        "date,time,card_serial,person_id,holder,programmes,facility,operator",
        "2026-11-22,16:30,0A0B0C0D,KH-2026-000123,Sokha Chan,HEALTH_SUBSIDY,Test office,"
        "Chan Clerk"]
    # the auditor sees who took the names out of the station
    from tests.station.test_visits_model import _exports

    ((operator_id, file),) = [(e.operator_id, e.subject_id) for e in _exports(station)]
    assert (operator_id, file) == (page.session.operator.id, path.name)
    # a place that cannot be written: one line, in red, and nothing half-written
    blocked = tmp_path / "blocked"
    blocked.write_text("a file")
    page.visits.export(first, last, blocked / "visits.csv")
    qtbot.waitUntil(lambda: "not saved" in page.visits.status.text(), timeout=WAIT)
    said = page.visits.status.text()
    assert said.startswith("The visits were not saved: Cannot write ") and "\n" not in said
    assert "#b00020" in page.visits.status.styleSheet()


def test_the_export_dialogs_last_day_is_never_before_its_first(
        qtbot: QtBot, station: Any) -> None:
    dialog = ExportDialog(station.settings, OFFICE_DAY)
    qtbot.addWidget(dialog)
    dialog.first.setDate(dialog.first.date().addDays(15))  # the 16th
    dialog.last.setDate(dialog.first.date().addDays(-3))
    first, last, path = dialog.chosen()
    assert first == last == dt.date(2026, 11, 16)
    assert path.name == "visits-2026-11-16-to-2026-11-16.csv"


def _when_modal(act: Callable[[QWidget], None], seen: list[str]) -> None:
    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, look)
            return
        seen.append(type(box).__name__)
        act(box)

    QTimer.singleShot(0, look)


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_hospital_page_with_its_visits_fits_1024_by_700_and_every_alt_letter_works(
        qtbot: QtBot, live_ctx: StationContext, station: Any, language: str,
        tmp_path: Path) -> None:
    pki = make_pki()
    live_ctx.services["cards"] = ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                make_dump(pki))
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.set_language(language)
    window.switch_to(Mode.HOSPITAL)
    page = window.page(Mode.HOSPITAL)
    assert isinstance(page, HospitalPage)
    _read(qtbot, page)  # the card's outcome on screen, with a visit in the list
    page.visit_button.click()
    qtbot.waitUntil(lambda: page.visits.table.rowCount() == 1, timeout=WAIT)
    window.resize(1024, 700)
    for _ in range(3):
        QApplication.processEvents()
    assert (window.width(), window.height()) == (1024, 700)
    assert page.visits.table.isVisible() and page.visit_button.isVisible()
    time = _cells(page)[0][0]
    # kept whole at the Urdu desk: its list read "PM 4:30"
    assert time.startswith("\u2066") == (language == "ur")
    assert re.search(r"\b(16|4)[:.]30\b", time), time  # 09:30 UTC, on the office's clock
    assert _clashes(_letters(window)) == []
    letter = alt_letter(page.visits.export_button.text())
    assert letter
    # keyboard only: the letter opens the export, whose own letters do not clash either
    seen: list[str] = []
    found: list[list[str]] = []

    def look_and_close(dialog: QWidget) -> None:
        found.append(_clashes(_letters(dialog)))
        dialog.reject()  # type: ignore[attr-defined]

    _when_modal(look_and_close, seen)
    window.activateWindow()
    qtbot.keyClick(window, letter.upper(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    assert seen == ["ExportDialog"] and found == [[]]
    # where the file went is said in one line that never widens the window, however long
    long_name = tmp_path / ("visits-for-the-provincial-hospital-claim-" + "x" * 150 + ".csv")
    page.visits.export(OFFICE_DAY, OFFICE_DAY, long_name)
    qtbot.waitUntil(lambda: long_name.is_file() and not page.visits._exporting.busy
                    and str(long_name) in page.visits.status.toolTip(), timeout=WAIT)
    window.resize(1024, 700)
    for _ in range(3):
        QApplication.processEvents()
    assert (window.width(), window.height()) == (1024, 700)
    assert str(long_name) in page.visits.status.toolTip()


def test_a_desk_left_open_past_midnight_lists_the_new_days_visits(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    """The list was read when the page showed and after each visit: a desk left open over
    night still listed yesterday's visits, under "today", until a visit was recorded."""
    page = _page(qtbot, live_ctx, station)
    _read(qtbot, page)
    page.visit_button.click()
    qtbot.waitUntil(lambda: page.visits.table.rowCount() == 1, timeout=WAIT)
    assert not page.visits.new_day()  # the same office day: nothing to read again
    clock = live_ctx.clock
    live_ctx.clock = lambda: clock() + dt.timedelta(days=1)  # the next morning
    try:
        assert page.visits.new_day()
        qtbot.waitUntil(lambda: page.visits.table.rowCount() == 0, timeout=WAIT)
        assert page.visits.title.text().endswith(": 0")
    finally:
        live_ctx.clock = clock
