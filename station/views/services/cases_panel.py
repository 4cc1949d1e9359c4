"""Cases for the supervisor: overdue follow-ups of personal plans, and what to do about them.

The list (:func:`station.services.cases.overdue_follow_ups`) shows open plan items of open
cases whose follow-up date has passed, oldest first, optionally for one case manager. The
selected item can be marked in progress or done, given a new follow-up date and a note, or its
case handed to another case manager (a supervisor's decision; the service checks the role).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.services import cases
from station.views.date_field import date_field
from station.views.services.panel import Clock, ServicePanel
from station.views.tables import select_row
from station.views.value_words import plan_item_words, service_words


class CasesPanel(ServicePanel):
    """Overdue follow-ups (filter by case manager), progress and reassignment."""

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, operator, clock, parent)
        self.rows: list[cases.OverdueItem] = []
        outer = QVBoxLayout(self)

        filt = QHBoxLayout()
        self.manager = QLineEdit()
        self.manager.setObjectName("manager")
        self.manager.setPlaceholderText(self.tr("case manager (empty: everyone)"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.setShortcut("F5")
        whose = QLabel(self.tr("Case &manager:"))  # Alt+M: keyboard only, to the filter
        whose.setBuddy(self.manager)
        filt.addWidget(whose)
        filt.addWidget(self.manager, 1)
        filt.addWidget(self.refresh_button)
        outer.addLayout(filt)

        self.box = QGroupBox(self.tr("Overdue follow-ups"))
        blay = QVBoxLayout(self.box)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("overdue")
        self.table.setHorizontalHeaderLabels([
            self.tr("Days overdue"), self.tr("Case manager"), self.tr("Person"),
            self.tr("Kind"), self.tr("Service"), self.tr("What")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        blay.addWidget(self.table, 1)
        outer.addWidget(self.box, 1)

        act = QHBoxLayout()
        self.next_date = date_field("nextFollowUp")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("note"))
        self.progress_button = QPushButton(self.tr("In &progress, follow up on"))
        self.progress_button.setObjectName("inProgress")
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("done")
        # Alt letters to the day, the note and the new case manager: reached only by Tab
        day, said = QLabel(self.tr("Da&y:")), QLabel(self.tr("&Note:"))
        day.setBuddy(self.next_date)
        said.setBuddy(self.note)
        act.addWidget(self.progress_button)
        act.addWidget(day)
        act.addWidget(self.next_date)
        act.addWidget(said)
        act.addWidget(self.note, 1)
        act.addWidget(self.done_button)
        outer.addLayout(act)

        hand = QHBoxLayout()
        self.new_manager = QLineEdit()
        self.new_manager.setObjectName("newManager")
        self.new_manager.setPlaceholderText(self.tr("user name of the new case manager"))
        self.assign_button = QPushButton(self.tr("&Hand the case to"))
        self.assign_button.setObjectName("assign")
        to_whom = QLabel(self.tr("New case mana&ger:"))
        to_whom.setBuddy(self.new_manager)
        hand.addWidget(self.assign_button)
        hand.addWidget(to_whom)
        hand.addWidget(self.new_manager, 1)
        outer.addLayout(hand)
        self.message.setObjectName("casesMessage")
        outer.addWidget(self.message)

        self.refresh_button.clicked.connect(self.refresh)
        self.manager.returnPressed.connect(self.refresh)
        self.progress_button.clicked.connect(lambda: self._on_update("in_progress"))
        self.done_button.clicked.connect(lambda: self._on_update("done"))
        self.assign_button.clicked.connect(self._on_assign)

    def action_buttons(self) -> list[QWidget]:
        return [self.refresh_button, self.progress_button, self.done_button, self.assign_button]

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        today = self.today()
        self.next_date.setDate(QDate(today.year, today.month, today.day).addDays(14))
        self.refresh()

    def refresh(self) -> None:
        station, today = self.station, self.today()
        manager = self.manager.text().strip() or None
        self.call(lambda: cases.overdue_follow_ups(station, today=today, manager=manager),
                  self._show, quiet=True)

    def _show(self, rows: list[cases.OverdueItem]) -> None:
        chosen = self.selected()
        self.rows = rows
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)  # a row is chosen by its follow-up, not its place
        self.table.setRowCount(len(rows))
        words = {**service_words(), **plan_item_words()}  # codes in the clerk's words
        for r, o in enumerate(rows):
            values = (str(o.days_overdue), o.manager, o.person_name or o.person_id,
                      words.get(o.kind, o.kind), words.get(o.service or "", o.service or ""),
                      o.description)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setToolTip(o.person_id)  # the id, for a look-up
                self.table.setItem(r, c, item)
        self.box.setTitle(self.tr("Overdue follow-ups ({0})").format(len(rows)))
        # the follow-up chosen before stays chosen; one done (gone from the list) leaves none
        kept = [r for r, o in enumerate(rows) if chosen is not None and o.item_id == chosen.item_id]
        if kept:
            select_row(self.table, kept[0])

    def selected(self) -> cases.OverdueItem | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _chosen_or_say(self) -> cases.OverdueItem | None:
        chosen = self.selected()
        if chosen is None:
            self.show_error(self.tr("Select a follow-up in the list first."))
        return chosen

    def _on_update(self, status: str) -> None:
        chosen = self._chosen_or_say()
        if chosen is None:
            return
        station, operator, now = self.station, self.operator, self.clock()
        qdate = self.next_date.date()
        follow_up = (dt.date(qdate.year(), qdate.month(), qdate.day())
                     if status == "in_progress" else None)
        note = self.note.text().strip() or None
        self.call(lambda: cases.update_item(station, chosen.item_id, status=status,
                                            follow_up_date=follow_up, note=note,
                                            operator=operator, now=now),
                  lambda _r: self._after(self.tr("Follow-up recorded.")))

    def _on_assign(self) -> None:
        chosen = self._chosen_or_say()
        if chosen is None:
            return
        manager = self.new_manager.text().strip()
        if not manager:
            self.show_error(self.tr("Enter the user name of the new case manager."))
            return
        station, operator, now = self.station, self.operator, self.clock()
        self.call(lambda: cases.assign_manager(station, chosen.case_id, manager=manager,
                                               operator=operator, now=now),
                  lambda _r: self._after(self.tr("Case handed to {0}.").format(manager)))

    def _after(self, text: str) -> None:
        self.show_info(text)
        self.note.clear()
        self.changed.emit()
        self.refresh()
