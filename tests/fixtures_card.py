"""Pytest fixtures for the real card stack: pcscd + vsmartcard's vpcd + our virtual card.

Register with ``pytest_plugins = ["tests.fixtures_card"]``. Tests get ``virtual_cards``, a
factory that starts ``python -m cardio.virtual`` on a free vpcd slot and waits until pcscd
shows the card in the reader; every card started is pulled out at teardown. Tests skip (with
the reason) only when the pcscd binary or the vpcd driver is not installed.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")
VPCD_PORTS = (35963, 35964)
REPO = Path(__file__).resolve().parents[1]


def reader_for_port(port: int) -> str:
    """vpcd names slot i (port 35963 + i) "Virtual PCD 00 0i"."""
    return f"Virtual PCD 00 {port - VPCD_PORTS[0]:02d}"


def _need_binaries() -> str:
    pcscd = shutil.which("pcscd") or (
        "/usr/sbin/pcscd" if Path("/usr/sbin/pcscd").exists() else None
    )
    if pcscd is None:
        pytest.skip("pcscd is not installed (Debian package pcscd)")
    if not VPCD_DRIVER.exists():
        pytest.skip("vsmartcard's vpcd driver is not installed (Debian package vsmartcard-vpcd)")
    return pcscd


def _readers_ready(timeout_s: float) -> bool:
    from cardio.errors import CardError
    from cardio.transport import list_readers

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if reader_for_port(VPCD_PORTS[0]) in list_readers():
                return True
        except CardError:
            pass
        time.sleep(0.2)
    return False


def _pcscd_alive() -> bool:
    """A socket and a live process: a pcscd that died leaves its socket and pid file behind."""
    if not PCSCD_SOCKET.exists():
        return False
    try:
        os.kill(int(PCSCD_SOCKET.with_name("pcscd.pid").read_text().strip()), 0)
        return True
    except PermissionError:  # alive, someone else's
        return True
    except (OSError, ValueError):
        return shutil.which("pgrep") is not None and subprocess.run(
            ["pgrep", "-x", "pcscd"], capture_output=True, check=False).returncode == 0


@pytest.fixture(scope="session")
def pcscd() -> Iterator[None]:
    """A running pcscd with the vpcd readers (started here, and stopped, only if absent)."""
    binary = _need_binaries()
    started: subprocess.Popen[bytes] | None = None
    if not _pcscd_alive():
        started = subprocess.Popen(
            [binary, "--foreground"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    if not _readers_ready(15.0):
        if started is not None:
            started.terminate()
        pytest.fail("pcscd is running but the vpcd readers never appeared")
    yield
    if started is not None:
        started.terminate()
        started.wait(10)


@dataclass
class VirtualCardProcess:
    """One running ``python -m cardio.virtual`` and the reader it sits in."""

    state: Path
    port: int
    process: subprocess.Popen[bytes]
    lock: IO[bytes]
    log: Path

    @property
    def reader(self) -> str:
        return reader_for_port(self.port)

    def pull(self) -> None:
        """Take the card out of the reader (the process exits) and wait until pcscd sees it."""
        if self.lock.closed:
            return  # already out
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        try:
            _wait_card(self.reader, present=False)
        finally:
            self.lock.close()  # releases the slot's flock


def _wait_card(reader: str, present: bool, timeout_s: float = 10.0) -> None:
    from cardio.transport import CardEvents

    events = CardEvents(reader)
    try:
        if not events.wait_present(timeout_s, present=present):
            state = "appear in" if present else "leave"
            raise TimeoutError(f"the virtual card did not {state} {reader} within {timeout_s} s")
    finally:
        events.close()


def _occupied_outside_tests(port: int) -> bool:
    """A card already answers in this slot without a test's lock: e.g. the virtual card that
    `./run` keeps for the station. Tests leave such a slot alone and use the other one.

    Asked of pcscd's current state (``CardEvents`` learns it when made), not waited for: such
    a card has been in its reader long before, and a card a test pulled is out once
    :meth:`VirtualCardProcess.pull` returns (it waits until pcscd sees it gone)."""
    from cardio.transport import CardEvents

    events = CardEvents(reader_for_port(port))
    try:
        return events.wait_present(0, present=True)
    finally:
        events.close()


def _claim_slot(timeout_s: float = 60.0) -> tuple[int, IO[bytes]]:
    """A vpcd port no other test process uses (an flock per port, shared across sessions)."""
    deadline = time.monotonic() + timeout_s
    while True:
        for port in VPCD_PORTS:
            handle = open(f"/tmp/sws-vpcd-{port}.lock", "wb")  # noqa: SIM115
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            if _occupied_outside_tests(port):
                handle.close()
                continue
            return port, handle
        if time.monotonic() > deadline:
            raise TimeoutError("both vpcd slots stayed busy for a minute (is a virtual card "
                               "from ./run, or another test run, holding them?)")
        time.sleep(0.2)


@dataclass
class VirtualCards:
    """Factory: ``virtual_cards.start(state_file, *extra_args)`` -> a card in a reader."""

    tmp: Path
    running: list[VirtualCardProcess] = field(default_factory=list)

    def start(self, state: Path | None = None, *args: str, wait: bool = True) -> VirtualCardProcess:
        state = state or self.tmp / f"card{len(self.running)}.json"
        port, lock = _claim_slot()
        log = self.tmp / f"virtual-{len(self.running)}.log"
        with open(log, "wb") as out:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "cardio.virtual",
                    "--state",
                    str(state),
                    "--port",
                    str(port),
                    *args,
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=REPO,
                env={**os.environ, "PYTHONPATH": str(REPO)},
            )
        card = VirtualCardProcess(state, port, process, lock, log)
        self.running.append(card)
        if wait:
            try:
                _wait_card(card.reader, present=True)
            except TimeoutError as exc:
                card.pull()
                raise TimeoutError(f"{exc}; card log: {log.read_text()}") from None
        return card

    def stop_all(self) -> None:
        cards, self.running = self.running, []
        errors = []
        for card in cards:
            try:
                card.pull()
            except TimeoutError as exc:
                errors.append(exc)
        if errors:
            raise errors[0]


@pytest.fixture
def virtual_cards(pcscd: None, tmp_path: Path) -> Iterator[VirtualCards]:
    """Start virtual cards in vpcd slots; each is pulled out after the test."""
    cards = VirtualCards(tmp_path)
    yield cards
    cards.stop_all()
