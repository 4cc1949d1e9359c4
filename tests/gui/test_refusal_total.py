"""A payment refused because the membership's total would pass what the registry keeps as
one amount is said as that, not as "A payment must be a positive whole amount" (what a
translated desk said: the refusal is a kind of NotAnAmount)."""

from __future__ import annotations

import pytest

from station.services.payments import MAX_AMOUNT, TotalPastLimit
from station.views.workers import plain_message

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_a_total_past_the_limit_is_said_as_such(language: str) -> None:
    from station.i18n import apply_language
    from station.services.errors import NotAnAmount

    apply_language(language)
    said = plain_message(TotalPastLimit(10, MAX_AMOUNT - 5))
    generic = plain_message(NotAnAmount(-1))
    assert said and said != generic, said
