"""The services panels as a clerk and a supervisor use them: offscreen, over a real registry."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QTableWidget, QTableWidgetItem

from station.model.operators import OperatorInfo, login
from station.registry.models import ProgrammeMembership
from station.registry.models_services import VulnerabilityAssessment
from station.services import cases, grievances, households, memberships
from station.services.questionnaire import load_questionnaire
from station.views.services import (
    CasePlanPanel,
    CasesPanel,
    GrievancesPanel,
    PaymentsPanel,
    ProgrammesPanel,
)
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.services.conftest import POOR_ANSWERS, add_household

WAIT = 15000


MOTHER_NAME = "Sok Mealea"


def clock() -> dt.datetime:
    return FIXED_NOW


@pytest.fixture
def clerk(station: Any) -> OperatorInfo:
    return login(station, "clerk1", PASSWORD, now=FIXED_NOW)


@pytest.fixture
def household(station: Any, clerk: OperatorInfo) -> str:
    add_household(station, "hh-sok", [
        ("p-grandfather", "M", dt.date(1959, 3, 1), "head"),
        ("p-mother", "F", dt.date(1990, 5, 1), "child"),
        ("p-girl", "F", dt.date(2018, 5, 1), "grandchild"),
    ])
    households.record_situation(station, "p-mother", disability=False,
                                employment="unemployed", operator=clerk, now=FIXED_NOW)
    return "hh-sok"


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def wait_message(qtbot: Any, panel: Any, text: str) -> None:
    qtbot.waitUntil(lambda: text in panel.message.text(), timeout=WAIT)


def test_assessment_form_follows_the_questionnaire(qtbot: Any, station: Any,
                                                   clerk: OperatorInfo) -> None:
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    questionnaire = load_questionnaire()
    assert list(panel.form.fields) == [q.id for q in questionnaire.questions]
    assert isinstance(panel.form.fields["members"], QSpinBox)
    roof = panel.form.fields["roof"]
    assert isinstance(roof, QComboBox)
    assert [roof.itemText(i) for i in range(roof.count())][1:] == [
        "thatch", "metal sheet", "tiles", "concrete"]
    assert panel.form.answers() == {}  # nothing answered until the clerk answers
    panel.form.set_answers(dict(POOR_ANSWERS))
    assert panel.form.answers() == POOR_ANSWERS


def assessed_panel(qtbot: Any, station: Any, clerk: OperatorInfo,
                   household: str) -> ProgrammesPanel:
    """A Programmes panel on ``household``, assessed poor with the clerk's answers (the
    "Assess" button), its package proposed and its score line shown."""
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.household.setText(household)
    panel.form.set_answers(dict(POOR_ANSWERS))
    qtbot.mouseClick(panel.assess_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.proposals.count() > 0, timeout=WAIT)
    assert panel.assessment.text().startswith("Score 38: poor")
    return panel


def test_assess_propose_confirm_in_the_panel(qtbot: Any, station: Any, clerk: OperatorInfo,
                                             household: str) -> None:
    panel = assessed_panel(qtbot, station, clerk, household)
    items = [panel.proposals.item(i) for i in range(panel.proposals.count())]
    # the code is the item's data (and tooltip), the text names the programme in words
    programmes = [tuple(item.data(Qt.ItemDataRole.UserRole))[1] for item in items]
    assert any(c == "OLD_AGE_PENSION" and "eligible because" in item.text()
               and c in item.toolTip() for c, item in zip(programmes, items, strict=True))
    assert panel.not_proposed.count() > 0
    assert panel.confirm_button.isEnabled()

    pension = programmes.index("OLD_AGE_PENSION")
    panel.proposals.item(pension).setCheckState(Qt.CheckState.Unchecked)
    ticked = len(panel.ticked())
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "recorded, 1 declined")
    assert panel.message.text().startswith(
        f"{ticked} membership{'s' if ticked != 1 else ''} recorded, 1 declined")
    assert not panel.confirm_button.isEnabled()
    with station.reading() as session:
        codes = set(session.scalars(sa.select(ProgrammeMembership.programme_code)))
    assert "OLD_AGE_PENSION" not in codes and "HEALTH_SUBSIDY" in codes


def test_incomplete_assessment_says_which_question(qtbot: Any, station: Any,
                                                   clerk: OperatorInfo, household: str) -> None:
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.household.setText(household)
    answers = dict(POOR_ANSWERS)
    del answers["toilet"]
    panel.form.set_answers(answers)
    qtbot.mouseClick(panel.assess_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "toilet")
    assert panel.message.text() == "Question 'toilet': has no answer"
    assert panel.assessment.text() == ""
    with station.reading() as session:  # nothing was recorded
        assert session.scalar(sa.select(sa.func.count()).select_from(
            VulnerabilityAssessment)) == 0

    panel.household.clear()
    qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Enter the household id first."


def test_grievance_intake_and_steps(qtbot: Any, station: Any, clerk: OperatorInfo,
                                    household: str) -> None:
    import sqlalchemy as sa

    from station.registry.models import Person

    with station.transaction() as session:  # a name that is not the id, to tell them apart
        session.execute(sa.update(Person).where(Person.id == "p-mother")
                        .values(latin_name=MOTHER_NAME))
    old = grievances.intake(station, category="card", description="card broken",
                            person_id="p-girl", operator=clerk,
                            now=FIXED_NOW - dt.timedelta(days=40))
    panel = GrievancesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert cell(panel.table, 0, 0).foreground().color().name() == "#aa0000"  # past deadline

    panel.category.setCurrentIndex(panel.category.findData("payment"))
    panel.person.setText("p-mother")
    panel.description.setText("benefit paid late")
    qtbot.mouseClick(panel.intake_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=WAIT)
    assert "received" in panel.message.text()
    # the written acknowledgement is offered in a dialog of its own: closed, the work goes on
    qtbot.waitUntil(lambda: panel.slip_dialog is not None and panel.slip_dialog.isVisible(),
                    timeout=WAIT)
    panel.slip_dialog.close_button.click()
    new_row = next(r for r, g in enumerate(panel.rows) if g["id"] != old)
    # the reference first: what the person's slip says
    assert cell(panel.table, new_row, 0).text() == panel.rows[new_row]["reference"]
    assert cell(panel.table, new_row, 3).text() == "07/12/2026"  # payment: 15 days
    assert cell(panel.table, new_row, 4).text() == "payments"
    # the counter reads the category and the person's name, the id stays in the tooltip
    assert cell(panel.table, new_row, 2).text() == "Benefit not paid, late or wrong amount"
    assert cell(panel.table, new_row, 5).text() == MOTHER_NAME
    assert cell(panel.table, new_row, 5).toolTip() == "p-mother"

    panel.table.selectRow(new_row)
    qtbot.mouseClick(panel.step_buttons["resolve"], Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "resolved")
    assert panel.message.text() == "Say how the grievance was resolved"
    panel.note.setText("paid on 25 Nov")
    qtbot.mouseClick(panel.step_buttons["resolve"], Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "is now resolved")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)  # open ones only

    panel.open_only.setChecked(False)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=WAIT)
    panel.table.selectRow(next(r for r, g in enumerate(panel.rows) if g["id"] != old))
    panel.note.setText("still wrong")
    qtbot.mouseClick(panel.step_buttons["appeal"], Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "is now appealed")
    steps = [s["action"] for g in panel.rows if g["id"] != old
             for s in grievances.history(station, g["id"])]
    assert steps == ["intake", "resolve", "appeal"]


def test_grievance_step_without_selection(qtbot: Any, station: Any,
                                          clerk: OperatorInfo) -> None:
    panel = GrievancesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.step_buttons["refer"], Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Select a grievance in the list first."


def test_supervisor_sees_overdue_follow_ups(qtbot: Any, station: Any, clerk: OperatorInfo,
                                            household: str) -> None:
    import sqlalchemy as sa

    from station.registry.models import Person

    with station.transaction() as session:  # a name that is not the id, to tell them apart
        session.execute(sa.update(Person).where(Person.id == "p-mother")
                        .values(latin_name=MOTHER_NAME))
    case_id = cases.open_case(station, "p-mother", manager="clerk1", summary="work",
                              operator=clerk, now=FIXED_NOW)
    late = cases.add_item(station, case_id, kind="referral", service="employment",
                          description="register at the job centre", operator=clerk,
                          now=FIXED_NOW - dt.timedelta(days=20),  # planned for the 12th
                          follow_up_date=dt.date(2026, 11, 12))
    cases.add_item(station, case_id, kind="goal", description="stable work", operator=clerk,
                   now=FIXED_NOW, follow_up_date=dt.date(2027, 2, 1))
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)

    panel = CasesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert [cell(panel.table, 0, c).text() for c in range(4)] == [
        "10", "clerk1", MOTHER_NAME, "referral"]
    panel.manager.setText("super")
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=WAIT)
    panel.manager.clear()
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)

    panel.table.selectRow(0)
    panel.new_manager.setText("super")
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "reassign")
    assert panel.message.text() == "A clerk may not reassign a case"

    boss_panel = CasesPanel(station, boss, clock)
    qtbot.addWidget(boss_panel)
    boss_panel.show()
    qtbot.waitUntil(lambda: boss_panel.table.rowCount() == 1, timeout=WAIT)
    boss_panel.table.selectRow(0)
    qtbot.mouseClick(boss_panel.done_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, boss_panel, "Follow-up recorded.")
    qtbot.waitUntil(lambda: boss_panel.table.rowCount() == 0, timeout=WAIT)
    assert cases.overdue_follow_ups(station, today=FIXED_NOW.date()) == []
    with pytest.raises(Exception, match="finished"):
        cases.update_item(station, late, status="in_progress", operator=boss, now=FIXED_NOW)


def test_members_situation_feeds_the_rules(qtbot: Any, station: Any, clerk: OperatorInfo,
                                           household: str) -> None:
    households.assess_household(station, household, POOR_ANSWERS, operator=clerk,
                                now=FIXED_NOW)
    panel = ProgrammesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_household(household)
    qtbot.waitUntil(lambda: panel.members.rowCount() == 3, timeout=WAIT)
    assert [cell(panel.members, r, 1).text() for r in range(3)] == ["67", "36", "8"]
    # which household this is, in words (the id alone says nothing to the clerk)
    assert panel.summary.text() == (f"Head: p-grandfather · 3 members · assessed "
                                    f"{FIXED_NOW:%d/%m/%Y}: poor (score 38)")
    assert panel.members.situation(1) == (False, "unemployed")  # recorded earlier
    assert panel.members.situation(2) == (None, None)  # not recorded yet

    def proposed() -> set[tuple[str, str]]:
        return {tuple(panel.proposals.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(panel.proposals.count())}  # type: ignore[misc]

    assert ("p-girl", "DISABILITY_ALLOWANCE") not in proposed()
    panel.members.set_situation("p-girl", True, "child")
    assert panel.members.changed_situations() == [("p-girl", True, "child")]
    qtbot.mouseClick(panel.save_members_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("p-girl", "DISABILITY_ALLOWANCE") in proposed(), timeout=WAIT)
    assert panel.members.changed_situations() == []
    girl = next(panel.proposals.item(i).text() for i in range(panel.proposals.count())
                if tuple(panel.proposals.item(i).data(Qt.ItemDataRole.UserRole))
                == ("p-girl", "DISABILITY_ALLOWANCE"))
    assert girl.startswith("p-girl: ") and "eligible because" in girl


def test_payment_at_the_counter(qtbot: Any, station: Any, clerk: OperatorInfo,
                                household: str) -> None:
    households.record_situation(station, "p-mother", disability=False, employment="informal",
                                operator=clerk, now=FIXED_NOW)
    near_poor = dict(POOR_ANSWERS, roof="concrete", water="piped")
    households.assess_household(station, household, near_poor, operator=clerk, now=FIXED_NOW)
    package = memberships.propose(station, household, today=FIXED_NOW.date())
    done = memberships.confirm(station, package, accepted=[("p-mother", "HEALTH_VOLUNTARY")],
                               operator=clerk, now=FIXED_NOW)
    membership = done.memberships[("p-mother", "HEALTH_VOLUNTARY")]

    panel = PaymentsPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_membership(membership)
    qtbot.waitUntil(lambda: panel.statement.text() != "", timeout=WAIT)
    assert panel.statement.text().startswith("Status active: arrears 1,500 XSP, 0 periods overdue")

    qtbot.mouseClick(panel.pay_button, Qt.MouseButton.LeftButton)  # amount still 0
    wait_message(qtbot, panel, "positive")
    panel.amount.setValue(1500)
    qtbot.mouseClick(panel.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.receipt.text() != "", timeout=WAIT)
    assert panel.receipt.text().endswith("-00001: 1,500 XSP received.")
    assert "arrears 0" in panel.statement.text()

    panel.set_membership("no-such-membership")
    # (the field takes a receipt number or a card serial too: the sentence names them)
    wait_message(qtbot, panel, "No membership with id, receipt number or card serial "
                               "'no-such-membership'")


def _contributing_member(station: Any, clerk: OperatorInfo, household: str) -> str:
    households.record_situation(station, "p-mother", disability=False, employment="informal",
                                operator=clerk, now=FIXED_NOW)
    near_poor = dict(POOR_ANSWERS, roof="concrete", water="piped")
    households.assess_household(station, household, near_poor, operator=clerk, now=FIXED_NOW)
    package = memberships.propose(station, household, today=FIXED_NOW.date())
    done = memberships.confirm(station, package, accepted=[("p-mother", "HEALTH_VOLUNTARY")],
                               operator=clerk, now=FIXED_NOW)
    return str(done.memberships[("p-mother", "HEALTH_VOLUNTARY")])


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_payments_panel_speaks_the_desks_language(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str, language: str) -> None:
    """The statement ("Status active: arrears 1500, 0 period(s) overdue of 1 due, nothing
    paid yet") was English at a Khmer, Urdu or Indonesian desk, with an ISO date."""
    import re

    from station.i18n import apply_language

    membership = _contributing_member(station, clerk, household)
    apply_language(language)
    panel = PaymentsPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_membership(membership)
    qtbot.waitUntil(lambda: panel.statement.text() != "", timeout=WAIT)
    english = {"status", "active", "arrears", "period", "periods", "overdue", "due", "paid",
               "until", "nothing", "yet", "credit", "received", "receipt"}

    if language == "id":
        english.discard("status")  # the same word in Indonesian

    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z]+", text.lower()))

    assert not words(panel.statement.text()) & english, panel.statement.text()
    panel.amount.setValue(1500)
    qtbot.mouseClick(panel.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.receipt.text() != "", timeout=WAIT)
    receipt = panel.receipt.text().replace("XSP", "")
    assert not words(receipt) & english, receipt
    assert not words(panel.statement.text()) & english, panel.statement.text()
    assert "2026-" not in panel.statement.text()  # paid until: the desk's date form
    for label in (panel.show_button.text(), panel.pay_button.text(),
                  panel.membership.placeholderText(), panel.amount_label.text()):
        assert not words(label.replace("&", "")) & {"show", "statement", "record", "payment",
                                                     "membership", "amount", "minor"}, label


