"""Walk 13: a refusal that begins with a name reads right to left at an Urdu desk.

The Payments tab, given the card of a person with no contributory membership, said
"សុខ សុផល (Sok Sophal) کی کوئی ایسی رکنیت نہیں..." laid left to right: the Khmer name, first,
turned the whole Urdu line round, so it began at the left and its words read out of
order. A name, id or number put into a refusal is set apart (formats.isolated), as the
desk's own sentences already set them."""

from __future__ import annotations

import unicodedata

import pytest
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.services.errors import NoContributoryMembership
from station.views.refusals import refusal

pytestmark = pytest.mark.gui


def _base_direction(text: str) -> str:
    """The line's direction as the Unicode bidi rules find it: its first strong letter
    outside any isolate ("L" or "R")."""
    depth = 0
    for char in text:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == "\u2069":
            depth = max(0, depth - 1)
        elif depth == 0 and unicodedata.bidirectional(char) in ("L", "R", "AL"):
            return "L" if unicodedata.bidirectional(char) == "L" else "R"
    return "L"


def test_a_refusal_that_begins_with_a_khmer_name_reads_right_to_left_in_urdu(
        qtbot: QtBot) -> None:
    apply_language("ur")
    said = refusal(NoContributoryMembership("សុខ សុផល (Sok Sophal)", "p-1", "DEMO-1",
                                            "issued"))
    assert said is not None and "សុខ សុផល (Sok Sophal)" in said
    assert _base_direction(said) == "R"
    apply_language("en")
    said = refusal(NoContributoryMembership("Sok Sophal", "p-1", "DEMO-1", "issued"))
    assert said == "Sok Sophal holds no contributory membership."  # unchanged left to right
