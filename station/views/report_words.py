"""The supervisor's report PDFs in the desk's language.

The services build every report in English with stable codes (`sws report`, the CSV and the
JSON keep them, for programs and spreadsheets); the window saves its PDFs for a supervisor
who may read only Khmer, Urdu or Indonesian. :func:`report_localiser` gives the services a
callable that turns a report into the same report in the interface language: its title, its
area, its notes, each table's title, columns and coded values (statuses, categories,
services, poverty levels, sexes...), the summary's measures and the charts' labels; numbers,
dates, references, ids and what people typed stay as they are. It also gives the renderer
its own words (a table continued, nothing to report, rows left out).

Words a screen already shows (statuses, categories, services) are taken from
:mod:`.value_words` and their first screens' contexts, not translated twice; the rest are
literal ``translate`` calls in the "ReportWords" context, so that lupdate finds them. The
word tables are read in the window's thread, when the supervisor asks for a report; the
worker that writes the file only looks words up.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from station.i18n import LANGUAGES, current_language
from station.model.fingers import Finger
from station.model.persons import ADDED_SAME_PERSON_TEXT, NATIONAL_TEXT, SAME_PERSON_TEXT
from station.services.list_check import NOTE as LIST_CHECK_NOTE
from station.services.own_record import NOTE as OWN_RECORD_NOTE
from station.services.report_model import Area, Chart, Report, Table
from station.services.report_render import Localiser, RenderWords, fill
from station.services.reports import CONSENT_REASONS, DEATH_NOTE
from station.services.till import EMPTY_TILL_NOTE, OWN_TILL_NOTE, TILL_AREA, TILL_NOTE
from station.views.audit_words import action_words, value_words
from station.views.fingers import finger_name
from station.views.value_words import (
    grievance_words,
    member_words,
    plan_item_words,
    poverty_words,
    relation_words,
    service_words,
    status_words,
)


def render_words() -> RenderWords:
    """The renderer's own words in the interface language (``%1``...: see RenderWords)."""
    translate = QCoreApplication.translate
    return RenderWords(
        heading=translate("ReportWords", "%1 - as of %2 - station %3"),
        continued=translate("ReportWords", "%1 (continued %2)"),
        nothing=translate("ReportWords", "nothing to report"),
        none=translate("ReportWords", "none"),
        more_rows=translate("ReportWords", "... and %1 more rows: see the CSV"),
        right_to_left=LANGUAGES.get(current_language(), LANGUAGES["en"]).right_to_left)


def report_titles() -> dict[str, str]:
    """Each report's title, by its kind."""
    translate = QCoreApplication.translate
    return {
        "coverage": translate("ReportWords",
                              "Coverage of social protection and employment programmes"),
        "grievances": translate("ReportWords", "Grievances and appeals"),
        "cases": translate("ReportWords", "Case management"),
        "till": translate("ReportWords",
                          "Day's till: contributions taken and refunds paid out"),
        "person": translate("ReportWords", "What the registry holds about you"),
        "list_check": translate("ReportWords",
                                "A programme's list checked against the registry"),
    }


