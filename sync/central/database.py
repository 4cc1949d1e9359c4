"""Opening the central database: for the service (create or migrate) and for readers.

``stats`` and ``report`` only read, so they must not create a database where a mistyped
``--db`` points (an empty new file would answer "0 persons"), nor migrate one: they open an
existing central database at this program's schema version or say, in one line, why not.
Every message shows the URL without its password.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from sync.central import schema as t
from sync.errors import CentralConfigError, CentralSchemaError


def shown(db_url: str) -> str:
    """``db_url`` as it may be printed: the password hidden."""
    try:
        return sa.engine.make_url(db_url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return db_url if "@" not in db_url else "the given URL"


class SchemaMismatch(CentralSchemaError):
    """The central database is at another schema version than this program: exit code 5,
    "schema version wrong" as for the station's registry (``sws db check``). An older one
    says how it is migrated (the service migrates at start); a newer one needs this program
    updated."""

    exit_code = 5

    def __init__(self, found: int, expected: int, db_url: str) -> None:
        super().__init__(found, expected)
        if found < expected:
            self.args = (f"the central database {shown(db_url)!r} has schema version {found}, "
                         f"this program needs {expected}: start the service on it once "
                         "(`sws central serve --db URL`), which migrates it, then run this "
                         "again",)


#: What SQLAlchemy puts before a driver's message: "(psycopg.OperationalError) ".
_DRIVER_PREFIX = re.compile(r"^\([\w.]+\) ")
#: The URL schemes people type for PostgreSQL that SQLAlchemy does not take as they are.
_POSTGRES_HINT = ("; a PostgreSQL URL reads postgresql+psycopg://USER@HOST:PORT/DATABASE")


def _cannot_open(db_url: str, error: Exception) -> CentralConfigError:
    first = str(error).splitlines()[0] if str(error) else type(error).__name__
    first = _DRIVER_PREFIX.sub("", first)
    if db_url.startswith(("postgres:", "postgresql:", "postgres+")) and isinstance(
            error, ImportError | sa.exc.NoSuchModuleError):
        first += _POSTGRES_HINT
    damaged = isinstance(error, sa.exc.DatabaseError) and any(
        word in first for word in ("not a database", "malformed"))
    advice = "; restore it from the last backup" if damaged else ""
    return CentralConfigError(f"cannot open the central database {shown(db_url)!r}: "
                              f"{first.replace(db_url, shown(db_url))}{advice}")


def serving_engine(db_url: str, *, now: datetime | None = None) -> sa.Engine:
    """An engine for the service: tables created or migrated (:func:`schema.create_schema`,
    ``now`` the centre's clock for what a migration dates)."""
    try:
        engine = sa.create_engine(db_url, pool_pre_ping=True, hide_parameters=True)
        _not_a_station_registry(engine, db_url)
        t.create_schema(engine, now=now)
    except CentralSchemaError as error:
        raise SchemaMismatch(error.found, error.expected, db_url) from error
    except (sa.exc.ArgumentError, sa.exc.DBAPIError, ImportError) as error:
        raise _cannot_open(db_url, error) from error
    return engine


#: Tables only a station's registry has: a --db that holds them was typed for the centre's.
_STATION_TABLES = ("sync_outbox", "audit_head")


def _not_a_station_registry(engine: sa.Engine, db_url: str) -> None:
    """:class:`CentralConfigError` when ``db_url`` is a station's registry: the centre's
    tables must not be created among a station's records (nor the station served)."""
    names = set(sa.inspect(engine).get_table_names())
    if all(name in names for name in _STATION_TABLES) and t.packets.name not in names:
        engine.dispose()
        raise CentralConfigError(f"{shown(db_url)!r} is a station's registry, not the "
                                 "central one: give the central registry its own database "
                                 "(--db)")


def existing_engine(db_url: str) -> sa.Engine:
    """An engine on an existing central database at this program's schema version.

    Nothing is created or migrated; a missing SQLite file, a database without the central
    tables or at another schema version is a :class:`CentralConfigError`.
    """
    try:
        url = sa.engine.make_url(db_url)
        on_disk = url.get_backend_name() == "sqlite" and url.database not in (
            None, "", ":memory:")
        if on_disk and not Path(str(url.database)).is_file():
            raise CentralConfigError(f"there is no central database at {shown(db_url)!r} "
                                     "(no such file); check --db")
        engine = sa.create_engine(db_url, pool_pre_ping=True, hide_parameters=True)
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table(t.packets.name):
                engine.dispose()
                raise CentralConfigError(f"{shown(db_url)!r} holds no central registry (no "
                                         "central tables); check --db")
            found = conn.execute(sa.select(sa.func.max(t.schema_version.c.version))).scalar() \
                if sa.inspect(conn).has_table(t.schema_version.name) else None
    except (sa.exc.ArgumentError, sa.exc.DBAPIError, ImportError) as error:
        raise _cannot_open(db_url, error) from error
    version = int(found) if found is not None else 1
    if version != t.SCHEMA_VERSION:
        engine.dispose()
        raise SchemaMismatch(version, t.SCHEMA_VERSION, db_url)
    return engine
