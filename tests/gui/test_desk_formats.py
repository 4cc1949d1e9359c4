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
