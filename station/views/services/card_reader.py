"""Read the card on the desk's reader for a counter tab: the card's serial, whatever its state.

The person at the Payments or the Case plan tab, or at the Enrolment tab's Find step, brings
their social protection card; Read the card puts its serial in the tab's field, as if typed.
The reading is the Hospital tab's: the desk's ``cards`` service (a ``CardVerifier``), its
``read_and_verify`` in the tab's worker. A card the verifier refuses (revoked, expired) still
gives its serial: finding its holder is not a card check. A desk with no reader has no button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton


class CardDesk(Protocol):
    """What reading a card asks of the page it is read for: a services panel has it all
    (:class:`station.views.services.panel.ServicePanel`), and so does the Find step."""

    def clock(self) -> dt.datetime: ...

    def call(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run ``fn`` in the page's worker; ``on_done(result)`` back in the GUI thread, a
        failure said in the page's message line."""

    def show_error(self, text: str) -> None: ...


def read_button(text: str, name: str, cards: Any) -> QPushButton:
    """The Read the card button, ``text`` with the tab's own Alt letter; hidden for good
    when the desk has no reader (``cards`` None)."""
    button = QPushButton(text)
    button.setObjectName(name)
    # hidden, or left to show with its panel: a setVisible(True) before the panel is its
    # parent shows it as a window of its own, which takes the desk window's activation
    if cards is None:
        button.hide()
    return button


def read_serial(panel: CardDesk, cards: Any, then: Callable[[str], None]) -> None:
    """Read the card on the reader in ``panel``'s worker and give ``then`` its serial; a card
    not read (none on the reader, one that did not answer) is said in the message line."""
    if cards is None:
        return
    now = panel.clock()

    def read(outcome: Any) -> None:
        serial = str(getattr(outcome, "serial", "") or "")
        if not serial:
            panel.show_error(QCoreApplication.translate(
                "CardReader", "The card could not be read: place it on the reader and try "
                              "again."))
            return
        then(serial)

    panel.call(lambda: cards.read_and_verify(None, now=now), read)
