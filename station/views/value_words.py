"""Stored value codes in the clerk's words: one table for every screen that shows them.

The members table, the programmes tab and the eligibility reasons show the same codes (sex,
disability, employment, poverty level), the grievance and case panels and their refusals the
same states; their words live here once, under the translation
contexts they were first translated in ("MembersTable", "ProgrammesPanel"). Each text is a
literal ``translate`` call, so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def member_words() -> dict[str, str]:
    """Sex, disability and employment codes as the clerk reads them."""
    return {
        "F": QCoreApplication.translate("MembersTable", "Female"),
        "M": QCoreApplication.translate("MembersTable", "Male"),
        "X": QCoreApplication.translate("MembersTable", "Other"),
        "unknown": QCoreApplication.translate("MembersTable", "unknown"),
        "yes": QCoreApplication.translate("MembersTable", "yes"),
        "no": QCoreApplication.translate("MembersTable", "no"),
        "employed": QCoreApplication.translate("MembersTable", "employed"),
        "self_employed": QCoreApplication.translate("MembersTable", "self-employed"),
        "informal": QCoreApplication.translate("MembersTable", "informal work"),
        "unemployed": QCoreApplication.translate("MembersTable", "unemployed"),
        "student": QCoreApplication.translate("MembersTable", "student"),
        "retired": QCoreApplication.translate("MembersTable", "retired"),
        "inactive": QCoreApplication.translate("MembersTable", "not working"),
        "child": QCoreApplication.translate("MembersTable", "child"),
    }


def poverty_words() -> dict[str, str]:
    """Poverty levels (``station.services.facts.POVERTY_LEVELS``) as the clerk reads them."""
    return {
        "extreme_poor": QCoreApplication.translate("ProgrammesPanel", "extremely poor"),
        "poor": QCoreApplication.translate("ProgrammesPanel", "poor"),
        "near_poor": QCoreApplication.translate("ProgrammesPanel", "near poor"),
        "non_poor": QCoreApplication.translate("ProgrammesPanel", "not poor"),
    }


def status_words() -> dict[str, str]:
    """Grievance, case and plan item states (``station.services.grievance_rules``,
    ``station.registry.models_services``) as the clerk reads them."""
    return {
        "received": QCoreApplication.translate("Statuses", "received"),
        "referred": QCoreApplication.translate("Statuses", "referred"),
        "resolved": QCoreApplication.translate("Statuses", "resolved"),
        "appealed": QCoreApplication.translate("Statuses", "appealed"),
        "closed": QCoreApplication.translate("Statuses", "closed"),
        "open": QCoreApplication.translate("Statuses", "open"),
        "planned": QCoreApplication.translate("Statuses", "planned"),
        "in_progress": QCoreApplication.translate("Statuses", "in progress"),
        "done": QCoreApplication.translate("Statuses", "done"),
        "cancelled": QCoreApplication.translate("Statuses", "cancelled"),
    }
