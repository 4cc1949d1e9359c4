"""Opening the registry: engine settings per backend, migrations on open, error translation.

SQLite (the embedded default) runs in WAL mode with a busy timeout, foreign keys and secure
delete on (what is deleted is overwritten with zeros); any other SQLAlchemy URL (PostgreSQL
for larger offices) is used as given. Database errors that a clerk can meet (a locked, full
or read-only database) become :mod:`station.errors` with one plain line.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from station.errors import BadInput, DatabaseBusy, StationError, StorageError, StorageFull

_log = logging.getLogger("station.registry")

READ_ONLY = "sws_read_only"

#: How long a writer waits for another one before giving up, in milliseconds.
BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(busy_timeout_ms: int, max_page_count: int | None) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        # deleted rows are overwritten with zeros, not left in free space: an erased
        # person's sealed templates must not stay readable in the file (station.model.erasure;
        # Debian's SQLite is built with it on, other builds are not)
        cur.execute("PRAGMA secure_delete=ON")
        if max_page_count is not None:
            cur.execute(f"PRAGMA max_page_count={int(max_page_count)}")
        cur.close()
    return on_connect


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                max_page_count: int | None = None) -> Engine:
    """An engine for ``url``; SQLite files get WAL, a busy timeout and foreign keys.

    Errors never carry the statement's values (``hide_parameters``): a traceback of an
    unforeseen one must not show sealed templates, password hashes or names.

    ``max_page_count`` caps an SQLite database's size (tests use it to simulate a full disk).
    """
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError:  # the text itself is not repeated: it may hold a password
        raise StorageError("the registry URL (SWS_DATABASE_URL) is not a database URL: use "
                           "e.g. sqlite:////path/registry.sqlite3 or "
                           "postgresql://user@host/dbname") from None
    try:
        return _engine_for(parsed, url, busy_timeout_ms, max_page_count)
    except (sa.exc.NoSuchModuleError, ImportError):
        raise StorageError(f"the registry URL (SWS_DATABASE_URL) needs the database driver "
                           f"{parsed.drivername!r}, which this station does not have: use "
                           "sqlite or postgresql") from None


def _engine_for(parsed: sa.URL, url: str, busy_timeout_ms: int,
                max_page_count: int | None) -> Engine:
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            if _readable_only_as_immutable(Path(parsed.database)):
                url = _immutable(Path(parsed.database))
            else:
                try:
                    Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
                    _create_owner_only(Path(parsed.database))
                except OSError:  # `sws init` in a read-only home: say so, in one line
                    folder = read_only_home(url)
                    if folder is None:
                        raise
                    raise ReadOnlyHome(folder) from None
        engine = sa.create_engine(url, hide_parameters=True,
                               connect_args={"timeout": busy_timeout_ms / 1000})
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms, max_page_count))

        # pysqlite's own transaction handling defers BEGIN; take the write lock up front so
        # that a busy database fails before anything is half-done. Read-only work (an engine
        # made by `read_only(engine)`) begins a plain deferred transaction and, in WAL mode,
        # never waits for writers.
        @event.listens_for(engine, "begin")
        def _begin(conn: sa.Connection) -> None:
            if conn.get_execution_options().get(READ_ONLY):
                conn.exec_driver_sql("BEGIN")
            else:
                conn.exec_driver_sql("BEGIN IMMEDIATE")

        @event.listens_for(engine, "connect")
        def _no_pysqlite_begin(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None

        return engine
    if parsed.get_backend_name() == "postgresql":
        # Waiting on a lock gives up after the same time as SQLite's busy timeout.
        return sa.create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args={
            "options": f"-c lock_timeout={int(busy_timeout_ms)}"})
    return sa.create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _readable_only_as_immutable(path: Path) -> bool:
    """Whether the registry at ``path`` can only be read opened immutable: its folder cannot
    be written (no ``-shm`` file can be made there) and no write-ahead log holds data that
    an immutable reader would not see (a registry left with an unmerged ``-wal`` is opened
    the usual way, which reads it, or fails as a read-only home)."""
    if not path.is_file() or os.access(path.parent, os.W_OK):
        return False
    wal = Path(f"{path}-wal")
    return not wal.exists() or wal.stat().st_size == 0


def _immutable(path: Path) -> str:
    """The URL that opens an SQLite registry in a read-only home for reading.

    In WAL mode even a reader needs the ``-shm`` file beside the registry, which a read-only
    folder cannot hold: SQLite refuses to open it at all. Nobody can write there either (nor
    create the ``-wal`` file a writer needs), so the file is opened read-only and immutable:
    reports, ``sws db check`` and look-ups work from a read-only home (an archived copy, a
    read-only mount), and the first write fails as "attempt to write a readonly database",
    which :func:`translate` turns into :class:`ReadOnlyHome`.
    """
    return f"sqlite:///file:{quote(str(path))}?mode=ro&immutable=1&uri=true"


def _create_owner_only(path: Path) -> None:
    """Make a new SQLite file readable by its owner only (SQLite gives its -wal and -shm
    files the same mode): the registry holds names, phone numbers, ids and addresses in
    clear, and an office computer has other accounts. An existing file is left as it is."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def read_only(engine: Engine) -> Engine:
    """The same engine for reads only: on SQLite its transactions do not take the write lock."""
    return engine.execution_options(**{READ_ONLY: True})


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (services return them)."""
    return sessionmaker(engine, expire_on_commit=False)


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


class ReadOnlyHome(StorageError):
    """The folder (or the file) of an SQLite registry cannot be written: a home made read-only
    (``chmod -R a-w``, a read-only mount or share); nothing was written."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"the station's home is read-only: {folder} (the registry there "
                         "cannot be written); nothing was written: make it writable again "
                         f"(chmod -R u+w {folder}) or mount it read-write")
        self.folder = folder


