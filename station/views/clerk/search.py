"""Search first: is the person (or their household) already registered?

Type a name in either script, a phone number, a person id or a household id. From the
result the clerk opens the person, adds a member to their household, or registers someone new.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.model.ui_lookup import PersonRow
from station.views.formats import short_date
from station.views.places import gazetteer_of
from station.views.workers import TaskRunner

SHOWN = 50  # ui_lookup.find_people's default limit


class SearchPage(QWidget):
    """Emits ``new_person(household_id | None, person_id | None)`` to start an enrolment."""

    new_person = Signal(object, object)
    #: a registered person's id: issue them a card (a first one, or one that replaces theirs)
    card_for = Signal(str)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._rows: list[PersonRow] = []
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
                                              "household id"))
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setObjectName("search")
        self.search_button.clicked.connect(self.search)
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        outer.addLayout(row)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("results")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name (local)"), self.tr("Name (Latin)"), self.tr("Sex"),
            self.tr("Born"), self.tr("Village"), self.tr("Card"), self.tr("Household of")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        outer.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
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
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.new_button.clicked.connect(lambda: self.new_person.emit(None, None))
        self.member_button.clicked.connect(self._on_add_member)
        self.card_button.clicked.connect(self._on_card)
        self.table.itemSelectionChanged.connect(self._on_selection)
        if services is None:
            self.query.setEnabled(False)
            self.search_button.setEnabled(False)
            self.status.setText(self.tr("The registry is not available on this station."))
        self.setFocusProxy(self.query)

    def search(self) -> None:
        text = self.query.text().strip()
        if not text or self._services is None or self._runner.busy:
            return
        services = self._services
        self.status.setText(self.tr("Searching..."))
        self._runner.start(lambda _p: services.find_people(text), self._on_results,
                           self.status.setText)

    def wait(self) -> None:
        self._runner.wait()

    def _on_results(self, rows: list[PersonRow]) -> None:
        self._rows = rows
        places = gazetteer_of(self._services)  # same names tell people apart by village
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            born = short_date(r.birth_date)
            village = places.name(r.village_code) if r.village_code else ""
            household = (r.head_name or (r.household_id or "")[:8]) if r.household_id else ""
            card = r.card or self.tr("none")
            for j, text in enumerate((r.local_name, r.latin_name, r.sex, born, village, card,
                                      household)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, i)
                if j == 6 and r.household_id:
                    item.setToolTip(r.household_id)  # the id, for "add a member"
                self.table.setItem(i, j, item)
        if len(rows) >= SHOWN:
            self.status.setText(self.tr("More than %1 people match: showing the first %1. Type "
                                        "more of the name to narrow the search.")
                                .replace("%1", str(SHOWN)))
        else:
            self.status.setText(self.tr("%n person(s) found", "", len(rows)) if rows else
                                self.tr("Nobody found. Check the spelling, or register a new "
                                        "person."))
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)

    def _selected(self) -> PersonRow | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _on_selection(self) -> None:
        person = self._selected()
        self.member_button.setEnabled(person is not None and person.household_id is not None)
        self.card_button.setEnabled(person is not None)

    def _on_card(self) -> None:
        person = self._selected()
        if person is not None:
            self.card_for.emit(person.person_id)

    def _on_add_member(self) -> None:
        person = self._selected()
        if person is not None and person.household_id:
            self.new_person.emit(person.household_id, person.person_id)
