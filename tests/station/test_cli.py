"""The `sws` command end to end: real images, real extraction, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
import sqlalchemy as sa

from station.cli import main
from station.registry.base import OUTBOX
from station.registry.db import make_engine
from tests._cli import sws
from tests._shared import REPO, shared_set
from tests.station.helpers import PASSWORD, ExactGallery

SHIM = Path(__file__).with_name("shim")


def _has_gallery() -> bool:
    import importlib.util

    return importlib.util.find_spec("matcher.gallery") is not None


@pytest.fixture
def prints() -> dict[str, Path]:
    """Two impressions each of two real fingers (FVC2002 DB1, beside the repo)."""
    folder = shared_set("FVC2002_DB1_B")
    return {"a1": folder / "101_1.tif", "a2": folder / "101_2.tif",
            "b1": folder / "102_1.tif", "b2": folder / "102_2.tif"}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SWS_HOME", str(tmp_path))
    monkeypatch.delenv("SWS_DATABASE_URL", raising=False)
    monkeypatch.delenv("SWS_KEY_FILE", raising=False)
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    monkeypatch.setenv("SWS_BUSY_TIMEOUT_MS", "300")
    if not _has_gallery():
        import station.model.station as st

        monkeypatch.setattr(st, "_matcher_gallery", ExactGallery)
    assert main(["init", "--username", "super", "--password", PASSWORD]) == 0
    return tmp_path


PERSON = ["--local-name", "សុខ ដារា", "--latin-name", "Sok Dara", "--sex", "F",
          "--born", "1990-04-12", "--province", "12", "--district", "1204",
          "--commune", "120401", "--village", "12040103",
          "--consent", "self"]


def _count(home: Path, table: str) -> int:
    engine = make_engine(f"sqlite:///{home / 'registry.sqlite3'}")
    with engine.connect() as conn:
        n = conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()
    engine.dispose()
    return int(n or 0)


def test_init_enrol_show_and_check(home: Path, prints: dict[str, Path],
                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = sws(capsys, "enrol", *PERSON, "--finger", f"right-index={prints['a1']}",
                         "--finger", f"left-index={prints['b1']}")
    assert code == 0, err
    person_id = out.strip()
    code, out, _ = sws(capsys, "person", "show", person_id, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["latin_name"] == "Sok Dara"
    assert [f["finger"] for f in shown["fingers"]] == ["right-index", "left-index"]
    code, out, _ = sws(capsys, "person", "show", person_id)
    assert "  address: Angkor Ban Kandal, Angkor Ban, Kang Meas  (12/1204/120401/12040103)" \
        in out.splitlines()
    assert "  national check: not yet sent to the central registry" in out.splitlines()
    code, out, _ = sws(capsys, "db", "check", "--deep", "--json")
    assert code == 0 and json.loads(out)["ciphertexts_checked"] == 2


@pytest.mark.skipif(not _has_gallery(), reason="needs the real 1:N gallery (matcher.Gallery)")
def test_the_same_fingers_again_exit_3_with_the_candidate(
        home: Path, prints: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = sws(capsys, "enrol", *PERSON, "--finger", f"right-index={prints['a1']}",
                       "--finger", f"left-index={prints['b1']}")
    first = out.strip()
    code, out, _ = sws(capsys, "enrol", *PERSON, "--json",
                       "--finger", f"right-index={prints['a2']}",
                       "--finger", f"left-index={prints['b2']}")
    assert code == 3
    result = json.loads(out)
    assert result["candidates"][0]["person_id"] == first
    code, out, _ = sws(capsys, "search", str(prints["a2"]), "--json")
    assert code == 0 and json.loads(out)["candidates"][0]["person_id"] == first


def _bad_images(tmp: Path) -> dict[str, Path]:
    text = tmp / "notes.png"
    text.write_text("this is not an image")
    blank = tmp / "blank.png"
    cv2.imwrite(str(blank), np.full((360, 360), 230, np.uint8))
    photo = tmp / "gradient.png"
    cv2.imwrite(str(photo), np.tile(np.linspace(0, 255, 360, dtype=np.uint8), (360, 1)))
    return {"unreadable": text, "blank": blank, "gradient": photo}


@pytest.mark.parametrize(("case", "message"), [
    ("unreadable", "right-index"),
    ("blank", "fingerprint"),
    ("gradient", "right-index"),
    ("missing", "no image file"),
    ("impossible date", "not a real date"),
    ("unknown finger", "unknown finger"),
    ("future date", "future"),
    ("village of another commune", "is not in the commune Angkor Ban (120401)"),
])
def test_bad_input_gives_one_line_exit_4_and_writes_nothing(
        home: Path, prints: dict[str, Path], capsys: pytest.CaptureFixture[str],
        case: str, message: str) -> None:
    images = _bad_images(home)
    person = list(PERSON)
    finger = f"right-index={prints['a1']}"
    if case in images:
        finger = f"right-index={images[case]}"
    elif case == "missing":
        finger = f"right-index={home / 'nope.png'}"
    elif case == "impossible date":
        person[person.index("1990-04-12")] = "2023-02-30"
    elif case == "future date":
        person[person.index("1990-04-12")] = "2090-01-01"
    elif case == "unknown finger":
        finger = f"right-pinky={prints['a1']}"
    elif case == "village of another commune":
        person[person.index("12040103")] = "12030405"
    code, out, err = sws(capsys, "enrol", *person, "--finger", finger)
    assert code == 4
    assert len(err.strip().splitlines()) == 1 and err.startswith("sws: error:"), err
    assert message in err
    assert "Traceback" not in err + out
    assert _count(home, "person") == 0 and _count(home, "sync_outbox") == 0


def test_usage_errors_exit_2(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert sws(capsys, "enrol", "--no-such-flag")[0] == 2
    assert sws(capsys, "frobnicate")[0] == 2


def test_wrong_password_and_unknown_person_exit_4(home: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = sws(capsys, "operator", "add", "c1", "--new-password", "longenough1",
                       "--password", "not the password")
    assert code == 4 and "wrong user name or password" in err
    code, _, err = sws(capsys, "person", "show", "no-such-id")
    assert code == 4 and "no person" in err


def test_a_tampered_audit_chain_exits_5(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    engine = make_engine(f"sqlite:///{home / 'registry.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_event SET action = 'nothing' WHERE seq = 1"))
    engine.dispose()
    code, out, err = sws(capsys, "db", "check", "--json")
    assert code == 5 and "audit chain broken at event 1" in err
    assert json.loads(out)["exit_code"] == 5


def test_kill_9_in_the_middle_of_enrol_leaves_a_consistent_registry(
        home: Path, prints: dict[str, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    marker = tmp_path / "in-transaction"
    env = dict(os.environ, SWS_FAULT_PAUSE_FILE=str(marker),
               PYTHONPATH=os.pathsep.join([str(SHIM), str(REPO)]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "station.cli", "enrol", *PERSON,
         "--finger", f"right-index={prints['a1']}", "--finger", f"left-index={prints['b1']}"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(1200):  # the first extraction may compile Numba kernels
            if marker.exists() or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert marker.exists(), proc.communicate(timeout=5)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    code, _, err = sws(capsys, "db", "check", "--deep")
    assert code == 0, err
    assert _count(home, "person") == 0 and _count(home, "fingerprint") == 0
    assert _count(home, OUTBOX.name) == 0
    code, _, err = sws(capsys, "enrol", *PERSON, "--finger", f"right-index={prints['a1']}")
    assert code == 0, err  # no stale lock: the next enrolment goes through


def test_a_duplicate_goes_through_adjudication_on_the_command_line(
        home: Path, prints: dict[str, Path], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    finger = f"right-index={prints['a1']}"
    code, out, _ = sws(capsys, "enrol", *PERSON, "--finger", finger)
    first = out.strip()
    code, out, _ = sws(capsys, "enrol", *PERSON, "--finger", finger, "--json")
    assert code == 3
    case_id = json.loads(out)["adjudication_id"]
    code, out, _ = sws(capsys, "adjudication", "list", "--json")
    assert [c["id"] for c in json.loads(out)] == [case_id]
    assert json.loads(out)[0]["candidates"][0]["person_id"] == first
    assert sws(capsys, "adjudication", "decide", case_id, "not_duplicate")[0] == 0
    code, _, err = sws(capsys, "adjudication", "approve", case_id)
    assert code == 4 and "opened themselves" in err
    assert sws(capsys, "operator", "add", "sup2", "--role", "supervisor",
               "--new-password", "another pass 7")[0] == 0
    # the password the first supervisor chose works once: to choose sup2's own
    code, _, err = sws(capsys, "adjudication", "approve", case_id, "--operator", "sup2",
                       "--password", "another pass 7")
    assert code == 4 and "change your password first" in err
    monkeypatch.setenv("SWS_NEW_PASSWORD", "sup2 own pass 8")
    assert sws(capsys, "operator", "passwd", "--operator", "sup2",
               "--password", "another pass 7")[0] == 0
    code, out, _ = sws(capsys, "adjudication", "approve", case_id, "--operator", "sup2",
                       "--password", "sup2 own pass 8", "--json")
    assert code == 0 and json.loads(out)["person_id"] not in (None, first)
    assert _count(home, "person") == 2
    assert sws(capsys, "db", "check")[0] == 0


def test_init_is_idempotent_and_marks_demo_keys(home: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    keys = (home / "at-rest-keys.json").read_bytes()
    signer = home / "issuing" / "signer.key"
    assert signer.exists() and (signer.stat().st_mode & 0o077) == 0
    code, out, _ = sws(capsys, "init", "--password", "another pass 9", "--json")
    result = json.loads(out)
    assert code == 0 and result["demo_keys"] is True and result["supervisor"] is None
    assert (home / "at-rest-keys.json").read_bytes() == keys  # never replaced
    code, out, _ = sws(capsys, "init", "--password", "x")
    assert code == 0 and "DEMO" in out


def test_an_unreachable_central_registry_is_one_line_exit_4(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:  # a port with nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, err = sws(capsys, "init", "--central", f"http://127.0.0.1:{port}/")
    assert code == 4 and len(err.strip().splitlines()) == 1 and "did not answer" in err
    assert (home / "station-signing-key.pem").exists()
    assert not (home / "central.json").exists()


def test_raw_images_are_kept_encrypted_only_when_configured(
        home: Path, prints: dict[str, Path], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = sws(capsys, "enrol", *PERSON, "--finger", f"right-index={prints['a1']}")
    assert code == 0
    first = out.strip()
    monkeypatch.setenv("SWS_KEEP_RAW_IMAGES", "1")
    code, out, _ = sws(capsys, "enrol", *PERSON, "--finger", f"left-index={prints['b1']}")
    assert code == 0
    second = out.strip()
    kept = {pid: json.loads(sws(capsys, "person", "show", pid, "--json")[1])
            ["fingers"][0]["raw_image_kept"] for pid in (first, second)}
    assert kept == {first: False, second: True}
    engine = make_engine(f"sqlite:///{home / 'registry.sqlite3'}")
    with engine.connect() as conn:
        blob = conn.execute(sa.text("SELECT image_sealed FROM fingerprint "
                                    "WHERE image_sealed IS NOT NULL")).scalar_one()
    engine.dispose()
    assert not blob.startswith(b"\x89PNG") and b"IHDR" not in blob
    assert sws(capsys, "db", "check", "--deep")[0] == 0


def test_rotate_key_on_the_command_line(home: Path, prints: dict[str, Path],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert sws(capsys, "enrol", *PERSON, "--finger", f"right-index={prints['a1']}")[0] == 0
    old = json.loads((home / "at-rest-keys.json").read_text())["active"]
    code, out, _ = sws(capsys, "db", "rotate-key", "--json")
    report = json.loads(out)
    assert code == 0 and report["retired"] == [old] and report["rewrapped"] >= 2
    keys = json.loads((home / "at-rest-keys.json").read_text())
    assert list(keys["keys"]) == [report["new_key_id"]]
    assert sws(capsys, "db", "check", "--deep")[0] == 0
    assert sws(capsys, "search", str(prints["a1"]), "--json")[0] == 0


def test_a_locked_registry_is_one_line_exit_4_on_the_command_line(
        home: Path, prints: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    other = make_engine(f"sqlite:///{home / 'registry.sqlite3'}")
    with other.connect() as conn:
        conn.exec_driver_sql("SELECT 1")  # another program holds the write lock
        code, out, err = sws(capsys, "enrol", *PERSON, "--finger",
                             f"right-index={prints['a1']}")
        conn.rollback()
    other.dispose()
    assert code == 4 and "busy" in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in out + err
    assert _count(home, "person") == 0


def test_audit_log_lists_filters_and_exports(home: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = sws(capsys, "operator", "add", "clerk2", "--full-name", "Chan Clerk",
                         "--role", "clerk", "--new-password", "longenough-pass2")
    assert code == 0, err
    code, out, _ = sws(capsys, "audit", "log")
    lines = out.splitlines()
    assert code == 0 and "operator.create" in lines[0] and "username=clerk2" in lines[0]
    assert "(station)" in lines[-1]  # `init` made the first supervisor
    code, out, _ = sws(capsys, "audit", "log", "--action", "operator", "--json")
    assert [e["details"]["username"] for e in json.loads(out)] == ["clerk2", "super"]
    target = tmp_path / "events.csv"
    code, out, _ = sws(capsys, "audit", "log", "--format", "csv", "-o", str(target))
    assert (code, out.strip()) == (0, f"2 event(s) written to {target}")
    # a CSV file opens right in Excel too: UTF-8 with its byte-order mark (stdout has none)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfseq,at_utc,operator")
    assert target.read_text(encoding="utf-8-sig").splitlines()[0].startswith("seq,at_utc")
    monkeypatch.setenv("SWS_NEW_PASSWORD", "clerk2 own pass")  # first sign-in: choose one
    assert sws(capsys, "operator", "passwd", "--operator", "clerk2",
               "--password", "longenough-pass2")[0] == 0
    code, _, err = sws(capsys, "audit", "log", "--operator", "clerk2",
                       "--password", "clerk2 own pass")
    assert (code, err.strip()) == (4, "sws: error: a clerk may not read the audit log")
    code, _, err = sws(capsys, "audit", "log", "--since", "22/11/2026")
    assert (code, err.strip()) == (
        4, "sws: error: --since must be a date YYYY-MM-DD, not '22/11/2026'")
    code, _, err = sws(capsys, "audit", "log", "-o", str(tmp_path / "missing" / "x.csv"))
    assert code == 4 and err.strip().splitlines() == [
        f"sws: error: cannot write {tmp_path / 'missing' / 'x.csv'}: No such file or directory"]


def test_places_finds_the_codes_enrol_asks_for(home: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = sws(capsys, "places", "kraom", "--in", "120304", "--json")
    assert code == 0
    assert json.loads(out)["places"] == [{
        "code": "12030405", "level": "village", "name": "Cheung Prey Kraom",
        "names": {"km": "ជើងព្រៃក្រោម"}, "parent": "120304",
        "in": "Cheung Prey, Batheay, Kampong Cham"}]
    code, out, _ = sws(capsys, "places")
    assert code == 0 and out.split() == ["12", "province", "Kampong", "Cham", "·", "កំពង់ចាម"]
    # a name typed in Khmer finds the area too
    code, out, _ = sws(capsys, "places", "ជើងព្រៃក្រោម", "--json")
    assert code == 0 and [r["code"] for r in json.loads(out)["places"]] == ["12030405"]
    code, _, err = sws(capsys, "places", "--in", "99")
    assert code == 4 and err.strip() == "sws: error: no area with the code 99 in the list of places"
