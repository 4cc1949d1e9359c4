"""The supervisor page says until when cards can be signed, and in red when a card issued
today would be cut short by the end of the signing certificates, or cannot be issued."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale
from pytestqt.qtbot import QtBot

import cardio
from station.model.ui_context import StationContext
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_adjudication import _supervisor
from tests.gui.test_supervisor_registration import shown

pytestmark = pytest.mark.gui


def test_the_supervisor_sees_how_long_cards_can_be_signed(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    boss = _supervisor(qtbot, live_ctx)
    locale = boss.locale()

    def day(moment: dt.datetime) -> str:
        d = moment.date()
        return locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)

    issuing = live_ctx.services["station"].station.settings.issuing_dir
    ends = cardio.Pki.load(issuing).valid_until  # the demo chain made at initialisation
    qtbot.waitUntil(lambda: bool(boss.signing_label.text()), timeout=10000)
    assert boss.signing_label.text() == f"Card-signing certificates valid until {day(ends)}"
    assert boss.signing_label.styleSheet() == ""

    short = cardio.make_demo_chain(FIXED_NOW - dt.timedelta(days=1), signer_days=3 * 365)
    short.save(issuing)
    text = shown(qtbot, boss, boss.signing_label.text(), "signing_label")
    assert text == (f"Cards issued now are valid only until {day(short.valid_until)}: the "
                    "card-signing certificates end then. Ask for new ones.")
    assert "b00020" in boss.signing_label.styleSheet()

    ending = cardio.make_demo_chain(FIXED_NOW - dt.timedelta(days=1), signer_days=100)
    ending.save(issuing)
    text = shown(qtbot, boss, text, "signing_label")
    assert text == (f"No card can be issued: the card-signing certificates end on "
                    f"{day(ending.valid_until)}. Ask for new ones.")
    assert "b00020" in boss.signing_label.styleSheet()
