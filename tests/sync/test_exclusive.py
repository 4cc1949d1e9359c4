"""One sync per station at a time: two `sws sync` processes on one station home, or `sws sync`
beside the window's background worker, never send the same records twice nor count them
twice; the one that finds another running says so in one line (exit 4, `--json` too)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from sync import lock
from sync.client import CentralClient
from sync.outbox import enqueue
from sync.uploader import StationIdentity, SyncReport, Uploader
from sync.worker import SyncWorker
from tests._cli import sws as _sws
from tests.sync._support import T0, make_station
from tests.sync.conftest import REPO, CentralProcess

PASSWORD = "correct horse battery staple 42"
RECORDS = 300


def _home_with_queue(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                     home: Path, url: str) -> dict[str, str]:
    """A station registered with the centre at ``url`` holding ``RECORDS`` queued service
    uses; returns the environment its `sws` processes run with."""
    from station.registry.base import OUTBOX

    env = {"SWS_HOME": str(home), "SWS_OPERATOR": "super", "SWS_PASSWORD": PASSWORD}
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", url)[0] == 0
    engine = sa.create_engine(f"sqlite:///{home / 'registry.sqlite3'}")
    with engine.begin() as conn:
        for n in range(RECORDS):
            enqueue(conn, OUTBOX, kind="service_use", record_id=f"use-{n}",
                    payload={"facility": "Hospital A", "card_id": f"C{n}"},
                    sealed_biometrics=None, now=T0)
    engine.dispose()
    return {k: v for k, v in os.environ.items() if k not in ("SWS_DATABASE_URL",
                                                              "SWS_KEY_FILE")} | env


def _sync_process(env: dict[str, str], *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "station.cli", "sync", "--json",
                             "--batch", "5", *extra], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_two_syncs_at_once_send_and_count_each_record_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    env = _home_with_queue(monkeypatch, capsys, tmp_path / "station", central.url)
    runs = [_sync_process(env), _sync_process(env)]
    answers = []
    for proc in runs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err  # the second waited for the first (--wait 10)
        answers.append(json.loads(out))
    assert sum(a["sent"] for a in answers) == RECORDS
    assert sum(a["acknowledged"] for a in answers) == RECORDS
    assert answers[-1]["states"]["acked"] == RECORDS
    assert sorted(a["sent"] for a in answers) == [0, RECORDS]  # one did it all


@pytest.mark.slow
def test_a_sync_that_finds_another_running_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    home = tmp_path / "station"
    env = _home_with_queue(monkeypatch, capsys, home, central.url)
    with lock.exclusive(home / lock.FILE_NAME):  # e.g. the window's worker, mid-round
        busy = _sync_process(env, "--wait", "0")
        out, err = busy.communicate(timeout=120)
        text = subprocess.run([sys.executable, "-m", "station.cli", "sync", "--wait", "0"],
                              cwd=REPO, env=env, text=True, capture_output=True, timeout=120)
    assert busy.returncode == 4 and text.returncode == 4
    assert json.loads(out) == {"error": json.loads(out)["error"], "kind": "SyncBusy",
                               "exit_code": 4}
    assert "already running" in json.loads(out)["error"]
    assert text.stderr.startswith("sws: error: another sync of this station is already "
                                  f"running (process {os.getpid()})")
    assert len(text.stderr.strip().splitlines()) == 1 and text.stdout == ""
    # nothing left the station meanwhile; once the other sync is over, this one goes
    after = _sync_process(env, "--wait", "0")
    out, err = after.communicate(timeout=300)
    assert after.returncode == 0, err
    assert json.loads(out)["sent"] == RECORDS


def test_the_windows_worker_skips_its_round_while_sws_sync_runs(tmp_path: Path) -> None:
    station = make_station(tmp_path / "outbox.sqlite3", "st-1")
    with station.engine.begin() as conn:
        enqueue(conn, station.table, kind="service_use", record_id="use-1",
                payload={"facility": "Hospital A"}, sealed_biometrics=None, now=T0)
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    identity = StationIdentity("st-1", station.key, X25519PrivateKey.generate().public_key())
    # no centre listens there: a round that tried to send would fail, not skip
    uploader = Uploader(station.engine, station.table, identity,
                        CentralClient("http://127.0.0.1:9"), station.at_rest.unseal,
                        rng=random.Random(1))
    reports: list[SyncReport] = []
    worker = SyncWorker(uploader, lambda: T0, revocations_file=tmp_path / "revocations.json",
                        on_report=reports.append)
    with lock.exclusive(tmp_path / lock.FILE_NAME):
        report = worker.run_round()
    assert (report.sent, report.failed_batches, report.pending) == (0, 0, 1)
    assert report.last_error is not None and "already running" in report.last_error
    assert reports == [report] and worker.last_report is report
    assert uploader.counts()["pending"] == 1  # untouched: not even counted as an attempt
    report = worker.run_round()  # the lock is free again: the round runs (and fails to send)
    assert report.failed_batches == 1 and "did not answer" in str(report.last_error)
