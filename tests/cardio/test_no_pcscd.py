"""No PC/SC service: one line the clerk can act on.

The card step said "The PC/SC service (pcscd) is not running: Service not available.", its
second half repeating the first in PC/SC's words and nothing saying what to do. The real
pcsclite client is pointed at a socket no pcscd listens on (``PCSCLITE_CSOCK_NAME``, read by
libpcsclite itself), in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_station_without_pcscd_says_what_to_do(tmp_path: Path) -> None:
    code = ("from cardio.errors import ReaderError\n"
            "from cardio.transport import list_readers\n"
            "try:\n    list_readers()\nexcept ReaderError as e:\n    print(e)\n")
    env = {**os.environ, "PCSCLITE_CSOCK_NAME": str(tmp_path / "no-pcscd.comm")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    (line,) = done.stdout.strip().splitlines()
    assert line.startswith("the smart-card service (pcscd) is not running, so no card reader "
                           "can be used: start it (systemctl start pcscd)"), line
    assert line.count("not available") <= 1 and "(PC/SC: " in line, line
