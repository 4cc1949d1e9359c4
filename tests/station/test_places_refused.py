"""The centre's list of places that this station could not use is kept for the supervisor.

The window's background sync refused such a list (a newer format than the station reads, a
broken entry) with a line in the log only: clerks went on registering against the old list
(a new commune missing) and nobody at the office knew to call the IT contact. Now the
refusal is kept (``ui_supervisor.PLACES_FILE``: which version, why, since when), both by the
window's worker and by `sws sync`, shown on the supervisor's page and in `sws sync --json`
(``places_refused``), and cleared once a list is adopted or the centre's is the station's
own again.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.errors import InvalidGazetteer
from station.model import ui_supervisor
from station.model.locations import FORMAT, station_path
from sync.client import gazetteer_digest
from tests._cli import sws as _sws
from tests._serve import serving
from tests.station.helpers import PASSWORD, use_home

AT = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)
LATER = AT + dt.timedelta(hours=2)


def _list(version: str, *areas: dict[str, Any], format_version: int = 1) -> dict[str, Any]:
    return {"format": FORMAT, "format_version": format_version, "version": version,
            "areas": list(areas) or [{"code": "12", "name": "Province Twelve"}]}


#: A list from a centre newer than this station: a format it does not read.
NEWER = _list("2026.12-1", format_version=2)
#: A list with a broken entry (a district whose province is not listed).
BROKEN = _list("2026.12-2", {"code": "1201", "parent": "12", "name": "Orphan"})
GOOD = _list("2026.12-3")


def _master(document: dict[str, Any] | None, digest: str | None = None) -> dict[str, Any]:
    """Master data as the centre sends it: its list's digest, and the list when it differs
    from the station's."""
    digest = digest if digest is not None else (
        gazetteer_digest(document) if document is not None else None)
    return {"gazetteer_digest": digest, "gazetteer": document}


# -- the record itself ----------------------------------------------------------------------


def test_a_refused_list_is_kept_with_its_version_reason_and_time(tmp_path: Path) -> None:
    assert ui_supervisor.places_refused(tmp_path) is None
    with pytest.raises(InvalidGazetteer, match="format_version 2"):
        ui_supervisor.adopt_places(tmp_path, _master(NEWER), now=AT)
    refused = ui_supervisor.places_refused(tmp_path)
    assert refused is not None
    assert (refused.version, refused.at) == ("2026.12-1", AT)
    assert "format_version 2 is not supported" in refused.reason
    assert refused.kept_version == "demo-2026-11"  # the station goes on with the demo list
    assert not station_path(tmp_path).exists()  # nothing of the refused list was kept
    assert refused.as_json() == {"version": "2026.12-1", "reason": refused.reason,
                                 "at": AT.isoformat(), "kept_version": "demo-2026-11"}

    # the centre sends the same list again at every round: refused since the first time
    with pytest.raises(InvalidGazetteer):
        ui_supervisor.adopt_places(tmp_path, _master(NEWER), now=LATER)
    again = ui_supervisor.places_refused(tmp_path)
    assert again is not None and again.at == AT

    # another list, also refused: that one is what the supervisor reads about now
    with pytest.raises(InvalidGazetteer, match="areas"):
        ui_supervisor.adopt_places(tmp_path, _master(BROKEN), now=LATER)
    other = ui_supervisor.places_refused(tmp_path)
    assert other is not None and (other.version, other.at) == ("2026.12-2", LATER)
    assert "1201" in other.reason


def test_a_list_adopted_later_clears_the_refusal(tmp_path: Path) -> None:
    with pytest.raises(InvalidGazetteer):
        ui_supervisor.adopt_places(tmp_path, _master(NEWER), now=AT)
    assert ui_supervisor.adopt_places(tmp_path, _master(GOOD), now=LATER) == "2026.12-3"
    assert ui_supervisor.places_refused(tmp_path) is None
    assert not (tmp_path / ui_supervisor.PLACES_FILE).exists()
    # and a refusal after that names the list the station keeps now
    with pytest.raises(InvalidGazetteer):
        ui_supervisor.adopt_places(tmp_path, _master(NEWER), now=LATER)
    refused = ui_supervisor.places_refused(tmp_path)
    assert refused is not None and refused.kept_version == "2026.12-3"


def test_a_centre_back_on_the_stations_own_list_clears_the_refusal(tmp_path: Path) -> None:
    """The centre's operator takes the new list back: the centre's list is the station's
    again, so it sends none (its digest is the station's), and nothing is refused any more."""
    assert ui_supervisor.adopt_places(tmp_path, _master(GOOD), now=AT) == "2026.12-3"
    with pytest.raises(InvalidGazetteer):
        ui_supervisor.adopt_places(tmp_path, _master(NEWER), now=AT)
    # a round that carries no word on the centre's list (an older centre) changes nothing
    assert ui_supervisor.adopt_places(tmp_path, {}, now=LATER) is None
    assert ui_supervisor.places_refused(tmp_path) is not None
    # the centre's list equals the kept one: it sends its digest and no list
    assert ui_supervisor.adopt_places(
        tmp_path, _master(None, digest=gazetteer_digest(GOOD)), now=LATER) is None
    assert ui_supervisor.places_refused(tmp_path) is None


