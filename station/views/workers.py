"""Long work off the GUI thread: extraction, 1:N search, card I/O and sync run in a pool.

A :class:`Task` wraps a plain callable ``fn(progress) -> result``; ``progress(percent, text)``
may be called from the worker. Results, progress and errors come back to the GUI thread as Qt
signals. Errors of the project's own hierarchies become their one-line message; anything
else becomes "Unexpected error: ..." with the traceback logged, never shown to the clerk.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]

_KNOWN_ROOTS = ("station", "matcher", "cardio", "sync")


def plain_message(exc: BaseException) -> str:
    """The one sentence a clerk sees for ``exc``: in English the error's own message (it
    names the details); in another interface language, for the errors a desk meets every
    day (no card, a busy registry, a locked account...), a translated sentence instead of
    the model's English."""
    root = type(exc).__module__.split(".")[0]
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if root in _KNOWN_ROOTS:
        from station.i18n import current_language

        if current_language() != "en":
            said = _translated(exc)
            if said is not None:
                return said
        return text[:1].upper() + text[1:]
    return f"Unexpected error ({type(exc).__name__}): {text}"


def _everyday_errors() -> tuple[tuple[type[BaseException], object], ...]:
    """Error types a desk meets every day and their sentence, most specific first (the
    texts marked for lupdate in the "Errors" context, translated when shown)."""
    from cardio.errors import (
        BlankCardError,
        FileNotFoundOnCardError,
        IncompleteCardError,
        MalformedResponseError,
        NoCardError,
        PinBlockedError,
        PinError,
        ReaderError,
    )
    from station.errors import (
        AccountLocked,
        DatabaseBusy,
        LoginFailed,
        PermissionDenied,
        StorageFull,
    )

    return (
        (NoCardError, QT_TRANSLATE_NOOP("Errors", "No card in the reader, or it was taken "
                                                  "out: put the card in and try again.")),
        (ReaderError, QT_TRANSLATE_NOOP("Errors", "The card reader cannot be reached: check "
                                                  "that it is plugged in, then try again.")),
        (PinBlockedError, QT_TRANSLATE_NOOP("Errors", "The card's PIN is blocked: this card "
                                                      "can no longer be written.")),
        (PinError, QT_TRANSLATE_NOOP("Errors", "The card refused the PIN.")),
        (IncompleteCardError, QT_TRANSLATE_NOOP("Errors", "The card was taken out while it "
                                                          "was being written: issue it again.")),
        (BlankCardError, QT_TRANSLATE_NOOP("Errors", "This card has never been issued.")),
        (FileNotFoundOnCardError, QT_TRANSLATE_NOOP("Errors", "This card holds no social "
                                                              "protection ID (another kind of "
                                                              "card?).")),
        (MalformedResponseError, QT_TRANSLATE_NOOP("Errors", "The card's answer was cut off "
                                                             "or garbled: hold the card still "
                                                             "on the reader and try again.")),
        (DatabaseBusy, QT_TRANSLATE_NOOP("Errors", "The registry is busy with another task: "
                                                   "nothing was written, try again in a "
                                                   "moment.")),
        (StorageFull, QT_TRANSLATE_NOOP("Errors", "The disk is full: nothing was written. "
                                                  "Free some space, then try again.")),
        (AccountLocked, QT_TRANSLATE_NOOP("Errors", "This account is locked after too many "
                                                    "wrong passwords: a supervisor can "
                                                    "unlock it.")),
        (LoginFailed, QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")),
        (PermissionDenied, QT_TRANSLATE_NOOP("Errors", "Your role may not do this.")),
    )


def _translated(exc: BaseException) -> str | None:
    """The interface language's sentence for an everyday error, or None (then its English):
    the desk's own troubles here, the model's everyday refusals in :mod:`.refusals`."""
    from station.views.refusals import refusal

    said = refusal(exc)  # first: a refusal's data says more than its type (own case)
    if said is not None:
        return said
    for kind, text in _everyday_errors():
        if isinstance(exc, kind):
            return QCoreApplication.translate("Errors", str(text))
    return None


class TaskSignals(QObject):
    """Signals of one task. They belong to the :class:`TaskRunner` (a child of the widget), so
    a widget closed while its task runs simply never hears back."""

    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """One unit of long work for :class:`QThreadPool` (deleted by the pool after it ran)."""

    def __init__(self, fn: Callable[[Progress], Any], signals: TaskSignals) -> None:
        super().__init__()
        self._fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            try:
                result = self._fn(self.signals.progress.emit)
            except Exception as exc:
                known = type(exc).__module__.split(".")[0] in _KNOWN_ROOTS
                log.warning("task failed: %s", type(exc).__name__, exc_info=not known)
                self.signals.failed.emit(plain_message(exc))
            else:
                self.signals.done.emit(result)
        except RuntimeError:  # the signals are gone (deleted by hand)
            log.debug("task finished after its widget was closed")
            return
        # the signals belong to no widget (a widget freed while this thread emitted on them
        # took them along: a crash inside emit(), seen under gdb); they go once this thread
        # is done with them, after the deliveries just posted, in the GUI thread
        with contextlib.suppress(RuntimeError):
            self.signals.deleteLater()


class TaskRunner(QObject):
    """Starts tasks for one widget; ``busy`` while any is running."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[TaskSignals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
        on_progress: Callable[[int, str], None] | None = None,
    ) -> None:
        """Run ``fn`` in the pool; the callbacks run in the GUI thread."""
        signals = TaskSignals()  # no parent: see Task.run
        # Mark the task finished before the callbacks run, so they may start the next one.
        signals.done.connect(self._on_finished)
        signals.failed.connect(self._on_finished)
        signals.done.connect(on_done)
        signals.failed.connect(on_failed)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self._running.add(signals)
        self.busy_changed.emit(True)
        self._pool.start(Task(fn, signals))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every started task has finished (used on shut-down and in tests)."""
        return self._pool.waitForDone(msecs)

    def _on_finished(self, _result: object) -> None:
        signals = self.sender()
        if isinstance(signals, TaskSignals) and signals in self._running:
            self._running.discard(signals)  # its task deletes it once done with it
        if not self._running:
            self.busy_changed.emit(False)
