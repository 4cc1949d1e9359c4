"""The "Correct details" dialog: a registered person's details, prefilled, and why they change.

The dialog only asks and checks what it can before it closes (the values as the enrolment
form checks them, a reason, something changed: :func:`station.model.corrections.check_changes`);
:func:`station.model.corrections.correct_person` does the work. What the signed-in role may
not change (a clerk: names, sex, birth date and id numbers) is shown read-only, with a line
saying who may.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from station.errors import StationError
from station.model.corrections import IDENTITY, MIN_REASON, RELATIONS, check_changes
from station.model.locations import Gazetteer
from station.views.clerk.address import form_address
from station.views.date_field import date_field
from station.views.dialog_parts import FormDialog, add_error_and_buttons, buddy_label
from station.views.formats import isolated, short_date
from station.views.value_words import relation_words
from station.views.workers import plain_message


class CorrectionDialog(FormDialog):
    """Asks for the corrected details and the reason; :meth:`changes` gives what differs."""

    def __init__(self, person: dict[str, Any], places: Gazetteer, today: dt.date, *,
                 supervisor: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the enrolment form's own labels, in its translation context: said and translated once
        translate = QCoreApplication.translate
        self._person, self._places, self._today = person, places, today
        self.setWindowTitle(self.tr("Correct a person's details"))
        self.setMinimumWidth(620)
        form = QFormLayout(self)
        born = dt.date.fromisoformat(str(person["birth_date"])[:10])
        intro = QLabel(self.tr("Correct the details of %1. The central registry is told; a "
                               "card that shows a changed detail should be replaced.")
                       .replace("%1", self.tr("%1, born %2")
                                .replace("%1", isolated(str(person["latin_name"])))
                                .replace("%2", short_date(born))))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.local_name = self._line("correctLocalName", str(person["local_name"]))
        self.latin_name = self._line("correctLatinName", str(person["latin_name"]))
        names = QHBoxLayout()
        names.addWidget(self.local_name)
        names.addWidget(buddy_label(translate("PersonFormPage", "La&tin:"), self.latin_name))
        names.addWidget(self.latin_name)
        form.addRow(buddy_label(translate("PersonFormPage", "Na&me (local script)"),
                                self.local_name), names)
        self.sex = QComboBox()
        self.sex.setObjectName("correctSex")
        for code, label in (("F", translate("PersonFormPage", "Female")),
                            ("M", translate("PersonFormPage", "Male")),
                            ("X", translate("PersonFormPage", "Other"))):
            self.sex.addItem(label, code)
        self.sex.setCurrentIndex(max(0, self.sex.findData(person["sex"])))
        form.addRow(translate("PersonFormPage", "&Sex"), self.sex)
        birth = QHBoxLayout()
        self.birth_date = date_field("correctBirthDate")
        self.birth_date.setDate(QDate(born.year, born.month, born.day))
        self.estimated = QCheckBox(self.tr("&Estimated"))
        self.estimated.setObjectName("correctEstimated")
        self.estimated.setChecked(bool(person.get("birth_date_estimated")))
        birth.addWidget(self.birth_date)
        birth.addWidget(self.estimated)
        birth.addStretch(1)
        form.addRow(buddy_label(translate("PersonFormPage", "Date o&f birth"),
                                self.birth_date), birth)
        self.address = form_address(places)
        self.address.set_codes(dict(person["address"]))
        form.addRow(buddy_label(translate("PersonFormPage", "A&ddress"),
                                self.address.boxes["province"]), self.address)
        # a family moving together: the household and its other living members move too
        self.whole_household = QCheckBox(self.tr("The &whole household moves to this address"))
        self.whole_household.setObjectName("correctWholeHousehold")
        if person.get("household_id"):
            form.addRow("", self.whole_household)
        else:
            self.whole_household.hide()
        self.phone = self._line("correctPhone", str(person.get("phone") or ""))
        form.addRow(translate("PersonFormPage", "&Phone"), self.phone)
        ids = dict(person.get("other_ids") or {})
        self.national_id = self._line("correctNationalId", str(ids.get("national_id", "")))
        form.addRow(translate("PersonFormPage", "National &ID"), self.national_id)
        self.relation = QComboBox()
        self.relation.setObjectName("correctRelation")
        words = relation_words()
        for code in RELATIONS:  # a member's: the head is not changed by a correction
            self.relation.addItem(words[code], code)
        relation = person.get("relation_to_head")
        # a member's relation only: the head of a household is not changed here
        self._member = bool(person.get("household_id")) and relation not in (None, "head")
        if self._member:
            self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))
            form.addRow(buddy_label(self.tr("Relation to &head"), self.relation),
                        self.relation)
        else:
            self.relation.hide()
        self.who = QLabel(self.tr("Names, sex, date of birth and ID numbers are corrected by "
                                  "a supervisor."))
        self.who.setObjectName("correctWho")
        self.who.setWordWrap(True)
        self.who.setVisible(not supervisor)
        form.addRow(self.who)
        for widget in (self.local_name, self.latin_name, self.national_id):
            widget.setReadOnly(not supervisor)
        for other in (self.sex, self.birth_date, self.estimated):
            other.setEnabled(supervisor)
        self.reason = QLineEdit()
        self.reason.setObjectName("correctReason")
        self.reason.setPlaceholderText(self.tr("e.g. birth certificate 42/1991; moved to "
                                               "Kang Ta Noeng"))
        form.addRow(self.tr("Reas&on"), self.reason)
        self.error, self.ok = add_error_and_buttons(
            form, self, error_name="correctError", ok_name="correctOk", check=self._check,
            ok_text=self.tr("S&ave"))
        self.reason.textEdited.connect(lambda _text: self.error.clear())
        self.whole_household.toggled.connect(lambda _on: self.error.clear())

    def typed(self) -> bool:
        return bool(self.reason.text().strip() or self.changes())

    def changes(self) -> dict[str, Any]:
        """The fields whose shown value differs from the record: field -> new value."""
        p = self._person
        day = self.birth_date.date()
        shown: dict[str, Any] = {
            "local_name": self.local_name.text().strip(),
            "latin_name": self.latin_name.text().strip(),
            "sex": str(self.sex.currentData()),
            "birth_date": dt.date(day.year(), day.month(), day.day()).isoformat(),
            "birth_date_estimated": self.estimated.isChecked(),
            "phone": self.phone.text().strip() or None,
            "address": self.address.codes(),
            "other_ids": self._other_ids(),
        }
        if self._member:
            shown["relation_to_head"] = str(self.relation.currentData())
        was = {**{k: p.get(k) for k in shown}, "birth_date": str(p["birth_date"])[:10],
               "other_ids": dict(p.get("other_ids") or {}), "address": dict(p["address"]),
               "birth_date_estimated": bool(p.get("birth_date_estimated"))}
        return {k: v for k, v in shown.items() if v != was[k]}

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def identity_changed(self) -> bool:
        """Whether the changes touch what a supervisor corrects (:data:`IDENTITY`)."""
        return bool(set(self.changes()) & IDENTITY)

    def _other_ids(self) -> dict[str, str]:
        ids = {str(k): str(v) for k, v in dict(self._person.get("other_ids") or {}).items()}
        number = self.national_id.text().strip()
        if number:
            ids["national_id"] = number
        else:
            ids.pop("national_id", None)
        return ids

    def _line(self, name: str, text: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setObjectName(name)
        line.textEdited.connect(lambda _text: self.error.clear())
        return line

    def _check(self) -> None:
        changes = self.changes()
        if not changes:
            self.error.setText(self.tr("Nothing was changed: correct a detail first."))
            return
        try:
            check_changes(self._person, changes, today=self._today, places=self._places)
        except StationError as err:
            self.error.setText(plain_message(err))
            return
        if self.whole_household.isChecked() and "address" not in changes:
            self.error.setText(self.tr("Change the address first: the whole household moves "
                                       "to the new one."))
            return
        if len(self.reason_text()) < MIN_REASON:
            self.error.setText(self.tr("Give the reason for the correction (the document "
                                       "that shows the right details)."))
            return
        self.accept()


def changed_words(fields: tuple[str, ...] | list[str]) -> str:
    """The changed fields in words of the desk's language, e.g. "Latin name, address"."""
    words = {
        "local_name": QCoreApplication.translate("CorrectionDialog", "name (local script)"),
        "latin_name": QCoreApplication.translate("CorrectionDialog", "Latin name"),
        "sex": QCoreApplication.translate("CorrectionDialog", "sex"),
        "birth_date": QCoreApplication.translate("CorrectionDialog", "date of birth"),
        "birth_date_estimated": QCoreApplication.translate(
            "CorrectionDialog", "date of birth estimated or not"),
        "phone": QCoreApplication.translate("CorrectionDialog", "phone"),
        "address": QCoreApplication.translate("CorrectionDialog", "address"),
        "other_ids": QCoreApplication.translate("CorrectionDialog", "ID numbers"),
        "relation_to_head": QCoreApplication.translate("CorrectionDialog",
                                                       "relation to the head"),
    }
    return ", ".join(words.get(f, f) for f in fields)
