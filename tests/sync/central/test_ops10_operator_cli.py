"""The central operator's day from the command line, as real processes on a real PostgreSQL:
what `sws central operator ...` prints is read by a person (times say their zone) and by a
script (--json), and a refused token says what to fix."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from sync.central.database import serving_engine
from tests.sync.conftest import REPO, CentralProcess

pytestmark = [pytest.mark.postgres]


def _central(*argv: str, token: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SWS_CENTRAL_ADMIN_TOKEN"}
    if token is not None:
        env["SWS_CENTRAL_ADMIN_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "station.cli", "central", *argv], cwd=REPO,
                          env={**env, "PYTHONPATH": str(REPO)}, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def central_db(new_database_url: Callable[[], str]) -> str:
    url = new_database_url()
    serving_engine(url).dispose()
    return url


def test_operator_list_and_trail_say_their_times_are_utc(central_db: str) -> None:
    made = _central("operator", "add", "ana", "--role", "admin", "--db", central_db)
    assert made.returncode == 0, made.stderr
    listed = _central("operator", "list", "--db", central_db, "--json")
    (ana,) = json.loads(listed.stdout)["operators"]
    assert ana["created_at"].endswith("Z"), ana  # a script reads it as UTC, not local time
    trail = _central("operator", "trail", "--db", central_db, "--json")
    assert all(a["at"].endswith("Z") for a in json.loads(trail.stdout)["actions"])
    text = _central("operator", "trail", "--db", central_db)
    assert text.stdout.splitlines()[0].split("  ")[0].endswith(" UTC"), text.stdout
    csv_rows = _central("operator", "trail", "--db", central_db, "--format", "csv")
    assert next(csv.DictReader(io.StringIO(csv_rows.stdout)))["at"].endswith("Z")


def test_a_wrong_or_revoked_token_says_which_setting_to_fix(
        central_db: str, central_factory: Callable[..., CentralProcess]) -> None:
    central = central_factory(central_db, "--require-approval")
    ana = _central("operator", "add", "ana", "--role", "admin", "--db", central_db, "--json")
    token = json.loads(ana.stdout)["token"]
    assert _central("operator", "revoke", "ana", "--db", central_db).returncode == 0
    for given in ("mistyped-token", token):
        refused = _central("stations", "--central", central.url, token=given)
        assert refused.returncode == 0, refused.stderr  # the list needs no token
        refused = _central("approve", "station-1234abcd", "--central", central.url,
                           token=given)
        assert refused.returncode == 4
        (line,) = refused.stderr.splitlines()
        # the operator set SWS_CENTRAL_ADMIN_TOKEN: the error names it, and where to look
        assert "SWS_CENTRAL_ADMIN_TOKEN" in line and "operator list" in line, line
        assert given not in line  # a token is never echoed
        as_json = _central("approve", "station-1234abcd", "--central", central.url,
                           "--json", token=given)
        assert as_json.returncode == 4
        assert "SWS_CENTRAL_ADMIN_TOKEN" in json.loads(as_json.stdout)["error"]
