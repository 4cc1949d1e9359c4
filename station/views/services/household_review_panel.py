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

from PySide6.QtWidgets import QPushButton, QWidget

from station.errors import StationError
from station.i18n import current_language
from station.services.catalogue import programme_names
from station.services.households import ToReview, households_to_review
from station.views.formats import both_names
from station.views.household_dialog import HouseholdDialog, household_dialog_for
from station.views.services.panel import Clock
from station.views.services.review_list import ReviewList
from station.views.workers import plain_message


class HouseholdReviewPanel(ReviewList):
    """The households to review, and the household dialog for the one selected."""

    rows: list[ToReview]

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 parent: QWidget | None = None, *, services: Any = None) -> None:
        super().__init__(station, operator, clock, parent, services=services)
        self.dialog: HouseholdDialog | None = None  # the last one opened
        self.household_button = QPushButton(self.tr("&Household..."))
        self.household_button.setObjectName("reviewHousehold")
        self.build(self.tr("Households whose members need a supervisor's step after a death "
                           "or a move. Each stays here until it is mended."),
                   table="householdsToReview",
                   headers=[self.tr("Household of"), self.tr("Village"),
                            self.tr("What needs doing")],
                   refresh="refreshReview", message="reviewMessage",
                   buttons=[self.household_button])
        self.table.doubleClicked.connect(lambda _index: self._on_household())
        self.household_button.clicked.connect(self._on_household)

    def action_buttons(self) -> list[QWidget]:
        return [self.household_button, self.refresh_button]

    def load(self, station: Any, today: Any) -> list[ToReview]:
        return households_to_review(station, today)

    def cells(self, item: ToReview, places: Any) -> list[tuple[str, str]]:
        name = both_names(item.local_name, item.latin_name)
        village = places.name(item.village_code) if item.village_code else ""
        what = self.what(item)
        return [(name, item.household_id), (village, village), (what, what)]  # the id, to look up

    def key(self, item: ToReview) -> tuple[str, str]:
        return item.household_id, item.kind

    def title(self, count: int | None) -> str:
        return (self.tr("Households to review") if count is None
                else self.tr("Households to review (%1)").replace("%1", str(count)))

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
