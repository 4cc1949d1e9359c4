"""The supervisor's side-by-side look at a case: the applicant's prints beside a candidate's.

The clerk compared the two prints before deciding; the supervisor who approves the decision
sees the same thing here (issue: "clerk and supervisor look at both prints"). Prints are the
stored templates (minutiae on a blank canvas: the station keeps no raw image by default),
with the paired minutiae linked in green as in the clerk's duplicate view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.model.ui_duplicates import paired_minutiae
from station.views.clerk.duplicates import CompareBox
from station.views.decision_row import Decide, DecisionRow
from station.views.dialog_parts import FormDialog
from station.views.fingerprint import FingerprintView
from station.views.fingers import finger_name
from station.views.formats import office_date_time
from station.views.tables import select_row
from station.views.workers import TaskRunner


def _rows(template: Any) -> np.ndarray:
    return np.asarray(getattr(template, "minutiae", np.zeros((0, 5))),
                      dtype=np.float32).reshape(-1, 5)


def _canvas(template: Any) -> np.ndarray:
    return np.full((max(1, int(template.height)), max(1, int(template.width))), 235,
                   dtype=np.uint8)


class CasePrintsDialog(FormDialog):
    """Pick a candidate and a finger; both prints are drawn with their paired minutiae."""

    def __init__(self, prints: Any, names: dict[str, str], note: str | None = None,
                 parent: QWidget | None = None, *, decide: Decide | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePrints")
        self.setWindowTitle(self.tr("Compare the prints"))
        self.prints = prints
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.candidate = QComboBox()
        self.candidate.setObjectName("casePrintsCandidate")
        for person_id in prints.candidates:
            self.candidate.addItem(names.get(person_id) or person_id[:8], person_id)
        self.finger = QComboBox()
        self.finger.setObjectName("casePrintsFinger")
        form.addRow(self.tr("&Registered person:"), self.candidate)
        form.addRow(self.tr("&Finger:"), self.finger)
        outer.addLayout(form)
        if note:
            said = QLabel(self.tr("The clerk's note: %1").replace("%1", note))
            said.setObjectName("casePrintsNote")
            said.setWordWrap(True)
            outer.addWidget(said)
        side = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        self.applicant = FingerprintView()
        self.applicant.empty_text = self.tr("The applicant gave no print of this finger")
        self.registered = FingerprintView()
        self.registered.empty_text = self.tr("No registered print of this finger")
        left.addWidget(QLabel(self.tr("Applicant")))
        left.addWidget(self.applicant, 1)
        right.addWidget(QLabel(self.tr("Registered person")))
        right.addWidget(self.registered, 1)
        side.addLayout(left, 1)
        side.addLayout(right, 1)
        self.box = CompareBox(self.applicant, self.registered)
        self.box.setLayout(side)
        outer.addWidget(self.box, 1)
        self.summary = QLabel()
        self.summary.setObjectName("casePrintsSummary")
        outer.addWidget(self.summary)
        self.decision: Any = None  # the recorded case, once decided here
        self.decision_row: DecisionRow | None = None
        if decide is not None:  # a clerk deciding a case sent back or left waiting
            self.decision_row = DecisionRow(
                self.tr("Same &person as this registered person"),
                self.candidate.currentData, prefix="casePrints")
            self.decision_row.arm(decide)
            self.decision_row.decided.connect(self._on_decided)
            outer.addWidget(self.decision_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.candidate.currentIndexChanged.connect(lambda _i: self._fill_fingers())
        self.finger.currentIndexChanged.connect(lambda _i: self._show())
        self.resize(900, 620)
        self._fill_fingers()

    def typed(self) -> bool:
        """The clerk's note for the supervisor, not yet recorded."""
        return self.decision_row is not None and bool(self.decision_row.note.text().strip())

    def _fill_fingers(self) -> None:
        theirs = self.prints.candidates.get(self.candidate.currentData(), {})
        both = sorted(set(self.prints.applicant) & set(theirs))
        either = both + sorted((set(self.prints.applicant) | set(theirs)) - set(both))
        self.finger.blockSignals(True)
        self.finger.clear()
        for code in either:
            self.finger.addItem(finger_name(code), code)
        self.finger.blockSignals(False)
        self._show()

    def _show(self) -> None:
        code = self.finger.currentData()
        mine = self.prints.applicant.get(code)
        theirs = self.prints.candidates.get(self.candidate.currentData(), {}).get(code)
        pairs = paired_minutiae(mine, theirs)
        a, b = _rows(mine), _rows(theirs)
        for view, template, rows, side in ((self.applicant, mine, a, 0),
                                           (self.registered, theirs, b, 1)):
            if template is None:
                view.show_print(None)
            else:
                view.show_print(_canvas(template), rows, {p[side] for p in pairs})
        self.box.links.set_links(a, b, pairs)
        self.summary.setText(self.tr("%n minutiae paired (linked in green)", "", len(pairs)))

    def _on_decided(self, case: Any) -> None:
        self.decision = case
        self.accept()


