"""`sws adjudication list|decide|approve`: suspected duplicates, decided by people."""

from __future__ import annotations

import argparse
from typing import Any

from station.cli._common import (
    add_json,
    add_login,
    emit,
    logged_in,
    now_utc,
    open_station,
    record_id,
)
from station.errors import EXIT_OK


def register(subparsers: Any) -> None:
    """Add the adjudication commands to ``sws``."""
    adj = subparsers.add_parser(
        "adjudication", help="suspected duplicates: the clerk decides, a supervisor approves",
        description="An enrolment whose prints match a person already registered waits here: "
        "the clerk decides whether the applicant is that person (`decide`), a supervisor "
        "approves the decision or sends it back (`approve`).").add_subparsers(
        dest="adjudication_command", metavar="ADJUDICATION_COMMAND")
    adj.required = True
    p = adj.add_parser("list", help="cases waiting for a decision or an approval")
    p.add_argument("--status", default="open",
                   choices=("open", "decided", "approved", "all"),
                   help="open: waiting for the clerk (default); decided: for a supervisor's "
                   "approval; approved; all")
    add_json(p)
    p.set_defaults(handler=cmd_list)
    p = adj.add_parser("decide", help="the clerk's decision on an open case")
    p.add_argument("case_id", help="the case (`sws adjudication list`)")
    p.add_argument("decision", choices=("duplicate", "not_duplicate"),
                   help="duplicate: the applicant is a candidate (--person); not_duplicate: "
                   "a new person, enrolled once a supervisor approves")
    p.add_argument("--person", type=record_id,
                   help="the candidate the applicant is (for duplicate)")
    p.add_argument("--note", metavar="TEXT",
                   help="what the clerk saw, for the supervisor who approves")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_decide)
    p = adj.add_parser("approve", help="a supervisor approves (or --reject) a decision")
    p.add_argument("case_id", help="the case (`sws adjudication list --status decided`)")
    p.add_argument("--reject", action="store_true", help="send the case back to the clerk")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_approve)


def cmd_list(args: argparse.Namespace) -> int:
    from station.model.adjudication import list_cases

    cases = list_cases(open_station(), status=None if args.status == "all" else args.status)
    # created_at is ISO 8601 UTC (...Z): say so, to the minute
    text = "\n".join(f"{c.id}  {c.status:8}  opened {c.created_at[:16].replace('T', ' ')} UTC "
                     f"by {c.opened_by}  {c.applicant.get('latin_name') or '-'}  "
                     f"{len(c.candidates)} candidate(s)" for c in cases) or "no cases"
    emit(args, [c.as_record() for c in cases], text)
    return EXIT_OK


def cmd_decide(args: argparse.Namespace) -> int:
    from station.model.adjudication import decide

    station = open_station()
    view = decide(station, args.case_id, args.decision, by=logged_in(station, args),
                  now=now_utc(), matched_person_id=args.person, note=args.note)
    emit(args, view.as_record(), f"case {view.id}: {view.clerk_decision}, "
         "waiting for a supervisor's approval")
    return EXIT_OK


def cmd_approve(args: argparse.Namespace) -> int:
    from station.model.adjudication import approve

    station = open_station()
    result = approve(station, args.case_id, by=logged_in(station, args),
                     approved=not args.reject, now=now_utc())
    data = {"case_id": args.case_id, "approved": not args.reject,
            "person_id": result.person_id if result else None}
    text = (f"case {args.case_id} sent back" if args.reject else
            f"case {args.case_id} approved" + (f": registered {result.person_id}"
                                               if result else ""))
    emit(args, data, text)
    return EXIT_OK
