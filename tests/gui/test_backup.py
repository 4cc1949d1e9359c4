"""The supervisor backs the station up from the window: folder, passphrase, done."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.views.backup_dialog import BackupDialog
from tests.gui.test_adjudication import _supervisor
from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol

pytestmark = pytest.mark.gui


def _answer_dialog(folder: Path, passphrase: str, again: str) -> list[str]:
    """Fill the backup dialog when it opens; returns the errors it showed (filled later)."""
    shown: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BackupDialog):
            QTimer.singleShot(50, fill)
            return
        for name, text in (("backupFolder", str(folder)), ("backupPassphrase", passphrase),
                           ("backupAgain", again)):
            line = dialog.findChild(QLineEdit, name)
            assert line is not None, name
            line.setText(text)
        ok = dialog.findChild(QPushButton, "backupOk")
        assert ok is not None
        ok.click()
        if dialog.isVisible():  # refused: say why, then give up
            shown.append(dialog.error.text())
            dialog.reject()

    QTimer.singleShot(50, fill)
    return shown


def test_the_supervisor_backs_up_the_station_and_sees_when(
        qtbot: QtBot, live_ctx: StationContext, tmp_path: Path) -> None:
    clerk = _clerk(qtbot, live_ctx)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    boss = _supervisor(qtbot, live_ctx)
    # the enrolment waits for the centre, and no backup holds it: said in red
    never, warning = boss.backup_label.text().split("\n")
    assert never == "Last backup: never"
    assert warning == "1 record exists only on this computer."
    assert "b00020" in boss.backup_label.styleSheet()

    refused = _answer_dialog(tmp_path, "long enough passphrase", "another passphrase")
    boss.backup_button.click()
    assert refused == ["The two passphrases differ."]
    refused = _answer_dialog(tmp_path / "no-such-usb", "long enough passphrase",
                             "long enough passphrase")
    boss.backup_button.click()
    assert refused == [f"The folder {tmp_path / 'no-such-usb'} does not exist."]
    assert list(tmp_path.glob("*.swsbak")) == []

    _answer_dialog(tmp_path, "long enough passphrase", "long enough passphrase")
    boss.backup_button.click()
    qtbot.waitUntil(lambda: "Backup written to" in boss.message.text(), timeout=20000)
    (written,) = tmp_path.glob("*.swsbak")
    assert boss.message.text() == f"Backup written to {written} (1 person)."
    qtbot.waitUntil(lambda: not boss.backup_label.text().startswith("Last backup: never"),
                    timeout=10000)
    assert boss.backup_label.text().startswith("Last backup: 22") and "2026" in \
        boss.backup_label.text()
    assert "\n" not in boss.backup_label.text() and boss.backup_label.styleSheet() == ""
