"""The supervisor's "Record a death" dialog: the date of death and where it is known from.

The dialog only asks; :func:`station.model.deaths.record_death` does the work (and refuses
what it must: a date in the future or before birth, a death already on file).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from station.views.date_field import date_field
from station.views.dialog_parts import FormDialog, add_error_and_buttons
from station.views.formats import isolated, short_date


class DeathDialog(FormDialog):
    """Asks for the date of death (between birth and today) and its source."""

    def __init__(self, name: str, born: dt.date, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a death"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "Recording the death of %1 ends their programmes on that date and revokes their "
            "card. The person stays in the registry, and the central registry is told.")
            # which of the namesakes the list shows: the name and the birth date
            .replace("%1", self.tr("%1, born %2").replace("%1", isolated(name))
                     .replace("%2", short_date(born))))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.date = date_field("deathDate")
        self.date.setDateRange(QDate(born.year, born.month, born.day),
                               QDate(today.year, today.month, today.day))
        self._today = QDate(today.year, today.month, today.day)
        self.date.setDate(self._today)
        form.addRow(self.tr("&Date of death"), self.date)
        self.source = QLineEdit()
        self.source.setObjectName("deathSource")
        self.source.setPlaceholderText(self.tr("e.g. death certificate 123/2026, Batheay "
                                               "commune"))
        form.addRow(self.tr("&Known from"), self.source)
        self.error, _ok = add_error_and_buttons(
            form, self, error_name="deathError", ok_name="deathOk", check=self._check,
            ok_text=self.tr("&Record the death"))
        self.source.textEdited.connect(lambda _text: self.error.clear())

    def typed(self) -> bool:
        # a date of death chosen from the certificate is as much the supervisor's work
        return bool(self.source.text().strip()) or self.date.date() != self._today

    def chosen(self) -> tuple[dt.date, str]:
        """The date of death and its source (valid once the dialog was accepted)."""
        day = self.date.date()
        return dt.date(day.year(), day.month(), day.day()), self.source.text().strip()

    def _check(self) -> None:
        if not self.source.text().strip():
            self.error.setText(self.tr("Say where the death is known from (the death "
                                       "certificate, the commune's register...)."))
            return
        self.accept()
