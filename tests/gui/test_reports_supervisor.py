"""The supervisor's page saves the coverage, grievance and case reports (those of `sws
report`) in the station's data folder and says where: a small dialog asks which report, as
of which day, for the whole station or one commune the station has people in, and as a PDF
or a CSV. *Reports...* has an Alt letter of its own in every language of the desk and is on
screen at 1024x700; a folder that cannot be written: one line saying which."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from station.model.operators import login
from station.model.ui_context import StationContext
from station.services import grievances
from station.views.reports_dialog import ReportsDialog
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_first_day_gui import alt_letter
from tests.gui.test_tidy10_alt_letters import _clashes, _letters
from tests.gui.test_till_supervisor import _page
from tests.services.conftest import add_household

pytestmark = pytest.mark.gui
WAIT = 20000


def _overdue_grievance(station: Any) -> str:
    """A person of commune 120301 with a grievance past its deadline; its reference."""
    add_household(station, "hh-rep", [("p-rep", "F", dt.date(1990, 5, 1), "head")])
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    grievances.intake(station, category="payment", description="late", person_id="p-rep",
                      operator=boss, now=FIXED_NOW - dt.timedelta(days=40))
    return str(grievances.listing(station)[0]["reference"])


def _when_open(act: Callable[[ReportsDialog], None]) -> None:
    """Run ``act`` on the Reports dialog once it is open (it is window-modal: its exec()
    holds the test until ``act`` closes it)."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ReportsDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, step)
    QTimer.singleShot(0, step)


def _choose(dialog: ReportsDialog, name: str, data: str) -> None:
    box = dialog.findChild(QComboBox, name)
    assert box is not None, name
    index = box.findData(data)
    assert index >= 0, (name, data, [box.itemData(i) for i in range(box.count())])
    box.setCurrentIndex(index)


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_reports_has_its_own_alt_letter_and_is_on_screen(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    window, page = _page(qtbot, live_ctx, language)
    button = page.reports_button
    assert button.isVisible() and button.isEnabled()
    assert not button.visibleRegion().isEmpty()  # on screen at 1024x700, not cut off
    assert alt_letter(button.text())
    assert _clashes(_letters(window)) == [], _letters(window)
    assert (window.width(), window.height()) == (1024, 700)


def _save_grievances_pdf(qtbot: QtBot, page: Any, station: Any,
                         offered: list[list[Any]] | None = None) -> Path:
    """Reports... -> the grievance report of commune 120301 as a PDF, as of the office's today
    (the dialog's default): the file once written. ``offered`` gets the areas the dialog
    offered."""
    def save(dialog: ReportsDialog) -> None:
        area = dialog.findChild(QComboBox, "reportArea")
        assert area is not None
        if offered is not None:
            offered.append([area.itemData(i) for i in range(area.count())])
        _choose(dialog, "reportKind", "grievances")
        _choose(dialog, "reportArea", "120301")
        _choose(dialog, "reportFormat", "pdf")
        dialog.save_button.click()

    _when_open(save)
    page.reports_button.click()
    day = station.settings.today(FIXED_NOW)
    pdf = Path(station.settings.data_dir) / "reports" / f"grievances-120301-{day}.pdf"
    # the line that says where it went (the worker's "done" reaches the runner and the page
    # as two separate deliveries: "not busy" alone can be seen before the page is told)
    qtbot.waitUntil(lambda: pdf.is_file() and str(pdf) in page.message.text(), timeout=WAIT)
    return pdf


def test_the_dialog_saves_a_communes_grievance_report(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    reference = _overdue_grievance(station)
    _window, page = _page(qtbot, live_ctx, "en")
    offered: list[list[Any]] = []
    pdf = _save_grievances_pdf(qtbot, page, station, offered)
    assert offered == [[None, "120301"]]  # the whole station, or the one commune with people
    assert str(pdf) in page.message.text()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert reference in text


def test_a_folder_that_cannot_be_written_is_said_in_one_line(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    folder = Path(station.settings.data_dir) / "reports"
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder goes")
    _window, page = _page(qtbot, live_ctx, "en")
    _when_open(lambda dialog: dialog.save_button.click())
    page.reports_button.click()
    qtbot.waitUntil(lambda: not page._runner.busy and page.reports_button.isEnabled(),
                    timeout=WAIT)
    said = page.message.text()
    assert said.startswith("The report could not be saved in ") and str(folder) in said
    assert "\n" not in said and "Errno" not in said


def test_cancel_saves_nothing(qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    _window, page = _page(qtbot, live_ctx, "en")
    _when_open(lambda dialog: dialog.reject())
    page.reports_button.click()
    assert not (Path(station.settings.data_dir) / "reports").exists()


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_dialogs_fields_have_their_own_alt_letters(qtbot: QtBot, language: str) -> None:
    from station.i18n import apply_language

    apply_language(language)
    dialog = ReportsDialog(FIXED_NOW.date(), [("120301", "Batheay")])
    qtbot.addWidget(dialog)
    fields = [x.buddy() for x in dialog.findChildren(QLabel) if alt_letter(x.text())]
    assert {f.objectName() for f in fields if f is not None} == {
        "reportKind", "reportAsOf", "reportArea", "reportFormat"}
    letters = [alt_letter(x.text()) for x in dialog.findChildren(QLabel) if x.buddy()]
    letters += [alt_letter(b.text()) for b in dialog.findChildren(QPushButton)]
    found = [x for x in letters if x]
    assert len(found) == len(set(found)) >= 5, found  # the four fields and Save at least


def test_a_khmer_desk_saves_the_pdf_in_khmer_and_the_csv_with_its_codes(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """At a Khmer desk the PDF says its title, area, tables and statuses in Khmer; the CSV
    of the same report keeps the English codes, for spreadsheets and other programs."""
    from station.services.reports import save_report
    from station.views.report_words import localised, report_localiser

    station = live_ctx.services["station"].station
    reference = _overdue_grievance(station)
    _window, page = _page(qtbot, live_ctx, "km")
    pdf = _save_grievances_pdf(qtbot, page, station)
    day = station.settings.today(FIXED_NOW)
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    khmer = localised(_report(station, "grievances", day))
    for words in (khmer.title, khmer.table("grievances_by_status").title,
                  khmer.table("overdue_grievances").columns[0]):
        assert set(re.findall("[\u1780-\u17ff]", words)) <= set(text), words
    assert reference in text  # references stay as they are
    for english in ("Grievances and appeals", "Summary", "as of", "received", "payment"):
        assert english not in text, english
    csv = save_report(station, "grievances", "csv", as_of=day, commune="120301",
                      now=FIXED_NOW, localise=report_localiser()).read_text("utf-8-sig")
    assert "# Grievances and appeals" in csv and "grievances_by_status" in csv
    assert "received" in csv and not re.search("[\u1780-\u17ff]", csv)


def _report(station: Any, kind: str, day: dt.date) -> Any:
    from station.services import reports
    from station.services.report_model import Area

    with station.reading() as session:
        return reports.build(session, kind, as_of=day, area=Area(commune="120301"),
                             station_id=station.settings.station_id,
                             zone=station.settings.office_zone)