def table_titles() -> dict[str, str]:
    """Each table's title, by its name (the till's summary: ``till.summary``)."""
    translate = QCoreApplication.translate
    return {
        "summary": translate("ReportWords", "Summary"),
        "coverage_by_programme": translate("ReportWords", "Members by programme"),
        "coverage_by_programme_age": translate("ReportWords",
                                               "Members by programme and age group"),
        "coverage_by_sex_age": translate("ReportWords", "Coverage by sex and age group"),
        "programmes_per_household": translate("ReportWords", "Programmes per household"),
        "poverty_levels": translate("ReportWords",
                                    "Households by poverty level (latest assessment)"),
        "cards_by_status": translate("ReportWords", "Cards by status"),
        "contribution_status": translate("ReportWords", "Contributory memberships by status"),
        "consent_due": translate("ReportWords",
                                 "People to ask for their consent again at their next visit"),
        "grievances_by_status": translate("ReportWords", "Grievances by status"),
        "grievances_by_category": translate("ReportWords", "Grievances by category and status"),
        "open_grievances_by_age": translate("ReportWords", "Open grievances by age"),
        "overdue_grievances": translate(
            "ReportWords", "Open grievances past their deadline (longest first)"),
        "cases_by_manager": translate("ReportWords", "Case load by case manager"),
        "referrals_by_service": translate("ReportWords", "Referrals by service and status"),
        "overdue_follow_ups": translate("ReportWords", "Overdue follow-ups (oldest first)"),
        "till.summary": translate("ReportWords",
                                  "Totals by currency (never added across currencies)"),
        "till_by_clerk": translate("ReportWords", "By clerk and currency"),
        "till_by_programme": translate("ReportWords", "By programme and currency"),
        "receipts": translate("ReportWords", "Every receipt and refund (office time)"),
        "copies": translate("ReportWords",
                            "Copies of receipts and vouchers given (from the audit trail)"),
        # a person's own record (station.services.own_record)
        "person.summary": translate("ReportWords", "Your details"),
        "person.fingers": translate("ReportWords",
                                    "Fingers recorded (kept encrypted, never printed)"),
        "person.programmes": translate("ReportWords", "Programmes"),
        "person.cards": translate("ReportWords", "Cards"),
        "person.contributions": translate("ReportWords", "Contributions paid and refunded"),
        "person.visits": translate("ReportWords", "Visits recorded with your cards"),
        "person.own_grievances": translate("ReportWords", "Grievances"),
        "person.case_files": translate("ReportWords", "Case files"),
        "person.history": translate("ReportWords", "What the office did with your record"),
        # a programme's list checked (station.services.list_check)
        "list_check.dead": translate("ReportWords",
                                     "On the list after their death: stop the payment"),
        "list_check.twice": translate("ReportWords", "On the list more than once"),
        "list_check.not_member": translate(
            "ReportWords", "Registered, but not in the programme on the date"),
        "list_check.check": translate(
            "ReportWords", "To check with the person: the line fits more than one person, "
                           "or one only in part"),
        "list_check.not_registered": translate("ReportWords",
                                               "Not registered: invite them to the office"),
        "list_check.missing": translate("ReportWords",
                                        "In the programme here, not on the list"),
        "list_check.not_read": translate("ReportWords", "Lines not read"),
    }


