"""A fifth day at the desk: what a clerk, a supervisor or an auditor tripped over in the window."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.views.clerk.page import FIND
from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol, to_receipt

pytestmark = pytest.mark.gui


def test_the_search_shows_the_person_just_registered_when_the_clerk_comes_back_to_it(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The clerk searched first (nobody found), registered the person, then started the next
    enrolment: the search still said "Nobody found" for the name just registered, and a
    clerk adding the next member of the family read that the household did not exist."""
    clerk = _clerk(qtbot, live_ctx)
    search = clerk.search
    search.query.setText("Sok Dara")
    search.search()
    qtbot.waitUntil(lambda: search.status.text().startswith("Nobody found"), timeout=10000)
    person_id = _enrol(qtbot, clerk, PERSON_FIELDS).person_id
    clerk.restart()
    assert clerk.step == FIND
    qtbot.waitUntil(lambda: search.status.text() == "1 person found", timeout=10000)
    assert search.query.text() == "Sok Dara"
    assert search.table.rowCount() == 1 and search._rows[0].person_id == person_id
    assert search.member_button.isEnabled()


def test_a_search_typed_while_the_list_is_read_again_is_not_dropped(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Back at the search the list is read again; the next person's name, typed and
    searched at once, ran after it instead of being silently ignored."""
    clerk = _clerk(qtbot, live_ctx)
    search = clerk.search
    search.query.setText("Sok Dara")
    search.search()
    qtbot.waitUntil(lambda: search.status.text().startswith("Nobody found"), timeout=10000)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    clerk.restart()
    search.query.setText("Chan Thy")
    search.search()
    qtbot.waitUntil(lambda: not search._runner.busy and search._pending is None
                    and search._shown == "Chan Thy", timeout=10000)
    assert search.status.text().startswith("Nobody found")
    assert search.table.rowCount() == 0


def test_a_case_approved_at_another_desk_leaves_no_other_case_selected(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The supervisor selected the first case and read its note; another supervisor approved
    it meanwhile. After the reload the next case stood on the same row, selected, Approve
    offered: one more Alt+A approved a case the supervisor had not looked at. The selection
    follows the case: gone, nothing is selected; still there, it stays on it."""
    from station.model.adjudication import approve, decide
    from station.model.enrolment import enrol
    from station.model.operators import create_operator
    from tests.gui.conftest import FIXED_NOW, PASSWORD
    from tests.gui.test_adjudication import _supervisor
    from tests.station.helpers import POLICY, demographics, person_fingers

    services = live_ctx.services["station"]
    st = services.station
    boss = services.login("super", PASSWORD, now=FIXED_NOW)
    create_operator(st, username="super2", full_name="Kim Second", role="supervisor",
                    password=PASSWORD, now=FIXED_NOW, by=boss)
    other = services.login("super2", PASSWORD, now=FIXED_NOW)
    clerk = services.login("clerk1", PASSWORD, now=FIXED_NOW)
    cases = []
    for seed, name in ((1, "Sok Dara"), (2, "Chan Thy")):
        enrol(st, demographics(name), person_fingers(seed), operator=clerk, now=FIXED_NOW,
              policy=POLICY)
        again = enrol(st, demographics(name + " B"), person_fingers(seed), operator=clerk,
                      now=FIXED_NOW, policy=POLICY)
        decide(st, again.adjudication_id, "not_duplicate", by=clerk, now=FIXED_NOW)
        cases.append(again.adjudication_id)
    page = _supervisor(qtbot, live_ctx)
    assert [c.id for c in page.cases] == cases
    page.table.selectRow(1)  # the second case stays selected when the first one goes
    page.refresh()
    qtbot.waitUntil(lambda: not page._runner.busy, timeout=10000)
    assert page._selected().id == cases[1]

    page.table.selectRow(0)
    approve(st, cases[0], by=other, approved=True, now=FIXED_NOW)
    page.refresh()
    qtbot.waitUntil(lambda: len(page.cases) == 1, timeout=10000)
    assert page._selected() is None
    assert not page.approve_button.isEnabled() and not page.send_back_button.isEnabled()

    page.table.selectRow(0)
    page.refresh()
    qtbot.waitUntil(lambda: not page._runner.busy, timeout=10000)
    assert page._selected().id == cases[1] and page.approve_button.isEnabled()


def test_a_receipt_that_cannot_be_saved_says_so_in_the_desks_language(
        qtbot: QtBot, live_ctx: StationContext, tmp_path: object) -> None:
    """The receipts folder could not be written (here a file stands where the folder should
    be; a removed USB stick does the same): the clerk read Python's "[Errno 20] Not a
    directory: '...'" in English at a Khmer desk. Now one sentence in the desk's language,
    the folder named; nothing else is lost (the person stays registered)."""
    import dataclasses
    from pathlib import Path

    from station.i18n import apply_language

    blocker = Path(str(tmp_path)) / "not-a-folder"
    blocker.write_text("x")
    ctx = dataclasses.replace(live_ctx, output_dir=blocker / "receipts")
    apply_language("km")
    page = _clerk(qtbot, ctx)
    _enrol(qtbot, page, PERSON_FIELDS)
    to_receipt(qtbot, page)
    page.receipt_page.save_button.click()
    said = page.receipt_page.saved.text()
    assert "Errno" not in said and "cannot write" not in said, said
    assert said.startswith("មិនអាចរក្សាទុកបង្កាន់ដៃ") and str(blocker / "receipts") in said
    from tests.gui.test_first_day_gui import _fits

    window = page.window()  # the sentence wraps: it does not push the window off the screen
    assert _fits(window), (window.width(), window.height())  # type: ignore[arg-type]


def test_the_backup_done_is_said_even_with_a_case_selected(
        qtbot: QtBot, live_ctx: StationContext, tmp_path: object) -> None:
    """With a case selected in the queue, "Backup written to ..." was replaced at once by
    the case's own line ("The clerk's note: ...") when the page reloaded after the backup:
    the supervisor never read that the backup was written, nor where."""
    from pathlib import Path

    from tests.gui.test_adjudication import _case_decided_different, _supervisor
    from tests.gui.test_backup import _answer_dialog

    _case_decided_different(qtbot, live_ctx, note="same village, another mother")
    boss = _supervisor(qtbot, live_ctx)
    boss.table.selectRow(0)
    assert boss.message.text() == "The clerk's note: same village, another mother"
    folder = Path(str(tmp_path))
    _answer_dialog(folder, "long enough passphrase", "long enough passphrase")
    boss.backup_button.click()
    qtbot.waitUntil(lambda: bool(list(folder.glob("*.swsbak"))) and not boss._runner.busy,
                    timeout=20000)
    qtbot.waitUntil(lambda: not boss.backup_label.text().startswith("Last backup: never"),
                    timeout=10000)
    (written,) = folder.glob("*.swsbak")
    assert boss.message.text() == f"Backup written to {written} (1 person)."
    boss.table.selectRow(-1)  # the clerk's note comes back when the case is chosen again
    boss.table.clearSelection()
    boss.table.selectRow(0)
    assert boss.message.text() == "The clerk's note: same village, another mother"


def test_at_an_urdu_desk_the_first_found_person_and_candidate_are_selected(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Right to left, Qt's selectRow picks the cell past the last column and selects
    nothing: at an Urdu desk "Add a member" and "Issue a card" stayed grey after a search,
    and the duplicate check showed its candidate unselected (its "same person" decision
    named nobody). The first row is selected in either direction."""
    from station.i18n import apply_language

    apply_language("ur")
    clerk = _clerk(qtbot, live_ctx)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    clerk.restart()
    search = clerk.search
    search.query.setText("Sok")
    search.search()
    qtbot.waitUntil(lambda: search.table.rowCount() == 1 and not search._runner.busy,
                    timeout=10000)
    assert search.table.currentRow() == 0
    assert search.member_button.isEnabled() and search.card_button.isEnabled()

    _enrol(qtbot, clerk, dict(PERSON_FIELDS, latin_name="Dara Sok"))
    assert clerk.dedup.table.rowCount() == 1
    assert clerk.dedup.table.currentRow() == 0
    assert len(clerk.dedup.table.selectionModel().selectedRows()) == 1


def test_a_wrong_password_at_the_locked_window_is_said_in_red(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The locked window's line is grey ("Locked after 10 minutes..."); a wrong password
    typed there was then said in the same grey, read as more of the same explanation."""
    from tests.gui.test_clerk_flow import _window

    window = _window(qtbot, live_ctx)
    login = window.login
    login.show_locked("clerk1", 10)
    assert "#555" in login.message.styleSheet()
    login.password.setText("not the password")
    login.button.click()
    assert "#b00020" not in login.message.styleSheet()  # "Checking..." is no alarm
    qtbot.waitUntil(lambda: "Wrong" in login.message.text(), timeout=10000)
    assert "#b00020" in login.message.styleSheet()


def test_the_headers_queue_counts_the_person_just_registered(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Right after a registration the header still said "Sync: 0 waiting" (it read the
    queue every 15 s, or on a change of mode): the clerk could not tell the record was
    queued for the centre. It reads the queue again when the clerk's work writes one."""
    from station.model.ui_session import Mode

    clerk = _clerk(qtbot, live_ctx)
    window = clerk.window()
    window._sync_timer.stop()  # only what the clerk does may read the queue again
    qtbot.waitUntil(lambda: "0 waiting" in window.header.sync_label.text(), timeout=10000)
    assert window.current_mode() is Mode.CLERK
    _enrol(qtbot, clerk, PERSON_FIELDS)
    qtbot.waitUntil(lambda: "0 waiting" not in window.header.sync_label.text(),
                    timeout=10000)
    assert window.header.sync_label.text().startswith("Sync: 1 waiting")


def test_the_headers_queue_counts_a_death_just_recorded(
        qtbot: QtBot, live_ctx: StationContext, station: object) -> None:
    """A death recorded from the search is sent to the centre; the header kept its old count
    until its next 15 s read, as it did after a registration."""

    from station.model.ui_session import Mode
    from station.views.clerk.page import ClerkPage
    from tests.gui.conftest import PASSWORD
    from tests.gui.test_clerk_flow import _sign_in, _window
    from tests.gui.test_deaths import _person

    _person(station)
    window = _window(qtbot, live_ctx)
    _sign_in(qtbot, window, "super", PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    window._sync_timer.stop()  # only what the supervisor does may read the queue again
    window.refresh_sync()
    qtbot.waitUntil(lambda: "Sync: 1 waiting" in window.header.sync_label.text(),
                    timeout=10000)
    page = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    search = page.search
    search.query.setText("Sok Dara")
    search.search()
    qtbot.waitUntil(lambda: search.table.rowCount() == 1, timeout=10000)
    from tests.gui.test_deaths import record_death_of_selected

    record_death_of_selected(qtbot, search)
    qtbot.waitUntil(lambda: "Sync: 1 waiting" not in window.header.sync_label.text(),
                    timeout=10000)


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_enrolment_steps_are_whole_on_a_small_screen(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """On a 1024 x 700 screen the list of steps was squeezed to its scroll bar: "7. Tanda
    terima" (Indonesian) and the Khmer steps were cut, a scroll bar under them. The list is
    as wide as its longest step, and the window still fits the screen."""
    from PySide6.QtCore import QRect, Qt

    from tests.gui.test_first_day_gui import _fits

    clerk = _clerk(qtbot, live_ctx)
    window = clerk.window()
    window.set_language(language)  # type: ignore[attr-defined]
    from station.model.ui_session import Mode

    page = window.page(Mode.CLERK)  # type: ignore[attr-defined]
    _enrol(qtbot, page, PERSON_FIELDS)
    page.restart()
    _enrol(qtbot, page, dict(PERSON_FIELDS, latin_name="Dara Sok"))  # a hit: the wide table
    assert page.dedup.table.isVisible()
    assert _fits(window), (window.width(), window.height())  # type: ignore[arg-type]
    steps = page.steps
    assert not steps.horizontalScrollBar().isVisible()
    width = steps.viewport().width()
    for row in range(steps.count()):
        item = steps.item(row)
        box = steps.visualItemRect(item)
        needed = steps.fontMetrics().boundingRect(
            QRect(0, 0, width, 1000), int(Qt.TextFlag.TextWordWrap), item.text())
        assert box.right() <= width and needed.width() <= width, item.text()
        assert needed.height() <= box.height(), item.text()  # the whole step, wrapped
