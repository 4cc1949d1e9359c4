"""From a proposed package to memberships: the clerk confirms, the station records.

``propose`` evaluates the rules for a household as it stands in the registry; ``confirm``
writes one :class:`~station.registry.models.ProgrammeMembership` (with start and end dates)
for every accepted proposal and an :class:`EligibilityDecision` for every proposal, accepted or
declined, with the reason and rules version shown to the clerk. ``end_membership`` ends one
before its term (the person moved, is no longer eligible, asked to leave, or holds it twice),
with a reason from :data:`END_REASONS`; ``withdraw_membership`` withdraws one that has not
begun yet (the person left before it began). Audit events and outbox items go in the same
transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.models import (
    AuditEvent,
    Card,
    Person,
    Programme,
    ProgrammeMembership,
)
from station.registry.models_services import ContributionPayment, EligibilityDecision
from station.services.catalogue import Catalogue, load_catalogue
from station.services.eligibility import Package, Proposal, propose_package
from station.services.errors import (
    AlreadyBegun,
    AlreadyEnds,
    AlreadyMember,
    AlreadyOver,
    BeginsLater,
    ContributionsPaid,
    EndBeforeStart,
    EndInFuture,
    NotBegunYet,
    NotInList,
    NotProposed,
    RulesChanged,
    UnknownRecord,
)
from station.services.households import (
    Holding,
    household_facts,
    household_units,
    twice_among,
)
from station.services.recording import office_today, record


@dataclass(frozen=True)
class Confirmed:
    """What ``confirm`` wrote: membership ids per (person, programme), and declined ones."""

    memberships: dict[tuple[str, str], str]
    declined: tuple[tuple[str, str], ...]


def sync_catalogue(session: Session, catalogue: Catalogue) -> None:
    """Make sure every programme of ``catalogue`` has its row (names follow the catalogue)."""
    existing = {p.code: p for p in session.scalars(sa.select(Programme))}
    for programme in catalogue.programmes:
        row = existing.get(programme.code)
        if row is None:
            session.add(Programme(code=programme.code, name=programme.name))
        elif row.name != programme.name:
            row.name = programme.name
    session.flush()


def active_memberships(session: Session, person_ids: Collection[str],
                       today: dt.date) -> list[tuple[str, str]]:
    """(person_id, programme_code) of memberships running on ``today`` or starting after it.

    A membership that starts later still counts: a package proposed on an earlier date (a
    back-dated confirmation) would otherwise offer the same programme a second time.
    """
    if not person_ids:
        return []
    rows = session.execute(
        sa.select(ProgrammeMembership.person_id, ProgrammeMembership.programme_code)
        .where(ProgrammeMembership.person_id.in_(list(person_ids)),
               sa.or_(ProgrammeMembership.end_date.is_(None),
                      ProgrammeMembership.end_date >= today))).all()
    return [(r[0], r[1]) for r in rows]


def _overlapping(session: Session, proposal: Proposal) -> ProgrammeMembership | None:
    """A membership of the same person and programme whose dates meet the proposal's."""
    m = ProgrammeMembership
    query = sa.select(m).where(
        m.person_id == proposal.person_id, m.programme_code == proposal.programme_code,
        sa.or_(m.end_date.is_(None), m.end_date >= proposal.start_date))
    if proposal.end_date is not None:
        query = query.where(m.start_date <= proposal.end_date)
    return session.scalars(query.limit(1)).first()


def _check_dates(proposal: Proposal, today: dt.date) -> None:
    """Refuse a membership that would be over before it is recorded, or not begun yet.

    A start after today would be judged on facts (age, poverty level) of a day not come.
    """
    if proposal.start_date > today:
        raise NotBegunYet(proposal.person_id, proposal.programme_code, proposal.start_date,
                          proposal.end_date, today)
    if proposal.end_date is not None and proposal.end_date < today:
        raise AlreadyOver(proposal.person_id, proposal.programme_code, proposal.start_date,
                          proposal.end_date, today)


