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


def test_a_database_from_before_the_stamp_is_taken_as_version_1(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    engine = sa.create_engine(url)
    tables = [table for table in t.metadata.sorted_tables if table is not t.schema_version]
    t.metadata.create_all(engine, tables=tables)
    engine.dispose()
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(sa.select(t.schema_version.c.version)).scalar_one() == 1
    engine.dispose()
