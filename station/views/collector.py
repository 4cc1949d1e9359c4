"""Python's cyclic garbage is collected in the GUI thread only.

The cyclic collector runs in whichever thread happens to allocate past its threshold. When
that is a worker (a 1:N search, a card write, a registry query: they allocate a lot), the
cycles it frees may hold Qt objects of widgets already closed, whose C++ side is then
deleted from the worker while the GUI thread may be using it: a crash in a worker thread at
an unrelated line (seen in the test suite inside SQLAlchemy's query compiler). So automatic
collection is switched off while the window runs, and a timer in the GUI thread does what
the collector would have done, generation by generation, at the same thresholds. Plain
reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks at the collector's counts (ms).
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """While it runs, cyclic garbage is collected by its timer in the GUI thread only."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = True
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        self._was_enabled = gc.isenabled()  # what stop() goes back to
        gc.disable()
        self._timer.start()

    def stop(self, generation: int = 2) -> None:
        """Back to automatic collection (as it was before :meth:`start`), after a last pass
        here over ``generation`` and the younger ones (a full pass by default)."""
        self._timer.stop()
        gc.collect(generation)
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (as the automatic
        collector would); the number of objects found unreachable."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0
