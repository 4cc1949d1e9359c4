"""Programme registration: the rules propose, the clerk confirms what the person takes.

The proposals for the new person's household come from the eligibility rules (with the
reason for each, in words); the clerk ticks what is taken and confirms. Programmes the
person was considered for but is not eligible to are listed with the reason, greyed out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.i18n import current_language
from station.services.catalogue import programme_names
from station.views.formats import isolated, short_date
from station.views.reasons import say
from station.views.workers import TaskRunner


class ProgrammesPage(QWidget):
    """Shows a package and confirms the ticked proposals; ``confirmed`` when done."""

    confirmed = Signal(object)
    #: Enter on the list: the clerk means Next
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self.package: Any = None
        self.result: Any = None
        self._confirm_fn: Callable[[Any, list[tuple[str, str]]], Any] | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("The rules propose these programmes. Tick what the person "
                                    "takes, then confirm."))
        self.intro.setWordWrap(True)
        self.proposals = QListWidget()
        self.proposals.setObjectName("proposals")
        self.not_eligible = QListWidget()
        self.not_eligible.setObjectName("notEligible")
        self.not_eligible.setMaximumHeight(140)
        self.not_eligible.setStyleSheet("color: #777;")
        for listing in (self.proposals, self.not_eligible):  # a long reason wraps: no
            listing.setWordWrap(True)  # sideways scrolling, line by line, at 1024 pixels
            listing.setResizeMode(QListView.ResizeMode.Adjust)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel()
        self.status.setObjectName("programmeStatus")
        self.status.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("C&onfirm the programmes"))
        self.confirm_button.setObjectName("confirmProgrammes")
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        layout.addWidget(self.intro)
        layout.addWidget(self.proposals, 2)
        layout.addWidget(QLabel(self.tr("Considered, not eligible:")))
        hint = QLabel(self.tr("Facts the rules lack (poverty level, disability, employment) are "
                              "recorded in the Household programmes tab; propose again there."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        layout.insertWidget(layout.count() - 1, self.not_eligible, 1)
        row = QHBoxLayout()
        row.addWidget(self.confirm_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on the list: Next
            QShortcut(QKeySequence(key), self.proposals, self.submitted.emit,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.setFocusProxy(self.proposals)

    @property
    def done(self) -> bool:
        return self.result is not None

    def load(self, propose: Callable[[], Any],
             confirm: Callable[[Any, list[tuple[str, str]]], Any], person_id: str) -> None:
        """Ask the rules for a package in a worker; ``confirm(package, accepted)`` records."""
        self._confirm_fn, self._person = confirm, person_id
        self.package = self.result = None
        self.proposals.clear()
        self.not_eligible.clear()
        self.status.setText(self.tr("Checking eligibility..."))
        self._runner.start(lambda _p: propose(), self._on_package, self._on_failed)

    def confirm(self) -> None:
        if self.package is None or self._confirm_fn is None or self._runner.busy:
            return
        accepted = []
        for i in range(self.proposals.count()):
            item = self.proposals.item(i)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                accepted.append(tuple(item.data(Qt.ItemDataRole.UserRole)))
        confirm, package = self._confirm_fn, self.package
        self.confirm_button.setEnabled(False)
        self._runner.start(lambda _p: confirm(package, accepted), self._on_confirmed,
                           self._on_failed)

    def wait(self) -> None:
        self._runner.wait()

    def _on_package(self, package: Any) -> None:
        self.package = package
        mine = [p for p in package.proposals if p.person_id == self._person]
        for p in mine:
            until = short_date(p.end_date) if p.end_date else self.tr("open-ended")
            title = programme_names(current_language()).get(p.programme_code,
                                                            p.programme_name)
            item = QListWidgetItem(f"{title} — {say(p)} "
                                   f"[{short_date(p.start_date)} – {until}]")
            # the catalogue's code (the centre's and the command line's name) on hover only
            item.setToolTip(f"{item.text()}\n{p.programme_code}")
            item.setData(Qt.ItemDataRole.UserRole, [p.person_id, p.programme_code])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.proposals.addItem(item)
        for c in package.considered:
            if c.person_id == self._person and not c.eligible:
                titles = programme_names(current_language())
                self.not_eligible.addItem(
                    f"{titles.get(c.programme_code, c.programme_code)}: {say(c)}")
        self.status.setText(self.tr("%n programme(s) proposed (rules %1)", "", len(mine))
                            # as written at an Urdu desk ("2026.11-1", not "1-2026.11")
                            .replace("%1", isolated(str(package.rules_version))))
        self.confirm_button.setEnabled(True)

    def _on_confirmed(self, result: Any) -> None:
        self.result = result
        joined = len(getattr(result, "memberships", {}))
        self.status.setText(self.tr("Recorded: %n programme(s) joined.", "", joined))
        self.confirmed.emit(result)

    def _on_failed(self, message: str) -> None:
        self.status.setText(message)
        self.confirm_button.setEnabled(self.package is not None)
