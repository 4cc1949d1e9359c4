"""Eligibility reasons in the interface language, from their structured form.

The rules write each reason in English (``Proposal.reason``, ``Consideration.reason``): that
string is the record, stored, audited and synced. The window shows the same reason in the
clerk's language by rendering the structured :class:`~station.services.eligibility.Verdict`
that comes with it: fact labels, operators' words, the values (poverty levels, employment,
sex: with the words the members table and the programmes tab already use) and numbers
through ``QLocale``. In English the record's own wording is shown, word for word. An item
without a structured form (a package stored before reasons had one), or with one this window
cannot render (a fact or operator it does not know), shows its stored sentence; a non-English
desk is told plainly that it is the English record.
"""

from __future__ import annotations

import logging
import re
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale

from station.i18n import current_language
from station.services.catalogue import programme_names
from station.services.eligibility import Verdict
from station.services.facts import FACTS, FactValue
from station.services.rules import Reason, shown
from station.views.value_words import member_words, poverty_words

log = logging.getLogger(__name__)


class Explained(Protocol):
    """A proposal or a consideration: the English record and, maybe, its structure."""

    @property
    def reason(self) -> str: ...

    @property
    def why(self) -> Verdict | None: ...


def say(item: Explained) -> str:
    """``item``'s reason in the interface language (its stored English if unstructured)."""
    why = getattr(item, "why", None)  # an older stored object may lack the field
    if isinstance(why, Verdict):
        try:
            return render_verdict(why)
        except (KeyError, IndexError, TypeError, ValueError) as err:
            log.warning("reason not rendered (%s: %s); showing the stored sentence",
                        type(err).__name__, err)
    return as_stored(str(getattr(item, "reason", "") or ""))


def as_stored(reason: str) -> str:
    """The stored English sentence, as it is; outside English, said to be the record."""
    if not reason.strip():
        return QCoreApplication.translate("Reasons", "no reason was recorded")
    if current_language() == "en":
        return reason
    return _fill(QCoreApplication.translate(
        "Reasons", "%1 (the reason as recorded, in English)"), reason)


def render_verdict(verdict: Verdict, *, english_record: bool | None = None) -> str:
    """A whole verdict ("eligible because ...", "not eligible: ...") as the clerk reads it.

    ``english_record`` (default: the interface is English) keeps values and programme codes
    as the English record writes them, so that rendering equals ``verdict.english``.
    """
    record = current_language() == "en" if english_record is None else english_record
    text = _joined([render_reason(r, english_record=record) for r in verdict.reasons])
    if verdict.kind == "not_eligible":
        return _fill(QCoreApplication.translate("Reasons", "not eligible: %1"), text)
    if verdict.kind == "not_proposed":
        return _fill(
            QCoreApplication.translate("Reasons", "eligible, not proposed: %1"),
            _blocker(verdict, record),
        )
    said = _fill(QCoreApplication.translate("Reasons", "eligible because %1"), text)
    if verdict.one_per_household:
        said = _fill(QCoreApplication.translate("Reasons", "%1 (one member per household)"), said)
    return said


def render_reason(reason: Reason, *, english_record: bool | None = None) -> str:
    """One reason ("age 68 >= 65") in the interface language."""
    record = current_language() == "en" if english_record is None else english_record
    label = _labels().get(reason.fact) or FACTS[reason.fact].label
    actual = _value(reason.actual, record)
    wanted = [_value(v, record) for v in reason.wanted]
    first = wanted[0] if wanted else ""
    if reason.kind == "not_recorded":
        return _fill(QCoreApplication.translate("Reasons", "%1 is not recorded"), label)
    if reason.kind == "bool":
        return _fill(QCoreApplication.translate("Reasons", "%1: %2"), label, actual)
    if reason.kind in ("in", "not_in"):
        listed = wanted[0]
        for more in wanted[1:]:
            listed = _fill(QCoreApplication.translate("Reasons", "%1, %2"), listed, more)
        pattern = (
            QCoreApplication.translate("Reasons", "%1 %2 is one of %3")
            if reason.kind == "in"
            else QCoreApplication.translate("Reasons", "%1 %2 is not one of %3")
        )
        return _fill(pattern, label, actual, listed)
    if reason.kind == "enum_is":
        return _fill(QCoreApplication.translate("Reasons", "%1 is %2"), label, first)
    if reason.kind == "enum_is_not":
        return _fill(
            QCoreApplication.translate("Reasons", "%1 is %2, not %3"), label, actual, first
        )
    patterns = _ordinal() if reason.kind == "ordinal" else _compare()
    return _fill(patterns[reason.op], label, actual, first)


