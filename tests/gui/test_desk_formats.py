"""Numbers and dates on screen in the desk's own format, not the English one."""

from __future__ import annotations

import pytest

from station.i18n import apply_language

pytestmark = pytest.mark.gui


def test_the_odds_of_a_coincidence_are_grouped_as_the_desk_writes_numbers(qapp: object) -> None:
    """At an Indonesian desk "1 banding 3,000" reads as 1 in 3 (the comma is the decimal
    mark there): the duplicate check writes 3.000, as the rest of the window does."""
    from station.views.clerk.duplicates import odds_words

    assert odds_words(1 / 3000) == "3,000"
    apply_language("id")
    assert odds_words(1 / 3000) == "3.000"
    assert odds_words(0.05) == "20"
    assert odds_words(1e-13) == "> 10¹²"


@pytest.mark.parametrize("code", ["km", "ur", "id"])
def test_qts_own_buttons_are_in_the_desks_language(qapp: object, code: str) -> None:
    """Qt ships no Khmer, Urdu or Indonesian words for its standard buttons: the sign-out
    question said Yes / No and Compare the prints said Close in English at those desks."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    apply_language(code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    question = QMessageBox(QMessageBox.Icon.Question, "", "Sign out?",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    shown = [b.text() for b in box.buttons()] + [b.text() for b in question.buttons()]
    assert len(shown) == 5
    english = {"Cancel", "Close", "&Yes", "&No"} | ({"OK"} if code != "id" else set())
    assert not english & set(shown), shown  # Indonesian writes OK as English does
