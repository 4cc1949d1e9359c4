"""Walk 8 at the clerk's duplicate check: a person registered without a hit is named, not
shown as a 36-character id the clerk cannot read back to anyone."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol

pytestmark = pytest.mark.gui


def test_no_duplicate_names_the_person_just_registered(qtbot: QtBot,
                                                      live_ctx: StationContext) -> None:
    page = _clerk(qtbot, live_ctx)
    result = _enrol(qtbot, page, PERSON_FIELDS)
    said = page.dedup.banner.text()
    assert said.startswith("No duplicate found"), said
    assert "សុខ ដារា" in said and "Sok Dara" in said, said
    assert str(result.person_id) not in said, said
