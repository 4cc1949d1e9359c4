"""The central registry's tables (SQLAlchemy Core): stations, packets, persons, adjudication.

Packets are stored as received: the biometric envelope stays encrypted to the centre's key
(templates are decrypted only in memory, for deduplication). A few payload fields are copied
into plain columns so that the reports are simple GROUP BY queries.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import cbor2
import sqlalchemy as sa

from sync.errors import CentralSchemaError

metadata = sa.MetaData()

stations = sa.Table(
    "stations",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("public_key", sa.LargeBinary, nullable=False),
    sa.Column("name", sa.String(200), nullable=False, default=""),
    sa.Column("office", sa.String(200), nullable=False, default=""),
    # pending | active | revoked | suspended (schema 6: a clone suspected, until an
    # operator approves or revokes it)
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("registered_at", sa.DateTime, nullable=False),
    sa.Column("revoked_at", sa.DateTime, nullable=True),
    sa.Column("revoke_reason", sa.Text, nullable=True),
    # schema 5: until when the approval holds (centre's clock, UTC); NULL while pending or
    # revoked, and for a row written by hand without one (never expires)
    sa.Column("expires_at", sa.DateTime, nullable=True),
    # schema 6: the card-signer certificates this station signs cards with, as JSON
    # [{"sha256": hex of the DER, "subject": ...}], learnt from the credentials of its
    # delivered card_issue packets; a revocation lists them (cards it signs after it fail)
    sa.Column("signers", sa.Text, nullable=True),
    # schema 6: when and why the centre suspended it (two different packets claiming one
    # outbox position: two installations with one identity); kept after a decision
    sa.Column("suspended_at", sa.DateTime, nullable=True),
    sa.Column("suspend_reason", sa.Text, nullable=True),
    # schema 7: the office's time zone (an IANA name the centre checked), as the station
    # said at its registration or later; the reports count its records on the office's
    # days (NULL: a station that never said, counted on UTC days)
    sa.Column("time_zone", sa.String(64), nullable=True),
    # schema 8: how many times its zone was put on record after its registration: a
    # station signs a change over the next version (sync.registration.zone_message) and the
    # centre takes only that one, so a declaration seen on the way is of no use again
    sa.Column("zone_version", sa.Integer, nullable=False, default=0, server_default="0"),
)

#: Schema 8: every office zone put on record for a station (at its registration, and each
#: change after it, numbered as ``stations.zone_version``): the zones its packets may be
#: dated in, which the reports read here (a few rows) rather than from the packets.
station_zones = sa.Table(
    "station_zones",
    metadata,
    sa.Column("station_id", sa.String(64), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("time_zone", sa.String(64), nullable=False),
    sa.Column("since", sa.DateTime, nullable=True),
)

packets = sa.Table(
    "packets",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("station_id", sa.String(64), nullable=False, index=True),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("record_id", sa.String(64), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("received_at", sa.DateTime, nullable=False),
    sa.Column("digest", sa.LargeBinary, nullable=False),
    sa.Column("payload", sa.LargeBinary, nullable=False),
    sa.Column("envelope", sa.LargeBinary, nullable=True),
    # how the station signed it: its own signature, or its digest in a signed manifest
    sa.Column("signature", sa.LargeBinary, nullable=True),
    sa.Column("manifest_id", sa.String(64), nullable=True),
    sa.Column("status", sa.String(32), nullable=False),
    sa.Column("reason", sa.Text, nullable=True),
    sa.Column("person_id", sa.String(64), nullable=True),
    sa.Column("province", sa.String(100), nullable=True),
    sa.Column("district", sa.String(100), nullable=True),
    sa.Column("commune", sa.String(100), nullable=True),
    sa.Column("programmes", sa.Text, nullable=True),
    sa.Column("facility", sa.String(200), nullable=True),
    sa.Column("card_id", sa.String(100), nullable=True),
    # arrival order at the centre (schema 2): the dedup stage decides ``received`` packets
    # in this order, so the first of two enrolments of one person is the one accepted
    sa.Column("arrival", sa.BigInteger, nullable=True),
    # schema 7: the dates the coverage report counts on, copied from the payload at ingest
    # (``sync.central.decide.report_columns``) so that it is one GROUP BY, not a decoding of
    # every record: a membership's ``start_date`` and ``end_date`` (the first 10 characters
    # of the station's text, NULL when absent: an open term), an end record's last day
    # (``ends_on``: its ``end_date`` as a date, "" when ``withdrawn``: held on no day, NULL
    # when neither reads) and a death's ``died_on``
    sa.Column("start_date", sa.String(10), nullable=True),
    sa.Column("end_date", sa.String(10), nullable=True),
    sa.Column("ends_on", sa.String(10), nullable=True),
    sa.Column("died_on", sa.String(10), nullable=True),
    # schema 8: the office zone the centre held for the station when the packet was stored
    # (``sync.central.store.write_batch``; NULL: none, UTC days): the reports count the
    # record on that zone's day, so a zone changed later does not move it to another day
    sa.Column("time_zone", sa.String(64), nullable=True),
    sa.Index("ix_packets_kind_status", "kind", "status"),
    sa.Index("ix_packets_status_arrival", "status", "arrival"),
    # schema 6: a station's outbox position, looked up for every new packet (two different
    # packets at one position: two installations with one identity, a cloned station)
    sa.Index("ix_packets_station_seq", "station_id", "seq"),
    # schema 7: a record's id, looked up by the coverage report (a membership's person's
    # enrolment, a membership's end records)
    sa.Index("ix_packets_record_id", "record_id"),
)

#: Signed batch manifests (sync.batch): the proof of every packet delivered in a batch.
manifests = sa.Table(
    "manifests",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # SHA-256 hex of the manifest
    sa.Column("station_id", sa.String(64), nullable=False),
    sa.Column("manifest", sa.LargeBinary, nullable=False),
    sa.Column("signature", sa.LargeBinary, nullable=False),
    sa.Column("received_at", sa.DateTime, nullable=False),
)

persons = sa.Table(
    "persons",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("packet_id", sa.String(64), nullable=False),
    sa.Column("station_id", sa.String(64), nullable=False),
    sa.Column("enrolled_at", sa.DateTime, nullable=False),
)

adjudications = sa.Table(
    "adjudications",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("packet_id", sa.String(64), nullable=False, index=True),
    sa.Column("candidate_person_id", sa.String(64), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("state", sa.String(16), nullable=False),  # open | same_person | different
    sa.Column("opened_at", sa.DateTime, nullable=False),
)

revocations = sa.Table(
    "revocations",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("card_id", sa.String(100), nullable=False),
    sa.Column("station_id", sa.String(64), nullable=False),
    sa.Column("packet_id", sa.String(64), nullable=True),
    sa.Column("reason", sa.Text, nullable=True),
    sa.Column("revoked_at", sa.DateTime, nullable=False),
)

#: Every refusal, even of requests that could not be authenticated (the security log).
events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("event", sa.String(32), nullable=False),  # rejected | conflict | replay
    sa.Column("reason", sa.String(64), nullable=False),
    sa.Column("station_id", sa.String(64), nullable=True),
    sa.Column("packet_id", sa.String(64), nullable=True),
    # schema 7: the duplicates report and the clash check look events up by packet
    sa.Index("ix_events_packet_id", "packet_id"),
)

programmes = sa.Table(
    "programmes",
    metadata,
    sa.Column("code", sa.String(32), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
)

locations = sa.Table(
    "locations",
    metadata,
    sa.Column("code", sa.String(32), primary_key=True),
    sa.Column("province", sa.String(100), nullable=False),
    sa.Column("district", sa.String(100), nullable=False),
    sa.Column("commune", sa.String(100), nullable=False),
)


#: The stations' gazetteer as the operator loaded it (one row): the whole document (format
#: ``sws-locations``, every level down to villages) that stations pull with the master data,
#: beside the commune rows above that the reports use; ``version`` holds the digest of its
#: content (``sync.client.gazetteer_digest``) that stations compare with their own.
gazetteer = sa.Table(
    "gazetteer",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("version", sa.String(64), nullable=False),
    sa.Column("document", sa.Text, nullable=False),
)


#: The people who run the centre, each with their own token (only its SHA-256 is kept):
#: ``admin`` approves and revokes stations and loads master data, ``adjudicator`` decides
#: held enrolments. Their decisions are recorded under their name, not a name they type.
operators = sa.Table(
    "operators",
    metadata,
    sa.Column("name", sa.String(48), primary_key=True),
    sa.Column("role", sa.String(16), nullable=False),  # admin | adjudicator
    sa.Column("token_hash", sa.LargeBinary, nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("revoked_at", sa.DateTime, nullable=True),
)

#: Who did what at the centre: every call that needs an operator's token, once it succeeded.
operator_actions = sa.Table(
    "operator_actions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("operator", sa.String(64), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("subject", sa.String(64), nullable=True),
    sa.Column("detail", sa.Text, nullable=True),
)


#: The version of the tables above; raise it with every change to them (with a migration).
#: 2: packets may be ``received`` (stored and acknowledged, 1:N dedup still to come) and
#: carry their ``arrival`` order; version 1 answered every packet with its final status.
#: 3: the ``gazetteer`` table. 4: ``operators`` and ``operator_actions``. 5:
#: ``stations.expires_at`` (a station's approval is valid for a period, then renewed).
#: 6: ``stations.signers`` (its card-signer certificates, listed when it is revoked),
#: ``stations.suspended_at`` and ``suspend_reason`` and the index ``ix_packets_station_seq``
#: (clone detection, :mod:`sync.central.clones`). 7: ``stations.time_zone`` (the office's
#: zone: the reports count each record on its office's day), the packets' report dates
#: ``start_date``, ``end_date``, ``ends_on``, ``died_on`` (filled from the payloads of the
#: rows already there by :func:`_migrate`) and the indexes ``ix_packets_record_id`` and
#: ``ix_events_packet_id``. 8: ``packets.time_zone`` (the zone that dates each record, the
#: one on record when it was stored; filled from the station's zone by the migration),
#: ``stations.zone_version`` and the ``station_zones`` table (each zone put on record).
SCHEMA_VERSION = 8

#: How long an approval (or a renewal) holds unless the operator says otherwise, and what a
#: station active before schema 5 gets from the migration, counted from the migration.
DEFAULT_VALID_DAYS = 365

#: Forward migrations: version -> SQL statements that take a database to version + 1.
#: Version 1 holds only final statuses, so going to 2 only adds the column and its index.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: ("ALTER TABLE packets ADD COLUMN arrival BIGINT",
        "CREATE INDEX IF NOT EXISTS ix_packets_status_arrival ON packets (status, arrival)"),
    2: ("CREATE TABLE IF NOT EXISTS gazetteer (id INTEGER PRIMARY KEY, "
        "version VARCHAR(64) NOT NULL, document TEXT NOT NULL)",),
    # new tables only: create_schema's create_all has made them by the time this runs
    3: (),
    # the column; active stations' expiry is set by _migrate (now + DEFAULT_VALID_DAYS)
    4: ("ALTER TABLE stations ADD COLUMN expires_at TIMESTAMP",),
    # signers are learnt again from the next card_issue packets; nothing to fill in here
    5: ("ALTER TABLE stations ADD COLUMN signers TEXT",
        "ALTER TABLE stations ADD COLUMN suspended_at TIMESTAMP",
        "ALTER TABLE stations ADD COLUMN suspend_reason TEXT",
        "CREATE INDEX IF NOT EXISTS ix_packets_station_seq ON packets (station_id, seq)"),
    # NULL for every station until it says its zone (its records on UTC days till then)
    # the report dates of the packets already stored are filled in by _migrate
    6: ("ALTER TABLE stations ADD COLUMN time_zone VARCHAR(64)",
        "ALTER TABLE packets ADD COLUMN start_date VARCHAR(10)",
        "ALTER TABLE packets ADD COLUMN end_date VARCHAR(10)",
        "ALTER TABLE packets ADD COLUMN ends_on VARCHAR(10)",
        "ALTER TABLE packets ADD COLUMN died_on VARCHAR(10)",
        "CREATE INDEX IF NOT EXISTS ix_packets_record_id ON packets (record_id)",
        "CREATE INDEX IF NOT EXISTS ix_events_packet_id ON events (packet_id)"),
    # the packets stored so far are dated by their station's zone now (the only one a
    # version 7 centre kept), in one statement; station_zones is made by create_all and
    # starts with those zones (version 0: no change counted before versions)
    7: ("ALTER TABLE stations ADD COLUMN zone_version INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE packets ADD COLUMN time_zone VARCHAR(64)",
        "UPDATE packets SET time_zone = (SELECT stations.time_zone FROM stations WHERE "
        "stations.id = packets.station_id) WHERE station_id IN (SELECT id FROM stations "
        "WHERE time_zone IS NOT NULL)",
        "INSERT INTO station_zones (station_id, version, time_zone, since) SELECT id, "
        "zone_version, time_zone, registered_at FROM stations WHERE time_zone IS NOT NULL "
        "AND id NOT IN (SELECT station_id FROM station_zones)"),
}

#: Packets whose report dates the migration to 7 reads at a time (their payloads in memory).
_FILL_CHUNK = 5000

#: One row: the schema version the database was created with (or migrated to).
schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("applied_at", sa.DateTime, nullable=True),
)


def create_schema(engine: sa.Engine, *, now: datetime | None = None) -> None:
    """Create the central tables if they are missing (idempotent); check the schema version.

    A new database is stamped with :data:`SCHEMA_VERSION`; a database from before the stamp
    existed holds the tables of version 1 and is taken as such. An older version is migrated
    forward (:data:`MIGRATIONS`, in one transaction with its new stamp); a newer one raises
    :class:`~sync.errors.CentralSchemaError` before anything is served, so an old server
    never writes rows of a newer layout. ``now`` (the centre's clock, UTC) dates what the
    migration to 5 gives the stations already active (:func:`_migrate`); it is read from the
    system clock only when a migration needs it and none was given.
    """
    existed = sa.inspect(engine).has_table(packets.name)
    metadata.create_all(engine)
    with engine.begin() as conn:
        found = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
        if found is None:
            found = 1 if existed else SCHEMA_VERSION
            conn.execute(schema_version.insert().values(version=found))
    found = int(found)
    if found > SCHEMA_VERSION or any(v not in MIGRATIONS for v in range(found, SCHEMA_VERSION)):
        raise CentralSchemaError(found, SCHEMA_VERSION)
    for version in range(found, SCHEMA_VERSION):
        _migrate(engine, version, now or datetime.now(UTC))


def _migrate(engine: sa.Engine, version: int, now: datetime) -> None:
    """Take the database from ``version`` to ``version + 1`` (statements and stamp at once).

    4 -> 5: every station active at the migration is given ``now + DEFAULT_VALID_DAYS``, not
    its approval time (which no version before 5 kept: only the operator trail of version 4
    has it, and not for stations approved before that). Counting from the approval would
    also expire, on the day of the upgrade, every office approved over a year ago, cutting
    off working offices nobody meant to cut off; a full period from the upgrade gives the
    centre a year to renew or revoke each one on purpose (``sws central renew``).
    """
    inspector = sa.inspect(engine)
    # by table: packets and stations both have a time_zone column (stations' since 7)
    have = {(table.name, c["name"]) for table in (packets, stations)
            for c in inspector.get_columns(table.name)}
    with engine.begin() as conn:
        for statement in MIGRATIONS[version]:
            words = statement.split()
            if words[:2] == ["ALTER", "TABLE"] and words[3:5] == ["ADD", "COLUMN"] \
                    and (words[2], words[5]) in have:
                continue  # tables created by this program's metadata already have it
            conn.exec_driver_sql(statement)
        if version == 6:
            _fill_report_dates(conn)
        if version == 4:
            until = now.astimezone(UTC).replace(tzinfo=None) + timedelta(
                days=DEFAULT_VALID_DAYS)
            conn.execute(stations.update().where(stations.c.status == "active",
                                                 stations.c.expires_at.is_(None))
                         .values(expires_at=until))
        conn.execute(schema_version.delete())
        conn.execute(schema_version.insert().values(version=version + 1))


def _fill_report_dates(conn: sa.Connection) -> None:
    """Copy the report dates (schema 7) of the records already stored out of their payloads
    (memberships and deaths; the other kinds carry none the reports read), as ingest does
    for new ones, :data:`_FILL_CHUNK` packets at a time in id order."""
    from sync.central.decide import report_dates

    p = packets.c
    after = ""
    while True:
        rows = conn.execute(
            sa.select(p.id, p.payload)
            .where(p.kind.in_(["programme_registration", "person_death"]), p.id > after)
            .order_by(p.id).limit(_FILL_CHUNK)).all()
        if not rows:
            return
        updates = [{"pid": row.id, **report_dates(_decoded(row.payload))} for row in rows]
        conn.execute(packets.update().where(p.id == sa.bindparam("pid"))
                     .values({name: sa.bindparam(name) for name in DATE_COLUMNS}), updates)
        after = rows[-1].id


#: The packets' columns :func:`_fill_report_dates` fills (schema 7).
DATE_COLUMNS = ("start_date", "end_date", "ends_on", "died_on")


def _decoded(payload: bytes) -> dict[str, object]:
    """A stored payload as the map the station wrote (empty when it does not read as one)."""
    try:
        value = cbor2.loads(payload)
    except (cbor2.CBORDecodeError, ValueError, TypeError, EOFError):
        return {}
    return value if isinstance(value, dict) else {}
