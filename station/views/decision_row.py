"""The clerk's decision on a suspected duplicate, one row for both places it is taken.

The duplicate check (right after the 1:N hit) and "Compare the prints" (a case sent back or
left waiting) ask the same thing: a note for the supervisor, "same person" (as the candidate
the clerk is looking at) or "different people". The decision is recorded in a worker; when
the registry refuses it (another desk decided the case first, a busy registry), the refusal
is said under the buttons and they work again: the candidates stay on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from station.views.dialog_parts import error_line
from station.views.workers import TaskRunner

# ``decide(decision, matched_person_id, note)`` records the clerk's decision on the case.
Decide = Callable[[str, str | None, str | None], Any]


class DecisionRow(QWidget):
    """Note, "same person", "different people", and the refusal when there is one.

    ``same_text`` names the candidate as the caller shows it ("already registered", "this
    registered person"); ``matched()`` gives the person id a "same person" decision names.
    ``decided`` carries the recorded case.
    """

    decided = Signal(object)

    def __init__(self, same_text: str, matched: Callable[[], str | None], *,
                 prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self._matched = matched
        self._decide: Decide | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setObjectName(f"{prefix}DecisionNote")
        self.note.setPlaceholderText(self.tr("note for the supervisor (optional)"))
        self.same_button = QPushButton(same_text)
        self.same_button.setObjectName(f"{prefix}Same")
        self.different_button = QPushButton(self.tr("&Different people: register"))
        self.different_button.setObjectName(f"{prefix}Different")
        row.addWidget(self.note, 1)
        row.addWidget(self.same_button)
        row.addWidget(self.different_button)
        outer.addLayout(row)
        self.error = error_line(f"{prefix}DecisionError")
        self.error.setVisible(False)  # no room taken until there is a refusal to say
        outer.addWidget(self.error)
        self.same_button.clicked.connect(lambda: self._start("duplicate"))
        self.different_button.clicked.connect(lambda: self._start("not_duplicate"))

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def arm(self, decide: Decide) -> None:
        """Ready for a new case: empty note, no refusal, both buttons on."""
        self._decide = decide
        self.note.clear()
        self._say("")
        self._enable(True)

    def _enable(self, on: bool) -> None:
        for button in (self.same_button, self.different_button):
            button.setEnabled(on)

    def _start(self, decision: str) -> None:
        decide = self._decide
        if decide is None or self._runner.busy:
            return
        matched = self._matched() if decision == "duplicate" else None
        note = self.note.text().strip() or None
        self._say("")
        self._enable(False)
        self._runner.start(lambda _p: decide(decision, matched, note), self._on_decided,
                           self._on_refused)

    def _on_decided(self, case: Any) -> None:
        self.decided.emit(case)

    def _on_refused(self, message: str) -> None:
        self._say(message)
        self._enable(True)

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
