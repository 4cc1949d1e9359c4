"""One sync at a time per station home: an OS file lock beside the station's config.

Two deliveries of one outbox at once (two ``sws sync`` runs, or ``sws sync`` beside the
window's background worker) would each pick the same due items, send them twice and both
count them: the centre stays right (it is idempotent), but the station's figures and
statuses do not. :func:`exclusive` takes ``fcntl.flock`` on ``<config>/sync.lock``; the
kernel releases it when the process ends, however it ends (``kill -9`` included), so a
crashed sync never leaves a stale lock behind. The file holds the holder's process id, for
the message only (it is never trusted for the decision).

References
----------
flock(2): advisory locks on an open file description, released on close or process exit.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from sync.errors import SyncBusy

#: The lock's file name, in the station's config folder (beside the revocation list).
FILE_NAME = "sync.lock"
#: Held shared by every running background sync worker (the window's) for its whole life,
#: between its rounds too: a restore takes it exclusively, so it is refused while a window
#: that syncs this station is open, not only while one of its rounds runs.
WORKER_FILE = "sync-worker.lock"


@contextlib.contextmanager
def exclusive(path: Path, *, wait_s: float = 0.0,
              sleep: Callable[[float], None] | None = None,
              step_s: float = 0.2) -> Iterator[None]:
    """Hold the sync lock at ``path`` for the ``with`` block.

    Waits up to ``wait_s`` seconds (polling every ``step_s``) for another sync to end, then
    raises :class:`~sync.errors.SyncBusy` naming the process that holds it.
    """
    import time

    pause = sleep or time.sleep
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        waited = 0.0
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if waited >= wait_s:
                    raise SyncBusy(_holder(path), path) from None
                pause(step_s)
                waited += step_s
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock (the file stays: removing it would race)


def present(path: Path) -> int:
    """Take ``path`` shared (the worker's presence, :data:`WORKER_FILE`) without waiting;
    return the descriptor, whose closing releases it. Several workers may hold it at once;
    an exclusive holder (a restore running) makes it raise :class:`SyncBusy`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise SyncBusy(_holder(path), path) from None
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
    return fd


def _holder(path: Path) -> int | None:
    try:
        return int(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
