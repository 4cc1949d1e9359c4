"""What the duplicate view links between the applicant's print and a registered person's,
and how it flags a candidate recorded as deceased.

Qt-free so it can run in the worker thread with the 1:N answer and be tested without a
window. The pairing is :func:`matcher.match_pairs` (display only: the hit itself and its
score come from the 1:N search).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from matcher.errors import MatcherError
from matcher.pairing import match_pairs
from matcher.template import Template


def paired_minutiae(applicant: Any, registered: Any) -> list[tuple[int, int]]:
    """Row pairs ``(applicant minutia, registered minutia)`` to link on screen.

    Empty when either side has no template (a finger not captured, a registered print
    without a stored template) or the pairing refuses the input: the view then simply draws
    no links, which is never worth failing the duplicate check for.
    """
    if not isinstance(applicant, Template) or not isinstance(registered, Template):
        return []
    try:
        return match_pairs(applicant, registered)
    except MatcherError:
        return []


def deceased_note(person: Mapping[str, Any]) -> str | None:
    """"recorded as deceased on DATE" for a candidate whose death is on file, else None.

    A new applicant whose fingers match a deceased person is a fraud signal (someone taking
    over the identity), not a new person: the clerk sees it beside the candidate and the
    case goes to adjudication like any duplicate. ``person`` is ``persons.get_person``'s.
    """
    died_on = person.get("died_on") or (person.get("death") or {}).get("died_on")
    return f"recorded as deceased on {str(died_on)[:10]}" if died_on else None


_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def odds_text(coincidence: float, group: Callable[[int], str] = "{:,}".format) -> str:
    """``coincidence`` (a probability) as the "N" of "1 in N": ``20``, ``3,000``, ``10⁹``.

    Below 1 in 100,000 only the power of ten is meaningful (the calibration's tail is an
    extrapolation there), and beyond 10¹² not even that, so it reads ``> 10¹²``. ``group``
    writes a whole number with its thousands marked (the window passes its language's, where
    ``3.000`` is three thousand and ``3,000`` would be three).
    """
    odds = 1.0 / coincidence if coincidence > 0.0 else math.inf
    if odds < 100_000:
        return group(round(max(1.0, odds)))
    if odds >= 1e12:
        return "> 10" + "12".translate(_SUPERSCRIPT)
    return "10" + str(math.floor(math.log10(odds))).translate(_SUPERSCRIPT)
