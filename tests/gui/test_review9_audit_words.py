"""Review 9: the auditor reads why a membership ended in words, at every desk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from station.i18n import apply_language
from station.services.memberships import END_REASONS
from station.views.audit_words import detail_words, details_in_words

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_an_end_or_withdrawal_reason_is_in_words_in_the_auditors_details(
        qapp: object, language: str) -> None:
    """A programme.end or programme.withdraw event's reason read 'own_request' (or
    'holder deceased', in English at a Khmer desk) in the auditor's details, while the
    Programmes tab says 'at the person's own request'. It is now the tab's words."""
    apply_language(language)
    try:
        for code in (*END_REASONS, "holder deceased"):
            said = details_in_words({"reason": code}, detail_words()).split(": ", 1)[1]
            assert said not in (code, code.replace("_", " ")), said
        said = details_in_words({"reason": "own_request"}, detail_words())
        assert said.endswith(QCoreApplication.translate("ProgrammesPanel",
                                                        "at the person's own request"))
        # a reason typed by hand (a card's revocation) stays as typed
        assert details_in_words({"reason": "card left in a taxi"}, {}).endswith(
            "card left in a taxi")
    finally:
        apply_language("en")
