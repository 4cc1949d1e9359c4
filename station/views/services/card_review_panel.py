"""Cards to replace, for the supervisor: the cards in use that no longer say what the
registry says (:func:`station.services.card_review.cards_to_replace`).

A hospital reads the card alone: a card that still claims a programme that ended covers the
holder for nothing, one written before a programme was joined turns them away, and one with
an old name or village is doubted. The step that changed the record says so once; this tab
keeps each card until a new one replaces it, with the holder's village and phone so the
office can call them in. The new card is issued on the clerk's search step (*Issue a card to
the selected person*), with the person and a blank card at the desk.
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

from station.i18n import current_language
from station.services.card_review import ToReplace, cards_to_replace
from station.services.catalogue import programme_names
from station.views.formats import both_names, short_date
from station.views.places import gazetteer_of
from station.views.services.panel import Clock, ServicePanel
from station.views.tables import list_table, select_row


class CardReviewPanel(ServicePanel):
    """The cards to replace, read again each time the tab is shown (or on Refresh)."""

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 parent: QWidget | None = None, *, services: Any = None) -> None:
        super().__init__(station, operator, clock, parent)
        self.services = services
        self.rows: list[ToReplace] = []
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Cards in use that no longer say what the registry says: a hospital reads the "
            "card alone. Call the holder in and issue a new card (Clerk, Find: Issue a card "
            "to the selected person); each card stays here until a new one replaces it."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.box = QGroupBox(self.tr("Cards to replace"))
        blay = QVBoxLayout(self.box)
        self.table = list_table("cardsToReplace", [
            self.tr("Card"), self.tr("Holder"), self.tr("Village"), self.tr("Phone"),
            self.tr("What is wrong")])
        blay.addWidget(self.table, 1)
        outer.addWidget(self.box, 1)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshCards")
        self.refresh_button.setShortcut("F5")
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        outer.addLayout(row)
        self.message.setObjectName("cardReviewMessage")
        outer.addWidget(self.message)
        self.refresh_button.clicked.connect(self.refresh)

    def action_buttons(self) -> list[QWidget]:
        return [self.refresh_button]

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        station, today = self.station, self.today()
        self.call(lambda: cards_to_replace(station, today), self._show, quiet=True)

    def _show(self, rows: list[ToReplace]) -> None:
        chosen = self.table.currentRow()
        serial = self.rows[chosen].serial if 0 <= chosen < len(self.rows) else None
        self.rows = rows
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self.table.setRowCount(len(rows))
        places = gazetteer_of(self.services)
        for r, item in enumerate(rows):
            name = both_names(item.local_name, item.latin_name)
            village = places.name(item.village_code) if item.village_code else ""
            for c, value in enumerate((item.serial, name, village, item.phone or "",
                                       self.what(item))):
                cell = QTableWidgetItem(value)
                cell.setToolTip(item.person_id if c == 1 else value)  # the id, to look up
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.box.setTitle(self.tr("Cards to replace (%1)").replace("%1", str(len(rows))))
        kept = [r for r, item in enumerate(rows) if item.serial == serial]
        if kept:
            select_row(self.table, kept[0])
        elif rows:
            select_row(self.table, 0)

    def what(self, item: ToReplace) -> str:
        """Why ``item`` is to be replaced, in the desk's words."""
        names = programme_names(current_language())

        def programmes(codes: tuple[str, ...]) -> str:
            return ", ".join(names.get(code, code) for code in codes)

        fields = {"latin_name": self.tr("name"), "sex": self.tr("sex"),
                  "birth_date": self.tr("birth date"), "village": self.tr("village")}
        said = {
            "details": self.tr("Shows old details (%1).").replace(
                "%1", ", ".join(fields.get(f, f) for f in item.fields)),
            "claims": self.tr("Still claims %1, which no longer covers the holder.").replace(
                "%1", programmes(item.claims)),
            "lacks": self.tr("Does not show %1.").replace("%1", programmes(item.lacks)),
            "expired": self.tr("Expired on %1.").replace(
                "%1", short_date(item.expires_on) if item.expires_on else ""),
            "unreadable": self.tr("Its record cannot be read."),
        }
        return " ".join(said[reason] for reason in item.reasons)
