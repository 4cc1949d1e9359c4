"""The supervisor's "Household" dialog: a new head, members leaving to start or join a household.

The members are listed (the dead marked, the person selected in the search shown in bold);
the supervisor chooses what changes:

- *New head*: a living member heads the household; every other living member's relation to
  them is shown, prefilled with the one recorded (a child of the old head is most often a
  child of the widow who takes over), the former head's empty and required when alive;
- *Start a new household*: the members ticked leave, one of them heads the new household,
  where they live now or at a new address;
- *Join another household*: the members ticked leave for a household found as the Find step
  finds people (by a member's name or id); its head and village are shown.

The dialog only asks and checks what it can; :mod:`station.services.household_changes` does
the work and refuses the rest, in one line shown here (the dialog stays open with what was
typed: a supervisor corrects a relation, not the whole form).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from station.errors import StationError
from station.i18n import current_language
from station.model.corrections import MIN_REASON, RELATIONS
from station.model.demographics import Address
from station.model.locations import LEVELS, Gazetteer
from station.model.ui_lookup import HouseholdView, Member, PersonRow
from station.services.catalogue import programme_names
from station.views.clerk.address import form_address
from station.views.dialog_parts import FormDialog, add_error_and_buttons, buddy_label
from station.views.formats import both_names, isolated, short_date
from station.views.places import gazetteer_of
from station.views.value_words import relation_words
from station.views.workers import TaskRunner, plain_message

NAME, RELATION, BORN, DIED, NEW_RELATION = range(5)


@dataclass(frozen=True)
class HouseholdRequest:
    """What the supervisor asked for: ``kind`` "head", "new" or "join"."""

    kind: str
    reason: str
    household_id: str | None = None  # a new head: the household
    head: str | None = None  # a new head, or the head of a new household
    movers: tuple[str, ...] = ()
    into: str | None = None  # the household joined
    relations: dict[str, str] = field(default_factory=dict)
    address: Address | None = None  # a new household's new address; None: where they live


def save_change(services: Any, request: HouseholdRequest, operator: Any, now: Any) -> Any:
    """Make the change ``request`` asks for (in a worker); the service's HouseholdChange."""
    if request.kind == "head":
        return services.change_head(str(request.household_id), str(request.head),
                                    relations=request.relations, reason=request.reason,
                                    operator=operator, now=now)
    return services.move_members(list(request.movers), reason=request.reason,
                                 operator=operator, now=now, into=request.into,
                                 head=request.head, relations=request.relations,
                                 address=request.address)


def household_dialog_for(services: Any, person_id: str, *, operator: Any,
                         clock: Callable[[], Any], parent: QWidget) -> HouseholdDialog:
    """The dialog on ``person_id``'s household, saving through ``services`` in its own
    worker (the search step's and the supervisor's list's). Raises StationError when the
    household cannot be read."""
    view = services.household_of(person_id)

    def save(request: HouseholdRequest) -> Any:
        return save_change(services, request, operator, clock())

    dialog = HouseholdDialog(view, person_id, places=gazetteer_of(services),
                             find=services.find_people, save=save, parent=parent)
    dialog.setObjectName("householdDialog")
    return dialog


class _Missing(Exception):
    """What the dialog still needs before it saves: one sentence for its error line."""