def propose(station: Station, household_id: str, *, today: dt.date,
            catalogue: Catalogue | None = None) -> Package:
    """The combined package for a household, from the registry's facts on ``today``."""
    catalogue = catalogue or load_catalogue()
    with station.reading() as session:
        facts = household_facts(session, household_id)
        current = active_memberships(session, [m.person_id for m in facts.members], today)
    return propose_package(catalogue, facts, today=today, current=current)


def confirm(station: Station, package: Package, *, accepted: Collection[tuple[str, str]] | None,
            operator: OperatorInfo, now: dt.datetime,
            catalogue: Catalogue | None = None) -> Confirmed:
    """Record the clerk's decisions on ``package``.

    ``accepted`` lists the (person_id, programme_code) the clerk confirmed; None accepts every
    proposal. Accepting something that was not proposed is refused: the rules decide what
    can be offered, the clerk only what is taken.
    """
    catalogue = catalogue or load_catalogue()
    if catalogue.rules_version != package.rules_version:
        raise RulesChanged(package.rules_version, catalogue.rules_version)
    proposed = {(p.person_id, p.programme_code) for p in package.proposals}
    chosen = proposed if accepted is None else set(accepted)
    stray = sorted(chosen - proposed)
    if stray:
        raise NotProposed(stray[0][0], stray[0][1])
    today = office_today(station, now)
    for proposal in package.proposals:
        if (proposal.person_id, proposal.programme_code) in chosen:
            _check_dates(proposal, today)
    try:
        return _write(station, package, chosen, catalogue, operator=operator, now=now)
    except sa.exc.IntegrityError:
        # another desk wrote the same membership while this one was writing (their checks
        # both found nothing): the database's unique indexes refused the second
        held = _held(station, package, chosen)
        if held is None:
            raise
        raise _already(held) from None


def _already(held: ProgrammeMembership) -> AlreadyMember:
    return AlreadyMember(held.person_id, held.programme_code, held.id, held.start_date,
                         held.end_date)


def _held(station: Station, package: Package,
          chosen: Collection[tuple[str, str]]) -> ProgrammeMembership | None:
    """The first membership that now stands in the way of one of the chosen proposals."""
    with station.reading() as session:
        for proposal in package.proposals:
            if (proposal.person_id, proposal.programme_code) in chosen:
                held = _overlapping(session, proposal)
                if held is not None:
                    return held
    return None


def _write(station: Station, package: Package, chosen: Collection[tuple[str, str]],
           catalogue: Catalogue, *, operator: OperatorInfo, now: dt.datetime) -> Confirmed:
    at = naive_utc(now)
    written: dict[tuple[str, str], str] = {}
    declined: list[tuple[str, str]] = []
    with station.transaction() as session:
        sync_catalogue(session, catalogue)
        for proposal in package.proposals:
            key = (proposal.person_id, proposal.programme_code)
            membership_id = None
            if key in chosen:
                held = _overlapping(session, proposal)
                if held is not None:
                    # the package is older than the registry (another desk, the same
                    # command twice): nothing of this confirmation is written
                    raise _already(held)
                membership_id = str(uuid.uuid4())
                session.add(ProgrammeMembership(
                    id=membership_id, person_id=proposal.person_id,
                    programme_code=proposal.programme_code, start_date=proposal.start_date,
                    end_date=proposal.end_date))
                written[key] = membership_id
            else:
                declined.append(key)
            decision_id = str(uuid.uuid4())
            session.add(EligibilityDecision(
                id=decision_id, household_id=package.household_id, person_id=proposal.person_id,
                programme_code=proposal.programme_code, rules_version=package.rules_version,
                reason=proposal.reason, decision="confirmed" if membership_id else "declined",
                membership_id=membership_id, decided_at=at, operator_id=operator.id))
            session.flush()
            facts = {"person_id": proposal.person_id, "programme": proposal.programme_code,
                     "decision": "confirmed" if membership_id else "declined",
                     "membership_id": membership_id, "rules_version": package.rules_version,
                     "reason": proposal.reason}
            record(station, session,
                   record_type="programme_membership" if membership_id else "eligibility_decision",
                   record_id=membership_id or decision_id,
                   action="programme.join" if membership_id else "programme.decline",
                   details=facts, payload={**facts, "start_date": proposal.start_date,
                                           "end_date": proposal.end_date},
                   operator_id=operator.id, now=now)
    return Confirmed(written, tuple(declined))


