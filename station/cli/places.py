"""`sws places [TEXT] [--in CODE]`: find the address codes that `sws enrol` asks for.

The list is the station's gazetteer (``station.model.locations``): its own copy when it has
one, else the demo list delivered with the station. Reading it needs no sign-in: place names
are public master data.
"""

from __future__ import annotations

import argparse
from collections import deque
from typing import Any

from station.cli._common import add_json, emit
from station.errors import EXIT_OK, NotFound

SHOWN = 200


def register(subparsers: Any) -> None:
    """Add ``sws places`` to the command line."""
    p = subparsers.add_parser(
        "places", help="find province, district, commune and village codes by name",
        description="List the administrative areas the station knows, with their codes: "
                    "the provinces, the areas inside one (--in CODE), or those whose name or "
                    "code contains TEXT (a name in any of the list's languages: Latin or Khmer).")
    p.add_argument("text", nargs="?", default="", help="part of a name (any language the "
                   "list names it in) or code")
    p.add_argument("--in", dest="inside", metavar="CODE",
                   help="only areas inside this one (all levels below it with TEXT)")
    add_json(p)
    p.set_defaults(handler=cmd_places)


def cmd_places(args: argparse.Namespace) -> int:
    from station.config import load_settings
    from station.model.locations import Area, load_for_home
    from station.model.setup import require_initialised

    require_initialised()  # the home's gazetteer: not a new folder where init never ran

    places = load_for_home(load_settings().config_dir)
    if args.inside and places.get(args.inside) is None:
        raise NotFound(f"no area with the code {args.inside} in the list of places")
    text = args.text.strip().casefold()
    found: list[Area] = []
    todo = deque(places.children(args.inside or None))
    while todo:  # breadth first: a province's districts before their villages
        area = todo.popleft()
        if not text or text in area.code.casefold() or any(  # a Khmer name finds it too
                text in n.casefold() for n in area.every_name):
            found.append(area)
        if text:
            todo.extend(places.children(area.code))
    if not found:
        raise NotFound(f"no place matches {args.text!r}" if text else "the list of places is "
                       "empty")
    rows = [{"code": a.code, "level": a.level, "name": a.name, "names": dict(a.names),
             "parent": a.parent, "in": _path(places, a)}
            for a in found[:SHOWN]]
    lines = [f"{r['code']:<10} {r['level']:<9} {' · '.join(a.every_name)}"
             + (f"  ({r['in']})" if r["in"] else "") for a, r in zip(found, rows, strict=False)]
    if len(found) > SHOWN:
        lines.append(f"... and {len(found) - SHOWN} more: type more of the name")
    emit(args, {"places": rows, "more": max(0, len(found) - SHOWN)}, "\n".join(lines))
    return EXIT_OK


def _path(places: Any, area: Any) -> str:
    """The names of the areas above ``area``, nearest first ("Batheay, Kampong Cham")."""
    names = []
    parent = area.parent
    while parent:
        above = places.get(parent)
        if above is None:
            break
        names.append(above.name)
        parent = above.parent
    return ", ".join(names)
