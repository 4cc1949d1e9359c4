"""Every grievance taken at the desk is acknowledged in writing, and the paper can be given again.

The Grievances tab said only "Grievance ... received." on screen: the person left with nothing
to show when they came back or called. After an intake the tab now offers the acknowledgement
(a small dialog: Save as PDF in the receipts folder, ``grievance-<reference>.pdf``, or Print):
reference, received on, station, category in the desk's words, whom it concerns, the service
that handles it, the answer due by, what happens next, how to appeal (the rules' window) and
the clerk. For a grievance chosen in the list the slip is given again, marked as a copy, with
its status now and the day it was resolved, never over another file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from station.i18n import apply_language
from station.model.operators import OperatorInfo
from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.services import grievances
from station.services.grievance_rules import load_policy
from station.views.services import GrievancesPanel
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_first_day_gui import _signed_in, alt_letter
from tests.gui.test_services_panels import WAIT, clerk, household
from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _show, _unreached
from tests.services._db import audit_actions

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui


def _words(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())


def _fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                          text=True).stdout


def _panel(qtbot: Any, station: Any, clerk: OperatorInfo) -> GrievancesPanel:
    panel = GrievancesPanel(station, clerk, lambda: FIXED_NOW)
    qtbot.addWidget(panel)
    panel.resize(1024, 640)
    panel.show()
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=WAIT)
    return panel


def _taken(qtbot: Any, panel: GrievancesPanel, person: str = "p-mother") -> Any:
    """A payment grievance about ``person`` taken at the counter; the slip's dialog."""
    assert panel.slip_dialog is None  # nothing taken yet: nothing to acknowledge
    panel.category.setCurrentIndex(panel.category.findData("payment"))
    panel.person.setText(person)
    panel.description.setText("benefit paid late")
    panel.intake_button.click()
    qtbot.waitUntil(lambda: panel.slip_dialog is not None and panel.slip_dialog.isVisible(),
                    timeout=WAIT)
    return panel.slip_dialog


def _long(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.LongFormat)


def test_an_intake_offers_the_written_acknowledgement(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    panel = _panel(qtbot, station, clerk)
    dialog = _taken(qtbot, panel)
    [row] = grievances.listing(station)
    reference = row["reference"]  # STATION-YYYYMMDD-G001, not the 36-character id
    said = dialog.findChild(QLabel, "grievanceSlipSaid")
    assert said is not None and reference in said.text()
    dialog.save_button.click()
    pdf = Path(station.settings.data_dir) / "receipts" / f"grievance-{reference}.pdf"
    assert dialog.message.text() == f"Saved: {pdf}"
    text = _words(pdf)
    assert "Grievance acknowledgement" in text and reference in text, text
    assert "Benefit not paid, late or wrong amount" in text, text  # the desk's words
    assert "payments" in text, text  # who handles it
    assert "Chan Clerk" in text, text  # who took it
    # the answer due by: the deadline (payment: 15 days), as a long date
    assert _long(dt.date(2026, 12, 7)) in text, text
    assert _long(FIXED_NOW.date()) in text, text  # received on
    window = load_policy().appeal_window_days
    assert f"appeal within {window} days of it, at this office" in text, text
    assert "COPY" not in text, text
    # the person it concerns, by name
    assert row["person_name"] and row["person_name"] in text, text


def test_the_slip_says_the_offices_day_and_time(
        qtbot: Any, station: Any, clerk: OperatorInfo) -> None:
    """At 06:30 in Phnom Penh UTC's date is still yesterday: the slip says the office's."""
    station.settings = dataclasses.replace(station.settings,
                                           office_zone=ZoneInfo("Asia/Phnom_Penh"))
    dawn = dt.datetime(2026, 11, 21, 23, 30, tzinfo=dt.UTC)
    panel = GrievancesPanel(station, clerk, lambda: dawn)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=WAIT)  # the list read first
    dialog = _taken(qtbot, panel, person="")
    assert dialog.save()
    text = _words(dialog.saved)
    received = _long(dt.date(2026, 11, 22)) + " " + QLocale().toString(
        QTime(6, 30), QLocale.FormatType.ShortFormat)
    assert received in text, text
    assert _long(dt.date(2026, 12, 7)) in text, text  # payment: 15 days from the office's day


def test_an_anonymous_report_is_acknowledged_without_a_name(
        qtbot: Any, station: Any, clerk: OperatorInfo) -> None:
    panel = _panel(qtbot, station, clerk)
    dialog = _taken(qtbot, panel, person="")
    assert dialog.save()
    text = _words(dialog.saved)
    assert "Concerning" not in text and "Chan Clerk" in text, text


def test_the_acknowledgement_goes_to_the_printer(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str, tmp_path: Path) -> None:
    panel = _panel(qtbot, station, clerk)
    dialog = _taken(qtbot, panel)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # Qt's own "print to file"
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer)
    assert dialog.message.text() == f"Sent to {tmp_path / 'printed.pdf'}."
    assert dialog.slip.reference in _words(tmp_path / "printed.pdf")


@pytest.mark.parametrize(("language", "script"), [("km", "[\u1780-\u17ff]"),
                                                  ("ur", "[\u0600-\u06ff\ufb50-\ufeff]")])
