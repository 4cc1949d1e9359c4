"""The supervisor page says until when cards can be signed, and in red when a card issued
today would be cut short by the end of the signing certificates, or cannot be issued."""

from __future__ import annotations

import datetime as dt
from typing import Any

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


def test_the_supervisor_installs_new_certificates_from_the_page(
        qtbot: QtBot, live_ctx: StationContext, tmp_path: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The button appears once cards are cut short; a bad delivery says why and changes
    nothing; a good one is installed and the red warning goes."""
    from cardio.pki import issue_signer

    issuing = live_ctx.services["station"].station.settings.issuing_dir
    authority = cardio.make_demo_chain(FIXED_NOW - dt.timedelta(days=1), signer_days=3 * 365)
    authority.save(issuing)  # the station's chain: its signer ends in three years
    boss = _supervisor(qtbot, live_ctx)
    qtbot.waitUntil(lambda: "valid only until" in boss.signing_label.text(), timeout=10000)
    assert not boss.keys_button.isHidden()

    delivery = tmp_path / "delivery"
    issue_signer(authority, FIXED_NOW - dt.timedelta(hours=1)).save(delivery)
    (delivery / "signer.key").unlink()  # incomplete delivery
    monkeypatch.setattr(boss, "_choose_keys_folder", lambda: delivery)
    boss.keys_button.click()
    qtbot.waitUntil(lambda: "were not installed" in boss.message.text(), timeout=10000)
    assert "lacks signer.key" in boss.message.text()
    assert cardio.Pki.load(issuing).signer_cert == authority.signer_cert

    fresh = issue_signer(authority, FIXED_NOW - dt.timedelta(hours=1))
    fresh.save(delivery)
    boss.keys_button.click()
    qtbot.waitUntil(lambda: "installed: cards issued now" in boss.message.text(),
                    timeout=10000)
    assert cardio.Pki.load(issuing).signer_cert == fresh.signer_cert
    qtbot.waitUntil(lambda: boss.signing_label.text().startswith(
        "Card-signing certificates valid until"), timeout=10000)
    assert boss.keys_button.isHidden()
