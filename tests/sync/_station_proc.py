"""A station uploader in its own process, so a test can kill -9 it mid-batch.

Usage: python -m tests.sync._station_proc DB_PATH STATION_ID KEY_HEX CENTRAL_KEY_B64 URL NOW_ISO
"""

from __future__ import annotations

import random
import sys
from datetime import datetime

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.backoff import Backoff
from sync.client import CentralClient
from sync.keys import central_public_key, unb64
from sync.outbox import outbox_table
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import AtRest


def main(argv: list[str]) -> int:
    db_path, station_id, key_hex, central_b64, url, now_iso = argv
    engine = sa.create_engine(f"sqlite:///{db_path}")
    table = outbox_table(sa.MetaData())
    identity = StationIdentity(station_id, Ed25519PrivateKey.from_private_bytes(
        bytes.fromhex(key_hex)), central_public_key(unb64(central_b64)))
    uploader = Uploader(engine, table, identity, CentralClient(url),
                        AtRest(b"k" * 32).unseal, rng=random.Random(7), batch_size=10,
                        backoff=Backoff(base_s=1.0, cap_s=600.0))
    now = datetime.fromisoformat(now_iso)
    report = uploader.sync(lambda: now)
    print(report.as_json())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
