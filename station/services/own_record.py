"""What the registry holds about one person, on paper for that person.

The privacy notice read at enrolment promises: "You may see and correct your record at any
Single Window office" (``station/data/privacy_notice.json``), as data protection laws give a
person the right to access their data (Indonesia's Law 27/2022, art. 7; the GDPR's art. 15;
the ID4D Principles' person's control over their data). A screen shown across the counter is
not that: the person should take away what is held, read it at home, and bring back what is
wrong. :func:`person_record` builds it as a :class:`~station.services.report_model.Report`
(so the reports' renderer writes it as a PDF in the desk's language, a JSON or a CSV), and
:func:`give_person_record` writes the file and records in the audit trail that it was given,
by whom: a disclosure of personal data is itself a record.

What it holds, each a table: the person's details (names, sex, birth date, address, phone,
identity numbers, household and relation to its head, when and where registered, a death if
recorded, the consent on file and what the central registry answered), the fingers recorded
(which, and when: never an image or a template), the programmes with their dates, the cards,
the contributions paid and refunded, the hospital visits recorded with their cards, the
grievances they filed, their case files, and the history: every audit event about them,
their cards, memberships, grievances and case files (what was done, when, at which station).
Operators are not named: the person learns what the office did, and the station it was done
at; the office's staff are named to an auditor, not on a paper that leaves the counter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.errors import BadInput, UnknownPerson
from station.model.audit_log import details_of
from station.model.consent import consent_on_file
from station.model.fingers import Finger
from station.model.operators import OperatorInfo
from station.model.persons import national_check_in
from station.model.station import Station
from station.model.visits import VISIT_ACTION
from station.registry.models import (
    AuditEvent,
    Card,
    Fingerprint,
    Person,
    Programme,
    ProgrammeMembership,
)
from station.registry.models_services import CaseFile, ContributionPayment, Grievance
from station.services.report_model import Area, Report, Table
from station.services.report_render import FORMATS, Localiser, unused_path, write_recorded

#: The report kind (the localiser's key for its title and tables).
KIND = "person"
TITLE = "What the registry holds about you"
#: The audit event that records a person's record given to them.
RECORD_GIVEN = "person.record_given"
#: Printed under the title, in every format.
NOTE = ("Your fingerprints are kept encrypted and are never printed: this paper says only "
        "which fingers were recorded and when. To correct a mistake, show this paper at a "
        "Single Window office: a correction is recorded with its reason.")
#: Where the station saves the records it gives (in its data folder), as the reports.
FOLDER = "records"


@dataclass(frozen=True)
class RecordGiven:
    """What :func:`give_person_record` wrote."""

    person_id: str
    path: Path
    format: str
    bytes: int


def _day(at: dt.datetime | None, zone: dt.tzinfo) -> str:
    """A stored time (naive UTC) as the office's calendar reads it."""
    return at.replace(tzinfo=dt.UTC).astimezone(zone).date().isoformat() if at else ""


def _moment(at: dt.datetime, zone: dt.tzinfo) -> str:
    return at.replace(tzinfo=dt.UTC).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def person_record(session: Session, person_id: str, *, as_of: dt.date, station_id: str,
                  zone: dt.tzinfo, places: Any) -> Report:
    """Everything the registry holds about ``person_id`` but their biometric data, as a
    report dated ``as_of`` (``zone``: the office's, whose calendar its dates are; ``places``:
    the gazetteer naming the address, in the reader's language)."""
    p = session.get(Person, person_id)
    if p is None:
        raise UnknownPerson(person_id)
    cards = session.scalars(sa.select(Card).where(Card.person_id == person_id)
                            .order_by(Card.issued_at)).all()
    memberships = session.execute(
        sa.select(ProgrammeMembership, Programme.name)
        .join(Programme, Programme.code == ProgrammeMembership.programme_code, isouter=True)
        .where(ProgrammeMembership.person_id == person_id)
        .order_by(ProgrammeMembership.start_date, ProgrammeMembership.programme_code)).all()
    grievances = session.scalars(sa.select(Grievance).where(Grievance.person_id == person_id)
                                 .order_by(Grievance.received_at)).all()
    case_files = session.scalars(sa.select(CaseFile).where(CaseFile.person_id == person_id)
                                 .order_by(CaseFile.opened_at)).all()
    serials = [c.serial for c in cards]
    membership_ids = {m.id: m.programme_code for m, _name in memberships}
    paid = session.scalars(sa.select(ContributionPayment).where(
        ContributionPayment.membership_id.in_(list(membership_ids)))
        .order_by(ContributionPayment.paid_at)).all() if membership_ids else []
    subjects = [person_id, *serials, *membership_ids, *(c.id for c in paid),
                *(g.id for g in grievances), *(c.id for c in case_files)]
    events = session.scalars(sa.select(AuditEvent).where(AuditEvent.subject_id.in_(subjects))
                             .order_by(AuditEvent.seq)).all()
    tables = [
        _details(session, p, as_of, zone, places),
        Table("fingers", "Fingers recorded (kept encrypted, never printed)",
              ("finger", "recorded_on"),
              [(Finger(f.position).slug, _day(f.created_at, zone)) for f in session.scalars(
                  sa.select(Fingerprint).where(Fingerprint.person_id == person_id)
                  .order_by(Fingerprint.position))]),
        Table("programmes", "Programmes", ("programme", "name", "from", "until"),
              [(m.programme_code, name or m.programme_code, _iso(m.start_date),
                _iso(m.end_date)) for m, name in memberships]),
        Table("cards", "Cards", ("card", "status", "issued_on", "status_since"),
              [(c.serial, c.status, _day(c.issued_at, zone), _day(c.status_changed_at, zone))
               for c in cards]),
        _payments(paid, membership_ids, zone),
        Table("visits", "Visits recorded with your cards", ("day", "facility", "card"),
              [(_day(e.at, zone), _facility(e.details), e.subject_id) for e in events
               if e.action == VISIT_ACTION]),
        Table("own_grievances", "Grievances", ("reference", "received_on", "category",
                                               "status"),
              [(g.reference, _day(g.received_at, zone), g.category, g.status)
               for g in grievances]),
        Table("case_files", "Case files", ("opened_on", "status", "closed_on"),
              [(_day(c.opened_at, zone), c.status, _day(c.closed_at, zone))
               for c in case_files]),
        Table("history", "What the office did with your record", ("time", "action",
                                                                   "station"),
              [(_moment(e.at, zone), e.action, e.station_id) for e in events]),
    ]
    return Report(kind=KIND, title=TITLE, area=Area(name=f"{p.local_name} ({p.latin_name})"),
                  as_of=as_of, station_id=station_id, tables=tables, notes=(NOTE,),
                  flow=True)


