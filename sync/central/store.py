"""Writing one batch's rows: COPY on PostgreSQL (the bulk path), executemany elsewhere."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from sync.central import schema as t
from sync.central.decide import Batch


def _copy(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """``COPY table FROM STDIN`` inside the caller's transaction (psycopg 3)."""
    columns = [c.name for c in table.columns if c.name in rows[0]]
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(  # type: ignore[union-attr]
        f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    ) as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])


def write_batch(conn: sa.Connection, batch: Batch) -> None:
    """Insert every row the batch produced, in the caller's transaction."""
    bulk = conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg"
    if batch.manifests:
        ids = list(batch.manifests)
        have = set(conn.execute(sa.select(t.manifests.c.id).where(t.manifests.c.id.in_(ids)))
                   .scalars())
        fresh = [m for i, m in batch.manifests.items() if i not in have]
        if fresh:
            conn.execute(t.manifests.insert(), fresh)
    for table, rows in (
        (t.packets, batch.packets),
        (t.persons, batch.persons),
        (t.adjudications, batch.adjudications),
        (t.revocations, batch.revocations),
        (t.events, batch.events),
    ):
        if not rows:
            continue
        if bulk and table in (t.packets, t.persons):
            _copy(conn, table, rows)
        else:
            conn.execute(table.insert(), rows)
