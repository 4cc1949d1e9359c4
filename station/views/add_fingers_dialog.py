"""The clerk's "Add fingerprints" dialog: prints for a registered person who has none on file
for some fingers (erased at their request and now given again, or a finger not available at
enrolment). The capture is the enrolment's (:class:`CapturePage`, limited to the fingers
without a print); the person agrees again after the privacy notice, as at enrolment.

With ``replace``, the same dialog is "Replace fingerprints": the capture offers the fingers
on file, the clerk ticks those to replace (a captured finger not ticked is a check of the
person's presence) and says why.

The dialog captures and asks; :func:`station.model.fingers_added.add_fingerprints` (or
:func:`station.model.fingers_replaced.replace_fingerprints`) searches the fingers against
everyone registered and writes them, or names who they match.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from station.errors import InvalidDemographics
from station.model.consent import check_consent, consent_of, privacy_notice
from station.model.fingers import Finger
from station.model.ui_capture import FingerStatus
from station.views.clerk.capture import CapturePage
from station.views.clerk.form_messages import FormMessages
from station.views.dialog_parts import FormDialog, add_error_and_buttons, buddy_label
from station.views.fingers import finger_name
from station.views.formats import isolated, short_date


class AddFingersDialog(FormDialog):
    """Captures the fingers a registered person has no print on file for, and who agrees;
    with ``replace``, new captures of fingers on file, which to replace, and why."""

    def __init__(self, name: str, born: dt.date, today: dt.date, capture: CapturePage,
                 parent: QWidget | None = None, *, replace: bool = False) -> None:
        super().__init__(parent)
        self._born, self._today, self.replacing = born, today, replace
        self.setWindowTitle(self.tr("Replace fingerprints") if replace
                            else self.tr("Add fingerprints"))
        self.setMinimumSize(980, 640)
        form = QFormLayout(self)
        who = QLabel(self.tr("%1, born %2").replace("%1", isolated(name))
                     .replace("%2", short_date(born)))
        who.setStyleSheet("font-weight: bold;")
        form.addRow(who)
        intro = QLabel((self.tr(
            "Capture again the fingers whose print on file is poor and tick them below. A "
            "capture that matches a print on file shows the person is the one registered: "
            "when an old print is too poor to match, also capture another finger on file, "
            "not ticked, as a check (a supervisor may replace without a match). The new "
            "prints are checked against everyone registered; the central registry checks "
            "them again. Read them the privacy notice (version %1) first: they agree to the "
            "new fingerprints.") if replace else self.tr(
            "Capture the fingers they have no print on file for. Before they are added they "
            "are checked against everyone registered; the central registry checks them "
            "again. Read them the privacy notice (version %1) first: they agree to "
            "fingerprints again.")).replace("%1", privacy_notice().version))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.capture = capture
        self.capture.setMinimumHeight(380)
        form.addRow(self.capture)
        # replace: a box per finger on file, ticked when its new capture replaces it
        self.replace_boxes: dict[Finger, QCheckBox] = {}
        self.reason = QLineEdit(self)  # hidden unless replacing
        self.reason.setObjectName("replaceReason")
        if replace:
            boxes = QHBoxLayout()
            for finger in self.capture.sheet.fingers:
                box = QCheckBox(finger_name(finger))
                box.setObjectName(f"replaceFinger{int(finger)}")
                boxes.addWidget(box)
                self.replace_boxes[finger] = box
            boxes.addStretch(1)
            form.addRow(self.tr("Replace:"), boxes)
            self.reason.setPlaceholderText(self.tr(
                "e.g. the hospital's finger check fails: the print on file is smeared"))
            self.reason.setMaxLength(300)
            form.addRow(buddy_label(self.tr("&Why:"), self.reason), self.reason)
        else:
            self.reason.hide()
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
            check=self._check, ok_text=(self.tr("Check and re&place") if replace
                                        else self.tr("Check and a&dd")))
        self.agreed.currentIndexChanged.connect(self._on_agreed)
        self.guardian.textEdited.connect(lambda _text: self.error.clear())
        self.reason.textEdited.connect(lambda _text: self.error.clear())
        for box in self.replace_boxes.values():
            box.toggled.connect(lambda _on: self.error.clear())
        self.capture.changed.connect(self.error.clear)
        self._on_agreed()

    def typed(self) -> bool:
        return (bool(self.captured()) or bool(self.agreed.currentData())
                or bool(self.reason.text().strip()))

    def captured(self) -> dict[Finger, Any]:
        """The templates captured, by finger."""
        return {entry.finger: entry.template for entry in self.capture.sheet.fingers.values()
                if entry.status is FingerStatus.CAPTURED and entry.template is not None}

    def replaced(self) -> dict[Finger, Any]:
        """Replace: the captures of the fingers ticked."""
        return {f: t for f, t in self.captured().items() if self._ticked(f)}

    def checks(self) -> dict[Finger, Any]:
        """Replace: the captures of fingers on file not ticked (they show presence)."""
        return {f: t for f, t in self.captured().items() if not self._ticked(f)}

    def why(self) -> str:
        return " ".join(self.reason.text().split())

    def _ticked(self, finger: Finger) -> bool:
        box = self.replace_boxes.get(finger)
        return box is not None and box.isChecked()

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
        if self.replacing and not self._replace_checked():
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

    def _replace_checked(self) -> bool:
        """Replace: a finger ticked, every finger ticked captured, a reason; else say which."""
        ticked = [f for f, box in self.replace_boxes.items() if box.isChecked()]
        if not ticked:
            self.error.setText(self.tr("Tick the fingers whose new capture replaces the "
                                       "print on file."))
            return False
        missing = [f for f in ticked if f not in self.captured()]
        if missing:
            self.error.setText(self.tr("Capture the fingers ticked first: %1.").replace(
                "%1", ", ".join(finger_name(f) for f in missing)))
            return False
        if not self.why():
            self.error.setText(self.tr("Say why the prints are replaced."))
            self.reason.setFocus()
            return False
        return True
