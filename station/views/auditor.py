"""Auditor mode: verify the card in the reader or a folder of card dumps (chain, revocation),
and verify the station's hash-chained audit log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.model.ui_cards import CardOutcome
from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.views.card_outcome import GREEN, RED, CardOutcomeView
from station.views.workers import TaskRunner


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
        clay.addWidget(self.card_view)
        self.chain = QLabel()
        self.chain.setObjectName("chain")
        self.chain.setWordWrap(True)
        clay.addWidget(self.chain)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("dumps")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Card serial"),
                                              self.tr("Result"), self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(False)
        clay.addWidget(self.table, 1)
        outer.addWidget(cards, 3)

        audit = QGroupBox(self.tr("Audit log"))
        alay = QHBoxLayout(audit)
        self.audit_button = QPushButton(self.tr("Verify the &audit log chain"))
        self.audit_button.setObjectName("verifyAudit")
        self.audit_result = QLabel()
        self.audit_result.setObjectName("auditResult")
        self.audit_result.setWordWrap(True)
        alay.addWidget(self.audit_button)
        alay.addWidget(self.audit_result, 1)
        outer.addWidget(audit, 1)

        self.reader_button.clicked.connect(self.verify_reader)
        self.folder_button.clicked.connect(self._choose_folder)
        self.audit_button.clicked.connect(self.verify_audit)
        if self.verifier is None:
            self.reader_button.setEnabled(False)
            self.folder_button.setEnabled(False)
            self.card_view.waiting(self.tr("Card verification is not set up on this station: "
                                           "trust anchors and revocation list are missing."))
        if self.services is None:
            self.audit_button.setEnabled(False)
        self.setFocusProxy(self.reader_button)

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
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of card dumps"))
        if folder:
            self.verify_folder(Path(folder))

    def _on_card(self, outcome: CardOutcome) -> None:
        self.card_view.show_outcome(outcome, self.ctx.clock().date())
        revoked = self.tr("revoked") if outcome.reason == "revoked" else self.tr("not revoked")
        self.chain.setText(self.tr("Certificate chain: %1\nRevocation: %2\nDetail: %3")
                           .replace("%1", " → ".join(outcome.chain))
                           .replace("%2", revoked)
                           .replace("%3", outcome.detail or "—"))

    def _on_folder(self, outcomes: list[CardOutcome]) -> None:
        self.table.setVisible(True)
        self.table.setRowCount(len(outcomes))
        good = 0
        for i, o in enumerate(outcomes):
            good += o.ok
            cells = (Path(o.source).name, o.serial, self.tr("valid") if o.ok
                     else self.tr("NOT VALID"), o.message if not o.ok else "")
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.card_view.waiting(self.tr("%1 of %2 card dumps are valid.")
                               .replace("%1", self.locale().toString(good))
                               .replace("%2", self.locale().toString(len(outcomes))))
        self.chain.clear()

    # -- audit log ----------------------------------------------------------------------------
    def verify_audit(self) -> None:
        if self.services is None or self._runner.busy:
            return
        services = self.services
        self.audit_result.setText(self.tr("Verifying..."))
        self._runner.start(lambda _p: services.check_registry(), self._on_audit,
                           self._on_audit_failed)

    def wait(self) -> None:
        self._runner.wait()

    def _on_audit(self, report: Any) -> None:
        self.audit_result.setText(self.tr("Audit chain intact: %1 events, schema %2, head %3")
                                  .replace("%1", self.locale().toString(report.audit_events))
                                  .replace("%2", str(report.schema_revision))
                                  .replace("%3", str(report.audit_head)[:16]))
        self.audit_result.setStyleSheet(GREEN.replace("22pt", "12pt"))

    def _on_audit_failed(self, message: str) -> None:
        self.audit_result.setText(self.tr("AUDIT CHAIN BROKEN: %1").replace("%1", message))
        self.audit_result.setStyleSheet(RED.replace("22pt", "12pt"))
