"""Desk 9 in the Household programmes tab: each proposal is named in the desk's words, not
followed by the catalogue's code (OLD_AGE_PENSION), as the clerk's programme step names it;
the code stays in the tooltip."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from station.i18n import apply_language
from station.model.operators import OperatorInfo
from station.services import households
from station.views.services import ProgrammesPanel
from tests.gui.test_services_panels import WAIT, clerk, clock, household  # noqa: F401
from tests.services.conftest import POOR_ANSWERS

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_tab_names_a_proposal_without_its_code(qtbot: Any, station: Any,
                                                   clerk: OperatorInfo,  # noqa: F811
                                                   household: str,  # noqa: F811
                                                   language: str) -> None:
    from tests.gui.conftest import FIXED_NOW

    households.assess_household(station, household, POOR_ANSWERS, operator=clerk,
                                now=FIXED_NOW)
    apply_language(language)
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.household.setText(household)
    qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.proposals.count() > 0, timeout=WAIT)
    codes = [p.programme_code for p in panel.package.proposals]
    assert "OLD_AGE_PENSION" in codes
    for i, code in enumerate(codes):
        item = panel.proposals.item(i)
        assert code not in item.text(), item.text()
        assert code in item.toolTip().splitlines(), item.toolTip()
