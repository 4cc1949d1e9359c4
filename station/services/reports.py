"""Reports for the commune or district: coverage, grievances, case management; and the
station's own day at the counter, the till (:func:`station.services.till.till`, its own module).

Each function reads the local registry in a few aggregate queries (rows of ids, codes and
dates, never names or biometrics) and returns a :class:`~station.services.report_model.Report`;
:mod:`station.services.report_render` writes it as JSON, CSV or a PDF with charts.

Definitions (also in ``docs/services.md``):

- *population*: the registered people living on the report date: a person whose death was
  recorded with a date on or before it is left out of every count (population, covered, by
  programme, sex and age, households, contributions) and counted apart; a death after the
  report date does not change a report dated before it;
- *covered*: a living person with at least one membership running on the report date;
- *combined package*: a household whose members hold two or more different programmes;
- *duplicates prevented*: adjudications where the clerk decided "duplicate" and a supervisor
  did not reject it (the applicant was already registered);
- *cards issued*: cards in status ``issued`` (plus every status, in its own table);
- *grievance age*: days since intake; *overdue*: still open after its deadline;
- *consent to ask again*: living people whose consent on file is due again on the report
  date (``station.model.consent.consent_due``): none recorded, the privacy notice changed
  since, or a child a parent or guardian agreed for has come of age. The consent is kept in
  the hash-chained audit trail: the database reads it out of each person's newest consent
  event (``station.model.consent.count_consents_due``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.config import today_at
from station.model.consent import count_consents_due
from station.model.operators import OperatorInfo
from station.registry.models import (
    Adjudication,
    Card,
    Household,
    Operator,
    Person,
    Programme,
    ProgrammeMembership,
)
from station.registry.models_services import (
    GRIEVANCE_STATUSES,
    ITEM_STATUSES,
    CaseFile,
    CaseItem,
    ContributionPayment,
    Grievance,
    VulnerabilityAssessment,
)
from station.services.catalogue import Catalogue, ContributionScheme, load_catalogue
from station.services.contributions import (
    ACTIVE,
    IN_ARREARS,
    SUSPENDED,
    statement,
)
from station.services.errors import ReportError
from station.services.facts import POVERTY_LEVELS
from station.services.grievance_rules import OPEN_STATUSES
from station.services.report_model import Area, Chart, Report, Table
from station.services.till import TILL_FOLDER, till

if TYPE_CHECKING:
    from station.model.station import Station
    from station.services.report_render import Localiser

AGE_GROUPS = (("0-5", 0, 5), ("6-17", 6, 17), ("18-24", 18, 24), ("25-59", 25, 59),
              ("60+", 60, 200))
GRIEVANCE_AGES = (("0-7 days", 0, 7), ("8-30 days", 8, 30), ("31-90 days", 31, 90),
                  ("91+ days", 91, 100_000))
#: The clerk decision of station.model.adjudication that stops a duplicate enrolment.
DUPLICATE_DECISIONS = ("duplicate",)
SEX_LABELS = {"F": "women", "M": "men", "X": "other"}
#: Why a person is asked for their consent again (``station.model.consent.consent_due``'s
#: codes), as the coverage report's ``consent_due`` table says it.
CONSENT_REASONS = {"not_recorded": "never asked (registered before consent was recorded)",
                   "notice_changed": "the privacy notice changed since",
                   "came_of_age": "came of age (a parent or guardian agreed for them)"}


def _in_area(query: Any, area: Area) -> Any:
    if area.commune:
        query = query.where(Person.commune_code == area.commune)
    if area.district:
        query = query.where(Person.district_code == area.district)
    return query


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def born_by(as_of: dt.date, years: int) -> dt.date:
    """The latest birth date of someone aged ``years`` or more on ``as_of``."""
    try:
        return as_of.replace(year=as_of.year - years)
    except ValueError:  # 29 February: that year has no such day
        return dt.date(as_of.year - years, 2, 28)


def age_group_sql(as_of: dt.date) -> Any:
    """The age group as a SQL CASE on birth dates (portable: plain date comparisons)."""
    bands = sorted(AGE_GROUPS[1:], key=lambda band: -band[1])
    return sa.case(*[(Person.birth_date <= born_by(as_of, low), label)
                     for label, low, _ in bands], else_=AGE_GROUPS[0][0])


def living_on(as_of: dt.date) -> Any:
    """The SQL condition "alive on ``as_of``": no death recorded, or one dated after it
    (the rule of the supervisor's coverage panel, ``station.model.ui_lookup.coverage``)."""
    return sa.or_(Person.died_on.is_(None), Person.died_on > as_of)


#: What the coverage report's notes say about the dead (JSON ``notes``, CSV and PDF header).
DEATH_NOTE = ("People whose death was recorded with a date on or before the report date are "
              "left out of every figure (population, covered, programmes, households, "
              "contributions); they are counted apart in the summary, so registered people = "
              "population + deceased. A death after the report date still counts.")


def _people(as_of: dt.date, area: Area) -> Any:
    """The living people in the area with their sex and age group, as a subquery."""
    return _in_area(sa.select(Person.id, Person.sex, Person.household_id,
                              age_group_sql(as_of).label("age_group"))
                    .where(living_on(as_of)), area).subquery()


def running_on(as_of: dt.date) -> Any:
    """Memberships running on ``as_of`` (person_id, programme_code), as a subquery."""
    m = ProgrammeMembership
    return (sa.select(m.person_id, m.programme_code)
            .where(m.start_date <= as_of, sa.or_(m.end_date.is_(None), m.end_date >= as_of))
            .subquery())


def coverage(session: Session, *, as_of: dt.date, area: Area, station_id: str,
             catalogue: Catalogue | None = None) -> Report:
    """Coverage by programme, sex and age group; packages; duplicates prevented; cards.

    Every count is a SQL aggregate (GROUP BY on the registry), so the cost grows with the
    number of programmes, sexes and age groups rather than with the population.
    """
    people, running = _people(as_of, area), running_on(as_of)
    joined = running.join(people, people.c.id == running.c.person_id)
    population_cells: Counter[tuple[str, str]] = Counter({
        (sex, band): int(n) for sex, band, n in session.execute(
            sa.select(people.c.sex, people.c.age_group, sa.func.count())
            .group_by(people.c.sex, people.c.age_group))})
    covered_cells: Counter[tuple[str, str]] = Counter({
        (sex, band): int(n) for sex, band, n in session.execute(
            sa.select(people.c.sex, people.c.age_group,
                      sa.func.count(sa.distinct(people.c.id))).select_from(joined)
            .group_by(people.c.sex, people.c.age_group))})
    by_programme: dict[str, Counter[str]] = defaultdict(Counter)
    by_programme_age: dict[str, Counter[str]] = defaultdict(Counter)
    for code, sex, band, n in session.execute(
            sa.select(running.c.programme_code, people.c.sex, people.c.age_group,
                      sa.func.count(sa.distinct(people.c.id))).select_from(joined)
            .group_by(running.c.programme_code, people.c.sex, people.c.age_group)):
        by_programme[code][sex] += int(n)
        by_programme_age[code][band] += int(n)
    pairs = (sa.select(people.c.household_id, running.c.programme_code).distinct()
             .select_from(joined).where(people.c.household_id.is_not(None)).subquery())
    per_household = (sa.select(pairs.c.household_id, sa.func.count().label("n"))
                     .group_by(pairs.c.household_id).subquery())
    package_sizes: Counter[int] = Counter()
    for size, n in session.execute(sa.select(per_household.c.n, sa.func.count())
                                   .group_by(per_household.c.n)):
        package_sizes[min(int(size), 4)] += int(n)
    households = int(session.scalar(sa.select(sa.func.count(sa.distinct(
        people.c.household_id)))) or 0)
    package_sizes[0] = households - sum(package_sizes.values())
    combined = sum(n for size, n in package_sizes.items() if size >= 2)
    population = sum(population_cells.values())
    covered = sum(covered_cells.values())
    deceased = int(session.scalar(_in_area(
        sa.select(sa.func.count()).select_from(Person)
        .where(Person.died_on.is_not(None), Person.died_on <= as_of), area)) or 0)
    names = {str(code): str(name) for code, name in
             session.execute(sa.select(Programme.code, Programme.name))}

    programme_rows = [
        (code, names.get(code, code), sum(c.values()), c["F"], c["M"],
         _pct(sum(c.values()), population))
        for code, c in sorted(by_programme.items(), key=lambda kv: (-sum(kv[1].values()),
                                                                    kv[0]))]
    ages = [label for label, _, _ in AGE_GROUPS]
    age_rows = [(code, *(by_programme_age[code][a] for a in ages)) for code, *_ in programme_rows]
    sex_age_rows = [
        (SEX_LABELS.get(sex, sex), band, population_cells[(sex, band)], covered_cells[(sex, band)],
         _pct(covered_cells[(sex, band)], population_cells[(sex, band)]))
        for sex in ("F", "M", "X") for band in ages if population_cells[(sex, band)]]

    levels = _poverty_levels(session, area, people)
    cards = _cards(session, area)
    due = count_consents_due(session, as_of, sa.select(people.c.id))
    duplicates = int(session.scalar(
        sa.select(sa.func.count()).select_from(Adjudication)
        .where(Adjudication.clerk_decision.in_(DUPLICATE_DECISIONS),
               sa.or_(Adjudication.status.is_(None), Adjudication.status != "rejected"))) or 0)
    summary = [
        ("population (registered people)", population),
        ("registered people deceased by the report date (left out)", deceased),
        ("households", households),
        ("households assessed", sum(levels.values())),
        ("people covered by at least one programme", covered),
        ("coverage of the population (%)", _pct(covered, population)),
        ("households with a combined package (2+ programmes)", combined),
        ("duplicates prevented (station-wide)", duplicates),
        ("cards issued and valid", cards.get("issued", 0)),
        ("cards ever issued", sum(cards.values())),
        ("people to ask for their consent again", sum(due.values())),
    ]
    tables = [
        Table("summary", "Summary", ("measure", "value"), summary),
        Table("coverage_by_programme", "Members by programme", (
            "programme", "name", "members", "women", "men", "share_of_population_pct"),
            programme_rows, Chart("stackedh", "name", ("women", "men"), "members")),
        Table("coverage_by_programme_age", "Members by programme and age group",
              ("programme", *ages), age_rows, Chart("stackedh", "programme", tuple(ages),
                                                    "members")),
        Table("coverage_by_sex_age", "Coverage by sex and age group", (
            "sex", "age_group", "population", "covered", "coverage_pct"), sex_age_rows),
        Table("programmes_per_household", "Programmes per household", (
            "programmes", "households"),
            [("4+" if k == 4 else str(k), package_sizes.get(k, 0)) for k in range(5)],
            Chart("bar", "programmes", ("households",), "households")),
        Table("poverty_levels", "Households by poverty level (latest assessment)", (
            "poverty_level", "households"), [(lvl, levels.get(lvl, 0)) for lvl in POVERTY_LEVELS],
            Chart("bar", "poverty_level", ("households",), "households")),
        Table("cards_by_status", "Cards by status", ("status", "cards"),
              sorted(cards.items())),
        Table("contribution_status", "Contributory memberships by status", (
            "programme", "active", "in_arrears", "suspended", "arrears_minor"),
            _contribution_status(session, as_of, area, catalogue or load_catalogue()),
            Chart("stackedh", "programme", ("active", "in_arrears", "suspended"), "members")),
        Table("consent_due", "People to ask for their consent again at their next visit",
              ("why", "people"), [(words, due.get(code, 0))
                                  for code, words in CONSENT_REASONS.items()]),
    ]
    return Report("coverage", "Coverage of social protection and employment programmes",
                  area, as_of, station_id, tables, notes=(DEATH_NOTE,))


def _poverty_levels(session: Session, area: Area, people: Any) -> Counter[str]:
    """Households by the poverty level of their newest assessment (a window function); only
    households the report counts (someone of ``people``, the living in the area, is a
    member): one whose members all died or moved to other households is no longer one."""
    va = VulnerabilityAssessment
    ranked = sa.select(va.household_id, va.poverty_level, sa.func.row_number().over(
        partition_by=va.household_id, order_by=(va.assessed_at.desc(), va.id)).label("rank"))
    ranked = ranked.where(va.household_id.in_(sa.select(people.c.household_id)))
    if area.commune or area.district:
        ranked = ranked.join(Household, Household.id == va.household_id)
    if area.commune:
        ranked = ranked.where(Household.commune_code == area.commune)
    if area.district:
        ranked = ranked.where(Household.district_code == area.district)
    newest = ranked.subquery()
    rows = session.execute(sa.select(newest.c.poverty_level, sa.func.count())
                           .where(newest.c.rank == 1).group_by(newest.c.poverty_level)).all()
    return Counter({str(level): int(n) for level, n in rows})


def _contribution_status(session: Session, as_of: dt.date, area: Area,
                         catalogue: Catalogue) -> list[tuple[Any, ...]]:
    """Running contributory memberships by the status their payments give them on ``as_of``."""
    schemes: dict[str, ContributionScheme] = {
        p.code: p.contribution for p in catalogue.programmes if p.contribution is not None}
    if not schemes:
        return []
    m, paid = ProgrammeMembership, ContributionPayment
    query = _in_area(
        sa.select(m.programme_code, m.start_date, m.end_date,
                  sa.func.coalesce(sa.func.sum(paid.amount_minor), 0))
        .join(Person, Person.id == m.person_id)
        .outerjoin(paid, paid.membership_id == m.id)
        .where(m.programme_code.in_(list(schemes)), m.start_date <= as_of,
               sa.or_(m.end_date.is_(None), m.end_date >= as_of), living_on(as_of))
        .group_by(m.id, m.programme_code, m.start_date, m.end_date), area)
    counts: dict[str, Counter[str]] = {code: Counter() for code in schemes}
    for code, start, end, total in session.execute(query):
        owed = statement(schemes[code], start=start, end=end, paid_minor=int(total),
                         as_of=as_of)
        counts[code][owed.status] += 1
        counts[code]["arrears_minor"] += owed.arrears_minor
    return [(code, c[ACTIVE], c[IN_ARREARS], c[SUSPENDED], c["arrears_minor"])
            for code, c in sorted(counts.items())]


def _cards(session: Session, area: Area) -> dict[str, int]:
    query = sa.select(Card.status, sa.func.count()).group_by(Card.status)
    if area.commune or area.district:  # the join only when there is an area to filter on
        query = _in_area(query.join(Person, Person.id == Card.person_id), area)
    return {str(status): int(n) for status, n in session.execute(query)}


def grievances(session: Session, *, as_of: dt.date, area: Area, station_id: str,
               zone: dt.tzinfo = dt.UTC) -> Report:
    """Grievances by status, category and age; resolution within deadline; and the open ones
    past their deadline, each by its reference (the office's work list; no names).

    Deadlines are the office's dates: a resolution or an intake is dated in ``zone`` (the
    office's, ``Settings.office_zone``) before it is compared with them."""
    query = sa.select(Grievance.reference, Grievance.status, Grievance.category,
                      Grievance.responsible_service, Grievance.received_at,
                      Grievance.deadline, Grievance.resolved_at, Grievance.appeals)
    if area.commune or area.district:
        query = _in_area(query.join(Person, Person.id == Grievance.person_id), area)
    rows = session.execute(query).all()
    by_status = Counter(r.status for r in rows)
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    ages: dict[str, Counter[str]] = defaultdict(Counter)
    on_time = resolved = 0
    late: list[tuple[str, str, str, str, str, str, int, int]] = []
    for r in rows:
        by_category[r.category][r.status] += 1
        if r.resolved_at is not None and r.status in ("resolved", "closed"):
            resolved += 1  # an appealed grievance is not resolved (yet)
            on_time += today_at(r.resolved_at, zone) <= r.deadline
        if r.status in OPEN_STATUSES:
            age = (as_of - today_at(r.received_at, zone)).days
            band = next(lbl for lbl, lo, hi in GRIEVANCE_AGES if lo <= age <= hi) \
                if age >= 0 else GRIEVANCE_AGES[0][0]
            ages[band]["open"] += 1
            ages[band]["overdue"] += r.deadline < as_of
            if r.deadline < as_of:
                late.append((r.reference, r.category, r.status, r.responsible_service,
                             today_at(r.received_at, zone).isoformat(),
                             r.deadline.isoformat(), (as_of - r.deadline).days, r.appeals))
    late.sort(key=lambda row: (-row[6], row[0]))
    open_total = sum(by_status[s] for s in OPEN_STATUSES)
    overdue = sum(c["overdue"] for c in ages.values())
    summary = [("grievances received", len(rows)), ("open", open_total),
               ("open and past their deadline", overdue),
               ("resolved or closed after a resolution", resolved),
               ("resolved within deadline (%)", _pct(on_time, resolved)),
               ("appeals", sum(r.appeals for r in rows))]
    statuses = tuple(GRIEVANCE_STATUSES)
    tables = [
        Table("summary", "Summary", ("measure", "value"), summary),
        Table("grievances_by_status", "Grievances by status", ("status", "grievances"),
              [(s, by_status.get(s, 0)) for s in statuses],
              Chart("bar", "status", ("grievances",), "grievances")),
        Table("grievances_by_category", "Grievances by category and status",
              ("category", *statuses, "total"),
              [(cat, *(c.get(s, 0) for s in statuses), sum(c.values()))
               for cat, c in sorted(by_category.items())],
              Chart("stackedh", "category", statuses, "grievances")),
        Table("open_grievances_by_age", "Open grievances by age", (
            "age", "open", "overdue"),
            [(lbl, ages[lbl]["open"], ages[lbl]["overdue"]) for lbl, _, _ in GRIEVANCE_AGES],
            Chart("bar", "age", ("open", "overdue"), "grievances")),
        # the office's work list, by the reference on the person's slip: no names
        Table("overdue_grievances", "Open grievances past their deadline (longest first)", (
            "reference", "category", "status", "service", "received", "deadline",
            "days_overdue", "appeals"), late),
    ]
    return Report("grievances", "Grievances and appeals", area, as_of, station_id, tables)


def cases(session: Session, *, as_of: dt.date, area: Area, station_id: str) -> Report:
    """Case files by status and manager, referrals by service, overdue follow-ups."""
    query = (sa.select(CaseFile.id, CaseFile.status, CaseFile.person_id, Operator.username)
             .join(Operator, Operator.id == CaseFile.manager_id)
             .join(Person, Person.id == CaseFile.person_id))
    files = session.execute(_in_area(query, area)).all()
    manager_of = {f.id: f.username for f in files}
    open_ids = {f.id for f in files if f.status == "open"}
    items = session.execute(_in_area(
        sa.select(CaseItem.id, CaseItem.case_id, CaseItem.kind, CaseItem.service,
                  CaseItem.status, CaseItem.follow_up_date, CaseItem.description)
        .join(CaseFile, CaseFile.id == CaseItem.case_id)
        .join(Person, Person.id == CaseFile.person_id), area)).all()
    per_manager: dict[str, Counter[str]] = defaultdict(Counter)
    for f in files:
        per_manager[f.username]["open_cases" if f.status == "open" else "closed_cases"] += 1
    referrals: dict[str, Counter[str]] = defaultdict(Counter)
    overdue: list[tuple[Any, ...]] = []
    for item in items:
        if item.kind == "referral":
            referrals[item.service or "unspecified"][item.status] += 1
        is_open = item.case_id in open_ids and item.status in ("planned", "in_progress")
        if is_open:
            per_manager[manager_of[item.case_id]]["open_items"] += 1
        if is_open and item.follow_up_date is not None and item.follow_up_date < as_of:
            per_manager[manager_of[item.case_id]]["overdue_follow_ups"] += 1
            overdue.append((item.follow_up_date.isoformat(), (as_of - item.follow_up_date).days,
                            manager_of[item.case_id], item.case_id, item.kind, item.service or "",
                            item.description))
    overdue.sort(key=lambda row: (-row[1], row[3]))
    summary = [("case files", len(files)), ("open", len(open_ids)),
               ("closed", len(files) - len(open_ids)),
               ("open plan items", sum(c["open_items"] for c in per_manager.values())),
               ("overdue follow-ups", len(overdue))]
    measures = ("open_cases", "closed_cases", "open_items", "overdue_follow_ups")
    tables = [
        Table("summary", "Summary", ("measure", "value"), summary),
        Table("cases_by_manager", "Case load by case manager", ("manager", *measures),
              [(m, *(c.get(k, 0) for k in measures)) for m, c in sorted(per_manager.items())],
              Chart("bar", "manager", ("open_cases", "overdue_follow_ups"), "cases / items")),
        Table("referrals_by_service", "Referrals by service and status",
              ("service", *ITEM_STATUSES),
              [(s, *(c.get(k, 0) for k in ITEM_STATUSES)) for s, c in sorted(referrals.items())],
              Chart("stacked", "service", tuple(ITEM_STATUSES), "referrals")),
        Table("overdue_follow_ups", "Overdue follow-ups (oldest first)", (
            "follow_up_date", "days_overdue", "manager", "case_id", "kind", "service",
            "description"), overdue),
    ]
    return Report("cases", "Case management", area, as_of, station_id, tables)


KINDS: dict[str, Callable[..., Report]] = {"coverage": coverage, "grievances": grievances,
                                          "cases": cases, "till": till}


def build(session: Session, kind: str, *, as_of: dt.date, area: Area,
          station_id: str, zone: dt.tzinfo = dt.UTC, by: OperatorInfo | None = None) -> Report:
    """The report called ``kind`` (one of :data:`KINDS`); ``zone``: the office's, whose
    dates the grievances' deadlines and the till's day are; ``by``: the signed-in operator
    (the till names clerks and holders: it needs one; the others hold no names)."""
    if kind not in KINDS:
        raise ReportError(f"unknown report {kind!r}; choose one of {', '.join(KINDS)}")
    if kind == "grievances":
        return grievances(session, as_of=as_of, area=area, station_id=station_id, zone=zone)
    if kind == "till":
        return till(session, as_of=as_of, area=area, station_id=station_id, zone=zone, by=by)
    return KINDS[kind](session, as_of=as_of, area=area, station_id=station_id)


#: The reports the supervisor's page saves from its *Reports...* dialog (no names in them;
#: the till, which names clerks and holders, has its own button).
SAVED_KINDS = ("coverage", "grievances", "cases")
#: The formats it saves them in: a PDF to read or print, a CSV for a spreadsheet.
SAVED_FORMATS = ("pdf", "csv")
#: What a saved report's file name says in place of a commune code for the whole station.
WHOLE_STATION = "station"


def save_report(station: Station, kind: str, fmt: str, *, as_of: dt.date,
                commune: str | None = None, now: dt.datetime,
                localise: Localiser | None = None) -> Path:
    """Write the report ``kind`` (one of :data:`SAVED_KINDS`) as of ``as_of``, for the
    whole station or one ``commune`` (its code), in the station's data folder as
    ``reports/KIND-AREA-YYYY-MM-DD.pdf|csv`` (AREA: the commune's code, or ``station``),
    as the supervisor's page saves it; returns the path. The same report saved again
    replaces the earlier file: it holds the registry as it is now. ``localise``: the desk's
    words for a PDF (a CSV keeps the English codes, for spreadsheets and other programs).
    :class:`~station.services.report_render.ReportNotWritten` when the folder cannot be
    made or written; :class:`ReportError` for a kind, format or code it does not take."""
    from station.model.locations import load_for_home
    from station.services import report_render

    if kind not in SAVED_KINDS or fmt not in SAVED_FORMATS:
        raise ReportError(f"the window saves {', '.join(SAVED_KINDS)} as "
                          f"{' or '.join(SAVED_FORMATS)}, not {kind!r} as {fmt!r}")
    if commune is not None and not re.fullmatch(r"[A-Za-z0-9_.-]+", commune):
        # the code becomes part of a file name: nothing that could leave the folder
        raise ReportError(f"{commune!r} is not a commune code")
    settings = station.settings
    name = load_for_home(settings.config_dir).name(commune) if commune else None
    with station.reading() as session:
        report = build(session, kind, as_of=as_of, area=Area(commune=commune, name=name),
                       station_id=settings.station_id, zone=settings.office_zone)
    path = (Path(settings.data_dir) / TILL_FOLDER
            / f"{kind}-{commune or WHOLE_STATION}-{as_of.isoformat()}.{fmt}")
    report_render.make_folder(path)
    report_render.write(report, fmt, path, generated_at=now, localise=localise)
    return path
