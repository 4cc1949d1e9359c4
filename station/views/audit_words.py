"""The audit trail's action codes (``programme.end``...) in the auditor's words.

The code stays what the log, the exports and ``sws audit log`` carry; the window shows the
words beside it. Each text is a literal ``translate`` call (context "AuditActions"), so that
lupdate finds it; a code not listed (a newer station's) is shown as it is. The details the
events carry most are named in words too (context "AuditDetails"), and so are the values
that are codes (decisions, roles, states, fingers, yes/no, why a membership ended) or dates
(the desk's form, times in the office's zone); ids stay as stored, and the raw
``key=value`` text stays in the cell's tooltip.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from station.views.fingers import finger_name
from station.views.formats import office_date_time, short_date
from station.views.value_words import (
    end_reason_words,
    grievance_words,
    member_words,
    relation_words,
    status_words,
)


def action_words() -> dict[str, str]:
    """Every action the station writes to its audit trail, in the interface language."""
    translate = QCoreApplication.translate
    return {
        "adjudication.open": translate("AuditActions", "possible duplicate sent to adjudication"),
        "adjudication.decide": translate("AuditActions", "adjudication decided by the clerk"),
        "adjudication.approve": translate("AuditActions", "adjudication approved"),
        "adjudication.send_back": translate("AuditActions", "adjudication sent back to the clerk"),
        "adjudication.view_prints": translate("AuditActions", "adjudication prints viewed"),
        "card.issue": translate("AuditActions", "card issued"),
        "card.status": translate("AuditActions", "card status changed"),
        "card.signer_install": translate("AuditActions", "card-signing certificates installed"),
        "case.open": translate("AuditActions", "case opened"),
        "case.assign": translate("AuditActions", "case assigned"),
        "case.plan": translate("AuditActions", "case plan item added"),
        "case.progress": translate("AuditActions", "case plan item updated"),
        "case.close": translate("AuditActions", "case closed"),
        "contribution.pay": translate("AuditActions", "contribution paid"),
        "contribution.refund": translate("AuditActions", "contributions refunded"),
        # a paper given again from the Payments tab's history (audit_log.record_copy)
        "contribution.receipt_copy": translate("AuditActions",
                                               "copy of a contribution receipt given"),
        "contribution.voucher_copy": translate("AuditActions", "copy of a refund voucher given"),
        "demo.populate": translate("AuditActions", "demonstration data added"),
        "grievance.intake": translate("AuditActions", "grievance received"),
        "grievance.refer": translate("AuditActions", "grievance referred"),
        "grievance.resolve": translate("AuditActions", "grievance resolved"),
        "grievance.appeal": translate("AuditActions", "grievance appealed"),
        "grievance.close": translate("AuditActions", "grievance closed"),
        "grievance.withdraw": translate("AuditActions", "grievance withdrawn"),
        "household.assess": translate("AuditActions", "household assessed"),
        # who heads a household, who belongs to it (station.services.household_changes)
        "household.head": translate("AuditActions", "new head of the household"),
        "household.move": translate("AuditActions", "moved to another household"),
        "keys.rotate": translate("AuditActions", "registry keys rotated"),
        "operator.create": translate("AuditActions", "operator account created"),
        "operator.disable": translate("AuditActions", "operator account disabled"),
        "operator.enable": translate("AuditActions", "operator account enabled"),
        "operator.lock": translate("AuditActions", "operator account locked (failed sign-ins)"),
        "operator.unlock": translate("AuditActions", "operator account unlocked"),
        "operator.login_failed": translate("AuditActions", "sign-in failed"),
        "operator.password_change": translate("AuditActions", "password changed"),
        "operator.password_reset": translate("AuditActions", "password reset"),
        "person.enrol": translate("AuditActions", "person registered"),
        "person.search": translate("AuditActions", "fingerprint search"),
        "person.situation": translate("AuditActions", "person's situation recorded"),
        "person.death": translate("AuditActions", "death recorded"),
        "person.death_undone": translate("AuditActions", "death withdrawn"),
        # a person's details corrected (station.model.corrections)
        "person.correct": translate("AuditActions", "person's details corrected"),
        # a registered person's consent asked again (station.model.reconsent)
        "person.consent": translate("AuditActions", "consent recorded again"),
        # the fingerprints erased at the person's request (station.model.erasure)
        "person.fingerprints_erased": translate("AuditActions",
                                                "fingerprints erased at the person's request"),
        # fingerprints added to a registered person, or refused (station.model.fingers_added)
        "person.fingerprints_added": translate("AuditActions",
                                               "fingerprints added to a registered person"),
        "person.fingerprints_refused": translate(
            "AuditActions", "fingerprints not added: they match other registered people"),
        # poor prints captured again (station.model.fingers_replaced), or refused
        "person.fingerprints_replaced": translate("AuditActions",
                                                  "fingerprints replaced by a new capture"),
        "person.fingerprints_replace_refused": translate(
            "AuditActions", "fingerprints not replaced: no capture matched the prints on file"),
        "person.fingerprints_replace_matched": translate(
            "AuditActions", "fingerprints not replaced: they match other registered people"),
        "person.record_given": translate("AuditActions", "their record given to the person"),
        # the enrolment receipt given again from the search (audit_log.record_copy)
        "person.receipt_copy": translate("AuditActions", "copy of an enrolment receipt given"),
        "grievance.slip_copy": translate("AuditActions",
                                         "copy of a grievance acknowledgement given"),
        "programme.join": translate("AuditActions", "programme membership recorded"),
        # a programme's own list checked (station.services.list_check)
        "programme.list_checked": translate("AuditActions",
                                            "a programme's list checked against the registry"),
        "programme.decline": translate("AuditActions", "programme declined"),
        "programme.end": translate("AuditActions", "programme membership ended"),
        "programme.withdraw": translate("AuditActions", "programme membership withdrawn "
                                                            "before it began"),
        "registry.backup": translate("AuditActions", "station backed up"),
        "registry.restore": translate("AuditActions", "station restored from a backup"),
        "service.use": translate("AuditActions", "service use recorded (card)"),
        "service.export": translate("AuditActions", "visits exported (for the facility's "
                                                    "claim)"),
        "sync.run": translate("AuditActions", "sync with the centre"),
        "sync.refused": translate("AuditActions", "sync refused by the centre"),
        "sync.export": translate("AuditActions", "undelivered records exported"),
    }


def detail_words() -> dict[str, str]:
    """The names of the details the station's events carry most, in the interface language
    (a detail not listed keeps its key)."""
    translate = QCoreApplication.translate
    return {
        "username": translate("AuditDetails", "user name"),
        "role": translate("AuditDetails", "role"),
        "person_id": translate("AuditDetails", "person"),
        "matched_person_id": translate("AuditDetails", "same person as"),
        "station_id": translate("AuditDetails", "station"),
        "start_date": translate("AuditDetails", "first day"),
        "end_date": translate("AuditDetails", "last day"),
        "serial": translate("AuditDetails", "card serial"),
        "reason": translate("AuditDetails", "reason"),
        "decision": translate("AuditDetails", "decision"),
        "candidates": translate("AuditDetails", "candidates"),
        "enrolment_id": translate("AuditDetails", "enrolment"),
        "adjudication_id": translate("AuditDetails", "adjudication case"),
        "membership_id": translate("AuditDetails", "membership"),
        "fingers": translate("AuditDetails", "fingers"),
        "missing_fingers": translate("AuditDetails", "fingers missing"),
        "note": translate("AuditDetails", "note"),
        "file": translate("AuditDetails", "file"),
        "receipt_no": translate("AuditDetails", "receipt number"),
        "printer": translate("AuditDetails", "printer"),
        "records": translate("AuditDetails", "records"),
        "died_on": translate("AuditDetails", "died on"),
        # a correction's fields changed, and their old and new values
        "fields": translate("AuditDetails", "details changed"),
        "changes": translate("AuditDetails", "old and new"),
        # who agreed after which privacy notice (station.model.consent), and before
        "consent": translate("AuditDetails", "consent"),
        "before": translate("AuditDetails", "consent before"),
        "failed_logins": translate("AuditDetails", "failed sign-ins"),
        # a household change: the household, its head, a member's relation to the head
        "household_id": translate("AuditDetails", "household"),
        "head": translate("AuditDetails", "head of the household"),
        "relation": translate("AuditDetails", "relation to the head"),
        "new": translate("AuditDetails", "new household"),
        "address_changed": translate("AuditDetails", "address changed"),
        "from": translate("AuditDetails", "from"),
        "to": translate("AuditDetails", "to"),
        "category": translate("AuditDetails", "category"),
        "sent": translate("AuditDetails", "sent"),
        "pending": translate("AuditDetails", "still waiting"),
        "acknowledged": translate("AuditDetails", "received by the centre"),
        "refused": translate("AuditDetails", "refused by the centre"),
        "decisions_pulled": translate("AuditDetails", "decisions received"),
        "revoked_cards_new": translate("AuditDetails", "newly revoked cards"),
        "facility": translate("AuditDetails", "facility"),
        # a visit's card holder, as the card named them (ui_cards.record_visit)
        "holder": translate("AuditDetails", "holder"),
        # a second visit of the card that office day, which the operator confirmed
        "repeat_same_day": translate("AuditDetails", "second visit that day (confirmed)"),
        "finger_check": translate("AuditDetails", "finger checked"),
        "issued_at": translate("AuditDetails", "issued on"),
        "recorded_at": translate("AuditDetails", "recorded at"),
        "recorded_by": translate("AuditDetails", "recorded by"),
        "replaces": translate("AuditDetails", "replaces card"),
        "card_id": translate("AuditDetails", "card"),
        "persons": translate("AuditDetails", "people"),
        "new_candidates": translate("AuditDetails", "new candidates"),
        "undone": translate("AuditDetails", "withdrawn"),
        # a refund of an ended membership's unused credit (payments.refund_credit)
        "credit": translate("AuditDetails", "unused credit given back"),
        "was_reset": translate("AuditDetails", "after a reset"),
        "at": translate("AuditDetails", "at"),
        # what demonstration data added (station.services.demo.DemoSummary), counts
        "seed": translate("AuditDetails", "demo seed"),
        "households": translate("AuditDetails", "households"),
        "assessments": translate("AuditDetails", "assessments"),
        "memberships": translate("AuditDetails", "memberships"),
        "declined": translate("AuditDetails", "programmes declined"),
        "payments": translate("AuditDetails", "payments"),
        "cards": translate("AuditDetails", "cards"),
        "duplicates_prevented": translate("AuditDetails", "duplicates prevented"),
        "cases": translate("AuditDetails", "cases"),
        "case_items": translate("AuditDetails", "case plan items"),
        "grievances": translate("AuditDetails", "grievances"),
        # prints captured again (station.model.fingers_replaced): which, their quality before,
        # the fingers whose capture matched the print on file, the other fingers captured
        "replaced_fingers": translate("AuditDetails", "fingers replaced"),
        "quality_before": translate("AuditDetails", "quality before"),
        "matched": translate("AuditDetails", "matched the prints on file"),
        "checked": translate("AuditDetails", "fingers captured as a check"),
    }


def value_words() -> dict[str, dict[str, str]]:
    """The coded values of the details that carry codes, by detail, in the interface
    language (a code not listed is shown as stored)."""
    translate = QCoreApplication.translate
    decisions = {
        "duplicate": translate("AuditDetails", "the same person"),
        "not_duplicate": translate("AuditDetails", "not the same person"),
        "confirmed": translate("AuditDetails", "joined"),
        "declined": translate("AuditDetails", "declined"),
        "ended": translate("AuditDetails", "ended"),
    }
    roles = {"clerk": translate("AuditDetails", "clerk"),
             "supervisor": translate("AuditDetails", "supervisor"),
             "auditor": translate("AuditDetails", "auditor")}
    states = dict(status_words(), **{
        "issued": translate("AuditDetails", "issued"),
        "revoked": translate("AuditDetails", "revoked"),
        "lost": translate("AuditDetails", "lost"),
        "replaced": translate("AuditDetails", "replaced"),
    })
    return {"decision": decisions, "role": roles, "from": states, "to": states,
            "category": grievance_words(), "reason": end_reason_words(),
            "relation": relation_words()}


FINGER_DETAILS = ("fingers", "missing_fingers")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def details_in_words(details: dict[str, Any], words: dict[str, str],
                     zone: dt.tzinfo | None = None) -> str:
    """An event's details on one line, each named in ``words`` (:func:`detail_words`) where
    it is known, in key order; coded values in words (:func:`value_words`), fingers by
    name, yes/no for true/false, dates as the desk writes them (times in ``zone``, the
    office's); ids as stored."""
    coded, yes_no = value_words(), member_words()

    def value(key: str, v: Any) -> str:
        if isinstance(v, bool):
            return yes_no["yes" if v else "no"]
        if key in FINGER_DETAILS and isinstance(v, list | tuple) and all(
                isinstance(x, int) and 1 <= x <= 10 for x in v):
            return ", ".join(finger_name(x) for x in v) or "-"
        if isinstance(v, list | tuple):
            return ", ".join(value(key, x) for x in v) or "-"
        if isinstance(v, dict):
            return json.dumps(v, sort_keys=True, ensure_ascii=False)
        if v is None:
            return "-"
        text = str(v)
        if text in coded.get(key, {}):
            return coded[key][text]
        try:
            if DAY.fullmatch(text):
                return short_date(dt.date.fromisoformat(text))
            if MOMENT.match(text):
                return office_date_time(text, zone)
        except ValueError:
            return text
        return text

    return " · ".join(f"{words.get(k, k)}: {value(k, v)}" for k, v in sorted(details.items()))
