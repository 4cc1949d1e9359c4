"""Writing one batch's rows: COPY on PostgreSQL (the bulk path), executemany elsewhere.

The COPY is binary: bytea columns (digest, payload, envelope: most of a packet row's bytes)
travel as they are instead of hex text that Python formats and the server parses back,
which costs the centre about a third of the text format's CPU per row.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from sync.central import schema as t
from sync.central.decide import Batch
from sync.outbox import BIOMETRIC_KINDS

#: PostgreSQL type names for binary COPY, by SQLAlchemy type (subclasses first).
_PG_TYPES: tuple[tuple[type[sa.types.TypeEngine[Any]], str], ...] = (
    (sa.Text, "text"), (sa.String, "varchar"), (sa.BigInteger, "int8"),
    (sa.Integer, "int4"), (sa.Float, "float8"), (sa.DateTime, "timestamp"),
    (sa.LargeBinary, "bytea"),
)


def copy_types(columns: list[sa.Column[Any]]) -> list[str]:
    """The PostgreSQL type name of each column, for ``COPY ... (FORMAT BINARY)``."""
    names = []
    for column in columns:
        name = next((pg for kind, pg in _PG_TYPES if isinstance(column.type, kind)), None)
        if name is None:
            raise TypeError(f"no binary COPY type for column {column.name} ({column.type})")
        names.append(name)
    return names


def copy_rows(raw: Any, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """``COPY table FROM STDIN (FORMAT BINARY)`` of ``rows`` on a psycopg 3 connection,
    inside its current transaction; the columns are those of the first row."""
    columns = [c for c in table.columns if c.name in rows[0]]
    values = itemgetter(*(c.name for c in columns))  # one C call per row
    with raw.cursor() as cursor, cursor.copy(
        f"COPY {table.name} ({', '.join(c.name for c in columns)}) FROM STDIN (FORMAT BINARY)"
    ) as copy:
        copy.set_types(copy_types(columns))
        write = copy.write_row
        for row in rows:
            write(values(row))


def date_by_zone(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """Give each packet row of ``rows`` the ``time_zone`` the centre holds for its station
    in ``conn``'s transaction (None: none said, UTC days): the zone the reports date the
    record in from then on, whatever the station says later. One lookup a batch (the few
    stations in it), not one a row."""
    if not rows:
        return
    s = t.stations.c
    ids = {row["station_id"] for row in rows}
    zones = dict(conn.execute(sa.select(s.id, s.time_zone).where(s.id.in_(sorted(ids)))).all())
    for row in rows:
        row["time_zone"] = zones.get(row["station_id"])


def _copy(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """:func:`copy_rows` inside the caller's transaction."""
    copy_rows(conn.connection.driver_connection, table, rows)


def write_batch(conn: sa.Connection, batch: Batch) -> None:
    """Insert every row the batch produced, in the caller's transaction; each packet row
    dated in its station's office zone as the centre holds it now (:func:`date_by_zone`)."""
    bulk = conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg"
    date_by_zone(conn, batch.packets)
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
    if batch.erasures:
        erase_envelopes(conn, batch.erasures)


def erase_envelopes(conn: sa.Connection, person_ids: list[str]) -> int:
    """Delete the stored biometric envelope of every enrolment of ``person_ids``, and of
    every addition of fingerprints to them (their fingerprints erased at their request); how
    many rows held one. The packet row stays: its digest still answers a replay, its payload
    the reports."""
    p = t.packets.c
    return int(conn.execute(t.packets.update().where(
        p.kind.in_(BIOMETRIC_KINDS), p.record_id.in_(sorted(set(person_ids))),
        p.envelope.is_not(None)).values(envelope=None)).rowcount or 0)
