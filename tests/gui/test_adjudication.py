"""A duplicate hit: the clerk decides, a supervisor approves in Supervisor mode, charts update."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.views.supervisor import SupervisorPage
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol

pytestmark = pytest.mark.gui


def _supervisor(qtbot: QtBot, ctx: StationContext) -> SupervisorPage:
    services = ctx.services["station"]
    boss = services.login("super", PASSWORD, now=FIXED_NOW)
    page = SupervisorPage(ctx, OperatorSession("super", "supervisor", operator=boss))
    qtbot.addWidget(page)
    page.show()
    page.wait()
    qtbot.waitUntil(lambda: bool(page.totals.text()), timeout=10000)
    return page


def test_clerk_decides_different_people_and_supervisor_approves(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    clerk = _clerk(qtbot, live_ctx)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    clerk.restart()
    _enrol(qtbot, clerk, dict(PERSON_FIELDS, latin_name="Dara Sok", local_name="ដារា"))
    assert clerk.dedup.decision_box.isVisible()
    with qtbot.waitSignal(clerk.dedup.decided, timeout=10000):
        clerk.dedup.different_button.click()
    assert "supervisor must approve" in clerk.dedup.banner.text()

    boss = _supervisor(qtbot, live_ctx)
    assert boss.totals.text() == "People: 1 · Households: 1 · Adjudications pending: 1"
    assert boss.table.rowCount() == 1
    boss.table.selectRow(0)
    assert boss.approve_button.isEnabled()
    boss.approve_button.click()
    qtbot.waitUntil(lambda: "registered as person" in boss.message.text(), timeout=10000)
    qtbot.waitUntil(lambda: boss.table.rowCount() == 0, timeout=10000)
    qtbot.waitUntil(lambda: boss.totals.text().startswith("People: 2 "), timeout=10000)
    assert "Waiting to be sent: 2" in boss.sync_label.text()


def test_an_undecided_case_cannot_be_approved(qtbot: QtBot, live_ctx: StationContext) -> None:
    clerk = _clerk(qtbot, live_ctx)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    clerk.restart()
    _enrol(qtbot, clerk, PERSON_FIELDS)
    boss = _supervisor(qtbot, live_ctx)
    boss.table.selectRow(0)
    assert not boss.approve_button.isEnabled()
    assert "not decided" in boss.message.text()


def test_approve_is_not_offered_while_the_queue_reloads(qtbot: QtBot,
                                                       live_ctx: StationContext) -> None:
    """Approve pressed while the page was reloading (F5, or just after an approval) did
    nothing at all, the button looking as ready as ever: it is greyed out until the queue is
    back, then offered again."""
    import threading

    clerk = _clerk(qtbot, live_ctx)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    clerk.restart()
    _enrol(qtbot, clerk, dict(PERSON_FIELDS, latin_name="Dara Sok", local_name="ដារា"))
    with qtbot.waitSignal(clerk.dedup.decided, timeout=10000):
        clerk.dedup.different_button.click()
    boss = _supervisor(qtbot, live_ctx)
    boss.table.selectRow(0)
    assert boss.approve_button.isEnabled()
    services = live_ctx.services["station"]
    release = threading.Event()
    open_cases = services.open_cases

    def slow(*args: object, **kwargs: object) -> object:
        release.wait(10)
        return open_cases(*args, **kwargs)

    services.open_cases = slow
    boss.refresh_button.click()
    assert not boss.approve_button.isEnabled() and not boss.send_back_button.isEnabled()
    release.set()
    qtbot.waitUntil(boss.approve_button.isEnabled, timeout=10000)  # offered again
    assert boss.table.rowCount() == 1


def test_the_supervisor_sees_which_candidate_the_clerk_named(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """"Clerk's decision: same person" did not say as whom: with several candidates the
    supervisor approved a match without knowing which registered person it named."""
    clerk = _clerk(qtbot, live_ctx)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    clerk.restart()
    _enrol(qtbot, clerk, dict(PERSON_FIELDS, latin_name="Dara Sok", local_name="ដារា"))
    with qtbot.waitSignal(clerk.dedup.decided, timeout=10000):
        clerk.dedup.same_button.click()
    boss = _supervisor(qtbot, live_ctx)
    decision = boss.table.item(0, 4)
    assert decision is not None and decision.text() == "same person as Sok Dara"