def column_words() -> dict[str, str]:
    """Column names (and the charts' axis labels), by the column's key in the CSV."""
    translate = QCoreApplication.translate
    words = {
        "measure": translate("ReportWords", "measure"),
        "value": translate("ReportWords", "value"),
        "programme": translate("ReportWords", "programme"),
        "name": translate("ReportWords", "name"),
        "members": translate("ReportWords", "members"),
        "women": translate("ReportWords", "women"),
        "men": translate("ReportWords", "men"),
        "share_of_population_pct": translate("ReportWords", "share of the population (%)"),
        "sex": translate("ReportWords", "sex"),
        "age_group": translate("ReportWords", "age group"),
        "population": translate("ReportWords", "population"),
        "covered": translate("ReportWords", "covered"),
        "coverage_pct": translate("ReportWords", "coverage (%)"),
        "programmes": translate("ReportWords", "programmes"),
        "households": translate("ReportWords", "households"),
        "poverty_level": translate("ReportWords", "poverty level"),
        "status": translate("ReportWords", "status"),
        "cards": translate("ReportWords", "cards"),
        "active": translate("PaymentsPanel", "active"),
        "in_arrears": translate("PaymentsPanel", "in arrears"),
        "suspended": translate("PaymentsPanel", "suspended"),
        "arrears_minor": translate("ReportWords", "arrears (minor units)"),
        "grievances": translate("ReportWords", "grievances"),
        "category": translate("ReportWords", "category"),
        "total": translate("ReportWords", "total"),
        "age": translate("ReportWords", "age"),
        "overdue": translate("ReportWords", "past the deadline"),
        "reference": translate("ReportWords", "reference"),
        "service": translate("ReportWords", "service"),
        "deadline": translate("ReportWords", "deadline"),
        "days_overdue": translate("ReportWords", "days overdue"),
        "appeals": translate("ReportWords", "appeals"),
        "manager": translate("ReportWords", "case manager"),
        "open_cases": translate("ReportWords", "open cases"),
        "closed_cases": translate("ReportWords", "closed cases"),
        "open_items": translate("ReportWords", "open plan items"),
        "overdue_follow_ups": translate("ReportWords", "overdue follow-ups"),
        "follow_up_date": translate("ReportWords", "follow-up date"),
        "kind": translate("ReportWords", "kind"),
        "case_id": translate("ReportWords", "case id"),
        "description": translate("ReportWords", "description"),
        "currency": translate("ReportWords", "currency"),
        "payments": translate("ReportWords", "payments"),
        "paid_minor": translate("ReportWords", "paid (minor units)"),
        "refunds": translate("ReportWords", "refunds"),
        "refunded_minor": translate("ReportWords", "refunded (minor units)"),
        "net_minor": translate("ReportWords", "net to hand over (minor units)"),
        "clerk": translate("AuditDetails", "clerk"),
        "time": translate("ReportWords", "time"),
        "receipt_no": translate("ReportWords", "receipt number"),
        "holder": translate("ReportWords", "holder"),
        "amount_minor": translate("ReportWords", "amount (minor units)"),
        "paper": translate("ReportWords", "paper"),
        "given_by": translate("ReportWords", "given by"),
        "to": translate("ReportWords", "given to"),
        "referrals": translate("ReportWords", "referrals"),
        "cases / items": translate("ReportWords", "cases / items"),
        "finger": translate("ReportWords", "finger"),
        "recorded_on": translate("ReportWords", "recorded on"),
        "from": translate("ReportWords", "from"),
        "until": translate("ReportWords", "until"),
        "card": translate("ReportWords", "card"),
        "issued_on": translate("ReportWords", "issued on"),
        "status_since": translate("ReportWords", "status since"),
        "day": translate("ReportWords", "day"),
        "facility": translate("ReportWords", "facility"),
        "received_on": translate("ReportWords", "received on"),
        "opened_on": translate("ReportWords", "opened on"),
        "closed_on": translate("ReportWords", "closed on"),
        "action": translate("ReportWords", "what was done"),
        "station": translate("ReportWords", "station"),
        # a programme's list checked (station.services.list_check)
        "line": translate("ReportWords", "line"),
        "list_id": translate("ReportWords", "number on the list"),
        "name_on_list": translate("ReportWords", "name on the list"),
        "person_id": translate("ReportWords", "person id"),
        "registered_name": translate("ReportWords", "registered name"),
        "died_on": translate("ReportWords", "died on"),
        "why": translate("ReportWords", "why"),
        "people": translate("ReportWords", "people"),
        "lines": translate("ReportWords", "lines"),
        "list_ids": translate("ReportWords", "numbers on the list"),
        "programmes_held": translate("ReportWords", "programmes held"),
        "may_be": translate("ReportWords", "may be"),
        "agreeing": translate("ReportWords", "what agrees"),
        "birth": translate("ReportWords", "birth"),
        "born": translate("ReportWords", "born"),
        "village": translate("ReportWords", "village"),
    }
    # the grievance and plan item states are columns of the tables by category and service
    return dict(status_words(), **words)


def _column_overrides() -> dict[tuple[str, str], str]:
    """Columns of one table whose key means something else there: (table, column) -> words."""
    translate = QCoreApplication.translate
    return {("overdue_grievances", "received"): translate("ReportWords", "received on")}


