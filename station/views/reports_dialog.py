"""The supervisor's Reports dialog: which report (coverage, grievances, case management), as
of which day, for the whole station or one commune, as a PDF or a CSV.

The dialog only asks; :func:`station.services.reports.save_report` writes the file in the
data folder's ``reports`` (the supervisor's page runs it in a worker and says where it went).
A PDF is in the desk's language (:mod:`.report_words`); a CSV keeps the English codes and
column names of `sws report`, for spreadsheets and other programs.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from station.views.date_field import date_field
from station.views.dialog_parts import add_error_and_buttons


class ReportsDialog(QDialog):
    """Asks for the report, its date (the office's ``today`` unless changed, never after it),
    its area (``communes``: (code, name) of those the station has people in) and format.
    Nothing typed is lost on Cancel, so Save is the default."""

    def __init__(self, today: dt.date, communes: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a report"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "The report is saved in the station's reports folder. It holds counts, codes and "
            "grievance references, never names. A PDF is in the language of this desk; a CSV "
            "keeps the codes in English, for spreadsheets and other programs."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for text, kind in ((self.tr("Coverage by programme, sex and age"), "coverage"),
                           (self.tr("Grievances"), "grievances"),
                           (self.tr("Case management"), "cases")):
            self.kind.addItem(text, kind)
        form.addRow(self.tr("&Which report"), self.kind)
        self.as_of = date_field("reportAsOf")
        self.as_of.setMaximumDate(QDate(today.year, today.month, today.day))
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("As of &date"), self.as_of)
        self.area = QComboBox()
        self.area.setObjectName("reportArea")
        self.area.addItem(self.tr("The whole station"), None)
        for code, name in communes:
            self.area.addItem(self.tr("Commune %1 (%2)").replace("%1", name)
                              .replace("%2", code) if name != code else code, code)
        form.addRow(self.tr("&Area"), self.area)
        self.format = QComboBox()
        self.format.setObjectName("reportFormat")
        self.format.addItem(self.tr("PDF, to read or print"), "pdf")
        self.format.addItem(self.tr("CSV, for a spreadsheet"), "csv")
        form.addRow(self.tr("&Format"), self.format)
        self.error, self.save_button = add_error_and_buttons(
            form, self, error_name="reportError", ok_name="reportSave", check=self.accept,
            ok_text=self.tr("&Save"))

    def chosen(self) -> tuple[str, dt.date, str | None, str]:
        """The report's kind, its date, the commune's code (None: the whole station) and the
        format (valid once the dialog was accepted)."""
        day = self.as_of.date()
        return (str(self.kind.currentData()), dt.date(day.year(), day.month(), day.day()),
                self.area.currentData(), str(self.format.currentData()))
