"""One end-to-end run in a real X11 window (Xvfb + the xcb platform), in a subprocess, with
the card issued to the project's virtual card through the real pcscd and vpcd."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.xvfb, pytest.mark.slow, pytest.mark.card]


def test_enrol_issue_duplicate_adjudicate_verify_in_a_real_window(
        tmp_path: Path, virtual_cards: Any) -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (Debian package xvfb)")
    card = virtual_cards.start()
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO),
               SWS_HOME=str(tmp_path / "home"), SWS_E2E_READER=card.reader)
    env.pop("DISPLAY", None)
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1440x900x24", sys.executable,
         "-m", "tests.gui.xvfb_drive"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=480)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "E2E OK" in proc.stdout
    for line in ("signed in", "card issued", "duplicate hit", "supervisor approved",
                 "hospital: valid card, finger matches"):
        assert line in proc.stdout
