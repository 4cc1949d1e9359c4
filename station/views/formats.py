"""How every view writes a date: the interface language's short form (QLocale default)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def four_digit_year(pattern: str) -> str:
    """A date pattern with the year always in four digits: "12/4/58" could be 1958 or 2058,
    and a birth year decides an old-age pension."""
    if "yyyy" in pattern:
        return pattern
    return pattern.replace("yy", "yyyy")


def date_field_format() -> str:
    """The display format of a date field (QDateEdit): the language's short form with the
    year in full, as :func:`short_date` writes dates (a field showed 22/11/26 otherwise)."""
    return four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def short_date(day: dt.date) -> str:
    """``day`` as the window writes dates, e.g. 17/05/1990 in English, 17/5/1990 in Khmer:
    the language's short form, with the year in full."""
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day),
                           four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))


def short_date_time(moment: QDateTime, locale: QLocale | None = None) -> str:
    """``moment`` in the language's short date-and-time form, the year in full (as
    :func:`short_date`): a case opened 23/11/26 09:30 reads 23/11/2026 09:30. Kept whole
    at a right-to-left desk (:func:`isolated`): an Urdu table read "AM 9:30 23/11/2026"."""
    locale = locale or QLocale()
    return isolated(locale.toString(moment, four_digit_year(
        locale.dateTimeFormat(QLocale.FormatType.ShortFormat))))


def office_date_time(at: dt.datetime | str, zone: dt.tzinfo | None,
                     locale: QLocale | None = None) -> str:
    """A stored time (aware; naive or ISO text is UTC, as the registry keeps it) in the
    office's ``zone`` (the window's clock's), as :func:`short_date_time` writes it. The
    office's wall time goes to Qt as a fixed one, never as the computer's local time: in
    the computer's own summer-time gap Qt moved it an hour."""
    moment = dt.datetime.fromisoformat(at) if isinstance(at, str) else at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(zone or dt.UTC)
    return short_date_time(QDateTime(QDate(local.year, local.month, local.day),
                                     QTime(local.hour, local.minute, local.second),
                                     QTimeZone.utc()), locale)


def without_mnemonic(text: str) -> str:
    """``text`` with its keyboard mnemonic taken out: ``"&Clerk"`` -> ``"Clerk"``, the
    Khmer/Urdu style ``"ស្មៀន (&C)"`` -> ``"ស្មៀន"`` (``&&``, a literal ampersand, stays).

    For controls reached another way (the modes by Ctrl+1..4, sign-out by its button): their
    Alt letters took the ones the clerk's own steps need (Alt+N for Next, Alt+P for Phone).
    """
    import re

    text = re.sub(r"\s*\(&[^&\s]\)", "", text)
    return re.sub(r"&(?!&)", "", text.replace("&&", "\0")).replace("\0", "&&")


def both_names(local_name: str | None, latin_name: str) -> str:
    """A person as the window's lists name them: the local name with the Latin one beside it
    (namesakes stand side by side there), or the Latin name alone when it is the same."""
    return (f"{local_name} ({latin_name})" if local_name and local_name != latin_name
            else latin_name)


def isolated(value: str) -> str:
    """``value`` (a name, an id, a path) set apart from the sentence around it at a
    right-to-left desk, so that its own script neither turns the whole line left to right
    (an Urdu receipt that began with a Khmer name) nor scatters its punctuation (a path's
    leading slash at the line's end). Unchanged at a left-to-right desk.

    First-strong isolates (U+2068 ... U+2069), paths and ids left-to-right ones (U+2066).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if not value or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return value
    opening = "\u2066" if value.isascii() else "\u2068"
    return f"{opening}{value}\u2069"


def with_money(text: str, amount_at: str, currency_at: str, amount: str,
                currency: str) -> str:
    """``text`` with the amount and its currency put in at their places, kept together as
    one left-to-right piece where they stand side by side: at an Urdu desk a receipt's
    line read its amount before its number (:func:`isolated`)."""
    together = f"{amount_at} {currency_at}"
    if together in text:
        return text.replace(together, isolated(f"{amount} {currency}".strip()))
    return text.replace(amount_at, isolated(amount)).replace(currency_at, isolated(currency))
