"""`sws grievance open|refer|resolve|appeal|close|withdraw|list|show`: grievances at the counter.

Intake names the person (``--person``), the tapped card (``--card``) or nobody (anonymous);
the category gives the responsible service and the deadline (``station/data/grievances.json``).
Every step is checked against the life-cycle, audited and queued for sync; a refused step
writes nothing and says why in one line. A grievance is named by its reference
(``STATION-YYYYMMDD-G001``, what the person's slip says); the commands that take one accept
the reference or the id, and ``--json`` gives both.
"""

from __future__ import annotations

import argparse
from typing import Any

from station.cli._common import (
    add_json,
    card_serial,
    emit,
    logged_in,
    now_utc,
    open_station,
    operator_command,
    record_id,
)
from station.errors import EXIT_OK, BadInput

STATUSES = ("received", "referred", "resolved", "appealed", "closed")
REFERENCE_HELP = "the grievance's reference (as on its slip) or its id"


def register(subparsers: Any) -> None:
    """Add ``sws grievance ...`` to the command line."""
    grievance = subparsers.add_parser(
        "grievance", help="take, refer, resolve and appeal grievances",
        description="Grievance intake and life-cycle: received -> referred -> resolved -> "
                    "closed, with appeals."
    ).add_subparsers(dest="grievance_command", metavar="GRIEVANCE_COMMAND")
    grievance.required = True

    p = grievance.add_parser("open", help="take a grievance (counter, card tap or anonymous)")
    p.add_argument("--category", required=True,
                   help="exclusion, payment, card, data_correction, health_access, "
                        "employment_services, staff_conduct, fraud or other")
    p.add_argument("--description", required=True, help="what the person says, in short")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--person", type=record_id, help="the person's id")
    who.add_argument("--card", type=card_serial,
                     help="the serial of the card tapped (the person comes from it)")
    operator_command(p, cmd_open)

    p = grievance.add_parser("refer", help="refer to the responsible (or another) service")
    p.add_argument("grievance_id", help=REFERENCE_HELP)
    p.add_argument("--to", help="service (default: the category's responsible service)")
    p.add_argument("--note")
    operator_command(p, cmd_refer)

    p = grievance.add_parser("resolve", help="record how it was resolved")
    p.add_argument("grievance_id", help=REFERENCE_HELP)
    p.add_argument("--resolution", required=True)
    operator_command(p, cmd_resolve)

    p = grievance.add_parser("appeal", help="appeal a resolution (within the appeal window)")
    p.add_argument("grievance_id", help=REFERENCE_HELP)
    # not required by argparse: an unknown id or a grievance that cannot be appealed is said
    # first, and a missing reason then in one line (exit 4)
    p.add_argument("--reason", help="why the resolution is appealed (required)")
    operator_command(p, cmd_appeal)

    for name, handler, text in (("close", cmd_close, "close a resolved grievance"),
                                ("withdraw", cmd_withdraw, "the person withdraws it")):
        p = grievance.add_parser(name, help=text)
        p.add_argument("grievance_id", help=REFERENCE_HELP)
        p.add_argument("--note")
        operator_command(p, handler)

    p = grievance.add_parser("list", help="grievances, nearest deadline first")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--open", action="store_true", help="only open ones (not resolved/closed)")
    p.add_argument("--person", type=record_id, help="only this person's")
    p.add_argument("--limit", type=int, default=200)
    add_json(p)
    p.set_defaults(handler=cmd_list)

    p = grievance.add_parser("show", help="one grievance and every step it went through")
    p.add_argument("grievance_id", help=REFERENCE_HELP)
    add_json(p)
    p.set_defaults(handler=cmd_show)


def _line(g: dict[str, Any]) -> str:
    who = g["person_id"] or "anonymous"
    return (f"{g['reference']}  {g['status']:<9} {g['category']:<20} deadline {g['deadline']}  "
            f"{g['responsible_service']}  {who}")


def _step_done(args: argparse.Namespace, g: dict[str, Any]) -> int:
    emit(args, g, f"grievance {g['reference']} is now {g['status']} "
                  f"(deadline {g['deadline']})")
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    from station.services import grievances

    station = open_station()
    operator = logged_in(station, args)
    grievance_id = grievances.intake(station, category=args.category,
                                     description=args.description, operator=operator,
                                     now=now_utc(), person_id=args.person, card_serial=args.card)
    g = grievances.listing(station, grievance_id=grievance_id)[0]
    emit(args, g, f"grievance {g['reference']} received: {g['category']}, for "
                  f"{g['responsible_service']}, deadline {g['deadline']}")
    return EXIT_OK


def cmd_refer(args: argparse.Namespace) -> int:
    from station.services import grievances

    station = open_station()
    operator = logged_in(station, args)
    return _step_done(args, grievances.refer(station, args.grievance_id, operator=operator,
                                             now=now_utc(), to=args.to, note=args.note))


def cmd_resolve(args: argparse.Namespace) -> int:
    from station.services import grievances

    station = open_station()
    operator = logged_in(station, args)
    return _step_done(args, grievances.resolve(station, args.grievance_id, args.resolution,
                                               operator=operator, now=now_utc()))


def cmd_appeal(args: argparse.Namespace) -> int:
    from station.services import grievances

    station = open_station()
    # an unknown grievance is refused before the operator is asked for a password
    grievance_id = grievances.grievance_id_of(station, args.grievance_id)
    operator = logged_in(station, args)
    return _step_done(args, grievances.appeal(station, grievance_id, args.reason,
                                              operator=operator, now=now_utc()))


def cmd_close(args: argparse.Namespace) -> int:
    from station.services import grievances

    station = open_station()
    operator = logged_in(station, args)
    return _step_done(args, grievances.close(station, args.grievance_id, operator=operator,
                                             now=now_utc(), note=args.note))


def cmd_withdraw(args: argparse.Namespace) -> int:
    from station.services import grievances

    station = open_station()
    operator = logged_in(station, args)
    return _step_done(args, grievances.withdraw(station, args.grievance_id, operator=operator,
                                                now=now_utc(), note=args.note))


def cmd_list(args: argparse.Namespace) -> int:
    from station.services import grievances

    if args.limit < 1:
        raise BadInput(f"--limit must be at least 1, not {args.limit}", field="limit")
    station = open_station()
    found = grievances.listing(station, status=args.status, open_only=args.open,
                               person_id=args.person, limit=args.limit)
    text = "\n".join(_line(g) for g in found) if found else "no grievances"
    emit(args, {"grievances": found}, text)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from station.services import grievances

    station = open_station()
    grievance_id = grievances.grievance_id_of(station, args.grievance_id)
    g = grievances.listing(station, grievance_id=grievance_id)[0]
    steps = grievances.history(station, grievance_id)
    lines = [_line(g), f"  {g['description']}"]
    lines.extend(f"  {s['seq']}. {s['at']}  {s['action']}: {s['from'] or '-'} -> {s['to']}"
                 + (f"  ({s['note']})" if s["note"] else "") for s in steps)
    emit(args, {**g, "steps": steps}, "\n".join(lines))
    return EXIT_OK
