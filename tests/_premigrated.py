"""An empty SQLite registry at the head revision, made once per test process by the station's
own migrations and copied where a station fixture is about to open a new registry.

Bringing a new registry to head runs every Alembic migration (a fifth of a second and more on
a busy machine), once per test that asks for a station. The copy is the same file those
migrations make (schema, indexes, ``alembic_version``, WAL mode; they seed no row that depends
on the time or chance), made readable by its owner only as the station makes it, so the
station opens it as a registry at head. Tests about migrating (tests/station/test_migrate_head.py
and the like) make their registries themselves and still run the migrations.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import sqlalchemy as sa

from station.config import Settings, load_settings

_made: list[Path] = []


def _template() -> Path:
    """The registry at head, made on first use (removed when the process ends)."""
    if not _made:
        from station.model.station import Station

        folder = Path(tempfile.mkdtemp(prefix="sws-registry-at-head-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "registry.sqlite3"
        Station(load_settings({"SWS_HOME": str(folder), "SWS_DATABASE_URL": f"sqlite:///{path}"}),
                gallery_factory=lambda: None).close()
        # everything in the main file, nothing left in the -wal
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _made.append(path)
    return _made[0]


def premigrated(settings: Settings) -> Settings:
    """Put an empty registry at head where ``settings`` names an SQLite registry that does
    not exist yet; any other registry (PostgreSQL, a file already there) is left alone."""
    if not settings.is_sqlite:
        return settings
    database = sa.make_url(settings.database_url).database
    if not database or database == ":memory:" or Path(database).exists():
        return settings
    target = Path(database)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = _template().read_bytes()
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return settings