def test_a_khmer_or_urdu_desk_prints_its_own_script(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str, language: str,
        script: str) -> None:
    apply_language(language)
    panel = _panel(qtbot, station, clerk)
    dialog = _taken(qtbot, panel)
    assert dialog.save()
    text = _words(dialog.saved)
    assert re.search(script, text), text
    assert dialog.slip.reference in text, text
    # the category and the appeal sentence in the desk's language, not the policy's English
    assert "Benefit not paid" not in text and "appeal within" not in text, text
    # drawn in a font of the script (shaped by Qt), not boxes
    assert ("Khmer" if language == "km" else "Arabic") in _fonts(dialog.saved)


def test_a_grievance_chosen_in_the_list_gets_a_copy_of_its_slip(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    taken = FIXED_NOW - dt.timedelta(days=3)
    gid = grievances.intake(station, category="card", description="card broken",
                            person_id="p-girl", operator=clerk, now=taken)
    grievances.resolve(station, gid, "new card issued", operator=clerk,
                       now=FIXED_NOW - dt.timedelta(days=1))
    panel = _panel(qtbot, station, clerk)
    assert not panel.slip_button.isEnabled()  # nothing chosen: no copy to give
    panel.open_only.setChecked(False)
    qtbot.waitUntil(lambda: len(panel.rows) == 1 and not panel.runner.busy, timeout=WAIT)
    panel.table.selectRow(0)
    assert panel.slip_button.isEnabled()
    panel.activateWindow()  # keyboard only: Alt+K gives the copy
    qtbot.keyClick(panel, "K", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.slip_dialog is not None and panel.slip_dialog.isVisible(),
                    timeout=WAIT)
    dialog: Any = panel.slip_dialog
    folder = Path(station.settings.data_dir) / "receipts"
    folder.mkdir(parents=True)
    reference = grievances.listing(station, grievance_id=gid)[0]["reference"]
    original = folder / f"grievance-{reference}.pdf"
    original.write_bytes(b"the original")
    assert dialog.save()
    assert dialog.saved == folder / f"grievance-{reference}-copy-1.pdf"
    text = _words(dialog.saved)
    assert "Grievance acknowledgement — COPY" in text, text
    assert "COPY — printed" in text and "by Chan Clerk" in text, text
    assert reference in text and "Card lost, not working or with wrong data" in text, text
    assert "resolved" in text, text  # its status now
    assert _long((FIXED_NOW - dt.timedelta(days=1)).date()) in text, text  # resolved on
    assert _long(taken.date()) in text, text  # received on: the original's day
    assert dialog.save()  # a second copy: a file of its own
    assert dialog.saved == folder / f"grievance-{reference}-copy-2.pdf"
    assert original.read_bytes() == b"the original"  # never written over
    # every copy given is in the audit trail, with where it went
    assert audit_actions(station, gid).count("grievance.slip_copy") == 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "printed.pdf"))
    assert dialog.print_to(printer)
    assert audit_actions(station, gid).count("grievance.slip_copy") == 3


def test_the_acknowledgement_itself_is_no_copy_in_the_trail(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    gid = grievances.intake(station, category="card", description="card broken",
                            person_id="p-girl", operator=clerk, now=FIXED_NOW)
    panel = _panel(qtbot, station, clerk)
    found = (next(g for g in grievances.listing(station, open_only=False) if g["id"] == gid),
             "", "Chan Clerk")
    panel._offer_slip(found, copy=False)
    assert panel.slip_dialog is not None and panel.slip_dialog.save()
    assert "grievance.slip_copy" not in audit_actions(station, gid)


def test_an_unwritable_folder_is_said_in_one_line_and_nothing_is_lost(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    folder = Path(station.settings.data_dir) / "receipts"
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")  # the receipts folder cannot be made
    panel = _panel(qtbot, station, clerk)
    dialog = _taken(qtbot, panel)
    assert not dialog.save()
    said = dialog.message.text()
    assert said.startswith(f"The acknowledgement could not be saved in {folder}"), said
    assert "\n" not in said and "Errno" not in said, said
    assert [g["reference"] for g in grievances.listing(station)] == [dialog.slip.reference]
    assert "grievance.intake" in audit_actions(station)
    folder.unlink()
    assert dialog.save()  # saved again, once the folder can be written
    assert dialog.message.text() == f"Saved: {folder / f'grievance-{dialog.slip.reference}.pdf'}"


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_slip_button_and_its_dialog_have_alt_letters_and_fit(
        qtbot: Any, live_ctx: StationContext, language: str) -> None:
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.set_language(language)
    window.resize(1024, 700)
    panel = _show(window, Mode.CLERK, GrievancesPanel)
    assert panel.slip_button.isVisible()
    letters = _letters(window)
    assert (_unreached(panel), _clashes(letters)) == ([], []), " ".join(sorted(letters))
    assert alt_letter(panel.slip_button.text())
    assert (window.width(), window.height()) == (1024, 700)
    # the anonymous intake's slip: its own letters, and it fits the screen
    panel.category.setCurrentIndex(0)
    panel.description.setText("fraud seen")
    panel.intake_button.click()
    qtbot.waitUntil(lambda: panel.slip_dialog is not None and panel.slip_dialog.isVisible(),
                    timeout=WAIT)
    dialog: Any = panel.slip_dialog
    letters = _letters(dialog)
    assert len(letters) == 3 and _clashes(letters) == [], letters
    assert dialog.width() <= 1024 and dialog.height() <= 700, dialog.size()
    # keyboard only: Save's own letter saves the slip
    letter = alt_letter(dialog.save_button.text())
    assert letter
    dialog.activateWindow()
    qtbot.keyClick(dialog, letter.upper(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=WAIT)
