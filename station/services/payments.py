"""Contribution payments at the counter: a receipt, the statement, the membership status,
and the refund of a membership that never began.

A payment is refused unless the membership's programme collects contributions. A membership
that has ended still owes the periods charged before its end (a death, the end of its term):
those arrears are taken, anything more is refused (:class:`MembershipEnded`), since no period
starts after the end and a credit could never be used. The receipt
number is unique per station and day; the statement (arrears, periods overdue, status) follows
from every payment recorded so far (:func:`station.services.contributions.statement`).

A membership not begun yet towards which contributions were paid (the person moved away or
chose another scheme before cover began; the holder died before it began) is settled by
:func:`refund_and_withdraw`: everything paid is given back on a refund receipt of its own and
the membership is withdrawn, in one transaction. The payments and the refund stay on file
(:func:`payment_history`), with the withdrawn membership's id.

A membership that has ended with more paid than it was charged (paid a year ahead, then
moved away or died) holds a credit no period can use: :func:`refund_credit` gives exactly
that back on a refund receipt, the same way, and the membership stays on file, ended;
:func:`credits_owed` lists a household's. One a death kept for its money never ran: its
whole payment is its credit, and the refund withdraws it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NoReturn, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.config import Settings
from station.model.audit_log import event_details
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.models import Operator, Person, ProgrammeMembership
from station.registry.models_services import ContributionPayment
from station.services.catalogue import Catalogue, ContributionScheme, load_catalogue
from station.services.contributions import (
    Statement,
    is_refund_number,
    receipt_number,
    statement,
)
from station.services.errors import (
    CreditChanged,
    CreditNotEnded,
    MembershipEnded,
    MembershipWithdrawn,
    NoContributions,
    NoCredit,
    NoFreeReceipt,
    NotAnAmount,
    NothingToRefund,
    NotInList,
    RefundAfterStart,
    RefundChanged,
    TextMissing,
    UnknownRecord,
)
from station.services.memberships import (
    END_REASONS,
    Withdrawn,
    never_ran,
    paid_towards,
    withdraw_locked,
)
from station.services.numbering import highest_taken, next_sequence
from station.services.recording import office_today, record

RECEIPT_ATTEMPTS = 3
#: The largest amount one payment, or all paid towards one membership (a refund gives the
#: sum back as one amount; :class:`TotalPastLimit`), can be: the registry keeps amounts in
#: a 64-bit column (migration ``pay02``).
MAX_AMOUNT = 2**63 - 1
T = TypeVar("T")
#: The reason a refund to a deceased holder's family withdraws the membership for (a
#: death's own, as :mod:`station.model.deaths` ends memberships with).
DECEASED = "holder deceased"


class TotalPastLimit(NotAnAmount):
    """A payment that would take what is paid towards one membership past
    :data:`MAX_AMOUNT` (each payment within it, their sum not): the registry could no longer
    add the membership's payments up, nor refund them as one amount."""

    def __init__(self, amount: int, paid: int) -> None:
        super().__init__(amount)
        self.args = (f"{amount} more would take what is paid towards this membership "
                     f"({paid}) past {MAX_AMOUNT}, the most the registry keeps as one "
                     "amount; nothing was recorded",)
        self.paid = paid


@dataclass(frozen=True)
class Receipt:
    """What the counter prints: the receipt number, the amount and the new statement."""

    receipt_no: str
    payment_id: str
    amount_minor: int
    currency: str
    statement: Statement


def _membership_and_scheme(session: Session, membership_id: str, catalogue: Catalogue, *,
                           lock: bool = False) -> tuple[ProgrammeMembership, ContributionScheme]:
    """The membership and its programme's scheme, refused as gone or collecting nothing;
    ``lock``: held for the caller's writes (FOR UPDATE on PostgreSQL), so a payment and a
    refund of the same membership at two desks run one after the other."""
    membership = session.get(ProgrammeMembership, membership_id, with_for_update=lock)
    if membership is None:
        _gone(session, membership_id)
    programme = catalogue.get(membership.programme_code)
    scheme = programme.contribution
    if scheme is None:
        raise NoContributions(membership.programme_code, programme.title(None))
    return membership, scheme


