"""What the supervisor's lists of things left to mend share (households to review, cards to
replace): an intro, a box whose title counts the items, a read-only list, the panel's own
buttons beside Refresh (F5), and the message line. The list is read again in the worker each
time its tab is shown and on Refresh, and the selection stays on the same item (else the
first)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.views.places import gazetteer_of
from station.views.services.panel import Clock, ServicePanel
from station.views.tables import list_table, select_row


class ReviewList(ServicePanel):
    """A list read by :meth:`load`, each item a row of :meth:`cells` ((text, tooltip) per
    column), known across readings by :meth:`key`, counted in the box's :meth:`title`.
    Subclasses lay it out with :meth:`build` once their own widgets exist."""

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 parent: QWidget | None = None, *, services: Any = None) -> None:
        super().__init__(station, operator, clock, parent)
        self.services = services
        self.rows: list[Any] = []

    def build(self, intro: str, *, table: str, headers: list[str], refresh: str,
              message: str, buttons: Sequence[QPushButton] = ()) -> None:
        """Lay out ``intro``, the box with the list (object name ``table``), ``buttons`` then
        Refresh (object name ``refresh``) on one row, and the message line (``message``)."""
        outer = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        outer.addWidget(label)
        self.box = QGroupBox(self.title(None))
        blay = QVBoxLayout(self.box)
        self.table = list_table(table, headers)
        blay.addWidget(self.table, 1)
        outer.addWidget(self.box, 1)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(QCoreApplication.translate("ReviewList", "&Refresh"))
        self.refresh_button.setObjectName(refresh)
        self.refresh_button.setShortcut("F5")
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        outer.addLayout(row)
        self.message.setObjectName(message)
        outer.addWidget(self.message)
        self.refresh_button.clicked.connect(self.refresh)

    def load(self, station: Any, today: Any) -> list[Any]:
        """The items, read in the worker (``today``: the office's day)."""
        raise NotImplementedError

    def cells(self, item: Any, places: Any) -> list[tuple[str, str]]:
        """``item``'s row: (text, tooltip) per column (``places``: the station's list of
        places, to name a village)."""
        raise NotImplementedError

    def key(self, item: Any) -> Hashable:
        """What identifies ``item`` from one reading to the next."""
        raise NotImplementedError

    def title(self, count: int | None) -> str:
        """The box's title, with the number of items once they are read (``count``)."""
        raise NotImplementedError

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        station, today = self.station, self.today()
        self.call(lambda: self.load(station, today), self._show, quiet=True)

    def selected(self) -> Any | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show(self, rows: list[Any]) -> None:
        chosen = self.selected()
        kept_key = self.key(chosen) if chosen is not None else None
        self.rows = rows
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self.table.setRowCount(len(rows))
        places = gazetteer_of(self.services)
        for r, item in enumerate(rows):
            for c, (value, tip) in enumerate(self.cells(item, places)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(tip)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.box.setTitle(self.title(len(rows)))
        kept = [r for r, item in enumerate(rows)
                if kept_key is not None and self.key(item) == kept_key]
        if kept:
            select_row(self.table, kept[0])
        elif rows:
            select_row(self.table, 0)
