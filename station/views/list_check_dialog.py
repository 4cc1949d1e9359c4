"""The supervisor's *Check a programme's list* dialog: which programme's list (a CSV file),
for which day, as a PDF or a CSV.

The dialog only asks; :func:`station.services.list_check.check_programme_list` reads the
list, matches each line to the registered people and writes the report in the data folder's
``reports`` (the supervisor's page runs it in a worker and says where it went). Unlike the
other reports this one names people: what to stop, whom to invite, whom to ask.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from station.views.date_field import date_field
from station.views.dialog_parts import FormDialog, add_error_and_buttons
from station.views.file_dialogs import choose_open_file
from station.views.formats import isolated


class ListCheckDialog(FormDialog):
    """Asks for the programme (``programmes``: (code, name) the registry knows), the list's
    file, the day it pays for (the office's ``today`` unless changed) and the format."""

    def __init__(self, today: dt.date, programmes: list[tuple[str, str]], start: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a programme's list"))
        self.setMinimumWidth(560)
        self._start = start
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "A programme's own list of the people it pays, saved from its spreadsheet as "
            "'CSV UTF-8'. Its first line names the columns: name (or local_name), sex, "
            "birth_date or birth_year, village, national_id, beneficiary_id. Each line is "
            "matched to the people registered here; the report says who is paid after their "
            "death or twice, who is not registered, who is not in the programme, and which "
            "members the list leaves out. It names people: keep it as you keep the registry."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.programme = QComboBox()
        self.programme.setObjectName("listProgramme")
        for code, name in programmes:
            self.programme.addItem(name if name == code else f"{name} ({code})", code)
        form.addRow(self.tr("&Programme"), self.programme)
        self.path = QLineEdit()
        self.path.setObjectName("listFile")
        self.path.setPlaceholderText(self.tr("the list's CSV file"))
        choose = QPushButton(self.tr("C&hoose..."))
        choose.setObjectName("listChoose")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        label = QLabel(self.tr("&List"))
        label.setBuddy(self.path)
        form.addRow(label, row)
        self.as_of = date_field("listAsOf")
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("Pays for &day"), self.as_of)
        self.format = QComboBox()
        self.format.setObjectName("listFormat")
        self.format.addItem(self.tr("PDF, to read or print"), "pdf")
        self.format.addItem(self.tr("CSV, for a spreadsheet"), "csv")
        form.addRow(self.tr("&Format"), self.format)
        self.error, self.save_button = add_error_and_buttons(
            form, self, error_name="listError", ok_name="listCheck", check=self._check,
            ok_text=self.tr("&Check the list"))

    def typed(self) -> bool:
        return bool(self.path.text().strip())

    def _choose(self) -> None:
        chosen = choose_open_file(self, self.tr("The programme's list"), str(self._start),
                                  self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def _check(self) -> None:
        text = self.path.text().strip()
        if self.programme.count() == 0:
            self.error.setText(self.tr("The registry knows no programme yet."))
        elif not text:
            self.error.setText(self.tr("Choose the list's file."))
            self.path.setFocus()
        elif not Path(text).is_file():
            self.error.setText(self.tr("There is no file %1.").replace("%1", isolated(text)))
            self.path.setFocus()
        else:
            self.accept()

    def chosen(self) -> tuple[str, Path, dt.date, str]:
        """The programme's code, the list's file, the day and the format (valid once the
        dialog was accepted)."""
        day = self.as_of.date()
        return (str(self.programme.currentData()), Path(self.path.text().strip()),
                dt.date(day.year(), day.month(), day.day()), str(self.format.currentData()))
