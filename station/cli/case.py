"""`sws case open|plan|follow-up|assign|close|show|overdue`: case management at the counter.

A case gives a person a case manager and a personal plan of goals, actions and referrals
(employment, training, health, ...), each with due and follow-up dates; ``overdue`` lists the
open items whose follow-up date has passed, oldest first, for the supervisor.

``open`` names the person by what they bring: the serial of their card (any card on file,
revoked, lost or replaced too) or their id (:func:`station.services.cases.find_person`).
"""

from __future__ import annotations

import argparse
from typing import Any

from station.cli._common import (
    add_json,
    desk_today,
    emit,
    logged_in,
    now_utc,
    open_station,
    operator_command,
    parse_date,
)
from station.errors import EXIT_OK, BadInput

KINDS = ("goal", "action", "referral")
ITEM_STATUSES = ("planned", "in_progress", "done", "cancelled")


def register(subparsers: Any) -> None:
    """Add ``sws case ...`` to the command line."""
    case = subparsers.add_parser(
        "case", help="case managers, personal plans, overdue follow-ups",
        description="Case management: a case manager and a personal plan per person."
    ).add_subparsers(dest="case_command", metavar="CASE_COMMAND")
    case.required = True

    p = case.add_parser("open", help="open a case for a person with a case manager")
    p.add_argument("person", metavar="PERSON",
                   help="the person's id or the serial of their card")
    p.add_argument("--manager", help="case manager's user name (default: the operator)")
    p.add_argument("--summary", default="", help="the situation in a sentence")
    operator_command(p, cmd_open)

    p = case.add_parser("plan", help="add a goal, action or referral to the personal plan")
    p.add_argument("case_id")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--description", required=True)
    p.add_argument("--service", help="employment, training, health, social_assistance, "
                                     "education, legal or other (a referral needs one)")
    p.add_argument("--due", help="due date YYYY-MM-DD")
    p.add_argument("--follow-up", help="follow-up date YYYY-MM-DD")
    operator_command(p, cmd_plan)

    p = case.add_parser("follow-up", help="record progress on a plan item")
    p.add_argument("item_id")
    p.add_argument("--status", choices=ITEM_STATUSES)
    p.add_argument("--next", help="next follow-up date YYYY-MM-DD")
    p.add_argument("--note")
    operator_command(p, cmd_follow_up)

    p = case.add_parser("assign", help="hand a case to another case manager (supervisor)")
    p.add_argument("case_id")
    p.add_argument("--manager", required=True)
    operator_command(p, cmd_assign)

    p = case.add_parser("close", help="close a case")
    p.add_argument("case_id")
    p.add_argument("--note")
    operator_command(p, cmd_close)

    p = case.add_parser("show", help="a case and its plan")
    p.add_argument("case_id")
    add_json(p)
    p.set_defaults(handler=cmd_show)

    p = case.add_parser("overdue", help="open plan items past their follow-up date")
    p.add_argument("--manager", help="only this case manager's")
    p.add_argument("--date", help="as of this date YYYY-MM-DD (default today)")
    add_json(p)
    p.set_defaults(handler=cmd_overdue)


def cmd_open(args: argparse.Namespace) -> int:
    from station.services import cases

    station = open_station()
    operator = logged_in(station, args)
    manager = args.manager or operator.username
    whose = cases.find_person(station, args.person)
    case_id = cases.open_case(station, whose.person_id, manager=manager,
                              summary=args.summary, operator=operator, now=now_utc())
    data = {"case_id": case_id, "person_id": whose.person_id, "manager": manager}
    card = ""
    if whose.serial:  # the card named them: said, with its state when not in use
        data |= {"card_serial": whose.serial, "card_status": whose.card_status}
        card = (f" (card {whose.serial}" + ("" if whose.card_status == "issued"
                                             else f", {whose.card_status}") + ")")
    emit(args, data, f"case {case_id} opened for {whose.person_id}{card}, "
                     f"case manager {manager}")
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    from station.services import cases

    due = parse_date(args.due, "--due")
    follow_up = parse_date(args.follow_up, "--follow-up")
    station = open_station()
    operator = logged_in(station, args)
    item_id = cases.add_item(station, args.case_id, kind=args.kind,
                             description=args.description, service=args.service, due_date=due,
                             follow_up_date=follow_up, operator=operator, now=now_utc())
    data = {"item_id": item_id, "case_id": args.case_id, "kind": args.kind,
            "service": args.service, "due_date": due, "follow_up_date": follow_up}
    emit(args, data, f"{args.kind} {item_id} added to case {args.case_id}"
                     + (f", follow up on {follow_up}" if follow_up else ""))
    return EXIT_OK


def cmd_follow_up(args: argparse.Namespace) -> int:
    from station.services import cases

    follow_up = parse_date(args.next, "--next")
    if args.status is None and follow_up is None and not (args.note or "").strip():
        # "updated" with nothing recorded: the clerk took the follow-up for done
        raise BadInput("say what to record: --status, --next, --note or several")
    station = open_station()
    operator = logged_in(station, args)
    cases.update_item(station, args.item_id, status=args.status, follow_up_date=follow_up,
                      note=args.note, operator=operator, now=now_utc())
    data = {"item_id": args.item_id, "status": args.status, "follow_up_date": follow_up,
            "note": args.note}
    emit(args, data, f"plan item {args.item_id} updated"
                     + (f": {args.status}" if args.status else "")
                     + (f", next follow-up {follow_up}" if follow_up else ""))
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    from station.services import cases

    station = open_station()
    operator = logged_in(station, args)
    cases.assign_manager(station, args.case_id, manager=args.manager, operator=operator,
                         now=now_utc())
    emit(args, {"case_id": args.case_id, "manager": args.manager},
         f"case {args.case_id} handed to {args.manager}")
    return EXIT_OK


def cmd_close(args: argparse.Namespace) -> int:
    from station.services import cases

    station = open_station()
    operator = logged_in(station, args)
    cases.close_case(station, args.case_id, operator=operator, now=now_utc(), note=args.note)
    emit(args, {"case_id": args.case_id, "status": "closed"}, f"case {args.case_id} closed")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from station.services import cases

    station = open_station()
    data = cases.case_file(station, args.case_id)
    lines = [f"case {data['case_id']} ({data['status']}) for {data['person_id']}, "
             f"case manager {data['manager']}: {data['summary']}"]
    lines.extend(f"  {i['item_id']}  {i['kind']:<8} {i['status']:<11} "
                 f"{i['service'] or '-':<17} follow-up {i['follow_up_date'] or '-'}  "
                 f"{i['description']}" for i in data["items"])
    emit(args, data, "\n".join(lines))
    return EXIT_OK


def cmd_overdue(args: argparse.Namespace) -> int:
    from station.services import cases

    today = parse_date(args.date, "--date") or desk_today(now_utc())
    station = open_station()
    found = cases.overdue_follow_ups(station, today=today, manager=args.manager)
    rows = [{"case_id": o.case_id, "item_id": o.item_id, "person_id": o.person_id,
             "person_name": o.person_name, "manager": o.manager, "kind": o.kind,
             "description": o.description,
             "service": o.service, "follow_up_date": o.follow_up_date,
             "days_overdue": o.days_overdue} for o in found]
    text = "\n".join(f"{r['days_overdue']:>4} days  {r['manager']:<12} {r['person_id']} "
                     f"({r['person_name']})  "
                     f"{r['kind']} {r['item_id']}: {r['description']}" for r in rows)
    emit(args, {"as_of": today, "overdue": rows},
         text or f"no follow-up overdue on {today}")
    return EXIT_OK
