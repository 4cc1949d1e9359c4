"""Operator accounts in the window: the supervisor's Operators tab, the new password a reset
forces at sign-in, and everyone's own password change from the header."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from station.model.operators import AccountDisabled
from station.model.ui_context import StationContext
from station.model.ui_session import Mode, OperatorSession
from station.views.modes import ModeTabs
from station.views.operator_dialogs import NewOperatorDialog, PasswordDialog
from station.views.operators_page import OperatorsPage
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_clerk_flow import _sign_in, _window

pytestmark = pytest.mark.gui

TEMPORARY = "temporary-0042"
CHOSEN = "my own words 7"


def _answer(kind: type[QDialog], fields: dict[str, str], ok: str,
            then: Callable[[QDialog], None] | None = None) -> list[str]:
    """Fill the next ``kind`` dialog when it opens and press its OK button; returns the
    error lines it showed when it stayed open (then ``then`` runs, else it is cancelled)."""
    shown: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, fill)
            return
        for name, text in fields.items():
            _edit(dialog, name, text)
        _click(dialog, ok)
        QTimer.singleShot(300, lambda: settle(dialog))

    def settle(dialog: QDialog) -> None:
        if not shiboken6.isValid(dialog):  # accepted, and gone with the caller's frame
            return
        if isinstance(dialog, PasswordDialog):
            dialog.wait()
            QApplication.processEvents()
        if dialog.isVisible():  # refused: say why, then the next step or give up
            shown.append(dialog.error.text())  # type: ignore[attr-defined]
            if then is not None:
                then(dialog)
            else:
                dialog.reject()

    QTimer.singleShot(50, fill)
    return shown


def _edit(dialog: QDialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.setText(text)


def _click(dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def _cell(page: OperatorsPage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    return item.text() if item is not None else ""


def _page(qtbot: QtBot, ctx: StationContext) -> OperatorsPage:
    services = ctx.services["station"]
    boss = services.login("super", PASSWORD, now=FIXED_NOW)
    page = OperatorsPage(ctx, OperatorSession("super", "supervisor", operator=boss))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10000)
    return page


def _row(page: OperatorsPage, username: str) -> int:
    return next(i for i, r in enumerate(page.rows) if r.username == username)


def _status(page: OperatorsPage, username: str) -> str:
    return _cell(page, _row(page, username), 3)


def test_the_supervisor_adds_resets_and_disables(qtbot: QtBot,
                                                 live_ctx: StationContext) -> None:
    page = _page(qtbot, live_ctx)
    assert [_cell(page, i, 0) for i in range(2)] == ["clerk1", "super"]
    assert _status(page, "clerk1") == "active"
    assert _cell(page, _row(page, "clerk1"), 4) == "never"

    _answer(NewOperatorDialog, {"newUsername": "clerk2", "newFullName": "Dara Clerk",
                                "newOperatorPassword": PASSWORD, "newOperatorAgain": PASSWORD},
            "newOperatorOk")
    page.add_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=10000)
    assert page.message.text() == "Operator clerk2 added."
    assert _cell(page, _row(page, "clerk2"), 1) == "Dara Clerk"
    assert _status(page, "clerk2") == "must change password"  # the supervisor chose it

    page.table.selectRow(_row(page, "super"))  # one's own account: no reset, no disable
    assert not page.disable_button.isEnabled() and not page.reset_button.isEnabled()

    page.table.selectRow(_row(page, "clerk1"))
    refused = _answer(PasswordDialog, {"newPassword": "short", "newPasswordAgain": "short"},
                      "passwordOk")
    page.reset_button.click()
    assert refused == ["The password must have at least 10 characters"]
    _answer(PasswordDialog, {"newPassword": TEMPORARY, "newPasswordAgain": TEMPORARY},
            "passwordOk")
    page.reset_button.click()
    qtbot.waitUntil(lambda: _status(page, "clerk1") == "must change password", timeout=10000)
    assert "must choose a new one" in page.message.text()

    page.table.selectRow(_row(page, "clerk1"))
    assert page.disable_button.text() == "D&isable"
    page.disable_button.click()
    qtbot.waitUntil(lambda: _status(page, "clerk1") == "disabled", timeout=10000)
    assert "can no longer sign in" in page.message.text()
    with pytest.raises(AccountDisabled):
        live_ctx.services["station"].login("clerk1", TEMPORARY, now=FIXED_NOW)
    assert page.disable_button.text() == "&Enable"  # the selection stayed on clerk1
    page.disable_button.click()
    qtbot.waitUntil(lambda: _status(page, "clerk1") == "must change password", timeout=10000)


def test_the_supervisor_mode_has_an_operators_tab(qtbot: QtBot,
                                                  live_ctx: StationContext) -> None:
    window = _window(qtbot, live_ctx)
    _sign_in(qtbot, window, "super", PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    tabs = window.mode_widgets[Mode.SUPERVISOR]
    assert isinstance(tabs, ModeTabs)
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Opera&tors" in names
    assert isinstance(tabs.widget(names.index("Opera&tors")), OperatorsPage)


def test_a_reset_password_must_be_changed_at_sign_in(qtbot: QtBot,
                                                     live_ctx: StationContext) -> None:
    services = live_ctx.services["station"]
    boss = services.login("super", PASSWORD, now=FIXED_NOW)
    services.reset_password("clerk1", TEMPORARY, by=boss, now=FIXED_NOW)
    window = _window(qtbot, live_ctx)

    def good(dialog: QDialog) -> None:
        _edit(dialog, "newPassword", CHOSEN)
        _edit(dialog, "newPasswordAgain", CHOSEN)
        _click(dialog, "passwordOk")

    refused = _answer(PasswordDialog, {"newPassword": "clerk1-clerk1",
                                       "newPasswordAgain": "clerk1-clerk2"}, "passwordOk",
                      then=good)
    _sign_in(qtbot, window, "clerk1", TEMPORARY)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert refused == ["The two new passwords differ."]
    assert window.session is not None and window.session.username == "clerk1"
    assert not services.login("clerk1", CHOSEN, now=FIXED_NOW).must_change_password


def test_giving_up_the_new_password_does_not_sign_in(qtbot: QtBot,
                                                     live_ctx: StationContext) -> None:
    services = live_ctx.services["station"]
    boss = services.login("super", PASSWORD, now=FIXED_NOW)
    services.reset_password("clerk1", TEMPORARY, by=boss, now=FIXED_NOW)
    window = _window(qtbot, live_ctx)
    _answer(PasswordDialog, {"newPassword": TEMPORARY, "newPasswordAgain": TEMPORARY},
            "passwordOk")  # the same as before: refused, then cancelled
    _sign_in(qtbot, window, "clerk1", TEMPORARY)
    qtbot.waitUntil(lambda: "choose a new one to sign in" in window.login.message.text(),
                    timeout=20000)
    assert window.session is None


def test_everyone_changes_their_own_password_from_the_header(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    window = _window(qtbot, live_ctx)
    _sign_in(qtbot, window, "clerk1", PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert window.header.change_password.isVisible()
    refused = _answer(PasswordDialog, {"oldPassword": "not mine at all",
                                       "newPassword": CHOSEN, "newPasswordAgain": CHOSEN},
                      "passwordOk")
    window.header.change_password.click()
    assert refused == ["Wrong user name or password"]
    _answer(PasswordDialog, {"oldPassword": PASSWORD, "newPassword": CHOSEN,
                             "newPasswordAgain": CHOSEN}, "passwordOk")
    window.header.change_password.click()
    services = live_ctx.services["station"]
    assert services.login("clerk1", CHOSEN, now=FIXED_NOW).username == "clerk1"


@pytest.mark.parametrize(("code", "tab"), [("km", "ប្រតិបត្តិករ (&T)"), ("ur", "آپریٹرز (&T)"),
                                           ("id", "&Operator"), ("en", "Opera&tors")])
def test_the_supervisor_mode_keeps_one_alt_letter_per_control(
        qtbot: QtBot, live_ctx: StationContext, code: str, tab: str) -> None:
    from station.i18n import apply_language
    from station.views.modes import MODE_FACTORIES

    apply_language(code)
    services = live_ctx.services["station"]
    boss = services.login("super", PASSWORD, now=FIXED_NOW)
    tabs = MODE_FACTORIES[Mode.SUPERVISOR](
        live_ctx, OperatorSession("super", "supervisor", operator=boss))
    qtbot.addWidget(tabs)
    assert isinstance(tabs, ModeTabs)
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert tab in titles
    page = tabs.widget(titles.index(tab))
    assert isinstance(page, OperatorsPage)
    page.wait()
    # the tab titles, the Overview's buttons and this page's, with Disable read as Enable too
    texts = [*titles, *(b.text() for b in tabs.main_page.findChildren(QPushButton)),
             *(b.text() for b in page.findChildren(QPushButton) if b is not page.disable_button),
             page.tr("&Enable"), page.tr("D&isable")]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
    assert len(set(letters)) == len(letters) - (letters[-1] == letters[-2]), texts
