"""``sws demo populate``: a realistic synthetic commune (or district) in the local registry.

Households and people come from :mod:`station.services.demo_people`; on top of them the
demo runs the real rules: questionnaires are scored, packages proposed by the catalogue and
mostly confirmed, contributions paid (some late), cards issued, a few duplicates caught at
adjudication, case plans opened and grievances lodged, each at plausible past dates. Rows go in
with bulk inserts, in one transaction. Nothing fake is queued for sync: demo rows write no
outbox items, and one audit event (``demo.populate``) records what was generated.

Deterministic: the same ``seed``, size and ``now`` give the same registry content, ids included.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.base import Base
from station.registry.models import (
    Adjudication,
    Card,
    Enrolment,
    Household,
    Operator,
    Person,
    ProgrammeMembership,
)
from station.registry.models_services import (
    CaseFile,
    CaseItem,
    ContributionPayment,
    EligibilityDecision,
    Grievance,
    GrievanceStep,
    PersonSituation,
    VulnerabilityAssessment,
)
from station.services.catalogue import Catalogue, add_months, load_catalogue
from station.services.contributions import receipt_number
from station.services.demo_people import DemoHousehold, households, new_id
from station.services.eligibility import HouseholdFacts, MemberFacts, age_on, propose_package
from station.services.errors import ServiceError
from station.services.grievance_rules import GrievancePolicy, load_policy
from station.services.grievances import grievance_reference, references_taken
from station.services.memberships import sync_catalogue
from station.services.questionnaire import Questionnaire, load_questionnaire

PROVINCE, DISTRICT = "12", "1203"
MANAGERS = ("demo-cm1", "demo-cm2", "demo-cm3")
#: Their names, as a supervisor sees them in the operators list.
MANAGER_NAMES = {"demo-cm1": "Keo Sreymom (DEMO)", "demo-cm2": "Heng Vuthy (DEMO)",
                 "demo-cm3": "Lim Sokunthea (DEMO)"}
ACCEPT_SHARE = 0.85
CARD_SHARE = 0.75
DUPLICATE_SHARE = 0.015
MAX_HOUSEHOLDS = 100_000


@dataclass
class DemoSummary:
    """How many rows of each kind ``populate`` wrote."""

    seed: int
    households: int = 0
    persons: int = 0
    assessments: int = 0
    memberships: int = 0
    declined: int = 0
    payments: int = 0
    cards: int = 0
    duplicates_prevented: int = 0
    cases: int = 0
    case_items: int = 0
    grievances: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def commune_codes(communes: int) -> list[str]:
    return [f"{DISTRICT}{c + 1:02d}" for c in range(communes)]


class _Rows:
    """Rows per table, inserted in dependency order at the end."""

    def __init__(self) -> None:
        self.tables: dict[Any, list[dict[str, Any]]] = {}

    def add(self, model: Any, **row: Any) -> None:
        self.tables.setdefault(model, []).append(row)

    def insert(self, session: Session) -> None:
        order = (Household, Person, PersonSituation, VulnerabilityAssessment, Enrolment,
                 ProgrammeMembership, EligibilityDecision, ContributionPayment, Card,
                 Adjudication, CaseFile, CaseItem, Grievance, GrievanceStep)
        for model in order:
            rows = self.tables.get(model)
            if rows:  # Core executemany: one statement per table, no ORM bookkeeping
                table = Base.metadata.tables[model.__tablename__]
                session.connection().execute(table.insert(), rows)


def populate(station: Station, *, households_count: int, seed: int, now: dt.datetime,
             communes: int = 1, operator: OperatorInfo | None = None,
             catalogue: Catalogue | None = None, questionnaire: Questionnaire | None = None,
             policy: GrievancePolicy | None = None) -> DemoSummary:
    """Write a synthetic population of ``households_count`` households; return the counts."""
    if not 1 <= households_count <= MAX_HOUSEHOLDS:
        raise ServiceError(f"households must be between 1 and {MAX_HOUSEHOLDS}")
    if not 1 <= communes <= 99:
        raise ServiceError("communes must be between 1 and 99")
    catalogue = catalogue or load_catalogue()
    questionnaire = questionnaire or load_questionnaire()
    policy = policy or load_policy()
    rng = random.Random(seed)
    at = naive_utc(now)
    today = at.date()
    villages = [f"{c}{v + 1:02d}" for c in commune_codes(communes) for v in range(10)]
    demo = households(rng, households_count, villages=villages, questionnaire=questionnaire,
                      today=today)
    summary = DemoSummary(seed=seed)
    with station.transaction() as session:
        if session.get(Household, demo[0].id) is not None:
            raise ServiceError(f"this registry already holds the demo population of seed {seed}")
        sync_catalogue(session, catalogue)
        managers = _managers(session, rng, at)
        rows = _Rows()
        person_ids: list[str] = []
        for household in demo:
            _household_rows(rows, rng, household, at, managers[0], summary, person_ids,
                            catalogue, questionnaire)
        _cards_and_duplicates(rows, rng, person_ids, at, managers[0], summary)
        _cases(rows, rng, demo, managers, today, at, summary)
        _grievances(rows, rng, demo, policy, managers[0], at, summary)
        _grievance_references(station, session, rows)
        rows.insert(session)
        station.audit(session, action="demo.populate", subject_type="registry",
                      subject_id=f"demo-seed-{seed}", details=summary.as_dict(),
                      operator_id=operator.id if operator else None, now=now)
    return summary


def _managers(session: Session, rng: random.Random, at: dt.datetime) -> list[str]:
    """The demo case managers (accounts that cannot log in: no usable password)."""
    ids = []
    for username in MANAGERS:
        found = session.scalar(sa.select(Operator.id).where(Operator.username == username))
        if found is None:
            found = new_id(rng)
            session.add(Operator(id=found, username=username, full_name=MANAGER_NAMES[username],
                                 role="clerk", password_hash="!demo-account-no-login",
                                 failed_logins=0, locked=True, created_at=at))
        ids.append(found)
    session.flush()
    return ids


def _household_rows(rows: _Rows, rng: random.Random, household: DemoHousehold,
                    at: dt.datetime, clerk_id: str, summary: DemoSummary,
                    person_ids: list[str], catalogue: Catalogue,
                    questionnaire: Questionnaire) -> None:
    village = household.village
    codes = {"province_code": PROVINCE, "district_code": DISTRICT,
             "commune_code": village[:6], "village_code": village}
    created = at - dt.timedelta(days=rng.randrange(30, 730), minutes=rng.randrange(600))
    rows.add(Household, id=household.id, created_at=created, **codes)
    summary.households += 1
    for member in household.members:
        rows.add(Person, id=member.id, household_id=household.id,
                 relation_to_head=member.relation, local_name=member.local_name,
                 latin_name=member.latin_name, sex=member.sex, birth_date=member.birth_date,
                 birth_date_estimated=False, phone=None, other_ids={}, created_at=created,
                 **codes)
        rows.add(PersonSituation, person_id=member.id, disability=member.disability,
                 employment=member.employment, updated_at=created)
        rows.add(Enrolment, id=new_id(rng), person_id=member.id, operator_id=clerk_id,
                 station_id="demo", started_at=created, finished_at=created,
                 status="completed", adjudication_id=None)
        person_ids.append(member.id)
        summary.persons += 1
    if household.answers is None:
        return
    scored = questionnaire.score(household.answers)
    rows.add(VulnerabilityAssessment, id=new_id(rng), household_id=household.id,
             questionnaire_version=scored.questionnaire_version, score=scored.score,
             poverty_level=scored.poverty_level, answers=scored.answers, assessed_at=created,
             operator_id=clerk_id)
    summary.assessments += 1
    facts = HouseholdFacts(household.id, tuple(
        MemberFacts(m.id, m.birth_date, m.sex, m.disability, m.employment,
                    m.relation == "head") for m in household.members),
        scored.poverty_level, scored.score)
    package = propose_package(catalogue, facts, today=created.date(), explain=False)
    for proposal in package.proposals:
        accepted = rng.random() < ACCEPT_SHARE
        membership_id = new_id(rng) if accepted else None
        if membership_id:
            rows.add(ProgrammeMembership, id=membership_id, person_id=proposal.person_id,
                     programme_code=proposal.programme_code, start_date=proposal.start_date,
                     end_date=proposal.end_date)
            summary.memberships += 1
            scheme = catalogue.get(proposal.programme_code).contribution
            if scheme is not None:
                _payments(rows, rng, membership_id, scheme.amount_minor, scheme.currency,
                          (proposal.start_date, proposal.end_date), at, summary)
        else:
            summary.declined += 1
        rows.add(EligibilityDecision, id=new_id(rng), household_id=household.id,
                 person_id=proposal.person_id, programme_code=proposal.programme_code,
                 rules_version=package.rules_version, reason=proposal.reason,
                 decision="confirmed" if accepted else "declined", membership_id=membership_id,
                 decided_at=created, operator_id=clerk_id)


def _payments(rows: _Rows, rng: random.Random, membership_id: str, amount: int,
              currency: str, dates: tuple[dt.date, dt.date | None], at: dt.datetime,
              summary: DemoSummary) -> None:
    """Most members pay every month; some stop paying a few months ago, a few never pay;
    nobody pays for a month after the membership ended (the counter refuses it)."""
    start, end = dates
    last = at.date() if end is None else min(at.date(), end)
    months = (last.year - start.year) * 12 + last.month - start.month + 1
    if add_months(start, months - 1) > last:  # the last month's period starts after it
        months -= 1
    habit = rng.random()
    paid_months = months if habit < 0.6 else max(0, months - rng.randrange(1, 3)) \
        if habit < 0.85 else max(0, months - rng.randrange(3, 12))
    for month in range(paid_months):
        day = start + dt.timedelta(days=30 * month + rng.randrange(10))
        paid_at = min(at, dt.datetime.combine(day, dt.time(9)) + dt.timedelta(minutes=month))
        summary.payments += 1
        rows.add(ContributionPayment, id=new_id(rng), membership_id=membership_id,
                 amount_minor=amount, currency=currency,
                 receipt_no=receipt_number("demo", paid_at.date(), summary.payments),
                 paid_at=paid_at, operator_id=None, station_id="demo")


def _cards_and_duplicates(rows: _Rows, rng: random.Random, person_ids: list[str],
                          at: dt.datetime, clerk_id: str, summary: DemoSummary) -> None:
    for person_id in person_ids:
        if rng.random() < CARD_SHARE:
            summary.cards += 1
            draw = rng.random()
            status = "lost" if draw < 0.03 else "revoked" if draw < 0.04 else "issued"
            rows.add(Card, serial=f"DEMO-{summary.cards:08d}", person_id=person_id,
                     credential=b"", status=status,
                     issued_at=at - dt.timedelta(days=rng.randrange(1, 700)),
                     status_changed_at=None, status_reason="demo card, no credential",
                     replaced_by=None)
        if rng.random() < DUPLICATE_SHARE:
            summary.duplicates_prevented += 1
            when = at - dt.timedelta(days=rng.randrange(1, 700))
            rows.add(Adjudication, id=new_id(rng), created_at=when, operator_id=clerk_id,
                     station_id="demo", applicant={"demo": True}, probe_sealed=None,
                     key_id=None, candidates=[{"person_id": person_id,
                                               "score": round(40 + rng.random() * 60, 1)}],
                     status="approved", clerk_decision="duplicate",
                     matched_person_id=person_id, decided_at=when, supervisor_id=None,
                     approved_at=when, note="demo")


def _cases(rows: _Rows, rng: random.Random, demo: list[DemoHousehold], managers: list[str],
           today: dt.date, at: dt.datetime, summary: DemoSummary) -> None:
    """Case plans for a third of unemployed working-age adults: a goal and referrals."""
    services = ("employment", "training", "health")
    for household in demo:
        for member in household.members:
            if member.employment != "unemployed" or not 18 <= age_on(member.birth_date,
                                                                    today) < 60:
                continue
            if rng.random() >= 0.33:
                continue
            case_id = new_id(rng)
            opened = at - dt.timedelta(days=rng.randrange(10, 400))
            closed = rng.random() < 0.2
            rows.add(CaseFile, id=case_id, person_id=member.id,
                     manager_id=managers[rng.randrange(len(managers))],
                     status="closed" if closed else "open", summary="find stable work",
                     opened_at=opened, closed_at=at if closed else None)
            summary.cases += 1
            plan = [("goal", "Find stable work within a year", None)] + [
                ("referral", f"Referral to {s.replace('_', ' ')} services", s)
                for s in rng.sample(services, rng.randrange(1, 3))]
            for kind, text, service in plan:
                follow = today + dt.timedelta(days=rng.randrange(-60, 60))
                status = rng.choices(("planned", "in_progress", "done"), (0.4, 0.4, 0.2))[0]
                rows.add(CaseItem, id=new_id(rng), case_id=case_id, kind=kind, description=text,
                         service=service, status=status, due_date=follow + dt.timedelta(30),
                         follow_up_date=follow, note=None, created_at=opened, updated_at=opened)
                summary.case_items += 1


def _grievances(rows: _Rows, rng: random.Random, demo: list[DemoHousehold],
                policy: GrievancePolicy, clerk_id: str, at: dt.datetime,
                summary: DemoSummary) -> None:
    """About one household in twenty-five complains; older grievances are further along."""
    categories = policy.categories
    weights = [5 if c.code in ("payment", "exclusion") else 2 for c in categories]
    for household in demo:
        if rng.random() >= 0.04:
            continue
        category = rng.choices(categories, weights)[0]
        received = at - dt.timedelta(days=rng.randrange(0, 180), minutes=rng.randrange(600))
        age = (at - received).days
        path = ["received"]
        if age > 3:
            path.append("referred")
        if age > 10 and rng.random() < 0.7:
            path.append("resolved")
            if age > 20 and rng.random() < 0.1:
                path.append("appealed")
            elif age > 40:
                path.append("closed")
        grievance_id = new_id(rng)
        resolved = received + dt.timedelta(days=min(age, 9)) if "resolved" in path else None
        rows.add(Grievance, id=grievance_id, person_id=household.members[0].id,
                 channel="card" if rng.random() < 0.3 else "counter", card_serial=None,
                 category=category.code, description=category.label,
                 responsible_service=category.service, status=path[-1], received_at=received,
                 deadline=received.date() + dt.timedelta(days=category.days),
                 referred_to=category.service if "referred" in path else None,
                 resolution="demo resolution" if resolved else None, resolved_at=resolved,
                 appeals=int("appealed" in path),
                 appeal_reason="demo appeal" if "appealed" in path else None,
                 closed_at=at if path[-1] == "closed" else None, operator_id=clerk_id)
        for seq, status in enumerate(path, start=1):
            rows.add(GrievanceStep, id=new_id(rng), grievance_id=grievance_id, seq=seq,
                     at=received + dt.timedelta(days=seq - 1), action=_ACTION[status],
                     from_status=path[seq - 2] if seq > 1 else None, to_status=status,
                     note=None, operator_id=clerk_id)
        summary.grievances += 1


def _grievance_references(station: Station, session: Session, rows: _Rows) -> None:
    """Each demo grievance's reference, as intake gives it: per office day in the order
    received, after those the station already gave that day."""
    station_id = station.settings.station_id
    taken: dict[dt.date, int] = {}
    for row in sorted(rows.tables.get(Grievance, []), key=lambda r: r["received_at"]):
        day = station.settings.today(row["received_at"].replace(tzinfo=dt.UTC))
        if day not in taken:
            taken[day] = references_taken(session, station_id, day)
        taken[day] += 1
        row["reference"] = grievance_reference(station_id, day, taken[day])


_ACTION = {"received": "intake", "referred": "refer", "resolved": "resolve",
           "appealed": "appeal", "closed": "close"}
