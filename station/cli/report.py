"""`sws report coverage|grievances|cases|till --format json|csv|pdf`: commune or district
reports, and the station's day at the counter (the till); `sws check-list LIST.csv
--programme CODE`: a programme's own beneficiary list checked against the registry
(:mod:`station.services.list_check`).

JSON and CSV go to stdout unless ``--output`` names a file; a PDF always goes to a file
(``--output``, or ``sws-report-KIND-DATE.pdf`` in the current folder) and the path is printed
(with ``--json``: as a JSON record; a CSV report then needs ``--output``).
Reading coverage, grievances and cases needs no login: they hold counts, codes and case ids,
never names. The till names clerks and holders: it needs a signed-in operator
(``--operator``/``SWS_OPERATOR``): a supervisor or an auditor sees every clerk's, a clerk their
own; it is the station's, so ``--district``/``--commune`` are refused for it (exit 4).
``--language km|ur|id`` writes the PDF in that language, as the window saves it for a desk
in that language (titles, columns, coded values, programme and place names; numbers, dates
and ids as they are); the CSV and the JSON keep their English codes for programs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from station.cli._common import (
    add_json,
    add_login,
    add_paper_language,
    desk_today,
    emit,
    logged_in,
    now_utc,
    open_station,
)
from station.errors import EXIT_OK, BadInput


def register(subparsers: Any) -> None:
    """Add ``sws report`` to the command line."""
    p = subparsers.add_parser(
        "report", help="coverage, grievance, case-management and till reports (JSON, CSV, "
                       "PDF)",
        description="Reports for the commune or district from the local registry; till: "
                    "the day's payments and refunds at this station's counter (supervisors "
                    "and auditors; a clerk sees their own).")
    p.add_argument("kind", choices=("coverage", "grievances", "cases", "till"))
    p.add_argument("--format", choices=("json", "csv", "pdf"), default="json",
                   help="output format (default json)")
    p.add_argument("--output", "-o", type=Path, help="write to this file")
    p.add_argument("--as-of", help="report date YYYY-MM-DD (default today)")
    add_paper_language(p)
    area = p.add_mutually_exclusive_group()
    area.add_argument("--district", help="only this district code")
    area.add_argument("--commune", help="only this commune code")
    add_login(p)  # the till only: it names clerks and holders
    add_json(p)
    p.set_defaults(handler=cmd_report)
    p = subparsers.add_parser(
        "check-list", help="check a programme's own beneficiary list (CSV) against the "
                           "registry: paid after death, twice, not registered, not in the "
                           "programme, members left off the list",
        description="Match each line of a programme's list (a spreadsheet saved as CSV "
                    "UTF-8; its first line names the columns: name, local_name, sex, "
                    "birth_date or birth_year, village, national_id, beneficiary_id, id:KIND) "
                    "to the registered people, and write what needs doing. Supervisors and "
                    "auditors: the report names people. Recorded in the audit trail.")
    p.add_argument("list", type=Path, metavar="LIST.csv", help="the programme's list")
    p.add_argument("--programme", required=True, metavar="CODE",
                   help="the programme the list pays (e.g. CHILD_BENEFIT)")
    p.add_argument("--as-of", help="the day the list pays for, YYYY-MM-DD (default today)")
    p.add_argument("--commune", action="append", metavar="CODE",
                   help="look for members left off the list in this commune (repeat for "
                        "more; default: the communes of the people the list names)")
    p.add_argument("--format", choices=("pdf", "json", "csv"), default="pdf",
                   help="a PDF to read (default), or JSON or CSV")
    p.add_argument("--output", "-o", type=Path, metavar="FILE",
                   help="where to write it (default: reports/list-check-PROGRAMME-DAY.FORMAT "
                        "in the station's data folder)")
    add_paper_language(p)
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_check_list)


def _as_of(text: str | None, now: dt.datetime) -> dt.date:
    if text is None:
        return desk_today(now)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"--as-of must be a date YYYY-MM-DD, not {text!r}",
                       field="as_of") from None


def cmd_report(args: argparse.Namespace) -> int:
    from station.services import report_render, reports
    from station.services.report_model import Area

    now = now_utc()
    as_of = _as_of(args.as_of, now)
    if args.kind == "till" and (args.district or args.commune):
        raise BadInput("the till report is the station's own: --district and --commune do "
                       "not apply to it", field="district" if args.district else "commune")
    refuse_language_off_pdf(args.language, args.format, "report")
    if args.json and args.format != "json" and args.output is None:
        raise BadInput(f"--json prints JSON on stdout, so a {args.format} report needs "
                       "--output FILE", field="output")
    from station.model.locations import load_for_home

    station = open_station(migrate=False)  # a report only reads: check, never migrate
    station.require_schema()
    code = args.commune or args.district
    places = load_for_home(station.settings.config_dir)
    name = places.name(code) if code else None
    by = logged_in(station, args) if args.kind == "till" else None
    with station.reading() as session:
        if code:
            _check_area(session, places, "commune" if args.commune else "district", code)
        report = reports.build(session, args.kind, as_of=as_of,
                               area=Area(district=args.district, commune=args.commune,
                                         name=name),
                               station_id=station.settings.station_id,
                               zone=station.settings.office_zone, by=by)
    output = args.output
    if args.format == "pdf" and output is None:
        output = Path(f"sws-report-{args.kind}-{as_of.isoformat()}.pdf")
    if output is not None:
        from station.model.files import refuse_own_file

        refuse_own_file(output, station.settings)
    localise = None
    if args.language != "en":
        known = places.get(code) if code else None
        area_name = known.name_in(args.language) if known is not None else None
        localise = localiser_for(args.language, area_name)
    data = report_render.write(report, args.format, output, generated_at=now,
                               localise=localise)
    if output is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        emit(args, {"report": args.kind, "format": args.format, "output": str(output),
                    "bytes": len(data)},
             f"{args.kind} report ({args.format}, {len(data)} bytes) written to {output}")
    return EXIT_OK


def cmd_check_list(args: argparse.Namespace) -> int:
    from station.model.files import refuse_own_file
    from station.model.locations import load_for_home
    from station.services.list_check import check_programme_list

    refuse_language_off_pdf(args.language, args.format, "report")
    now = now_utc()
    as_of = _as_of(args.as_of, now)
    station = open_station(migrate=False)  # reads the registry, writes one audit event
    station.require_schema()
    operator = logged_in(station, args)
    places = load_for_home(station.settings.config_dir)
    if args.commune:
        with station.reading() as session:
            for code in args.commune:
                _check_area(session, places, "commune", code)
    if args.output is not None:
        refuse_own_file(args.output, station.settings)
    localise = localiser_for(args.language, None) if args.format == "pdf" else None
    done = check_programme_list(station, args.list, programme=args.programme, by=operator,
                                now=now, as_of=as_of, fmt=args.format, path=args.output,
                                language=args.language, localise=localise,
                                places=places.in_language(args.language),
                                communes=args.commune)
    counts = done.counts
    emit(args, {"status": "checked", "programme": args.programme, "format": done.format,
                "output": str(done.path), "bytes": done.bytes, "counts": counts},
         f"{counts['lines read']} lines checked against the registry ("
         f"{counts['after death']} after death, {counts['more than once']} more than once, "
         f"{counts['not registered']} not registered, "
         f"{counts['registered, not in the programme']} not in the programme, "
         f"{counts['to check']} to check, {counts['in the programme, not on the list']} "
         f"members not on the list, {counts['lines not read']} lines not read): "
         f"{done.path}")
    return EXIT_OK


def refuse_language_off_pdf(language: str, fmt: str, paper: str) -> None:
    """:class:`BadInput` for ``--language`` with a CSV or JSON ``paper`` (a report, a
    person's record): only the PDF is in a desk's words, the others keep the English codes."""
    if language != "en" and fmt != "pdf":
        raise BadInput(f"--language is for the PDF: a {fmt} {paper} keeps the English "
                       "codes, for programs and spreadsheets", field="language")


def localiser_for(language: str, area_name: str | None) -> Any:
    """The window's report words in ``language``, without a window: Qt's translations need
    only a core application (no display). The words are read at once, and the language the
    process had is put back (an in-process caller keeps its own)."""
    from PySide6.QtCore import QCoreApplication

    from station.i18n import apply_language, current_language
    from station.views.report_words import report_localiser

    if QCoreApplication.instance() is None:
        _app.append(QCoreApplication([sys.argv[0]]))
    before = current_language()
    apply_language(language)
    try:
        return report_localiser(area_name)
    finally:
        apply_language(before)


_app: list[Any] = []  # the core application, kept alive while the command runs


def _check_area(session: Any, places: Any, level: str, code: str) -> None:
    """Refuse an area code that names nothing: a typo or another level's code gave a report
    of zeros (exit 0) that read as an area with no coverage. A code the list of places does
    not know is still good when people are registered under it (the list lags behind)."""
    import sqlalchemy as sa

    from station.registry.models import Person

    area = places.get(code)
    if area is not None and area.level != level:
        raise BadInput(f"{code} is the {area.level} {area.name}, not a {level}: use "
                       f"--{area.level} {code}" if area.level in ("district", "commune") else
                       f"{code} is the {area.level} {area.name}, not a {level}",
                       field=level)
    if area is None:
        column = Person.commune_code if level == "commune" else Person.district_code
        if session.scalar(sa.select(Person.id).where(column == code).limit(1)) is None:
            raise BadInput(f"no {level} has the code {code}: neither the list of places nor "
                           "the registry knows it (find codes with `sws places NAME`)",
                           field=level)
