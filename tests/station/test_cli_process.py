"""`sws` as a clerk runs it: fresh processes, the real matcher and gallery, the sample prints.

In-process CLI tests share one interpreter whose Numba is already imported; these start new
ones, where the gallery loads in a background thread while the main thread extracts the
fingers (the start-up order that once broke Numba's import in two threads).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures.fingerprints import sample_images

PASSWORD = "demo pass 1"
PERSON = ["--sex", "F", "--born", "1990-04-12", "--province", "12", "--district", "1204",
          "--commune", "120401", "--village", "12040103", "--new-household",
          "--consent", "self"]


def _sws(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SWS_HOME": str(home), "SWS_OPERATOR": "supervisor",
           "SWS_PASSWORD": PASSWORD}
    env.pop("SWS_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "station.cli", *argv], env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_enrol_then_the_same_fingers_again_in_fresh_processes(tmp_path: Path) -> None:
    prints = sample_images()
    assert _sws(tmp_path, "init", "--password", PASSWORD).returncode == 0
    first = _sws(tmp_path, "enrol", "--local-name", "សុខ ដារា", "--latin-name", "Sok Dara",
                 *PERSON, "--finger", f"right-index={prints[(101, 1)]}",
                 "--finger", f"left-index={prints[(102, 1)]}")
    assert first.returncode == 0, first.stderr
    person_id = first.stdout.strip()
    again = _sws(tmp_path, "enrol", "--local-name", "ដារា", "--latin-name", "Dara Sok",
                 *PERSON, "--finger", f"right-index={prints[(101, 2)]}",
                 "--finger", f"left-index={prints[(102, 2)]}")
    assert again.returncode == 3, again.stderr
    assert person_id in again.stdout
    for run in (first, again):
        assert "Traceback" not in run.stderr
