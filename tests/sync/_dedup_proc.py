"""The centre's dedup stage in its own process, killed with SIGKILL at a chosen point.

Usage: python -m tests.sync._dedup_proc DB_URL KEY_PATH CHUNK WHERE N

``WHERE`` is ``search`` (kill at the N-th 1:N search, before the chunk's transaction) or
``commit`` (kill inside the N-th chunk's transaction, after its status updates, persons and
cases were written but before the commit): a ``kill -9`` of the centre mid-dedup, at a
point the test chooses.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sync.central import ingest as ingest_module
from sync.central.dedup import ExactDeduplicator, Hit
from sync.central.ingest import Ingest
from sync.keys import load_or_create_central_key


def _die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main(argv: list[str]) -> int:
    db_url, key_path, chunk, where, n = argv
    calls = {"search": 0, "commit": 0}

    class Dying(ExactDeduplicator):
        def search(self, templates: list[tuple[int, bytes]]) -> list[Hit]:
            calls["search"] += 1
            if where == "search" and calls["search"] == int(n):
                _die()
            return super().search(templates)

    real_write = ingest_module.write_batch

    def write_then_die(conn: sa.Connection, batch: Any) -> None:
        real_write(conn, batch)
        calls["commit"] += 1
        if where == "commit" and calls["commit"] == int(n):
            _die()  # the transaction is open: statuses, persons, cases written, not committed

    ingest_module.write_batch = write_then_die  # type: ignore[assignment]
    ingest = Ingest(sa.create_engine(db_url), load_or_create_central_key(Path(key_path)),
                    Dying, clock=lambda: datetime(2026, 11, 2, tzinfo=UTC))
    ingest.load_gallery()
    while ingest.process_pending(int(chunk)):
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
