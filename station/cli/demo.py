"""`sws demo populate --households N --seed S`: a synthetic commune for demos and benchmarks.

Supervisors only (it writes thousands of rows and one audit event). Nothing it writes is
queued for sync. See :mod:`station.services.demo`.
"""

from __future__ import annotations

import argparse
from typing import Any

from station.cli._common import add_json, add_login, emit, logged_in, now_utc, open_station
from station.errors import EXIT_OK


def register(subparsers: Any) -> None:
    """Add ``sws demo populate`` to the command line."""
    demo = subparsers.add_parser("demo", help="demo data").add_subparsers(
        dest="demo_command", metavar="DEMO_COMMAND")
    demo.required = True
    p = demo.add_parser("populate", help="fill the registry with a synthetic commune "
                        "(households, people, assessments, memberships, cases, grievances)")
    p.add_argument("--households", type=int, default=5000, help="how many (default 5000)")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    p.add_argument("--communes", type=int, default=1,
                   help="spread the households over this many communes (default 1)")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_populate)


def cmd_populate(args: argparse.Namespace) -> int:
    from station.services.demo import populate

    station = open_station()
    operator = logged_in(station, args)
    operator.require("supervisor", action="populate the registry with demo data")
    summary = populate(station, households_count=args.households, seed=args.seed,
                       now=now_utc(), communes=args.communes, operator=operator)
    counts = summary.as_dict()
    emit(args, counts, "demo data written: " + ", ".join(
        f"{n} {k.replace('_', ' ')}" for k, n in counts.items() if k != "seed"))
    return EXIT_OK
