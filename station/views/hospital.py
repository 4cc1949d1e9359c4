"""Hospital focal point: tap the card -> green or red, who it is, what they are entitled to,
and optionally a 1:1 finger check against the template on the card.

Enter reads the card, Esc clears for the next person, Alt+F runs the finger check.
Card reading, verification and the finger check run in worker threads.

Under the card check, the visits recorded here today (newest first) and their export for
the facility's claim; a second visit of the same card the same office day asks first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.capture.base import Finger
from station.model.ui_cards import (
    CardOutcome,
    best_finger_on_card,
    check_finger,
    fingers_on_card,
)
from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.model.visits import Visit, earlier_visit
from station.views.card_outcome import GREEN, RED, CardOutcomeView
from station.views.fingers import finger_name
from station.views.places import gazetteer_of
from station.views.visits_list import VisitsList, office_time
from station.views.workers import TaskRunner


class HospitalPage(QWidget):
    """Reads and verifies cards with the ``cards`` service (a CardVerifier)."""

    # a visit was recorded (queued for the centre): the window's header reads the queue
    recorded = Signal()

    def __init__(self, ctx: StationContext, session: OperatorSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.verifier = ctx.service("cards")
        self.outcome: CardOutcome | None = None
        self._turn = 0  # counts Next person: a read started before is not shown
        self._reading: int | None = None  # the turn of the read under way
        self._check_offered = self._visit_offered = False
        self._runner = TaskRunner(self)
        self._runner.busy_changed.connect(lambda _busy: self._sync_buttons())
        outer = QVBoxLayout(self)
        self.view = CardOutcomeView(self.tr("Waiting for a card. Place the card on the reader "
                                            "and press Enter."))
        self.view.places = gazetteer_of(ctx.service("station"))
        outer.addWidget(self.view)
        row = QHBoxLayout()
        self.reader = QComboBox()
        self.reader.setObjectName("reader")
        self.reader.setMinimumContentsLength(20)
        self.reader.addItem(self.tr("Any reader with a card"), None)
        self.find_button = QPushButton(self.tr("Find r&eaders"))
        self.find_button.setObjectName("findReaders")
        self.find_button.clicked.connect(self.find_readers)
        reader_label = QLabel(self.tr("Rea&der:"))  # Alt+D: keyboard only, which reader
        reader_label.setBuddy(self.reader)
        row.addWidget(reader_label)
        row.addWidget(self.reader)
        row.addWidget(self.find_button)
        self.read_button = QPushButton(self.tr("&Read the card (Enter)"))
        self.read_button.setObjectName("readCard")
        self.clear_button = QPushButton(self.tr("&Next person (Esc)"))
        self.clear_button.setObjectName("nextPerson")
        row.addWidget(self.read_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        outer.addLayout(row)
        finger_row = QHBoxLayout()
        finger_label = QLabel(self.tr("&Optional finger check:"))  # Alt+O: which finger
        finger_row.addWidget(finger_label)
        self.finger_box = QComboBox()
        finger_label.setBuddy(self.finger_box)
        self.finger_box.setObjectName("finger")
        self.finger_box.setMinimumContentsLength(14)
        self.finger_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.check_button = QPushButton(self.tr("Check the &finger"))
        self.check_button.setObjectName("checkFinger")
        self.finger_result = QLabel()
        self.finger_result.setObjectName("fingerResult")
        self.finger_result.setWordWrap(True)  # a long answer wraps, never widens the window
        finger_row.addWidget(self.finger_box)
        finger_row.addWidget(self.check_button)
        finger_row.addWidget(self.finger_result, 1)
        outer.addLayout(finger_row)
        visit_row = QHBoxLayout()
        self.visit_button = QPushButton(self.tr("Record the &visit"))
        self.visit_button.setObjectName("recordVisit")
        self.visit_button.clicked.connect(self.record_visit)
        self.visit_result = QLabel()
        self.visit_result.setObjectName("visitResult")
        self.visit_result.setWordWrap(True)
        visit_row.addWidget(self.visit_button)
        visit_row.addWidget(self.visit_result, 1)
        outer.addLayout(visit_row)
        self.visits = VisitsList(ctx, session.operator)
        outer.addWidget(self.visits)
        outer.addStretch(1)
        self.read_button.clicked.connect(self.read_card)
        self.clear_button.clicked.connect(self.clear)
        self.check_button.clicked.connect(self.check_finger)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self, self._on_enter)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self, self._on_enter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear)
        self._set_finger_check(False)
        self.finger_check_result: Any = None
        # fingers that did not match this card: from the second, the desk hears the card's
        # print may be poor (the office replaces it: station.model.fingers_replaced)
        self._misses = 0
        self._set_visit(False)
        if self.verifier is None:
            self.read_button.setEnabled(False)
            # what the page says while it waits, Next person (Esc) included: never "place
            # the card and press Enter" on a station that cannot read one
            self.view.waiting_text = self.tr("Card verification is not set up on this "
                                             "station: the national trust anchors and "
                                             "revocation list are missing.")
            self.view.waiting()
        self.setFocusProxy(self.read_button)

    def _on_enter(self) -> None:
        """Enter reads the card, but on a focused button (Record the visit, Check the
        finger...) it presses that button, as a keyboard user means it."""
        focused = QApplication.focusWidget()
        if (isinstance(focused, QPushButton) and focused is not self.read_button
                and self.isAncestorOf(focused)):
            if focused.isEnabled():
                focused.click()
            return
        self.read_card()

    def read_card(self) -> None:
        if self.verifier is None:
            return
        if self._runner.busy:
            if self.outcome is None and self._reading != self._turn:  # cleared meanwhile
                self.view.waiting(self.tr("Still busy with the previous card: wait a moment, "
                                          "then press Enter again."))
            return
        verifier, now = self.verifier, self.ctx.clock()
        reader = self.reader.currentData()
        # the previous person's verdict, finger check and visit go: a card that then fails to
        # read must not stand beside "Finger MATCHES the card" or an enabled visit button
        self.clear()
        self.view.waiting(self.tr("Reading the card..."))
        turn = self._reading = self._turn
        self._runner.start(lambda _p: verifier.read_and_verify(reader, now=now),
                           lambda outcome: self._on_read(turn, outcome),
                           lambda message: self._on_read(turn, message))

    def _on_read(self, turn: int, answer: CardOutcome | str) -> None:
        """The read's answer, unless Next person (Esc) cleared the screen meanwhile: then it
        is an earlier person's card and is dropped."""
        self._reading = None
        if turn != self._turn:
            self.view.waiting()
            return
        if isinstance(answer, str):
            self.view.failed(answer)
        else:
            self.show_outcome(answer)

    def find_readers(self) -> None:
        """List the PC/SC readers (in a worker); "any reader" stays the first choice."""
        if self._runner.busy:
            return
        from station.model.ui_services import card_readers

        self._runner.start(lambda _p: card_readers(), self._on_readers, self.view.failed)

    def choose_reader(self, name: str) -> None:
        if self.reader.findData(name) < 0:
            self.reader.addItem(name, name)
        self.reader.setCurrentIndex(self.reader.findData(name))

    def _on_readers(self, names: list[str]) -> None:
        current = self.reader.currentData()
        while self.reader.count() > 1:
            self.reader.removeItem(1)
        for name in names:
            self.reader.addItem(name, name)
        if current is not None and self.reader.findData(current) >= 0:
            self.reader.setCurrentIndex(self.reader.findData(current))

    def show_outcome(self, outcome: CardOutcome) -> None:
        self.outcome = outcome
        self.view.show_outcome(outcome, self.ctx.clock().date())
        self.finger_box.clear()
        if outcome.ok and outcome.templates:
            for f in fingers_on_card(outcome.templates):
                self.finger_box.addItem(finger_name(f), f)
            best = best_finger_on_card(outcome.templates)  # the likeliest to verify first
            self.finger_box.setCurrentIndex(max(self.finger_box.findData(best), 0))
        self._set_finger_check(self.finger_box.count() > 0 and self.ctx.scanner is not None)
        self.finger_check_result = None
        self._misses = 0
        self.finger_result.clear()
        self.visit_result.clear()
        self._set_visit(outcome.ok and self.ctx.service("station") is not None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visits.refresh()  # another operator's visits, or a new office day

    def record_visit(self, *, again: bool = False) -> None:
        """Record this service use (audit + outbox) for the card on screen. A card already
        used here today is asked about first (``again``: the operator said Yes)."""
        services, outcome = self.ctx.service("station"), self.outcome
        if services is None or outcome is None or not outcome.ok or self._runner.busy:
            return
        operator, now, facility = self.session.operator, self.ctx.clock(), self.ctx.station_name
        check = self.finger_check_result
        self._set_visit(False)

        def work(_p: Any) -> Any:
            if not again:
                earlier = earlier_visit(services.station, outcome.claims.card_serial, now=now)
                if earlier is not None:
                    return earlier  # nothing written: the operator is asked first
            return services.record_visit(outcome, facility=facility, operator=operator,
                                         now=now, finger_check=check, repeat=again)

        self._runner.start(work, lambda answer: self._on_visit(outcome, answer),
                           lambda message: self._on_visit_failed(outcome, message))

    def _on_visit(self, outcome: CardOutcome, answer: Visit | str) -> None:
        if isinstance(answer, Visit):  # the card was already used here today
            if outcome is not self.outcome:  # the screen moved on: nothing to ask
                return
            zone = self.visits.zone()
            if self._ask(self.tr("This card was already used today at %1 (recorded by %2). "
                                 "Record another visit?")
                         .replace("%1", office_time(answer.at, zone))
                         .replace("%2", answer.operator or self.tr("unknown"))):
                self.record_visit(again=True)
            else:
                self.visit_result.setText(self.tr("No visit recorded: this card was already "
                                                  "used today."))
                self._set_visit(True)  # a re-admission after all: the button asks again
            return
        self.recorded.emit()
        self.visits.refresh()
        if outcome is self.outcome:  # after Next person it was the previous card's
            self.visit_result.setText(self.tr("Visit recorded (queued for the central "
                                              "registry)."))

    def _ask(self, text: str) -> bool:
        # No is the default: Enter by habit must not record a second visit
        answer = QMessageBox.question(self, self.window().windowTitle(), text,
                                      defaultButton=QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_visit_failed(self, outcome: CardOutcome, message: str) -> None:
        if outcome is not self.outcome:  # the screen moved on: say whose visit it was
            self.visit_result.setText(self.tr("The previous card's visit was not recorded: "
                                              "%1").replace("%1", message))
            return
        self.visit_result.setText(message)
        self._set_visit(True)

    def clear(self) -> None:
        self._turn += 1  # whatever is still being read belongs to the previous person
        self.outcome = None
        self.finger_check_result = None
        self._misses = 0
        self.visit_result.clear()
        self._set_visit(False)
        self.finger_box.clear()
        self.finger_result.clear()
        self._set_finger_check(False)
        self.view.waiting()

    def check_finger(self) -> None:
        outcome, scanner = self.outcome, self.ctx.scanner
        if (outcome is None or scanner is None or self._runner.busy
                or self.finger_box.currentData() is None):  # no print on the card to read
            return
        finger = Finger(int(self.finger_box.currentData()))
        capture = self.ctx.capture
        self.finger_result.setText(self.tr("Place the %1 finger on the scanner...")
                                   .replace("%1", finger_name(finger).lower()))

        def work(_p: Any) -> Any:
            if capture is not None:
                _image, probe = capture(scanner, finger)
            else:
                from station.model.ui_capture import capture_and_extract

                _image, probe = capture_and_extract(scanner, finger)
            return check_finger(outcome, int(finger), probe)

        # the answer belongs to this card: after Next person it is dropped, not shown
        self._runner.start(work, lambda result: self._on_checked(outcome, result),
                           lambda message: self._on_check_failed(outcome, message))

    def wait(self) -> None:
        self._runner.wait()
        self.visits.wait()

    def _on_checked(self, outcome: CardOutcome, result: Any) -> None:
        if outcome is not self.outcome:
            return
        self.finger_check_result = result
        if result.matched:
            self.finger_result.setText(self.tr("Finger MATCHES the card"))
            self.finger_result.setStyleSheet(GREEN.replace("22pt", "13pt"))
            self._set_visit(outcome.ok and self.ctx.service("station") is not None)
        else:
            # as on the command line: no visit is recorded on a finger that does not match
            # (a retry that matches offers it again)
            self._misses += 1
            words = self.tr("Finger does NOT match the card. Try again, or another finger; no "
                            "visit is recorded for a finger that does not match.")
            if self._misses > 1:
                words += " " + self.tr("If the holder's own fingers keep failing, the print "
                                       "on the card may be poor: the Single Window office "
                                       "captures it again and issues a new card.")
            self.finger_result.setText(words)
            self.finger_result.setStyleSheet(RED.replace("22pt", "13pt"))
            self._set_visit(False)

    def _on_check_failed(self, outcome: CardOutcome, message: str) -> None:
        if outcome is not self.outcome:
            return
        self.finger_result.setText(message)
        self.finger_result.setStyleSheet("color: #b00020;")

    def _set_finger_check(self, enabled: bool) -> None:
        self._check_offered = enabled
        self._sync_buttons()
        if not enabled:
            self.finger_result.setStyleSheet("")

    def _set_visit(self, enabled: bool) -> None:
        self._visit_offered = enabled
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        """What the card on screen offers, greyed out while a read, a finger check or a
        visit is under way (a click then was silently dropped)."""
        busy = self._runner.busy
        self.finger_box.setEnabled(self._check_offered and not busy)
        self.check_button.setEnabled(self._check_offered and not busy)
        self.visit_button.setEnabled(self._visit_offered and not busy)
        self.find_button.setEnabled(not busy)
