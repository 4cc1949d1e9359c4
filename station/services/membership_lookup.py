"""Which membership a contribution is for, from what the member brings to the counter.

Nobody carries a membership's id (a UUID); a member who comes to pay brings their social
protection card or an old receipt. :func:`find_memberships` takes what the clerk typed (or
the reader read) and tries, in this order:

1. a membership id (one withdrawn with its money refunded too: its history still reads);
2. a receipt number, a payment's ``STATION-YYYYMMDD-NNNNN`` or a refund's ``...-RNNNNN``
   (:func:`station.services.contributions.receipt_number`): the membership it was paid
   towards;
3. a card serial: the contributory memberships of the card's holder. Any card on file
   finds its holder, revoked, lost or replaced too: paying is not a card check, and the
   card's status is returned for the counter to say.

Only the holder's own memberships are listed, not the household's: a card is the holder's,
and the member at the counter pays for their own (another member's is picked in the
Household programmes tab). Of them, the running ones and the ended ones with something left
to settle (arrears, or a credit to give back); when every one is ended and settled, the
latest, so its statement says so rather than "none".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.model.station import Station
from station.registry.base import RECORD_ID
from station.registry.cards import card_on_file
from station.registry.models import Person, ProgrammeMembership
from station.registry.models_services import ContributionPayment
from station.services.catalogue import Catalogue, load_catalogue
from station.services.contributions import statement
from station.services.errors import NoContributoryMembership, SeveralMemberships, UnknownRecord
from station.services.memberships import never_ran, paid_towards
from station.services.payments import holder_name

#: What a receipt number ends with (:func:`~station.services.contributions.receipt_number`).
#: Five digits and more: after a restore a day is numbered from a block past 1000
#: (:mod:`station.services.numbering`): ``-01001``, ``-R01001``.
RECEIPT_NO = re.compile(r".+-\d{8}-R?\d{5,}", re.IGNORECASE)
#: :class:`UnknownRecord` ``key`` of a text that looks like none of them (a card serial
#: mistyped, a name): the sentence names every form taken.
ANY_KEY = "id, receipt number or card serial"


@dataclass(frozen=True)
class Held:
    """One membership found: its id, its holder as the papers name them, its programme and
    its dates (two of one programme are told apart by them)."""

    membership_id: str
    holder: str
    programme_code: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None


@dataclass(frozen=True)
class Found:
    """What the text named (``by``: ``"membership"``, ``"receipt"`` or ``"card"``) and the
    memberships it finds, at least one; for a card, its ``serial`` and ``card_status``
    (``issued``, ``revoked``, ``lost``, ``replaced``)."""

    by: str
    memberships: tuple[Held, ...]
    serial: str = ""
    card_status: str = ""


def find_memberships(station: Station, text: str, *, today: dt.date,
                     catalogue: Catalogue | None = None) -> Found:
    """The memberships ``text`` (a membership id, a receipt number or a card serial) finds.

    Raises
    ------
    UnknownRecord
        Nothing on file has it: named as a membership's id or a receipt's number when it
        looks like one, else with :data:`ANY_KEY` ("no membership with id, receipt number or
        card serial ...").
    NoContributoryMembership
        A card whose holder holds no membership of a contributory programme.
    """
    typed = text.strip()
    with station.reading() as session:
        found = (_by_membership(session, typed.lower()) or _by_receipt(session, typed)
                 or _by_card(session, typed, today, catalogue))
    if found is not None:
        return found
    if RECORD_ID.fullmatch(typed.lower()):  # named as a membership's, not a card's
        raise UnknownRecord("membership", typed)
    if RECEIPT_NO.fullmatch(typed):
        raise UnknownRecord("receipt", typed, key="number")
    raise UnknownRecord("membership", typed, key=ANY_KEY)


def one_membership(found: Found, typed: str) -> str:
    """The id of the one membership ``found``; :class:`SeveralMemberships` (listing them)
    when there are more, for a caller with no list to pick from (the ``sws`` command)."""
    if len(found.memberships) == 1:
        return found.memberships[0].membership_id
    raise SeveralMemberships(typed.strip(), tuple(
        (m.membership_id, m.holder, m.programme_code) for m in found.memberships))


def _held(session: Session, row: ProgrammeMembership) -> Held:
    return Held(row.id, holder_name(session.get(Person, row.person_id)), row.programme_code,
                row.start_date, row.end_date)


def _by_membership(session: Session, membership_id: str) -> Found | None:
    row = session.get(ProgrammeMembership, membership_id)
    if row is not None:
        return Found("membership", (_held(session, row),))
    paid = session.scalars(sa.select(ContributionPayment.id).where(
        ContributionPayment.membership_id == membership_id)).first()
    # withdrawn with its money refunded: the statement says so, the history still reads
    return None if paid is None else Found("membership", (Held(membership_id, "", ""),))


def receipt_membership(session: Session, receipt_no: str) -> str | None:
    """The id of the membership the receipt or refund voucher numbered ``receipt_no`` was
    paid towards, None for no such number. Typed as printed it is one look-up on the
    number's unique index; copied in other letters' case, one more comparing small letters
    (a scan of the payments: only when the first found nothing)."""
    for match in (ContributionPayment.receipt_no == receipt_no,
                  sa.func.lower(ContributionPayment.receipt_no) == receipt_no.lower()):
        found = session.scalars(sa.select(ContributionPayment.membership_id)
                                .where(match)).first()
        if found is not None:
            return str(found)
    return None


def _by_receipt(session: Session, receipt_no: str) -> Found | None:
    membership_id = receipt_membership(session, receipt_no)
    if membership_id is None:
        return None
    row = session.get(ProgrammeMembership, membership_id)
    held = _held(session, row) if row is not None else Held(membership_id, "", "")
    return Found("receipt", (held,))


def _by_card(session: Session, serial: str, today: dt.date,
             catalogue: Catalogue | None) -> Found | None:
    card = card_on_file(session, serial)
    if card is None:
        return None
    catalogue = catalogue or load_catalogue()
    schemes = {p.code: scheme for p in catalogue.programmes
               if (scheme := p.contribution) is not None}
    rows = session.scalars(sa.select(ProgrammeMembership).where(
        ProgrammeMembership.person_id == card.person_id,
        ProgrammeMembership.programme_code.in_(schemes))
        .order_by(ProgrammeMembership.start_date, ProgrammeMembership.id)).all()
    if not rows:
        raise NoContributoryMembership(holder_name(session.get(Person, card.person_id)),
                                       card.person_id, card.serial, card.status)

    def open_or_owed(row: ProgrammeMembership) -> bool:
        if row.end_date is None or row.end_date >= today:
            return True
        s = statement(schemes[row.programme_code], start=row.start_date, end=row.end_date,
                      paid_minor=paid_towards(session, row.id), as_of=today,
                      never_ran=never_ran(session, row))
        return bool(s.arrears_minor or s.credit_minor)

    listed = [row for row in rows if open_or_owed(row)] or list(rows[-1:])
    return Found("card", tuple(_held(session, row) for row in listed), card.serial,
                 card.status)
