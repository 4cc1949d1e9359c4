"""Contribution payments at the counter: a receipt, the statement, the membership status.

A payment is refused unless the membership's programme collects contributions. A membership
that has ended still owes the periods charged before its end (a death, the end of its term):
those arrears are taken, anything more is refused (:class:`MembershipEnded`), since no period
starts after the end and a credit could never be used. The receipt
number is unique per station and day; the statement (arrears, periods overdue, status) follows
from every payment recorded so far (:func:`station.services.contributions.statement`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.models import ProgrammeMembership
from station.registry.models_services import ContributionPayment
from station.services.catalogue import Catalogue, ContributionScheme, load_catalogue
from station.services.contributions import Statement, receipt_number, statement
from station.services.errors import (
    MembershipEnded,
    NoContributions,
    NotAnAmount,
    PaymentError,
    UnknownRecord,
)
from station.services.recording import office_today, record

RECEIPT_ATTEMPTS = 3


@dataclass(frozen=True)
class Receipt:
    """What the counter prints: the receipt number, the amount and the new statement."""

    receipt_no: str
    payment_id: str
    amount_minor: int
    currency: str
    statement: Statement


def _membership_and_scheme(session: Session, membership_id: str,
                           catalogue: Catalogue) -> tuple[ProgrammeMembership, ContributionScheme]:
    membership = session.get(ProgrammeMembership, membership_id)
    if membership is None:
        raise UnknownRecord("membership", membership_id)
    scheme = catalogue.get(membership.programme_code).contribution
    if scheme is None:
        raise NoContributions(membership.programme_code)
    return membership, scheme


def _paid(session: Session, membership_id: str) -> int:
    total = session.scalar(sa.select(sa.func.coalesce(sa.func.sum(
        ContributionPayment.amount_minor), 0)).where(
        ContributionPayment.membership_id == membership_id))
    return int(total or 0)


def contribution_statement(station: Station, membership_id: str, *, today: dt.date,
                           catalogue: Catalogue | None = None) -> Statement:
    """The statement of a contributory membership on ``today``."""
    catalogue = catalogue or load_catalogue()
    with station.reading() as session:
        membership, scheme = _membership_and_scheme(session, membership_id, catalogue)
        return statement(scheme, start=membership.start_date, end=membership.end_date,
                         paid_minor=_paid(session, membership_id), as_of=today)


def record_payment(station: Station, membership_id: str, amount_minor: int, *,
                   operator: OperatorInfo, now: dt.datetime,
                   catalogue: Catalogue | None = None) -> Receipt:
    """Record a payment and return its receipt with the statement after it."""
    if isinstance(amount_minor, bool) or not isinstance(amount_minor, int) or amount_minor <= 0:
        raise NotAnAmount(amount_minor)
    catalogue = catalogue or load_catalogue()
    for attempt in range(RECEIPT_ATTEMPTS):
        try:
            return _write_payment(station, membership_id, amount_minor, operator=operator,
                                  now=now, catalogue=catalogue)
        except sa.exc.IntegrityError:
            # Two counters took the same receipt number at the same moment (PostgreSQL:
            # both counted before either committed); the later one counts again.
            if attempt == RECEIPT_ATTEMPTS - 1:
                raise PaymentError("no free receipt number after several tries; "
                                   "nothing was recorded, try again") from None
    raise AssertionError("unreachable")  # pragma: no cover


def _write_payment(station: Station, membership_id: str, amount_minor: int, *,
                   operator: OperatorInfo, now: dt.datetime, catalogue: Catalogue) -> Receipt:
    at, today = naive_utc(now), office_today(station, now)  # the office's day, not UTC's
    station_id = station.settings.station_id
    prefix = receipt_number(station_id, today, 1)[:-5]
    with station.transaction() as session:
        membership, scheme = _membership_and_scheme(session, membership_id, catalogue)
        end = membership.end_date
        if end is not None and end < today:
            owed = statement(scheme, start=membership.start_date, end=end,
                             paid_minor=_paid(session, membership_id),
                             as_of=today).arrears_minor
            if amount_minor > owed:
                raise MembershipEnded(membership_id, end, owed, amount_minor)
        issued = session.scalar(sa.select(sa.func.count()).select_from(ContributionPayment)
                                .where(ContributionPayment.receipt_no.like(f"{prefix}%")))
        receipt_no = receipt_number(station_id, today, int(issued or 0) + 1)
        payment_id = str(uuid.uuid4())
        session.add(ContributionPayment(
            id=payment_id, membership_id=membership_id, amount_minor=amount_minor,
            currency=scheme.currency, receipt_no=receipt_no, paid_at=at,
            operator_id=operator.id, station_id=station_id))
        session.flush()
        after = statement(scheme, start=membership.start_date, end=membership.end_date,
                          paid_minor=_paid(session, membership_id), as_of=today)
        facts = {"membership_id": membership_id, "person_id": membership.person_id,
                 "programme": membership.programme_code, "amount_minor": amount_minor,
                 "currency": scheme.currency, "receipt_no": receipt_no,
                 "status_after": after.status, "arrears_minor": after.arrears_minor}
        record(station, session, record_type="contribution_payment", record_id=payment_id,
               action="contribution.pay", details=facts, payload={**facts, "paid_at": at},
               operator_id=operator.id, now=now)
    return Receipt(receipt_no, payment_id, amount_minor, scheme.currency, after)
