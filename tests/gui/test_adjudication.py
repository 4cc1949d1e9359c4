"""A duplicate hit: the clerk decides, a supervisor approves in Supervisor mode, charts update."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.views.clerk.page import ClerkPage
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


def _case_decided_different(qtbot: QtBot, ctx: StationContext, note: str = "") -> ClerkPage:
    """Enrol one person, then the same fingers as "Dara Sok": the clerk says "different
    people" (with ``note``), which waits for a supervisor. Returns the clerk's page."""
    clerk = _clerk(qtbot, ctx)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    clerk.restart()
    _enrol(qtbot, clerk, dict(PERSON_FIELDS, latin_name="Dara Sok", local_name="ដារា"))
    clerk.dedup.decision.note.setText(note)
    with qtbot.waitSignal(clerk.dedup.decided, timeout=10000):
        clerk.dedup.decision.different_button.click()
    return clerk


def test_clerk_decides_different_people_and_supervisor_approves(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    clerk = _clerk(qtbot, live_ctx)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    clerk.restart()
    _enrol(qtbot, clerk, dict(PERSON_FIELDS, latin_name="Dara Sok", local_name="ដារា"))
    assert clerk.dedup.decision.isVisible()
    with qtbot.waitSignal(clerk.dedup.decided, timeout=10000):
        clerk.dedup.decision.different_button.click()
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

    _case_decided_different(qtbot, live_ctx)
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
        clerk.dedup.decision.same_button.click()
    boss = _supervisor(qtbot, live_ctx)
    decision = boss.table.item(0, 4)
    assert decision is not None and decision.text() == "same person as Sok Dara"


def test_the_supervisor_compares_both_prints_and_reads_the_clerks_note(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The clerk compared the prints before deciding; the supervisor who approves sees the
    applicant's held prints beside the registered person's, the paired minutiae linked, and
    the clerk's note. Each look is in the audit trail."""
    from station.views.case_prints import CasePrintsDialog

    _case_decided_different(qtbot, live_ctx, note="twins, says the mother")
    boss = _supervisor(qtbot, live_ctx)
    boss.table.selectRow(0)
    assert boss.message.text() == "The clerk's note: twins, says the mother"
    assert boss.compare_button.isEnabled()
    boss.compare_button.click()
    qtbot.waitUntil(lambda: isinstance(boss.prints_dialog, CasePrintsDialog), timeout=20000)
    dialog = boss.prints_dialog
    assert dialog.isVisible() and dialog.candidate.count() == 1
    assert dialog.finger.count() >= 2  # the two fingers both sides gave
    assert dialog.applicant.minutiae_count > 0 and dialog.registered.minutiae_count > 0
    paired = len(dialog.box.links.pairs)
    assert paired >= 6  # the same demo person: many minutiae link up
    assert dialog.summary.text() == f"{paired} minutiae paired (linked in green)"
    note = dialog.findChild(type(dialog.summary), "casePrintsNote")
    assert note is not None and "twins" in note.text()
    dialog.close()
    trail = live_ctx.services["station"].station
    from station.registry.models import AuditEvent

    with trail.reading() as session:
        import sqlalchemy as sa

        looked = session.scalars(sa.select(AuditEvent.action)
                                 .where(AuditEvent.action == "adjudication.view_prints")).all()
    assert len(looked) == 1

    # once approved, the applicant's prints are no longer held: nothing to compare
    boss.approve_button.click()
    qtbot.waitUntil(lambda: boss.table.rowCount() == 0, timeout=10000)
    assert not boss.compare_button.isEnabled()


def test_a_case_sent_back_is_decided_again_from_the_clerks_search(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Sent back by the supervisor, a case is open again: the clerk finds it under "Open
    cases to decide...", compares the prints and decides; the supervisor can approve."""
    from station.views.case_prints import CasePrintsDialog, WaitingCasesDialog

    clerk = _case_decided_different(qtbot, live_ctx)
    boss = _supervisor(qtbot, live_ctx)
    boss.table.selectRow(0)
    boss.send_back_button.click()
    qtbot.waitUntil(lambda: bool(boss.cases) and boss.cases[0].status == "open",
                    timeout=10000)

    clerk.restart()
    search = clerk.search
    assert search.cases_button.isVisible()
    search.cases_button.click()
    qtbot.waitUntil(lambda: isinstance(search.cases_dialog, WaitingCasesDialog)
                    and len(search.cases_dialog.cases) == 1, timeout=10000)
    waiting = search.cases_dialog
    assert waiting.table.item(0, 2).text() == "Dara Sok"
    waiting.compare_button.click()
    qtbot.waitUntil(lambda: isinstance(waiting.prints_dialog, CasePrintsDialog), timeout=20000)
    prints = waiting.prints_dialog
    assert len(prints.box.links.pairs) >= 6
    prints.decision_row.note.setText("same thumb scar; the same woman")
    prints.decision_row.same_button.click()
    qtbot.waitUntil(lambda: prints.decision is not None, timeout=10000)
    assert prints.decision.clerk_decision == "duplicate"
    qtbot.waitUntil(lambda: "No case is waiting" in waiting.message.text(), timeout=10000)

    boss.refresh()
    qtbot.waitUntil(lambda: boss.table.rowCount() == 1 and boss.cases[0].status == "decided",
                    timeout=10000)
    boss.table.selectRow(0)
    decision = boss.table.item(0, 4)
    assert decision is not None and "same person as" in decision.text()
    assert boss.message.text() == "The clerk's note: same thumb scar; the same woman"
    assert boss.approve_button.isEnabled()


def test_a_case_another_supervisor_approved_first_is_said_so_at_a_khmer_desk(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Two supervisors have the same decided case on screen; the second to press Approve
    was told "only a decided case can be approved: decide it first" (the English wording
    matched, not what happened). Now the refusal's data says: approved already."""
    from station.i18n import apply_language
    from station.model.adjudication import approve
    from station.model.operators import create_operator

    _case_decided_different(qtbot, live_ctx)
    services = live_ctx.services["station"]
    boss = services.login("super", PASSWORD, now=FIXED_NOW)
    create_operator(services.station, username="super2", full_name="Second Supervisor",
                    role="supervisor", password=PASSWORD, now=FIXED_NOW, by=boss)
    apply_language("km")
    page = _supervisor(qtbot, live_ctx)
    page.table.selectRow(0)
    other = services.login("super2", PASSWORD, now=FIXED_NOW)
    approve(services.station, page.cases[0].id, by=other, approved=True, now=FIXED_NOW)
    page.approve_button.click()
    qtbot.waitUntil(lambda: "អនុម័តរួចហើយ" in page.message.text(), timeout=10000)
    assert "សម្រេចវាជាមុនសិន" not in page.message.text()  # not "decide it first"


def test_a_supervisor_is_not_offered_to_approve_a_case_they_opened(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """A supervisor who enrolled at the counter saw Approve and Send back offered on their
    own case, pressed them and was refused: the buttons are greyed out and the page says
    another supervisor approves it."""
    from station.model.adjudication import decide
    from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
    from tests.station.helpers import POLICY, demographics, person_fingers

    services = live_ctx.services["station"]
    boss = services.login("super", PASSWORD, now=FIXED_NOW)
    clerk = services.login("clerk1", PASSWORD, now=FIXED_NOW)
    first = enrol(services.station, demographics("Sok Dara"), person_fingers(1),
                  operator=clerk, now=FIXED_NOW, policy=POLICY)
    assert isinstance(first, Enrolled)
    again = enrol(services.station, demographics("Dara Sok"), person_fingers(1),
                  operator=boss, now=FIXED_NOW, policy=POLICY)
    assert isinstance(again, NeedsAdjudication)
    decide(services.station, again.adjudication_id, "not_duplicate", by=clerk, now=FIXED_NOW)
    page = _supervisor(qtbot, live_ctx)
    page.table.selectRow(0)
    assert page.cases[0].opened_by == "super"
    assert not page.approve_button.isEnabled()
    assert not page.send_back_button.isEnabled()
    assert page.compare_button.isEnabled()  # looking is still allowed
    assert page.message.text() == ("You opened this case yourself: another supervisor "
                                   "approves it.")


def test_the_clerks_decision_column_takes_the_rest_of_the_queue(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """After a reload the decision column was left a narrow strip beside an empty band (the
    columns fitted to their text, the stretch never recomputed inside the scrolling page)."""
    _case_decided_different(qtbot, live_ctx)
    boss = _supervisor(qtbot, live_ctx)
    qtbot.waitUntil(lambda: boss.table.rowCount() == 1, timeout=10000)
    boss.refresh()
    boss.wait()
    qtbot.wait(50)
    header = boss.table.horizontalHeader()
    widths = [header.sectionSize(i) for i in range(header.count())]
    assert sum(widths) >= boss.table.viewport().width() - 1
    assert widths[-1] > max(widths[:-1])  # the decision, not an empty band, fills the width
    boss.resize(boss.width() + 200, boss.height())
    qtbot.waitUntil(lambda: sum(header.sectionSize(i) for i in range(header.count()))
                    >= boss.table.viewport().width() - 1, timeout=5000)


def test_an_approval_sent_back_for_people_enrolled_since_says_so_and_shows_the_queue_again(
        qtbot: QtBot, live_ctx: StationContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """Approving "different people" searches again the people enrolled since the case opened;
    when one matches, the case goes back to the clerk. The page said nothing of the reloaded
    case (the queue was not read again) and said it in English at any desk."""
    from station.model.adjudication import NewCandidatesSinceOpened
    from station.model.gallery_sync import PersonCandidate

    _case_decided_different(qtbot, live_ctx)
    boss = _supervisor(qtbot, live_ctx)
    qtbot.waitUntil(lambda: boss.table.rowCount() == 1, timeout=10000)
    services = live_ctx.services["station"]
    reloads: list[bool] = []
    real_refresh = boss.refresh

    def refresh() -> None:
        reloads.append(True)
        real_refresh()

    def sent_back(case_id: str, **_kw: object) -> None:
        raise NewCandidatesSinceOpened(case_id, [PersonCandidate("P-NEW", 30.0, {2: 0.2})])

    monkeypatch.setattr(services, "approve", sent_back)
    monkeypatch.setattr(boss, "refresh", refresh)
    boss.table.selectRow(0)
    boss.approve_button.click()
    qtbot.waitUntil(lambda: "P-NEW" in boss.message.text(), timeout=10000)
    assert "sent back to the clerk" in boss.message.text()  # the model's own sentence
    assert reloads
    from station.i18n import apply_language
    from station.views.refusals import refusal

    try:  # a Khmer desk reads it in Khmer, the person ids kept
        apply_language("km")
        said = refusal(NewCandidatesSinceOpened("c1", [PersonCandidate("P-NEW", 30.0, {})]))
        assert said is not None and "P-NEW" in said and "approved" not in said
    finally:
        apply_language("en")


def test_a_decision_refused_at_the_duplicate_check_keeps_the_candidates_and_says_why(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The case was decided at another desk first (the clerk's search lists it under "Open
    cases to decide..."): the clerk's own click is refused. The refusal is said beside the
    decision, the candidates stay on screen, and the page does not claim that the duplicate
    check failed (nor offers Back, which would start the enrolment's check again)."""
    services = live_ctx.services["station"]
    clerk = _clerk(qtbot, live_ctx)
    _enrol(qtbot, clerk, PERSON_FIELDS)
    clerk.restart()
    _enrol(qtbot, clerk, dict(PERSON_FIELDS, latin_name="Dara Sok", local_name="ដារា"))
    other = services.login("clerk1", PASSWORD, now=FIXED_NOW)
    services.decide(str(clerk.dedup.result.adjudication_id), "not_duplicate", by=other,
                    now=FIXED_NOW)

    clerk.dedup.decision.different_button.click()
    qtbot.waitUntil(lambda: "not open" in clerk.dedup.decision.error.text(), timeout=10000)
    assert clerk.dedup.table.isVisible() and clerk.dedup.compare_box.isVisible()
    assert "Possible duplicate" in clerk.dedup.banner.text()
    assert "did not finish" not in clerk.message.text()
    assert not clerk.back_button.isEnabled()
