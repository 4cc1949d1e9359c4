"""Programmes for a household: its members' situation, the vulnerability assessment, the
proposed package, confirmation.

The members table shows the facts the rules need from the clerk (disability, employment);
the assessment form comes from the questionnaire file; the package shows one tickable line per
proposal with the rules' reason ("eligible because age 67 >= 65") and, below, what was
considered but not proposed, with why. Confirm records the ticked proposals as memberships and
the others as declined (:func:`station.services.memberships.confirm`). Below, the memberships
the members hold; End ends the selected one on its last day with a reason from the list
(:func:`station.services.memberships.end_membership`), and says why one that ends was ended.
A membership that begins after today is listed with the day it begins: it cannot be ended
(its last day can be neither before it begins nor after today) but Withdraw withdraws it
(:func:`station.services.memberships.withdraw_membership`), with the reason chosen; either
says which card still claims the programme, to issue again (a hospital reads the card). One
with contributions paid towards it is refunded and withdrawn in one step (Refund and
withdraw, :func:`station.services.payments.refund_and_withdraw`), once the clerk confirmed
the amount and the person; the refund receipt's number is said. A member who died before a
membership began, with contributions paid, is listed as owed a refund (to the family), to
refund the same way. An ended membership with more paid than it was charged (paid ahead,
then moved away or died) is listed with its credit; on that line Give back the credit
gives it back (:func:`station.services.payments.refund_credit`) with the clerk's few words
on why, once the clerk confirmed the amount and the person. The
line saying what an action did stays in view below the scrolling page. The list is the shown
household's: it empties as another id is typed, and takes in what Confirm recorded. Shown
again (back from another tab), the panel reads its household again: a death or an end
recorded elsewhere meanwhile is there, what the clerk unticked stays unticked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.i18n import current_language
from station.services import households, memberships, payments
from station.services.catalogue import programme_names
from station.services.questionnaire import Questionnaire, load_questionnaire
from station.views.date_field import date_field
from station.views.dialog_parts import buddy_label
from station.views.formats import isolated, short_date, with_money
from station.views.reasons import say
from station.views.receipt import RefundKind, RefundVoucher
from station.views.services.assessment_form import AssessmentForm
from station.views.services.members_table import HouseholdSummary, MembersTable, load_household
from station.views.services.panel import Clock, ServicePanel
from station.views.services.refund_voucher import RefundVoucherDialog
from station.views.tables import select_row
from station.views.value_words import end_reason_words, poverty_words

# The item data role holding a membership's first day (ISO) in the list of those held.
_BEGINS = Qt.ItemDataRole.UserRole + 1
# The item data role marking a deceased member's membership owed a refund (True).
_OWED = Qt.ItemDataRole.UserRole + 2
# The item data role marking an ended membership's credit that can be given back (True).
_CREDIT = Qt.ItemDataRole.UserRole + 3
# The item data role holding a membership's programme code (the lines of those held).
_CODE = Qt.ItemDataRole.UserRole + 4

# What the panel reads of a household: who, the package, the memberships held, the refunds
# owed to deceased members' families, the credits of ended memberships.
Loaded = tuple[HouseholdSummary, Any, list[Any], list[Any], list[Any]]


class FitScrollArea(QScrollArea):
    """Scrolls its widget only when the tab is smaller than the widget's minimum; otherwise
    the widget fills the tab exactly, as if there were no scroll area. (A resizable
    QScrollArea would grow the page to its preferred height, and the package and its
    Confirm button would drop below the fold even on a large screen.)"""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidgetResizable(False)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)  # its minimum may change with what it shows
        # each field tells when the keyboard reaches it (an Alt letter put the focus on a
        # question or the last day below the fold, out of sight; Tab scrolls by itself).
        # Not the application's focusChanged: connected once per panel, it hands Python the
        # widget losing focus also while Qt is destroying it (a closed window's), a hazard
        # we keep out (a full GUI run crashed with a corrupted heap after it came in)
        for field in widget.findChildren(QWidget):
            if field.focusPolicy() != Qt.FocusPolicy.NoFocus:
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.widget():
            if kind == QEvent.Type.LayoutRequest:
                self.fit()
        elif kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.ensureWidgetVisible(watched)
        return super().eventFilter(watched, event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the tab, or a scroll bar coming or going
            self.fit()
        return super().viewportEvent(event)

    def fit(self) -> None:
        body, view = self.widget(), self.viewport().size()
        if body is not None:
            least = body.minimumSizeHint()
            body.resize(max(view.width(), least.width()), max(view.height(), least.height()))


class ProgrammesPanel(ServicePanel):
    """Assessment form, proposed package with reasons and checkboxes, confirm."""

    # a membership held was opened (double-click or Enter on its line): its payments.
    payments_requested = Signal(str)
    # The memberships held by the household now shown, as (membership id, holder's name,
    # programme code): the Payments tab lists the contributory ones ([]: none shown).
    memberships_shown = Signal(list)
    # The members of the household now shown, as (person id, name): the Case plan tab
    # lists them ([]: none shown).
    members_shown = Signal(list)

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 questionnaire: Questionnaire | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, operator, clock, parent)
        self.package: Any = None
        self._selected_person: str | None = None  # a member to select once shown
        self._shown: str | None = None  # the household whose lists are on the screen
        self.voucher_dialog: RefundVoucherDialog | None = None  # the last refund's paper
        # everything scrolls inside the panel: on a 700 px screen it is taller than the tab
        body = QWidget()
        page = FitScrollArea()
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(page, 1)
        outer = QVBoxLayout(body)

        row = QHBoxLayout()
        self.household = QLineEdit()
        self.household.setObjectName("householdId")
        self.household.setPlaceholderText(self.tr("Household id"))
        self.propose_button = QPushButton(self.tr("Pr&opose programmes"))
        self.propose_button.setObjectName("propose")
        row.addWidget(buddy_label(self.tr("&Household:"), self.household))
        row.addWidget(self.household, 1)
        row.addWidget(self.propose_button)
        outer.addLayout(row)
        # which household this is, in words: an id alone tells the clerk nothing
        self.summary = QLabel()
        self.summary.setObjectName("householdSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        members = QGroupBox(self.tr("Members (the rules need disability and employment)"))
        mlay = QVBoxLayout(members)
        self.members = MembersTable()
        self.members.setObjectName("members")
        self.save_members_button = QPushButton(self.tr("&Save the members' situation"))
        self.save_members_button.setObjectName("saveMembers")
        mlay.addWidget(self.members, 1)
        mlay.addWidget(self.save_members_button)
        outer.addWidget(members, 1)

        assess = QGroupBox(self.tr("Vulnerability assessment"))
        alay = QVBoxLayout(assess)
        self.form = AssessmentForm(questionnaire or load_questionnaire())
        # every question at its full height: the tab scrolls (in its own scroll area the
        # questionnaire was squeezed to two rows, and the clerk read twelve through a slot)
        alay.addWidget(self.form)
        self.assess_button = QPushButton(self.tr("&Record the assessment"))
        self.assess_button.setObjectName("assess")
        self.assessment = QLabel()
        self.assessment.setObjectName("assessmentResult")
        self.assessment.setWordWrap(True)
        # the score beside the button that gave it (a line of its own was empty until then)
        recorded = QHBoxLayout()
        recorded.addWidget(self.assess_button, 1)
        recorded.addWidget(self.assessment, 1)
        alay.addLayout(recorded)
        outer.addWidget(assess)  # at its full height: the lists take the room left

        package = QGroupBox(self.tr("Proposed package (tick what is taken)"))
        play = QVBoxLayout(package)
        self.proposals = QListWidget()
        self.proposals.setObjectName("proposals")
        self.proposals.setMinimumHeight(100)
        self.not_proposed = QListWidget()
        self.not_proposed.setObjectName("notProposed")
        self.not_proposed.setMaximumHeight(120)
        self.not_proposed.setStyleSheet("color: #777;")
        # a long reason wraps, as in the enrolment's list: a Khmer one ran past the edge
        # at 1024 px, under a sideways scroll bar
        for listing in (self.proposals, self.not_proposed):
            listing.setWordWrap(True)
            listing.setResizeMode(QListView.ResizeMode.Adjust)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.confirm_button = QPushButton(self.tr("&Confirm the ticked programmes"))
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setEnabled(False)
        play.addWidget(self.proposals, 1)
        play.addWidget(QLabel(self.tr("Considered, not proposed:")))
        play.addWidget(self.not_proposed)
        play.addWidget(self.confirm_button)
        outer.addWidget(package, 1)
        outer.addWidget(self._end_group())
        page.setWidget(body)
        # the line that says what an action did stays under the scrolling page, always in
        # view: at the page's foot it was below the fold (even at 1280x820) and the clerk
        # never saw the result of Propose, Confirm or End
        self.message.setObjectName("programmesMessage")
        self.message.setContentsMargins(9, 3, 9, 6)
        frame.addWidget(self.message)

        self.assess_button.clicked.connect(self._on_assess)
        self.propose_button.clicked.connect(self._on_propose)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.save_members_button.clicked.connect(self._on_save_members)
        self.household.returnPressed.connect(self._on_propose)
        self.household.textEdited.connect(self._forget_shown)
        self.end_button.clicked.connect(self._on_end)
        self.withdraw_button.clicked.connect(self._on_withdraw)
        self.refund_button.clicked.connect(self._on_refund)
        self.credit_button.clicked.connect(self._on_refund_credit)
        self.held.currentItemChanged.connect(self._on_held_chosen)
        self.held.itemActivated.connect(self._on_held_opened)

    def _end_group(self) -> QGroupBox:
        """The memberships the members hold, and End with the reason and the last day."""
        group = QGroupBox(self.tr("Memberships held"))
        lay = QVBoxLayout(group)
        self.held = QListWidget()
        self.held.setObjectName("heldMemberships")
        self.held.setToolTip(self.tr("Double-click a membership, or press Enter on it, to see "
                                     "its statement and record a payment (Payments tab)."))
        self.held.setMaximumHeight(110)
        self.end_reason = QComboBox()
        self.end_reason.setObjectName("endReason")
        for code, words in self._reason_words().items():
            self.end_reason.addItem(words, code)
        self.end_date = date_field("endDate")  # day first at an Urdu desk, as the tab writes
        self.end_button = QPushButton(self.tr("En&d membership"))
        self.end_button.setObjectName("endMembership")
        # a membership not begun yet never runs: it is withdrawn, not ended
        self.withdraw_button = QPushButton(self.tr("&Withdraw (not begun)"))
        self.withdraw_button.setObjectName("withdrawMembership")
        # one with contributions paid: the money goes back and it is withdrawn, one step
        self.refund_button = QPushButton(self.tr("Re&fund and withdraw"))
        self.refund_button.setObjectName("refundMembership")
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("Reaso&n:"), self.end_reason))
        row.addWidget(self.end_reason, 1)
        row.addWidget(buddy_label(self.tr("&Last day:"), self.end_date))
        row.addWidget(self.end_date)
        row.addWidget(self.end_button)
        row.addWidget(self.withdraw_button)
        lay.addWidget(self.held)
        lay.addLayout(row)
        # an ended membership's unused credit: shown only on a credit's line (the words on
        # why, or who came for it, are kept on the refund)
        self.credit_reason = QLineEdit()
        self.credit_reason.setObjectName("creditReason")
        self.credit_reason.setPlaceholderText(self.tr("why, or who came for it"))
        self.credit_button = QPushButton(self.tr("Give &back the credit"))
        self.credit_button.setObjectName("refundCredit")
        for widget in (self.credit_reason, self.credit_button):
            widget.setVisible(False)
        refund_row = QHBoxLayout()
        refund_row.addWidget(self.credit_reason, 1)
        refund_row.addWidget(self.credit_button)
        refund_row.addStretch(0)
        refund_row.addWidget(self.refund_button)
        lay.addLayout(refund_row)
        return group

    def _on_held_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        """Give back the credit (and its words) only on a credit's line."""
        credit = item is not None and bool(item.data(_CREDIT))
        self.credit_reason.setVisible(credit)
        self.credit_button.setVisible(credit)

    def _on_held_opened(self, item: QListWidgetItem) -> None:
        """Double-click or Enter on a membership's line: its statement and payments; one
        of a programme that collects nothing is said here (the Payments tab opened on a
        red refusal)."""
        from station.views.services.payments_panel import contributory_programmes

        membership_id, code = item.data(Qt.ItemDataRole.UserRole), item.data(_CODE)
        paid = contributory_programmes()
        if code and paid and code not in paid:
            self.show_info(self.tr("%1 collects no contributions: there is nothing to pay.")
                           .replace("%1", programme_names(current_language()).get(code, code)))
            return
        if membership_id:
            self.payments_requested.emit(str(membership_id))

    def _reason_words(self) -> dict[str, str]:
        """:data:`station.services.memberships.END_REASONS` in the clerk's words."""
        words = end_reason_words()
        return {code: words.get(code, code) for code in memberships.END_REASONS}

    def action_buttons(self) -> list[QWidget]:
        return [self.assess_button, self.propose_button, self.confirm_button,
                self.save_members_button, self.end_button, self.withdraw_button,
                self.refund_button, self.credit_button]

    def _on_busy(self, busy: bool) -> None:
        super()._on_busy(busy)
        has_package = self.package is not None and bool(self.package.proposals)
        self.confirm_button.setEnabled(not busy and has_package)

    def set_household(self, household_id: str, person_id: str | None = None) -> None:
        """Show this household (e.g. the one just enrolled) and propose its package; the
        member ``person_id`` (opened from the search) is selected once it is shown."""
        self.household.setText(household_id)
        self._selected_person = person_id
        self._on_propose()

    def _household_id(self) -> str | None:
        text = self.household.text().strip()
        if not text:
            self.show_error(self.tr("Enter the household id first."))
            return None
        return text

    def _on_assess(self) -> None:
        household_id = self._household_id()
        if household_id is None:
            return
        answers = self.form.answers()
        station, operator, now = self.station, self.operator, self.clock()
        self.call(lambda: households.assess_household(station, household_id, answers,
                                                      operator=operator, now=now),
                  lambda result: self._on_assessed(household_id, result))

    def _on_assessed(self, household_id: str, result: Any) -> None:
        _assessment_id, scored = result
        self.changed.emit()
        if self.household.text().strip() != household_id:
            # another id was typed meanwhile: its score is not that household's
            self.show_info(self.tr("The assessment of household %1 was recorded.")
                           .replace("%1", household_id))
            return
        self._on_propose()  # the package its score now gives (what was shown goes first)
        self.assessment.setText(self.tr("Score {0:g}: {1} (questionnaire {2})").format(
            scored.score, self._level(scored.poverty_level),
            isolated(scored.questionnaire_version)))

    def _forget_shown(self) -> None:
        """Another household is asked for: nothing of the previous one stays to act on."""
        self._shown = None
        self.summary.clear()
        self.assessment.clear()  # a score beside another household's id reads as its own
        self.members.show_members([], self.today())  # Save would write to them
        self.held.clear()
        self.memberships_shown.emit([])
        self.members_shown.emit([])
        self.proposals.clear()
        self.not_proposed.clear()
        self.package = None
        self.confirm_button.setEnabled(False)

    def _on_propose(self) -> None:
        household_id = self._household_id()
        if household_id is None:
            return
        self._forget_shown()  # a household that cannot be read shows nothing of another
        self.call(self._loader(household_id), self._still_shown(household_id,
                                                                self._show_package))

    def _still_shown(self, household_id: str, show: Any) -> Any:
        """``show``, dropped when the clerk asked for another household meanwhile."""
        return lambda loaded: (show(loaded) if self.household.text().strip() == household_id
                               else None)

    def _loader(self, household_id: str) -> Any:
        """What the panel shows of a household, read off the GUI thread."""
        station, today = self.station, self.today()
        return lambda: (load_household(station, household_id),
                        memberships.propose(station, household_id, today=today),
                        memberships.held(station, household_id, today=today),
                        memberships.refunds_owed(station, household_id),
                        payments.credits_owed(station, household_id, today=today))

    def _on_save_members(self) -> None:
        household_id = self._household_id()
        changed = self.members.changed_situations()
        if household_id is None or not changed:
            self.show_info(self.tr("Nothing changed."))
            return
        station, operator, now = self.station, self.operator, self.clock()

        def save() -> int:
            for person_id, disability, employment in changed:
                households.record_situation(station, person_id, disability=disability,
                                            employment=employment, operator=operator, now=now)
            return len(changed)

        self.call(save, self._on_members_saved)

    def _on_members_saved(self, count: int) -> None:
        self.changed.emit()
        self._on_propose()

    def showEvent(self, event: QShowEvent) -> None:
        """Back on the tab: its household is read again, for what changed elsewhere while
        it was hidden (a death recorded, a membership ended from the command line); what
        the clerk unticked stays unticked and the line keeps what it said."""
        super().showEvent(event)
        household_id = self._shown
        if household_id is None or self.runner.busy:
            return
        unticked = {tuple(item.data(Qt.ItemDataRole.UserRole))
                    for item in map(self.proposals.item, range(self.proposals.count()))
                    if item.checkState() != Qt.CheckState.Checked}
        said, style = self.message.text(), self.message.styleSheet()

        def reread(loaded: Loaded) -> None:
            self._show_package(loaded)
            for item in map(self.proposals.item, range(self.proposals.count())):
                if tuple(item.data(Qt.ItemDataRole.UserRole)) in unticked:
                    item.setCheckState(Qt.CheckState.Unchecked)
            self.message.setStyleSheet(style)
            self.message.setText(said)

        self.call(self._loader(household_id), self._still_shown(household_id, reread),
                  quiet=True)

    def _show_package(self, loaded: Loaded) -> None:
        household, package, held, owed, credits = loaded
        self._shown = self.household.text().strip()  # only ever called while it is shown
        self.members.show_members(household.members, self.today())
        self.members_shown.emit([(m.person_id, m.name) for m in household.members])
        rows = [i for i, m in enumerate(household.members)
                if m.person_id == self._selected_person]
        if rows:
            select_row(self.members, rows[0])
        self._show_summary(household)
        self.package = package
        name = self.members.name_of
        self.proposals.clear()
        self.not_proposed.clear()
        titles = programme_names(current_language())
        for p in package.proposals:
            until = self.tr(" until {0}").format(short_date(p.end_date)) if p.end_date else ""
            title = titles.get(p.programme_code, p.programme_name)
            item = QListWidgetItem(f"{name(p.person_id)}: {title}{until}\n    {say(p)}")
            # the catalogue's code (the centre's and the command line's name) on hover only
            item.setToolTip(f"{item.text()}\n{p.programme_code}")
            item.setData(Qt.ItemDataRole.UserRole, (p.person_id, p.programme_code))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.proposals.addItem(item)
        for c in package.considered:
            if not c.proposed:
                title = titles.get(c.programme_code, c.programme_code)
                self.not_proposed.addItem(f"{name(c.person_id)}: {title}: {say(c)}")
        self.confirm_button.setEnabled(bool(package.proposals))
        self._show_held(held, titles, owed, credits)
        self.show_info(self.tr("%n proposal(s) under rules %1.", "", len(package.proposals))
                       # as written at an Urdu desk ("2026.11-1", not "1-2026.11")
                       .replace("%1", isolated(package.rules_version)) if package.proposals else
            self.tr("Nothing is proposed: assess the household and record its members' "
                    "situation."))

    def _show_held(self, held: list[Any], titles: dict[str, str],
                   owed: list[Any] | None = None, credits: list[Any] | None = None) -> None:
        """One line per membership held: who, which programme, from when (until when); then
        one per refund owed to a deceased member's family, and one per ended membership's
        credit that can be given back (with its currency)."""
        self.held.clear()
        today = self.today()
        # and a death's own reason (station.model.deaths), which a death undone leaves
        reasons = end_reason_words()
        for h in held:
            until = self.tr(" until {0}").format(short_date(h.end_date)) if h.end_date else ""
            if h.end_date and h.end_reason:
                # why it was ended, as the clerk chose it (a death's own words otherwise)
                until += self.tr(" (ended: %1)").replace(
                    "%1", reasons.get(h.end_reason, h.end_reason.replace("_", " ")))
            title = titles.get(h.programme_code, h.programme_code)
            name, begins = self.members.name_of(h.person_id), short_date(h.start_date)
            item = QListWidgetItem(self.tr("%1: %2 from %3").replace("%1", name).replace(
                                   "%2", title).replace("%3", begins) + until)
            item.setData(Qt.ItemDataRole.UserRole, h.membership_id)
            item.setData(_BEGINS, h.start_date.isoformat())
            item.setData(_CODE, h.programme_code)
            if h.start_date > today:
                # not begun: no last day is both on or after its start and on or before
                # today, so it is withdrawn rather than ended
                item.setText(self.tr("%1: %2 begins on %3").replace("%1", name).replace(
                             "%2", title).replace("%3", begins) + until)
                item.setToolTip(self.tr("Not begun yet: Withdraw withdraws it (it never "
                                        "runs); it can be ended from %1, the day it begins.")
                                .replace("%1", begins))
            if h.twice:
                # members joined with theirs: the household has it twice, this one goes
                item.setText(item.text() + self.tr(" (this household has it twice, one member "
                                                   "a household: end this one)"))
            self.held.addItem(item)
        for o in owed or ():
            title = titles.get(o.programme_code, o.programme_code)
            item = QListWidgetItem(
                self.tr("%1 (deceased): %2 was to begin on %3; %4 paid is owed to the "
                        "family (Refund and withdraw)")
                .replace("%1", self.members.name_of(o.person_id)).replace("%2", title)
                .replace("%3", short_date(o.start_date))
                .replace("%4", self.locale().toString(int(o.paid_minor))))
            item.setData(Qt.ItemDataRole.UserRole, o.membership_id)
            item.setData(_BEGINS, o.start_date.isoformat())
            item.setData(_OWED, True)
            self.held.addItem(item)
        for c in credits or ():
            self.held.addItem(self._credit_item(c, titles))
        self._on_held_chosen(self.held.currentItem())
        self.memberships_shown.emit([(h.membership_id, self.members.name_of(h.person_id),
                                      h.programme_code) for h in held])
        self.end_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.end_date.setDate(QDate(today.year, today.month, today.day))

    def _credit_item(self, c: Any, titles: dict[str, str]) -> QListWidgetItem:
        """The line of an ended membership's credit: who (the family's, for a member who
        died), which programme, when it ended (or that it never ran), how much."""
        name = self.members.name_of(c.person_id)
        if c.deceased:
            name = self.tr("%1 (deceased)").replace("%1", name)
        text = (self.tr("%1: %2 never ran; %3 %4 paid towards it can be given back (Give "
                        "back the credit)") if c.never_ran else
                self.tr("%1: %2 ended on %5; a credit of %3 %4 can be given back (Give back "
                        "the credit)"))
        item = QListWidgetItem(text.replace("%1", name)
                               .replace("%2", titles.get(c.programme_code, c.programme_code))
                               .replace("%3", self.locale().toString(int(c.amount_minor)))
                               .replace("%4", str(c.currency))
                               .replace("%5", short_date(c.end_date)))
        item.setData(Qt.ItemDataRole.UserRole, c.membership_id)
        item.setData(_BEGINS, c.start_date.isoformat())
        item.setData(_CREDIT, True)
        return item

    def _on_refund_credit(self) -> None:
        """Give back the chosen ended membership's credit, once the clerk confirmed the
        amount and the person (read first, as it stands)."""
        chosen = self._chosen_held()
        if chosen is None or not chosen[0].data(_CREDIT):
            self.show_error(self.tr("Choose the credit to give back first."))
            return
        membership_id = str(chosen[0].data(Qt.ItemDataRole.UserRole))
        reason = self.credit_reason.text()
        if not reason.strip():  # asked before the question, not refused after its Yes
            from station.services.errors import TextMissing
            from station.views.workers import plain_message

            self.credit_reason.setFocus()  # the words go there, then Alt+B again
            self.show_error(plain_message(TextMissing("refund reason")))
            return
        station, today = self.station, self.today()
        household_id = self.household.text().strip()
        self.call(lambda: payments.refundable_credit(station, membership_id, today=today),
                  lambda quote: self._credit_confirmed(household_id, quote, reason))

    def credit_question(self, quote: Any) -> str:
        """The confirmation's sentence: the amount, the programme, to whom, and that one a
        death kept for its money (it never ran) is withdrawn with it."""
        if quote.never_ran:
            return self._money_question(
                self.tr("Give back all %1 %2 paid towards %3 to the family of %4 and "
                        "withdraw it (it never ran)?") if quote.deceased else
                self.tr("Give back all %1 %2 paid towards %3 to %4 and withdraw it (it "
                        "never ran)?"), quote)
        return self._money_question(
            self.tr("Give back %1 %2 paid towards %3 beyond what it owed to the family "
                    "of %4?") if quote.deceased else
            self.tr("Give back %1 %2 paid towards %3 beyond what it owed to %4?"), quote)

    def _money_question(self, text: str, quote: Any) -> str:
        """``text`` with the amount (%1, grouped as the desk writes numbers), its currency
        (%2), the programme (%3) and the person (%4) of a refund's ``quote``."""
        title = programme_names(current_language()).get(quote.programme_code,
                                                        quote.programme_code)
        return (text.replace("%1", self.locale().toString(int(quote.amount_minor)))
                .replace("%2", str(quote.currency)).replace("%3", title)
                .replace("%4", self.members.name_of(quote.person_id)))

    def _ask_before_paying_back(self, title: str, question: str) -> bool:
        """Ask before the money goes back (Yes/No, No by default: Enter gives nothing)."""
        answer = QMessageBox.question(
            self, title, question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_credit(self, quote: Any) -> bool:
        return self._ask_before_paying_back(self.tr("Give back the credit"),
                                            self.credit_question(quote))

    def _credit_confirmed(self, household_id: str, quote: Any, reason: str) -> None:
        if not self._confirm_credit(quote):
            self.show_info(self.tr("Nothing was refunded."))
            return
        station, operator, now = self.station, self.operator, self.clock()
        # the amount the clerk said Yes to, or nothing
        self.call(lambda: payments.refund_credit(station, quote.membership_id,
                                                 confirmed_minor=quote.amount_minor,
                                                 reason=reason, operator=operator, now=now),
                  lambda receipt: self._on_credit_refunded(household_id, receipt,
                                                           " ".join(reason.split())))

    def _on_credit_refunded(self, household_id: str, receipt: Any, reason: str) -> None:
        credit, done = receipt.refundable, receipt.withdrawn
        said = (self.tr("Refund receipt %1: %2 %3 given back to the family of %4.")
                if credit.deceased else
                self.tr("Refund receipt %1: %2 %3 given back to %4."))
        said = with_money(said.replace("%1", isolated(str(receipt.receipt_no)))
                          .replace("%4", isolated(self.members.name_of(credit.person_id))),
                          "%2", "%3", self.locale().toString(int(receipt.amount_minor)),
                          str(receipt.currency))
        if done is not None:  # it never ran: withdrawn with its money
            title = programme_names(current_language()).get(done.programme_code,
                                                            done.programme_code)
            said += " " + self.tr("%1 withdrawn (it never ran).").replace("%1", title)
            said += self._card_claims(done.cards_claiming)
        self.credit_reason.clear()
        self._done_then_reread(household_id, said)
        self._offer_voucher(receipt, "family" if credit.deceased else "credit", reason)

    def _chosen_held(self) -> tuple[Any, bool] | None:
        """The membership item chosen in the list and whether it has not begun yet."""
        item = self.held.currentItem()
        if item is None or not item.isSelected() or not (
                item.flags() & Qt.ItemFlag.ItemIsSelectable):
            return None
        begins = dt.date.fromisoformat(str(item.data(_BEGINS)))
        return item, begins > self.today()

    def _on_end(self) -> None:
        chosen = self._chosen_held()
        if chosen is None:
            self.show_error(self.tr("Choose the membership to end first."))
            return
        item, not_begun = chosen
        if not_begun:
            self.show_error(self.tr("This membership has not begun yet: withdraw it "
                                    "instead (Withdraw)."))
            return
        membership_id = str(item.data(Qt.ItemDataRole.UserRole))
        reason = str(self.end_reason.currentData())
        day = self.end_date.date()
        last = dt.date(day.year(), day.month(), day.day())
        station, operator, now = self.station, self.operator, self.clock()
        household_id = self.household.text().strip()
        self.call(lambda: memberships.end_membership(station, membership_id, reason=reason,
                                                     end_date=last, operator=operator,
                                                     now=now),
                  lambda ended: self._on_ended(household_id, ended))

    def _on_withdraw(self) -> None:
        chosen = self._chosen_held()
        if chosen is None:
            self.show_error(self.tr("Choose the membership to withdraw first."))
            return
        item, not_begun = chosen
        if not not_begun:
            self.show_error(self.tr("This membership has begun: end it on its last day "
                                    "instead (End membership)."))
            return
        membership_id = str(item.data(Qt.ItemDataRole.UserRole))
        reason = str(self.end_reason.currentData())
        station, operator, now = self.station, self.operator, self.clock()
        household_id = self.household.text().strip()
        self.call(lambda: memberships.withdraw_membership(station, membership_id,
                                                          reason=reason, operator=operator,
                                                          now=now),
                  lambda done: self._on_withdrawn(household_id, done))

    def _on_refund(self) -> None:
        """Refund and withdraw the chosen membership, once the clerk confirmed the amount
        and the person (the amount is read first: what was paid, net)."""
        chosen = self._chosen_held()
        if chosen is None:
            self.show_error(self.tr("Choose the membership to refund first."))
            return
        item, _not_begun = chosen
        membership_id = str(item.data(Qt.ItemDataRole.UserRole))
        # a deceased member's: the death is the reason; otherwise the reason chosen
        reason = (payments.DECEASED if item.data(_OWED)
                  else str(self.end_reason.currentData()))
        station, today = self.station, self.today()
        household_id = self.household.text().strip()
        self.call(lambda: payments.refundable(station, membership_id, today=today),
                  lambda quote: self._refund_confirmed(household_id, quote, reason))

    def refund_question(self, quote: Any) -> str:
        """The confirmation's sentence: the amount, the person, the programme."""
        return self._money_question(
            self.tr("Give back %1 %2 paid towards %3 of %4 (to the family: %4 died "
                    "before it began) and withdraw it?") if quote.deceased else
            self.tr("Give back %1 %2 paid towards %3 to %4 and withdraw it (it never "
                    "begins)?"), quote)

    def _confirm_refund(self, quote: Any) -> bool:
        return self._ask_before_paying_back(self.tr("Refund and withdraw"),
                                            self.refund_question(quote))

    def _refund_confirmed(self, household_id: str, quote: Any, reason: str) -> None:
        if not self._confirm_refund(quote):
            self.show_info(self.tr("Nothing was refunded."))
            return
        station, operator, now = self.station, self.operator, self.clock()
        # the amount the clerk said Yes to, or nothing (another desk may take a payment
        # towards it while the question stands)
        self.call(lambda: payments.refund_and_withdraw(station, quote.membership_id,
                                                       reason=reason, operator=operator,
                                                       now=now,
                                                       confirmed_minor=quote.amount_minor),
                  lambda receipt: self._on_refunded(household_id, receipt))

    def _on_refunded(self, household_id: str, receipt: Any) -> None:
        done = receipt.withdrawn
        title = programme_names(current_language()).get(done.programme_code,
                                                        done.programme_code)
        # a member who died before it began: the money went to the family
        said = (self.tr("Refund receipt %1: %2 %3 given back to the family of %4; %5 "
                        "withdrawn.") if receipt.refundable.deceased else
                self.tr("Refund receipt %1: %2 %3 given back to %4; %5 withdrawn."))
        said = with_money(said.replace("%1", isolated(str(receipt.receipt_no)))
                          .replace("%4", isolated(self.members.name_of(done.person_id)))
                          .replace("%5", title), "%2", "%3",
                          self.locale().toString(int(receipt.amount_minor)),
                          str(receipt.currency))
        self._done_then_reread(household_id, said + self._card_claims(done.cards_claiming))
        deceased = receipt.refundable.deceased
        self._offer_voucher(receipt, "family" if deceased else "withdrawal",
                            "" if deceased else end_reason_words().get(done.reason, ""))

    def _offer_voucher(self, receipt: Any, kind: RefundKind, reason: str) -> None:
        """The refund just recorded: its voucher, to save or print and have signed by
        whoever takes the cash (a relative's name is written by hand)."""
        from station.app import station_title

        quote, operator = receipt.refundable, self.operator
        holder = (f"{quote.local_name} ({quote.latin_name})"
                  if quote.latin_name and quote.latin_name != quote.local_name
                  else quote.local_name)
        voucher = RefundVoucher(
            station_name=station_title(self.station.settings),
            operator=str(getattr(operator, "full_name", "")
                         or getattr(operator, "username", "")),
            issued_at=self.clock(), receipt_no=str(receipt.receipt_no), holder=holder,
            programme=programme_names(current_language()).get(quote.programme_code,
                                                              quote.programme_code),
            amount_minor=int(receipt.amount_minor), currency=str(receipt.currency),
            kind=kind, reason=reason, recipient="" if kind == "family" else holder)
        if self.voucher_dialog is not None:  # the previous refund's, if still open
            self.voucher_dialog.close()
            self.voucher_dialog.deleteLater()
        self.voucher_dialog = RefundVoucherDialog(
            voucher, Path(self.station.settings.data_dir) / "receipts", self)
        self.voucher_dialog.open()  # window-modal; the refund is recorded already

    def _on_withdrawn(self, household_id: str, done: Any) -> None:
        title = programme_names(current_language()).get(done.programme_code,
                                                        done.programme_code)
        self._done_then_reread(household_id, self.tr("%1: %2 withdrawn (it was to begin on "
                                                      "%3).")
                               .replace("%1", self.members.name_of(done.person_id))
                               .replace("%2", title)
                               .replace("%3", short_date(done.start_date))
                               + self._card_claims(done.cards_claiming))

    def _on_ended(self, household_id: str, ended: Any) -> None:
        title = programme_names(current_language()).get(ended.programme_code,
                                                        ended.programme_code)
        self._done_then_reread(household_id, self.tr("%1: %2 ends on %3.")
                               .replace("%1", self.members.name_of(ended.person_id))
                               .replace("%2", title)
                               .replace("%3", short_date(ended.end_date))
                               + self._card_claims(ended.cards_claiming))

    def _card_claims(self, serials: tuple[str, ...]) -> str:
        """The card that still claims the programme, to issue again (a hospital reads the
        card alone), after what was done; nothing when none does."""
        if not serials:
            return ""
        return " " + self.tr("Card %1 still claims it: issue a new card.").replace(
            "%1", ", ".join(serials))

    def _done_then_reread(self, household_id: str, said: str) -> None:
        """Say what was done, then show the household's lists as they now stand."""
        self.show_info(said)
        self.changed.emit()

        def shown(loaded: Loaded) -> None:
            self._show_package(loaded)
            self.show_info(said)  # the lists as they now stand, the line says what was done

        # the lists as they now stand, of the household the membership was ended (or
        # withdrawn) in, and
        # only while it is shown (another id typed meanwhile waits for the clerk's Enter)
        self.call(self._loader(household_id), self._still_shown(household_id, shown),
                  quiet=True)

    def _show_summary(self, household: HouseholdSummary) -> None:
        """Head, member count and the newest assessment, in one line."""
        head = next((m.name for m in household.members if m.head), None)
        count = self.tr("%n member(s)", "", len(household.members))
        parts = [self.tr("Head: %1").replace("%1", head) if head else
                 self.tr("No head recorded"), count]
        if household.poverty_level is None or household.assessed_on is None:
            parts.append(self.tr("not assessed yet"))
        else:
            parts.append(self.tr("assessed %1: %2 (score %3)")
                         .replace("%1", short_date(household.assessed_on))
                         .replace("%2", self._level(household.poverty_level))
                         .replace("%3", f"{household.score:g}"))
        self.summary.setText(" · ".join(parts))

    def _level(self, level: str) -> str:
        """A poverty level (``station.services.facts.POVERTY_LEVELS``) in the clerk's words."""
        return poverty_words().get(level, level.replace("_", " "))

    def ticked(self) -> list[tuple[str, str]]:
        """The (person, programme) pairs the clerk ticked."""
        found = []
        for row in range(self.proposals.count()):
            item = self.proposals.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(tuple(item.data(Qt.ItemDataRole.UserRole)))
        return found  # type: ignore[return-value]

    def _on_confirm(self) -> None:
        if self.package is None:
            return
        package, accepted = self.package, self.ticked()
        station, operator, now = self.station, self.operator, self.clock()
        self.call(lambda: memberships.confirm(station, package, accepted=accepted,
                                              operator=operator, now=now),
                  lambda done: self._on_confirmed(package.household_id, done))

    def _on_confirmed(self, household_id: str, done: Any) -> None:
        self.package = None
        self.confirm_button.setEnabled(False)
        self.proposals.clear()
        self.show_info(self.tr("%n membership(s) recorded, %1 declined.", "",
                               len(done.memberships)).replace("%1", str(len(done.declined))))
        self.changed.emit()
        # what was recorded joins the memberships held (the package is not proposed again:
        # what was declined stays declined on the screen), while its household is shown
        station, today = self.station, self.today()
        titles = programme_names(current_language())
        self.call(lambda: (memberships.held(station, household_id, today=today),
                           memberships.refunds_owed(station, household_id),
                           payments.credits_owed(station, household_id, today=today)),
                  self._still_shown(household_id,
                                    lambda lists: self._show_held(lists[0], titles,
                                                                  lists[1], lists[2])),
                  quiet=True)
