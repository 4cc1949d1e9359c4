"""How every view writes a date: the interface language's short form (QLocale default)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def short_date(day: dt.date) -> str:
    """``day`` as the window writes dates, e.g. 17/05/1990 in English, 17/5/1990 in Khmer."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)
