"""Search first: is the person (or their household) already registered?

Type a name in either script, a phone number, a person id, a household id or the serial of
the card the person brings (any card of theirs: a revoked, lost or replaced one finds them too,
and the status line says so; :func:`station.model.ui_lookup.find_people`). Where the desk has
a card reader, "Read the card" reads it and searches for its serial. From the
result the clerk opens the person, adds a member to their household, or registers someone new.
A person recorded as deceased says so in their row (and gets no card); a supervisor records a
death for the selected person ("Record a death...", :mod:`station.model.deaths`). A double
click on a row, or Enter on the selected one, opens that person (``open_person``: the window
shows their household, its members and programmes).

The selected person's enrolment receipt is given again ("Print the receipt again...", "Save
the receipt again as PDF"): built from the record as it stands today by the enrolment step's
own function (:func:`station.model.ui_receipt.receipt_of`: today's programmes, card and
address), marked as a copy with the day they were registered, saved beside the original
(``receipt-<person>-copy-<n>.pdf``, never over it) and written to the audit trail
(:func:`station.model.audit_log.record_copy`). None is given for the dead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.capture.base import CAPTURE_ORDER, Finger
from station.errors import StationError
from station.i18n import current_language
from station.model.audit_log import ENROLMENT_RECEIPT_COPY, record_copy
from station.model.ui_lookup import PersonRow
from station.model.ui_receipt import CopyMark, OnFile, Receipt, on_file, receipt_of
from station.services.catalogue import programme_names
from station.services.errors import DeceasedPerson
from station.views.add_fingers_dialog import AddFingersDialog
from station.views.clerk.capture import CapturePage
from station.views.consent_dialog import ConsentDialog
from station.views.correction_dialog import CorrectionDialog, changed_words
from station.views.death_dialog import DeathDialog
from station.views.erasure_dialog import ErasureDialog
from station.views.fingers import finger_name
from station.views.formats import both_names, isolated, short_date
from station.views.household_dialog import HouseholdDialog, household_dialog_for
from station.views.places import gazetteer_of
from station.views.receipt import (
    copy_path,
    paint_receipt,
    save_logged_copy,
    write_receipt_pdf,
)
from station.views.services.card_reader import read_button, read_serial
from station.views.tables import select_row
from station.views.value_words import member_words
from station.views.workers import TaskRunner, plain_message

SHOWN = 50  # ui_lookup.find_people's default limit
DECEASED_COLOUR = QColor(110, 110, 110)


class SearchPage(QWidget):
    """Emits ``new_person(household_id | None, person_id | None)`` to start an enrolment."""

    new_person = Signal(object, object)
    #: a registered person's id: issue them a card (a first one, or one that replaces theirs)
    card_for = Signal(str)
    #: open a found person: (person id, household id or None)
    open_person = Signal(str, object)
    # a death was recorded (the centre is told): the window's header reads the queue again
    recorded = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None, *,
                 operator: Any = None, clock: Callable[[], dt.datetime] | None = None,
                 station_name: str = "Single Window station",
                 receipts: Path | None = None, cards: Any = None,
                 capture_page: Callable[[tuple[Finger, ...]], CapturePage] | None = None
                 ) -> None:
        super().__init__(parent)
        self._services = services
        # the enrolment's capture for the given fingers (the clerk's scanner): fingerprints
        # added to a registered person; None: no scanner here, no "Add fingerprints"
        self._capture_page = capture_page
        # the desk's card reader (a CardVerifier, as the Hospital tab's); None: no button
        self._cards = cards
        # what the receipt calls this station, and the folder of the enrolments' receipts
        # (the station's data folder's "receipts" unless the window says)
        self._station_name = station_name
        self._receipts = receipts
        # the last copy of an enrolment receipt given (what was saved or printed)
        self.receipt_copy: Receipt | None = None
        self._papers = TaskRunner(self)  # one copy at a time: one click, one copy
        self._rows: list[PersonRow] = []
        self._shown: str | None = None  # the search whose answer the list shows
        self._pending: str | None = None  # a search asked for while the list was being read
        self._operator: Any = None
        self._clock: Callable[[], dt.datetime] | None = None
        self.death_dialog: DeathDialog | None = None
        self._runner = TaskRunner(self)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Search before registering: a person must be registered only "
                               "once."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("name (local or Latin), phone, person or "
                                              "household id, card serial, receipt or "
                                              "grievance number"))
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setObjectName("search")
        self.search_button.clicked.connect(self.search)
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        # the card the person brings, read on the desk's reader: its serial searched for
        self.read_button = read_button(self.tr("Read the &card"), "readFindCard", cards)
        self.read_button.clicked.connect(self.read_card)
        self._runner.busy_changed.connect(lambda busy: self.read_button.setEnabled(not busy))
        row.addWidget(self.read_button)
        # suspected duplicates sent back by a supervisor, or left when an enrolment restarted
        self.cases_button = QPushButton(self.tr("&Open cases to decide..."))
        self.cases_button.setObjectName("waitingCases")
        self.cases_button.setVisible(False)  # clerks and supervisors (set_operator)
        row.addWidget(self.cases_button)
        self.cases_dialog: Any = None
        outer.addLayout(row)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("results")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name (local)"), self.tr("Name (Latin)"), self.tr("Sex"),
            self.tr("Born"), self.tr("Village"), self.tr("Card"), self.tr("Household of"),
            self.tr("Deceased")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # the village takes the spare width: the last column (a death) is empty for most
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # each heading whole before a search fills the columns: Qt's 100 pixels cut the
        # Indonesian "Rumah tangga (kepala)"
        self.table.resizeColumnsToContents()
        self.table.setToolTip(self.tr("Double-click a person, or press Enter, to open their "
                                      "household."))
        self.table.doubleClicked.connect(lambda _index: self._on_open())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self._on_open,
                      context=Qt.ShortcutContext.WidgetShortcut)
        outer.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)  # a saved copy's path or a refusal wraps, never widens
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Register a new person in a new household"))
        self.new_button.setObjectName("newPerson")
        self.member_button = QPushButton(self.tr("Add a &member to the selected household"))
        self.member_button.setObjectName("addMember")
        self.member_button.setEnabled(False)
        self.card_button = QPushButton(self.tr("&Issue a card to the selected person"))
        self.card_button.setObjectName("cardForPerson")
        self.card_button.setEnabled(False)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.member_button)
        buttons.addWidget(self.card_button)
        self.death_button = QPushButton(self.tr("Record a &death..."))
        self.death_button.setObjectName("recordDeath")
        self.death_button.setEnabled(False)
        self.death_button.setVisible(False)  # supervisors only (set_operator)
        buttons.addWidget(self.death_button)
        buttons.addStretch(1)
        # who heads a household, who leaves it (station.services.household_changes): a
        # supervisor's, beside Correct details on the row below (this one is full)
        self.household_button = QPushButton(self.tr("&Household..."))
        self.household_button.setObjectName("householdChanges")
        self.household_button.setEnabled(False)
        self.household_button.setVisible(False)  # supervisors only (set_operator)
        self.household_button.clicked.connect(self._on_household)
        self.household_dialog: HouseholdDialog | None = None
        outer.addLayout(buttons)
        # the selected person's enrolment receipt given again (a copy), on its own row: the
        # row above is full at 1024 pixels in Indonesian
        papers = QHBoxLayout()
        self.print_receipt_button = QPushButton(self.tr("&Print the receipt again..."))
        self.print_receipt_button.setObjectName("printReceiptCopy")
        self.save_receipt_button = QPushButton(self.tr("Save the receipt again as PD&F"))
        self.save_receipt_button.setObjectName("saveReceiptCopy")
        # a person's details corrected (station.model.corrections): on this row, the one
        # above is full at 1024 pixels
        self.correct_button = QPushButton(self.tr("Correct de&tails..."))
        self.correct_button.setObjectName("correctDetails")
        self.correction_dialog: CorrectionDialog | None = None
        self.correct_button.clicked.connect(self._on_correct)
        # the consent on file, and why to ask again (station.model.reconsent): marked when
        # it is due, so the clerk asks while the person is at the desk
        self.consent_button = QPushButton(self.tr("Privac&y and consent..."))
        self.consent_button.setObjectName("consentButton")
        self.consent_dialog: ConsentDialog | None = None
        self.erasure_dialog: ErasureDialog | None = None
        self.add_fingers_dialog: AddFingersDialog | None = None
        self.replace_fingers_dialog: AddFingersDialog | None = None
        # the last record given to a person from it (its file)
        self.record_given: Path | None = None
        self._desk = False  # a clerk or supervisor signed in (set_operator)
        self.consent_button.clicked.connect(self._on_consent)
        for button in (self.correct_button, self.consent_button, self.print_receipt_button,
                       self.save_receipt_button):
            button.setEnabled(False)
            button.setVisible(False)  # clerks and supervisors (set_operator)
            papers.addWidget(button)
        papers.addWidget(self.household_button)
        papers.addStretch(1)
        outer.addLayout(papers)
        self.print_receipt_button.clicked.connect(self._choose_receipt_printer)
        self.save_receipt_button.clicked.connect(self.save_receipt_copy)
        self._papers.busy_changed.connect(lambda _busy: self._on_selection())
        self.new_button.clicked.connect(lambda: self.new_person.emit(None, None))
        self.member_button.clicked.connect(self._on_add_member)
        self.card_button.clicked.connect(self._on_card)
        self.death_button.clicked.connect(self._on_death)
        self.cases_button.clicked.connect(self._on_cases)
        self.table.itemSelectionChanged.connect(self._on_selection)
        if services is None:
            self.query.setEnabled(False)
            self.search_button.setEnabled(False)
            self.read_button.hide()
            self.status.setText(self.tr("The registry is not available on this station."))
        self.setFocusProxy(self.query)
        self.set_operator(operator, clock)

    def set_operator(self, operator: Any, clock: Callable[[], dt.datetime] | None) -> None:
        """Who is signed in (their ``OperatorInfo``) and the window's clock: a supervisor
        sees "Record a death..."; clerks do not."""
        self._operator, self._clock = operator, clock
        supervisor = (getattr(operator, "role", None) == "supervisor" and clock is not None
                      and self._services is not None)
        self.death_button.setVisible(supervisor)
        self.household_button.setVisible(supervisor)
        desk = (getattr(operator, "role", None) in ("clerk", "supervisor") and clock is not None
                and self._services is not None)
        self._desk = desk
        self.cases_button.setVisible(desk)
        self.correct_button.setVisible(desk)
        self.consent_button.setVisible(desk)
        self.print_receipt_button.setVisible(desk)
        self.save_receipt_button.setVisible(desk)
        self._on_selection()

    def _on_cases(self) -> None:
        """The cases waiting for a clerk's decision: compare the prints and decide."""
        from station.views.case_prints import WaitingCasesDialog

        if self._services is None or self._operator is None or self._clock is None:
            return
        self.cases_dialog = WaitingCasesDialog(self._services, self._operator, self._clock,
                                               self)
        self.cases_dialog.open()

    def search(self) -> None:
        text = self.query.text().strip()
        if self._services is None:
            return
        if not text:
            self.status.setText(self.tr("Type a name, a phone number or an id, then search."))
            self.query.setFocus()
            return
        if self._runner.busy:  # the list being read again: this search runs right after
            self._pending = text
            return
        self._find(text)

    def read_card(self) -> None:
        """Read the card on the reader (in the worker, as the Hospital tab does) and search
        for its serial. A card refused (revoked, expired) still gives it: finding its holder
        is not a card check."""
        if self._services is None or self._clock is None or self._runner.busy:
            return
        read_serial(self, self._cards, self._on_card_read)

    def _on_card_read(self, serial: str) -> None:
        self.query.setText(serial)
        self.search()

    # what reading a card asks of the page (card_reader.CardDesk): the clock, the worker,
    # the status line
    def clock(self) -> dt.datetime:
        if self._clock is None:  # read_card reads only with the window's clock
            raise RuntimeError("no clock to read a card with")
        return self._clock()

    def call(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.status.setText(self.tr("Reading the card..."))
        self._runner.start(lambda _p: fn(), on_done, self._on_failed)

    def show_error(self, text: str) -> None:
        self.status.setText(text)
        self._run_pending()

    def refresh(self) -> None:
        """Search again for what the list shows (an enrolment or a card since changed it)."""
        if self._shown is not None and self._services is not None and not self._runner.busy:
            self._find(self._shown)

    def _find(self, text: str) -> None:
        services = self._services
        self.status.setText(self.tr("Searching..."))
        self._runner.start(lambda _p: services.find_people(text),
                           lambda rows: self._on_found(text, rows), self._on_failed)

    def _on_failed(self, message: str) -> None:
        self.status.setText(message)
        self._run_pending()

    def _run_pending(self) -> None:
        """The search the clerk asked for while the list was busy, now that it is not."""
        pending, self._pending = self._pending, None
        if pending is not None and not self._runner.busy:
            self._find(pending)

    def _on_found(self, text: str, rows: list[PersonRow]) -> None:
        self._shown = text
        self._on_results(rows)
        self._run_pending()

    def wait(self) -> None:
        self._runner.wait()

    def _on_results(self, rows: list[PersonRow]) -> None:
        self._rows = rows
        places = gazetteer_of(self._services)  # same names tell people apart by village
        sexes = member_words()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            born = short_date(r.birth_date)
            village = places.name(r.village_code) if r.village_code else ""
            household = (r.head_name or (r.household_id or "")[:8]) if r.household_id else ""
            card = r.card or self.tr("none")
            died = r.died_on
            status = (self.tr("recorded as deceased on %1").replace("%1", short_date(died))
                      if died is not None else "")
            sex = sexes.get(r.sex, r.sex)  # the stored code, in words of the language
            for j, text in enumerate((r.local_name, r.latin_name, sex, born, village, card,
                                      household, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, i)
                if j == 6 and r.household_id:
                    item.setToolTip(r.household_id)  # the id, for "add a member"
                if died is not None:
                    item.setForeground(QBrush(DECEASED_COLOUR))
                self.table.setItem(i, j, item)
        if len(rows) >= SHOWN:
            self.status.setText(self.tr("More than %1 people match: showing the first %1. Type "
                                        "more of the name to narrow the search.")
                                .replace("%1", str(SHOWN)))
        else:
            self.status.setText(self.tr("%n person(s) found", "", len(rows)) if rows else
                                self.tr("Nobody found. Check the spelling, or register a new "
                                        "person."))
        note = (self._card_note(rows[0].by_card) or self._paper_note(rows[0].by_paper)
                if rows else "")
        if note:
            self.status.setText(f"{self.status.text()} {note}")
        self.table.resizeColumnsToContents()
        if rows:
            select_row(self.table, 0)
        self._on_selection()  # the buttons follow the (new) rows even if the row is the same

    def _card_note(self, status: str) -> str:
        """What the status line says of a card searched for that is not in use any more ("" for
        one in use, or no card): its holder is found all the same."""
        return {
            "revoked": self.tr("This card is revoked; its holder is found all the same."),
            "lost": self.tr("This card was reported lost; its holder is found all the same."),
            "replaced": self.tr("This card was replaced by a newer one; its holder is found "
                                "all the same."),
        }.get(status, "")

    def _paper_note(self, paper: str) -> str:
        """What the status line says of a person found by the number on a paper the station
        gave them (first in the list): whose paper it is ("" when not found by one)."""
        return {
            "receipt": self.tr("The first is the member the receipt was given to."),
            "grievance": self.tr("The first is the person the grievance slip was given to."),
        }.get(paper, "")

    def select_person(self, person_id: str) -> bool:
        """Select ``person_id``'s row if the list shows them (the screenshots' tour)."""
        for row, person in enumerate(self._rows):
            if person.person_id == person_id:
                select_row(self.table, row)
                return True
        return False

    def _selected(self) -> PersonRow | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _on_selection(self) -> None:
        person = self._selected()
        alive = person is not None and person.died_on is None
        self.member_button.setEnabled(person is not None and person.household_id is not None)
        self.card_button.setEnabled(alive)  # no card for the dead
        self.death_button.setEnabled(alive and not self._runner.busy)
        self.correct_button.setEnabled(person is not None and not self._runner.busy)
        self.consent_button.setEnabled(alive and not self._runner.busy)
        self._mark_consent(person if alive else None)
        # a member's household (the dead head's too: his household needs a new one), or a
        # living person on their own, to join one
        self.household_button.setEnabled(
            person is not None and not self._runner.busy
            and (person.household_id is not None or person.died_on is None))
        # a deceased person's row too: pressed, it says why no copy is given
        for button in (self.print_receipt_button, self.save_receipt_button):
            button.setEnabled(person is not None and not self._papers.busy)

    def _on_death(self) -> None:
        """Ask for the date and source (a window-modal dialog), then record in a worker."""
        person = self._selected()
        if person is None or self._clock is None or self._operator is None:
            return
        dialog = DeathDialog(_named(person), person.birth_date, self._clock().date(), self)
        dialog.setObjectName("deathDialog")
        dialog.accepted.connect(lambda: self._record_death(person, *dialog.chosen()))
        self.death_dialog = dialog
        dialog.open()

    def _record(self, button: QPushButton, words: str,
                call: Callable[[Any, Any, dt.datetime], Any],
                done: Callable[[Any], None]) -> None:
        """Record a change in the worker, ``call(services, operator, now)``: ``button``
        disabled and ``words`` on the status line meanwhile, then ``done`` with its answer,
        or the refusal on the status line (the buttons as the selection says)."""
        if self._runner.busy or self._clock is None:
            return
        services, operator, now = self._services, self._operator, self._clock()
        button.setEnabled(False)
        self.status.setText(words)
        self._runner.start(lambda _p: call(services, operator, now), done,
                           self._on_record_failed)

    def _on_record_failed(self, message: str) -> None:
        self.status.setText(message)
        self._on_selection()
        self._run_pending()

    def _on_recorded(self, words: str) -> None:
        """A change recorded that the centre is told of: the header reads the queue again,
        then ``words`` on the status line and the buttons as the selection says."""
        self.recorded.emit()
        self._on_record_failed(words)

    def _record_death(self, person: PersonRow, died_on: dt.date, source: str) -> None:
        self._record(self.death_button, self.tr("Recording the death..."),
                     lambda services, by, now: services.record_death(
                         person.person_id, died_on=died_on, source=source, by=by, now=now),
                     self._on_death_recorded)

    def _on_death_recorded(self, done: Any) -> None:
        self.recorded.emit()
        row = self.table.currentRow()
        self._on_results([dataclasses.replace(r, died_on=done.died_on)
                          if r.person_id == done.person_id else r for r in self._rows])
        select_row(self.table, max(row, 0))
        words = self.tr(
            "Death recorded: %n programme(s) ended, card(s) revoked: %1.", "",
            len(done.memberships_ended)).replace("%1", ", ".join(done.cards_revoked)
                                                 or self.tr("none"))
        if done.headed:  # living members stay without a living head
            words += " " + self.tr("They headed their household: choose its new head with "
                                   "Household...")
        self.status.setText(words)
        self._run_pending()

    # -- a person's details corrected (station.model.corrections) --------------------------

    def _record_of(self, person: PersonRow) -> dict[str, Any] | None:
        """The person's record (``services.person``), or None with why on the status line."""
        try:
            return self._services.person(person.person_id)
        except StationError as err:
            self.status.setText(plain_message(err))
            return None

    def _on_correct(self) -> None:
        """The selected person's details, prefilled (a window-modal dialog), then the
        correction in a worker."""
        person = self._selected()
        if (person is None or self._clock is None or self._operator is None
                or self._runner.busy):
            return
        record = self._record_of(person)
        if record is None:
            return
        supervisor = getattr(self._operator, "role", None) == "supervisor"
        dialog = CorrectionDialog(record, gazetteer_of(self._services), self._clock().date(),
                                  supervisor=supervisor, parent=self)
        dialog.setObjectName("correctionDialog")
        dialog.accepted.connect(lambda: self._correct(
            person, dialog.changes(), dialog.reason_text(),
            dialog.whole_household.isChecked()))
        self.correction_dialog = dialog
        dialog.open()

    def _correct(self, person: PersonRow, changes: dict[str, Any], reason: str,
                 whole_household: bool = False) -> None:
        self._record(self.correct_button, self.tr("Saving the correction..."),
                     lambda services, by, now: services.correct_person(
                         person.person_id, changes, reason=reason, operator=by, now=now,
                         whole_household=whole_household),
                     self._on_corrected)

    def _on_corrected(self, done: Any) -> None:
        self.recorded.emit()  # the centre is told: the header reads the queue again
        d, row = done.demographics, self.table.currentRow()
        self._on_results([dataclasses.replace(
            r, local_name=d.local_name, latin_name=d.latin_name, sex=d.sex,
            birth_date=d.birth_date, village_code=d.address.village)
            if r.person_id == done.person_id else r for r in self._rows])
        select_row(self.table, max(row, 0))
        text = self.tr("Details corrected: %1.").replace("%1", changed_words(done.fields))
        if done.moved_with:
            text += " " + self.tr("%n other member(s) of the household moved too.", "",
                                  len(done.moved_with))
        if done.cards_to_replace:
            text += " " + self.tr("The card %1 shows the old details: issue a new card to "
                                  "replace it.").replace("%1",
                                                         ", ".join(done.cards_to_replace))
        self.status.setText(text)
        self._run_pending()

    # -- the consent asked again (station.model.reconsent) ---------------------------------

    def _consent_due(self, person: PersonRow | None) -> Any:
        """The selected person's consent on file (None when nobody is at the desk's reach:
        no person, no clerk signed in, or it cannot be read)."""
        if person is None or self._clock is None or not self._desk:
            return None
        try:
            return self._services.consent_on_file(person.person_id, self._clock())
        except StationError:
            return None

    def _mark_consent(self, person: PersonRow | None) -> None:
        """A warning sign on the button when the selected person's consent is due again
        (one indexed read of their consent events)."""
        on_file = self._consent_due(person)
        due = on_file is not None and on_file.due is not None
        self.consent_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning) if due else QIcon())
        self.consent_button.setToolTip(self.tr("Ask for the person's consent again") if due
                                       else "")

    def _on_consent(self) -> None:
        """The consent on file and the notice in force (a window-modal dialog), then the
        answer recorded in a worker."""
        person = self._selected()
        if (person is None or self._clock is None or self._operator is None
                or self._runner.busy):
            return
        on_file = self._consent_due(person)
        if on_file is None:
            return
        record = self._record_of(person)
        if record is None:
            return
        supervisor = getattr(self._operator, "role", None) == "supervisor"
        positions = {int(f["position"]) for f in record.get("fingers") or ()}
        dialog = ConsentDialog(_named(person), person.birth_date, self._clock().date(),
                               on_file, parent=self, fingers=len(positions),
                               erased=record.get("fingerprints_erased"),
                               supervisor=supervisor,
                               can_add=(self._capture_page is not None
                                        and person.died_on is None))
        dialog.setObjectName("consentDialog")
        dialog.accepted.connect(lambda: self._record_consent(person, *dialog.chosen()))
        dialog.record_wanted.connect(lambda: self._give_record(person, dialog))
        dialog.erasure_wanted.connect(lambda: self._ask_erasure(person, dialog))
        dialog.addition_wanted.connect(lambda: self._ask_addition(person, dialog, positions))
        dialog.replacement_wanted.connect(
            lambda: self._ask_replacement(person, dialog, positions))
        self.consent_dialog = dialog
        dialog.open()

    # -- the consent to fingerprints withdrawn (station.model.erasure) ----------------------

    def _ask_erasure(self, person: PersonRow, consent: ConsentDialog) -> None:
        """The consent dialog gives way to the erasure's (window-modal), whose answer is
        recorded in a worker."""
        if self._clock is None or self._runner.busy:
            return
        consent.reject()
        dialog = ErasureDialog(_named(person), person.birth_date, self._clock().date(),
                               consent.fingers, parent=self)
        dialog.setObjectName("erasureDialog")
        dialog.accepted.connect(lambda: self._erase(person, *dialog.chosen()))
        self.erasure_dialog = dialog
        dialog.open()

    def _erase(self, person: PersonRow, asked_by: str, guardian: str | None) -> None:
        self._record(self.consent_button, self.tr("Erasing the fingerprints..."),
                     lambda services, by, now: services.erase_fingerprints(
                         person.person_id, asked_by=asked_by, guardian=guardian, by=by,
                         now=now),
                     lambda done: self._on_erased(person, done))

    def _on_erased(self, person: PersonRow, done: Any) -> None:
        words = self.tr("Fingerprints erased for %1 (%n finger(s)); the central registry "
                        "is told.", "", len(done.fingers)).replace(
                            "%1", isolated(_named(person)))
        if done.cards_holding:
            words += " " + self.tr("Card(s) %1 still carry them: issue a new card to "
                                   "replace them.").replace("%1",
                                                            ", ".join(done.cards_holding))
        self._on_recorded(words)

    # -- fingerprints added to a registered person (station.model.fingers_added) ------------

    def _ask_addition(self, person: PersonRow, consent: ConsentDialog,
                      on_file: set[int]) -> None:
        """The consent dialog gives way to the capture of the fingers with no print on file
        (window-modal); the fingers are searched and added in a worker."""
        dialog = self._prints_dialog(person, consent, tuple(
            f for f in CAPTURE_ORDER if int(f) not in on_file), replace=False)
        if dialog is None:
            return
        dialog.setObjectName("addFingersDialog")
        dialog.accepted.connect(lambda: self._add_fingers(person, dialog.captured(),
                                                          *dialog.chosen()))
        self.add_fingers_dialog = dialog
        dialog.open()

    def _prints_dialog(self, person: PersonRow, consent: ConsentDialog,
                       fingers: tuple[Finger, ...], *, replace: bool) -> AddFingersDialog | None:
        """The capture of ``fingers`` for ``person`` (adding, or ``replace``), the consent
        dialog closed; None when there is nothing to capture or the page cannot now."""
        if (self._clock is None or self._capture_page is None or self._runner.busy
                or not fingers):
            return None
        consent.reject()
        return AddFingersDialog(_named(person), person.birth_date, self._clock().date(),
                                self._capture_page(fingers), parent=self, replace=replace)

    def _add_fingers(self, person: PersonRow, templates: dict[Finger, Any], given_by: str,
                     guardian: str | None) -> None:
        self._record(self.consent_button, self.tr("Checking and adding the fingerprints..."),
                     lambda services, by, now: services.add_fingerprints(
                         person.person_id, templates, given_by, guardian, operator=by,
                         now=now),
                     lambda done: self._on_fingers_added(person, done))

    def _on_fingers_added(self, person: PersonRow, done: Any) -> None:
        words = self.tr("Fingerprints added for %1 (%n finger(s)): they match no one else "
                        "registered; the central registry checks them too.", "",
                        len(done.qualities)).replace("%1", isolated(_named(person)))
        if done.cards_without:
            words += " " + self.tr("Card(s) %1 were written without them: issue a new card "
                                   "to carry them.").replace("%1",
                                                             ", ".join(done.cards_without))
        self._on_recorded(words)

    # -- poor prints captured again (station.model.fingers_replaced) -------------------------

    def _ask_replacement(self, person: PersonRow, consent: ConsentDialog,
                         on_file: set[int]) -> None:
        """The consent dialog gives way to the capture of fingers on file (window-modal);
        the ticked ones are searched and replace the old prints in a worker."""
        dialog = self._prints_dialog(person, consent, tuple(
            f for f in CAPTURE_ORDER if int(f) in on_file), replace=True)
        if dialog is None:
            return
        dialog.setObjectName("replaceFingersDialog")
        dialog.accepted.connect(lambda: self._replace_fingers(
            person, dialog.replaced(), dialog.checks(), dialog.why(), *dialog.chosen()))
        self.replace_fingers_dialog = dialog
        dialog.open()

    def _replace_fingers(self, person: PersonRow, templates: dict[Finger, Any],
                         check: dict[Finger, Any], reason: str, given_by: str,
                         guardian: str | None) -> None:
        self._record(self.consent_button, self.tr("Checking and replacing the "
                                                  "fingerprints..."),
                     lambda services, by, now: services.replace_fingerprints(
                         person.person_id, templates, check, reason, given_by, guardian,
                         operator=by, now=now),
                     lambda done: self._on_fingers_replaced(person, done))

    def _on_fingers_replaced(self, person: PersonRow, done: Any) -> None:
        words = self.tr("Fingerprints replaced for %1 (%n finger(s)): they match no one else "
                        "registered; the central registry checks them too.", "",
                        len(done.qualities)).replace("%1", isolated(_named(person)))
        words += " " + (self.tr("Shown to be them by: %1.").replace(
            "%1", ", ".join(finger_name(Finger.parse(f)) for f in done.matched))
            if done.matched else self.tr("No finger matched the prints on file: replaced on "
                                         "the supervisor's decision."))
        if done.cards_with_old:
            words += " " + self.tr("Card(s) %1 carry the old prints: issue a new card to "
                                   "replace them.").replace("%1",
                                                            ", ".join(done.cards_with_old))
        self._on_recorded(words)

    def _give_record(self, person: PersonRow, dialog: ConsentDialog) -> None:
        """Write what the registry holds about ``person`` as a PDF in the desk's language
        (``station.services.own_record``, in the papers' worker: the audit trail records it
        given), then say in the dialog where it is, to print and give them."""
        from station.views.report_words import report_localiser

        if (self._services is None or self._operator is None or self._clock is None
                or self._papers.busy):
            return
        services, operator, now = self._services, self._operator, self._clock()
        localise, language = report_localiser(), current_language()  # read here, used there
        dialog.say_record(self.tr("Writing the record..."), busy=True)
        self._papers.start(
            lambda _p: services.give_person_record(person.person_id, operator=operator,
                                                   now=now, language=language,
                                                   localise=localise),
            lambda given: self._record_given(dialog, given.path),
            lambda text: dialog.say_record(text))

    def _record_given(self, dialog: ConsentDialog, path: Path) -> None:
        self.record_given = path
        dialog.say_record(self.tr("Saved as %1: print it and give it to them.")
                          .replace("%1", isolated(str(path))))

    def _record_consent(self, person: PersonRow, given_by: str, guardian: str | None) -> None:
        self._record(self.consent_button, self.tr("Recording the consent..."),
                     lambda services, by, now: services.record_consent(
                         person.person_id, given_by, guardian, operator=by, now=now),
                     lambda done: self._on_consent_recorded(person, done))

    def _on_consent_recorded(self, person: PersonRow, done: Any) -> None:
        self._on_recorded(self.tr("Consent recorded for %1 (privacy notice %2).")
                          .replace("%1", isolated(_named(person)))
                          .replace("%2", done.consent.notice))

    # -- who heads a household, who leaves it (station.services.household_changes) -------

    def _on_household(self) -> None:
        """The selected person's household (a window-modal dialog, which saves in its own
        worker and stays open on a refusal), then the list read again."""
        person = self._selected()
        clock, operator, services = self._clock, self._operator, self._services
        if person is None or clock is None or operator is None or self._runner.busy:
            return
        try:
            dialog = household_dialog_for(services, person.person_id, operator=operator,
                                          clock=clock, parent=self)
        except StationError as err:
            self.status.setText(plain_message(err))
            return
        dialog.saved.connect(self._on_household_changed)
        self.household_dialog = dialog
        dialog.open()

    def _on_household_changed(self, words: str) -> None:
        self.recorded.emit()  # the centre is told: the header reads the queue again
        self.status.setText(words)
        shown, row = self._shown, self.table.currentRow()
        if shown is None or self._runner.busy:
            return

        def shown_again(rows: list[PersonRow]) -> None:  # the heads and households as now
            self._on_results(rows)
            select_row(self.table, max(row, 0))
            self.status.setText(words)
            self._run_pending()

        services = self._services
        self._runner.start(lambda _p: services.find_people(shown), shown_again,
                           self._on_failed)

    def _on_card(self) -> None:
        person = self._selected()
        if person is not None:
            self.card_for.emit(person.person_id)

    def _on_open(self) -> None:
        person = self._selected()
        if person is not None:
            self.open_person.emit(person.person_id, person.household_id)

    def _on_add_member(self) -> None:
        person = self._selected()
        if person is not None and person.household_id:
            self.new_person.emit(person.household_id, person.person_id)

    # -- the enrolment receipt given again --------------------------------------------------

    def receipts_folder(self) -> Path:
        """Where the enrolment receipts and their copies go."""
        if self._receipts is not None:
            return self._receipts
        return Path(self._services.station.settings.data_dir) / "receipts"

    def save_receipt_copy(self) -> None:
        """Save a copy of the selected person's enrolment receipt as a PDF beside the
        original (never over it), write it to the audit trail, say where it went."""
        self._give_receipt(None)

    def print_receipt_copy(self, printer: QPrinter) -> None:
        """Write a copy of the selected person's enrolment receipt to the audit trail, then
        send it to ``printer``; say on the status line what happened."""
        self._give_receipt(printer)

    def _choose_receipt_printer(self) -> None:
        if self._selected() is None or not self.print_receipt_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print a copy of the receipt"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_receipt_copy(printer)

    def _give_receipt(self, printer: QPrinter | None) -> None:
        person = self._selected()
        if (person is None or self._services is None or self._operator is None
                or self._clock is None or self._papers.busy):
            return
        station, person_id = self._services.station, person.person_id

        def read(_progress: Any) -> OnFile | DeceasedPerson:
            try:
                return on_file(station, person_id)
            except DeceasedPerson as refused:  # said here, in the desk's words (below)
                return refused

        self.status.setText(self.tr("Reading the record..."))
        self._papers.start(read, lambda found: self._receipt_found(person, found, printer),
                           self.status.setText)

    def _receipt_found(self, person: PersonRow, found: OnFile | DeceasedPerson,
                       printer: QPrinter | None) -> None:
        if isinstance(found, DeceasedPerson):
            self.status.setText(self.tr(
                "%1 died on %2: no copy of the enrolment receipt is given for a deceased "
                "person.").replace("%1", isolated(_named(person)))
                .replace("%2", short_date(found.died_on)))
            return
        if self._clock is None or self._operator is None:
            return
        zone = self._services.station.settings.office_zone  # the receipts' clock
        now = _office(self._clock(), zone)
        operator = self._operator
        paper = receipt_of(
            person.person_id, found.person, station_name=self._station_name,
            operator=found.registered_by, issued_at=now,
            place=gazetteer_of(self._services).place,
            names=programme_names(current_language()),
            copy=CopyMark(printed_at=now, printed_by=str(
                getattr(operator, "full_name", "") or getattr(operator, "username", ""))),
            registered_at=(_office(found.registered_at, zone)
                           if found.registered_at is not None else None))
        self.receipt_copy = paper
        station, facts = self._services.station, {"serial": paper.card_serial}

        def logged(where: dict[str, str], then: Callable[[Any], None],
                   failed: Callable[[str], None]) -> None:
            self._papers.start(lambda _progress: record_copy(
                station, action=ENROLMENT_RECEIPT_COPY, record_id=paper.person_id,
                details={**where, **facts}, by=operator, now=now), then, failed)

        if printer is not None:  # in the log first: no copy leaves the desk unwritten
            where = printer.printerName() or printer.outputFileName()
            logged({"printer": where}, lambda _done: self._paint_copy(paper, printer),
                   self.status.setText)
            return
        path = self._copy_path(paper.person_id)
        save_logged_copy(
            path, lambda to: write_receipt_pdf(paper, to), logged,
            saved=lambda to: self.status.setText(
                self.tr("Saved: %1").replace("%1", isolated(str(to)))),
            refused=self.status.setText,
            unsaved=self.tr(
                "The copy could not be saved in %1: check that this folder can be written "
                "(the USB stick plugged in, space left), then save again.")
            .replace("%1", isolated(str(path.parent))))

    def _copy_path(self, person_id: str) -> Path:
        """``receipt-<person>-copy-<n>.pdf``, n the first not taken: neither the original's
        file (``receipt-<person>.pdf``) nor an earlier copy is written over."""
        return copy_path(self.receipts_folder(), f"receipt-{person_id}")

    def _paint_copy(self, paper: Receipt, printer: QPrinter) -> None:
        try:
            paint_receipt(paper, printer, self.tr("The printer could not be started."))
        except OSError as err:
            self.status.setText(str(err))
            return
        self.status.setText(self.tr("Sent to %1.").replace(
            "%1", printer.printerName() or printer.outputFileName() or self.tr("the printer")))


def _named(person: PersonRow) -> str:
    """A person as the list names them: namesakes stand side by side there."""
    return both_names(person.local_name, person.latin_name)


def _office(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """``moment`` in the office's zone (a naive one is UTC)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(zone)