#: Why a membership ends before its term, as the clerk picks it: the person moved away, is no
#: longer eligible, asked to leave, or holds the programme twice (support ends the extra one:
#: migration ``mem01``). A death ends memberships itself (``sws person death``).
END_REASONS = ("moved", "not_eligible", "own_request", "recorded_twice")


@dataclass(frozen=True)
class Ended:
    """What :func:`end_membership` changed: the membership, its new and previous end."""

    membership_id: str
    person_id: str
    programme_code: str
    start_date: dt.date
    end_date: dt.date
    previous_end_date: dt.date | None
    reason: str
    #: The person's card (issued, not replaced) that still claims the programme on a day
    #: after ``end_date`` no other membership covers (:func:`cards_claiming`): to be issued
    #: again.
    cards_claiming: tuple[str, ...] = ()


@dataclass(frozen=True)
class Held:
    """One membership a household's member holds on a day (running or starting later)."""

    membership_id: str
    person_id: str
    programme_code: str
    start_date: dt.date
    end_date: dt.date | None
    end_reason: str | None = None  # why it was ended before its term (:func:`end_reasons`)
    #: A programme of one member a household that the household holds twice (members joined
    #: it with theirs, :func:`station.services.households.held_twice`): this is the one to end.
    twice: bool = False


def end_reasons(session: Session, membership_ids: Collection[str]) -> dict[str, str]:
    """Why each of these memberships was ended before its term, read back from its newest
    ``programme.end`` audit event (a reason of :data:`END_REASONS`, or ``holder deceased``
    for a death's); those never ended so are absent."""
    if not membership_ids:
        return {}
    rows = session.execute(
        sa.select(AuditEvent.subject_id, AuditEvent.details)
        .where(AuditEvent.action == "programme.end",
               AuditEvent.subject_type == "programme_membership",
               AuditEvent.subject_id.in_(list(membership_ids)))
        .order_by(AuditEvent.seq)).all()
    found: dict[str, str] = {}
    for subject_id, details in rows:
        try:
            reason = json.loads(details).get("reason")
        except (ValueError, AttributeError):
            continue
        if isinstance(reason, str):
            found[subject_id] = reason
    return found


def held(station: Station, household_id: str, *, today: dt.date) -> list[Held]:
    """The memberships the household's living members hold on ``today`` or later (those
    :func:`end_membership` can end), by person and start date."""
    m = ProgrammeMembership
    with station.reading() as session:
        found = session.execute(
            sa.select(m, Person.relation_to_head).join(Person, Person.id == m.person_id)
            .where(Person.household_id == household_id, Person.died_on.is_(None),
                   sa.or_(m.end_date.is_(None), m.end_date >= today))
            .order_by(m.person_id, m.start_date, m.programme_code, m.id)).all()
        rows = [r for r, _ in found]
        why = end_reasons(session, [r.id for r in rows if r.end_date is not None])
        # the same rows say which of a programme of one member a household is held twice
        twice = twice_among([Holding(r.programme_code, r.person_id, r.id, r.start_date,
                                     relation) for r, relation in found], household_units())
        extra = {mid for t in twice for _, mid, _ in t.to_end}
        return [Held(r.id, r.person_id, r.programme_code, r.start_date, r.end_date,
                     why.get(r.id), r.id in extra) for r in rows]


@dataclass(frozen=True)
class Owed:
    """A membership of a member who died before it began, with money paid towards it: the
    death kept its row, and what was paid is owed to the family
    (:func:`station.services.payments.refund_and_withdraw`)."""

    membership_id: str
    person_id: str
    programme_code: str
    start_date: dt.date
    paid_minor: int


