"""`sws init --central`, `sws sync` and `sws central stats` end to end: a real enrolment at the
station reaches the real central server (PostgreSQL) once, and the figures say so."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests._cli import sws as _sws
from tests.sync.conftest import REPO, CentralProcess

SAMPLE = REPO / "fixtures" / "fingerprints" / "sample"
PASSWORD = "correct horse battery staple 42"
PERSON = ["--local-name", "Sok Dara", "--latin-name", "Sok Dara", "--sex", "F",
          "--born", "1990-04-12", "--province", "12", "--district", "1204",
          "--commune", "120401", "--village", "12040103", "--new-household",
          "--consent", "self"]


@pytest.mark.postgres
@pytest.mark.slow
def test_an_enrolment_is_synced_once_and_counted_at_the_centre(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    new_database_url: Callable[[], str], central_factory: Callable[..., CentralProcess],
) -> None:
    if not (SAMPLE / "101_1.png").exists():
        pytest.skip("the committed fingerprint sample set is absent")
    db_url = new_database_url()
    central = central_factory(db_url, "--dedup", "gallery")
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(tmp_path / "station"))
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)

    code, out, err = _sws(capsys, "sync")
    assert code != 0 and "sws init --central" in err  # not registered yet: one clear line
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central.url)[0] == 0
    code, out, err = _sws(capsys, "enrol", *PERSON,
                          "--finger", f"right-index={SAMPLE / '101_1.png'}",
                          "--finger", f"left-index={SAMPLE / '102_1.png'}")
    assert code == 0, err

    code, out, err = _sws(capsys, "sync", "--json")
    first = json.loads(out)
    assert code == 0, err
    assert (first["acknowledged"], first["pending"]) == (first["sent"], 0)
    assert first["acknowledged"] >= 1
    assert first["received"] >= 1  # the enrolment: stored, its 1:N decision to come
    deadline = time.monotonic() + 120  # the centre's dedup stage decides it meanwhile
    while True:
        code, out, _ = _sws(capsys, "sync", "--json")
        again = json.loads(out)
        assert again["sent"] == 0  # nothing is sent twice, also while awaiting a decision
        if again["awaiting_decision"] == 0 or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert again["states"]["acked"] == first["acknowledged"]
    code, out, _ = _sws(capsys, "sync")
    assert "awaiting decision 0" in out
    assert "held as possible duplicates (adjudication at the centre) 0" in out

    stats = subprocess.run([sys.executable, "-m", "station.cli", "central", "stats",
                            "--db", db_url, "--json"], cwd=REPO, capture_output=True,
                           text=True, check=True)
    figures = json.loads(stats.stdout)
    assert (figures["persons"], figures["packets"]) == (1, first["acknowledged"])

    central.kill9()  # the centre goes away; the station keeps working offline
    code, out, err = _sws(capsys, "enrol", *PERSON,
                          "--finger", f"right-index={SAMPLE / '103_1.png'}",
                          "--finger", f"left-index={SAMPLE / '104_1.png'}")
    assert code == 0, err
    code, out, err = _sws(capsys, "sync")
    assert code == 4 and "wait for the next sync" in err and len(err.splitlines()) == 1
    central.start()
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0 and json.loads(out)["pending"] == 0
