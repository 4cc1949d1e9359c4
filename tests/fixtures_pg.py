"""A real, throwaway PostgreSQL server for the tests that need one.

The cluster is made with ``initdb`` in a temporary folder and started with ``pg_ctl`` on a free
loopback port; every test that asks for ``new_database_url`` gets a database of its own, dropped
afterwards. As root the server runs as the ``postgres`` user (PostgreSQL refuses to run as root).
Where the PostgreSQL binaries are absent the tests skip, except under CI, where that is a failure.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN_CANDIDATES = [Path(f"/usr/lib/postgresql/{v}/bin") for v in (17, 16, 15)]


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def dsn(self, database: str = "postgres") -> str:
        return f"host={self.host} port={self.port} user={self.user} dbname={database}"


def _pg_bin() -> Path | None:
    for folder in PG_BIN_CANDIDATES:
        if (folder / "initdb").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(cmd: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if owner else cmd


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """Start a PostgreSQL cluster for the whole test session; stop and delete it at the end."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries are missing; ./test installs the Debian package")
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    owner = "postgres" if os.geteuid() == 0 else None
    base = Path(tempfile.mkdtemp(prefix="sws-pg-"))
    data = base / "data"
    data.mkdir()
    if owner:
        entry = pwd.getpwnam(owner)
        for p in (base, data):
            os.chown(p, entry.pw_uid, entry.pw_gid)
    port = _free_port()
    subprocess.run(
        _as_owner([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                   "-E", "UTF8", "--no-sync"], owner),
        check=True, capture_output=True,
    )
    opts = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    subprocess.run(
        _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", opts, "-l",
                   str(base / "server.log"), "-w", "-t", "60", "start"], owner),
        check=True, capture_output=True,
    )
    try:
        yield PostgresServer(host="127.0.0.1", port=port, user="postgres")
    finally:
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                       "stop"], owner),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def new_database_url(postgres_server: PostgresServer) -> Iterator[Callable[[], str]]:
    """A factory: each call creates an empty database and returns its SQLAlchemy URL."""
    import psycopg

    made: list[str] = []

    def make() -> str:
        name = f"sws_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(postgres_server.dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return postgres_server.url(name)

    yield make
    with psycopg.connect(postgres_server.dsn(), autocommit=True) as conn:
        for name in made:
            with contextlib.suppress(psycopg.Error):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(new_database_url: Callable[[], str]) -> str:
    """The URL of one fresh, empty database for this test."""
    return new_database_url()
