"""The payments panel's statement of a membership that is over (money11): "Status active:
..., paid until 21/11/2026, credit 15,000 XSP (ended on 21/11/2026)" was read to a member who
had moved away: "active" beside the end read as still running. Its first words now say what
is true: when it ended, what it still owes, the credit to give back; one a death before its
start kept, that it never ran and what is owed to the family. A running one reads as
before."""

from __future__ import annotations

from typing import Any

import pytest

from station.model.deaths import record_death
from station.model.operators import OperatorInfo, login
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_credit10_gui import _paid_ahead_then_moved
from tests.gui.test_refund10_gui import _paid_not_begun
from tests.gui.test_review10c_statement import _statement
from tests.gui.test_services_panels import _contributing_member, clerk, household

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui


def _died_before_it_began(station: Any, clerk: OperatorInfo, household: str) -> str:
    """The mother's insurance, to begin on 1 December, 4,500 paid; she died today."""
    membership = _paid_not_begun(station, clerk, household)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    record_death(station, "p-mother", died_on=FIXED_NOW.date(), source="certificate 9",
                 by=boss, now=FIXED_NOW)
    return membership


def test_an_ended_membership_says_it_ended_and_the_credit_to_give_back(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    text = _statement(qtbot, station, clerk, _paid_ahead_then_moved(station, clerk, household))
    assert text.startswith("Ended on 21/11/2026: arrears 0 XSP"), text
    assert "paid until 21/11/2026" in text and ", credit 15,000 XSP to give back" in text
    assert "active" not in text.lower() and "status" not in text.lower(), text


def test_one_that_never_ran_says_the_refund_owed_to_the_family(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    text = _statement(qtbot, station, clerk, _died_before_it_began(station, clerk, household))
    assert text == ("Never ran: the holder died before it began; 4,500 XSP to refund to the "
                    "family"), text


def test_a_running_membership_reads_as_before(qtbot: Any, station: Any, clerk: OperatorInfo,
                                              household: str) -> None:
    text = _statement(qtbot, station, clerk, _contributing_member(station, clerk, household))
    assert text.startswith("Status active: arrears 1,500 XSP, 0 periods overdue"), text


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_true_status_is_said_in_the_desks_language(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str, language: str) -> None:
    from station.i18n import apply_language

    ended = _paid_ahead_then_moved(station, clerk, household)
    apply_language(language)
    said = _statement(qtbot, station, clerk, ended)
    english = _english(qtbot, station, clerk, ended, language)
    assert said != english and "21/11/2026" in said and "XSP" in said, said
    for word in ("Ended", "Status", "active", "credit", "give back"):
        assert word not in said, said
    assert _active(language) not in said, said  # the running status word, translated


def _active(language: str) -> str:
    """The desk's word for a running membership's status "active" (never on an ended one)."""
    from PySide6.QtCore import QCoreApplication

    word = QCoreApplication.translate("PaymentsPanel", "active")
    assert word and word != "active", language
    return word


def _english(qtbot: Any, station: Any, clerk: OperatorInfo, membership: str,
             language: str) -> str:
    from station.i18n import apply_language

    apply_language("en")
    try:
        return _statement(qtbot, station, clerk, membership)
    finally:
        apply_language(language)


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_never_ran_is_said_in_the_desks_language(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str, language: str) -> None:
    from station.i18n import apply_language

    kept = _died_before_it_began(station, clerk, household)
    apply_language(language)
    said = _statement(qtbot, station, clerk, kept)
    assert "XSP" in said and "Never" not in said and "family" not in said, said
    assert _active(language) not in said, said