def test_a_damaged_record_is_no_refusal_and_a_new_refusal_replaces_it(tmp_path: Path) -> None:
    record = tmp_path / ui_supervisor.PLACES_FILE
    for damaged in ("{not json", "[]", json.dumps({"version": "x"}),
                    json.dumps({"version": "x", "reason": "y", "at": "yesterday",
                                "digest": "z"})):
        record.write_text(damaged, encoding="utf-8")
        assert ui_supervisor.places_refused(tmp_path) is None, damaged
    # a list adopted over a damaged record does not trip on it
    assert ui_supervisor.adopt_places(tmp_path, _master(GOOD), now=AT) == "2026.12-3"
    record.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidGazetteer):
        ui_supervisor.adopt_places(tmp_path, _master(NEWER), now=AT)
    refused = ui_supervisor.places_refused(tmp_path)
    assert refused is not None and refused.version == "2026.12-1"


def test_the_supervisor_notices_carry_the_refusal(station: Any) -> None:
    home = station.settings.config_dir
    assert ui_supervisor.supervisor_notices(station).places is None
    with pytest.raises(InvalidGazetteer):
        ui_supervisor.adopt_places(home, _master(NEWER), now=AT)
    notices = ui_supervisor.supervisor_notices(station)
    assert notices.places is not None and notices.places.version == "2026.12-1"
    assert len(notices) == 1
    (home / ui_supervisor.PLACES_FILE).write_text("\x00garbage", encoding="utf-8")
    assert ui_supervisor.supervisor_notices(station).places is None  # no crash, no notice


# -- the window's worker and `sws sync`, against a real central registry ----------------------


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real central registry on a real port (uvicorn in a thread, SQLite), and its
    database file."""
    from sync.central.app import CentralConfig, create_app

    db = tmp_path / "central.sqlite3"
    app = create_app(CentralConfig(db_url=f"sqlite:///{db}", key_path=tmp_path / "central.pem",
                                   admin_token="ops-admin-token", dedup="exact",
                                   dedup_worker=False))
    with serving(app) as url:
        yield url, db


def _centre_holds(db: Path, document: dict[str, Any]) -> None:
    """The list of places the centre hands out, written into its database as a centre newer
    than this station keeps it (the centre refuses, through its API, a list this version of
    the rules breaks: a newer centre does not)."""
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM gazetteer")
        conn.execute("INSERT INTO gazetteer (id, version, document) VALUES (1, ?, ?)",
                     (gazetteer_digest(document), json.dumps(document)))


def _window_round(home: Path, now: dt.datetime) -> None:
    """One round of the window's background sync, wired as the window wires it
    (``ui_services.sync_worker``), run in this thread."""
    from station.config import load_settings
    from station.model.station import Station
    from station.model.ui_services import sync_worker

    station = Station(load_settings({"SWS_HOME": str(home)}))
    try:
        worker = sync_worker(station, clock=lambda: now)
        assert worker is not None
        report = worker.run_round()
        assert report.failed_batches == 0, report.last_error
    finally:
        station.close()


def test_the_window_and_sws_sync_keep_and_clear_the_same_refusal(
        central: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url, db = central
    home = tmp_path / "station"
    use_home(monkeypatch, home)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", url)[0] == 0
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["places_refused"] is None

    # the centre is given a list in a format this station does not read yet
    _centre_holds(db, NEWER)
    first = dt.datetime.now(dt.UTC).replace(microsecond=0)
    _window_round(home, first)
    refused = ui_supervisor.places_refused(home)
    assert refused is not None and refused.version == "2026.12-1"
    assert "format_version 2" in refused.reason and refused.at == first
    assert not station_path(home).exists()  # the station keeps its list

    # `sws sync` says the same refusal, since the window's worker first met it
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err  # a warning: the records still go
    said = json.loads(out)
    assert said["places_updated"] is None
    assert said["places_refused"] == {"version": "2026.12-1", "reason": refused.reason,
                                      "at": first.isoformat(), "kept_version": "demo-2026-11"}
    assert "format_version 2" in err and "keeps its list of places" in err

    # the centre's operator loads a list the station reads: `sws sync` adopts it and clears
    _centre_holds(db, GOOD)
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    said = json.loads(out)
    assert (said["places_updated"], said["places_refused"]) == ("2026.12-3", None)
    assert ui_supervisor.places_refused(home) is None

    # refused by `sws sync` this time, then adopted by the window's worker
    _centre_holds(db, BROKEN)
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["places_refused"]["version"] == "2026.12-2"
    refused = ui_supervisor.places_refused(home)
    assert refused is not None and refused.kept_version == "2026.12-3"
    fixed = _list("2026.12-4", {"code": "12", "name": "Province Twelve"},
                  {"code": "1201", "parent": "12", "name": "District One"})
    _centre_holds(db, fixed)
    _window_round(home, dt.datetime.now(dt.UTC))
    assert ui_supervisor.places_refused(home) is None
    assert json.loads(station_path(home).read_text(encoding="utf-8")) == fixed
