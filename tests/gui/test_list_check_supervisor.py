"""The supervisor's page checks a programme's own beneficiary list against the registry
(`sws check-list`): a dialog asks for the programme, the list's CSV file, the day it pays for
and the format; the report goes to the data folder's reports and the page says where. A list
that is not one (a spreadsheet not saved as CSV) is said in one line; the button and the
dialog's fields have Alt letters of their own in every language of the desk."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.views.list_check_dialog import ListCheckDialog
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_first_day_gui import alt_letter
from tests.gui.test_tidy10_alt_letters import _clashes, _letters
from tests.gui.test_till_supervisor import _page
from tests.services.conftest import add_household

pytestmark = pytest.mark.gui
WAIT = 20000


def _when_open(act: Callable[[ListCheckDialog], None]) -> None:
    """Run ``act`` on the dialog once it is open (window-modal: its exec() holds the test
    until ``act`` closes it)."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ListCheckDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, step)
    QTimer.singleShot(0, step)


def _fill(path: Path, programme: str = "CHILD_BENEFIT") -> Callable[[ListCheckDialog], None]:
    def fill(dialog: ListCheckDialog) -> None:
        box = dialog.findChild(QComboBox, "listProgramme")
        assert box is not None
        index = box.findData(programme)
        assert index >= 0, [box.itemData(i) for i in range(box.count())]
        box.setCurrentIndex(index)
        field = dialog.findChild(QLineEdit, "listFile")
        assert field is not None
        field.setText(str(path))
        dialog.save_button.click()
    return fill


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_button_has_its_own_alt_letter_and_is_on_screen(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    window, page = _page(qtbot, live_ctx, language)
    button = page.list_button
    assert button.isVisible() and button.isEnabled()
    assert not button.visibleRegion().isEmpty()  # on screen at 1024x700, not cut off
    assert alt_letter(button.text())
    assert _clashes(_letters(window)) == [], "".join(_letters(window))


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_dialogs_fields_have_their_own_alt_letters(qtbot: QtBot, language: str) -> None:
    from station.i18n import apply_language

    apply_language(language)
    dialog = ListCheckDialog(FIXED_NOW.date(), [("CHILD_BENEFIT", "Child benefit")],
                             Path.home())
    qtbot.addWidget(dialog)
    fields = [x.buddy() for x in dialog.findChildren(QLabel) if alt_letter(x.text())]
    assert {f.objectName() for f in fields if f is not None} == {
        "listProgramme", "listFile", "listAsOf", "listFormat"}
    letters = [alt_letter(x.text()) for x in dialog.findChildren(QLabel) if x.buddy()]
    letters += [alt_letter(b.text()) for b in dialog.findChildren(QPushButton)]
    found = [x for x in letters if x]
    assert len(found) == len(set(found)) >= 6, found  # four fields, Choose and Check


def test_no_file_or_a_missing_one_is_said_in_the_dialog(qtbot: QtBot,
                                                        tmp_path: Path) -> None:
    from station.i18n import apply_language

    apply_language("en")
    dialog = ListCheckDialog(FIXED_NOW.date(), [("CHILD_BENEFIT", "Child benefit")],
                             tmp_path)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.error.text() == "Choose the list's file." and dialog.result() == 0
    dialog.path.setText(str(tmp_path / "gone.csv"))
    dialog.save_button.click()
    assert "There is no file" in dialog.error.text() and "gone.csv" in dialog.error.text()
    assert dialog.typed()  # Esc asks before losing the path typed


def test_the_page_checks_a_list_and_says_where_the_report_went(
        qtbot: QtBot, live_ctx: StationContext, tmp_path: Path) -> None:
    station = live_ctx.services["station"].station
    add_household(station, "hh-list", [("p-list", "F", dt.date(2017, 5, 1), "head")])
    path = tmp_path / "child benefit.csv"
    path.write_text("beneficiary_id;name;sex;birth_date\nCB-1;p-list;F;01/05/2017\n"
                    "CB-2;Yim Sreyleak;F;2019-02-02\n", encoding="utf-8")
    _window, page = _page(qtbot, live_ctx, "en")
    _when_open(_fill(path))
    page.list_button.click()
    day = station.settings.today(FIXED_NOW)
    pdf = Path(station.settings.data_dir) / "reports" / f"list-check-CHILD_BENEFIT-{day}.pdf"
    qtbot.waitUntil(lambda: pdf.is_file() and str(pdf) in page.message.text(), timeout=WAIT)
    assert page.message.text().startswith("List checked, report saved: ")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    # p-list is registered but holds no child benefit; Yim Sreyleak is not registered
    assert "Registered, but not in the programme on the date" in text
    assert "p-list" in text and "Yim Sreyleak" in text
    assert page.list_button.isEnabled()


def test_a_spreadsheet_not_saved_as_csv_is_said_in_one_line(
        qtbot: QtBot, live_ctx: StationContext, tmp_path: Path) -> None:
    station = live_ctx.services["station"].station
    path = tmp_path / "payroll.csv"
    path.write_bytes(b"PK\x03\x04 an xlsx renamed")
    _window, page = _page(qtbot, live_ctx, "en")
    _when_open(_fill(path))
    page.list_button.click()
    qtbot.waitUntil(lambda: not page._runner.busy and page.list_button.isEnabled()
                    and page.message.text().startswith("The list was not checked"),
                    timeout=WAIT)
    said = page.message.text()
    assert "payroll.csv is a spreadsheet, not a CSV file" in said and "\n" not in said
    assert not (Path(station.settings.data_dir) / "reports").exists()