def _gone(session: Session, membership_id: str) -> NoReturn:
    """Refuse a membership that is not on file: withdrawn with its money refunded
    (:class:`MembershipWithdrawn`, its refund receipt named) or never known (UnknownRecord)."""
    refund = session.scalars(sa.select(ContributionPayment.receipt_no).where(
        ContributionPayment.membership_id == membership_id,
        ContributionPayment.amount_minor < 0).order_by(ContributionPayment.paid_at)).first()
    if refund is not None:
        raise MembershipWithdrawn(membership_id, refund)
    raise UnknownRecord("membership", membership_id)


def contribution_statement(station: Station, membership_id: str, *, today: dt.date,
                           catalogue: Catalogue | None = None) -> Statement:
    """The statement of a contributory membership on ``today`` (whether its holder is
    recorded dead too: an ended one's credit then goes to the family)."""
    catalogue = catalogue or load_catalogue()
    with station.reading() as session:
        membership, scheme = _membership_and_scheme(session, membership_id, catalogue)
        return _about(session, membership, statement(
            scheme, start=membership.start_date, end=membership.end_date,
            paid_minor=paid_towards(session, membership_id), as_of=today,
            never_ran=never_ran(session, membership)))


def _about(session: Session, membership: ProgrammeMembership, s: Statement) -> Statement:
    """``s`` with whose membership it is, of which programme, and whether the holder is
    recorded dead (an ended one's credit then goes to the family)."""
    person = session.get(Person, membership.person_id)
    return replace(s, holder_died=person is not None and person.died_on is not None,
                   holder=holder_name(person), programme_code=membership.programme_code)


def holder_name(person: Person | None) -> str:
    """The holder as the papers name them: the local name, then the Latin one if it differs
    ("" for a person not on file)."""
    if person is None:
        return ""
    return (f"{person.local_name} ({person.latin_name})"
            if person.latin_name and person.latin_name != person.local_name
            else person.local_name)


def record_payment(station: Station, membership_id: str, amount_minor: int, *,
                   operator: OperatorInfo, now: dt.datetime,
                   catalogue: Catalogue | None = None) -> Receipt:
    """Record a payment and return its receipt with the statement after it.

    The membership is locked while the payment is written, as a refund locks it: a refund
    and a payment of one membership at two desks run one after the other.

    Raises
    ------
    NotAnAmount
        ``amount_minor`` is not a whole number above zero and at most :data:`MAX_AMOUNT`;
        :class:`TotalPastLimit` when it would take the membership's paid total past it.
    UnknownRecord, MembershipWithdrawn
        No membership has this id (one withdrawn with its money refunded is named so).
    NoContributions
        Its programme collects no contributions.
    MembershipEnded
        It has ended and the amount is more than its arrears.
    PaymentError
        No free receipt number after several tries (nothing was recorded).
    """
    if (isinstance(amount_minor, bool) or not isinstance(amount_minor, int)
            or not 0 < amount_minor <= MAX_AMOUNT):
        raise NotAnAmount(amount_minor)
    catalogue = catalogue or load_catalogue()
    return _numbered(lambda: _write_payment(station, membership_id, amount_minor,
                                            operator=operator, now=now, catalogue=catalogue))


def _numbered(write: Callable[[], T]) -> T:
    """``write`` (which takes the next receipt number), again when another counter took the
    same number at the same moment (PostgreSQL: both counted before either committed)."""
    for attempt in range(RECEIPT_ATTEMPTS):
        try:
            return write()
        except sa.exc.IntegrityError:
            if attempt == RECEIPT_ATTEMPTS - 1:
                raise NoFreeReceipt from None
    raise AssertionError("unreachable")  # pragma: no cover


def _next_receipt(session: Session, settings: Settings, today: dt.date, *,
                  refund: bool) -> str:
    """The next receipt number of the day: payments and refunds are numbered apart, each
    past the highest given out that day and past a restore's block
    (:mod:`station.services.numbering`): a restored station never repeats one."""
    station_id = settings.station_id
    prefix = receipt_number(station_id, today, 1, refund=refund)[:-5]
    taken = highest_taken(session, ContributionPayment.receipt_no, prefix)
    return receipt_number(station_id, today, next_sequence(session, settings, today, taken),
                          refund=refund)


