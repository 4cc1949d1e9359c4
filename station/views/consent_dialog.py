"""The clerk's "Privacy and consent" dialog: what is on file for a registered person, why to
ask again, the privacy notice in force to read to them, and who agrees now; and, as the
notice promises, what the registry holds about them, on paper.

The dialog only asks (and checks what the form checks at enrolment: a child does not agree
alone, a guardian is named, the consent on file is not recorded twice);
:func:`station.model.reconsent.record_consent` does the work.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from station.errors import InvalidDemographics
from station.i18n import current_language
from station.model.consent import (
    ADULT_AGE,
    CAME_OF_AGE,
    NOT_RECORDED,
    NOTICE_CHANGED,
    check_consent,
    consent_of,
    privacy_notice,
)
from station.views.clerk.form_messages import FormMessages
from station.views.dialog_parts import FormDialog, add_error_and_buttons, buddy_label
from station.views.formats import isolated, short_date


class ConsentDialog(FormDialog):
    """Shows the consent on file and the notice in force; asks who agrees now; offers the
    person their record on paper (:attr:`record_wanted`; the caller writes it and
    :meth:`say_record` says where)."""

    #: The clerk asked for the person's record on paper.
    record_wanted = Signal()
    #: A supervisor asked to erase the person's fingerprints (consent to them withdrawn).
    erasure_wanted = Signal()
    #: The clerk asked to add fingerprints (consent to them given again, or fingers missing).
    addition_wanted = Signal()
    #: The clerk asked to replace prints on file by new captures (poor prints).
    replacement_wanted = Signal()

    def __init__(self, name: str, born: dt.date, today: dt.date, on_file: Any,
                 parent: QWidget | None = None, *, fingers: int = 0,
                 erased: dict[str, Any] | None = None, supervisor: bool = False,
                 can_add: bool = False) -> None:
        super().__init__(parent)
        self._born, self._today, self._on_file = born, today, on_file
        self.fingers = fingers  # how many fingers are on file
        notice = privacy_notice()
        self.setWindowTitle(self.tr("Privacy and consent"))
        self.setMinimumWidth(640)
        form = QFormLayout(self)
        who = QLabel(self.tr("%1, born %2").replace("%1", isolated(name))
                     .replace("%2", short_date(born)))
        form.addRow(who)
        on_record = QLabel(self._on_file_words(on_file.consent, on_file.recorded_on))
        on_record.setObjectName("consentOnFile")
        on_record.setWordWrap(True)
        form.addRow(self.tr("On file:"), on_record)
        self.due = QLabel(self._due_words(on_file.due, notice.version))
        self.due.setObjectName("consentDue")
        self.due.setWordWrap(True)
        if on_file.due is not None:
            self.due.setStyleSheet("font-weight: bold;")
        form.addRow(self.due)
        # the consent to fingerprints withdrawn (station.model.erasure): a supervisor's
        self.prints = QLabel(self._prints_words(fingers, erased))
        self.prints.setObjectName("consentPrints")
        self.prints.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("&Erase their fingerprints..."))
        self.erase_button.setObjectName("consentErase")
        self.erase_button.setToolTip(self.tr(
            "The person withdraws their consent to fingerprints: they are erased here and at "
            "the central registry; the registration stays."))
        self.erase_button.setVisible(supervisor)
        self.erase_button.setEnabled(fingers > 0)
        self.erase_button.clicked.connect(self.erasure_wanted)
        # prints given again after an erasure, or a finger not available at enrolment
        # (station.model.fingers_added): searched 1:N before they are added
        self.add_button = QPushButton(self.tr("A&dd fingerprints..."))
        self.add_button.setObjectName("consentAddFingers")
        self.add_button.setToolTip(self.tr(
            "Capture the fingers with no print on file (after the person agrees again): "
            "checked against everyone registered before they are added."))
        self.add_button.setVisible(can_add)
        self.add_button.setEnabled(fingers < 10)
        self.add_button.clicked.connect(self.addition_wanted)
        # poor prints captured again (station.model.fingers_replaced)
        self.replace_button = QPushButton(self.tr("Re&place fingerprints..."))
        self.replace_button.setObjectName("consentReplaceFingers")
        self.replace_button.setToolTip(self.tr(
            "Capture again fingers whose print on file is poor (the hospital's finger check "
            "fails): a capture matching a print on file shows it is them; checked against "
            "everyone registered before they replace the old prints."))
        self.replace_button.setVisible(can_add)
        self.replace_button.setEnabled(fingers > 0)
        self.replace_button.clicked.connect(self.replacement_wanted)
        prints = QHBoxLayout()
        prints.addWidget(self.prints, 1)
        prints.addWidget(self.add_button)
        prints.addWidget(self.replace_button)
        prints.addWidget(self.erase_button)
        form.addRow(self.tr("Fingerprints:"), prints)
        heading = QLabel(self.tr("Privacy notice, version %1: read it to the person (or a "
                                 "child's parent or guardian).").replace("%1", notice.version))
        heading.setWordWrap(True)
        form.addRow(heading)
        self.notice = QTextBrowser()
        self.notice.setObjectName("consentNotice")
        self.notice.setPlainText(notice.text(current_language()))
        self.notice.setMinimumHeight(220)
        form.addRow(self.notice)
        # the notice's "you may see your record": what the registry holds about them, on
        # paper (station.services.own_record); the search page writes it and says where
        self.record_button = QPushButton(self.tr("&What the registry holds about them "
                                                 "(PDF)"))
        self.record_button.setObjectName("consentRecord")
        self.record_button.setToolTip(self.tr(
            "Their details, consent, programmes, cards, payments, visits, grievances and "
            "what the office did: a PDF to print and give them. Never their fingerprints. "
            "Recorded in the audit trail."))
        self.record_button.clicked.connect(self.record_wanted)
        self.record_said = QLabel()
        self.record_said.setObjectName("consentRecordSaid")
        self.record_said.setWordWrap(True)
        self.record_said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.record_button, self.record_said)
        self.agreed = QComboBox()
        self.agreed.setObjectName("consentAgreed")
        for code, label in (("", self.tr("— read the notice, then choose —")),
                            ("self", self.tr("The person")),
                            ("guardian", self.tr("A parent or guardian"))):
            self.agreed.addItem(label, code)
        form.addRow(buddy_label(self.tr("Agreed b&y:"), self.agreed), self.agreed)
        self.guardian = QLineEdit()
        self.guardian.setObjectName("consentGuardian")
        self.guardian.setPlaceholderText(self.tr("the parent's or guardian's name"))
        form.addRow(buddy_label(self.tr("&Guardian:"), self.guardian), self.guardian)
        self.error, self.ok = add_error_and_buttons(
            form, self, error_name="consentError", ok_name="consentOk", check=self._check,
            ok_text=self.tr("&Record the consent"))
        self.agreed.currentIndexChanged.connect(self._on_agreed)
        self.guardian.textEdited.connect(lambda _text: self.error.clear())
        self._on_agreed()
        self.agreed.setFocus()

    def say_record(self, text: str, *, busy: bool = False) -> None:
        """What became of the record asked for (``busy``: being written, not asked again)."""
        self.record_said.setText(text)
        self.record_button.setEnabled(not busy)

    def typed(self) -> bool:
        return bool(self.agreed.currentData()) or bool(self.guardian.text().strip())

    def chosen(self) -> tuple[str, str | None]:
        """Who agreed ("self" or "guardian") and the guardian's name (once accepted)."""
        given_by = str(self.agreed.currentData() or "")
        return given_by, (self.guardian.text().strip() or None
                          if given_by == "guardian" else None)

    def _on_agreed(self) -> None:
        self.error.clear()
        self.guardian.setEnabled(self.agreed.currentData() == "guardian")

    def _check(self) -> None:
        given_by, guardian = self.chosen()
        if not given_by:
            self.error.setText(self.tr("Read the notice, then choose who agreed."))
            return
        try:
            consent = consent_of(given_by, guardian)
            check_consent(consent, self._born, self._today)
        except InvalidDemographics as refused:  # worded as the enrolment form words it
            self.error.setText(FormMessages({}).say(refused.field, str(refused)))
            (self.agreed if refused.field == "consent" else self.guardian).setFocus()
            return
        if consent.as_record() == self._on_file.consent:
            self.error.setText(self.tr("This consent is already on file: nothing to record."))
            return
        self.accept()

    def _on_file_words(self, consent: dict[str, Any] | None, day: dt.date | None) -> str:
        if consent is None:
            return self.tr("nothing: registered before consent was recorded")
        if consent.get("given_by") == "guardian":
            words = self.tr("%1 (parent or guardian) agreed after privacy notice %2") \
                .replace("%1", isolated(str(consent.get("guardian"))))
        else:
            words = self.tr("the person agreed after privacy notice %2")
        words = words.replace("%2", str(consent.get("notice")))
        return words + (" (" + short_date(day) + ")" if day is not None else "")

    def _prints_words(self, fingers: int, erased: dict[str, Any] | None) -> str:
        if fingers:
            return self.tr("%n finger(s) on file", "", fingers)
        if erased is None:
            return self.tr("none on file")
        return self.tr("erased on %1 at their request").replace(
            "%1", short_date(dt.date.fromisoformat(str(erased["on"]))))

    def _due_words(self, due: str | None, version: str) -> str:
        if due == NOT_RECORDED:
            return self.tr("Ask: read them the notice and record who agrees.")
        if due == NOTICE_CHANGED:
            return self.tr("Ask again: the privacy notice has changed since (now version "
                           "%1).").replace("%1", version)
        if due == CAME_OF_AGE:
            return self.tr("Ask again: a parent or guardian agreed for them as a child; they "
                           "are %1 or over now and agree themselves.").replace(
                               "%1", str(ADULT_AGE))
        return self.tr("The consent on file stands: nothing to ask unless they wish to "
                       "change who agreed.")
