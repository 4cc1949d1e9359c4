"""The day's till: contributions taken and refunds paid out at this station's counter on
one office day, per clerk, per programme and per currency, every receipt in time order, and
the copies of papers given (from the audit trail): for the cashier's close and the auditor
(`sws report till`, the supervisor's "Day's till report...").

A report of :mod:`station.services.reports` (``KINDS["till"]``), rendered as the others are
(:mod:`station.services.report_render`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.config import today_at
from station.errors import PermissionDenied
from station.model.audit_log import details_of
from station.model.operators import OperatorInfo
from station.model.visits import office_day_start
from station.registry.models import (
    AuditEvent,
    Operator,
    Person,
    Programme,
    ProgrammeMembership,
)
from station.registry.models_services import (
    ContributionPayment,
)
from station.services.contributions import (
    is_refund_number,
)
from station.services.errors import ReportError
from station.services.report_model import Area, Report, Table

if TYPE_CHECKING:
    from station.model.station import Station
    from station.services.report_render import Localiser

#: The till report's money columns (per clerk, per programme, per currency).
TILL_MONEY = ("currency", "payments", "paid_minor", "refunds", "refunded_minor", "net_minor")
#: The folder of the station's data folder where the supervisor's page saves reports.
TILL_FOLDER = "reports"
#: What the till covers, where the other reports name their area.
TILL_AREA = "this station's counter"
#: What the till calls an operator whose account is not on file (or a row without one).
UNKNOWN_OPERATOR = "unknown"
#: The papers of the copies the till lists, by their audit action.
COPY_PAPERS = {"contribution.receipt_copy": "receipt copy",
               "contribution.voucher_copy": "voucher copy"}
TILL_NOTE = ("Amounts are whole minor units of their currency; every total is per currency, "
             "never added across currencies. A refund is money paid out: its amount in the "
             "listing is negative, and the net to hand over is paid minus refunded. Times are "
             "the office's clock ({zone}); the day runs from 00:00 to 24:00 there.")
#: The note of a clerk's own till (``{username}``, ``{full_name}``: the clerk's).
OWN_TILL_NOTE = ("Only the receipts, refunds and copies of {username} ({full_name}): a "
                 "clerk's report shows their own till.")
#: The note of a day with nothing at the counter (``{day}``: the report's date).
EMPTY_TILL_NOTE = "Nothing was taken, paid out or copied at this station on {day}."
#: The till's title (the desk's words for it: :mod:`station.views.report_words`).
TILL_TITLE = "Day's till: contributions taken and refunds paid out"


def office_day(as_of: dt.date, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """The office's day ``as_of`` in ``zone`` as naive UTC bounds ``[start, end)``, as the
    registry stores times (a day of 23 or 25 hours where the clocks change)."""
    return (office_day_start(as_of, zone),
            office_day_start(as_of + dt.timedelta(days=1), zone))


def _holder_name(local: str | None, latin: str | None) -> str:
    """The holder as the receipts name them: the local name, then the Latin one if it
    differs ("" for a person not on file)."""
    if not local:
        return latin or ""
    return f"{local} ({latin})" if latin and latin != local else local


def till(session: Session, *, as_of: dt.date, area: Area, station_id: str,
         zone: dt.tzinfo = dt.UTC, by: OperatorInfo | None = None) -> Report:
    """The day's till: the contributions taken and the refunds paid out at this station on
    the office's day ``as_of`` (in ``zone``), for the cashier's close and the auditor.

    Tables: the totals per currency (``summary``); per clerk and currency; per programme
    and currency (payments: count and total; refunds: count and total given back; the net
    to hand over); every receipt and refund in time order (office clock); the copies of
    receipts and vouchers given that day (from the audit trail). Currencies are never added
    together; sums are Python integers (riel or rupiah totals pass 2^31 and 2^63 alike).
    The day's rows are read once (a counter's day is hundreds of rows) and added up here,
    since the listing needs every row anyway.

    It names clerks and holders, so it needs a signed-in operator (``by``): a supervisor
    or an auditor sees every clerk's; a clerk sees only their own receipts and copies (to
    count their own till), and the notes say so. The till is the station's: an ``area``
    is refused (:class:`ReportError`).
    """
    if by is None:
        raise PermissionDenied("build the till report (it names clerks and holders): "
                               "sign in", "operator who has not signed in")
    by.require("supervisor", "auditor", "clerk", action="build the till report")
    if area.district or area.commune:
        raise ReportError("the till report is the station's own: a district or commune "
                          "does not apply to it")
    own = by.role == "clerk"
    start, end = office_day(as_of, zone)
    paid, m = ContributionPayment, ProgrammeMembership
    query = (sa.select(paid.id, paid.receipt_no, paid.amount_minor, paid.currency,
                       paid.paid_at, Operator.username, Operator.full_name,
                       m.programme_code, Person.local_name, Person.latin_name)
             .outerjoin(Operator, Operator.id == paid.operator_id)
             .outerjoin(m, m.id == paid.membership_id)
             .outerjoin(Person, Person.id == m.person_id)
             .where(paid.paid_at >= start, paid.paid_at < end)
             .order_by(paid.paid_at, paid.receipt_no))
    if own:
        query = query.where(paid.operator_id == by.id)
    found = session.execute(query).all()
    # a membership withdrawn since (refunded before it began) is gone: its payments' own
    # audit events still name the holder and the programme
    gone = {r.id: details_of(d) for r in found if r.programme_code is None for d in
            session.scalars(sa.select(AuditEvent.details).where(
                AuditEvent.subject_type == "contribution_payment",
                AuditEvent.subject_id == r.id,
                AuditEvent.action.in_(("contribution.pay", "contribution.refund")))
                .order_by(AuditEvent.seq).limit(1))}
    people = {str(pid): _holder_name(local, latin) for pid, local, latin in session.execute(
        sa.select(Person.id, Person.local_name, Person.latin_name).where(
            Person.id.in_([str(f.get("person_id")) for f in gone.values()])))} if gone else {}
    names = {str(code): str(name) for code, name in
             session.execute(sa.select(Programme.code, Programme.name))}
    clerks: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    programmes: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    currencies: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    listing: list[tuple[Any, ...]] = []
    for r in found:
        refund = r.amount_minor < 0 or is_refund_number(r.receipt_no)
        amount = abs(int(r.amount_minor))
        clerk = r.username or UNKNOWN_OPERATOR
        facts = gone.get(r.id, {})
        code = r.programme_code or str(facts.get("programme") or "")
        holder = (_holder_name(r.local_name, r.latin_name) if r.programme_code is not None
                  else people.get(str(facts.get("person_id")), ""))
        for cell in (clerks[(clerk, r.full_name or "", r.currency)],
                     programmes[(code, r.currency)], currencies[r.currency]):
            cell[2 if refund else 0] += 1
            cell[3 if refund else 1] += amount
        listing.append((today_time(r.paid_at, zone), r.receipt_no, clerk, holder, code,
                        -amount if refund else amount, r.currency,
                        "refund" if refund else "payment"))

    def money(c: list[int]) -> tuple[int, ...]:
        return (c[0], c[1], c[2], c[3], c[1] - c[3])

    copies = _copies(session, start, end, zone, by.id if own else None)
    notes = [TILL_NOTE.format(zone=str(zone))]
    if own:
        notes.append(OWN_TILL_NOTE.format(username=by.username, full_name=by.full_name))
    if not listing and not copies:
        notes.append(EMPTY_TILL_NOTE.format(day=as_of.isoformat()))
    tables = [
        Table("summary", "Totals by currency (never added across currencies)", TILL_MONEY,
              [(cur, *money(c)) for cur, c in sorted(currencies.items())]),
        Table("till_by_clerk", "By clerk and currency", ("clerk", "name", *TILL_MONEY),
              [(*key, *money(c)) for key, c in sorted(clerks.items())]),
        Table("till_by_programme", "By programme and currency",
              ("programme", "name", *TILL_MONEY),
              [(code, names.get(code, code), cur, *money(c))
               for (code, cur), c in sorted(programmes.items())]),
        Table("receipts", "Every receipt and refund (office time)", (
            "time", "receipt_no", "clerk", "holder", "programme", "amount_minor", "currency",
            "kind"), listing),
        Table("copies", "Copies of receipts and vouchers given (from the audit trail)", (
            "time", "paper", "receipt_no", "given_by", "to"), copies),
    ]
    return Report("till", TILL_TITLE, Area(name=TILL_AREA), as_of, station_id, tables,
                  notes=tuple(notes))


def save_till_pdf(station: Station, *, by: OperatorInfo, now: dt.datetime,
                  localise: Localiser | None = None) -> Path:
    """Write the till of the office's day at ``now`` as a PDF in the station's data folder,
    ``reports/till-YYYY-MM-DD.pdf`` (the same day's earlier one replaced: the latest holds
    the whole day so far), as the supervisor's page saves it; returns the path.
    ``localise``: the desk's words for it (English without).
    :class:`~station.services.report_render.ReportNotWritten` when the folder cannot be
    made or written."""
    from station.services import report_render

    settings = station.settings
    day = today_at(now, settings.office_zone)
    with station.reading() as session:
        report = till(session, as_of=day, area=Area(), station_id=settings.station_id,
                      zone=settings.office_zone, by=by)
    path = Path(settings.data_dir) / TILL_FOLDER / f"till-{day.isoformat()}.pdf"
    report_render.make_folder(path)
    report_render.write(report, "pdf", path, generated_at=now, localise=localise)
    return path


def today_time(at: dt.datetime, zone: dt.tzinfo) -> str:
    """A stored time (naive UTC) as the office's clock reads it, ``HH:MM``."""
    return at.replace(tzinfo=dt.UTC).astimezone(zone).strftime("%H:%M")


def _copies(session: Session, start: dt.datetime, end: dt.datetime, zone: dt.tzinfo,
            operator_id: str | None) -> list[tuple[Any, ...]]:
    """The copies of papers given in ``[start, end)`` (audit events), oldest first; only
    ``operator_id``'s when given."""
    query = (sa.select(AuditEvent.at, AuditEvent.action, AuditEvent.details, Operator.username)
             .outerjoin(Operator, Operator.id == AuditEvent.operator_id)
             .where(AuditEvent.action.in_(list(COPY_PAPERS)), AuditEvent.at >= start,
                    AuditEvent.at < end)
             .order_by(AuditEvent.seq))
    if operator_id is not None:
        query = query.where(AuditEvent.operator_id == operator_id)
    found = []
    for at, action, details, username in session.execute(query):
        facts = details_of(details)
        found.append((today_time(at, zone), COPY_PAPERS[action],
                      str(facts.get("receipt_no") or ""), username or UNKNOWN_OPERATOR,
                      str(facts.get("file") or facts.get("printer") or "")))
    return found