def _write_payment(station: Station, membership_id: str, amount_minor: int, *,
                   operator: OperatorInfo, now: dt.datetime, catalogue: Catalogue) -> Receipt:
    at, today = naive_utc(now), office_today(station, now)  # the office's day, not UTC's
    station_id = station.settings.station_id
    with station.transaction() as session:
        # locked: a refund at another desk meanwhile withdraws the row (the payments hold no
        # foreign key to it since pay01), and this payment is then refused, not orphaned
        membership, scheme = _membership_and_scheme(session, membership_id, catalogue,
                                                    lock=True)
        paid = paid_towards(session, membership_id)
        if paid + amount_minor > MAX_AMOUNT:  # the sum too is one amount (statement, refund)
            raise TotalPastLimit(amount_minor, paid)
        end = membership.end_date
        # one a death kept for its money never runs, whatever today: it owes nothing
        kept = end is not None and never_ran(session, membership)
        if end is not None and (end < today or kept):
            owed = statement(scheme, start=membership.start_date, end=end,
                             paid_minor=paid, as_of=today, never_ran=kept).arrears_minor
            if amount_minor > owed:
                raise MembershipEnded(membership_id, end, owed, amount_minor)
        receipt_no = _next_receipt(session, station.settings, today, refund=False)
        payment_id = str(uuid.uuid4())
        session.add(ContributionPayment(
            id=payment_id, membership_id=membership_id, amount_minor=amount_minor,
            currency=scheme.currency, receipt_no=receipt_no, paid_at=at,
            operator_id=operator.id, station_id=station_id))
        session.flush()
        after = _about(session, membership, statement(
            scheme, start=membership.start_date, end=membership.end_date,
            paid_minor=paid_towards(session, membership_id), as_of=today, never_ran=kept))
        facts = {"membership_id": membership_id, "person_id": membership.person_id,
                 "programme": membership.programme_code, "amount_minor": amount_minor,
                 "currency": scheme.currency, "receipt_no": receipt_no,
                 "status_after": after.status, "arrears_minor": after.arrears_minor}
        record(station, session, record_type="contribution_payment", record_id=payment_id,
               action="contribution.pay", details=facts, payload={**facts, "paid_at": at},
               operator_id=operator.id, now=now)
    return Receipt(receipt_no, payment_id, amount_minor, scheme.currency, after)


@dataclass(frozen=True)
class Refundable:
    """What :func:`refund_and_withdraw` would give back, for the clerk's confirmation: the
    membership, whose it is, the amount (everything paid, net) and whether the holder died
    before it began (the refund then goes to the family)."""

    membership_id: str
    person_id: str
    local_name: str
    latin_name: str
    programme_code: str
    start_date: dt.date
    amount_minor: int
    currency: str
    deceased: bool


@dataclass(frozen=True)
class RefundReceipt:
    """What the counter prints for a refund: its own receipt number (``...-RNNNNN``), the
    amount given back (positive) and the withdrawal it came with."""

    receipt_no: str
    refund_id: str
    amount_minor: int
    currency: str
    refundable: Refundable
    withdrawn: Withdrawn


def _refundable(session: Session, row: ProgrammeMembership, scheme: ContributionScheme,
                today: dt.date) -> Refundable:
    """What a refund of ``row`` gives back on ``today``, or the refusal."""
    person = session.get(Person, row.person_id)
    died_before = (person is not None and person.died_on is not None
                   and person.died_on < row.start_date)
    if row.start_date <= today and not died_before:
        raise RefundAfterStart(row.id, row.start_date, today)
    net = paid_towards(session, row.id)
    if net <= 0:
        raise NothingToRefund(row.id)
    return Refundable(row.id, row.person_id, person.local_name if person else "",
                      person.latin_name if person else "", row.programme_code,
                      row.start_date, net, scheme.currency, died_before)


