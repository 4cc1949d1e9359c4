"""The enrolment receipt is dated in the office's time, not the computer's."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, QTime

from station.model.ui_receipt import Receipt


@pytest.fixture
def computer_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A laptop whose own clock is set to another zone than the office's."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_receipt_says_the_offices_time_not_the_computers(
        qapp: object, computer_in_new_york: None) -> None:
    from station.views.receipt import issued_when

    # the window's clock gives the office's time: 16:30 in Phnom Penh is 04:30 in New York
    at = dt.datetime(2026, 11, 22, 16, 30, tzinfo=ZoneInfo("Asia/Phnom_Penh"))
    receipt = Receipt(station_name="Office", operator="Ana", issued_at=at, person_id="p-1",
                      local_name="Sok", latin_name="Sok", household_id=None, address="",
                      programmes=(), card_serial=None)
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    said = issued_when(receipt, locale)
    assert said == (locale.toString(QDate(2026, 11, 22), QLocale.FormatType.LongFormat) + " "
                    + locale.toString(QTime(16, 30), QLocale.FormatType.ShortFormat))
