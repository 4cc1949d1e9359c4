"""The holder's name a visit now keeps in its audit event is named in the auditor's words."""

from __future__ import annotations

import pytest

from station.i18n import apply_language
from station.views.audit_words import detail_words, details_in_words

pytestmark = pytest.mark.gui

HOLDER = {"en": "holder", "km": "ម្ចាស់កាត", "ur": "کارڈ ہولڈر", "id": "pemegang kartu"}


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_a_visits_holder_is_named_in_the_auditors_details(qapp: object,
                                                          language: str) -> None:
    """A service.use event's holder read 'holder: Dara Sok' at every desk, the key as
    stored; it is the desk's word for the card's holder now."""
    apply_language(language)
    try:
        said = details_in_words({"holder": "Dara Sok", "facility": "Provincial hospital"},
                                detail_words())
        assert said.split(" · ")[1] == f"{HOLDER[language]}: Dara Sok"
    finally:
        apply_language("en")


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_an_export_of_the_visits_is_an_action_in_words(qapp: object, language: str) -> None:
    from station.model.visits import EXPORT_ACTION
    from station.views.audit_words import action_words

    apply_language("en")
    english = action_words().get(EXPORT_ACTION)
    apply_language(language)
    try:
        said = action_words().get(EXPORT_ACTION)
        assert english == "visits exported (for the facility's claim)"
        assert said and said != english and said != EXPORT_ACTION
    finally:
        apply_language("en")


@pytest.mark.parametrize("language", ["en", "km"])
def test_a_household_change_reads_in_the_auditors_words(qapp: object, language: str) -> None:
    """A new head's event: the household, its head and the relation before and after, each
    in the desk's words (the relation in the enrolment form's)."""
    apply_language(language)
    try:
        said = details_in_words({"household_id": "h1", "head": "p2", "reason": "form 3",
                                 "relation": ["spouse", "head"]}, detail_words())
        if language == "en":
            assert said == ("head of the household: p2 · household: h1 · reason: form 3 · "
                            "relation to the head: Spouse, Head of the household")
        else:
            assert "spouse" not in said and "relation" not in said and "head" not in said
    finally:
        apply_language("en")
