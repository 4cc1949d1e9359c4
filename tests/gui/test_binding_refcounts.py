"""The Qt binding keeps Python's reference counts: PySide6 6.12.0's ``Signal.emit()`` lost a
reference to ``True`` on every call (its return value), whatever the signal carried. Every
task the window runs emits a few signals, so a station left running all day took ``True``'s
count to zero, and Python crashed ("bool_dealloc", or a segmentation fault in whichever
thread touched it next). pyproject.toml keeps that release out; this test says why."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    flag = Signal(bool)
    count = Signal(int)


def test_emitting_a_signal_keeps_the_reference_counts_of_true_and_false(qapp: object) -> None:
    emitter = _Emitter()
    heard: list[object] = []
    emitter.flag.connect(heard.append)
    emitter.count.connect(heard.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(500):
        emitter.flag.emit(i % 2 == 0)
        emitter.count.emit(i)
    heard.clear()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