def refundable(station: Station, membership_id: str, *, today: dt.date,
               catalogue: Catalogue | None = None) -> Refundable:
    """What a refund of the membership would give back on ``today`` (the amount and the
    person, for the confirmation), refused as :func:`refund_and_withdraw` would be."""
    catalogue = catalogue or load_catalogue()
    with station.reading() as session:
        membership, scheme = _membership_and_scheme(session, membership_id, catalogue)
        return _refundable(session, membership, scheme, today)


def refund_and_withdraw(station: Station, membership_id: str, *, reason: str,
                        operator: OperatorInfo, now: dt.datetime,
                        catalogue: Catalogue | None = None,
                        confirmed_minor: int | None = None) -> RefundReceipt:
    """Give back everything paid towards a membership that never began, and withdraw it.

    One step, one transaction: a refund alone would leave a membership that nobody pays
    for counting at the office and at the centre, falling into arrears the day it begins,
    and a withdrawal is refused while money is held for it (:class:`ContributionsPaid`).
    So the clerk's one action ("Refund 30,000 KHR and withdraw") writes the refund (a
    ``contribution_payment`` row of its own with the negative amount and a refund receipt
    number, ``STATION-YYYYMMDD-RNNNNN``; audited ``contribution.refund`` and queued to the
    centre as a payment is, kind ``contribution``, ``refund`` true), so the net paid is
    zero, and then withdraws the membership as :func:`~station.services.memberships.
    withdraw_membership` does (its row goes; the payments and the refund keep its id).

    A holder who died before the membership began (the death kept its row for the money
    paid, :mod:`station.model.deaths`) is refunded to the family the same way, with the
    reason :data:`DECEASED`, on any day: the cover never ran.

    ``confirmed_minor`` is the amount the clerk confirmed (:func:`refundable`'s, read
    before the question): the refund gives back exactly that or nothing, so the receipt
    never says more (or less) than the cash handed over when another desk took a payment
    towards the membership meanwhile.

    Raises
    ------
    PermissionDenied
        ``operator`` is neither a clerk nor a supervisor.
    NotInList
        ``reason`` is not one of :data:`~station.services.memberships.END_REASONS`; for a
        holder who died before it began, not :data:`DECEASED`.
    UnknownRecord, MembershipWithdrawn
        No membership has this id (one withdrawn and refunded already is named so).
    NoContributions
        Its programme collects no contributions.
    RefundAfterStart
        It began on or before today: contributions towards cover that ran are not refunded
        at the counter (it is ended instead).
    NothingToRefund
        Nothing is paid towards it (net): withdraw it plainly.
    RefundChanged
        What is paid towards it is no longer ``confirmed_minor``: nothing was refunded.
    """
    operator.require("clerk", "supervisor", action="refund contributions")
    if reason not in (*END_REASONS, DECEASED):
        raise NotInList("end reason", reason, END_REASONS)
    catalogue = catalogue or load_catalogue()
    return _numbered(lambda: _write_refund(station, membership_id, reason, operator=operator,
                                           now=now, catalogue=catalogue,
                                           confirmed_minor=confirmed_minor))


def _refund_row(station: Station, session: Session, row: ProgrammeMembership,
                amount_minor: int, currency: str, reason: str, *, operator: OperatorInfo,
                now: dt.datetime, credit: bool = False) -> tuple[str, str]:
    """Write the refund of ``amount_minor`` towards ``row`` (locked by the caller) in the
    caller's transaction: a ``contribution_payment`` row with the negative amount and the
    day's next refund receipt number, audited ``contribution.refund`` and queued to the
    centre (kind ``contribution``, ``refund`` true; ``credit`` true for an ended
    membership's credit). Returns the receipt number and the refund's id."""
    at, today = naive_utc(now), office_today(station, now)
    station_id = station.settings.station_id
    receipt_no = _next_receipt(session, station.settings, today, refund=True)
    refund_id = str(uuid.uuid4())
    session.add(ContributionPayment(
        id=refund_id, membership_id=row.id, amount_minor=-amount_minor, currency=currency,
        receipt_no=receipt_no, paid_at=at, operator_id=operator.id, station_id=station_id))
    session.flush()
    facts = {"membership_id": row.id, "person_id": row.person_id,
             "programme": row.programme_code, "amount_minor": -amount_minor,
             "refund": True, "refunded_minor": amount_minor, "currency": currency,
             "receipt_no": receipt_no, "reason": reason,
             **({"credit": True} if credit else {})}
    record(station, session, record_type="contribution_payment", record_id=refund_id,
           action="contribution.refund", details=facts, payload={**facts, "paid_at": at},
           operator_id=operator.id, now=now)
    return receipt_no, refund_id


