"""Review of 'Give back the credit': a membership that never ran is withdrawn by the refund,
and the question the clerk answers says so before, not only the line after."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from station.model.operators import OperatorInfo
from station.services import payments
from tests.gui.test_credit10_gui import TODAY, _paid_ahead_then_moved
from tests.gui.test_services_panels import clerk, household
from tests.gui.test_seventh_day_gui import _programmes_panel

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_question_says_a_membership_that_never_ran_is_withdrawn(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str, language: str) -> None:
    """A death recorded by mistake kept her insurance for its money; undone, the credit is
    given back whole and the membership withdrawn. The question asked only 'Give back 4,500
    XSP paid towards ... beyond what it owed to ...?': Yes, and the membership was gone."""
    from station.i18n import apply_language

    membership = _paid_ahead_then_moved(station, clerk, household)
    quote = payments.refundable_credit(station, membership, today=TODAY)
    panel = _programmes_panel(qtbot, station, clerk, household)
    apply_language(language)
    ended = panel.credit_question(quote)
    never_ran = panel.credit_question(dataclasses.replace(quote, never_ran=True))
    family = panel.credit_question(dataclasses.replace(quote, never_ran=True, deceased=True))
    assert len({ended, never_ran, family}) == 3  # three different sentences
    assert "15" in never_ran and "XSP" in never_ran
    if language == "en":
        assert "withdraw" in never_ran and "withdraw" in family and "withdraw" not in ended
        assert "family" in family
    else:
        assert "withdraw" not in never_ran and "family" not in family
