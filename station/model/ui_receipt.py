"""What the enrolment receipt says: a Qt-free view-model the PDF writer lays out.

The QR code carries the person id and, once a card is issued, the card serial, so another
office can find the record without typing. No biometric data is ever printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import segno


@dataclass(frozen=True)
class Receipt:
    """The lines of one receipt."""

    station_name: str
    operator: str
    issued_at: dt.datetime
    person_id: str
    local_name: str
    latin_name: str
    household_id: str | None = None
    #: Where the person lives, by name ("village, commune, district").
    address: str = ""
    #: Programme names as the person knows them (not codes).
    programmes: tuple[str, ...] = ()
    card_serial: str | None = None
    notes: tuple[str, ...] = field(default=())

    def qr_payload(self) -> str:
        """Short text for the QR code: ``SWS1:<person id>[:<card serial>]``."""
        parts = ["SWS1", self.person_id]
        if self.card_serial:
            parts.append(self.card_serial)
        return ":".join(parts)

    def qr_matrix(self) -> list[list[bool]]:
        """The QR modules (True = dark), error correction level M, without the quiet zone."""
        code = segno.make_qr(self.qr_payload(), error="m")
        return [[bool(v) for v in row] for row in code.matrix]
