"""A card signed by a revoked station's card signer, said at a Khmer, Urdu or Indonesian desk.

``cardio.verify`` refuses a card signed at or after its signer's revocation (reason
``signer_revoked``) and warns on one signed before (still valid); the warning's English carries
dates, so the window says it without them rather than leaving English on a translated desk.
"""

from __future__ import annotations

from typing import Any

import pytest

from station.i18n import apply_language
from station.model.ui_cards import REASON_TEXT, CardOutcome
from station.views.card_outcome import CardOutcomeView

WARNING = ("signed on 2026-11-20 09:00 UTC, before its card signer was revoked on "
           "2026-11-21 10:00 UTC (laptop stolen): still valid")


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_a_translated_desk_says_why_a_card_of_a_revoked_station_is_refused(
        qapp: Any, language: str) -> None:
    try:
        apply_language(language)
        view = CardOutcomeView("")
        refused = CardOutcome(False, "card", "x", reason="signer_revoked")
        said = view.reason_text(refused)
        assert said and said != "x" and "signed after" not in said
        assert "still valid" not in view._dated_warning(WARNING)
        assert "2026" not in view._dated_warning(WARNING)  # the dates are the English detail's
    finally:
        apply_language("en")


def test_the_english_desk_names_the_revoked_station_and_keeps_other_warnings(qapp: Any) -> None:
    apply_language("en")
    view = CardOutcomeView("")
    assert view.reason_text(CardOutcome(False, "card", "x", reason="signer_revoked")) == (
        "The card was signed after its issuing station was revoked (stolen or withdrawn).")
    assert REASON_TEXT["signer_revoked"].startswith("the card was signed after")
    assert view._dated_warning(WARNING) == ("signed before its issuing station was revoked: "
                                            "still valid")
    assert view._dated_warning("something else") == "something else"
