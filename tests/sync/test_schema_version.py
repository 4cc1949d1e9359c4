"""The central database carries its schema version; a mismatch stops the server at start."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from sync.central import schema as t
from sync.central.app import make_engine
from sync.errors import CentralConfigError, CentralSchemaError


def test_a_new_database_is_stamped_and_opens_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    make_engine(url).dispose()
    engine = make_engine(url)  # a second start finds its own stamp
    with engine.connect() as conn:
        versions = list(conn.execute(sa.select(t.schema_version.c.version)).scalars())
    engine.dispose()
    assert versions == [t.SCHEMA_VERSION]


def test_a_database_of_another_version_is_refused_with_a_plain_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(t.schema_version.update().values(version=t.SCHEMA_VERSION + 1))
    engine.dispose()
    with pytest.raises(CentralSchemaError) as caught:
        make_engine(url)
    assert isinstance(caught.value, CentralConfigError)  # the CLI prints it as one line
    assert (caught.value.found, caught.value.expected) == (t.SCHEMA_VERSION + 1,
                                                           t.SCHEMA_VERSION)
    assert "\n" not in str(caught.value) and "migrate" in str(caught.value)


def _version_1_tables(url: str) -> None:
    """The tables as version 1 made them: no ``packets.arrival``, no schema stamp."""
    engine = sa.create_engine(url)
    tables = [table for table in t.metadata.sorted_tables if table is not t.schema_version]
    t.metadata.create_all(engine, tables=tables)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_packets_status_arrival")
        conn.exec_driver_sql("ALTER TABLE packets DROP COLUMN arrival")
    engine.dispose()


def test_a_database_from_before_the_stamp_is_taken_as_version_1_and_migrated(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    _version_1_tables(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(sa.select(t.schema_version.c.version)).scalar_one() == \
            t.SCHEMA_VERSION
        columns = {c["name"] for c in sa.inspect(conn).get_columns("packets")}
    engine.dispose()
    assert "arrival" in columns


def test_a_version_1_database_is_migrated_once_and_keeps_its_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    _version_1_tables(url)
    engine = sa.create_engine(url)
    t.schema_version.create(engine)
    with engine.begin() as conn:
        conn.execute(t.schema_version.insert().values(version=1))
        conn.execute(t.persons.insert().values(id="p-1", packet_id="pk-1", station_id="st-1",
                                               enrolled_at=sa.func.current_timestamp()))
    engine.dispose()
    for _ in range(2):  # the second start finds the current version: nothing to do
        engine = make_engine(url)
        with engine.connect() as conn:
            assert list(conn.execute(sa.select(t.schema_version.c.version)).scalars()) == [
                t.SCHEMA_VERSION]
            assert conn.execute(sa.select(t.persons.c.id)).scalars().all() == ["p-1"]
        engine.dispose()


def test_a_version_2_database_gains_the_gazetteer_table(tmp_path: Path) -> None:
    """Version 3 keeps the stations' list of places; a version 2 database gets its table."""
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    engine = sa.create_engine(url)
    newer = (t.gazetteer, t.operators, t.operator_actions)
    t.metadata.create_all(engine, tables=[table for table in t.metadata.sorted_tables
                                          if table not in newer])
    with engine.begin() as conn:
        conn.execute(t.schema_version.insert().values(version=2))
    engine.dispose()
    engine = make_engine(url)
    with engine.connect() as conn:
        assert sa.inspect(conn).has_table("gazetteer")
        assert conn.execute(sa.select(t.schema_version.c.version)).scalar_one() == \
            t.SCHEMA_VERSION
    engine.dispose()


def test_a_version_3_database_gains_the_operators_tables(tmp_path: Path) -> None:
    """Version 4 names the centre's operators and keeps their trail."""
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    engine = sa.create_engine(url)
    t.metadata.create_all(engine, tables=[table for table in t.metadata.sorted_tables
                                          if table not in (t.operators, t.operator_actions)])
    with engine.begin() as conn:
        conn.execute(t.schema_version.insert().values(version=3))
    engine.dispose()
    engine = make_engine(url)
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        assert inspector.has_table("operators") and inspector.has_table("operator_actions")
        assert conn.execute(sa.select(t.schema_version.c.version)).scalar_one() == \
            t.SCHEMA_VERSION
    engine.dispose()
