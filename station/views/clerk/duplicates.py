"""Duplicate check: the 1:N answer for the captured fingers, and the candidates side by side.

No hit: the person is registered and the clerk goes on. A hit: nothing about the person is
written; the candidates are shown beside the applicant's print and the case waits for the
clerk's decision and a supervisor's approval (the adjudication queue). A candidate recorded as
deceased says so beside them: someone may be taking over a dead person's identity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.capture.base import Finger
from station.model.locations import Gazetteer
from station.model.ui_capture import CaptureSheet
from station.model.ui_duplicates import odds_text, paired_minutiae
from station.views.decision_row import Decide, DecisionRow
from station.views.fingerprint import FingerprintView
from station.views.fingers import finger_name
from station.views.formats import isolated, short_date
from station.views.places import demo_gazetteer
from station.views.tables import select_row
from station.views.workers import TaskRunner

OK_STYLE = "background: #e8f5e9; color: #1b5e20; border: 2px solid #2e7d32; padding: 10px;"
HIT_STYLE = "background: #fff3e0; color: #8a3c00; border: 2px solid #ef6c00; padding: 10px;"
ERR_STYLE = "background: #ffebee; color: #b00020; border: 2px solid #c62828; padding: 10px;"
LINK_COLOUR = QColor(0, 150, 70, 130)  # one semi-transparent green for every link
DECEASED_COLOUR = QColor(176, 0, 32)  # a candidate recorded as deceased: a fraud signal
PRINT_MIN_HEIGHT = 140  # still a print a clerk can compare, at whatever height is left


class LinkOverlay(QWidget):
    """Lines from each paired minutia on the applicant's print to its mate on the other.

    A transparent child laid over the side-by-side box: the two prints are separate widgets,
    so the lines are drawn here in the box's coordinates. It takes no mouse or keyboard input.
    """

    def __init__(self, left: FingerprintView, right: FingerprintView, parent: QWidget) -> None:
        super().__init__(parent)
        self._left, self._right = left, right
        self.pairs: list[tuple[int, int]] = []
        self._a = np.zeros((0, 5), dtype=np.float32)
        self._b = np.zeros((0, 5), dtype=np.float32)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_links(self, a: np.ndarray, b: np.ndarray, pairs: list[tuple[int, int]]) -> None:
        """Link row ``i`` of ``a`` (left print) to row ``j`` of ``b`` for each ``(i, j)``."""
        self._a = np.asarray(a, dtype=np.float32).reshape(-1, 5)
        self._b = np.asarray(b, dtype=np.float32).reshape(-1, 5)
        self.pairs = [(i, j) for i, j in pairs
                      if 0 <= i < self._a.shape[0] and 0 <= j < self._b.shape[0]]
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        parent = self.parentWidget()
        if not self.pairs or parent is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(LINK_COLOUR, 1.6))
        for i, j in self.pairs:
            p = self._left.map_point(float(self._a[i, 0]), float(self._a[i, 1]))
            q = self._right.map_point(float(self._b[j, 0]), float(self._b[j, 1]))
            if p.isNull() or q.isNull():
                continue
            p0 = self._left.mapTo(parent, QPoint(round(p.x()), round(p.y())))
            q0 = self._right.mapTo(parent, QPoint(round(q.x()), round(q.y())))
            painter.drawLine(p0, q0)


class CompareBox(QWidget):
    """The two prints side by side, with a :class:`LinkOverlay` kept over them."""

    def __init__(self, left: FingerprintView, right: FingerprintView) -> None:
        super().__init__()
        self.links = LinkOverlay(left, right, self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.links.setGeometry(self.rect())
        self.links.raise_()


def odds_words(coincidence: float) -> str:
    """The "N" of "1 in N" with the thousands marked as the interface language marks them,
    kept left to right at an Urdu desk: unisolated, the "> 10¹²" of a far-off chance had its
    ">" drawn right of the number and mirrored, reading "10¹² <"."""
    locale = QLocale()
    return isolated(odds_text(coincidence, group=lambda n: locale.toString(n)))


def _born(value: object) -> str:
    """A birth date in the interface language's short form (as the search shows it)."""
    try:
        return short_date(dt.date.fromisoformat(str(value or "")[:10]))
    except ValueError:
        return ""


def _died(person: Mapping[str, Any]) -> dt.date | None:
    """The candidate's date of death (``persons.get_person``'s ``died_on``), if on file."""
    try:
        return dt.date.fromisoformat(str(person.get("died_on") or "")[:10])
    except ValueError:
        return None


