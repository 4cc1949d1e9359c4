"""First start of a station: the database schema, the demo keys and the first supervisor."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from station.config import _dirs
from station.errors import NotInitialised
from station.model.operators import count_operators, create_operator, login
from station.model.station import Station
from station.registry.crypto import KeyRing
from station.registry.db import safe_url


def require_initialised(env: Mapping[str, str] | None = None, *,
                        init: str = "sws init") -> None:
    """Refuse, creating nothing, a station home where `sws init` never ran.

    A mistyped ``SWS_HOME`` made a new folder and an empty registry, and commands that do
    not sign in then answered "not found" or "no cases" as if the station were empty. Call
    this before :func:`station.config.load_settings` or :class:`Station` (both make files).
    An embedded (SQLite) registry must exist and hold at least one audit event (`sws init`
    writes some); a registry that cannot be read here is left to :class:`Station` to report
    in its own words. A server database (PostgreSQL) is not checked here: it is not made in
    the home folder. ``init`` is the command the refusal names (`sws sync` names
    ``sws init --central URL``).

    Raises
    ------
    NotInitialised
        No registry at the place the environment names, or an empty one.
    """
    env = os.environ if env is None else env
    data_dir, _ = _dirs(env)
    url = sa.make_url(env.get("SWS_DATABASE_URL") or f"sqlite:///{data_dir / 'registry.sqlite3'}")
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    registry = Path(url.database)
    where = f" (SWS_HOME={env['SWS_HOME']})" if env.get("SWS_HOME") else ""
    if not registry.exists():
        raise NotInitialised(f"no station at {registry.parent}{where}: check SWS_HOME, or "
                             f"run `{init}` first")
    try:
        with sqlite3.connect(f"file:{registry}?mode=ro", uri=True) as db:
            found = db.execute("SELECT 1 FROM audit_event LIMIT 1").fetchone()
    except sqlite3.OperationalError as err:
        if "no such table" not in str(err):
            return  # unreadable here (busy, permissions): Station says why
        found = None
    except sqlite3.DatabaseError:
        return  # not a database: Station says so
    if found is None:
        raise NotInitialised(f"the registry at {registry} is empty: check SWS_HOME, or run "
                             f"`{init}` first")


def initialise(station: Station, *, username: str, full_name: str, password: str,
               now: datetime) -> dict[str, Any]:
    """Create what is missing (idempotent): key file and card-issuing chain (both marked
    DEMO), the card template key, first supervisor.

    The schema is already migrated by opening the :class:`Station`. An existing key file is
    never overwritten: it holds the only keys that open the stored templates; nor is a new
    one made when it is missing but the registry already holds records.
    """
    key_file = station.settings.key_file
    if not key_file.exists() and not station.holds_records():
        KeyRing.generate(now, demo=True).save(key_file)
    ring = station.keyring  # a lost key file of a registry in use: KeyProblem, no new key
    supervisor = None
    if count_operators(station) == 0:
        supervisor = create_operator(station, username=username, full_name=full_name,
                                     role="supervisor", password=password, now=now,
                                     by=None).username
    return {"database": safe_url(station.url), "key_file": str(key_file),
            "demo_keys": ring.demo, "active_key_id": ring.active, "supervisor": supervisor,
            "station_id": station.settings.station_id,
            "issuing_dir": _demo_issuing_keys(station.settings.issuing_dir, now),
            "card_template_key_file": _card_template_key(station),
            "station_key_file": _station_key(station)}


DEMO_PASSWORD = "demo-password-1"
"""The password of every DEMO operator that ``sws init --demo`` makes (printed by the command)."""

DEMO_OPERATORS = (
    ("demo-supervisor", "Sok Chenda (DEMO)", "supervisor"),
    ("demo-supervisor-2", "Kim Rith (DEMO)", "supervisor"),
    ("demo-clerk", "Chan Sophea (DEMO)", "clerk"),
    ("demo-auditor", "Nary Vann (DEMO)", "auditor"),
)


def initialise_demo(station: Station, *, now: datetime) -> dict[str, Any]:
    """Like :func:`initialise`, with DEMO operators (one per role, and a second supervisor
    for four-eyes approvals) on a registry that has none yet; idempotent.

    This is what ``./run`` does on a first start, so that a demonstration needs no set-up.
    """
    fresh = count_operators(station) == 0
    (first, full_name, _), *others = DEMO_OPERATORS
    result = initialise(station, username=first, full_name=full_name,
                        password=DEMO_PASSWORD, now=now)
    made = [first] if fresh else []
    if fresh:
        boss = login(station, first, DEMO_PASSWORD, now=now)
        for username, name, role in others:
            create_operator(station, username=username, full_name=name, role=role,
                            password=DEMO_PASSWORD, now=now, by=boss)
            made.append(username)
    result["demo_operators"] = made
    return result


def _card_template_key(station: Station) -> str | None:
    """The programme's card template key (seals the prints on cards), made unless present.

    A real programme makes one key and copies it to every office and hospital desk that
    checks fingers against its cards; `sws init` never replaces one that is there.
    """
    try:
        from station.model.trust import template_key

        template_key(station.settings.card_template_key_file, create=True)
    except ImportError:  # the card layer is not part of this build
        return None
    return str(station.settings.card_template_key_file)


def _station_key(station: Station) -> str | None:
    """Create the station's packet-signing key unless present (None without sync)."""
    try:
        from station.model.central_link import station_key

        station_key(station.settings, create=True)
    except ImportError:
        return None
    return str(station.settings.station_key_file)


def _demo_issuing_keys(folder: Path, now: datetime) -> str | None:
    """A DEMO card-issuing chain (root -> office -> signer) unless one is already there.

    Real offices receive their signer key and certificates from the national PKI and put
    them in this folder; `sws init` never replaces them.
    """
    if (folder / "signer.key").exists():
        return str(folder)
    try:
        from cardio.pki import make_demo_chain
    except ImportError:  # the card layer is not part of this build
        return None
    make_demo_chain(now).save(folder)  # the key is written owner-only
    return str(folder)
