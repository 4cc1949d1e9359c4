"""The declarative base of the registry: one ``MetaData`` holding every station table.

The sync package's outbox table (:func:`sync.outbox.outbox_table`) is attached to the same
metadata, so the Alembic migrations create it and an enrolment writes its outbox item in the
same transaction as the record.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase

from sync.outbox import outbox_table

#: What the registry's record ids look like (UUIDs in small letters): a text that names no
#: record and looks like one is refused as an id; one that does not, as what the counter
#: also takes there (a card serial, a receipt number).
RECORD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# Named constraints, so that migrations can alter them on every backend (SQLite batch mode).
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of the registry's ORM models."""

    metadata = sa.MetaData(naming_convention=NAMING)


OUTBOX: sa.Table = outbox_table(Base.metadata)
