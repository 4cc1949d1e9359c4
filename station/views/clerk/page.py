"""The clerk's enrolment, step by step: find -> person -> fingerprints -> duplicate check ->
programmes -> card -> receipt. Alt+N / Alt+B move between steps; each step says what is missing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station.capture.base import CAPTURE_ORDER, Finger, SyntheticPeople
from station.i18n import current_language
from station.model.ui_capture import CaptureSheet
from station.model.ui_context import StationContext
from station.model.ui_receipt import Receipt, receipt_of
from station.model.ui_session import OperatorSession
from station.services.catalogue import programme_names
from station.views.clerk.capture import CapturePage
from station.views.clerk.card import CardPage
from station.views.clerk.duplicates import DuplicatePage
from station.views.clerk.person_form import PersonFormPage
from station.views.clerk.programmes import ProgrammesPage
from station.views.clerk.search import SearchPage
from station.views.formats import isolated
from station.views.places import gazetteer_of
from station.views.receipt import paint_receipt, write_receipt_pdf
from station.views.workers import TaskRunner

log = logging.getLogger(__name__)

FIND, PERSON, FINGERS, DEDUP, PROGRAMMES, CARD, RECEIPT = range(7)


class ReceiptPage(QWidget):
    """Summary of the enrolment and the button that writes the printable PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("receiptSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt;")
        self.print_button = QPushButton(self.tr("&Print the receipt..."))
        self.print_button.setObjectName("printReceipt")
        self.save_button = QPushButton(self.tr("Save the &receipt (PDF)"))
        self.save_button.setObjectName("saveReceipt")
        # offered when the record could not be read (the registry busy): read it again
        self.retry_button = QPushButton(self.tr("Read the record &again"))
        self.retry_button.setObjectName("readReceiptAgain")
        self.retry_button.hide()
        self.saved = QLabel()
        self.saved.setObjectName("receiptSaved")
        self.saved.setWordWrap(True)  # a refusal names the folder: it wraps, never widens
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.setFocusProxy(self.print_button)