def _blocker(verdict: Verdict, record: bool) -> str:
    if verdict.blocker == "member":
        return QCoreApplication.translate("Reasons", "already a member")
    if verdict.blocker == "excluded":
        code = verdict.excluded_by
        name = code if record else programme_names(current_language()).get(code, code)
        return _fill(
            QCoreApplication.translate("Reasons", "already in %1, which excludes it"), name
        )
    return QCoreApplication.translate("Reasons", "the household already has one member in it")


def _joined(parts: list[str]) -> str:
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = _fill(QCoreApplication.translate("Reasons", "%1 and %2"), text, part)
    return text


def _fill(pattern: str, *args: str) -> str:
    """``%1``, ``%2``... replaced in one pass, so a value holding "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1], pattern)


def _value(value: FactValue, record: bool) -> str:
    if record:
        return shown(value)
    if isinstance(value, bool):
        return _words()["yes" if value else "no"]
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    if value is None:
        return ""
    return _words().get(value, shown(value))


def _labels() -> dict[str, str]:
    """Fact labels (:data:`station.services.facts.FACTS`) in the interface language."""
    return {
        "age": QCoreApplication.translate("Reasons", "age"),
        "sex": QCoreApplication.translate("Reasons", "sex"),
        "disability": QCoreApplication.translate("Reasons", "disability"),
        "employment": QCoreApplication.translate("Reasons", "employment"),
        "is_head": QCoreApplication.translate("Reasons", "head of household"),
        "poverty_level": QCoreApplication.translate("Reasons", "household poverty level"),
        "pmt_score": QCoreApplication.translate("Reasons", "household PMT score"),
        "household_size": QCoreApplication.translate("Reasons", "household size"),
        "children_under_16": QCoreApplication.translate(
            "Reasons", "children under 16 in the household"
        ),
        "elderly_members": QCoreApplication.translate(
            "Reasons", "members aged 60 or more in the household"
        ),
        "disabled_members": QCoreApplication.translate(
            "Reasons", "members with a disability in the household"
        ),
    }


def _words() -> dict[str, str]:
    """Value codes in the words the members table and the programmes tab use."""
    return {**member_words(), **poverty_words()}


def _ordinal() -> dict[str, str]:
    """Ordinal facts run from the poorest up: "<=" reads "at or below"."""
    return {
        "==": QCoreApplication.translate("Reasons", "%1 %2 is exactly %3"),
        "!=": QCoreApplication.translate("Reasons", "%1 %2 is other than %3"),
        "<": QCoreApplication.translate("Reasons", "%1 %2 is below %3"),
        "<=": QCoreApplication.translate("Reasons", "%1 %2 is at or below %3"),
        ">": QCoreApplication.translate("Reasons", "%1 %2 is above %3"),
        ">=": QCoreApplication.translate("Reasons", "%1 %2 is at or above %3"),
    }


def _compare() -> dict[str, str]:
    """Number comparisons; English keeps the record's symbols, translations may use words."""
    return {
        "==": QCoreApplication.translate("Reasons", "%1 %2 == %3"),
        "!=": QCoreApplication.translate("Reasons", "%1 %2 != %3"),
        "<": QCoreApplication.translate("Reasons", "%1 %2 < %3"),
        "<=": QCoreApplication.translate("Reasons", "%1 %2 <= %3"),
        ">": QCoreApplication.translate("Reasons", "%1 %2 > %3"),
        ">=": QCoreApplication.translate("Reasons", "%1 %2 >= %3"),
    }
