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
from pathlib import Path

import httpx
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


def _places(path: Path, communes: dict[str, str]) -> Path:
    areas = [{"code": "12", "name": "Kampong Cham", "parent": None},
             {"code": "1204", "name": "Batheay", "parent": "12"},
             *({"code": code, "name": name, "parent": "1204"}
               for code, name in communes.items())]
    path.write_text(json.dumps({"format": "sws-locations", "format_version": 1,
                                "areas": areas}), encoding="utf-8")
    return path


def _catalogue(path: Path, programmes: dict[str, str]) -> Path:
    path.write_text(json.dumps({"programmes": [{"code": c, "name": n}
                                               for c, n in programmes.items()]}),
                    encoding="utf-8")
    return path


def test_master_data_dry_run_shows_what_would_change_and_changes_nothing(
        central_db: str, central_factory: Callable[..., CentralProcess],
        tmp_path: Path) -> None:
    from tests.sync.conftest import ADMIN_TOKEN

    central = central_factory(central_db)
    loaded = _central("master-data", "--central", central.url,
                      "--locations", str(_places(tmp_path / "a.json", {"120401": "Batheay"})),
                      "--programmes", str(_catalogue(tmp_path / "p.json", {
                          "health": "Health care", "pension": "Old-age pension"})),
                      token=ADMIN_TOKEN)
    assert loaded.returncode == 0, loaded.stderr
    before = httpx.get(f"{central.url}/v1/master-data").json()
    places = _places(tmp_path / "b.json", {"120401": "Batheay town", "120402": "Chbar Ampov"})
    catalogue = _catalogue(tmp_path / "q.json", {"health": "Health care",
                                                 "works": "Public works"})
    argv = ("master-data", "--central", central.url, "--locations", str(places),
            "--programmes", str(catalogue), "--dry-run")
    seen = _central(*argv, "--json")  # a look needs no token: nothing is written
    assert seen.returncode == 0, seen.stderr
    assert json.loads(seen.stdout) == {
        "dry_run": True, "programmes": 2, "locations": 2, "areas": 4,
        "changes": {
            "programmes": {"now": 2, "then": 2, "added": ["works"], "removed": ["pension"],
                           "changed": []},
            "locations": {"now": 1, "then": 2, "added": ["120402"], "removed": [],
                          "changed": ["120401"]}}}
    text = _central(*argv)
    assert text.returncode == 0, text.stderr
    assert "removed: pension" in text.stdout and "nothing replaced" in text.stdout
    after = httpx.get(f"{central.url}/v1/master-data").json()
    assert (after["programmes"], after["locations"]) == \
        (before["programmes"], before["locations"])


def test_revoke_dry_run_shows_the_station_and_changes_nothing(
        central_db: str, central_factory: Callable[..., CentralProcess],
        tmp_path: Path) -> None:
    from tests.sync._support import make_station, registered_uploader

    central = central_factory(central_db)
    registered_uploader(central.url, make_station(tmp_path / "o.sqlite3", "st-dry"),
                        name="Batheay desk 2")
    argv = ("revoke", "st-dry", "--reason", "laptop stolen", "--central", central.url,
            "--dry-run")
    seen = _central(*argv, "--json")  # a look needs no token
    assert seen.returncode == 0, seen.stderr
    answer = json.loads(seen.stdout)
    assert (answer["dry_run"], answer["station_id"], answer["status"], answer["name"]) == \
        (True, "st-dry", "active", "Batheay desk 2")
    text = _central(*argv)
    assert text.returncode == 0, text.stderr
    assert "Batheay desk 2" in text.stdout and "nothing changed" in text.stdout.lower()
    listed = json.loads(_central("stations", "--central", central.url, "--json").stdout)
    assert [s["status"] for s in listed["stations"]] == ["active"]
    unknown = _central("revoke", "st-none", "--reason", "x", "--central", central.url,
                       "--dry-run")
    assert unknown.returncode == 4 and len(unknown.stderr.splitlines()) == 1


def test_a_revoked_station_is_not_listed_as_approved_until_a_day(
        central_db: str, central_factory: Callable[..., CentralProcess],
        tmp_path: Path) -> None:
    from tests.sync._support import make_station, registered_uploader
    from tests.sync.conftest import ADMIN_TOKEN

    central = central_factory(central_db)
    registered_uploader(central.url, make_station(tmp_path / "o.sqlite3", "st-gone"))
    assert "until " in _central("stations", "--central", central.url).stdout  # active
    gone = _central("revoke", "st-gone", "--reason", "office closed", "--central",
                    central.url, token=ADMIN_TOKEN)
    assert gone.returncode == 0, gone.stderr
    (line,) = _central("stations", "--central", central.url).stdout.splitlines()
    assert "revoked" in line and "until" not in line, line


