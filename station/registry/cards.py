"""The card a clerk types or reads, found in the registry whatever its status.

A person brings their social protection card to the counter: the Payments tab, the Case plan
tab and ``sws`` find its holder through :func:`card_on_file`. Kept apart from
:mod:`station.model.cards` (issuing, status changes), which loads the fingerprint code.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from station.registry.models import Card


def card_on_file(session: Session, serial: str) -> Card | None:
    """The card with ``serial``, revoked, lost or replaced too, or None.

    Serials are hex digits in capitals as the card reports them; one copied by hand is often
    in small letters, or carries spaces around it."""
    typed = serial.strip()
    return session.get(Card, typed) or session.get(Card, typed.upper())
