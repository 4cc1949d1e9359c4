"""Auditor mode: verify the card in the reader or a folder of card dumps (chain, revocation),
verify the station's hash-chained audit log, and read it: the newest events, filtered by
action family, operator or subject, exported as CSV. The list writes times in the office's
zone (the window's clock) as the desk writes dates, each action in words beside its code and
the details named in words (what the logs and the CSV export carry stays machine-readable:
UTC, codes, key=value, in the tooltips)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.errors import BadInput, IntegrityFailure
from station.i18n import current_language
from station.model.audit_log import READERS, AuditFilter, AuditRow, to_csv
from station.model.files import write_text_atomic
from station.model.ui_cards import CardOutcome
from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.views.audit_words import action_words, detail_words, details_in_words
from station.views.card_outcome import GREEN, RED, CardOutcomeView, never_delivered
from station.views.dialog_parts import ERROR_STYLE
from station.views.file_dialogs import choose_folder, choose_save_file
from station.views.formats import isolated, office_date_time
from station.views.places import gazetteer_of
from station.views.workers import TaskRunner, plain_message


class AuditorPage(QWidget):
    """Uses the ``cards`` verifier and the station's integrity check."""

    def __init__(self, ctx: StationContext, session: OperatorSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.verifier = ctx.service("cards")
        self.services = ctx.service("station")
        self._runner = TaskRunner(self)
        outer = QVBoxLayout(self)

        cards = QGroupBox(self.tr("Cards"))
        clay = QVBoxLayout(cards)
        buttons = QHBoxLayout()
        self.reader_button = QPushButton(self.tr("Verify the card in the &reader"))
        self.reader_button.setObjectName("verifyReader")
        self.folder_button = QPushButton(self.tr("Verify a &folder of card dumps..."))
        self.folder_button.setObjectName("verifyFolder")
        buttons.addWidget(self.reader_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        clay.addLayout(buttons)
        self.card_view = CardOutcomeView(self.tr("No card verified yet."))
        self.card_view.places = gazetteer_of(self.services)
        clay.addWidget(self.card_view)
        self.chain = QLabel()
        self.chain.setObjectName("chain")
        self.chain.setWordWrap(True)
        self.chain.setVisible(False)  # shown with a card read from the reader
        clay.addWidget(self.chain)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("dumps")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Card serial"),
                                              self.tr("Result"), self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(False)
        clay.addWidget(self.table, 1)
        outer.addWidget(cards, 2)

        audit = QGroupBox(self.tr("Audit log"))
        avlay = QVBoxLayout(audit)
        alay = QHBoxLayout()
        self.audit_button = QPushButton(self.tr("Verify the &audit log chain"))
        self.audit_button.setObjectName("verifyAudit")
        self.audit_result = QLabel()
        self.audit_result.setObjectName("auditResult")
        self.audit_result.setWordWrap(True)
        alay.addWidget(self.audit_button)
        alay.addWidget(self.audit_result, 1)
        avlay.addLayout(alay)
        avlay.addLayout(self._events_filters())
        self.events = QTableWidget(0, 7)
        self.events.setObjectName("auditEvents")
        self.events.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time"), self.tr("Operator"), self.tr("Action"),
            self.tr("Code"), self.tr("Subject"), self.tr("Details")])
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.verticalHeader().setVisible(False)
        self.events.horizontalHeader().setStretchLastSection(True)
        avlay.addWidget(self.events, 1)
        outer.addWidget(audit, 3)
        self.event_rows: list[AuditRow] = []
        self._broken = ""  # "AUDIT CHAIN BROKEN: ..." when the listed events' chain is

        self.reader_button.clicked.connect(self.verify_reader)
        self.folder_button.clicked.connect(self._choose_folder)
        self.audit_button.clicked.connect(self.verify_audit)
        self.show_events_button.clicked.connect(self.show_events)
        self.export_button.clicked.connect(self._choose_export)
        for edit in (self.action_filter, self.operator_filter, self.subject_filter):
            edit.returnPressed.connect(self.show_events)
        if self.verifier is None:
            self.reader_button.setEnabled(False)
            self.folder_button.setEnabled(False)
            self.card_view.waiting(self.tr("Card verification is not set up on this station: "
                                           "trust anchors and revocation list are missing."))
        if self.services is None:
            self.audit_button.setEnabled(False)
        if self.services is None or self._reader() is None:
            for w in (self.show_events_button, self.export_button, self.action_filter,
                      self.operator_filter, self.subject_filter):
                w.setEnabled(False)
            self.events_status.setText(self.tr("Only auditors and supervisors can read the "
                                               "audit log."))
        self._runner.busy_changed.connect(self._on_busy)
        self.setFocusProxy(self.reader_button)

    def _on_busy(self, busy: bool) -> None:
        """One check at a time: the others are greyed out meanwhile (a click on them was
        silently dropped), then offered again where this station and role allow them."""
        can_read = self.services is not None and self._reader() is not None
        for button, allowed in ((self.reader_button, self.verifier is not None),
                                (self.folder_button, self.verifier is not None),
                                (self.audit_button, self.services is not None),
                                (self.show_events_button, can_read),
                                (self.export_button, can_read and bool(self.event_rows))):
            button.setEnabled(allowed and not busy)

    def _events_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.action_filter = QLineEdit()
        self.action_filter.setObjectName("actionFilter")
        self.action_filter.setPlaceholderText(self.tr("action, e.g. card or person.enrol"))
        self.operator_filter = QLineEdit()
        self.operator_filter.setObjectName("operatorFilter")
        self.operator_filter.setPlaceholderText(self.tr("operator user name"))
        self.subject_filter = QLineEdit()
        self.subject_filter.setObjectName("subjectFilter")
        self.subject_filter.setPlaceholderText(self.tr("person id, card serial or case"))
        self.show_events_button = QPushButton(self.tr("&Show events"))
        self.show_events_button.setObjectName("showEvents")
        self.export_button = QPushButton(self.tr("&Export CSV..."))
        self.export_button.setObjectName("exportEvents")
        self.export_button.setEnabled(False)
        self.events_status = QLabel()
        self.events_status.setObjectName("eventsStatus")
        self.events_status.setWordWrap(True)  # a refusal wraps, never widens the window
        # each filter its label and Alt letter: keyboard only, the auditor goes to the one
        # they mean (the grey examples inside say what it takes)
        for text, edit in ((self.tr("Ac&tion:"), self.action_filter),
                           (self.tr("&Operator:"), self.operator_filter),
                           (self.tr("Su&bject:"), self.subject_filter)):
            label = QLabel(text)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit, 1)
        row.addWidget(self.show_events_button)
        row.addWidget(self.export_button)
        row.addWidget(self.events_status, 1)
        return row

    def _reader(self) -> Any:
        """The signed-in operator when they may read the audit log, else None."""
        operator = self.session.operator
        return operator if operator is not None and operator.role in READERS else None

    # -- cards --------------------------------------------------------------------------------
    def verify_reader(self) -> None:
        if self.verifier is None or self._runner.busy:
            return
        verifier, now = self.verifier, self.ctx.clock()
        self.table.setVisible(False)
        self.card_view.waiting(self.tr("Reading the card..."))
        self._runner.start(lambda _p: verifier.read_and_verify(None, now=now),
                           self._on_card, self.card_view.failed)

    def verify_folder(self, folder: Path) -> None:
        if self.verifier is None or self._runner.busy:
            return
        verifier, now = self.verifier, self.ctx.clock()
        self._runner.start(lambda _p: verifier.verify_folder(folder, now=now),
                           self._on_folder, self.card_view.failed)

    def _choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Folder of card dumps"))
        if folder:
            self.verify_folder(Path(folder))

    def _on_card(self, outcome: CardOutcome) -> None:
        self.card_view.show_outcome(outcome, self.ctx.clock().date())
        revoked = self.tr("revoked") if outcome.reason == "revoked" else self.tr("not revoked")
        self.chain.setText(self.tr("Certificate chain: %1\nRevocation: %2\nDetail: %3")
                           .replace("%1", " → ".join(outcome.chain))
                           .replace("%2", revoked)
                           .replace("%3", outcome.detail or "—"))
        self.chain.setVisible(True)

    def _on_folder(self, outcomes: list[CardOutcome]) -> None:
        self.table.setVisible(True)
        self.table.setRowCount(len(outcomes))
        good = 0
        for i, o in enumerate(outcomes):
            good += o.ok
            # English keeps the file's own wording ("cannot be read"); others the reason's
            # (but a never-delivered card of a revoked station: the model's words say
            # "signed after", which is not known)
            reason = (o.message if current_language() == "en" and not never_delivered(o)
                      else self.card_view.reason_text(o))
            cells = (Path(o.source).name, o.serial, self.tr("valid") if o.ok
                     else self.tr("NOT VALID"), reason if not o.ok else "")
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        for column in range(3):  # whole file names and serials; the reason takes the rest
            self.table.resizeColumnToContents(column)
        self.card_view.waiting(self.tr("Valid: %1 of %n card dump(s).", "", len(outcomes))
                               .replace("%1", self.locale().toString(good)))
        self.chain.clear()
        self.chain.setVisible(False)

    # -- audit log ----------------------------------------------------------------------------
    def verify_audit(self) -> None:
        if self.services is None or self._runner.busy:
            return
        services = self.services
        self.audit_result.setText(self.tr("Verifying..."))
        self.audit_result.setStyleSheet("")

        def check(_p: Any) -> Any:
            try:
                return services.check_registry()
            except IntegrityFailure as fault:  # what the check found, not a failure to check
                return fault

        self._runner.start(check, self._on_audit, self._on_audit_failed)

    def wait(self) -> None:
        self._runner.wait()

    def _on_audit(self, report: Any) -> None:
        if isinstance(report, IntegrityFailure):
            self.audit_result.setText(self.tr("AUDIT CHAIN BROKEN: %1").replace(
                "%1", plain_message(report)))
            self.audit_result.setStyleSheet(RED.replace("22pt", "12pt"))
            return
        self.audit_result.setText(self.tr("Audit chain intact: %1 events, schema %2, head %3")
                                  .replace("%1", self.locale().toString(report.audit_events))
                                  .replace("%2", str(report.schema_revision))
                                  .replace("%3", str(report.audit_head)[:16]))
        self.audit_result.setStyleSheet(GREEN.replace("22pt", "12pt"))

    def show_events(self) -> None:
        """List the newest events (at most 500) that match the filters, in a worker thread."""
        operator = self._reader()
        if self.services is None or operator is None or self._runner.busy:
            return
        services = self.services
        flt = AuditFilter(action=self.action_filter.text().strip() or None,
                          operator=self.operator_filter.text().strip() or None,
                          subject=self.subject_filter.text().strip() or None)
        self.events_status.setText(self.tr("Reading..."))
        self.events_status.setStyleSheet("")
        # the rows and whether the chain they come from holds: a listing is read as evidence
        self._runner.start(lambda _p: (services.audit_events(flt, by=operator),
                                       services.audit_chain_fault()),
                           lambda answer: self._on_events(*answer), self._on_events_failed)

    def _on_events(self, rows: list[AuditRow], fault: IntegrityFailure | None = None) -> None:
        self.event_rows = rows
        self._broken = "" if fault is None else self.tr("AUDIT CHAIN BROKEN: %1").replace(
            "%1", plain_message(fault))
        if fault is not None:
            self._on_audit(fault)
        self.events.setRowCount(len(rows))
        words, named, locale = action_words(), detail_words(), self.locale()
        zone = self.ctx.clock().tzinfo or dt.UTC  # the office's (the window's clock)
        for i, r in enumerate(rows):
            cells = (str(r.seq), office_date_time(r.at, zone, locale),
                     r.operator or self.tr("(station)"), words.get(r.action, r.action),
                     r.action, r.subject_id, details_in_words(r.details, named, zone))
            # the stored time; the code to search; the details as the logs carry them
            tips = {1: f"{r.at.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%S}Z (UTC)",
                    3: f"{cells[3]} ({r.action})", 6: r.details_text()}
            for j, text in enumerate(cells):
                # the subject's id cut short reads from its start at an Urdu desk too (its
                # hyphen and the ellipsis went to its left: '…-e15e579c')
                item = QTableWidgetItem(isolated(text) if j == 5 and text else text)
                item.setToolTip(tips.get(j, text))
                self.events.setItem(i, j, item)
        self.events.resizeColumnsToContents()
        # a subject's 36-character id pushed the details off a 1024-pixel screen: the start
        # of it is enough to tell events apart (the whole id on hover, and in the filter)
        widest = self.events.fontMetrics().horizontalAdvance("0" * 14)
        self.events.setColumnWidth(5, min(self.events.columnWidth(5), widest))
        self.export_button.setEnabled(bool(rows))
        self._say_events(self.tr("%Ln event(s), newest first", "", len(rows)))

    def _say_events(self, text: str) -> None:
        """The listing's status line, and in red that the chain is broken when it is."""
        self.events_status.setText(text + (" " + self._broken if self._broken else ""))
        self.events_status.setStyleSheet(ERROR_STYLE if self._broken else "")

    def _on_events_failed(self, message: str) -> None:
        self.events_status.setText(message)

    def export_events(self, path: Path) -> None:
        """Write the listed events to ``path`` as CSV (whole or not at all)."""
        try:
            write_text_atomic(path, to_csv(self.event_rows), bom=True)
        except BadInput as err:
            self.events_status.setText(self.tr("Could not save: %1").replace("%1", str(err)))
            return
        self._say_events(self.tr("%Ln event(s) saved to %1", "", len(self.event_rows))
                         .replace("%1", path.name))

    def _choose_export(self) -> None:
        name = choose_save_file(self, self.tr("Save the audit events"), "audit-events.csv",
                                "CSV (*.csv)")
        if name:
            self.export_events(Path(name))

    def _on_audit_failed(self, message: str) -> None:
        """The check could not run (a busy registry...): nothing is known about the chain,
        so no alarm, only why."""
        self.audit_result.setText(self.tr("The audit chain could not be checked: %1")
                                  .replace("%1", message))
        self.audit_result.setStyleSheet("color: #8a5a00; font-size: 12pt;")
