"""The supervisor's side-by-side look at a case: the applicant's prints beside a candidate's.

The clerk compared the two prints before deciding; the supervisor who approves the decision
sees the same thing here (issue: "clerk and supervisor look at both prints"). Prints are the
stored templates (minutiae on a blank canvas: the station keeps no raw image by default),
with the paired minutiae linked in green as in the clerk's duplicate view.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from station.model.ui_duplicates import paired_minutiae
from station.views.clerk.duplicates import CompareBox
from station.views.fingerprint import FingerprintView
from station.views.fingers import finger_name


def _rows(template: Any) -> np.ndarray:
    return np.asarray(getattr(template, "minutiae", np.zeros((0, 5))),
                      dtype=np.float32).reshape(-1, 5)


def _canvas(template: Any) -> np.ndarray:
    return np.full((max(1, int(template.height)), max(1, int(template.width))), 235,
                   dtype=np.uint8)


class CasePrintsDialog(QDialog):
    """Pick a candidate and a finger; both prints are drawn with their paired minutiae."""

    def __init__(self, prints: Any, names: dict[str, str], note: str | None = None,
                 parent: QWidget | None = None) -> None:
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.candidate.currentIndexChanged.connect(lambda _i: self._fill_fingers())
        self.finger.currentIndexChanged.connect(lambda _i: self._show())
        self.resize(900, 620)
        self._fill_fingers()

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