def measure_words() -> dict[str, str]:
    """The summaries' measures (the ``measure`` column), by their English."""
    translate = QCoreApplication.translate
    return {
        # a person's own record (station.services.own_record)
        "person id": translate("ReportWords", "person id"),
        "name (local script)": translate("ReportWords", "name (local script)"),
        "name (Latin letters)": translate("ReportWords", "name (Latin letters)"),
        "sex": translate("ReportWords", "sex"),
        "birth date": translate("ReportWords", "birth date"),
        "birth date (estimated)": translate("ReportWords", "birth date (estimated)"),
        "address": translate("ReportWords", "address"),
        "phone": translate("ReportWords", "phone"),
        "identity number": translate("ReportWords", "identity number"),
        "household": translate("ReportWords", "household"),
        "relation to the head": translate("ReportWords", "relation to the head"),
        "registered on": translate("ReportWords", "registered on"),
        "died on": translate("ReportWords", "died on"),
        "consent": translate("ReportWords", "consent"),
        "consent given by": translate("ReportWords", "consent given by"),
        "parent or guardian": translate("ReportWords", "parent or guardian"),
        "privacy notice read": translate("ReportWords", "privacy notice read"),
        "consent recorded on": translate("ReportWords", "consent recorded on"),
        "central registry": translate("ReportWords", "central registry"),
        # a programme's list checked (station.services.list_check)
        "programme": translate("ReportWords", "programme"),
        "programme code": translate("ReportWords", "programme code"),
        "list": translate("ReportWords", "list"),
        "lines read": translate("ReportWords", "lines read"),
        "lines not read": translate("ReportWords", "lines not read"),
        "found in the registry": translate("ReportWords", "found in the registry"),
        "found, and in the programme on the date": translate(
            "ReportWords", "found, and in the programme on the date"),
        "after death": translate("ReportWords", "after death"),
        "more than once": translate("ReportWords", "more than once"),
        "registered, not in the programme": translate(
            "ReportWords", "registered, not in the programme"),
        "to check": translate("ReportWords", "to check"),
        "not registered": translate("ReportWords", "not registered"),
        "in the programme, not on the list": translate(
            "ReportWords", "in the programme, not on the list"),
        "population (registered people)": translate(
            "ReportWords", "population (registered people)"),
        "registered people deceased by the report date (left out)": translate(
            "ReportWords", "registered people deceased by the report date (left out)"),
        "households": translate("ReportWords", "households"),
        "households assessed": translate("ReportWords", "households assessed"),
        "people covered by at least one programme": translate(
            "ReportWords", "people covered by at least one programme"),
        "coverage of the population (%)": translate("ReportWords",
                                                    "coverage of the population (%)"),
        "households with a combined package (2+ programmes)": translate(
            "ReportWords", "households with a combined package (2+ programmes)"),
        "duplicates prevented (station-wide)": translate(
            "ReportWords", "duplicates prevented (station-wide)"),
        "cards issued and valid": translate("ReportWords", "cards issued and valid"),
        "cards ever issued": translate("ReportWords", "cards ever issued"),
        "people to ask for their consent again": translate(
            "ReportWords", "people to ask for their consent again"),
        "grievances received": translate("ReportWords", "grievances received"),
        "open": translate("ReportWords", "open"),
        "open and past their deadline": translate("ReportWords",
                                                  "open and past their deadline"),
        "resolved or closed after a resolution": translate(
            "ReportWords", "resolved or closed after a resolution"),
        "resolved within deadline (%)": translate("ReportWords",
                                                  "resolved within deadline (%)"),
        "appeals": translate("ReportWords", "appeals"),
        "case files": translate("ReportWords", "case files"),
        "closed": translate("ReportWords", "closed"),
        "open plan items": translate("ReportWords", "open plan items"),
        "overdue follow-ups": translate("ReportWords", "overdue follow-ups"),
    }


def value_words_by_column() -> dict[str, dict[str, str]]:
    """The coded values a table shows, by the column that holds them (a value not listed,
    a reference, a date, a name, a number, stays as it is)."""
    translate = QCoreApplication.translate
    states = value_words()["to"]  # grievance, case, plan item and card states
    unknown = {"unknown": member_words()["unknown"]}
    return {
        "sex": {"women": translate("ReportWords", "women"),
                "men": translate("ReportWords", "men"),
                "other": translate("ReportWords", "other"),
                "female": translate("ReportWords", "female"),
                "male": translate("ReportWords", "male")},
        # a programme's list checked (station.services.list_check)
        "why": {"same person": translate("ReportWords", "same person"),
                "same details": translate("ReportWords", "same details"),
                "same number": translate("ReportWords", "same number"),
                # the coverage's consent to ask again (station.services.reports)
                CONSENT_REASONS["not_recorded"]: translate(
                    "ReportWords", "never asked (registered before consent was recorded)"),
                CONSENT_REASONS["notice_changed"]: translate(
                    "ReportWords", "the privacy notice changed since"),
                CONSENT_REASONS["came_of_age"]: translate(
                    "ReportWords", "came of age (a parent or guardian agreed for them)")},
        "agreeing": {
            "identity number": translate("ReportWords", "identity number"),
            "identity number, another name": translate(
                "ReportWords", "identity number, another name"),
            "name": translate("ReportWords", "name"),
            "name nearly": translate("ReportWords", "name nearly"),
            "birth date": translate("ReportWords", "birth date"),
            "birth year": translate("ReportWords", "birth year"),
            "sex": translate("ReportWords", "sex"),
            "village": translate("ReportWords", "village")},
        "poverty_level": poverty_words(),
        "status": states,
        "category": grievance_words(),
        "service": dict(service_words(), unspecified=translate("ReportWords", "not given")),
        "kind": dict(plan_item_words(), payment=translate("ReportWords", "payment"),
                     refund=translate("ReportWords", "refund")),
        "paper": {"receipt copy": translate("ReportWords", "receipt copy"),
                  "voucher copy": translate("ReportWords", "voucher copy")},
        "clerk": unknown, "given_by": unknown, "manager": unknown,
        "finger": {f.slug: finger_name(f) for f in Finger},
        "action": action_words(),
        # a person's own record's details (station.services.own_record)
        "value": dict(relation_words(), **{
            "female": translate("ReportWords", "female"),
            "male": translate("ReportWords", "male"),
            "other": translate("ReportWords", "other"),
            "the person": translate("ReportWords", "the person"),
            "a parent or guardian": translate("ReportWords", "a parent or guardian"),
            "not recorded": translate("ReportWords", "not recorded"),
            "not sent": translate("ReportWords", "not sent to the central registry"),
            **national_words()}),
    }


