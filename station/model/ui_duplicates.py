"""What the duplicate view links between the applicant's print and a registered person's.

Qt-free so it can run in the worker thread with the 1:N answer and be tested without a
window. The pairing is :func:`matcher.match_pairs` (display only: the hit itself and its
score come from the 1:N search).
"""

from __future__ import annotations

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
