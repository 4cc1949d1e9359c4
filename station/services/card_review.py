"""Cards to replace: the cards in use that no longer say what the registry says.

A hospital's focal point reads the card alone, offline: its holder's details and its
programmes are what the desk there believes. When the registry changes after a card was
written, the step that changed it says once, in a message line, that the card should be issued
again (a correction of the name or the village, a membership ended or withdrawn); nothing said
it at all for a programme joined after the card was written, so the hospital refused a person
who was covered. A busy day moves on and the card stays wrong: a household is paid twice at
the hospital, or turned away.

:func:`cards_to_replace` lists every card in use (``issued``) of a living person that is
wrong today, until a new card replaces it, and why:

- ``details``: the holder's Latin name, sex, birth date or village differ from the record
  (:func:`station.model.ui_cards.holder_for`, as a new card would carry them);
- ``claims``: it claims a programme on a day from today on that no membership of the person
  covers (an ended or withdrawn membership: covered at the hospital for nothing);
- ``lacks``: the person holds a programme on a day from today on, within the card's life, that
  the card does not claim (a membership joined since: turned away at the hospital);
- ``expired``: the card's own validity is over;
- ``unreadable``: its stored credential does not decode (nothing else can be said of it).

The credential is read as stored (the registry's copy of what was written); its signature was
verified when the card was issued and read back.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa

from station.model.station import Station
from station.registry.models import Card, Person, ProgrammeMembership
from station.services.memberships import uncovered

#: Why a card is to be replaced, in the order they are listed.
REASONS = ("details", "claims", "lacks", "expired", "unreadable")
#: The holder's fields a card shows, as :class:`cardio.Holder` names them, and the record's.
SHOWN = (("family_name", "latin_name"), ("given_name", "latin_name"), ("sex", "sex"),
         ("date_of_birth", "birth_date"), ("address_code", "village"))


@dataclass(frozen=True)
class ToReplace:
    """A card in use that is wrong today, its holder, and why."""

    serial: str
    person_id: str
    latin_name: str
    local_name: str
    village_code: str
    phone: str | None
    #: :data:`REASONS` that apply, in that order.
    reasons: tuple[str, ...]
    #: ``details``: the record's fields the card shows otherwise (latin_name, sex,
    #: birth_date, village).
    fields: tuple[str, ...] = ()
    #: ``claims``: programme codes the card claims on a day nothing covers.
    claims: tuple[str, ...] = ()
    #: ``lacks``: programme codes the person holds that the card does not show.
    lacks: tuple[str, ...] = ()
    #: The card's last valid day (None when unreadable).
    expires_on: dt.date | None = None

    def as_record(self) -> dict[str, Any]:
        return {"serial": self.serial, "person_id": self.person_id,
                "latin_name": self.latin_name, "local_name": self.local_name,
                "village_code": self.village_code, "phone": self.phone,
                "reasons": list(self.reasons), "fields": list(self.fields),
                "claims": list(self.claims), "lacks": list(self.lacks),
                "expires_on": self.expires_on.isoformat() if self.expires_on else None}


Span = tuple[dt.date, dt.date | None]


def cards_to_replace(station: Station, today: dt.date) -> list[ToReplace]:
    """Every card in use of a living person that is wrong on ``today`` (the office's day),
    by village, name and serial. Two queries, whatever the number of cards."""
    from cardio.credential import decode_credential
    from cardio.errors import InvalidCredential
    from station.model.ui_cards import holder_for

    with station.reading() as session:
        cards = session.execute(
            sa.select(Card.serial, Card.credential, Person)
            .join(Person, Person.id == Card.person_id)
            .where(Card.status == "issued", Person.died_on.is_(None),
                   # a card recorded without its credential (the demo commune's) has nothing
                   # to compare: every card the desk writes is recorded with it
                   sa.func.length(Card.credential) > 0)).all()
        m = ProgrammeMembership
        held: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
        for person_id, code, start, end in session.execute(
                sa.select(m.person_id, m.programme_code, m.start_date, m.end_date)
                .join(Card, Card.person_id == m.person_id)
                .where(Card.status == "issued").distinct()):
            held[str(person_id)][str(code)].append((start, end))
    found = []
    for serial, credential, person in cards:
        card = ToReplace(str(serial), str(person.id), str(person.latin_name),
                         str(person.local_name or ""), str(person.village_code or ""),
                         person.phone, reasons=())
        try:
            claims = decode_credential(bytes(credential))[1]
        except (InvalidCredential, ValueError, TypeError, KeyError):
            found.append(replace(card, reasons=("unreadable",)))
            continue
        now_shown = holder_for({"person_id": person.id, "latin_name": person.latin_name,
                                "sex": person.sex, "birth_date": person.birth_date.isoformat(),
                                "address": {"village": person.village_code or ""}})
        fields = tuple(dict.fromkeys(
            record for shown, record in SHOWN
            if getattr(claims.holder, shown) != getattr(now_shown, shown)))
        expires_on = claims.expires_at.date()
        memberships = held.get(str(person.id), {})
        claimed: dict[str, list[Span]] = defaultdict(list)
        for e in claims.entitlements:
            claimed[e.programme].append((e.valid_from, e.valid_until))
        wrong = tuple(sorted(
            code for code, spans in claimed.items()
            if any(uncovered(max(first, today), last, memberships.get(code, ()))
                   for first, last in spans if last is not None and last >= today)))
        lacking = tuple(sorted(
            code for code, spans in memberships.items()
            if any(uncovered(max(start, today), min(end or expires_on, expires_on),
                              claimed.get(code, ()))
                   for start, end in spans)))
        reasons = tuple(r for r, applies in (
            ("details", bool(fields)), ("claims", bool(wrong)), ("lacks", bool(lacking)),
            ("expired", expires_on < today)) if applies)
        if reasons:
            found.append(replace(card, reasons=reasons, fields=fields, claims=wrong,
                                 lacks=lacking, expires_on=expires_on))
    return sorted(found, key=lambda r: (r.village_code, r.latin_name, r.serial))
