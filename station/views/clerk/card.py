"""Card issue: pick the reader, write the card, read it back and verify it, with progress.

The card is recorded in the registry only after it verifies. A blank card must be in the
reader; any card problem (no card, wrong PIN, card pulled out) is one sentence, and the
clerk can try again with another card.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.views.card_outcome import CardOutcomeView
from station.views.workers import TaskRunner


class CardPage(QWidget):
    """Drives ``issue(reader, progress)`` in a worker; emits ``issued`` with the result."""

    issued = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self._issue: Callable[[str | None, Any], Any] | None = None
        self._readers: Callable[[], list[str]] | None = None
        self.result: Any = None
        self._writing = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Place a blank card in the reader, then press Issue."))
        self.intro.setWordWrap(True)
        row = QHBoxLayout()
        self.reader = QComboBox()
        self.reader.setObjectName("reader")
        self.reader.setMinimumContentsLength(24)
        self.refresh_button = QPushButton(self.tr("Find &readers"))
        self.refresh_button.setObjectName("findReaders")
        self.issue_button = QPushButton(self.tr("&Issue the card"))
        self.issue_button.setObjectName("issueCard")
        reader_label = QLabel(self.tr("Rea&der:"))  # Alt+D: keyboard only, which reader
        reader_label.setBuddy(self.reader)
        row.addWidget(reader_label)
        row.addWidget(self.reader, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.issue_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("cardProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.step_label = QLabel()
        self.outcome = CardOutcomeView(self.tr("No card issued yet. The card can also be "
                                               "issued later."))
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.step_label)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.refresh_button.clicked.connect(self.find_readers)
        self.issue_button.clicked.connect(self.issue)
        self.issue_button.setEnabled(False)
        self.setFocusProxy(self.issue_button)

    def prepare(self, issue: Callable[[str | None, Any], Any],
                readers: Callable[[], list[str]]) -> None:
        """Set what issuing does for this person and look for readers."""
        self._issue, self._readers, self.result = issue, readers, None
        self.outcome.waiting()
        self.step_label.clear()
        self.progress.setVisible(False)
        self.find_readers()

    def find_readers(self) -> None:
        if self._readers is None or self._runner.busy:
            return
        readers = self._readers
        self._runner.start(lambda _p: readers(), self._on_readers, self._on_failed)

    def issue(self) -> None:
        if self._issue is None or self._runner.busy:
            return
        reader = self.reader.currentText() or None
        issue = self._issue
        self._writing = True
        self.issue_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.outcome.waiting(self.tr("Writing the card: do not remove it..."))
        self._runner.start(lambda progress: issue(reader, progress), self._on_issued,
                           self._on_failed, self._on_progress)

    @property
    def busy(self) -> bool:
        """A card is being written: the clerk must wait (listing readers is no reason)."""
        return self._writing

    def wait(self) -> None:
        self._runner.wait()

    def _on_readers(self, readers: list[str]) -> None:
        current = self.reader.currentText()
        self.reader.clear()
        self.reader.addItems(readers)
        if current in readers:
            self.reader.setCurrentText(current)
        self.issue_button.setEnabled(bool(readers) and self.result is None)
        if not readers:
            self.step_label.setText(self.tr("No card reader found. Connect one and press "
                                            "Find readers."))
        else:
            self.step_label.clear()

    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.step_label.setText(self._step_words().get(text, text))

    def _step_words(self) -> dict[str, str]:
        """The steps ``ui_cards.issue_card`` reports (``ISSUE_STEPS``), in the desk's words."""
        from station.model.ui_cards import ISSUE_STEPS

        return dict(zip(ISSUE_STEPS, (
            self.tr("Reading the person's record"), self.tr("Writing the card"),
            self.tr("Reading the card back"), self.tr("Verifying the card"),
            self.tr("Recording the card"), self.tr("Done")), strict=True))

    def _on_issued(self, result: Any) -> None:
        self._writing = False
        self.result = result
        self.progress.setValue(100)
        self.outcome.show_outcome(result.outcome, result.outcome.claims.issued_at.date())
        self.step_label.setText(self.tr("Card %1 issued and recorded.").replace("%1",
                                                                              result.serial))
        self.issued.emit(result)

    def _on_failed(self, message: str) -> None:
        self._writing = False
        self.progress.setVisible(False)
        self.outcome.failed(message)
        self.issue_button.setEnabled(self.reader.count() > 0)
