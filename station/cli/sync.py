"""`sws sync`: deliver the outbox to the central registry, pull statuses and revocations."""

from __future__ import annotations

import argparse
import random
import sys
from typing import Any

from station.cli._common import add_json, emit, now_utc, open_station
from station.errors import EXIT_BAD_INPUT, EXIT_OK


def register(subparsers: Any) -> None:
    """Add ``sws sync`` to ``sws``."""
    p = subparsers.add_parser("sync", help="send queued records to the central registry")
    p.add_argument("--central", metavar="URL", help="central registry URL (default: the one "
                   "this station registered with, `sws init --central URL`)")
    p.add_argument("--batch", type=int, default=200, help="records per request (1-1000)")
    add_json(p)
    p.set_defaults(handler=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from station.model.central_link import load_link, station_key
    from station.registry.base import OUTBOX
    from sync.client import CentralClient
    from sync.errors import SyncError
    from sync.keys import central_public_key, unb64
    from sync.uploader import StationIdentity, Uploader

    station = open_station()
    link = load_link(station.settings)
    identity = StationIdentity(link.station_id, station_key(station.settings),
                               central_public_key(unb64(link.central_public_key_b64)))
    client = CentralClient(args.central or link.url)
    uploader = Uploader(station.engine, OUTBOX, identity, client, station.unseal_outbox,
                        rng=random.Random(), batch_size=max(1, min(1000, args.batch)))
    try:
        report = uploader.sync(now_utc, ignore_backoff=True)  # the operator asked: try now
        cleared = revoked_cards = revoked_stations = 0
        if not report.failed_batches:
            try:
                cleared = uploader.pull_statuses(now_utc())
                listing = uploader.pull_revocations(0)
                revoked_cards = len(listing.get("cards", []))
                revoked_stations = len(listing.get("stations", []))
            except SyncError as error:
                print(f"sws: warning: statuses or revocations not pulled: {error}",
                      file=sys.stderr)
    finally:
        client.close()
    counts = uploader.counts()
    result = {**report.as_json(), "central": client.base_url, "states": counts,
              "statuses_updated": cleared, "revoked_cards": revoked_cards,
              "revoked_stations": revoked_stations}
    emit(args, result,
         f"sent {report.sent}, acknowledged {report.acknowledged}, duplicates suspected "
         f"{report.duplicates}, rejected {report.rejected}, pending {report.pending}, "
         f"awaiting decision {counts.get('received', 0)}"
         # the centre decides after it acknowledged: say what came back and what is held
         f"\ndecisions pulled {cleared}; held as possible duplicates (adjudication at the "
         f"centre) {counts.get('duplicate', 0)}"
         + (f"\nrevocation list: {revoked_cards} cards, {revoked_stations} stations"
            if not report.failed_batches else ""))
    if report.failed_batches:
        print(f"sws: error: {report.last_error}; {report.pending} records wait for the next "
              "sync", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK
