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

from PySide6.QtWidgets import QWidget

from station.i18n import current_language
from station.services.card_review import ToReplace, cards_to_replace
from station.services.catalogue import programme_names
from station.views.formats import both_names, short_date
from station.views.services.panel import Clock
from station.views.services.review_list import ReviewList


class CardReviewPanel(ReviewList):
    """The cards to replace, read again each time the tab is shown (or on Refresh)."""

    rows: list[ToReplace]

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 parent: QWidget | None = None, *, services: Any = None) -> None:
        super().__init__(station, operator, clock, parent, services=services)
        self.build(self.tr(
            "Cards in use that no longer say what the registry says: a hospital reads the "
            "card alone. Call the holder in and issue a new card (Clerk, Find: Issue a card "
            "to the selected person); each card stays here until a new one replaces it."),
            table="cardsToReplace",
            headers=[self.tr("Card"), self.tr("Holder"), self.tr("Village"), self.tr("Phone"),
                     self.tr("What is wrong")],
            refresh="refreshCards", message="cardReviewMessage")

    def action_buttons(self) -> list[QWidget]:
        return [self.refresh_button]

    def load(self, station: Any, today: Any) -> list[ToReplace]:
        return cards_to_replace(station, today)

    def cells(self, item: ToReplace, places: Any) -> list[tuple[str, str]]:
        village = places.name(item.village_code) if item.village_code else ""
        what = self.what(item)
        return [(item.serial, item.serial),
                (both_names(item.local_name, item.latin_name), item.person_id),  # to look up
                (village, village), (item.phone or "", item.phone or ""), (what, what)]

    def key(self, item: ToReplace) -> str:
        return item.serial

    def title(self, count: int | None) -> str:
        return (self.tr("Cards to replace") if count is None
                else self.tr("Cards to replace (%1)").replace("%1", str(count)))

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
