"""`sws audit log`: read the station's audit trail (auditors and supervisors).

``sws db check`` proves the hash chain is whole; ``sws audit log`` shows what is in it, the
newest events first: ``--since``/``--until`` (days, UTC), ``--action`` (an action or its
family: ``card`` lists card.issue, card.revoke...), ``--by`` (an operator), ``--subject`` (a
person id, card serial or case id), ``--limit``; ``--format csv`` for a spreadsheet (``-o FILE``).
When the chain does not verify it says so: the first and the last line name the first broken
event, stderr says it too, the exit code is 5, and the JSON is the error record with the
listed events in ``events`` and the first broken event in ``broken_at``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from station.cli._common import add_json, add_login, logged_in, open_station, parse_date
from station.errors import EXIT_INTEGRITY, EXIT_OK


def register(subparsers: Any) -> None:
    """Add ``sws audit`` and its subcommand."""
    p = subparsers.add_parser("audit", help="read the station's audit trail",
                              description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="audit_command", metavar="SUBCOMMAND")
    sub.required = True
    s = sub.add_parser("log", help="audit events, newest first (auditors and supervisors)")
    s.add_argument("--since", help="from this day (UTC), YYYY-MM-DD")
    s.add_argument("--until", help="up to this day (UTC), inclusive")
    s.add_argument("--action", help="an action or its family, e.g. card or card.revoke")
    s.add_argument("--by", metavar="USERNAME", help="only this operator's events")
    s.add_argument("--subject", help="only events about this person id, card serial or case")
    s.add_argument("--limit", type=int, default=500, help="at most this many events (500)")
    s.add_argument("--format", choices=("text", "csv"), default="text",
                   help="text (default) or csv; --json gives JSON")
    s.add_argument("--output", "-o", type=Path, help="write to this file")
    add_login(s)
    add_json(s)
    s.set_defaults(handler=cmd_log)


def cmd_log(args: argparse.Namespace) -> int:
    from station.model.audit_log import AuditFilter, chain_fault, read_events, to_csv

    # a bad day is bad input (exit 4, naming the option), as in every other command
    flt = AuditFilter(since=parse_date(args.since, "--since"),
                      until=parse_date(args.until, "--until"), action=args.action,
                      operator=args.by, subject=args.subject, limit=args.limit)
    station = open_station(migrate=False)
    rows = read_events(station, flt, by=logged_in(station, args))
    fault = chain_fault(station)  # the rows are still shown: they are the evidence
    code = EXIT_OK if fault is None else EXIT_INTEGRITY
    if args.json:
        events = [r.as_record() for r in rows]
        text = json.dumps(events if fault is None else {
            "error": str(fault), "kind": type(fault).__name__, "exit_code": code,
            "broken_at": fault.seq, "events": events}, indent=2, ensure_ascii=False)
    elif args.format == "csv":
        text = to_csv(rows)
    else:
        text = "\n".join(f"{r.seq:>7}  {r.at:%Y-%m-%d %H:%M:%S}Z  {r.operator or '(station)':<14}"
                         f"  {r.action:<22}  {r.subject_id}  {r.details_text()}"
                         for r in rows) or "no audit events match"
        if fault is not None:  # the auditor's window's wording, above and below the listing
            warning = f"AUDIT CHAIN BROKEN: {fault}"
            text = f"{warning}\n{text}\n{warning}"
    if fault is not None:
        print(f"sws: error: {fault}", file=sys.stderr)
    if args.output is None:
        print(text, end="" if text.endswith("\n") else "\n")
        return code
    from station.model.files import refuse_own_file, write_text_atomic

    refuse_own_file(args.output, station.settings)
    write_text_atomic(args.output, text + ("" if text.endswith("\n") else "\n"),
                      bom=args.format == "csv" and not args.json)
    print(f"{len(rows)} event(s) written to {args.output}")
    return code
