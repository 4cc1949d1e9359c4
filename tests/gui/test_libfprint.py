"""A real libfprint device: the virtual_image driver fed through its FP_VIRTUAL_IMAGE socket."""

from __future__ import annotations

import os
import socket
import struct
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from station.capture.base import Finger, ScannerUnavailable
from station.capture.libfprint import load_fprint

REPO = Path(__file__).resolve().parents[2]

# The device must be opened by a process whose environment names the socket before libfprint
# starts, so the capture runs in a child process; this test feeds it the image.
CHILD = textwrap.dedent("""
    import sys
    from station.capture.base import Finger
    from station.capture.libfprint import LibfprintScanner
    scanner = LibfprintScanner("virtual_image")
    print("AVAILABLE", scanner.available(), flush=True)
    image = scanner.capture(Finger.RIGHT_INDEX)
    print("IMAGE", image.shape[1], image.shape[0], int(image.astype(int).sum()), flush=True)
    scanner.close()
""")


def _fprint_or_skip() -> None:
    try:
        load_fprint()
    except ScannerUnavailable as err:
        pytest.skip(str(err))


def test_capture_from_the_virtual_image_device(tmp_path: Path) -> None:
    _fprint_or_skip()
    from station.capture.files import read_image

    image = read_image(REPO / "fixtures" / "fingerprints" / "sample" / "101_1.png")
    sock = tmp_path / "virtimg.sock"
    env = dict(os.environ, FP_VIRTUAL_IMAGE=str(sock), PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, cwd=REPO,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "AVAILABLE True"
        deadline = time.monotonic() + 20
        while not sock.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # the driver listens once the device is opened
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.connect(str(sock))
            conn.sendall(struct.pack("ii", image.shape[1], image.shape[0]) + image.tobytes())
            out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err[-2000:]
    line = next(x for x in out.splitlines() if x.startswith("IMAGE"))
    width, height, total = (int(v) for v in line.split()[1:])
    assert (width, height) == (image.shape[1], image.shape[0])
    assert total == int(image.astype(int).sum())  # the very pixels that were sent


def test_no_device_is_a_plain_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    _fprint_or_skip()
    from station.capture.libfprint import LibfprintScanner

    monkeypatch.delenv("FP_VIRTUAL_IMAGE", raising=False)
    scanner = LibfprintScanner("no_such_driver")
    assert not scanner.available()
    with pytest.raises(ScannerUnavailable, match="no driver 'no_such_driver' is connected"):
        scanner.capture(Finger.RIGHT_INDEX)
