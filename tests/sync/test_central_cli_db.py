"""`sws central` on a database it cannot use: one clear line and an exit code a script can
tell apart (4: the URL or the server; 5: a database at another schema version), against a
real PostgreSQL server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from sync.central import schema as t
from sync.central.database import serving_engine
from tests.sync.conftest import REPO


def _cli(*argv: str, module: str = "station.cli") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", module, *argv], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)},
                          capture_output=True, text=True, timeout=120)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.postgres
def test_a_database_an_older_program_made_says_how_to_migrate_it(
    postgres_url: str, tmp_path: Path,
) -> None:
    serving_engine(postgres_url).dispose()
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:  # as the previous release left it
        conn.execute(t.schema_version.update().values(version=t.SCHEMA_VERSION - 1))
    engine.dispose()
    for argv, module in ((("central", "stats"), "station.cli"),
                         (("central", "report", "coverage"), "station.cli"),
                         (("central", "operator", "list"), "station.cli"),
                         (("stats",), "sync.central")):
        out = _cli(*argv, "--db", postgres_url, module=module)
        assert (out.returncode, out.stdout) == (5, ""), (argv, out.stderr)
        assert out.stderr.count("\n") == 1
        assert out.stderr.rstrip().endswith(
            f"has schema version {t.SCHEMA_VERSION - 1}, this program needs "
            f"{t.SCHEMA_VERSION}: start the service on it once (`sws central serve --db "
            "URL`), which migrates it, then run this again")
    serving_engine(postgres_url).dispose()  # what `serve` does at start
    assert _cli("central", "stats", "--db", postgres_url).returncode == 0


def test_a_server_that_is_down_or_a_url_mistyped_is_one_line_and_exit_4() -> None:
    down = f"postgresql+psycopg://sws@127.0.0.1:{_closed_port()}/central"
    out = _cli("central", "stats", "--db", down)
    assert out.returncode == 4 and out.stderr.count("\n") == 1
    assert out.stderr.startswith(f"sws: error: cannot open the central database '{down}': "
                                 "connection failed")  # no driver class name in front
    out = _cli("central", "report", "cards", "--db", "postgres://sws@dbhost/central")
    assert out.returncode == 4 and out.stderr.count("\n") == 1
    assert out.stderr.rstrip().endswith(
        "a PostgreSQL URL reads postgresql+psycopg://USER@HOST:PORT/DATABASE")
