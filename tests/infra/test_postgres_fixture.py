"""The PostgreSQL fixture gives a real server and a fresh database per call."""

from collections.abc import Callable

import pytest
import sqlalchemy as sa


@pytest.mark.postgres
def test_each_database_is_fresh_and_real(new_database_url: Callable[[], str]) -> None:
    first, second = new_database_url(), new_database_url()
    assert first != second
    engine = sa.create_engine(first)
    with engine.begin() as conn:
        version = conn.execute(sa.text("SHOW server_version")).scalar_one()
        conn.execute(sa.text("CREATE TABLE t (x int)"))
    engine.dispose()
    assert int(str(version).split(".")[0]) >= 13
    other = sa.create_engine(second)
    with other.connect() as conn:
        tables = conn.execute(
            sa.text("SELECT count(*) FROM information_schema.tables WHERE table_name = 't'")
        ).scalar_one()
    other.dispose()
    assert tables == 0
