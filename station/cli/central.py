"""`sws central serve|stats|report|cases|decide|...`: the central registry, from the station's
command."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``sws central`` (its options live in :mod:`sync.central.cli`)."""
    from sync.central.cli import add_commands

    parser = subparsers.add_parser(
        "central", help="the central registry: serve, stats, reports, adjudication",
        description="The central registry: `serve --db URL --port N` runs the ASGI service "
        "(OpenAPI at /openapi.json; admin calls need SWS_CENTRAL_ADMIN_TOKEN); `stats --db "
        "URL [--json]` prints persons, packets, duplicates suspected and rejected; `report "
        "NAME --db URL [--format csv]` writes a national report; `cases` and `decide` let a "
        "person at the centre see and decide suspected duplicates, `stations`, `approve`, "
        "`renew`, `revoke` and `master-data` manage stations and master data (on the running "
        "service, --central URL); `operator add|revoke|list|trail --db URL` gives each "
        "admin and adjudicator a token of their own and shows who did what; "
        "`import-superseded FILE` takes an old laptop's undelivered records (its "
        "`sws sync export-undelivered`) once an admin vouches for it. One line on any "
        "failure: exit 5 for a database at another schema version, exit 4 otherwise; "
        "exit 3 when `import-superseded` took some records and the centre refused others "
        "(listed).")
    add_commands(parser)
    parser.set_defaults(handler=cmd_central)


def cmd_central(args: argparse.Namespace) -> int:
    from sync.central.cli import execute

    return execute(args)