def test_case_plan_at_the_counter(qtbot: Any, station: Any, clerk: OperatorInfo,
                                  household: str) -> None:
    panel = CasePlanPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_person("p-mother")
    wait_message(qtbot, panel, "No case yet")
    assert not panel.add_button.isEnabled()

    assert panel.manager.text() == "clerk1"
    panel.summary.setText("looking for work")
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.case is not None, timeout=WAIT)
    assert "case manager clerk1: looking for work" in panel.case_label.text()
    qtbot.waitUntil(panel.add_button.isEnabled, timeout=WAIT)

    panel.kind.setCurrentText("referral")
    panel.description.setText("register at the job centre")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "must name the service")  # a referral goes somewhere
    panel.service.setCurrentIndex(panel.service.findData("employment"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.plan.rowCount() == 1, timeout=WAIT)
    assert [cell(panel.plan, 0, c).text() for c in range(5)] == [
        "referral", "employment", "planned", "22/12/2026", "06/12/2026"]

    panel.plan.selectRow(0)
    panel.item_status.setCurrentText("done")
    qtbot.mouseClick(panel.update_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(panel.plan, 0, 2).text() == "done", timeout=WAIT)
    qtbot.mouseClick(panel.update_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "it is finished")

    again = CasePlanPanel(station, clerk, clock)  # a later visit finds the same case
    qtbot.addWidget(again)
    again.set_person("p-mother")
    qtbot.waitUntil(lambda: again.plan.rowCount() == 1, timeout=WAIT)


def test_a_case_plan_writes_dates_as_the_desk_writes_them(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    """The plan's due and follow-up dates (cells and fields) were ISO (2026-12-22) beside
    birth dates in the desk's own form (22/12/2026 at a Khmer desk)."""
    from station.i18n import apply_language

    case_id = cases.open_case(station, "p-mother", manager="clerk1", summary="work",
                              operator=clerk, now=FIXED_NOW)
    cases.add_item(station, case_id, kind="action", description="visit", service=None,
                   due_date=dt.date(2026, 12, 22), follow_up_date=dt.date(2026, 12, 6),
                   operator=clerk, now=FIXED_NOW)
    apply_language("km")
    panel = CasePlanPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.set_person("p-mother")
    qtbot.waitUntil(lambda: panel.plan.rowCount() == 1, timeout=WAIT)
    assert [cell(panel.plan, 0, c).text() for c in (3, 4)] == ["22/12/2026", "6/12/2026"]
    for field in (panel.due, panel.follow_up):
        assert "-" not in field.text() and "/2026" in field.text(), field.text()


def test_grievance_deadlines_are_written_as_the_desk_writes_dates(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    """The deadline column and the step's message wrote 2026-12-07 at every desk, beside
    birth dates in the desk's own form (7/12/2026 at a Khmer desk)."""
    from station.i18n import apply_language

    apply_language("km")
    gid = grievances.intake(station, category="payment", description="benefit paid late",
                            person_id="p-mother", operator=clerk, now=FIXED_NOW)
    panel = GrievancesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert cell(panel.table, 0, 3).text() == "7/12/2026"  # payment: 15 days
    panel.table.setCurrentCell(0, 0)
    qtbot.mouseClick(panel.step_buttons["refer"], Qt.MouseButton.LeftButton)
    reference = grievances.listing(station, grievance_id=gid)[0]["reference"]
    qtbot.waitUntil(lambda: reference in panel.message.text(), timeout=WAIT)
    assert "2026-" not in panel.message.text() and "/2026" in panel.message.text()


def test_a_grievance_stepped_out_of_the_list_leaves_no_other_one_selected(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str) -> None:
    """Resolved, a grievance leaves the open-only list; the one that moved into its row was
    selected in its place, so the clerk's next Close or Withdraw acted on a grievance they
    had not chosen. Gone, nothing is selected; still listed, it stays selected."""
    first = grievances.intake(station, category="card", description="card broken",
                              person_id="p-girl", operator=clerk,
                              now=FIXED_NOW - dt.timedelta(days=40))
    second = grievances.intake(station, category="payment", description="paid late",
                               person_id="p-mother", operator=clerk, now=FIXED_NOW)
    panel = GrievancesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=WAIT)
    assert [g["id"] for g in panel.rows] == [first, second]  # nearest deadline first
    panel.table.setCurrentCell(1, 0)
    qtbot.mouseClick(panel.step_buttons["refer"], Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "is now")
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=WAIT)
    assert panel.selected() is not None and panel.selected()["id"] == second

    panel.table.setCurrentCell(0, 0)
    panel.note.setText("new card issued")
    qtbot.mouseClick(panel.step_buttons["resolve"], Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "is now")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert panel.rows[0]["id"] == second
    assert panel.selected() is None


def test_grievance_categories_are_not_cut_short(qtbot: Any, station: Any, clerk: OperatorInfo,
                                               household: str) -> None:
    """The category column kept Qt's default 100 px: "Benefit not ..." beside a description
    column wide enough for a page. Columns are as wide as their text, the description takes
    the rest."""
    grievances.intake(station, category="payment", description="paid late",
                      person_id="p-mother", operator=clerk, now=FIXED_NOW)
    panel = GrievancesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert cell(panel.table, 0, 2).text() == "Benefit not paid, late or wrong amount"
    for column in range(panel.table.columnCount() - 1):
        assert panel.table.columnWidth(column) >= panel.table.sizeHintForColumn(column), column


def test_a_follow_up_done_leaves_no_other_one_selected(qtbot: Any, station: Any,
                                                       clerk: OperatorInfo,
                                                       household: str) -> None:
    """Marked done, a follow-up leaves the overdue list; the next one moved into its row,
    selected, and a second Done (a double press) closed another person's follow-up."""
    case_id = cases.open_case(station, "p-mother", manager="clerk1", summary="work",
                              operator=clerk, now=FIXED_NOW)
    for day, text in ((10, "register at the job centre"), (12, "bring the birth certificate")):
        cases.add_item(station, case_id, kind="referral", service="employment",
                       description=text, operator=clerk,
                       now=FIXED_NOW - dt.timedelta(days=20),  # planned before the 10th
                       follow_up_date=dt.date(2026, 11, day))
    panel = CasesPanel(station, clerk, clock)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=WAIT)
    # the next follow-up date as the window writes dates (it showed 2026-12-06)
    assert panel.next_date.text() == "06/12/2026"
    chosen = panel.rows[0].item_id
    panel.table.setCurrentCell(0, 0)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, panel, "Follow-up recorded.")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 and not panel.runner.busy,
                    timeout=WAIT)
    assert panel.rows[0].item_id != chosen
    assert panel.selected() is None
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)  # the double press
    assert panel.message.text() == "Select a follow-up in the list first."
    assert len(cases.overdue_follow_ups(station, today=FIXED_NOW.date())) == 1