def refunds_owed(station: Station, household_id: str) -> list[Owed]:
    """The memberships of the household's deceased members that were to begin after the
    death, with contributions paid towards them (net): refunds owed to the family."""
    m, paid = ProgrammeMembership, ContributionPayment
    with station.reading() as session:
        rows = session.execute(
            sa.select(m.id, m.person_id, m.programme_code, m.start_date,
                      sa.func.sum(paid.amount_minor))
            .join(Person, Person.id == m.person_id)
            .join(paid, paid.membership_id == m.id)
            .where(Person.household_id == household_id, Person.died_on.is_not(None),
                   m.start_date > Person.died_on)
            .group_by(m.id, m.person_id, m.programme_code, m.start_date)
            .having(sa.func.sum(paid.amount_minor) > 0)
            .order_by(m.person_id, m.start_date, m.id)).all()
    return [Owed(r[0], r[1], r[2], r[3], int(r[4])) for r in rows]


def never_ran(session: Session, row: ProgrammeMembership) -> bool:
    """Whether a death kept ``row`` for the money paid towards it: it was to begin after
    the death and ends on its start date (the schema wants an end on or after the start),
    so it never ran, whether the death still stands or was undone since. Read from the
    ``person.death`` event that ended it (its ``died_on`` and ``memberships_ended``)."""
    if row.end_date != row.start_date:
        return False
    for details in session.scalars(sa.select(AuditEvent.details).where(
            AuditEvent.action == "person.death", AuditEvent.subject_type == "person",
            AuditEvent.subject_id == row.person_id)):
        try:
            facts = json.loads(details)
            died = dt.date.fromisoformat(facts["died_on"])
            ended = facts.get("memberships_ended") or ()
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        if row.id in ended and died < row.start_date:
            return True
    return False


def _may_end(operator: OperatorInfo, reason: str, action: str) -> None:
    """Refuse an end or a withdrawal by neither a clerk nor a supervisor (PermissionDenied)
    or for a reason not in :data:`END_REASONS` (NotInList)."""
    operator.require("clerk", "supervisor", action=action)
    if reason not in END_REASONS:
        raise NotInList("end reason", reason, END_REASONS)


def _locked(session: Session, membership_id: str) -> ProgrammeMembership:
    """The membership, locked for the change (UnknownRecord when no such id)."""
    row = session.get(ProgrammeMembership, membership_id, with_for_update=True)
    if row is None:
        raise UnknownRecord("membership", membership_id)
    return row


def end_membership(station: Station, membership_id: str, *, reason: str, end_date: dt.date,
                   operator: OperatorInfo, now: dt.datetime) -> Ended:
    """End a membership on ``end_date`` (its last day) for ``reason`` (:data:`END_REASONS`).

    The row stays (the history is kept) with its new end date; a ``programme.end`` audit
    event and a ``programme_registration`` outbox item (decision ``ended``, as a death's ends
    travel: the centre stops counting the membership) go in the same transaction. The
    person's card that still claims the programme on a day after ``end_date`` that no other
    membership covers is named (``cards_claiming``): a hospital reads the card alone, so it
    is issued again.

    Raises
    ------
    PermissionDenied
        ``operator`` is neither a clerk nor a supervisor.
    NotInList
        ``reason`` is not one of :data:`END_REASONS`.
    UnknownRecord
        No membership has this id.
    BeginsLater
        The membership begins after today: it is withdrawn instead
        (:func:`withdraw_membership`); but for ``recorded_twice`` (below).
    EndBeforeStart, EndInFuture, AlreadyEnds
        The end date is before the membership starts, after today, or not before the day
        it already ends (nothing would change). After today is taken only for
        ``recorded_twice`` where the other of the pair ends that day from the same start or
        starts the next day: the end migration ``mem01`` names for a pair that runs on.
    """
    _may_end(operator, reason, "end programme memberships")
    today = office_today(station, now)
    with station.transaction() as session:
        row = _locked(session, membership_id)
        previous = row.end_date
        if row.start_date > today and reason != "recorded_twice":
            raise BeginsLater(row.id, row.start_date, previous, end_date, today)
        if previous is not None and end_date >= previous:
            raise AlreadyEnds(row.id, row.start_date, previous, end_date)
        if end_date < row.start_date:
            raise EndBeforeStart(row.id, row.start_date, previous, end_date)
        if end_date > today and not (reason == "recorded_twice"
                                     and _twin_ends(session, row, end_date)):
            raise EndInFuture(row.id, row.start_date, previous, end_date, today)
        row.end_date = end_date
        stale = cards_claiming(session, row.person_id, row.programme_code, end_date,
                               besides=row.id)
        facts = {"person_id": row.person_id, "programme": row.programme_code,
                 "decision": "ended", "membership_id": row.id, "reason": reason,
                 "previous_end_date": previous.isoformat() if previous else None}
        record(station, session, record_type="programme_membership", record_id=row.id,
               action="programme.end", details={**facts, "end_date": end_date.isoformat()},
               payload={**facts, "start_date": row.start_date, "end_date": end_date},
               operator_id=operator.id, now=now)
        return Ended(row.id, row.person_id, row.programme_code, row.start_date, end_date,
                     previous, reason, stale)


