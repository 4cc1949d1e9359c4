"""What every services panel shares: the station, the operator, the clock, a worker and a
one-line message. Service calls go through :meth:`ServicePanel.call` so the GUI never blocks
and a refused step shows its reason instead of a traceback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from station.views.workers import TaskRunner

Clock = Callable[[], dt.datetime]


class ServicePanel(QWidget):
    """Base of the panels: ``call(fn, on_done)`` runs ``fn()`` in the worker pool."""

    # Emitted after any write succeeded (the main window may refresh counters, sync badges).
    changed = Signal()

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station, self.operator, self.clock = station, operator, clock
        self.runner = TaskRunner(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.runner.busy_changed.connect(self._on_busy)

    def today(self) -> dt.date:
        """The office's date now (``Settings.office_zone``), as the services take "today":
        the clock's UTC date is still yesterday at dawn east of Greenwich."""
        return self.station.settings.today(self.clock())  # type: ignore[no-any-return]

    def call(self, fn: Callable[[], Any], on_done: Callable[[Any], None], *,
             quiet: bool = False) -> None:
        """Run ``fn`` off the GUI thread; ``on_done(result)`` back on it, errors as a message.

        ``quiet`` (refreshing a list) leaves the message line as it is.
        """
        if not quiet:
            self.show_info(self.tr("Working..."))
        self.runner.start(lambda _progress: fn(), on_done, self.show_error)

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #a00;")
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _on_busy(self, busy: bool) -> None:
        for button in self.action_buttons():
            button.setEnabled(not busy)

    def action_buttons(self) -> list[QWidget]:
        """Buttons disabled while a call is running (subclasses list theirs)."""
        return []
