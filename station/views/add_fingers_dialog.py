"""The clerk's "Add fingerprints" dialog: prints for a registered person who has none on file
for some fingers (erased at their request and now given again, or a finger not available at
enrolment). The capture is the enrolment's (:class:`CapturePage`, limited to the fingers
without a print); the person agrees again after the privacy notice, as at enrolment.

The dialog captures and asks; :func:`station.model.fingers_added.add_fingerprints` searches
the fingers against everyone registered and adds them, or names who they match.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from station.errors import InvalidDemographics
from station.model.consent import check_consent, consent_of, privacy_notice
from station.model.fingers import Finger
from station.model.ui_capture import FingerStatus
from station.views.clerk.capture import CapturePage
from station.views.clerk.form_messages import FormMessages
from station.views.dialog_parts import FormDialog, add_error_and_buttons, buddy_label
from station.views.formats import isolated, short_date


class AddFingersDialog(FormDialog):
    """Captures the fingers a registered person has no print on file for, and who agrees."""

    def __init__(self, name: str, born: dt.date, today: dt.date, capture: CapturePage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._born, self._today = born, today
        self.setWindowTitle(self.tr("Add fingerprints"))
        self.setMinimumSize(980, 640)
        form = QFormLayout(self)
        who = QLabel(self.tr("%1, born %2").replace("%1", isolated(name))
                     .replace("%2", short_date(born)))
        who.setStyleSheet("font-weight: bold;")
        form.addRow(who)
        intro = QLabel(self.tr(
            "Capture the fingers they have no print on file for. Before they are added they "
            "are checked against everyone registered; the central registry checks them "
            "again. Read them the privacy notice (version %1) first: they agree to "
            "fingerprints again.").replace("%1", privacy_notice().version))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.capture = capture
        self.capture.setMinimumHeight(380)
        form.addRow(self.capture)
        self.agreed = QComboBox()
        self.agreed.setObjectName("addFingersAgreed")
        for code, label in (("", self.tr("— read the notice, then choose —")),
                            ("self", self.tr("The person")),
                            ("guardian", self.tr("A parent or guardian"))):
            self.agreed.addItem(label, code)
        form.addRow(buddy_label(self.tr("Agreed b&y:"), self.agreed), self.agreed)
        self.guardian = QLineEdit()
        self.guardian.setObjectName("addFingersGuardian")
        self.guardian.setPlaceholderText(self.tr("the parent's or guardian's name"))
        form.addRow(buddy_label(self.tr("&Guardian:"), self.guardian), self.guardian)
        self.error, self.ok = add_error_and_buttons(
            form, self, error_name="addFingersError", ok_name="addFingersOk",
            check=self._check, ok_text=self.tr("Check and a&dd"))
        self.agreed.currentIndexChanged.connect(self._on_agreed)
        self.guardian.textEdited.connect(lambda _text: self.error.clear())
        self.capture.changed.connect(self.error.clear)
        self._on_agreed()

    def typed(self) -> bool:
        return bool(self.captured()) or bool(self.agreed.currentData())

    def captured(self) -> dict[Finger, Any]:
        """The templates captured, by finger."""
        return {entry.finger: entry.template for entry in self.capture.sheet.fingers.values()
                if entry.status is FingerStatus.CAPTURED and entry.template is not None}

    def chosen(self) -> tuple[str, str | None]:
        """Who agreed ("self" or "guardian") and the guardian's name."""
        given_by = str(self.agreed.currentData() or "")
        return given_by, (self.guardian.text().strip() or None
                          if given_by == "guardian" else None)

    def _on_agreed(self) -> None:
        self.error.clear()
        self.guardian.setEnabled(self.agreed.currentData() == "guardian")

    def _check(self) -> None:
        if not self.captured():
            self.error.setText(self.tr("Capture at least one finger."))
            return
        given_by, guardian = self.chosen()
        if not given_by:
            self.error.setText(self.tr("Read the notice, then choose who agreed."))
            self.agreed.setFocus()
            return
        try:
            check_consent(consent_of(given_by, guardian), self._born, self._today)
        except InvalidDemographics as refused:  # worded as the enrolment form words it
            self.error.setText(FormMessages({}).say(refused.field, str(refused)))
            (self.agreed if refused.field == "consent" else self.guardian).setFocus()
            return
        self.capture.wait()
        self.accept()
