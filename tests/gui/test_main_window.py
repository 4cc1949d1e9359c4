"""The main window: sign-in first, modes by role, keyboard switching, sign-out, languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.model.ui_context import StationContext
from station.model.ui_session import Mode, OperatorSession
from station.views.main_window import MainWindow

pytestmark = pytest.mark.gui


def _window(qtbot: QtBot, ctx: StationContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_opens_on_sign_in_and_says_why_when_no_registry(qtbot: QtBot,
                                                        ctx: StationContext) -> None:
    window = _window(qtbot, ctx)
    assert window.pages.currentWidget() is window.login
    assert window.current_mode() is None
    assert "sws init" in window.login.message.text()
    assert not window.login.button.isEnabled()


def test_clerk_sees_only_clerk_and_hospital(qtbot: QtBot, ctx: StationContext) -> None:
    window = _window(qtbot, ctx)
    window.start_session(OperatorSession("ana", "clerk"))
    assert list(window.mode_widgets) == [Mode.CLERK, Mode.HOSPITAL]
    assert not window.switch_to(Mode.SUPERVISOR)
    assert "ana" in window.header.operator_label.text()


def test_ctrl_number_switches_modes_and_sign_out_returns_to_login(
        qtbot: QtBot, ctx: StationContext) -> None:
    window = _window(qtbot, ctx)
    window.start_session(OperatorSession("sam", "supervisor"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_mode() is Mode.SUPERVISOR
    qtbot.keyClick(window.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_mode() is Mode.HOSPITAL
    window.header.sign_out.click()
    assert window.pages.currentWidget() is window.login
    assert window.mode_widgets == {}


def test_urdu_lays_out_right_to_left_and_keeps_the_session(
        qtbot: QtBot, ctx: StationContext) -> None:
    window = _window(qtbot, ctx)
    window.start_session(OperatorSession("sam", "supervisor"))
    window.switch_to(Mode.AUDITOR)
    window.set_language("ur")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.current_mode() is Mode.AUDITOR
    assert window.header.sign_out.text() == "سائن آؤٹ"
    assert window.tabs.tabText(0) == "کلرک"  # modes switch with Ctrl+1..4, no Alt letter
    window.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.header.sign_out.text() == "Sign out"


@pytest.mark.parametrize(("code", "title"), [("km", "ចូលទៅស្ថានីយ"), ("id", "Masuk ke stasiun")])
def test_shipped_languages_translate_the_sign_in_page(qtbot: QtBot, ctx: StationContext,
                                                      code: str, title: str) -> None:
    window = _window(qtbot, ctx)
    window.set_language(code)
    labels = [w.text() for w in window.login.findChildren(QLabel)]
    assert title in labels
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_window_appears_before_the_registry_opens_and_sign_in_waits_for_it(
        qtbot: QtBot, station: object, tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from station.app import start

    monkeypatch.setenv("SWS_HOME", str(tmp_path))
    monkeypatch.delenv("SWS_STATION_NAME", raising=False)
    window = start("en")
    qtbot.addWidget(window)
    assert window.isVisible()
    # the header names the office of the station's card signer (the DEMO chain of `sws init`)
    assert window.header.station_label.text() == "DEMO Kampong Cham SWS office"
    if window.services_loading:  # the worker may already be done on a fast machine
        assert window.login.username.isEnabled()
        assert not window.login.button.isEnabled()
    qtbot.waitUntil(lambda: not window.services_loading, timeout=60000)
    assert window.login.button.isEnabled()
    assert window.ctx.service("station") is not None
    qtbot.waitUntil(lambda: "waiting" in window.header.sync_label.text(), timeout=20000)
    assert window.header.sync_label.text() == "Sync: 0 waiting (no central registry set)"


def test_no_registry_after_loading_says_run_sws_init(
        qtbot: QtBot, tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from station.app import start

    monkeypatch.setenv("SWS_HOME", str(tmp_path))
    monkeypatch.delenv("SWS_STATION_NAME", raising=False)
    window = start("en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.services_loading, timeout=60000)
    assert "sws init" in window.login.message.text()
    assert not window.login.button.isEnabled()
    assert window.header.station_label.text() == "Single Window station"


def test_signing_in_while_the_scanner_opens_shows_the_modes_once_it_is_there(
        qtbot: QtBot, ctx: StationContext) -> None:
    import threading

    gate = threading.Event()
    window = _window(qtbot, ctx)
    window.load_services(lambda: None, devices=gate.wait)
    qtbot.waitUntil(lambda: not window.services_loading, timeout=20000)
    assert window.devices_loading
    window.start_session(OperatorSession("ana", "clerk"))
    assert window.current_mode() is None  # still on the sign-in page, saying why
    assert "scanner" in window.login.message.text()
    with qtbot.waitSignal(window.devices_ready, timeout=20000):
        gate.set()
    qtbot.waitUntil(lambda: window.current_mode() is Mode.CLERK, timeout=20000)
    assert list(window.mode_widgets) == [Mode.CLERK, Mode.HOSPITAL]


@pytest.mark.parametrize(("code", "address"), [("km", "អាសយដ្ឋាន"), ("ur", "پتہ"),
                                               ("id", "Alamat")])
def test_the_printed_receipt_speaks_the_interface_language(qtbot: QtBot, code: str,
                                                           address: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from station.i18n import apply_language

    apply_language(code)  # the receipt's labels were once left out of the translation files
    try:
        assert QCoreApplication.translate("Receipt", "Address") == address
    finally:
        apply_language("en")
    assert QCoreApplication.translate("Receipt", "Address") == "Address"


def test_the_header_reads_the_queue_again_when_the_operator_switches_mode(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    from station.registry.base import OUTBOX
    from sync.outbox import enqueue
    from tests.gui.conftest import FIXED_NOW, PASSWORD

    window = MainWindow(live_ctx)
    qtbot.addWidget(window)
    window.show()
    services = live_ctx.services["station"]
    window.start_session(OperatorSession("super", "supervisor",
                                         operator=services.login("super", PASSWORD,
                                                                 now=FIXED_NOW)))
    qtbot.waitUntil(lambda: "0 waiting" in window.header.sync_label.text(), timeout=10000)
    with services.station.transaction() as session:  # a record made meanwhile, anywhere
        enqueue(session, OUTBOX, kind="grievance", record_id="g-1", payload={"n": 1},
                sealed_biometrics=None, now=FIXED_NOW)
    window.switch_to(Mode.SUPERVISOR)
    qtbot.waitUntil(lambda: "1 waiting" in window.header.sync_label.text(), timeout=10000)


@pytest.mark.parametrize("code", ["km", "ur", "id"])
def test_every_plural_form_of_every_language_is_filled(qtbot: QtBot, code: str) -> None:
    """An empty plural form makes Qt show the English source for the counts that use it
    ("1 programme(s) proposed" at a Khmer desk), while lrelease counts the message done."""
    import re

    from station.i18n import HERE

    text = (HERE / f"sws_{code}.ts").read_text(encoding="utf-8")
    assert "<numerusform></numerusform>" not in text
    assert 'type="unfinished"' not in text
    apply_language(code)
    shown = QCoreApplication.translate("ProgrammesPage", "%n programme(s) proposed (rules %1)",
                                       "", 1)
    assert "programme(s)" not in shown
    assert re.search(r"\d", shown)