def national_words() -> dict[str, str]:
    """What the central registry answered about an enrolment
    (:data:`station.model.persons.NATIONAL_TEXT`, and its refusals of the same person), by
    its English."""
    translate = QCoreApplication.translate
    words = {
        "pending": translate("ReportWords", "not yet sent to the central registry"),
        "sent": translate("ReportWords",
                          "sent to the central registry, not yet acknowledged"),
        "received": translate("ReportWords", "received by the central registry; its "
                              "national duplicate check is to come"),
        "acked": translate("ReportWords", "accepted by the central registry (no one else "
                           "enrolled with these fingers)"),
        "duplicate": translate("ReportWords", "held at the central registry as a possible "
                               "duplicate of someone enrolled elsewhere; national "
                               "adjudication is to come"),
    }
    return {**{NATIONAL_TEXT[state]: text for state, text in words.items()},
            SAME_PERSON_TEXT: translate(
                "ReportWords", "refused by the central registry: the same person as someone "
                "already enrolled at another station (national adjudication)"),
            ADDED_SAME_PERSON_TEXT: translate(
                "ReportWords", "refused by the central registry: fingerprints added later "
                "belong to someone already enrolled at another station, found the same "
                "person (national adjudication)")}


def _notes() -> list[tuple[str, str]]:
    """(the services' English note with ``{name}`` fields, its words with ``%1``...): the
    fields in the order of their first appearance in the English."""
    translate = QCoreApplication.translate
    return [
        (DEATH_NOTE, translate(
            "ReportWords",
            "People whose death was recorded with a date on or before the report date are "
            "left out of every figure (population, covered, programmes, households, "
            "contributions); they are counted apart in the summary, so registered people = "
            "population + deceased. A death after the report date still counts.")),
        (TILL_NOTE, translate(
            "ReportWords",
            "Amounts are whole minor units of their currency; every total is per currency, "
            "never added across currencies. A refund is money paid out: its amount in the "
            "listing is negative, and the net to hand over is paid minus refunded. Times are "
            "the office's clock (%1); the day runs from 00:00 to 24:00 there.")),
        (OWN_TILL_NOTE, translate(
            "ReportWords",
            "Only the receipts, refunds and copies of %1 (%2): a clerk's report shows their "
            "own till.")),
        (OWN_RECORD_NOTE, translate(
            "ReportWords",
            "Your fingerprints are kept encrypted and are never printed: this paper says only "
            "which fingers were recorded and when. To correct a mistake, show this paper at a "
            "Single Window office: a correction is recorded with its reason.")),
        (LIST_CHECK_NOTE, translate(
            "ReportWords",
            "Each line of the list is matched to the registered people by what it gives: an "
            "identity number, the name, sex, birth date or year, village. 'To check' lines fit "
            "more than one person or one only in part: ask the person before acting on them.")),
        (EMPTY_TILL_NOTE, translate(
            "ReportWords", "Nothing was taken, paid out or copied at this station on %1.")),
    ]


def _pattern(english: str) -> re.Pattern[str]:
    """A regular expression matching ``english`` with its ``{name}`` fields filled in."""
    parts = re.split(r"\{\w+\}", english)
    return re.compile("(.+?)".join(re.escape(p) for p in parts) + r"\Z", re.DOTALL)


def _area_words() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "whole": translate("ReportsDialog", "The whole station"),
        "till": translate("ReportWords", "this station's counter"),
        "commune named": translate("ReportsDialog", "Commune %1 (%2)"),
        "commune": translate("ReportWords", "Commune %1"),
        "district named": translate("ReportWords", "District %1 (%2)"),
        "district": translate("ReportWords", "District %1"),
    }


