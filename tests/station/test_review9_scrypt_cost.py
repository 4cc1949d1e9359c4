"""Review 9: the tests' own process hashes at a cheap scrypt cost (tests/conftest.py); the
station's real cost is still checked, outside that process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from station.model.operators import verify_password
from tests.conftest import TEST_SCRYPT_N

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json
from station.model import backup, operators
print(json.dumps({"password": operators.hash_password("correct horse"),
                  "backup_n": backup.SCRYPT_N}))
"""


def test_the_station_hashes_passwords_and_backups_at_its_real_cost() -> None:
    """With every test's process at N=2**10, a change that lowered the station's own cost
    (passwords 2**14, backups 2**15) would pass the whole suite: a fresh process, as `sws`
    runs, is asked what it writes; what it wrote is read here, at the cheap cost."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    made = json.loads(out)
    scheme, n, r, p, _salt, _digest = made["password"].split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert made["backup_n"] == 2**15
    assert TEST_SCRYPT_N < 2**14
    assert verify_password("correct horse", made["password"])
    assert not verify_password("wrong horse", made["password"])
