"""How every view writes a date: the interface language's short form (QLocale default)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def short_date(day: dt.date) -> str:
    """``day`` as the window writes dates, e.g. 17/05/1990 in English, 17/5/1990 in Khmer."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def without_mnemonic(text: str) -> str:
    """``text`` with its keyboard mnemonic taken out: ``"&Clerk"`` -> ``"Clerk"``, the
    Khmer/Urdu style ``"ស្មៀន (&C)"`` -> ``"ស្មៀន"`` (``&&``, a literal ampersand, stays).

    For controls reached another way (the modes by Ctrl+1..4, sign-out by its button): their
    Alt letters took the ones the clerk's own steps need (Alt+N for Next, Alt+P for Phone).
    """
    import re

    text = re.sub(r"\s*\(&[^&\s]\)", "", text)
    return re.sub(r"&(?!&)", "", text.replace("&&", "\0")).replace("\0", "&&")