class _Words:
    """Every word table, read once (in the window's thread)."""

    def __init__(self) -> None:
        self.render = render_words()
        self.reports = report_titles()
        self.tables = table_titles()
        self.columns = column_words()
        self.overrides = _column_overrides()
        self.measures = measure_words()
        self.values = value_words_by_column()
        self.notes = [(_pattern(english), words) for english, words in _notes()]
        self.areas = _area_words()
        self.days = QCoreApplication.translate("ReportWords", "%1 days")
        #: Between the items of a list in a cell ("name, sex"; "،" in Urdu).
        self.listed = QCoreApplication.translate("ReportWords", ", ")
        from station.services.catalogue import programme_names

        self.programmes = programme_names(current_language())

    def area(self, area: Area, name: str | None) -> str:
        """The area as the desk says it (``name``: the commune's, in the desk's language)."""
        code = area.commune or area.district
        if code is None:
            return self.areas["till"] if area.name == TILL_AREA else \
                self.areas["whole"] if area.name is None else area.name
        kind = "commune" if area.commune else "district"
        name = name or area.name
        if name and name != code:
            return fill(self.areas[f"{kind} named"], name, code)
        return fill(self.areas[kind], code)

    def note(self, note: str) -> str:
        for pattern, words in self.notes:
            found = pattern.match(note)
            if found:
                return fill(words, *found.groups())
        return note

    def column(self, table: Table, column: str) -> str:
        return self.overrides.get((table.name, column)) or self.columns.get(column, column)

    def value(self, table: Table, column: str, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if column == "measure":
            return self.measures.get(value, value)
        if column == "age":
            band = re.fullmatch(r"(\S+) days", value)
            return fill(self.days, band.group(1)) if band else value
        if column == "agreeing" and value not in self.values["agreeing"]:
            words = self.values["agreeing"]  # "name, birth year, sex": each in its words
            return self.listed.join(words.get(part, part) for part in value.split(", "))
        if column == "programmes_held":
            return self.listed.join(self.programmes.get(code, code) for code in value.split())
        return self.values.get(column, {}).get(value, value)

    def table(self, kind: str, table: Table) -> Table:
        columns = tuple(self.column(table, c) for c in table.columns)
        rows = [tuple(self.value(table, c, v) for c, v in zip(table.columns, row, strict=True))
                for row in table.rows]
        if "programme" in table.columns and "name" in table.columns:
            # the catalogue's name of the programme in the desk's language, where it has one;
            # the code beside it (OLD_AGE_PENSION) is for programs, not for this reader: left
            # to the CSV and the JSON
            code, name = table.columns.index("programme"), table.columns.index("name")
            rows = [tuple(self.programmes.get(str(row[code]), row[name]) if i == name else v
                          for i, v in enumerate(row) if i != code) for row in rows]
            columns = tuple(c for i, c in enumerate(columns) if i != code)
        elif "programme" in table.columns:
            # a table with the code alone (members by age group): a reader reads the name
            code = table.columns.index("programme")
            rows = [tuple(self.programmes.get(str(v), v) if i == code else v
                          for i, v in enumerate(row)) for row in rows]
        chart = table.chart
        if chart is not None:
            chart = Chart(chart.kind, self.column(table, chart.label),
                          tuple(self.column(table, v) for v in chart.values),
                          self.columns.get(chart.ylabel, chart.ylabel))
        title = self.tables.get(f"{kind}.{table.name}") or self.tables.get(table.name,
                                                                            table.title)
        return Table(table.name, title, columns, rows, chart)

    def report(self, report: Report, area_name: str | None) -> Report:
        return replace(report, title=self.reports.get(report.kind, report.title),
                       area=Area(name=self.area(report.area, area_name)),
                       tables=[self.table(report.kind, t) for t in report.tables],
                       notes=tuple(self.note(n) for n in report.notes))


def report_localiser(area_name: str | None = None) -> Localiser:
    """What the services call to have a report's PDF in the interface language: the report
    in its words, and the renderer's. ``area_name``: the commune's name as the desk shows it
    (the report's own is the gazetteer's English). Call it in the window's thread."""
    words = _Words()

    def localise(report: Report) -> tuple[Report, RenderWords]:
        return words.report(report, area_name), words.render

    return localise


def localised(report: Report, area_name: str | None = None) -> Report:
    """``report`` in the interface language (its PDF's words: :func:`render_words`)."""
    return report_localiser(area_name)(report)[0]