@dataclass(frozen=True)
class Withdrawn:
    """What :func:`withdraw_membership` removed: a membership that never began."""

    membership_id: str
    person_id: str
    programme_code: str
    start_date: dt.date
    previous_end_date: dt.date | None
    reason: str
    #: The person's card (issued, not replaced) that still claims the programme on a day
    #: no other membership covers (:func:`cards_claiming`): to be issued again.
    cards_claiming: tuple[str, ...] = ()


def uncovered(first: dt.date, last: dt.date,
              spans: Iterable[tuple[dt.date, dt.date | None]]) -> bool:
    """Whether a day of ``first``..``last`` lies outside every span (first day, last day or
    None: open-ended): a membership's days a card does not claim, or a card's days no
    membership covers. An empty range (``first`` after ``last``) has none."""
    day = first
    for start, end in sorted(spans, key=lambda span: span[0]):
        if start > day:
            break
        if end is None or end >= last:
            return False
        day = max(day, end + dt.timedelta(days=1))
    return day <= last


def cards_claiming(session: Session, person_id: str, programme_code: str,
                   after: dt.date, *, besides: str) -> tuple[str, ...]:
    """Serials of the person's cards in use (``issued``) whose credential claims
    ``programme_code`` on a day after ``after`` that no membership but ``besides`` (the one
    ended or withdrawn) covers.

    A hospital checks the card alone (offline): a card written before a membership was
    ended or withdrawn still says "covered" on those days until a new card replaces it.
    A day another membership of the person's in the programme covers (the copy of a pair
    recorded twice) is rightly claimed, so it names nothing. A stored credential that does
    not read names nothing."""
    from cardio.credential import decode_credential
    from cardio.errors import InvalidCredential

    m = ProgrammeMembership
    held = session.execute(sa.select(m.start_date, m.end_date).where(
        m.person_id == person_id, m.programme_code == programme_code, m.id != besides)).all()

    found = []
    for serial, credential in session.execute(
            sa.select(Card.serial, Card.credential)
            .where(Card.person_id == person_id, Card.status == "issued")
            .order_by(Card.serial)):
        try:
            claims = decode_credential(bytes(credential))[1]
        except (InvalidCredential, ValueError, TypeError, KeyError):
            continue
        if any(e.programme == programme_code and e.valid_until > after
               and uncovered(max(e.valid_from, after + dt.timedelta(days=1)), e.valid_until,
                             held)
               for e in claims.entitlements):
            found.append(str(serial))
    return tuple(found)


