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


def relation_words() -> dict[str, str]:
    """A member's relation to the household's head, in the enrolment form's words (the head's
    own word beside them: the household dialog's table and the audit trail)."""
    translate = QCoreApplication.translate
    return {"head": translate("PersonFormPage", "Head of the household"),
            "spouse": translate("PersonFormPage", "Spouse"),
            "child": translate("PersonFormPage", "Child"),
            "parent": translate("PersonFormPage", "Parent"),
            "other": translate("PersonFormPage", "Other relative")}


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


def grievance_words() -> dict[str, str]:
    """Grievance categories (``station/data/grievances.json`` codes) in the interface
    language; an English desk shows the policy file's own labels instead, and a category
    not listed here keeps its label."""
    return {
        "exclusion": QCoreApplication.translate(
            "GrievanceCategories", "Not registered in a programme I am entitled to"),
        "payment": QCoreApplication.translate(
            "GrievanceCategories", "Benefit not paid, late or wrong amount"),
        "card": QCoreApplication.translate(
            "GrievanceCategories", "Card lost, not working or with wrong data"),
        "data_correction": QCoreApplication.translate(
            "GrievanceCategories", "My registered data is wrong"),
        "health_access": QCoreApplication.translate(
            "GrievanceCategories", "Refused or charged at a health facility"),
        "employment_services": QCoreApplication.translate(
            "GrievanceCategories", "Training, placement or public works problem"),
        "staff_conduct": QCoreApplication.translate(
            "GrievanceCategories", "Staff conduct or service quality"),
        "fraud": QCoreApplication.translate("GrievanceCategories",
                                            "Suspected fraud or corruption"),
        "other": QCoreApplication.translate("GrievanceCategories", "Other"),
    }


def service_words() -> dict[str, str]:
    """The services a grievance or a referral goes to (policy and ``cases.SERVICES`` codes)."""
    return {
        "social_assistance": QCoreApplication.translate("Services", "social assistance"),
        "payments": QCoreApplication.translate("Services", "payments"),
        "registry": QCoreApplication.translate("Services", "registry"),
        "health": QCoreApplication.translate("Services", "health"),
        "employment": QCoreApplication.translate("Services", "employment"),
        "office_manager": QCoreApplication.translate("Services", "office manager"),
        "inspection": QCoreApplication.translate("Services", "inspection"),
        "training": QCoreApplication.translate("Services", "training"),
        "education": QCoreApplication.translate("Services", "education"),
        "legal": QCoreApplication.translate("Services", "legal aid"),
        "other": QCoreApplication.translate("Services", "other"),
    }


def plan_item_words() -> dict[str, str]:
    """The kinds of a case plan item (``station.registry.models_services.ITEM_KINDS``)."""
    return {
        "goal": QCoreApplication.translate("PlanItems", "goal"),
        "action": QCoreApplication.translate("PlanItems", "action"),
        "referral": QCoreApplication.translate("PlanItems", "referral"),
    }


def end_reason_words() -> dict[str, str]:
    """Why a membership ended or was withdrawn
    (:data:`station.services.memberships.END_REASONS`, and a death's own reason), as the
    Programmes tab and the auditor's details say it."""
    return {
        "moved": QCoreApplication.translate("ProgrammesPanel", "moved away"),
        "not_eligible": QCoreApplication.translate("ProgrammesPanel", "no longer eligible"),
        "own_request": QCoreApplication.translate("ProgrammesPanel",
                                                  "at the person's own request"),
        "recorded_twice": QCoreApplication.translate("ProgrammesPanel",
                                                     "held twice (the extra one)"),
        "holder deceased": QCoreApplication.translate("ProgrammesPanel", "the holder died"),
    }
