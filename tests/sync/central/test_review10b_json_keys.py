"""A script reads a --dry-run and the real run of the same command with the same keys:
``dry_run`` says which it was, and a key means the same thing (a count stays a count) in
both. `master-data --dry-run --json` gave ``programmes`` as a table of changes where the real
run gave a count, and the real runs had no ``dry_run`` at all."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.sync.central.test_ops10_operator_cli import (
    _catalogue,
    _central,
    _places,
    central_db,  # noqa: F401 - the fixture
)
from tests.sync.conftest import ADMIN_TOKEN, CentralProcess

pytestmark = [pytest.mark.postgres]


def _json(*argv: str, token: str | None = None) -> dict[str, object]:
    done = _central(*argv, "--json", token=token)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert isinstance(answer, dict)
    return answer


def test_master_data_says_the_same_keys_looking_and_doing(
        central_db: str, central_factory: Callable[..., CentralProcess],  # noqa: F811
        tmp_path: Path) -> None:
    central = central_factory(central_db)
    argv = ("master-data", "--central", central.url,
            "--locations", str(_places(tmp_path / "a.json", {"120401": "Batheay"})),
            "--programmes", str(_catalogue(tmp_path / "p.json", {"health": "Health care"})))
    looked = _json(*argv, "--dry-run")
    done = _json(*argv, token=ADMIN_TOKEN)
    assert (looked.pop("dry_run"), done.pop("dry_run")) == (True, False)
    assert looked == done  # the plan the look showed is what the run did
    assert (done["programmes"], done["locations"], done["areas"]) == (1, 1, 3)
    changes = done["changes"]
    assert isinstance(changes, dict)
    assert changes["programmes"] == {"now": 0, "then": 1, "added": ["health"],
                                     "removed": [], "changed": []}


def test_operator_revoke_says_the_same_keys_looking_and_doing(
        central_db: str) -> None:  # noqa: F811
    assert _central("operator", "add", "ana", "--role", "admin", "--db",
                    central_db).returncode == 0
    looked = _json("operator", "revoke", "ana", "--db", central_db, "--dry-run")
    done = _json("operator", "revoke", "ana", "--db", central_db)
    assert looked == {"name": "ana", "role": "admin", "dry_run": True, "revoked": False}
    assert done == {"name": "ana", "role": "admin", "dry_run": False, "revoked": True}


def test_station_revoke_says_whether_it_was_a_look(
        central_db: str, central_factory: Callable[..., CentralProcess],  # noqa: F811
        tmp_path: Path) -> None:
    from tests.sync._support import make_station, registered_uploader

    central = central_factory(central_db)
    registered_uploader(central.url, make_station(tmp_path / "o.sqlite3", "st-keys"))
    argv = ("revoke", "st-keys", "--reason", "laptop stolen", "--central", central.url)
    looked = _json(*argv, "--dry-run")
    done = _json(*argv, token=ADMIN_TOKEN)
    assert (looked["dry_run"], done["dry_run"]) == (True, False)
    for key in ("station_id", "action", "status"):
        assert key in looked and key in done, key


def test_a_revoked_station_is_not_revoked_again(
        central_db: str, central_factory: Callable[..., CentralProcess],  # noqa: F811
        tmp_path: Path) -> None:
    """Revoking again would move the station's revocation to now: cards its signer signed
    in between would pass at every desk. The look and the run both say it stands."""
    import httpx

    from tests.sync._support import make_station, registered_uploader

    central = central_factory(central_db)
    registered_uploader(central.url, make_station(tmp_path / "o.sqlite3", "st-twice"))
    argv = ("revoke", "st-twice", "--reason", "laptop stolen", "--central", central.url)
    assert _central(*argv, token=ADMIN_TOKEN).returncode == 0

    def revoked_at() -> object:
        (station,) = httpx.get(f"{central.url}/v1/revocations").json()["stations"]
        return station["revoked_at"]

    first = revoked_at()
    for again in (argv, (*argv, "--dry-run")):
        refused = _central(*again, token=ADMIN_TOKEN)
        assert refused.returncode == 4, refused.stdout
        (line,) = refused.stderr.splitlines()
        assert "already revoked" in line, line
    assert revoked_at() == first