class DuplicatePage(QWidget):
    """Runs the enrolment (1:N check + write) in a worker and shows the outcome."""

    finished = Signal(object)
    decided = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self.result: Any = None
        self._names: tuple[str, str] | None = None
        self.candidate_people: list[dict[str, Any]] = []
        self.places: Gazetteer | None = None  # names the candidates' villages (demo if None)
        outer = QVBoxLayout(self)
        self.banner = QLabel(self.tr("The duplicate check runs when the fingerprints are "
                                     "complete."))
        self.banner.setObjectName("dedupBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("font-size: 14pt; padding: 10px;")
        outer.addWidget(self.banner)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        outer.addWidget(self.progress)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("candidates")
        self.table.setHorizontalHeaderLabels([self.tr("Name (local)"), self.tr("Name (Latin)"),
                                              self.tr("Born"), self.tr("Village"),
                                              self.tr("Fingers that match"),
                                              self.tr("Chance it is someone else"),
                                              self.tr("Deceased")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(160)
        # two candidates in sight without scrolling, even when the prints take the room
        self.table.setMinimumHeight(2 * self.table.verticalHeader().defaultSectionSize()
                                    + self.table.horizontalHeader().sizeHint().height()
                                    + 2 * self.table.frameWidth())
        self.table.setVisible(False)
        outer.addWidget(self.table)
        side = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        self.applicant_label = QLabel(self.tr("Applicant"))
        self.applicant = FingerprintView()
        self.candidate_label = QLabel(self.tr("Registered person"))
        self.candidate = FingerprintView()
        self.candidate.empty_text = self.tr("Registered prints are kept as templates only")
        # on a 1024 x 700 screen, with a three-line banner in Khmer: the prints give way
        # (they scale to the height they are given) and the long line over the candidate
        # wraps, so the window fits. A taller minimum than the room left under the wrapped
        # lines had the prints drawn past what is shown (their lower part, minutiae
        # included, cut off under the decision row): the lines' height is not counted
        # in the page's minimum, so the prints must be able to give it up
        for label, view in ((self.applicant_label, self.applicant),
                            (self.candidate_label, self.candidate)):
            label.setWordWrap(True)
            view.setMinimumHeight(PRINT_MIN_HEIGHT)
        left.addWidget(self.applicant_label)
        left.addWidget(self.applicant, 1)
        right.addWidget(self.candidate_label)
        right.addWidget(self.candidate, 1)
        side.addLayout(left, 1)
        side.addLayout(right, 1)
        self.compare_box = CompareBox(self.applicant, self.candidate)
        self.compare_box.setLayout(side)
        self.compare_box.setVisible(False)
        outer.addWidget(self.compare_box, 1)
        self.decision = DecisionRow(self.tr("Same &person (already registered)"),
                                    self._selected_person, prefix="dedup")
        self.decision.setVisible(False)
        outer.addWidget(self.decision)
        # the room the hidden prints leave (no duplicate, a failed check) stays empty below
        # the banner, which keeps its own height: a page-sized box read as no banner at all
        outer.addStretch(0)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_candidate(row))
        self.decision.decided.connect(self._on_decided)
        self._decide_fn: Decide | None = None

    @property
    def busy(self) -> bool:
        return self._runner.busy or self.decision.busy

    def run(self, enrol: Callable[[], Any], person: Callable[[str], Mapping[str, Any]],
            sheet: CaptureSheet,
            decide: Decide | None = None,
            stored: Callable[[str, int], Any] | None = None,
            names: tuple[str, str] | None = None) -> None:
        """Start ``enrol()`` in a worker; ``person(id)`` names the candidates it returns.

        ``decide(decision, matched_person_id, note)`` records the clerk's decision on a hit;
        ``names`` (local, Latin) are the applicant's, said when they are registered.
        """
        self.result = None
        self._names = names
        self._decide_fn = decide
        self.decision.setVisible(False)
        self._sheet = sheet
        self.banner.setText(self.tr("Checking the fingerprints against the registry..."))
        self.banner.setStyleSheet("font-size: 14pt; padding: 10px;")
        self.table.setVisible(False)
        self.compare_box.setVisible(False)

        def work(_progress: Any) -> tuple[Any, list[dict[str, Any]]]:
            result = enrol()
            people = []
            for c in getattr(result, "candidates", []):
                best = max(c.fingers, key=lambda k: c.fingers[k]) if c.fingers else None
                template = (stored(c.person_id, int(best))
                            if stored is not None and best is not None else None)
                mine = (sheet.fingers[Finger(int(best))].template
                        if best is not None and Finger(int(best)) in sheet.fingers else None)
                people.append(dict(person(c.person_id)) | {
                    "score": c.score, "fingers": c.matching, "best": best,
                    "coincidence": c.coincidence,
                    "template": template, "pairs": paired_minutiae(mine, template)})
            return result, people

        self._runner.start(work, self._on_done, self._on_failed)

    def wait(self) -> None:
        self._runner.wait()

    def _on_done(self, outcome: tuple[Any, list[dict[str, Any]]]) -> None:
        result, people = outcome
        self.result, self.candidate_people = result, people
        if not people:
            if self._names:  # the name the clerk can read back, not the 36-character id
                self.banner.setText(self.tr("No duplicate found. %1 (%2) is registered.")
                                    .replace("%1", isolated(self._names[0]))
                                    .replace("%2", isolated(self._names[1])))
            else:
                self.banner.setText(self.tr("No duplicate found. Registered as person %1.")
                                    .replace("%1", str(getattr(result, "person_id", ""))))
            self.banner.setStyleSheet(OK_STYLE + " font-size: 14pt;")
        else:
            self.banner.setText(self.tr(
                "Possible duplicate: %n registered person(s) match these fingerprints. "
                "Nothing was registered. Compare the prints; the case waits for a "
                "supervisor in the adjudication queue.", "", len(people)))
            if any(_died(p) for p in people):
                self.banner.setText(self.banner.text() + " " + self.tr(
                    "A matching person is recorded as deceased: someone may be using a dead "
                    "person's identity."))
            self.banner.setStyleSheet(HIT_STYLE + " font-size: 14pt;")
            places = self.places or demo_gazetteer()
            self.table.setRowCount(len(people))
            for i, p in enumerate(people):
                fingers = ", ".join(finger_name(f) for f in sorted(p.get("fingers", {})))
                village = str((p.get("address") or {}).get("village", ""))
                died = _died(p)
                dead = (self.tr("recorded as deceased on %1").replace("%1", short_date(died))
                        if died is not None else "")
                for j, text in enumerate((p.get("local_name", ""), p.get("latin_name", ""),
                                          _born(p.get("birth_date")),
                                          places.name(village) if village else "", fingers,
                                          self.tr("1 in %1").replace(
                                              "%1", odds_words(p["coincidence"])),
                                          dead)):
                    item = QTableWidgetItem(text)
                    if died is not None:
                        item.setForeground(QBrush(DECEASED_COLOUR))
                    self.table.setItem(i, j, item)
            self.table.resizeColumnsToContents()
            self.table.setVisible(True)
            self.compare_box.setVisible(True)
            if self._decide_fn is not None:
                self.decision.arm(self._decide_fn)
            self.decision.setVisible(self._decide_fn is not None)
            select_row(self.table, 0)
            self._show_candidate(0)
        self.finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.setStyleSheet(ERR_STYLE + " font-size: 13pt;")
        self.finished.emit(None)

    def _selected_person(self) -> str | None:
        """The candidate the clerk is looking at: the one a "same person" decision names."""
        row = self.table.currentRow()
        if 0 <= row < len(self.candidate_people):
            return str(self.candidate_people[row]["person_id"])
        return None

    def _on_decided(self, case: Any) -> None:
        text = (self.tr("Recorded: same person as an already registered one.")
                if getattr(case, "clerk_decision", "") == "duplicate"
                else self.tr("Recorded: different people."))
        self.banner.setText(text + " " + self.tr("A supervisor must approve the decision "
                                                 "(Supervisor mode, adjudication queue)."))
        self.banner.setStyleSheet(HIT_STYLE + " font-size: 14pt;")
        self.decision.setVisible(False)
        self.decided.emit(case)

    def _show_candidate(self, row: int) -> None:
        if not 0 <= row < len(self.candidate_people):
            return
        person = self.candidate_people[row]
        best = person.get("best")
        finger = Finger(int(best)) if best is not None else None
        entry = self._sheet[finger] if finger is not None and finger in self._sheet.fingers \
            else None
        pairs: list[tuple[int, int]] = list(person.get("pairs", []))
        template = person.get("template")
        if entry is None or entry.image is None or entry.template is None:
            pairs = []
        theirs = np.zeros((0, 5), dtype=np.float32)
        if template is not None and int(getattr(template, "width", 0)) > 0 \
                and int(getattr(template, "height", 0)) > 0:
            theirs = np.asarray(template.minutiae, dtype=np.float32).reshape(-1, 5)
            blank = np.full((int(template.height), int(template.width)), 235, dtype=np.uint8)
            self.candidate.show_print(blank, theirs, {j for _, j in pairs})
        else:
            self.candidate.show_print(None)
            pairs = []
        mine = np.zeros((0, 5), dtype=np.float32)
        if entry is not None and entry.image is not None:
            mine = np.asarray(entry.template.minutiae, dtype=np.float32).reshape(-1, 5)
            self.applicant.show_print(entry.image, mine, {i for i, _ in pairs})
            shown = finger_name(finger) if finger is not None else ""
            self.applicant_label.setText(self.tr("Applicant — %1").replace("%1", shown))
        self.compare_box.links.set_links(mine, theirs, pairs)
        died = _died(person)
        self.candidate_label.setText(
            self.tr("Registered: %1 (%2) — minutiae of the same finger")
            .replace("%1", str(person.get("latin_name", "")))
            .replace("%2", str(person.get("person_id", ""))[:8])
            + " · " + self.tr("%n minutiae paired (linked in green)", "", len(pairs))
            + (" · " + self.tr("recorded as deceased on %1").replace("%1", short_date(died))
               if died is not None else ""))
