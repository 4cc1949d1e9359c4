"""`sws sync` against a centre that takes the connection and never answers (a proxy or a
link that swallows requests): one wait, one line, nothing lost.

Before, the zone declaration made before the upload waited out the client's timeout, its
failure was passed over, and the upload then waited out a second one: a clerk at a remote
commune watched `sws sync` hang twice as long as it says it waits, and there was no way to
give a slow satellite link a longer wait.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from sync.central.app import CentralConfig, create_app
from tests._cli import sws as _sws
from tests._serve import serving
from tests.sync.conftest import ADMIN_TOKEN, REPO
from tests.sync.test_national_use import _registered_station

SAMPLE = REPO / "fixtures" / "fingerprints" / "sample"


class BlackHole:
    """A TCP port that accepts connections, reads what comes and never answers; counts the
    requests that reached it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0
        self.held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self.held.append(conn)  # kept open, never answered

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        for conn in self.held:
            conn.close()
        self.sock.close()


@pytest.fixture
def black_hole() -> Iterator[BlackHole]:
    hole = BlackHole()
    yield hole
    hole.close()


def _centre_app(tmp_path: Path) -> Any:
    """A real central registry app on SQLite whose dedup stage runs only when asked."""
    return create_app(CentralConfig(db_url=f"sqlite:///{tmp_path / 'central.sqlite3'}",
                                    key_path=tmp_path / "central.pem", admin_token=ADMIN_TOKEN,
                                    dedup="exact", dedup_worker=False))


def _states(home: Path) -> dict[str, int]:
    engine = sa.create_engine(f"sqlite:///{home / 'registry.sqlite3'}")
    try:
        with engine.connect() as conn:
            return {str(s): int(n) for s, n in conn.execute(
                sa.text("SELECT state, count(*) FROM sync_outbox GROUP BY state"))}
    finally:
        engine.dispose()


def test_a_silent_centre_costs_one_wait_and_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        black_hole: BlackHole) -> None:
    if not (SAMPLE / "101_1.png").exists():
        pytest.skip("the committed fingerprint sample set is absent")
    app = _centre_app(tmp_path)
    home = tmp_path / "station"
    with serving(app) as url:
        _registered_station(monkeypatch, capsys, home, url)
    # the office's zone is one the centre does not hold yet: a sync declares it first
    monkeypatch.setenv("SWS_TIME_ZONE", "Asia/Phnom_Penh")
    code, _, err = _sws(capsys, "enrol", "--consent", "self",
                        "--local-name", "Sok Dara", "--latin-name",
                        "Sok Dara", "--sex", "F", "--born", "1990-04-12", "--province", "12",
                        "--district", "1204", "--commune", "120401", "--village", "12040103",
                        "--new-household", "--finger", f"right-index={SAMPLE / '101_1.png'}")
    assert code == 0, err
    before = _states(home)

    code, _, err = _sws(capsys, "sync", "--central", black_hole.url, "--timeout", "1")
    assert code == 4
    assert len(err.strip().splitlines()) == 1, err
    assert err.strip() == (f"sws: error: the central registry at {black_hole.url} did not "
                           "answer within 1 s; 1 records wait for the next sync")
    # one request went out and was waited for: the upload was not tried after it
    assert black_hole.connections == 1
    assert _states(home) == before  # nothing lost, nothing marked sent

    code, _, err = _sws(capsys, "sync", "--timeout", "0")
    assert code == 4 and err.strip() == (
        "sws: error: --timeout must be 1 to 600 seconds, not 0")


def test_a_sync_with_nothing_to_send_also_waits_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        black_hole: BlackHole) -> None:
    app = _centre_app(tmp_path)
    home = tmp_path / "station"
    with serving(app) as url:
        _registered_station(monkeypatch, capsys, home, url)
    # nothing waits: the sync only pulls, and says the centre was silent
    code, out, err = _sws(capsys, "sync", "--central", black_hole.url, "--timeout", "1",
                          "--json")
    assert code == 4, err
    assert len(err.strip().splitlines()) == 1, err
    assert "did not answer within 1 s" in err
    assert json.loads(out)["revocations_pulled"] is False
    assert black_hole.connections == 1


def test_the_windows_worker_also_waits_once_for_a_silent_centre(
        tmp_path: Path, black_hole: BlackHole) -> None:
    """The window's background round: the zone said before the upload went unanswered, and
    the upload waited out a second timeout while it held the station's sync lock."""
    import random

    from fastapi.testclient import TestClient

    from sync.client import CentralClient, register_station
    from sync.uploader import StationIdentity, Uploader
    from sync.worker import SyncWorker
    from tests.sync._support import make_station
    from tests.sync.test_office_days import NOW, PHNOM_PENH, morning_records

    app = _centre_app(tmp_path)
    station = make_station(tmp_path / "s.sqlite3", "st-silent")
    morning_records(station)
    with TestClient(app) as http:
        reg = register_station("http://testserver", station.key, station.station_id,
                               client=CentralClient("http://testserver", http=http))
    silent = CentralClient(black_hole.url, timeout_s=1)
    uploader = Uploader(station.engine, station.table,
                        StationIdentity(station.station_id, station.key, reg.central_key),
                        silent, station.at_rest.unseal, rng=random.Random(1))
    waiting = uploader.pending()
    report = SyncWorker(uploader, lambda: NOW, time_zone=PHNOM_PENH).run_round()
    silent.close()
    assert report.failed_batches == 1 and report.sent == 0
    assert report.last_error == (f"the central registry at {black_hole.url} did not answer "
                                 "within 1 s")
    assert report.pending == waiting == uploader.pending()  # nothing lost
    assert black_hole.connections == 1


def test_a_centre_that_answers_503_to_master_data_still_takes_the_upload(
        tmp_path: Path) -> None:
    """Only a centre that does not answer at all stops the round: one whose master data
    fails (5xx) may still store records, and they go up (dated in the zone it holds)."""
    import random

    import httpx
    from fastapi.testclient import TestClient

    from sync.client import CentralClient, register_station
    from sync.uploader import StationIdentity, Uploader
    from sync.worker import SyncWorker
    from tests.sync._support import make_station
    from tests.sync.test_office_days import NOW, PHNOM_PENH, morning_records

    app = _centre_app(tmp_path)
    station = make_station(tmp_path / "s.sqlite3", "st-503")
    morning_records(station)

    class MasterDataDown(httpx.BaseTransport):
        """The real centre, but its master data answers 503."""

        def __init__(self, real: httpx.BaseTransport) -> None:
            self.real = real

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/master-data":
                return httpx.Response(503, json={"detail": "master data being rebuilt"})
            return self.real.handle_request(request)

    with TestClient(app) as http:
        reg = register_station("http://testserver", station.key, station.station_id,
                               client=CentralClient("http://testserver", http=http))
        faulty = httpx.Client(base_url="http://testserver",
                              transport=MasterDataDown(http._transport))
        uploader = Uploader(station.engine, station.table,
                            StationIdentity(station.station_id, station.key,
                                            reg.central_key),
                            CentralClient("http://testserver", http=faulty),
                            station.at_rest.unseal, rng=random.Random(1))
        waiting = uploader.pending()
        report = SyncWorker(uploader, lambda: NOW, time_zone=PHNOM_PENH).run_round()
    assert waiting > 0 and report.sent == waiting and uploader.pending() == 0
