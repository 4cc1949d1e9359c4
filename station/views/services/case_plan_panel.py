"""A person's case at the counter: open it with a case manager, build the personal plan, record
progress, close it.

The person comes from the search, from the members of the household open in the Household
programmes tab, or as what the clerk types: their id, or the serial of the card they bring
(:func:`station.services.cases.find_person`: any card on file, a revoked, lost or replaced
one too, said in the message line). Where the desk has a card reader, Read the card puts the
serial of the card on the reader in the field, as the Payments tab does
(:mod:`station.views.services.card_reader`). The panel names the person (and a death), and
opens no case for what names no one, a deceased person or someone whose case is open.

The plan lists goals, actions and referrals (to employment, training, health, ...) with their
status, due date and follow-up date (:func:`station.services.cases.case_file`). New items and
progress go through :func:`station.services.cases.add_item` and
:func:`station.services.cases.update_item`; a referral without a service, or a change to a
closed case, is refused by the service and shown in one line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.registry.models_services import ITEM_KINDS, ITEM_STATUSES
from station.services import cases
from station.views.date_field import date_field
from station.views.dialog_parts import buddy_label
from station.views.formats import isolated, short_date
from station.views.services.card_reader import read_button, read_serial
from station.views.services.panel import Clock, ServicePanel
from station.views.value_words import plan_item_words, service_words, status_words

PLAN_COLUMNS = ("kind", "service", "status", "due_date", "follow_up_date", "description")


def _date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def _date_edit(name: str) -> QDateEdit:
    return date_field(name)  # as the desk writes dates, not ISO; day first at an Urdu desk


class CasePlanPanel(ServicePanel):
    """One person's case: open it, add plan items, mark progress."""

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 parent: QWidget | None = None, *, cards: Any = None) -> None:
        super().__init__(station, operator, clock, parent)
        # the desk's card reader (a CardVerifier, as the Hospital tab's); None: no button
        self.cards = cards
        # the stored codes (kinds, services, states) in the clerk's words
        self._words = {**status_words(), **service_words(), **plan_item_words()}
        self.case: dict[str, Any] | None = None
        outer = QVBoxLayout(self)

        row = QHBoxLayout()
        self.person = QLineEdit()
        self.person.setObjectName("personId")
        self.person.setPlaceholderText(self.tr("card serial or person id"))
        self.load_button = QPushButton(self.tr("S&how the case"))
        self.load_button.setObjectName("load")
        # Alt letters to every field: a keyboard-only clerk reached them only by Tab
        row.addWidget(buddy_label(self.tr("&Person id or card:"), self.person))
        row.addWidget(self.person, 1)
        row.addWidget(self.load_button)
        # Alt+R: C is the case's Close
        self.read_button = read_button(self.tr("&Read the card"), "readPersonCard", cards)
        row.addWidget(self.read_button)
        # the members of the household open in Household programmes, by name: no id to
        # copy (hidden while no household is open there)
        self.members = QComboBox()
        self.members.setObjectName("householdMembers")
        self.members.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # nobody picked yet (or a person of another household): said, not a blank box
        self.members.setPlaceholderText(self.tr("choose a member"))
        self.members_label = buddy_label(self.tr("Househo&ld member:"), self.members)
        row.addWidget(self.members_label)
        row.addWidget(self.members)
        self._show_members(False)
        outer.addLayout(row)
        # whose case: the name and birth date (and a death) beside the id the clerk typed
        self.whose = QLabel()
        self.whose.setObjectName("casePerson")
        self.whose.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.whose)
        self.shown: dict[str, Any] | None = None  # the person whose case is on the screen

        opening = QGroupBox(self.tr("Open a case"))
        olay = QFormLayout(opening)
        self.manager = QLineEdit(getattr(operator, "username", ""))
        self.manager.setObjectName("manager")
        self.summary = QLineEdit()
        self.summary.setObjectName("summary")
        self.open_button = QPushButton(self.tr("&Open the case"))
        self.open_button.setObjectName("openCase")
        olay.addRow(buddy_label(self.tr("Case &manager"), self.manager), self.manager)
        # the button beside the situation: the line it takes is the person's name's above
        situation = QHBoxLayout()
        situation.addWidget(self.summary, 1)
        situation.addWidget(self.open_button)
        olay.addRow(buddy_label(self.tr("S&ituation"), self.summary), situation)
        outer.addWidget(opening)

        self.plan_box = QGroupBox(self.tr("Personal plan"))
        play = QVBoxLayout(self.plan_box)
        self.case_label = QLabel()
        self.case_label.setObjectName("caseLabel")
        # closing was only `sws case close`: a deceased person's case stayed open at the desk
        self.close_button = QPushButton(self.tr("&Close the case"))
        self.close_button.setObjectName("closeCase")
        # the clerk's answer to "close it?" (tests answer it themselves)
        self.ask: Callable[[str], bool] = self._ask
        self.plan = QTableWidget(0, len(PLAN_COLUMNS))
        self.plan.setObjectName("plan")
        self.plan.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Service"), self.tr("Status"), self.tr("Due"),
            self.tr("Follow-up"), self.tr("What")])
        self.plan.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan.horizontalHeader().setStretchLastSection(True)
        progress = QHBoxLayout()
        self.item_status = QComboBox()
        self.item_status.setObjectName("itemStatus")
        for code in ITEM_STATUSES:  # the clerk's words, the stored code underneath
            self.item_status.addItem(self._words.get(code, code), code)
        self.update_button = QPushButton(self.tr("Update the selected i&tem"))
        self.update_button.setObjectName("updateItem")
        progress.addWidget(buddy_label(self.tr("&Status:"), self.item_status))
        progress.addWidget(self.item_status, 1)  # beside its label, not a third of a row away
        progress.addWidget(self.update_button)
        progress.addWidget(self.close_button)  # in a row of buttons: no height taken
        play.addWidget(self.case_label)
        play.addWidget(self.plan, 1)
        play.addLayout(progress)

        add = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code in ITEM_KINDS:
            self.kind.addItem(self._words.get(code, code), code)
        self.service = QComboBox()
        self.service.setObjectName("service")
        self.service.addItem("—", None)
        for name in cases.SERVICES:
            self.service.addItem(self._words.get(name, name.replace("_", " ")), name)
        self.description = QLineEdit()
        self.description.setObjectName("itemDescription")
        self.due = _date_edit("due")
        self.follow_up = _date_edit("followUp")
        self.add_button = QPushButton(self.tr("&Add to the plan"))
        self.add_button.setObjectName("addItem")
        add.addRow(buddy_label(self.tr("&Kind"), self.kind), self.kind)
        add.addRow(buddy_label(self.tr("Ser&vice"), self.service), self.service)
        add.addRow(buddy_label(self.tr("&What"), self.description), self.description)
        add.addRow(buddy_label(self.tr("&Due"), self.due), self.due)
        add.addRow(buddy_label(self.tr("&Follow up on"), self.follow_up), self.follow_up)
        add.addRow(self.add_button)
        play.addLayout(add)
        outer.addWidget(self.plan_box, 1)
        self.message.setObjectName("casePlanMessage")
        outer.addWidget(self.message)

        today = self.today()
        start = QDate(today.year, today.month, today.day)
        self.due.setDate(start.addDays(30))
        self.follow_up.setDate(start.addDays(14))
        self._show_case(None)
        self.load_button.clicked.connect(self._on_load)
        self.read_button.clicked.connect(self.read_card)
        self.person.returnPressed.connect(self._on_load)
        self.person.textEdited.connect(self._forget_shown)
        self.members.activated.connect(self._on_member_chosen)
        self.open_button.clicked.connect(self._on_open)
        self.add_button.clicked.connect(self._on_add)
        self.update_button.clicked.connect(self._on_update)
        self.close_button.clicked.connect(self._on_close)

    def action_buttons(self) -> list[QWidget]:
        return [self.load_button, self.read_button, self.open_button, self.add_button,
                self.update_button, self.close_button]

    def read_card(self) -> None:
        """Read the card on the reader and show its holder's case (a refused card's too:
        seeing one's case manager is not a card check)."""
        read_serial(self, self.cards, self.set_person)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.window().windowTitle(), text,
                                      defaultButton=QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_close(self) -> None:
        """Close the case shown (asked first: a closed case is not opened again)."""
        if self.case is None or self.case["status"] != "open":
            return
        if not self.ask(self.tr("Close this case? Its plan is kept, but nothing can be "
                                "added to it or changed any more.")):
            return
        station, operator, now = self.station, self.operator, self.clock()
        case_id = self.case["case_id"]
        self.call(lambda: cases.close_case(station, case_id, operator=operator, now=now),
                  lambda _r: self._closed())

    def _closed(self) -> None:
        self.changed.emit()
        self._on_load(self.tr("Case closed."))

    def _on_busy(self, busy: bool) -> None:
        super()._on_busy(busy)
        has_case = self.case is not None and self.case["status"] == "open"
        for button in (self.add_button, self.update_button, self.close_button):
            button.setEnabled(not busy and has_case)
        # one open case a person; none for someone who died or an id that is no one's
        # (an id typed and not yet shown may be opened straight away)
        refused = self.shown is not None and (
            self.shown.get("refused") or self.shown.get("died_on") is not None)
        self.open_button.setEnabled(not busy and not has_case and not refused)

    def _forget_shown(self) -> None:
        """Another id or serial typed: nothing of the person shown stays beside it."""
        self.whose.clear()
        self.shown = None
        self._show_case(None)

    def set_choices(self, members: list[tuple[str, str]]) -> None:
        """The members of the household now open in Household programmes, as (person id,
        name)."""
        self.members.blockSignals(True)
        self.members.clear()
        for person_id, name in members:
            self.members.addItem(isolated(name), person_id)
        self._select_member()
        self.members.blockSignals(False)
        self._show_members(self.members.count() > 0)

    def _show_members(self, shown: bool) -> None:
        self.members.setVisible(shown)
        self.members_label.setVisible(shown)

    def _select_member(self) -> None:
        """The list's line of the person shown, else of the id typed (none when not of that
        household, or for a card not yet read)."""
        shown = self.shown if self.shown is not None and not self.shown.get("refused") else {}
        self.members.setCurrentIndex(self.members.findData(
            shown.get("person_id") or self.person.text().strip()))

    def _on_member_chosen(self, index: int) -> None:
        person_id = self.members.itemData(index)
        if person_id:
            self.set_person(str(person_id))

    def set_person(self, person: str) -> None:
        """Show the case of ``person`` (an id: e.g. the person just served; or a card's
        serial, the card just read)."""
        self.person.setText(person)
        self._on_load()

    def _typed(self) -> str | None:
        """What the clerk typed (a person id, a card serial), or None said in the message
        line."""
        text = self.person.text().strip()
        if not text:
            self.show_error(self.tr("Enter the person id or the card serial first."))
        return text or None

    def _on_load(self, said: str = "") -> None:
        typed = self._typed()
        if typed is None:
            return
        station = self.station
        self.whose.clear()
        self.shown = {"person_id": typed, "refused": True}  # until it is read
        self.members.blockSignals(True)
        self._select_member()
        self.members.blockSignals(False)
        self._show_case(None)

        def load() -> tuple[cases.PersonFound, dict[str, Any], dict[str, Any] | None]:
            from station.model.persons import get_person

            found = cases.find_person(station, typed)  # no one's: refused in one line
            person = get_person(station, found.person_id)
            opened = cases.cases_of(station, found.person_id)
            return found, person, cases.case_file(station, opened[0]) if opened else None

        def loaded(result: tuple[cases.PersonFound, dict[str, Any],
                                 dict[str, Any] | None]) -> None:
            if self.person.text().strip() == typed:  # not another asked for meanwhile
                self._on_loaded(*result, said=said)

        self.call(load, loaded)

    def _on_loaded(self, found: cases.PersonFound, person: dict[str, Any],
                   case: dict[str, Any] | None, *, said: str = "") -> None:
        self.shown = person
        self.members.blockSignals(True)  # the list says whose case it is, a card's holder's
        self._select_member()
        self.members.blockSignals(False)
        self.whose.setText(self.whose_text(person))
        self._show_case(case)
        died = person.get("died_on")
        if said:
            text = said
        elif case is None and died:
            text = self.tr("Died on %1: no case can be opened.").replace(
                "%1", short_date(dt.date.fromisoformat(died)))
        else:
            text = self.tr("No case yet: open one.") if case is None else ""
        self.show_info(" ".join(filter(None, (self._card_note(found), text))))

    def _card_note(self, found: cases.PersonFound) -> str:
        """What the message line says of a card no longer in use ("" for one in use, or an
        id typed): its holder's case is shown all the same."""
        return {
            "revoked": self.tr("This card is revoked; its holder's case is shown all the "
                               "same."),
            "lost": self.tr("This card was reported lost; its holder's case is shown all the "
                            "same."),
            "replaced": self.tr("This card was replaced by a newer one; its holder's case is "
                                "shown all the same."),
        }.get(found.card_status, "")

    def whose_text(self, person: dict[str, Any]) -> str:
        """"Name, born 01/05/1990" (", died on ..." after a death): the local name and the
        Latin one where they differ."""
        names = [n for n in (person.get("local_name"), person.get("latin_name")) if n]
        text = self.tr("%1, born %2").replace(
            "%1", isolated(" / ".join(dict.fromkeys(names)) or person["person_id"])).replace(
            "%2", short_date(dt.date.fromisoformat(person["birth_date"]))
            if person.get("birth_date") else "?")
        if person.get("died_on"):
            text += self.tr(", died on %1").replace(
                "%1", short_date(dt.date.fromisoformat(person["died_on"])))
        return text

    def _show_case(self, case: dict[str, Any] | None) -> None:
        self.case = case
        items = case["items"] if case else []
        self.case_label.setText("" if case is None else self.tr(
            "Case {0} ({1}), case manager {2}: {3}").format(
            case["case_id"], status_words().get(case["status"], case["status"]),
            case["manager"], case["summary"]))
        self.plan.setRowCount(len(items))
        for r, item in enumerate(items):
            for c, key in enumerate(PLAN_COLUMNS):
                value = item[key]
                if value is None:
                    text = ""
                elif isinstance(value, dt.date):
                    text = short_date(value)  # the desk's form, as birth dates
                else:
                    text = str(value)
                if key in ("kind", "service", "status"):
                    text = self._words.get(text, text)
                self.plan.setItem(r, c, QTableWidgetItem(text))
        self._on_busy(self.runner.busy)

    def _reload(self, case_id: str, text: str) -> None:
        station = self.station
        self.show_info(text)
        self.changed.emit()
        self.runner.start(lambda _p: cases.case_file(station, case_id), self._show_case,
                          self.show_error)

    def _on_open(self) -> None:
        typed = self._typed()
        if typed is None:
            return
        station, operator, now = self.station, self.operator, self.clock()
        manager, summary = self.manager.text().strip(), self.summary.text()

        def open_case() -> str:  # a card's holder (the id shown, or typed and not yet shown)
            person_id = cases.find_person(station, typed).person_id
            return cases.open_case(station, person_id, manager=manager, summary=summary,
                                   operator=operator, now=now)

        self.call(open_case, lambda _case_id: self._opened())

    def _opened(self) -> None:
        """The case opened: the person and their case read again (an id typed and opened
        straight away is then named too)."""
        self.changed.emit()
        self._on_load(self.tr("Case opened."))

    def _on_add(self) -> None:
        if self.case is None:
            return
        station, operator, now = self.station, self.operator, self.clock()
        case_id, kind = self.case["case_id"], str(self.kind.currentData())
        service, description = self.service.currentData(), self.description.text()
        due, follow_up = _date(self.due), _date(self.follow_up)
        self.call(lambda: cases.add_item(station, case_id, kind=kind, description=description,
                                         service=service, due_date=due,
                                         follow_up_date=follow_up, operator=operator, now=now),
                  lambda _id: self._after_add(case_id))

    def _after_add(self, case_id: str) -> None:
        self.description.clear()
        self._reload(case_id, self.tr("Added to the plan."))

    def _on_update(self) -> None:
        row = self.plan.currentRow()
        if self.case is None or not 0 <= row < len(self.case["items"]):
            self.show_error(self.tr("Select a plan item first."))
            return
        station, operator, now = self.station, self.operator, self.clock()
        case_id, item_id = self.case["case_id"], self.case["items"][row]["item_id"]
        status = str(self.item_status.currentData())
        follow_up = _date(self.follow_up) if status in cases.OPEN_ITEM_STATUSES else None
        self.call(lambda: cases.update_item(station, item_id, status=status,
                                            follow_up_date=follow_up, operator=operator,
                                            now=now),
                  lambda _r: self._reload(case_id, self.tr("Plan item updated.")))