class ClerkPage(QWidget):
    """Holds the pages of one enrolment; the data lives in the pages' view-models."""

    # something was written for the centre (a person registered, a decision, programmes,
    # a card): the window's header reads the queue again
    recorded = Signal()

    def __init__(self, ctx: StationContext, session: OperatorSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The household of the person just enrolled (the Household programmes tab opens on it).
        self.household_id: str | None = None
        #: A registered person the clerk issues a card to from the search (no enrolment).
        self.card_person: str | None = None
        self.session = session
        self.services = ctx.service("station")
        self.receipt: Receipt | None = None
        # reads of the registry for a step (a household's address, a person's record) run
        # in a worker, so a busy or slow registry never freezes the window; an answer is
        # used only while the clerk is still where they asked for it (see _read)
        self._reads = TaskRunner(self)
        self._asked = 0
        self.steps = QListWidget()
        self.steps.setObjectName("steps")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setMaximumWidth(220)
        for label in (self.tr("1. Find"), self.tr("2. Person"), self.tr("3. Fingerprints"),
                      self.tr("4. Duplicate check"), self.tr("5. Programmes"),
                      self.tr("6. Card"), self.tr("7. Receipt")):
            self.steps.addItem(label)
        # every step whole when a page's content squeezes the list (a small screen): a long
        # step goes on to a second line rather than under a scroll bar
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        # with the desk's card reader, if any: Read the card finds the person who brings it
        self.search = SearchPage(self.services, operator=session.operator, clock=ctx.clock,
                                 station_name=ctx.station_name, receipts=ctx.output_dir,
                                 cards=ctx.service("cards"),
                                 capture_page=lambda order: self._capture_page(order))
        self.person = PersonFormPage(gazetteer_of(self.services))
        self.capture = self._capture_page()
        self.dedup = DuplicatePage()
        self.dedup.places = gazetteer_of(self.services)
        self.programmes = ProgrammesPage()
        self.card = CardPage()
        self.receipt_page = ReceiptPage()
        for page in (self.search, self.person, self.capture, self.dedup, self.programmes,
                     self.card, self.receipt_page):
            self.pages.addWidget(page)
        self.message = QLabel()
        self.message.setObjectName("stepMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("back")
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("next")
        self.new_button = QPushButton(self.tr("Start a ne&w enrolment"))
        self.new_button.setObjectName("restart")
        nav = QHBoxLayout()
        nav.addWidget(self.message, 1)
        nav.addWidget(self.new_button)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addLayout(nav)
        row = QHBoxLayout(self)
        row.addWidget(self.steps)
        row.addLayout(right, 1)

        self.search.new_person.connect(self._on_new_person)
        self.search.card_for.connect(self._on_card_for)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        # the clerk's answer to "start again?" (tests answer it themselves)
        self.ask: Callable[[str], bool] = self._ask
        self.new_button.clicked.connect(self._on_new_enrolment)
        self.dedup.finished.connect(self._on_dedup)
        self.dedup.decided.connect(self._on_duplicate_decided)
        for wrote in (self.dedup.decided, self.programmes.confirmed, self.card.issued,
                      self.search.recorded):
            wrote.connect(self._on_recorded)
        self.receipt_page.save_button.clicked.connect(self.save_receipt)
        self.receipt_page.print_button.clicked.connect(self._choose_printer)
        self.receipt_page.retry_button.clicked.connect(self._read_receipt_again)
        self.programmes.submitted.connect(lambda: self._on_enter(PROGRAMMES))
        self._connect_form_pages()
        self.go(FIND)
        self.setFocusProxy(self.search)

    # -- navigation -------------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    @property
    def work_in_progress(self) -> bool:
        """Typed or captured but not registered yet, or a card being written: signing out or
        changing the language would drop it (the window asks first). Once the person is
        registered nothing is lost: programmes and the card can be done later."""
        registered = getattr(self.dedup.result, "person_id", None) is not None
        return (self.card.busy or self.dedup.busy
                or (self.step in (PERSON, FINGERS, DEDUP) and not registered
                    and self._typed_or_captured()))

    def _typed_or_captured(self) -> bool:
        """Whether the form holds something the clerk typed (a household id comes from the
        search) or a finger was captured or said unavailable: an empty form loses nothing,
        and asking about it taught the clerk to answer Yes unread."""
        typed = any(widget.text().strip() for key, widget in self.person.inputs.items()
                    if isinstance(widget, QLineEdit) and key != "household_id")
        sheet = self.capture.sheet
        return typed or bool(sheet.accepted()) or bool(sheet.unavailable())

    def go(self, step: int) -> None:
        self._asked += 1  # a read asked for on the way here answers a page left behind
        self.pages.setCurrentIndex(step)
        self.steps.setCurrentRow(step)
        self.message.clear()
        self.back_button.setEnabled(step in (PERSON, FINGERS, DEDUP))
        self.next_button.setEnabled(step not in (FIND, RECEIPT))
        page = self.pages.currentWidget()
        if page is not None:
            page.setFocus()

    def _on_enter(self, step: int) -> None:
        """Enter in a page's last field is Next, for that page only: a second Enter (a
        bouncing key) reaches a page that has moved on and does nothing."""
        if self.step == step:
            self.next()

    def _connect_form_pages(self) -> None:
        """The person and capture pages are made afresh for each enrolment."""
        self.person.submitted.connect(lambda: self._on_enter(PERSON))
        self.capture.submitted.connect(lambda: self._on_enter(FINGERS))

    def back(self) -> None:
        if self.step == DEDUP and (self.dedup.busy or self.dedup.result is not None):
            return
        if self.step > FIND:
            self.go(self.step - 1)

    def next(self) -> None:
        if self.step == PERSON:
            if self.person.validate(self.ctx.clock().date()) is not None:
                self.go(FINGERS)
        elif self.step == FINGERS:
            problems = self.capture.sheet.problems()
            if problems:
                self.message.setText(problems[0][:1].upper() + problems[0][1:] + ".")
                return
            self.go(DEDUP)
            self._start_dedup()
        elif self.step == DEDUP:
            if self.dedup.busy:
                return
            if self.dedup.result is None:  # the check failed (nothing written): again
                self._start_dedup()
                return
            if getattr(self.dedup.result, "person_id", None) is None:
                self.message.setText(self._not_registered())
                return
            self.go(PROGRAMMES)
            self._start_programmes()
        elif self.step == PROGRAMMES:
            if not self.programmes.done:
                self.message.setText(self.tr("Confirm the programmes first (untick all to "
                                             "register none)."))
                return
            self.go(CARD)
            self._prepare_card()
        elif self.step == CARD:
            if self.card.busy:
                self.message.setText(self._wait_for_card())
                return
            self.go(self.step + 1)
            if self.step == RECEIPT:
                self._fill_receipt()

    def _wait_for_card(self) -> str:
        return self.tr("Wait until the card is written: do not remove it.")

    def _on_new_enrolment(self) -> None:
        """The button (Alt+W): it dropped what was typed and captured at once, and the Tab
        key reaches it first after the form's last field, beside Back and Next. It asks
        first, No the default, as signing out does."""
        busy = self.card.busy or self.dedup.busy  # restart says what it waits for
        if not busy and self.work_in_progress and not self.ask(self.tr(
                "Start a new enrolment? What was typed and the fingerprints captured for this "
                "person will be lost.")):
            return
        self.restart()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.window().windowTitle(), text,
                                      defaultButton=QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def restart(self) -> None:
        """Drop this enrolment's data and start again at the search (not while the card is
        being written: the clerk would lose sight of whether it worked)."""
        if self.card.busy or self.dedup.busy:
            self.message.setText(self._wait_for_card() if self.card.busy else self.tr(
                "Wait until the duplicate check finishes: it may be registering the person."))
            return
        old_person, old_capture = self.person, self.capture
        scanner = self.ctx.scanner
        if isinstance(scanner, SyntheticPeople):  # demo: someone new comes to the counter
            scanner.switch_person(scanner.person_seed + 1)
        self.person = PersonFormPage(gazetteer_of(self.services))
        self.capture = self._capture_page()
        self.pages.removeWidget(old_person)
        self.pages.insertWidget(PERSON, self.person)
        self.pages.removeWidget(old_capture)
        self.pages.insertWidget(FINGERS, self.capture)
        old_person.deleteLater()
        old_capture.deleteLater()
        self._connect_form_pages()
        self.dedup.result = None
        self.household_id = None
        self.card_person = None
        self.receipt = None
        self.receipt_page.saved.clear()
        self.go(FIND)
        self.search.refresh()  # the person just registered, their new card: not the old rows

    def _capture_page(self, order: tuple[Finger, ...] = CAPTURE_ORDER) -> CapturePage:
        """The capture of ``order``'s fingers (an enrolment's ten, or those a registered
        person is given later: the search page's "Add fingerprints")."""
        if self.ctx.capture is None:
            return CapturePage(self.ctx.scanner, CaptureSheet(order))
        return CapturePage(self.ctx.scanner, CaptureSheet(order), capture=self.ctx.capture)

    # -- reads off the GUI thread -----------------------------------------------------------
    def _read(self, read: Callable[[], Any], use: Callable[[Any], None],
              refused: Callable[[], None] | None = None) -> None:
        """Run ``read()`` (a read of the registry) in a worker, then ``use`` its answer in
        the GUI thread, unless the clerk has moved on since (another step, another person,
        a new enrolment): the answer then belongs to a page no longer shown. A failure is
        said on the message line, then ``refused()`` (when given) offers what to do."""
        self._asked += 1
        asked = self._asked

        def done(answer: Any) -> None:
            if asked == self._asked:
                use(answer)

        def failed(message: str) -> None:
            if asked == self._asked:
                self.message.setText(message)
                if refused is not None:
                    refused()

        self._reads.start(lambda _p: read(), done, failed)

    def wait(self) -> None:
        """Block until the reads started here have answered (tests, shut-down)."""
        self._reads.wait()

    # -- steps ------------------------------------------------------------------------------
    def _on_new_person(self, household_id: str | None, person_id: str | None) -> None:
        services = self.services
        if not person_id or services is None:
            self.person.set_household(household_id, None)
            self.go(PERSON)
            return

        def read() -> dict[str, str]:
            return dict(services.person(person_id).get("address") or {})

        def use(address: dict[str, str]) -> None:
            self.person.set_household(household_id, address)
            self.go(PERSON)

        self.message.setText(self.tr("Reading the household's address..."))
        self._read(read, use)

    def _start_dedup(self) -> None:
        demographics = self.person.validate(self.ctx.clock().date())
        if demographics is None or self.services is None:
            self.message.setText(self.tr("The registry is not available on this station."))
            return
        sheet = self.capture.sheet
        templates = {c.finger: c.template for c in sheet.accepted()}
        missing = {c.finger: c.reason for c in sheet.unavailable()}
        services, operator, now = self.services, self.session.operator, self.ctx.clock()
        new_household = self.person.wants_new_household
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        def decide(decision: str, matched: str | None, note: str | None) -> Any:
            case_id = str(getattr(self.dedup.result, "adjudication_id", ""))
            return services.decide(case_id, decision, by=operator, now=self.ctx.clock(),
                                   matched_person_id=matched, note=note)

        self.dedup.run(lambda: services.enrol(demographics, templates, operator=operator,
                                              now=now, new_household=new_household,
                                              missing=missing),
                       services.person, sheet, decide, services.stored_template,
                       names=(demographics.local_name, demographics.latin_name))

    def _start_programmes(self) -> None:
        services, operator = self.services, self.session.operator
        person_id = str(getattr(self.dedup.result, "person_id", ""))
        if services is None:
            return

        def use(household_id: object) -> None:
            self.household_id = str(household_id) if household_id else None
            if not household_id:
                self.message.setText(self.tr("This person belongs to no household: "
                                             "programmes are proposed per household."))
                return
            today, clock = self.ctx.clock().date(), self.ctx.clock
            self.programmes.load(
                lambda: services.propose_programmes(household_id, today=today),
                lambda package, accepted: services.confirm_programmes(
                    package, accepted, operator=operator, now=clock()),
                person_id)

        self._read(lambda: services.person(person_id).get("household_id"), use)

    def _person_id(self) -> str:
        """The person this enrolment registered, or the one picked in the search for a card."""
        return self.card_person or str(getattr(self.dedup.result, "person_id", ""))

    def _on_card_for(self, person_id: str) -> None:
        """A registered person comes back for a card (none issued, lost or broken)."""
        self.card_person = person_id
        self.go(CARD)
        self._prepare_card()

    def _prepare_card(self) -> None:
        from station.model.ui_services import card_readers

        services, operator, clock = self.services, self.session.operator, self.ctx.clock
        person_id = self._person_id()
        verifier = self.ctx.service("cards")
        if services is None:
            return
        intro = self.tr("Place a blank card in the reader, then press Issue.")
        self.card.intro.setText(intro)
        if self.card_person is not None:  # whose card, and the one it replaces: read aside
            def use(person: dict[str, Any]) -> None:
                name = str(person.get("latin_name") or person.get("local_name") or person_id)
                held = [c["serial"] for c in person.get("cards", [])
                        if c.get("status") == "issued"]
                self.card.intro.setText((
                    self.tr("A card for %1. The card %2 they hold now will be replaced: "
                            "hospitals refuse it from then on.").replace("%2", held[0])
                    if held else self.tr("A card for %1.")).replace("%1", name) + " " + intro)

            self._read(lambda: services.person(person_id), use)
        self.card.prepare(
            lambda reader, progress: services.issue_card(
                person_id, reader=reader, operator=operator, now=clock(), verifier=verifier,
                progress=progress),
            card_readers)

    def _on_recorded(self, _what: object = None) -> None:
        self.recorded.emit()

    def _not_registered(self) -> str:
        return self.tr("This person was not registered: a possible duplicate waits for "
                       "adjudication.")

    def _on_duplicate_decided(self, _case: object) -> None:
        """The clerk's decision on a possible duplicate is recorded: a new enrolment is the
        one way on (Next stays off: nothing was registered to go on with)."""
        self.next_button.setEnabled(False)
        self.new_button.setFocus()

    def _on_dedup(self, result: Any) -> None:
        registered = getattr(result, "person_id", None) is not None
        if registered:
            self.recorded.emit()
        # a possible duplicate was not registered: Next would lead nowhere, and said why only
        # once pressed; the line says it at once (the clerk decides, then starts anew)
        hit = result is not None and not registered
        self.next_button.setEnabled(not hit)
        self.back_button.setEnabled(result is None)
        if result is None:
            self.message.setText(self.tr("The check did not finish and nothing was "
                                         "registered: press Next to check again."))
        elif hit:
            self.message.setText(self._not_registered())
        if result is None or getattr(result, "person_id", None) is not None:
            self.next_button.setFocus()  # going on (or again) is the one thing to do
        else:
            self.dedup.table.setFocus()  # a hit: compare the candidates, then decide

    def _fill_receipt(self) -> None:
        person_id, services = self._person_id(), self.services
        self.receipt = None  # nothing to print or save until the record is read
        self._receipt_ready(False)  # a button that did nothing when pressed read as broken
        self.receipt_page.summary.setText(self.tr("Reading the record..."))
        self.receipt_page.retry_button.hide()
        if services is None:
            self._show_receipt(person_id, {})
            return
        self._read(lambda: services.receipt_record(person_id),
                   lambda person: self._show_receipt(person_id, person), self._receipt_unread)

    def _read_receipt_again(self) -> None:
        """The clerk asks again: the line's "busy" is about the last try, not this one."""
        self.message.clear()
        self._fill_receipt()

    def _receipt_unread(self) -> None:
        """The record could not be read (the registry busy, locked by another program): the
        enrolment is kept; reading it again is offered, not a dead end."""
        page = self.receipt_page
        page.summary.setText(self.tr("The record could not be read, so there is nothing to "
                                     "print or save yet: read it again in a moment."))
        page.retry_button.show()
        if self.step == RECEIPT and self.isVisible():
            page.retry_button.setFocus()

    def _show_receipt(self, person_id: str, person: dict[str, Any]) -> None:
        # the search's copy of a receipt is built by the same function (receipt_of)
        self.receipt = receipt_of(
            person_id, person, station_name=self.ctx.station_name,
            operator=self.session.shown_name, issued_at=self.ctx.clock(),
            place=gazetteer_of(self.services).place,
            names=programme_names(current_language()))
        r = self.receipt
        self._receipt_ready(True)
        self.receipt_page.summary.setText(self.tr(
            "%1 (%2) is registered.\nPerson ID: %3\nLives in: %4\nProgrammes: %5\nCard: %6")
            .replace("%1", isolated(r.local_name)).replace("%2", isolated(r.latin_name))
            .replace("%3", isolated(person_id)).replace("%4", isolated(r.address or "—"))
            .replace("%5", ", ".join(r.programmes) or "—")
            .replace("%6", isolated(r.card_serial or "") or self.tr("not issued yet")))

    def _receipt_ready(self, ready: bool) -> None:
        """Save and Print are offered only once the receipt's record is read."""
        self.receipt_page.save_button.setEnabled(ready)
        self.receipt_page.print_button.setEnabled(ready)
        if ready and self.step == RECEIPT and self.isVisible():
            self.receipt_page.setFocus()  # printing is the step's first thing (Enter)

    def print_receipt(self, printer: QPrinter) -> bool:
        """Send the receipt to ``printer``; say on the page what happened."""
        if self.receipt is None:
            return False
        try:
            paint_receipt(self.receipt, printer, self.tr("The printer could not be started."))
        except OSError as err:
            self.receipt_page.saved.setText(str(err))
            return False
        self.receipt_page.saved.setText(self.tr("Sent to %1.").replace(
            "%1", printer.printerName() or printer.outputFileName() or self.tr("the printer")))
        return True

    def _choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the receipt"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_receipt(printer)

    def save_receipt(self) -> None:
        if self.receipt is None:
            return
        path = self.ctx.output_dir / f"receipt-{self.receipt.person_id}.pdf"
        try:
            write_receipt_pdf(self.receipt, path)
        except OSError as err:  # the OS's own words (English, an errno) are for the log
            log.warning("receipt not saved in %s: %s", path.parent, err)
            self.receipt_page.saved.setText(self.tr(
                "The receipt could not be saved in %1: check that this folder can be written "
                "(the USB stick plugged in, space left), then save again.")
                .replace("%1", isolated(str(path.parent))))
            return
        self.receipt_page.saved.setText(self.tr("Saved: %1").replace("%1", isolated(str(path))))
