"""What ./run does before the window opens: with no physical reader, the project's virtual card
is started behind vpcd (once), with its state in the station's data folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures_card import _claim_slot, _wait_card, reader_for_port

REPO = Path(__file__).resolve().parents[2]
ENSURE = "source scripts/virtual-card.sh && sws_ensure_card_reader"


def _cards_for(state_dir: Path) -> list[int]:
    found = subprocess.run(["pgrep", "-f", f"cardio.virtual --state {state_dir}"],
                           capture_output=True, text=True)
    return [int(pid) for pid in found.stdout.split()]


@pytest.mark.card
def test_run_starts_one_virtual_card_when_no_reader_is_attached(pcscd: None,
                                                               tmp_path: Path) -> None:
    port, lock = _claim_slot()
    env = {**os.environ, "SWS_HOME": str(tmp_path), "SWS_VPCD_PORT": str(port),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    try:
        for _ in range(2):  # the second start finds the card already answering
            subprocess.run(["bash", "-c", ENSURE], cwd=REPO, env=env, check=True, timeout=60)
        _wait_card(reader_for_port(port), present=True, timeout_s=20)
        assert len(_cards_for(tmp_path)) == 1
        assert (tmp_path / "virtual-card.state").exists()
    finally:
        for pid in _cards_for(tmp_path):
            os.kill(pid, signal.SIGTERM)
        lock.close()
