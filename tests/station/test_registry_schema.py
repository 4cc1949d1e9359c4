"""The migrations create exactly the models' schema, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from station.config import Settings
from station.errors import SchemaMismatch
from station.model.integrity import check
from station.model.station import Station
from station.registry.base import Base
from station.registry.migrate import current_revision, head_revision


def test_migrated_database_matches_the_models(station: Station) -> None:
    with station.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    assert diff == []
    assert current_revision(station.engine) == head_revision()


def test_opening_twice_is_harmless(settings: Settings, station: Station) -> None:
    again = Station(settings)
    assert current_revision(again.engine) == head_revision()
    again.close()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(station: Station) -> None:
    if not station.settings.is_sqlite:
        return
    with station.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_db_check_reports_a_database_at_another_version(station: Station) -> None:
    with station.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0000old'"))
    try:
        check(station)
    except SchemaMismatch as err:
        assert "0000old" in str(err)
    else:
        raise AssertionError("a wrong schema version passed the check")