def test_a_failure_at_the_service_says_where_to_look(
        central_db: str, central_factory: Callable[..., CentralProcess]) -> None:
    import sqlalchemy as sa

    from tests.sync.conftest import ADMIN_TOKEN

    central = central_factory(central_db)
    damaged = sa.create_engine(central_db)
    with damaged.begin() as conn:  # a registry whose table of stations is gone
        conn.exec_driver_sql("DROP TABLE stations CASCADE")
    damaged.dispose()
    for argv in (("stations",), ("approve", "st-1")):
        failed = _central(*argv, "--central", central.url, token=ADMIN_TOKEN)
        assert failed.returncode == 4
        (line,) = failed.stderr.splitlines()
        # not just "answered 500": the failure is the service's, and its log says why
        assert "500" in line and "log" in line and central.url in line, line


def test_an_operator_call_with_the_database_gone_is_one_line_at_both_ends(
        new_database_url: Callable[[], str], postgres_server: object,
        central_factory: Callable[..., CentralProcess]) -> None:
    import psycopg

    from tests.sync.conftest import ADMIN_TOKEN

    db_url = new_database_url()
    central = central_factory(db_url)
    name = db_url.rsplit("/", 1)[1]
    dsn = db_url.replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)[0]
    with psycopg.connect(f"{dsn}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')  # the centre's database is gone
    failed = _central("approve", "st-1", "--central", central.url, token=ADMIN_TOKEN)
    assert failed.returncode == 4
    (line,) = failed.stderr.splitlines()
    assert "503" in line and "log" in line, line
    # and what the service said of it, which the client used to drop
    assert "the central database cannot be reached" in line, line
    central.stop()
    log = central.log_path.read_text()
    # the call is one line in the service's log (its dedup worker's retries are its own)
    assert "Exception in ASGI application" not in log, log[-3000:]
    assert "an operator's call failed: the central database cannot be reached" in log


def test_operator_revoke_dry_run_shows_who_and_changes_nothing(central_db: str) -> None:
    assert _central("operator", "add", "ana", "--role", "adjudicator", "--db",
                    central_db).returncode == 0
    seen = _central("operator", "revoke", "ana", "--db", central_db, "--dry-run", "--json")
    assert seen.returncode == 0, seen.stderr
    assert json.loads(seen.stdout) == {"name": "ana", "role": "adjudicator",
                                       "dry_run": True, "revoked": False}
    text = _central("operator", "revoke", "ana", "--db", central_db, "--dry-run")
    assert "ana (adjudicator" in text.stdout and "nothing changed" in text.stdout.lower()
    (ana,) = json.loads(_central("operator", "list", "--db", central_db,
                                 "--json").stdout)["operators"]
    assert ana["revoked_at"] is None
    trail = json.loads(_central("operator", "trail", "--db", central_db, "--json").stdout)
    assert [a["action"] for a in trail["actions"]] == ["operator_add"]
    missing = _central("operator", "revoke", "bob", "--db", central_db, "--dry-run")
    assert missing.returncode == 4 and len(missing.stderr.splitlines()) == 1


def test_serve_says_whether_new_stations_are_taken_unapproved(
        central_db: str, central_factory: Callable[..., CentralProcess]) -> None:
    demo = central_factory(central_db)
    checked = central_factory(central_db, "--require-approval")
    demo.stop()
    checked.stop()
    said = [p.log_path.read_text().splitlines()[0] for p in (demo, checked)]
    # a centre that trusts any station that registers must say so where it starts
    assert "approved at once" in said[0] and "--require-approval" in said[0], said[0]
    assert "wait for an operator" in said[1], said[1]


def test_deciding_with_the_bootstrap_token_names_the_option_to_give(
        central_db: str, central_factory: Callable[..., CentralProcess]) -> None:
    from tests.sync.conftest import ADMIN_TOKEN

    central = central_factory(central_db)
    anonymous = _central("decide", "pk-1", "different", "--central", central.url,
                         token=ADMIN_TOKEN)
    assert anonymous.returncode == 4
    (line,) = anonymous.stderr.splitlines()
    assert "--by NAME" in line, line


def test_python_m_sync_central_says_its_errors_as_json_when_asked(tmp_path: Path) -> None:
    """`python -m sync.central` is the same command as `sws central`: --json errors too."""
    for argv in (["stations", "--central", "http://127.0.0.1:9"],
                 ["stats", "--db", f"sqlite:///{tmp_path / 'none.sqlite3'}"]):
        failed = subprocess.run([sys.executable, "-m", "sync.central", *argv, "--json"],
                                cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                                capture_output=True, text=True, timeout=60)
        assert failed.returncode == 4
        said = json.loads(failed.stdout)
        assert said["exit_code"] == 4 and said["error"], said


def test_a_master_data_file_that_is_not_there_is_said_once(tmp_path: Path) -> None:
    missing = tmp_path / "locations.json"
    failed = _central("master-data", "--locations", str(missing), "--programmes",
                      str(REPO / "station" / "data" / "programmes.json"),
                      "--central", "http://127.0.0.1:9", token="not-used")
    assert failed.returncode == 4
    (line,) = failed.stderr.splitlines()
    assert line == f"sws: error: cannot read {missing}: No such file or directory", line
