"""Keys and clicks a clerk expects to work: open a found person with a double click or Enter,
Enter in a page's last field acts as Next, and each new page puts the cursor in its first field.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.clerk.page import DEDUP, FINGERS, PERSON, RECEIPT, ClerkPage
from station.views.main_window import MainWindow
from station.views.services import ProgrammesPanel
from tests.gui.conftest import PASSWORD
from tests.gui.test_clerk_flow import PERSON_FIELDS, _enrol, _sign_in, _window

pytestmark = pytest.mark.gui


def _clerk_window(qtbot: QtBot, ctx: StationContext) -> tuple[MainWindow, ClerkPage]:
    window = _window(qtbot, ctx)
    _sign_in(qtbot, window, "clerk1", PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    window.activateWindow()
    page = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    return window, page


def _found(qtbot: QtBot, window: MainWindow, page: ClerkPage, name: str) -> None:
    page.restart()
    page.search.query.setText(name)
    page.search.search()
    # this search's answer (a list read before it, by the restart, also has rows)
    qtbot.waitUntil(lambda: page.search._shown == name and not page.search._runner.busy
                    and page.search.table.rowCount() == 1, timeout=10000)


def _programmes_tab(window: MainWindow) -> ProgrammesPanel | None:
    tabs = window.mode_widgets[Mode.CLERK]
    assert isinstance(tabs, QTabWidget)
    current = tabs.currentWidget()
    return current if isinstance(current, ProgrammesPanel) else None


@pytest.mark.parametrize("how", ["double click", "Enter"])
def test_a_found_person_opens_with_a_double_click_or_enter(
        qtbot: QtBot, live_ctx: StationContext, how: str) -> None:
    """Double-clicking a result (or Enter on it) did nothing: the clerk expects the person's
    file, here their household with its members and programmes."""
    window, page = _clerk_window(qtbot, live_ctx)
    person_id = _enrol(qtbot, page, PERSON_FIELDS).person_id
    household = live_ctx.services["station"].person(person_id)["household_id"]
    _found(qtbot, window, page, "Sok Dara")
    table = page.search.table
    if how == "Enter":
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Return)
    else:
        # where the row is once the list is laid out (the status line under it, the
        # columns fitted to the names): a click aimed before may land beside the row
        qtbot.waitUntil(lambda: table.isVisible() and table.currentRow() == 0
                        and table.viewport().rect().contains(
                            table.visualRect(table.model().index(0, 1)).center()),
                        timeout=10000)
        rect = table.visualRect(table.model().index(0, 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: _programmes_tab(window) is not None, timeout=10000)
    panel = _programmes_tab(window)
    assert panel is not None, "the household did not open"
    assert panel.household.text() == household
    # the household's members are read in a worker: wait for them, not for "not busy" (a
    # worker not started yet, or a second read, would pass that check too early)
    qtbot.waitUntil(lambda: [m.person_id for m in panel.members.members] == [person_id]
                    and panel.members.currentRow() == 0, timeout=20000)
    # the keyboard goes on from there
    assert _focus_on(qtbot, panel.members), QApplication.focusWidget()


def _focused() -> Any:
    for _ in range(3):
        QApplication.processEvents()
    return QApplication.focusWidget()


def _focus_on(qtbot: QtBot, *widgets: Any) -> bool:
    """The keyboard focus reaches one of ``widgets``: waited for as a state (the window's
    activation and the focus moves are events, later on a loaded machine), not a fixed
    number of event-loop turns."""
    try:
        qtbot.waitUntil(lambda: QApplication.focusWidget() in widgets, timeout=10000)
    except qtbot.TimeoutError:
        return False
    return True


def _person_step(qtbot: QtBot, live_ctx: StationContext, **changes: str
                 ) -> tuple[MainWindow, ClerkPage]:
    window, page = _clerk_window(qtbot, live_ctx)
    page.search.new_button.click()
    assert page.step == PERSON
    assert _focus_on(qtbot, page.person.local_name), QApplication.focusWidget()
    page.person.fill(dict(PERSON_FIELDS, **changes))
    return window, page


def test_enter_in_the_last_field_of_the_form_goes_on_to_the_fingers(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Enter in the national ID (the form's last field) did nothing: the clerk had to reach
    for the mouse or Alt+N. It acts as Next, and the cursor is then on the finger list."""
    _, page = _person_step(qtbot, live_ctx)
    national_id = page.person.inputs["national_id"]
    national_id.setFocus()
    qtbot.keyClick(national_id, Qt.Key.Key_Return)
    assert page.step == FINGERS, page.person.error_text
    assert _focus_on(qtbot, page.capture.fingers), QApplication.focusWidget()


