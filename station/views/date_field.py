"""The station's date field: a QDateEdit that reads as the desk writes dates.

At a right-to-left desk Qt lays a date field's sections out in reverse: an Urdu birth date
read "2031/4/12" while the refusal under it, the tables and the receipt wrote "12/4/2031".
The field's text stays left to right (day first, as :func:`formats.short_date` writes it);
the calendar that drops down keeps the desk's direction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateEdit

from station.views.formats import date_field_format


def date_field(name: str) -> QDateEdit:
    """A calendar-popup date field named ``name``, in the language's short form."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format: Qt orders
    edit.setCalendarPopup(True)                               # the sections by it
    edit.setDisplayFormat(date_field_format())
    edit.calendarWidget().setLayoutDirection(QGuiApplication.layoutDirection())
    return edit
