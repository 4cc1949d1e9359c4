"""Alembic migrations, run programmatically: no alembic.ini, the scripts ship in the package.

Opening the station checks the schema on every start. Importing Alembic and loading its script
directory costs about a second, so :func:`upgrade` first compares the database's
``alembic_version`` row with the head read from the revision files (one query, no Alembic);
only a database that is behind (or empty) loads Alembic's machinery and migrates.
"""

from __future__ import annotations

import ast
import datetime as dt
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from station.errors import StorageError
from station.registry.db import read_only

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine, *, office_zone: dt.tzinfo | None = None,
                   station_id: str | None = None) -> Config:
    """An Alembic config that runs on ``engine``'s connections. ``office_zone`` and
    ``station_id`` are the station's, for a migration that numbers records by the office's day
    (grv01); without them it takes UTC's day and the station its audit trail names."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    cfg.attributes["office_zone"] = office_zone
    cfg.attributes["station_id"] = station_id
    return cfg


def _revision_links(source: str) -> tuple[str | None, tuple[str, ...]]:
    """``(revision, down_revisions)`` from the module-level assignments of one script."""
    revision: str | None = None
    down: tuple[str, ...] = ()
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)):
            continue
        name = node.targets[0].id
        if name not in ("revision", "down_revision"):
            continue
        value = ast.literal_eval(node.value)
        if name == "revision":
            revision = str(value)
        elif isinstance(value, str):
            down = (value,)
        elif value is not None:
            down = tuple(str(v) for v in value)
    return revision, down


@cache
def _scanned_head() -> str | None:
    """The single head of the revision files, read without Alembic (None if not exactly one)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        revision, down = _revision_links(script.read_text(encoding="utf-8"))
        if revision is not None:
            revisions.add(revision)
            parents.update(down)
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def head_revision() -> str:
    """The newest revision this program knows."""
    scanned = _scanned_head()
    if scanned is not None:
        return scanned
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _recorded_revisions(engine: Engine) -> list[str] | None:
    """The ``alembic_version`` rows in one query (None when the table does not exist)."""
    if not sa.inspect(engine).has_table("alembic_version"):
        return None
    with read_only(engine).connect() as conn:
        return [str(v) for v in conn.execute(sa.text("SELECT version_num FROM alembic_version"))
                .scalars()]


def at_head(engine: Engine) -> bool:
    """True when the database records exactly this program's head revision (fast path)."""
    head = _scanned_head()
    return head is not None and _recorded_revisions(engine) == [head]


#: Tables only the central registry's database has (``sync.central.schema``).
_CENTRAL_TABLES = ("packets", "stations", "schema_version")


def _not_the_central_database(engine: Engine) -> None:
    """:class:`StorageError` when ``engine`` is the central registry's database: a station's
    tables (operators, persons) must not be made among the national registry's."""
    names = set(sa.inspect(engine).get_table_names())
    if all(name in names for name in _CENTRAL_TABLES) and "alembic_version" not in names:
        shown = engine.url.render_as_string(hide_password=True)
        raise StorageError(f"{shown} is the central registry's database, not a station's "
                           "registry: give the station its own (SWS_DATABASE_URL)")


def upgrade(engine: Engine, revision: str = "head", *, office_zone: dt.tzinfo | None = None,
            station_id: str | None = None) -> None:
    """Bring the database to ``revision`` (idempotent; a database already at head costs one
    query and no Alembic import); ``office_zone`` and ``station_id`` as
    :func:`alembic_config` takes them."""
    if revision == "head" and at_head(engine):
        return
    _not_the_central_database(engine)
    from alembic import command

    command.upgrade(alembic_config(engine, office_zone=office_zone, station_id=station_id),
                    revision)
