"""Household and person form: local-script name with its Latin transliteration, birth date or
estimated age, sex, address (picked by name, stored as codes), phone and national id.
Validation is the service's own (:mod:`station.model.ui_person_form`); the field at fault is
outlined and named until the clerk changes something.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.i18n import current_language
from station.model.consent import privacy_notice
from station.model.demographics import Demographics
from station.model.locations import LEVELS, Gazetteer, RetiredPlace
from station.model.ui_person_form import build_demographics
from station.views.clerk.address import AddressPicker
from station.views.clerk.form_messages import FormMessages
from station.views.date_field import date_field
from station.views.dialog_parts import buddy_label
from station.views.places import demo_gazetteer
from station.views.workers import plain_message

ERROR_STYLE = "border: 2px solid #c62828;"


class PersonFormPage(QWidget):
    """Edits one person; :meth:`validate` returns the demographics or shows what is wrong."""

    changed = Signal()
    #: Enter in the last field (the national ID): the clerk means Next
    submitted = Signal()

    def __init__(self, gazetteer: Gazetteer | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)

        household = QGroupBox(self.tr("Household"))
        hlay = QVBoxLayout(household)
        hrow = QHBoxLayout()
        self.new_household = QRadioButton(self.tr("New househo&ld (this person is the head)"))
        self.new_household.setObjectName("newHousehold")
        self.existing_household = QRadioButton(self.tr("Member of e&xisting household:"))
        self.household_id = QLineEdit()
        self.household_id.setObjectName("household_id")
        self.household_id.setPlaceholderText(self.tr("household id"))
        self.inputs["household_id"] = self.household_id
        self.relation = QComboBox()
        self.relation.setObjectName("relation_to_head")
        for code, label in (("spouse", self.tr("Spouse")), ("child", self.tr("Child")),
                            ("parent", self.tr("Parent")), ("other", self.tr("Other relative"))):
            self.relation.addItem(label, code)
        self.new_household.setChecked(True)
        self.new_household.toggled.connect(self._on_household_kind)
        hrow.addWidget(self.new_household)
        hrow.addWidget(self.existing_household)
        hrow.addStretch(1)
        # the id and the relation on a line of their own: beside the two choices the id's
        # field was squeezed to a few characters at 1024 px (an id has 36)
        joined = QHBoxLayout()
        # Alt letters to the household's id and the relation: reached only by Tab
        joined.addWidget(buddy_label(self.tr("H&ousehold id:"), self.household_id))
        joined.addWidget(self.household_id, 1)
        joined.addWidget(buddy_label(self.tr("Relation to &head:"), self.relation))
        joined.addWidget(self.relation)
        hlay.addLayout(hrow)
        hlay.addLayout(joined)
        outer.addWidget(household)

        person = QGroupBox(self.tr("Person"))
        form = QFormLayout(person)
        self.local_name = self._line("local_name", self.tr("name as written locally"))
        self.latin_name = self._line("latin_name", self.tr("the same name in Latin letters"))
        names = QHBoxLayout()
        names.addWidget(self.local_name)
        names.addWidget(buddy_label(self.tr("La&tin:"), self.latin_name))  # Alt+T
        names.addWidget(self.latin_name)
        form.addRow(buddy_label(self.tr("Na&me (local script)"), self.local_name), names)
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        for code, label in (("", self.tr("— choose —")), ("F", self.tr("Female")),
                            ("M", self.tr("Male")), ("X", self.tr("Other"))):
            self.sex.addItem(label, code)
        self.inputs["sex"] = self.sex
        form.addRow(self.tr("&Sex"), self.sex)
        birth = QHBoxLayout()
        self.birth_date = date_field("birth_date")
        self.birth_date.setDate(QDate(1990, 1, 1))
        self.inputs["birth_date"] = self.birth_date
        self.age_known = QCheckBox(self.tr("Date unknown: estimated &age"))
        self.age_known.setObjectName("estimated")
        self.age = QSpinBox()
        self.age.setObjectName("age")
        self.age.setRange(0, 130)
        self.age.setEnabled(False)
        self.inputs["age"] = self.age
        self.age_known.toggled.connect(self._on_estimated)
        birth.addWidget(self.birth_date)
        birth.addWidget(self.age_known)
        birth.addWidget(self.age)
        form.addRow(buddy_label(self.tr("Date o&f birth"), self.birth_date), birth)
        # Alt+D (the row's label) reaches the province, each lower level its own letter
        self.address = AddressPicker(gazetteer or demo_gazetteer(), {
            "province": self.tr("province"), "district": self.tr("district"),
            "commune": self.tr("commune"), "village": self.tr("village (name or code)")},
            labels={"province": self.tr("Province:"), "district": self.tr("Dist&rict:"),
                    "commune": self.tr("&Commune:"), "village": self.tr("&Village:")})
        self.address.changed.connect(self.changed)
        self.inputs.update(self.address.boxes)
        form.addRow(buddy_label(self.tr("A&ddress"), self.address.boxes["province"]),
                    self.address)
        form.addRow(self.tr("&Phone"), self._line("phone", "+855 12 345 678"))
        national_id = self._line("national_id", self.tr("if any"))
        national_id.returnPressed.connect(self.submitted)
        form.addRow(self.tr("National &ID"), national_id)
        outer.addWidget(person)

        # what is recorded, why, who sees it: read to the person before anything is taken
        consent = QGroupBox(self.tr("Consent"))
        clay = QHBoxLayout(consent)
        self.notice_button = QPushButton(self.tr("Privacy notice..."))
        self.notice_button.setObjectName("privacyNotice")
        self.notice_button.setAutoDefault(False)
        self.notice_button.clicked.connect(self.show_notice)
        self.agreed = QComboBox()
        self.agreed.setObjectName("consent")
        for code, label in (("", self.tr("— read the notice, then choose —")),
                            ("self", self.tr("The person")),
                            ("guardian", self.tr("A parent or guardian"))):
            self.agreed.addItem(label, code)
        self.inputs["consent"] = self.agreed
        self.guardian = self._line("guardian", self.tr("the parent's or guardian's name"))
        self.agreed.currentIndexChanged.connect(self._on_agreed)
        self.agreed.currentIndexChanged.connect(self._clear_error)
        clay.addWidget(self.notice_button)
        clay.addWidget(buddy_label(self.tr("Agreed b&y:"), self.agreed))  # Alt+Y
        clay.addWidget(self.agreed)
        clay.addWidget(QLabel(self.tr("Guardian:")))  # reached by Tab from the choice
        clay.addWidget(self.guardian, 1)
        outer.addWidget(consent)
        self._on_agreed()
        self.notice: QMessageBox | None = None  # the last notice shown

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-size: 12pt;")
        outer.addWidget(self.error)
        outer.addStretch(1)
        self._on_household_kind(True)
        self.setFocusProxy(self.local_name)
        self._faulty: QWidget | None = None
        self.changed.connect(self._clear_error)  # a stale "what is wrong" misleads
        self.sex.currentIndexChanged.connect(self._clear_error)
        self.birth_date.dateChanged.connect(self._clear_error)
        self.age.valueChanged.connect(self._clear_error)
        self.age_known.toggled.connect(self._clear_error)
        self.household_id.textChanged.connect(self._clear_error)
        self.new_household.toggled.connect(self._clear_error)

    # -- public ---------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        """What the clerk entered, as text (dates ISO)."""
        out = {key: w.text() for key, w in self.inputs.items() if isinstance(w, QLineEdit)}
        out.update(self.address.codes())
        out["sex"] = str(self.sex.currentData() or "")
        if self.age_known.isChecked():
            out["age"], out["birth_date"] = str(self.age.value()), ""
        else:
            out["birth_date"], out["age"] = self.birth_date.date().toString("yyyy-MM-dd"), ""
        out["consent"] = str(self.agreed.currentData() or "")
        if out["consent"] != "guardian":
            out["guardian"] = ""
        if self.new_household.isChecked():
            out["household_id"], out["relation_to_head"] = "", ""
        else:
            out["relation_to_head"] = str(self.relation.currentData())
        return out

    @property
    def wants_new_household(self) -> bool:
        return self.new_household.isChecked()

    def set_household(self, household_id: str | None, address: dict[str, str] | None = None
                      ) -> None:
        """Pre-fill from the search: join ``household_id`` (or start a new one)."""
        if household_id:
            self.existing_household.setChecked(True)
            self.household_id.setText(household_id)
        else:
            self.new_household.setChecked(True)
        self.address.set_codes({k: v for k, v in (address or {}).items() if k in LEVELS})

    def fill(self, values: dict[str, str]) -> None:
        """Set fields from text values (used by the demo tour and tests)."""
        self.address.set_codes({k: v for k, v in values.items() if k in LEVELS})
        for key, value in values.items():
            widget = self.inputs.get(key)
            if key in LEVELS:
                continue
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif key == "sex":
                self.sex.setCurrentIndex(max(0, self.sex.findData(value)))
            elif key == "consent":
                self.agreed.setCurrentIndex(max(0, self.agreed.findData(value)))
            elif key == "birth_date":
                self.age_known.setChecked(False)
                self.birth_date.setDate(QDate.fromString(value, "yyyy-MM-dd"))
            elif key == "age":
                self.age_known.setChecked(True)
                self.age.setValue(int(value))

    def validate(self, today: dt.date) -> Demographics | None:
        """The demographics, or None after outlining the faulty field and saying why."""
        self._clear_error()
        values = self.values()
        result = build_demographics(values, today=today, gazetteer=self.address.gazetteer)
        retired = (self.address.gazetteer.retired_in(values)
                   if result.demographics is not None and self.wants_new_household else None)
        if result.demographics is not None and retired is None:
            return result.demographics
        if retired is not None:  # said now, not after the fingerprints (the model refuses it)
            self.error.setText(plain_message(RetiredPlace(retired.code, retired.name,
                                                          retired.level)))
            field: str | None = retired.level
        else:
            self.error.setText(FormMessages(values, self.address.gazetteer).say(
                result.field, result.message))
            field = result.field
        # the model checks the national ID among the person's other ids
        field = "national_id" if field == "other_ids" else field
        faulty = self.inputs.get(field or "")
        if faulty is not None:
            faulty.setStyleSheet(ERROR_STYLE)
            faulty.setFocus()
            self._faulty = faulty
        return None

    @property
    def error_text(self) -> str:
        """What the form says is wrong (empty when nothing is shown)."""
        return self.error.text()

    # -- helpers --------------------------------------------------------------------------
    def _line(self, key: str, hint: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(key)
        line.setPlaceholderText(hint)
        line.textChanged.connect(self.changed)
        self.inputs[key] = line
        return line

    def _clear_error(self) -> None:
        """Forget the last complaint once the clerk edits: it is checked again on Next."""
        if self._faulty is not None:
            self._faulty.setStyleSheet("")
            self._faulty = None
        self.error.clear()

    def show_notice(self) -> None:
        """The privacy notice in the desk's language, to read to the person (window-modal)."""
        notice = privacy_notice()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Privacy notice"),
                          notice.text(current_language()), QMessageBox.StandardButton.Close,
                          self)
        box.setObjectName("privacyNoticeBox")
        box.setInformativeText(self.tr("Version %1. Read it to the person (or a child's "
                                       "parent or guardian), then choose who agreed.")
                               .replace("%1", notice.version))
        self.notice = box
        box.open()

    def _on_agreed(self) -> None:
        self.guardian.setEnabled(self.agreed.currentData() == "guardian")

    def _on_household_kind(self, new: bool) -> None:
        self.household_id.setEnabled(not new)
        self.relation.setEnabled(not new)

    def _on_estimated(self, estimated: bool) -> None:
        self.age.setEnabled(estimated)
        self.birth_date.setEnabled(not estimated)