def withdraw_membership(station: Station, membership_id: str, *, reason: str,
                        operator: OperatorInfo, now: dt.datetime) -> Withdrawn:
    """Withdraw a membership that begins after today (the person left before it began).

    It never runs, so no day can be its last: the row goes (its confirmation's decision
    keeps the rest, without the id; its payments and their refund keep its id), and the
    history stays in the ``programme.withdraw`` audit event (dates, reason). The centre is
    told in the same transaction as an end is: a ``programme_registration`` item, decision
    ``ended`` (the centre stops counting it), ``withdrawn`` true, ``reason`` the clerk's, and
    ``end_date`` the day before it starts: it held on no day. The person's card that claims
    the programme on a day no other membership covers is named (``cards_claiming``): a
    hospital reads the card alone, so it is issued again.

    Raises
    ------
    PermissionDenied
        ``operator`` is neither a clerk nor a supervisor.
    NotInList
        ``reason`` is not one of :data:`END_REASONS`.
    UnknownRecord
        No membership has this id.
    AlreadyBegun
        It began on or before today: it is ended on its last day (:func:`end_membership`).
    ContributionsPaid
        Contributions are paid towards it (net of refunds): the money is given back and the
        membership withdrawn in one step
        (:func:`station.services.payments.refund_and_withdraw`).
    """
    _may_end(operator, reason, "withdraw programme memberships")
    today = office_today(station, now)
    with station.transaction() as session:
        row = _locked(session, membership_id)
        if row.start_date <= today:
            raise AlreadyBegun(row.id, row.start_date, row.end_date, today)
        paid = paid_towards(session, row.id)
        if paid:
            raise ContributionsPaid(row.id, row.start_date, row.end_date, today, paid)
        return withdraw_locked(station, session, row, reason, operator_id=operator.id,
                               now=now)


def paid_towards(session: Session, membership_id: str) -> int:
    """What is paid towards a membership, net of its refunds (minor units)."""
    total = session.scalar(sa.select(sa.func.coalesce(
        sa.func.sum(ContributionPayment.amount_minor), 0))
        .where(ContributionPayment.membership_id == membership_id))
    return int(total or 0)


def withdraw_locked(station: Station, session: Session, row: ProgrammeMembership,
                    reason: str, *, operator_id: str, now: dt.datetime) -> Withdrawn:
    """Withdraw ``row`` (locked, checked by the caller) in the caller's transaction and say
    what was withdrawn, with the cards that still claim it (:func:`withdraw_row`)."""
    withdrawn = Withdrawn(row.id, row.person_id, row.programme_code, row.start_date,
                          row.end_date, reason,
                          cards_claiming(session, row.person_id, row.programme_code,
                                         row.start_date - dt.timedelta(days=1),
                                         besides=row.id))
    withdraw_row(station, session, row, reason, operator_id=operator_id, now=now)
    return withdrawn


def withdraw_row(station: Station, session: Session, row: ProgrammeMembership, reason: str,
                 *, operator_id: str, now: dt.datetime) -> None:
    """Remove a membership that never ran, in the caller's transaction: its confirmation's
    decision keeps the rest, without the id; the ``programme.withdraw`` event keeps its
    dates and ``reason``; the centre is told ``withdrawn`` true with an ``end_date`` the day
    before it begins (held on no day). :func:`withdraw_membership`, a refund
    (:func:`station.services.payments.refund_and_withdraw`) and a death that came before
    the membership began (``station.model.deaths``) all withdraw so; payments towards it
    keep its id."""
    session.execute(sa.update(EligibilityDecision)
                    .where(EligibilityDecision.membership_id == row.id)
                    .values(membership_id=None))
    session.delete(row)
    session.flush()
    facts = {"person_id": row.person_id, "programme": row.programme_code,
             "decision": "ended", "withdrawn": True, "membership_id": row.id,
             "reason": reason, "start_date": row.start_date.isoformat(),
             "previous_end_date": row.end_date.isoformat() if row.end_date else None}
    record(station, session, record_type="programme_membership", record_id=row.id,
           action="programme.withdraw", details=facts,
           payload={**facts, "start_date": row.start_date,
                    "end_date": row.start_date - dt.timedelta(days=1)},
           operator_id=operator_id, now=now)


def _twin_ends(session: Session, row: ProgrammeMembership, end_date: dt.date) -> bool:
    """Whether another membership of ``row``'s person and programme makes ``end_date`` the
    end of the extra one of a pair: it runs from the same day to ``end_date`` (the two are
    then copies, made one by migration ``mem01``), or it starts the day after."""
    m = ProgrammeMembership
    twin = sa.select(m.id).where(
        m.person_id == row.person_id, m.programme_code == row.programme_code, m.id != row.id,
        sa.or_(sa.and_(m.start_date == row.start_date, m.end_date == end_date),
               m.start_date == end_date + dt.timedelta(days=1)))
    return session.scalars(twin.limit(1)).first() is not None
