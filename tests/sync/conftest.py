"""Fixtures for sync: the real central server as a subprocess (uvicorn) on a free port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
ADMIN_TOKEN = "test-admin-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class CentralProcess:
    """``python -m sync.central serve`` in a subprocess; can be killed -9 and restarted."""

    def __init__(self, db_url: str, key_path: Path, log_path: Path,
                 extra: list[str] | None = None) -> None:
        self.db_url = db_url
        self.key_path = key_path
        self.log_path = log_path
        # random template bytes in most tests: byte-identity dedup unless a test says otherwise
        self.extra = extra if extra and "--dedup" in extra else [*(extra or []),
                                                                  "--dedup", "exact"]
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 60.0) -> None:
        env = {**os.environ, "SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN}
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "sync.central", "serve", "--db", self.db_url,
                 "--port", str(self.port), "--key", str(self.key_path), *self.extra],
                cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"central server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("central server did not come up")

    def kill9(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill9()
        self.proc = None


@pytest.fixture
def central_factory(tmp_path: Path) -> Iterator[Callable[..., CentralProcess]]:
    """Start central servers (stopped at the end of the test)."""
    made: list[CentralProcess] = []

    def make(db_url: str, *extra: str) -> CentralProcess:
        proc = CentralProcess(db_url, tmp_path / f"central-{len(made)}.pem",
                              tmp_path / f"central-{len(made)}.log", list(extra))
        proc.start()
        made.append(proc)
        return proc

    yield make
    for proc in made:
        proc.stop()
