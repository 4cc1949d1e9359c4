"""Households to review, for the supervisor: what a death or a move left to mend.

A head's death with living members left behind, or members who joined a household with their
own public works, is said once, in a message line; a busy day moves on and the household
keeps a dead head on its papers, or is paid twice. This tab lists every such household
(:func:`station.services.households.households_to_review`: no living head, two living heads,
a programme of one member a household held twice) until it is mended, with what to do:
*Household...* opens the household dialog (:mod:`station.views.household_dialog`) on the
member the household is known by; a programme held twice is ended on the clerk's Household
programmes tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.errors import StationError
from station.i18n import current_language
from station.services.catalogue import programme_names
from station.services.households import ToReview, households_to_review
from station.views.formats import both_names
from station.views.household_dialog import HouseholdDialog, household_dialog_for
from station.views.places import gazetteer_of
from station.views.services.panel import Clock, ServicePanel
from station.views.tables import list_table, select_row
from station.views.workers import plain_message


class HouseholdReviewPanel(ServicePanel):
    """The households to review, and the household dialog for the one selected."""

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 parent: QWidget | None = None, *, services: Any = None) -> None:
        super().__init__(station, operator, clock, parent)
        self.services = services
        self.rows: list[ToReview] = []
        self.dialog: HouseholdDialog | None = None  # the last one opened
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Households whose members need a supervisor's step after a "
                               "death or a move. Each stays here until it is mended."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.box = QGroupBox(self.tr("Households to review"))
        blay = QVBoxLayout(self.box)
        self.table = list_table("householdsToReview", [
            self.tr("Household of"), self.tr("Village"), self.tr("What needs doing")])
        self.table.doubleClicked.connect(lambda _index: self._on_household())
        blay.addWidget(self.table, 1)
        outer.addWidget(self.box, 1)
        row = QHBoxLayout()
        self.household_button = QPushButton(self.tr("&Household..."))
        self.household_button.setObjectName("reviewHousehold")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshReview")
        self.refresh_button.setShortcut("F5")
        row.addWidget(self.household_button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        outer.addLayout(row)
        self.message.setObjectName("reviewMessage")
        outer.addWidget(self.message)
        self.household_button.clicked.connect(self._on_household)
        self.refresh_button.clicked.connect(self.refresh)

    def action_buttons(self) -> list[QWidget]:
        return [self.household_button, self.refresh_button]

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        station, today = self.station, self.today()
        self.call(lambda: households_to_review(station, today), self._show, quiet=True)

    def _show(self, rows: list[ToReview]) -> None:
        chosen = self.selected()
        self.rows = rows
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self.table.setRowCount(len(rows))
        places = gazetteer_of(self.services)
        for r, item in enumerate(rows):
            name = both_names(item.local_name, item.latin_name)
            village = places.name(item.village_code) if item.village_code else ""
            for c, value in enumerate((name, village, self.what(item))):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value if c else item.household_id)  # the id, for a look-up
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.box.setTitle(self.tr("Households to review (%1)").replace("%1", str(len(rows))))
        kept = [r for r, item in enumerate(rows) if chosen is not None
                and (item.household_id, item.kind) == (chosen.household_id, chosen.kind)]
        if kept:
            select_row(self.table, kept[0])
        elif rows:
            select_row(self.table, 0)

    def what(self, item: ToReview) -> str:
        """What needs doing for ``item``, in the desk's words."""
        if item.kind == "no_head":
            return self.tr("No living head: name one (Household...).")
        if item.kind == "two_heads":
            return self.tr("Two members are recorded as its head: name the one who heads it "
                           "(Household...).")
        code = item.programme_code or ""
        return self.tr("%1 is held twice (one member a household): end one on the clerk's "
                       "Household programmes tab.").replace(
            "%1", programme_names(current_language()).get(code, code))

    def selected(self) -> ToReview | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _on_household(self) -> None:
        """The selected household in the household dialog (window-modal; it saves in its
        own worker and stays open on a refusal), then the list read again."""
        chosen = self.selected()
        if chosen is None:
            self.show_error(self.tr("Select a household in the list first."))
            return
        try:
            dialog = household_dialog_for(self.services, chosen.person_id,
                                          operator=self.operator, clock=self.clock,
                                          parent=self)
        except StationError as err:
            self.show_error(plain_message(err))
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.saved.connect(self._on_changed)
        dialog.open()

    def _on_changed(self, words: str) -> None:
        self.show_info(words)
        self.changed.emit()  # the centre is told: the header reads the queue again
        self.refresh()
