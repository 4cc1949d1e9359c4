"""Command line of the central registry: ``serve`` and ``stats``.

``sws central ...`` (station/cli/central.py) and ``python -m sync.central ...`` both land here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from sync.errors import SyncError

DEFAULT_DB = "sqlite:///sws-central.sqlite3"


def add_commands(parser: argparse.ArgumentParser) -> None:
    """Add the ``serve`` and ``stats`` sub-commands to ``parser``."""
    commands = parser.add_subparsers(dest="central_command", required=True)
    serve = commands.add_parser("serve", help="run the central registry service")
    serve.add_argument("--db", default=DEFAULT_DB, help="SQLAlchemy URL (PostgreSQL in "
                       "production; default: an SQLite file here)")
    serve.add_argument("--port", type=int, default=8700)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--key", type=Path, default=Path("central-key.pem"),
                       help="the centre's X25519 private key (created if missing)")
    serve.add_argument("--dedup", choices=("gallery", "exact"), default="gallery",
                       help="1:N engine: the matcher's Gallery, or byte-identical templates")
    serve.add_argument("--require-approval", action="store_true",
                       help="new stations wait for a supervisor (default: demo auto-approve)")
    stats = commands.add_parser("stats", help="print persons, packets, duplicates, rejected")
    stats.add_argument("--db", default=DEFAULT_DB)
    stats.add_argument("--json", action="store_true")


def execute(args: argparse.Namespace) -> int:
    """Run the parsed central command; :class:`SyncError` on a bad database or key."""
    if args.central_command == "serve":
        from sync.central.app import CentralConfig, serve

        config = CentralConfig(
            db_url=args.db, key_path=args.key,
            admin_token=os.environ.get("SWS_CENTRAL_ADMIN_TOKEN") or None,
            auto_approve=not args.require_approval, dedup=args.dedup)
        serve(config, host=args.host, port=args.port)
        return 0
    from sync.central.app import make_engine
    from sync.central.reports import stats

    engine = make_engine(args.db)
    with engine.connect() as conn:
        figures = stats(conn)
    engine.dispose()
    if getattr(args, "json", False):
        print(json.dumps(figures))
    else:
        for name, value in figures.items():
            print(f"{name.replace('_', ' ')}: {value}")
    return 0


def run(args: argparse.Namespace) -> int:
    """:func:`execute`, with errors as one line on stderr and exit code 4."""
    try:
        return execute(args)
    except SyncError as error:
        print(f"sws central: error: {error}", file=sys.stderr)
        return 4


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sync.central")
    add_commands(parser)
    return run(parser.parse_args(argv))