def read_only_home(url: str) -> Path | None:
    """The folder of the SQLite registry at ``url`` when it (or the registry file) cannot be
    written by this process, else None (any other backend: None).

    SQLite in WAL mode writes ``-wal`` and ``-shm`` files beside the registry even to read,
    so a read-only folder fails as "unable to open database file" or "attempt to write a
    readonly database", which names neither the cause nor the place. ``os.access`` sees both
    permissions and a read-only mount (EROFS, even for root).
    """
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database \
            or parsed.database == ":memory:":
        return None
    path = Path(parsed.database)
    folder = path.parent
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return folder
    return None


def translate(err: Exception, url: str) -> StationError | None:
    """The station error for a database error a clerk can meet, or None if it is a bug."""
    text = str(getattr(err, "orig", err)).lower()
    if any(sign in text for sign in ("readonly database", "read-only file system",
                                     "unable to open database", "disk i/o error")):
        folder = read_only_home(url)
        if folder is not None:
            return ReadOnlyHome(folder)
    if "value too long for type" in text:  # PostgreSQL keeps VARCHAR(n); SQLite does not
        size = re.search(r"varying\((\d+)\)", text)
        limit = f" (at most {size.group(1)} characters)" if size else ""
        return BadInput(f"a value typed is longer than the registry keeps{limit}; nothing "
                        "was written: shorten it")
    if "database is locked" in text or "database table is locked" in text \
            or "lock timeout" in text or "could not obtain lock" in text:
        # the desk's sentence names no database: which one is busy goes to the log
        _log.warning("registry busy (locked by another program): %s", safe_url(url))
        return DatabaseBusy(safe_url(url))
    if "database or disk is full" in text or "disk full" in text \
            or "no space left" in text or "could not extend file" in text:
        return StorageFull(safe_url(url))
    if "readonly database" in text or "read-only transaction" in text \
            or "read-only file system" in text:
        return StorageError(f"the registry is read-only: {safe_url(url)}; nothing was "
                            "written (check the file's permissions and the disk)")
    if "disk i/o error" in text:  # e.g. a full disk where SQLite makes its -shm file
        return StorageError(f"the disk holding the registry failed to read or write "
                            f"({safe_url(url)}): it may be full or failing; nothing was "
                            "written")
    if "unable to open database" in text or "could not connect" in text \
            or "connection refused" in text:
        return StorageError(f"cannot open the registry at {safe_url(url)}")
    return None


@contextlib.contextmanager
def translated(url: str) -> Iterator[None]:
    """Turn locked/full/unreachable database errors into station errors inside the block."""
    try:
        yield
    except (sa.exc.OperationalError, sa.exc.DatabaseError) as err:
        mapped = translate(err, url)
        if mapped is None:
            raise
        raise mapped from None
