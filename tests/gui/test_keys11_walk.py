"""What a fresh walk through the window at 1024x700 in English, Khmer, Urdu and
Indonesian found, each fixed with its test."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from tests.gui.test_tidy10_alt_letters import _settle

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_a_members_situation_reads_whole_in_its_drop_downs(qtbot: QtBot,
                                                           language: str) -> None:
    """The Programmes tab's disability column was narrower than its words: an Indonesian
    clerk read "tidak diketah" for "tidak diketahui" (unknown)."""
    from station.views.services.members_table import Member, MembersTable

    apply_language(language)
    table = MembersTable()
    qtbot.addWidget(table)
    table.resize(960, 120)  # the tab's width in a 1024 px window
    table.show_members([Member("p1", "Sok Dara", "F", dt.date(1958, 4, 12), None, None,
                               head=True)], dt.date(2026, 11, 23))
    table.show()
    _settle()
    cut = []
    for column in (3, 4):
        box = table.cellWidget(0, column)
        assert isinstance(box, QComboBox)
        if box.width() < box.sizeHint().width():
            cut.append((column, box.currentText(), box.width(), box.sizeHint().width()))
    assert cut == []