class WaitingCasesDialog(QDialog):
    """Suspected duplicates waiting for a clerk's decision: sent back by a supervisor, or left
    undecided when an enrolment was restarted. Pick one, compare the prints, decide."""

    def __init__(self, services: Any, operator: Any, clock: Callable[[], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingCases")
        self.setWindowTitle(self.tr("Cases waiting for a decision"))
        self._services, self._operator, self._clock = services, operator, clock
        self._runner = TaskRunner(self)
        self.cases: list[Any] = []
        self.prints_dialog: CasePrintsDialog | None = None
        outer = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("waitingCasesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Opened"), self.tr("By"),
                                              self.tr("Applicant"), self.tr("Candidates")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        outer.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("waitingCasesMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.compare_button = QPushButton(self.tr("&Compare the prints and decide..."))
        self.compare_button.setObjectName("waitingCasesCompare")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        row.addWidget(buttons)
        outer.addLayout(row)
        self.compare_button.clicked.connect(self._compare)
        self.table.doubleClicked.connect(lambda _i: self._compare())
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        services = self._services
        self._runner.start(lambda _p: services.open_cases("open"), self._on_loaded,
                           self.message.setText)

    def _on_loaded(self, cases: list[Any]) -> None:
        self.cases = cases
        self.table.setRowCount(len(cases))
        for i, case in enumerate(cases):
            opened = office_date_time(case.created_at, self._clock().tzinfo, self.locale())
            for j, text in enumerate((opened,
                                      case.opened_by, str(case.applicant.get("latin_name", "")),
                                      str(len(case.candidates)))):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if not cases:
            self.message.setText(self.tr("No case is waiting for a decision."))
        else:
            select_row(self.table, 0)
        self._on_selection()

    def _on_selection(self) -> None:
        row = self.table.currentRow()
        self.compare_button.setEnabled(0 <= row < len(self.cases) and not self._runner.busy)

    def _compare(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.cases) or self._runner.busy:
            return
        case = self.cases[row]
        services, operator, now = self._services, self._operator, self._clock()

        def load(_p: Any) -> tuple[Any, dict[str, str]]:
            prints = services.case_prints(case.id, by=operator, now=now)
            names = {}
            for person_id in prints.candidates:
                try:
                    names[person_id] = str(services.person(person_id).get("latin_name") or "")
                except Exception:  # a candidate removed since: shown by id
                    names[person_id] = person_id[:8]
            return prints, names

        self._runner.start(load, lambda loaded: self._show(case, *loaded), self.message.setText)

    def _show(self, case: Any, prints: Any, names: dict[str, str]) -> None:
        services, operator, clock = self._services, self._operator, self._clock

        def decide(decision: str, matched: str | None, note: str | None) -> Any:
            return services.decide(case.id, decision, by=operator, now=clock(),
                                   matched_person_id=matched, note=note)

        self.prints_dialog = CasePrintsDialog(prints, names, case.note, self, decide=decide)
        self.prints_dialog.accepted.connect(self._on_decided)
        self.prints_dialog.open()

    def _on_decided(self) -> None:
        self.message.setText(self.tr("Recorded. A supervisor must approve the decision."))
        self.refresh()