def _details(session: Session, p: Person, as_of: dt.date, zone: dt.tzinfo,
             places: Any) -> Table:
    """The person's own details, one per row (the ``measure`` column names each)."""
    rows: list[tuple[str, Any]] = [
        ("person id", p.id),
        ("name (local script)", p.local_name),
        ("name (Latin letters)", p.latin_name),
        ("sex", {"F": "female", "M": "male"}.get(p.sex, "other")),
        ("birth date (estimated)" if p.birth_date_estimated else "birth date",
         p.birth_date.isoformat()),
        ("address", places.place({"province": p.province_code, "district": p.district_code,
                                  "commune": p.commune_code, "village": p.village_code})),
        ("phone", p.phone or "-"),
    ]
    rows += [("identity number", f"{number} ({kind})")
             for kind, number in sorted((p.other_ids or {}).items())]
    rows += [("household", p.household_id or "-"),
             ("relation to the head", p.relation_to_head or "-"),
             ("registered on", _day(p.created_at, zone))]
    if p.died_on is not None:
        rows.append(("died on", p.died_on.isoformat()))
    on_file = consent_on_file(session, p.id, p.birth_date, as_of)
    consent = on_file.consent
    if consent is None:
        rows.append(("consent", "not recorded"))
    else:
        guardian = consent.get("given_by") != "self"
        rows.append(("consent given by", "a parent or guardian" if guardian else "the person"))
        if guardian:
            rows.append(("parent or guardian", str(consent.get("guardian") or "")))
        rows += [("privacy notice read", str(consent.get("notice"))),
                 ("consent recorded on", _iso(on_file.recorded_on))]
    national = national_check_in(session, p.id)
    rows.append(("central registry", national["text"] if national is not None else "not sent"))
    return Table("summary", "Your details", ("measure", "value"), rows)


def _payments(found: Sequence[ContributionPayment], memberships: dict[str, str],
              zone: dt.tzinfo) -> Table:
    return Table("contributions", "Contributions paid and refunded",
                 ("day", "receipt_no", "programme", "kind", "amount_minor", "currency"),
                 [(_day(c.paid_at, zone), c.receipt_no, memberships[c.membership_id],
                   "refund" if c.amount_minor < 0 else "payment", c.amount_minor, c.currency)
                  for c in found])


def _facility(details: str) -> str:
    return str(details_of(details).get("facility") or "")


def record_path(data_dir: Path, person_id: str, as_of: dt.date, fmt: str) -> Path:
    """``records/record-<person>-<day>[-n].<fmt>`` in the data folder: a record given again
    the same day never writes over the first (each is in the audit trail)."""
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", person_id):
        raise BadInput(f"{person_id!r} is not a person id", field="person_id")
    return unused_path(Path(data_dir) / FOLDER, f"record-{person_id}-{as_of.isoformat()}", fmt)


def give_person_record(station: Station, person_id: str, *, by: OperatorInfo,
                       now: dt.datetime, fmt: str = "pdf", path: Path | None = None,
                       language: str = "en", localise: Localiser | None = None,
                       places: Any = None) -> RecordGiven:
    """Write ``person_id``'s record (:func:`person_record`, as of the office's today) as
    ``fmt`` to ``path`` (default :func:`record_path`), then record in the audit trail that
    ``by`` gave it (:data:`RECORD_GIVEN`: the format and the file, no content). A record the
    trail refuses is not left on disk. ``localise``: the desk's words for a PDF;
    ``places``: the gazetteer in the desk's ``language`` (default: the station's).

    Raises PermissionDenied for an auditor (the record is given at the counter),
    UnknownPerson, ReportError for a format it does not write, ReportNotWritten when the
    file cannot be written.
    """
    from station.model.locations import load_for_home
    from station.services.errors import ReportError

    by.require("clerk", "supervisor", action="give a person their record")
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    settings = station.settings
    if places is None:
        places = load_for_home(settings.config_dir).in_language(language)
    today = settings.today(now)
    with station.reading() as session:
        report = person_record(session, person_id, as_of=today,
                               station_id=settings.station_id, zone=settings.office_zone,
                               places=places)
    target = path if path is not None else record_path(Path(settings.data_dir), person_id,
                                                      today, fmt)

    def record() -> None:
        with station.transaction() as session:
            station.audit(session, action=RECORD_GIVEN, subject_type="person",
                          subject_id=person_id, operator_id=by.id, now=now,
                          details={"format": fmt, "file": str(target), "language": language})

    data = write_recorded(report, fmt, target, generated_at=now, localise=localise,
                          record=record)
    return RecordGiven(person_id, target, fmt, len(data))
