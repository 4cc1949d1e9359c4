"""Which widget shows each mode; a mode whose service has not landed shows a placeholder."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from station.model.ui_context import StationContext
from station.model.ui_session import Mode, OperatorSession
from station.views.placeholder import Placeholder


class ModeTabs(QTabWidget):
    """A mode's main page plus the service panels that belong to it, as inner tabs."""

    def __init__(self, main_page: QWidget, title: str) -> None:
        super().__init__()
        self.main_page = main_page
        self.addTab(main_page, title)
        self.setFocusProxy(main_page)
        self.currentChanged.connect(self._on_current)

    def _on_current(self, _index: int) -> None:
        """The keyboard goes to the main page only while it is shown: on another tab, Tab
        went from the tab bar into its hidden search field (what was typed next went out
        of sight); there it goes to the tab bar, as a plain tab widget's."""
        self.setFocusProxy(self.main_page if self.currentWidget() is self.main_page
                           else self.tabBar())


def _panels(ctx: StationContext, session: OperatorSession,
            names: tuple[str, ...]) -> list[tuple[str, QWidget]]:
    """The station.services panels named (programmes, payments, case plan, grievances,
    cases) when they are installed: each a (tab title, panel) pair."""
    services = ctx.service("station")
    if services is None or importlib.util.find_spec("station.views.services") is None:
        return []
    from station.views import services as panels

    # (QCoreApplication.translate written out: lupdate reads only that name)
    kinds: dict[str, tuple[str, Callable[..., QWidget]]] = {
        "programmes": (QCoreApplication.translate("Modes", "Ho&usehold programmes"),
                       panels.ProgrammesPanel),
        "grievances": (QCoreApplication.translate("Modes", "&Grievances"),
                       panels.GrievancesPanel),
        "cases": (QCoreApplication.translate("Modes", "Case &follow-ups"), panels.CasesPanel),
        # what a death or a move left to mend (the household dialog, as on the search step)
        "household_review": (QCoreApplication.translate("Modes", "Households to re&view"),
                             lambda *given: panels.HouseholdReviewPanel(*given,
                                                                        services=services)),
        # the cards in use that no longer say what the registry says (a hospital reads the
        # card alone): the holder is called in for a new one. No Alt letter: every letter of
        # its words is taken on the Supervisor's tabs (Ctrl+Tab goes from tab to tab)
        "card_review": (QCoreApplication.translate("Modes", "Cards to replace"),
                        lambda *given: panels.CardReviewPanel(*given, services=services)),
        # no Alt letter: every letter is taken on the Programmes tab beside them (Ctrl+Tab
        # and Ctrl+PgDown go from tab to tab)
        # with the desk's card reader, if any: Read the card finds the payer's membership
        "payments": (QCoreApplication.translate("Modes", "Payments"),
                     lambda *given: panels.PaymentsPanel(*given, cards=ctx.service("cards"))),
        # Read the card there too: the person's case from the card they bring
        "case_plan": (QCoreApplication.translate("Modes", "Case plan"),
                      lambda *given: panels.CasePlanPanel(*given, cards=ctx.service("cards"))),
    }
    return [(title, kind(services.station, session.operator, ctx.clock))
            for title, kind in map(kinds.__getitem__, names)]


def _with_panels(page: QWidget, title: str, panels: list[tuple[str, QWidget]]) -> QWidget:
    if not panels:
        return page
    tabs = ModeTabs(page, title)
    for name, panel in panels:
        tabs.addTab(panel, name)
    return tabs


def _clerk(ctx: StationContext, session: OperatorSession) -> QWidget:
    from station.views.clerk.page import ClerkPage

    if ctx.service("station") is None:
        return Placeholder("Clerk", "the registry (run 'sws init')")
    page = ClerkPage(ctx, session)
    widget = _with_panels(page, QCoreApplication.translate("Modes", "&Enrolment"),
                          _panels(ctx, session, ("programmes", "payments", "case_plan",
                                                 "grievances")))
    if isinstance(widget, ModeTabs):
        widget.currentChanged.connect(lambda _i: _open_on_enrolled_household(widget, page))
        page.search.open_person.connect(
            lambda person, household: _open_person(widget, page, person, household))
        programmes, payments = _panel(widget, "set_household"), _panel(widget, "set_membership")
        if programmes is not None and payments is not None:
            programmes.payments_requested.connect(  # type: ignore[attr-defined]
                lambda membership: _open_payments(widget, payments, membership))
            programmes.memberships_shown.connect(  # type: ignore[attr-defined]
                payments.set_choices)  # type: ignore[attr-defined]
        case_plan = _panel(widget, "set_person")
        if programmes is not None and case_plan is not None:
            programmes.members_shown.connect(  # type: ignore[attr-defined]
                case_plan.set_choices)  # type: ignore[attr-defined]
    return widget


