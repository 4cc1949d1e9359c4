"""Long work off the GUI thread: extraction, 1:N search, card I/O and sync run in a pool.

A :class:`Task` wraps a plain callable ``fn(progress) -> result``; ``progress(percent, text)``
may be called from the worker. Results, progress and errors come back to the GUI thread as Qt
signals. Errors of the project's own hierarchies become their one-line message; anything
else becomes "Unexpected error: ..." with the traceback logged, never shown to the clerk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]

_KNOWN_ROOTS = ("station", "matcher", "cardio", "sync")


def plain_message(exc: BaseException) -> str:
    """The one sentence a clerk sees for ``exc``."""
    root = type(exc).__module__.split(".")[0]
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if root in _KNOWN_ROOTS:
        return text[:1].upper() + text[1:]
    return f"Unexpected error ({type(exc).__name__}): {text}"


class TaskSignals(QObject):
    """Signals of one task; they live in the GUI thread."""

    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """One unit of long work for :class:`QThreadPool`."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progress.emit)
        except Exception as exc:
            known = type(exc).__module__.split(".")[0] in _KNOWN_ROOTS
            log.warning("task failed: %s", type(exc).__name__, exc_info=not known)
            self.signals.failed.emit(plain_message(exc))
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Starts tasks for one widget and keeps them alive until they finish."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
        on_progress: Callable[[int, str], None] | None = None,
    ) -> Task:
        """Run ``fn`` in the pool; the callbacks run in the GUI thread."""
        task = Task(fn)
        # Mark the task finished before the callbacks run, so they may start the next one.
        task.signals.done.connect(lambda _r, t=task: self._finish(t))
        task.signals.failed.connect(lambda _m, t=task: self._finish(t))
        task.signals.done.connect(on_done)
        task.signals.failed.connect(on_failed)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        self._running.add(task)
        self.busy_changed.emit(True)
        self._pool.start(task)
        return task

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every started task has finished (used on shut-down and in tests)."""
        return self._pool.waitForDone(msecs)

    def _finish(self, task: Task) -> None:
        self._running.discard(task)
        if not self._running:
            self.busy_changed.emit(False)
