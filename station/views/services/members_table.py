"""A household's members with the two facts the clerk records for the rules: disability and
employment (:func:`station.services.households.record_situation`).

Name, age and sex come from the registry; disability (unknown / yes / no) and employment are
drop-downs the clerk sets. :meth:`MembersTable.changed_situations` returns only the rows the
clerk changed, so saving writes (and audits) nothing that did not change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from station.services.eligibility import age_on
from station.services.facts import EMPLOYMENT
from station.views.value_words import member_words

DISABILITY = (("unknown", None), ("yes", True), ("no", False))


@dataclass(frozen=True)
class Member:
    """One row: who, and the situation as recorded (None: not recorded)."""

    person_id: str
    name: str
    sex: str
    birth_date: dt.date
    disability: bool | None
    employment: str | None
    head: bool = False


@dataclass(frozen=True)
class HouseholdSummary:
    """What tells the clerk which household this is: its members and its newest
    vulnerability assessment (None: never assessed)."""

    members: list[Member]
    poverty_level: str | None
    score: float | None
    assessed_on: dt.date | None


class MembersTable(QTableWidget):
    """Members of one household; the situation columns are editable drop-downs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.members: list[Member] = []
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Age"), self.tr("Sex"),
                                        self.tr("Disability"), self.tr("Employment")])
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def show_members(self, members: list[Member], today: dt.date) -> None:
        self.members = members
        self.setRowCount(len(members))
        words = member_words()  # the stored codes, in words of the interface language
        for row, m in enumerate(members):
            for column, text in enumerate((m.name, str(age_on(m.birth_date, today)),
                                           words.get(m.sex, m.sex))):
                self.setItem(row, column, QTableWidgetItem(text))
            disability = QComboBox()
            for label, flag in DISABILITY:
                disability.addItem(words.get(label, label), flag)
            disability.setCurrentIndex(max(0, disability.findData(m.disability))
                                       if m.disability is not None else 0)
            employment = QComboBox()
            employment.addItem(self.tr("not recorded"), None)
            for situation in EMPLOYMENT:
                employment.addItem(words.get(situation, situation.replace("_", " ")),
                                   situation)
            if m.employment is not None:
                employment.setCurrentIndex(employment.findData(m.employment))
            self.setCellWidget(row, 3, disability)
            self.setCellWidget(row, 4, employment)
        # each column as wide as its words (an Indonesian clerk read "tidak diketah" for
        # "tidak diketahui" in a disability column of the default width); employment, the
        # last, takes the rest
        for column in range(4):
            self.resizeColumnToContents(column)

    def situation(self, row: int) -> tuple[bool | None, str | None]:
        """(disability, employment) as the clerk set them on ``row``."""
        disability, employment = self.cellWidget(row, 3), self.cellWidget(row, 4)
        assert isinstance(disability, QComboBox) and isinstance(employment, QComboBox)
        return disability.currentData(), employment.currentData()

    def set_situation(self, person_id: str, disability: bool | None,
                      employment: str | None) -> None:
        for row, m in enumerate(self.members):
            if m.person_id == person_id:
                d, e = self.cellWidget(row, 3), self.cellWidget(row, 4)
                assert isinstance(d, QComboBox) and isinstance(e, QComboBox)
                d.setCurrentIndex(d.findData(disability) if disability is not None else 0)
                e.setCurrentIndex(e.findData(employment) if employment is not None else 0)

    def changed_situations(self) -> list[tuple[str, bool | None, str | None]]:
        """(person_id, disability, employment) for every row the clerk changed."""
        found: list[tuple[str, bool | None, str | None]] = []
        for row, m in enumerate(self.members):
            disability, employment = self.situation(row)
            if (disability, employment) != (m.disability, m.employment):
                found.append((m.person_id, disability, employment))
        return found

    def name_of(self, person_id: str) -> str:
        return next((m.name for m in self.members if m.person_id == person_id), person_id)


def load_members(station: Any, household_id: str) -> list[Member]:
    """The household's members and their recorded situation (runs in the worker)."""
    return load_household(station, household_id).members


def load_household(station: Any, household_id: str) -> HouseholdSummary:
    """The household's members, their recorded situation and its newest assessment (runs in
    the worker)."""
    from station.model.persons import get_person
    from station.services.households import household_facts, latest_assessment

    with station.reading() as session:
        facts = household_facts(session, household_id)
        latest = latest_assessment(session, household_id)
        assessed = (latest.poverty_level, float(latest.score), latest.assessed_at.date()
                    ) if latest is not None else (None, None, None)
    rows = []
    for m in facts.members:
        person = get_person(station, m.person_id)
        rows.append(Member(m.person_id, person["latin_name"] or person["local_name"], m.sex,
                           m.birth_date, m.disability, m.employment, m.is_head))
    return HouseholdSummary(rows, *assessed)