def _write_refund(station: Station, membership_id: str, reason: str, *,
                  operator: OperatorInfo, now: dt.datetime, catalogue: Catalogue,
                  confirmed_minor: int | None) -> RefundReceipt:
    today = office_today(station, now)
    with station.transaction() as session:
        # never known, or refunded already (at another desk meanwhile): refused so
        row, scheme = _membership_and_scheme(session, membership_id, catalogue, lock=True)
        owed = _refundable(session, row, scheme, today)
        if (reason == DECEASED) != owed.deceased:  # the death is the reason, or none
            raise NotInList("end reason", reason, (DECEASED,) if owed.deceased
                            else END_REASONS)
        if confirmed_minor is not None and owed.amount_minor != confirmed_minor:
            raise RefundChanged(row.id, confirmed_minor, owed.amount_minor)
        receipt_no, refund_id = _refund_row(station, session, row, owed.amount_minor,
                                            owed.currency, reason, operator=operator,
                                            now=now)
        withdrawn = withdraw_locked(station, session, row, reason, operator_id=operator.id,
                                    now=now)
    return RefundReceipt(receipt_no, refund_id, owed.amount_minor, owed.currency, owed,
                         withdrawn)


@dataclass(frozen=True)
class Credit:
    """What :func:`refund_credit` would give back, for the clerk's confirmation: an ended
    membership's credit (paid beyond every period charged before its end), whose it is,
    and whether the holder is recorded dead (the refund then goes to the family).
    ``never_ran``: a death kept it for its money (:func:`~station.services.memberships.
    never_ran`): its whole payment is credit, and the refund withdraws it."""

    membership_id: str
    person_id: str
    local_name: str
    latin_name: str
    programme_code: str
    start_date: dt.date
    end_date: dt.date
    amount_minor: int
    currency: str
    deceased: bool
    never_ran: bool


@dataclass(frozen=True)
class CreditReceipt:
    """What the counter prints for a credit refund: its refund receipt number, the amount
    given back (positive), the credit it settled, and the withdrawal of one that never ran
    (None otherwise: the membership stays on file, ended)."""

    receipt_no: str
    refund_id: str
    amount_minor: int
    currency: str
    refundable: Credit
    withdrawn: Withdrawn | None


def _credit(session: Session, row: ProgrammeMembership, scheme: ContributionScheme,
            today: dt.date) -> Credit:
    """The credit a refund of ``row`` gives back on ``today``, or the refusal."""
    kept = never_ran(session, row)
    if row.end_date is None or (row.end_date >= today and not kept):
        raise CreditNotEnded(row.id, row.end_date, today)
    amount = statement(scheme, start=row.start_date, end=row.end_date,
                       paid_minor=max(paid_towards(session, row.id), 0), as_of=today,
                       never_ran=kept).credit_minor
    if amount <= 0:
        raise NoCredit(row.id, row.end_date)
    person = session.get(Person, row.person_id)
    return Credit(row.id, row.person_id, person.local_name if person else "",
                  person.latin_name if person else "", row.programme_code, row.start_date,
                  row.end_date, amount, scheme.currency,
                  person is not None and person.died_on is not None, kept)


def refundable_credit(station: Station, membership_id: str, *, today: dt.date,
                      catalogue: Catalogue | None = None) -> Credit:
    """What :func:`refund_credit` would give back on ``today`` (the amount and the person,
    for the confirmation), refused as it would be."""
    catalogue = catalogue or load_catalogue()
    with station.reading() as session:
        membership, scheme = _membership_and_scheme(session, membership_id, catalogue)
        return _credit(session, membership, scheme, today)


