"""The visits this station's hospital desk recorded: a day's list, the same card seen earlier
that day, and a period's CSV for the facility's claim to the health equity fund.

A visit is the ``service.use`` audit event :func:`station.model.ui_cards.record_visit` writes
(with its ``service_use`` outbox item) in one transaction. Days are the office's
(``Settings.office_zone``): a visit at 23:30 office time belongs to that day, although UTC's
date is already the next one. Only this station's events are read (``station_id``).

No Qt here: the hospital page and tests call it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from station.errors import BadInput
from station.model.audit_log import details_of
from station.registry.audit import naive_utc
from station.registry.models import AuditEvent, Operator, Person
from sync import spreadsheet

#: The audit action of a recorded visit (``ui_cards.record_visit``).
VISIT_ACTION = "service.use"
#: The audit action of an export of the visits (the claim's file leaves the station).
EXPORT_ACTION = "service.export"
#: The columns of the claim's CSV, one line a visit, oldest first.
CSV_COLUMNS = ("date", "time", "card_serial", "person_id", "holder", "programmes", "facility",
               "operator")
#: The folder under the station's data folder where the desk's exports go by default.
EXPORTS = "exports"


@dataclass(frozen=True)
class Visit:
    """One recorded visit as the desk lists it."""

    at: dt.datetime  # when it was recorded, UTC, timezone-aware
    card_serial: str
    person_id: str
    holder: str  # the holder's name as the card said it ("" when not known)
    programmes: tuple[str, ...]  # the programme codes the card covered that day
    facility: str
    operator: str  # who recorded it: full name, else user name ("" when not known)
    finger_check: str  # "matched", "not matched" or "not done"


def office_day_start(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """The instant the office's ``day`` begins, as the registry stores times (naive UTC)."""
    return naive_utc(dt.datetime.combine(day, dt.time.min, tzinfo=zone))


def month_so_far(today: dt.date) -> tuple[dt.date, dt.date]:
    """The claim's usual period: from the first of ``today``'s month to ``today``."""
    return today.replace(day=1), today


def visits_between(station: Any, first: dt.date, last: dt.date, *,
                   card_serial: str | None = None) -> list[Visit]:
    """This station's visits from office day ``first`` to ``last`` (inclusive), newest
    first; only those of ``card_serial`` when it is given."""
    if first > last:
        raise BadInput(f"the period is empty: {first} is after {last}", field="first")
    zone = station.settings.office_zone
    q = (sa.select(AuditEvent, Operator.full_name, Operator.username)
         .join(Operator, Operator.id == AuditEvent.operator_id, isouter=True)
         .where(AuditEvent.action == VISIT_ACTION,
                AuditEvent.station_id == station.settings.station_id,
                AuditEvent.at >= office_day_start(first, zone),
                AuditEvent.at < office_day_start(last + dt.timedelta(days=1), zone)))
    if card_serial is not None:
        q = q.where(AuditEvent.subject_id == card_serial)
    with station.reading() as session:
        rows = session.execute(q.order_by(AuditEvent.seq.desc())).all()
        visits = [_visit(event, full_name or username or "")
                  for event, full_name, username in rows]
        unnamed = {v.person_id for v in visits if not v.holder and v.person_id}
        names = {pid: name for pid, name in session.execute(
            sa.select(Person.id, Person.latin_name).where(Person.id.in_(unnamed)))}
    # visits recorded before the holder's name was kept: the registry's name, if it has one
    return [v if v.holder else _named(v, names.get(v.person_id, "")) for v in visits]


def visits_on(station: Any, day: dt.date) -> list[Visit]:
    """This station's visits of the office's ``day``, newest first."""
    return visits_between(station, day, day)


def earlier_visit(station: Any, card_serial: str, *, now: dt.datetime) -> Visit | None:
    """The latest visit already recorded here for ``card_serial`` on the office's day of
    ``now``, or None: a second visit the same day is usually a mistake (or a fraud)."""
    today = station.settings.today(now)
    found = visits_between(station, today, today, card_serial=card_serial)
    return found[0] if found else None


def visits_csv(visits: Sequence[Visit], zone: dt.tzinfo) -> str:
    """The visits as CSV, oldest first, dates and times on the office's clock (``zone``),
    programmes as codes separated by ``;``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for v in sorted(visits, key=lambda v: v.at):
        local = v.at.astimezone(zone)
        writer.writerow(spreadsheet.row([
            local.date().isoformat(), local.strftime("%H:%M"), v.card_serial, v.person_id,
            v.holder, ";".join(v.programmes), v.facility, v.operator]))
    return out.getvalue()


def exports_folder(settings: Any) -> Path:
    """Where the desk saves its exports unless the operator chooses a file."""
    return Path(settings.data_dir) / EXPORTS


def default_export_path(settings: Any, first: dt.date, last: dt.date) -> Path:
    """The claim's file in :func:`exports_folder`, named by its period."""
    return exports_folder(settings) / f"visits-{first.isoformat()}-to-{last.isoformat()}.csv"


def export_visits(station: Any, first: dt.date, last: dt.date, path: Path, *, by: Any,
                  now: dt.datetime) -> int:
    """Write this station's visits from ``first`` to ``last`` to ``path`` (UTF-8 CSV with a
    byte-order mark, whole or not at all); returns how many. The station's exports folder
    is made when missing; a folder that cannot be made or written is one plain line
    (:class:`BadInput`), and nothing is written.

    The file carries the holders' names out of the station: who (``by``) exported which
    days, how many visits and where to is written to the audit log with it (a file that
    could not be written is not)."""
    from station.model.files import refuse_own_file, write_text_atomic

    visits = visits_between(station, first, last)
    refuse_own_file(path, station.settings)
    if path.parent == exports_folder(station.settings):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise BadInput(f"cannot make the folder {path.parent}: {err.strerror or err}",
                           field="output") from None
    text = visits_csv(visits, station.settings.office_zone)
    with station.transaction() as session:  # the file fails: the event is rolled back
        station.audit(session, action=EXPORT_ACTION, subject_type="file",
                      subject_id=path.name[:64],
                      details={"file": str(path), "records": len(visits),
                               "from": first.isoformat(), "to": last.isoformat()},
                      operator_id=getattr(by, "id", None), now=now)
        write_text_atomic(path, text, bom=True)
    return len(visits)


def _visit(event: AuditEvent, operator: str) -> Visit:
    details = details_of(event.details)
    programmes = details.get("entitlements") or ()
    return Visit(at=event.at.replace(tzinfo=dt.UTC), card_serial=event.subject_id,
                 person_id=str(details.get("person_id") or ""),
                 holder=str(details.get("holder") or ""),
                 programmes=tuple(str(p) for p in programmes),
                 facility=str(details.get("facility") or ""), operator=operator,
                 finger_check=str(details.get("finger_check") or ""))


def _named(visit: Visit, holder: str) -> Visit:
    from dataclasses import replace

    return replace(visit, holder=holder)