def test_enter_on_an_incomplete_form_says_what_is_missing_and_stays(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    _, page = _person_step(qtbot, live_ctx, sex="")
    national_id = page.person.inputs["national_id"]
    national_id.setFocus()
    qtbot.keyClick(national_id, Qt.Key.Key_Return)
    assert page.step == PERSON
    assert "sex" in page.person.error_text.lower()
    assert _focus_on(qtbot, page.person.sex), QApplication.focusWidget()  # the field


def test_enter_twice_on_the_captured_fingers_registers_the_person_once(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Enter on the finger list once the prints are complete starts the duplicate check, as
    Next does; a second Enter while it runs (or a bouncing key) must not enrol again."""
    services = live_ctx.services["station"]
    calls: list[int] = []
    enrol = services.enrol

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return enrol(*args, **kwargs)

    services.enrol = counted
    _, page = _person_step(qtbot, live_ctx)
    page.next_button.click()
    assert page.step == FINGERS
    qtbot.keyClick(page.capture.fingers, Qt.Key.Key_Return)  # nothing captured yet
    assert page.step == FINGERS and page.message.text()
    for _ in range(2):
        with qtbot.waitSignal(page.capture.changed, timeout=10000):
            page.capture.capture_next()
    page.capture.fingers.setFocus()
    qtbot.keyClick(page.capture.fingers, Qt.Key.Key_Return)
    assert page.step == DEDUP
    qtbot.keyClick(page.capture.fingers, Qt.Key.Key_Return)
    focused = _focused()
    if focused is not None:
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.dedup.busy, timeout=60000)
    assert getattr(page.dedup.result, "person_id", None)
    assert len(calls) == 1


def test_the_cursor_lands_on_the_first_thing_to_use_on_every_step(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The duplicate check's answer and the receipt left the cursor nowhere (on the page
    itself): Tab, Space or Enter did nothing useful until the clerk clicked."""
    _, page = _person_step(qtbot, live_ctx)
    page.next_button.click()
    assert _focus_on(qtbot, page.capture.fingers), QApplication.focusWidget()
    for _ in range(2):
        with qtbot.waitSignal(page.capture.changed, timeout=10000):
            page.capture.capture_next()
    page.next_button.click()
    with qtbot.waitSignal(page.dedup.finished, timeout=60000):
        pass
    assert getattr(page.dedup.result, "person_id", None)
    # no duplicate: going on is the one thing to do
    assert _focus_on(qtbot, page.next_button), QApplication.focusWidget()
    page.next_button.click()
    assert _focus_on(qtbot, page.programmes.proposals), QApplication.focusWidget()
    qtbot.waitUntil(page.programmes.confirm_button.isEnabled, timeout=20000)
    page.programmes.confirm_button.click()
    qtbot.waitUntil(lambda: page.programmes.done, timeout=20000)
    page.next_button.click()
    assert _focus_on(qtbot, page.card.issue_button, page.card.reader), \
        QApplication.focusWidget()
    page.next_button.click()
    assert page.step == RECEIPT
    assert _focus_on(qtbot, page.receipt_page.print_button), QApplication.focusWidget()


def test_a_possible_duplicate_puts_the_cursor_on_the_candidates(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """After a hit the cursor stayed on the page itself; the clerk compares the candidates
    (arrow keys pick one, its prints follow) and Tab reaches the note and the decision."""
    _, page = _clerk_window(qtbot, live_ctx)
    _enrol(qtbot, page, PERSON_FIELDS)
    page.restart()
    _enrol(qtbot, page, dict(PERSON_FIELDS, latin_name="Dara Sok", local_name="ដារា"))
    assert page.dedup.decision.isVisible()
    assert _focus_on(qtbot, page.dedup.table), QApplication.focusWidget()