def refund_credit(station: Station, membership_id: str, *, confirmed_minor: int, reason: str,
                  operator: OperatorInfo, now: dt.datetime,
                  catalogue: Catalogue | None = None) -> CreditReceipt:
    """Give back the credit of a membership that has ended: what was paid beyond every
    period charged before its end (the statement's ``credit_minor``), which no period can
    ever use (none starts after the end; :func:`record_payment` takes no more).

    One locked transaction, the refund written as :func:`refund_and_withdraw` writes its
    own (refund receipt ``...-RNNNNN``, audited ``contribution.refund`` with ``credit``
    true, queued to the centre as kind ``contribution``, ``refund`` true); the membership
    stays on file, ended, its statement at credit 0. One a death kept for its money (it
    was to begin after the death: :func:`~station.services.memberships.never_ran`) never
    ran: its whole payment is credit, on any day and whether or not the death was undone
    since, and the refund withdraws it (held on no day) as a refund before the start does.
    ``reason`` (the clerk's words: who came for it) is kept on the refund; such a
    withdrawal's own reason is the death's, :data:`DECEASED` (a code, as every withdrawal's
    is), whether or not the death was undone since.

    Raises
    ------
    PermissionDenied
        ``operator`` is neither a clerk nor a supervisor.
    TextMissing
        ``reason`` is empty.
    UnknownRecord, MembershipWithdrawn
        No membership has this id (one withdrawn and refunded already is named so).
    NoContributions
        Its programme collects no contributions.
    CreditNotEnded
        It has not ended before today: its credit pays its next periods.
    NoCredit
        Nothing is paid towards it beyond what it owed.
    CreditChanged
        The credit is no longer ``confirmed_minor``: nothing was refunded.
    """
    operator.require("clerk", "supervisor", action="refund contributions")
    why = " ".join(str(reason or "").split())
    if not why:
        raise TextMissing("refund reason")
    catalogue = catalogue or load_catalogue()
    return _numbered(lambda: _write_credit_refund(station, membership_id, why,
                                                  operator=operator, now=now,
                                                  catalogue=catalogue,
                                                  confirmed_minor=confirmed_minor))


def _write_credit_refund(station: Station, membership_id: str, reason: str, *,
                         operator: OperatorInfo, now: dt.datetime, catalogue: Catalogue,
                         confirmed_minor: int) -> CreditReceipt:
    today = office_today(station, now)
    with station.transaction() as session:
        row, scheme = _membership_and_scheme(session, membership_id, catalogue, lock=True)
        owed = _credit(session, row, scheme, today)
        if owed.amount_minor != confirmed_minor:
            raise CreditChanged(row.id, confirmed_minor, owed.amount_minor)
        receipt_no, refund_id = _refund_row(station, session, row, owed.amount_minor,
                                            owed.currency, reason, operator=operator,
                                            now=now, credit=True)
        # the death is why it never ran, undone since or not: the withdrawal is coded as
        # the death's own (the centre and the auditor read codes); the clerk's words are
        # the refund's
        withdrawn = (withdraw_locked(station, session, row, DECEASED,
                                     operator_id=operator.id, now=now)
                     if owed.never_ran else None)
    return CreditReceipt(receipt_no, refund_id, owed.amount_minor, owed.currency, owed,
                         withdrawn)


def credits_owed(station: Station, household_id: str, *, today: dt.date,
                 catalogue: Catalogue | None = None) -> list[Credit]:
    """The credits of the household's ended memberships (its deceased members' too) that
    :func:`refund_credit` gives back on ``today``; a membership of a member who died before
    it began is not among them (owed to the family as
    :func:`~station.services.memberships.refunds_owed` lists it)."""
    catalogue = catalogue or load_catalogue()
    m, paid = ProgrammeMembership, ContributionPayment
    with station.reading() as session:
        rows = session.scalars(
            sa.select(m).join(Person, Person.id == m.person_id)
            .where(Person.household_id == household_id, m.end_date.is_not(None),
                   sa.or_(m.end_date < today, m.end_date == m.start_date),
                   sa.or_(Person.died_on.is_(None), m.start_date <= Person.died_on),
                   m.id.in_(sa.select(paid.membership_id).group_by(paid.membership_id)
                            .having(sa.func.sum(paid.amount_minor) > 0)))
            .order_by(m.person_id, m.start_date, m.id)).all()
        found = []
        for row in rows:
            programme = catalogue.get(row.programme_code)
            if programme.contribution is None:
                continue
            try:
                found.append(_credit(session, row, programme.contribution, today))
            except (CreditNotEnded, NoCredit):
                continue
        return found


