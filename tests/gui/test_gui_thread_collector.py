"""Cyclic garbage is collected in the GUI thread, never in a worker (station.views.collector).

A worker allocating past the collector's threshold freed closed widgets' Qt objects from its
own thread: the test suite crashed in a worker thread inside SQLAlchemy's query compiler."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from station.views.collector import GuiThreadCollector

pytestmark = pytest.mark.gui


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_are_freed_by_the_gui_threads_timer_not_by_a_worker(qtbot: QtBot) -> None:
    collector = GuiThreadCollector(interval_ms=20)
    thresholds, before = gc.get_threshold(), gc.isenabled()
    freed_in: list[str] = []
    collector.start()
    try:
        assert not gc.isenabled()
        cycle = _Cycle()
        gone = weakref.ref(cycle, lambda _r: freed_in.append(threading.current_thread().name))
        del cycle

        def churn() -> None:  # a worker allocating far past every threshold
            junk: list[Any] = []
            for i in range(200_000):
                junk.append([i])
                if len(junk) > 1000:
                    junk.clear()

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert gone() is not None  # the worker collected nothing
        while gone() is not None:  # the timer's pass in the GUI thread frees it
            gc.set_threshold(1, 1, 1)
            qtbot.wait(30)
        assert freed_in == [threading.main_thread().name]
    finally:
        gc.set_threshold(*thresholds)
        collector.stop()
    assert gc.isenabled() == before  # as it was (the suite's own collector runs around it)