class HouseholdDialog(FormDialog):
    """Asks what changes in the household; saves through ``save`` in a worker and closes
    once it is done (``saved`` says what changed), or shows the refusal and stays open."""

    # what the message line says of the change made (change_words)
    saved = Signal(str)

    def __init__(self, view: HouseholdView, person_id: str, *, places: Gazetteer,
                 find: Callable[[str], list[PersonRow]],
                 save: Callable[[HouseholdRequest], Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view, self._person_id, self._places = view, person_id, places
        self.person_id = person_id  # the person selected in the search
        self._find, self._save = find, save
        self._runner = TaskRunner(self)
        self._boxes: dict[str, QComboBox] = {}
        self._living = [m for m in view.members if m.died_on is None]
        self.setWindowTitle(self.tr("Household"))
        self.setMinimumWidth(720)
        form = QFormLayout(self)
        self._form = form
        intro = QLabel(self.tr("Who heads the household, and who leaves it. The central "
                               "registry is told; the dead keep their place."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.members = self._table()
        form.addRow(buddy_label(self.tr("&Members"), self.members))
        form.addRow(self.members)
        choices = QHBoxLayout()
        self.new_head_choice = QRadioButton(self.tr("&New head"))
        self.new_head_choice.setObjectName("householdNewHead")
        self.start_choice = QRadioButton(self.tr("&Start a new household"))
        self.start_choice.setObjectName("householdStart")
        self.join_choice = QRadioButton(self.tr("&Join another household"))
        self.join_choice.setObjectName("householdJoin")
        self._choices = QButtonGroup(self)
        for button in (self.new_head_choice, self.start_choice, self.join_choice):
            self._choices.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)
        form.addRow(choices)
        self.head = QComboBox()
        self.head.setObjectName("householdHead")
        self._head_label = buddy_label(self.tr("H&ead"), self.head)
        form.addRow(self._head_label, self.head)
        # a new household's address: where its head lives now, or a new one
        self.here = QRadioButton(self.tr("Where they &live now"))
        self.here.setObjectName("householdHere")
        self.elsewhere = QRadioButton(self.tr("A ne&w address"))
        self.elsewhere.setObjectName("householdElsewhere")
        self.here.setChecked(True)
        where = QButtonGroup(self)
        where.addButton(self.here)
        where.addButton(self.elsewhere)
        self._where = QWidget()
        where_row = QHBoxLayout(self._where)
        where_row.setContentsMargins(0, 0, 0, 0)
        where_row.addWidget(self.here)
        where_row.addWidget(self.elsewhere)
        where_row.addStretch(1)
        form.addRow(self._where)
        self.address = form_address(places)
        self.address.set_codes(_codes(places, view.village_code))
        form.addRow(self.address)
        # the household to join, found as the Find step finds people
        self.find_text = QLineEdit()
        self.find_text.setObjectName("householdFind")
        self.find_text.setPlaceholderText(self.tr("a member's name, person or household id"))
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setObjectName("householdFindButton")
        self._find_row = QWidget()
        find_row = QHBoxLayout(self._find_row)
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.find_text, 1)
        find_row.addWidget(self.find_button)
        self._find_label = buddy_label(self.tr("F&ind by"), self.find_text)
        form.addRow(self._find_label, self._find_row)
        self.households = QComboBox()
        self.households.setObjectName("householdTarget")
        self._target_label = buddy_label(self.tr("&To join"), self.households)
        form.addRow(self._target_label, self.households)
        self.reason = QLineEdit()
        self.reason.setObjectName("householdReason")
        self.reason.setPlaceholderText(self.tr("e.g. head died (certificate 9/2026); married, "
                                               "own house"))
        form.addRow(buddy_label(self.tr("Reas&on"), self.reason), self.reason)
        self.error, self.ok = add_error_and_buttons(
            form, self, error_name="householdError", ok_name="householdOk",
            check=self._check, ok_text=self.tr("S&ave"))
        self.reason.textEdited.connect(lambda _text: self.error.clear())
        self.find_text.returnPressed.connect(self._search)
        self.find_button.clicked.connect(self._search)
        self.elsewhere.toggled.connect(lambda on: self._form.setRowVisible(
            self.address, on and self._kind() == "new"))
        self.head.currentIndexChanged.connect(lambda _i: self._on_head())
        self.members.itemChanged.connect(self._on_ticked)
        self._choices.buttonToggled.connect(lambda _b, on: self._on_mode() if on else None)
        alone = view.household_id is None
        self.new_head_choice.setEnabled(not alone)
        self.start_choice.setEnabled(not alone)
        (self.join_choice if alone else self.new_head_choice).setChecked(True)
        if alone:
            self.tick(person_id)

    # -- what the tests and the page use ----------------------------------------------------
    def row_of(self, person_id: str) -> int:
        return next(i for i, m in enumerate(self._view.members) if m.person_id == person_id)

    def relation_box(self, person_id: str) -> QComboBox | None:
        """The relation of a living member to the head after the change (None: the dead)."""
        return self._boxes.get(person_id)

    def tick(self, person_id: str, on: bool = True) -> None:
        """Tick (or untick) a living member as one who leaves."""
        item = self.members.item(self.row_of(person_id), NAME)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def names(self) -> dict[str, str]:
        """Person id -> name of the members, for the message line."""
        return {m.person_id: m.latin_name for m in self._view.members}

    def typed(self) -> bool:
        return bool(self.reason.text().strip() or self._movers())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the search field searches (returnPressed); it does not save as well
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.find_text.hasFocus()):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- building ---------------------------------------------------------------------------
    def _table(self) -> QTableWidget:
        words = relation_words()
        table = QTableWidget(len(self._view.members), 5)
        table.setObjectName("householdMembers")
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Relation to head"),
                                         self.tr("Born"), self.tr("Deceased"),
                                         self.tr("After the change")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setHighlightSections(False)
        for row, m in enumerate(self._view.members):
            died = (self.tr("deceased on %1").replace("%1", short_date(m.died_on))
                    if m.died_on is not None else "")
            texts = (_named(m), words.get(m.relation or "", m.relation or ""),
                     short_date(m.birth_date), died)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if m.person_id == self._person_id:  # the person selected in the search
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
            if m.died_on is None:
                box = QComboBox()
                box.setObjectName(f"householdRelation{row}")
                box.addItem("", "")
                for code in RELATIONS:
                    box.addItem(words[code], code)
                box.currentIndexChanged.connect(lambda _i: self.error.clear())
                table.setCellWidget(row, NEW_RELATION, box)
                self._boxes[m.person_id] = box
        # each heading whole (a Khmer or Urdu one is wider than its cells); the name stretches
        for column in (RELATION, BORN, DIED, NEW_RELATION):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        table.setCurrentCell(self.row_of(self._person_id), NAME)
        rows = min(len(self._view.members), 7)
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                               + rows * table.verticalHeader().defaultSectionSize() + 4)
        return table

    def _kind(self) -> str:
        if self.start_choice.isChecked():
            return "new"
        return "join" if self.join_choice.isChecked() else "head"

    def _on_mode(self) -> None:
        """Show what the choice asks for; tick boxes for those who leave, relations afresh."""
        kind = self._kind()
        self.error.clear()
        self.members.blockSignals(True)
        for row, m in enumerate(self._view.members):
            item = self.members.item(row, NAME)
            if item is None or m.died_on is not None:
                continue
            if kind == "head":
                item.setData(Qt.ItemDataRole.CheckStateRole, None)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            else:
                if item.data(Qt.ItemDataRole.CheckStateRole) is None:
                    item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
        self.members.blockSignals(False)
        for m in self._living:  # the relation recorded holds for a new head only
            box = self._boxes[m.person_id]
            keep = kind == "head" and m.relation in RELATIONS
            box.setCurrentIndex(max(0, box.findData(m.relation)) if keep else 0)
        form = self._form
        form.setRowVisible(self.head, kind != "join")
        form.setRowVisible(self._where, kind == "new")
        form.setRowVisible(self.address, kind == "new" and self.elsewhere.isChecked())
        form.setRowVisible(self._find_row, kind == "join")
        form.setRowVisible(self.households, kind == "join")
        self._fill_heads()

    def _fill_heads(self) -> None:
        """The members who may head: any living one but the head for a new head; those who
        leave for a new household. The one chosen stays chosen while they may."""
        kind, was = self._kind(), self.head.currentData()
        if kind == "head":
            heads = [m for m in self._living if m.person_id != self._view.head_id]
        else:
            movers = set(self._movers())
            heads = [m for m in self._living if m.person_id in movers]
        ids = [m.person_id for m in heads]
        wanted = was if was in ids else (self._person_id if self._person_id in ids else None)
        self.head.blockSignals(True)
        self.head.clear()
        for m in heads:
            self.head.addItem(_named(m), m.person_id)
        self.head.setCurrentIndex(ids.index(wanted) if wanted in ids else 0 if ids else -1)
        self.head.blockSignals(False)
        self._on_head()

    def _on_head(self) -> None:
        """Each living member says their relation to the head after the change: every other
        one for a new head; the others who leave for a new household; each who leaves to
        join one."""
        kind, head = self._kind(), self.head.currentData()
        movers = set(self._movers())
        for m in self._living:
            asked = (m.person_id != head if kind == "head"
                     else m.person_id in movers and (kind == "join" or m.person_id != head))
            box = self._boxes[m.person_id]
            box.setEnabled(asked)
            if not asked:  # the head, or one who stays: nothing to say
                box.setCurrentIndex(0)
            elif (kind == "head" and box.currentIndex() == 0 and m.relation in RELATIONS):
                box.setCurrentIndex(box.findData(m.relation))  # as recorded, once more
        self.error.clear()

    def _on_ticked(self, item: QTableWidgetItem) -> None:
        if item.column() == NAME and self._kind() != "head":
            self._fill_heads()

    def _movers(self) -> list[str]:
        if self._kind() == "head":
            return []
        out = []
        for row, m in enumerate(self._view.members):
            item = self.members.item(row, NAME)
            if (item is not None and m.died_on is None
                    and item.data(Qt.ItemDataRole.CheckStateRole) is not None
                    and item.checkState() == Qt.CheckState.Checked):
                out.append(m.person_id)
        return out

    # -- the household to join ---------------------------------------------------------------
    def _search(self) -> None:
        text = self.find_text.text().strip()
        if not text or self._runner.busy:
            return
        find = self._find
        self.find_button.setEnabled(False)
        self._runner.start(lambda _p: find(text), self._on_found, self._on_not_found)

    def _on_found(self, rows: list[PersonRow]) -> None:
        self.find_button.setEnabled(True)
        self.households.clear()
        seen: set[str] = set()
        for r in rows:
            if (not r.household_id or r.household_id == self._view.household_id
                    or r.household_id in seen):
                continue
            seen.add(r.household_id)
            village = self._places.name(r.village_code) if r.village_code else ""
            head = r.head_name or r.household_id[:8]
            # its head and village: how a supervisor tells households apart
            self.households.addItem(
                self.tr("%1, %2 (household %3)").replace("%1", isolated(head))
                .replace("%2", village).replace("%3", isolated(r.household_id[:8])),
                (r.household_id, r.head_name))
        if not seen:
            self.error.setText(self.tr("No other household found: search by a member's name "
                                       "or id."))

    def _on_not_found(self, message: str) -> None:
        self.find_button.setEnabled(True)
        self.error.setText(message)

    # -- saving -----------------------------------------------------------------------------
    def request(self) -> HouseholdRequest | None:
        """What the supervisor asked for, checked as far as the dialog can (else the error
        line says what is missing, and None)."""
        try:
            return self._asked()
        except _Missing as missing:
            self.error.setText(str(missing))
            return None

    def _asked(self) -> HouseholdRequest:
        kind, head = self._kind(), self.head.currentData()
        movers = self._movers()
        words = {m.person_id: m.latin_name for m in self._view.members}
        reason = self.reason.text().strip()
        if kind != "head" and not movers:
            raise _Missing(self.tr("Tick the members who leave the household."))
        if kind != "join" and not head:
            raise _Missing(self.tr("Choose who heads the household."))
        relations: dict[str, str] = {}
        for m in self._living:
            box = self._boxes[m.person_id]
            chosen = str(box.currentData() or "")
            if box.isEnabled() and chosen:
                relations[m.person_id] = chosen
            elif box.isEnabled() and (kind != "head" or m.person_id == self._view.head_id):
                raise _Missing(self.tr("Say how %1 is related to the head.")
                               .replace("%1", isolated(words[m.person_id])))
        target = self.households.currentData()
        if kind == "join" and not isinstance(target, tuple):
            raise _Missing(self.tr("Find the household to join and choose it."))
        address = None
        if kind == "new" and self.elsewhere.isChecked():
            codes = self.address.codes()
            try:
                address = Address(*(codes[level] for level in LEVELS))
            except StationError as err:
                raise _Missing(plain_message(err)) from err
        if len(reason) < MIN_REASON:
            raise _Missing(self.tr("Give the reason for the change (the form or the "
                                   "document that shows it)."))
        if kind == "head":
            return HouseholdRequest("head", reason, household_id=self._view.household_id,
                                    head=str(head), relations=relations)
        return HouseholdRequest(kind, reason, head=str(head) if kind == "new" else None,
                                movers=tuple(movers), relations=relations,
                                into=str(target[0]) if kind == "join" else None,
                                address=address)

    def _check(self) -> None:
        request = self.request()
        if request is None or self._runner.busy:
            return
        if self._save is None:  # asked only: the caller saves
            self.accept()
            return
        save, names = self._save, self.names()
        target = self.households.currentData()
        joined = str(target[1]) if request.kind == "join" and isinstance(target, tuple) else ""

        def said(done: Any) -> str:  # the household joined is named by its head
            return self.change_words(
                done, {**names, done.head_id: joined} if joined else names)

        self.ok.setEnabled(False)
        self._runner.start(lambda _p: save(request), lambda done: self._on_saved(said(done)),
                           self._on_refused)

    def _on_saved(self, words: str) -> None:
        self.ok.setEnabled(True)
        self.accept()
        self.saved.emit(words)

    def _on_refused(self, message: str) -> None:
        self.ok.setEnabled(True)
        self.error.setText(message)

    def wait(self) -> None:
        self._runner.wait()

    def change_words(self, done: Any, names: Mapping[str, str]) -> str:
        """What the message line says of a change made (a HouseholdChange), then what the
        clerk still has to do about it. ``names``: person id -> name."""
        head, count = isolated(names.get(done.head_id, done.head_id)), len(done.moved)
        if not done.moved:
            text = self.tr("%1 now heads household %2.").replace(
                "%2", isolated(done.household_id[:8]))
        elif done.new_household:
            text = self.tr("%n person(s) started a new household headed by %1.", "", count)
        else:
            text = self.tr("%n person(s) joined the household of %1.", "", count)
        text = text.replace("%1", head)
        if done.unassessed:
            text += " " + self.tr("The household needs its vulnerability assessment before "
                                  "programmes are proposed.")
        if done.cards_to_replace:
            text += " " + self.tr("The card %1 shows the old village: issue a new card to "
                                  "replace it.").replace("%1", ", ".join(done.cards_to_replace))
        if done.memberships:
            text += " " + self.tr("Their programme memberships stay with them: review them "
                                  "with the household's proposal.")
        titles = programme_names(current_language())
        for twice in done.held_twice:
            # a programme of one member a household that the household now has twice
            text += " " + self.tr("%1 goes to one member a household, and this household "
                                  "now has it twice: end one of the memberships on the "
                                  "Programmes step.").replace(
                "%1", titles.get(twice.programme_code, twice.programme_code))
        return text


def _named(member: Member) -> str:
    """A member as the Find step's list names them: local and Latin names."""
    return both_names(member.local_name, member.latin_name)


def _codes(places: Gazetteer, village: str) -> dict[str, str]:
    """The codes of ``village`` and the areas it is in (the household's address now)."""
    codes: dict[str, str] = {}
    code: str | None = village
    while code:
        area = places.get(code)
        if area is None:
            break
        codes[area.level] = area.code
        code = area.parent
    return codes