def _panel(tabs: QTabWidget, method: str) -> QWidget | None:
    """The tab whose panel has ``method`` (the services panels are told apart by what they
    do, as :func:`_open_person` finds the Programmes tab)."""
    return next((tabs.widget(i) for i in range(tabs.count())
                 if hasattr(tabs.widget(i), method)), None)


def _open_payments(tabs: QTabWidget, panel: QWidget, membership_id: str) -> None:
    """A membership opened in the Programmes tab: its statement in the Payments tab."""
    panel.set_membership(membership_id)  # type: ignore[attr-defined]
    tabs.setCurrentWidget(panel)  # after: the tab shown empty would show another first
    amount = getattr(panel, "amount", None)
    if isinstance(amount, QWidget):
        amount.setFocus()  # the clerk types what the member pays


def _open_person(tabs: QTabWidget, page: QWidget, person_id: str,
                 household_id: str | None) -> None:
    """A person opened from the search: their household in the Household programmes tab
    (members, assessment, programmes), with them selected, their case in the Case plan tab
    and them as the next grievance's person in the Grievances tab (nobody types an id)."""
    case_plan = _panel(tabs, "set_person")
    if case_plan is not None:
        case_plan.set_person(person_id)  # type: ignore[attr-defined]
    grievances = _panel(tabs, "take_for_person")
    if grievances is not None:
        grievances.take_for_person(person_id)  # type: ignore[attr-defined]
    panel = _panel(tabs, "set_household")
    if panel is None or not household_id:
        status = getattr(getattr(page, "search", None), "status", None)
        if status is not None:
            status.setText(QCoreApplication.translate(
                "Modes", "This person belongs to no household: there is nothing to open."))
        return
    tabs.setCurrentWidget(panel)
    panel.set_household(household_id, person_id)  # type: ignore[attr-defined]
    members = getattr(panel, "members", None)
    if isinstance(members, QWidget):
        members.setFocus()  # the person's row; the keyboard goes on from there


def _open_on_enrolled_household(tabs: QTabWidget, page: QWidget) -> None:
    """The Household programmes tab, opened with its household field empty, shows the
    household of the person the clerk has just enrolled (no id to copy by hand)."""
    panel = tabs.currentWidget()
    household_id = getattr(page, "household_id", None)
    field = getattr(panel, "household", None)
    setter = getattr(panel, "set_household", None)
    if household_id and setter is not None and field is not None and not field.text().strip():
        setter(household_id)


def _hospital(ctx: StationContext, session: OperatorSession) -> QWidget:
    from station.views.hospital import HospitalPage

    return HospitalPage(ctx, session)


def _auditor(ctx: StationContext, session: OperatorSession) -> QWidget:
    from station.views.auditor import AuditorPage

    return AuditorPage(ctx, session)


def _supervisor(ctx: StationContext, session: OperatorSession) -> QWidget:
    from station.views.supervisor import SupervisorPage

    if ctx.service("station") is None:
        return Placeholder("Supervisor", "the registry (run 'sws init')")
    from station.views.operators_page import OperatorsPage

    panels = _panels(ctx, session, ("cases", "household_review", "card_review"))
    panels.append((QCoreApplication.translate("Modes", "Opera&tors"),
                   OperatorsPage(ctx, session)))
    return _with_panels(SupervisorPage(ctx, session),
                        QCoreApplication.translate("Modes", "&Overview"), panels)


MODE_FACTORIES: dict[Mode, Callable[[StationContext, OperatorSession], QWidget]] = {
    Mode.CLERK: _clerk,
    Mode.HOSPITAL: _hospital,
    Mode.AUDITOR: _auditor,
    Mode.SUPERVISOR: _supervisor,
}