@dataclass(frozen=True)
class Paid:
    """One line of a membership's payments history: a payment, or a refund (``refund``
    True; ``amount_minor`` is then what was given back, positive)."""

    receipt_no: str
    paid_at: dt.datetime
    amount_minor: int
    currency: str
    refund: bool


def payment_history(station: Station, membership_id: str) -> list[Paid]:
    """Every payment and refund towards the membership, oldest first; a withdrawn one's
    too (they keep its id). UnknownRecord when there is neither the membership nor any."""
    with station.reading() as session:
        rows = session.scalars(sa.select(ContributionPayment).where(
            ContributionPayment.membership_id == membership_id)
            .order_by(ContributionPayment.paid_at, ContributionPayment.receipt_no)).all()
        if not rows and session.get(ProgrammeMembership, membership_id) is None:
            raise UnknownRecord("membership", membership_id)
        return [Paid(r.receipt_no, r.paid_at, abs(r.amount_minor), r.currency,
                     r.amount_minor < 0 or is_refund_number(r.receipt_no)) for r in rows]


@dataclass(frozen=True)
class OnFile:
    """What the registry holds of one payment or refund, for a copy of its paper
    (:func:`on_file`): only what was stored, never recomputed. ``holder`` and
    ``programme_code`` come from the membership, or from the payment's own audit event for
    one withdrawn since ("" if neither is on file); ``received_by`` is the full name of the
    operator who took (or paid out) the money, "" when that account is not on file.

    A refund's ``reason`` (the end reason code of a withdrawal, :data:`DECEASED` for a
    deceased holder's, or the clerk's words for a credit) and ``credit`` are its audit
    event's ("" and None when that event is not found)."""

    record_id: str
    receipt_no: str
    membership_id: str
    paid_at: dt.datetime  # naive UTC, as stored
    amount_minor: int  # positive; a refund's is what was given back
    currency: str
    refund: bool
    station_id: str
    received_by: str
    holder: str
    programme_code: str
    reason: str
    credit: bool | None


def on_file(station: Station, receipt_no: str) -> OnFile:
    """The payment or refund with receipt number ``receipt_no`` as the registry holds it
    (:class:`OnFile`); UnknownRecord when no payment or refund has that number."""
    with station.reading() as session:
        row = session.scalars(sa.select(ContributionPayment).where(
            ContributionPayment.receipt_no == receipt_no)).first()
        if row is None:
            raise UnknownRecord("receipt", receipt_no, key="number")
        refund = row.amount_minor < 0 or is_refund_number(row.receipt_no)
        operator = (session.get(Operator, row.operator_id)
                    if row.operator_id is not None else None)
        facts = _event_facts(session, row.id, "contribution.refund" if refund
                             else "contribution.pay")
        membership = session.get(ProgrammeMembership, row.membership_id)
        person_id = (membership.person_id if membership is not None
                     else str(facts.get("person_id") or ""))
        code = (membership.programme_code if membership is not None
                else str(facts.get("programme") or ""))
        credit = facts.get("credit", False) if facts and refund else None
        return OnFile(
            record_id=row.id, receipt_no=row.receipt_no, membership_id=row.membership_id,
            paid_at=row.paid_at, amount_minor=abs(row.amount_minor), currency=row.currency,
            refund=refund, station_id=row.station_id,
            received_by=(operator.full_name or operator.username) if operator else "",
            holder=holder_name(session.get(Person, person_id) if person_id else None),
            programme_code=code,
            reason=str(facts.get("reason") or "") if refund else "",
            credit=bool(credit) if credit is not None else None)


def _event_facts(session: Session, record_id: str, action: str) -> dict[str, object]:
    """The details of the audit event ``action`` written with the payment ``record_id``
    ({} when there is none, or it cannot be read)."""
    return event_details(session, action, record_id, subject_type="contribution_payment")
