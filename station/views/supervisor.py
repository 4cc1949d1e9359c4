"""Supervisor mode: the adjudication queue, the sync queue, and local coverage charts."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.services.report_render import ReportNotWritten
from station.views.charts import BarChart
from station.views.dialog_parts import ERROR_STYLE
from station.views.file_dialogs import choose_folder
from station.views.formats import isolated, office_date_time, short_date
from station.views.places import gazetteer_of
from station.views.tables import select_row
from station.views.undelivered import UndeliveredExport
from station.views.value_words import member_words
from station.views.vertical_scroll import VerticalScroll
from station.views.workers import TaskRunner
from sync import registration

log = logging.getLogger(__name__)

# Records of the page's background read: cases, outbox counts, coverage, names, last
# backup, registration standing, card signing, notices (see :meth:`SupervisorPage.refresh`).
_Loaded = tuple[list[Any], dict[str, int], Any, dict[str, tuple[str, str | None]], Any,
                Any, Any, Any, dt.date | None]
# The reason a card of a double identity is revoked with (as `sws sync` suggests it).
NATIONAL_DUPLICATE = "national duplicate"
# A backup older than this, with records not yet at the centre, is shown as a warning.
BACKUP_AGE = dt.timedelta(days=7)


class _ReportWords(NamedTuple):
    """What the page's line says of one report it saves: while it is written, where it
    went (``%1``: the file), that the folder could not be written (``%1``: the folder),
    and any other refusal (``%1``: its sentence)."""

    writing: str
    saved: str
    unsaved: str
    failed: str


class _QueueTable(QTableWidget):
    """The queue asks for a few rows' height and takes whatever more there is: the page
    scrolls only when the notices, the figures and the charts need it, not for its sake."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 120)

    def fit_columns(self) -> None:
        """Columns as wide as their text, the last one (the clerk's decision) taking the
        rest of the width. Done here rather than by a stretched last section: Qt recomputes a
        stretch lazily, on a later resize event, and inside the scrolling overview none may
        come after a reload, which left the decision column a narrow strip."""
        self.resizeColumnsToContents()
        self._fill_last()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fill_last()

    def _fill_last(self) -> None:
        header = self.horizontalHeader()
        last = header.count() - 1
        if last < 0:
            return
        others = sum(header.sectionSize(i) for i in range(last))
        wanted = max(self.sizeHintForColumn(last), header.sectionSizeHint(last))
        header.resizeSection(last, max(wanted, self.viewport().width() - others))


class SupervisorPage(QWidget):
    """Refreshes from the services on show and on F5 / Alt+R; holds no domain state."""

    # a person registered by an approval, a card revoked: the header reads the queue again
    recorded = Signal()

    def __init__(self, ctx: StationContext, session: OperatorSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.services = ctx.service("station")
        self.cases: list[Any] = []
        self.prints_dialog: Any = None  # the open side-by-side look at a case, if any
        # candidate person id -> (Latin name, date of death as ISO text or None)
        self._names: dict[str, tuple[str, str | None]] = {}
        self._runner = TaskRunner(self)
        body = QWidget()  # scrolls on a short screen rather than losing its lower part
        outer = QVBoxLayout(body)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(VerticalScroll(body))

        # what `sws sync` tells on the command line, with the act each needs; only when any
        self.notices_box = QGroupBox(self.tr("Needs your attention"))
        self.notices_box.setObjectName("noticesBox")
        nlay = QHBoxLayout(self.notices_box)
        nlay.setContentsMargins(6, 2, 6, 4)
        self.notices = QListWidget()
        self.notices.setObjectName("notices")
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("QListWidget { color: #b00020; }")
        self.notices.setSpacing(2)  # one notice from the next
        self.notices.setMaximumHeight(84)
        nlay.addWidget(self.notices, 1)
        self.revoke_button = QPushButton(self.tr("Revo&ke the card..."))
        self.revoke_button.setObjectName("revokeCard")
        nlay.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notices_box.setVisible(False)
        outer.addWidget(self.notices_box)

        queue = QGroupBox(self.tr("Adjudication queue"))
        qlay = QVBoxLayout(queue)
        self.table = _QueueTable(0, 5)
        self.table.setObjectName("cases")
        self.table.setHorizontalHeaderLabels([
            self.tr("Opened"), self.tr("By"), self.tr("Applicant"), self.tr("Candidates"),
            self.tr("Clerk's decision")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        qlay.addWidget(self.table)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("&Approve the decision"))
        self.approve_button.setObjectName("approve")
        self.send_back_button = QPushButton(self.tr("&Send back to the clerk"))
        self.send_back_button.setObjectName("sendBack")
        # the clerk compared both prints before deciding: the supervisor sees the same
        self.compare_button = QPushButton(self.tr("&Compare the prints..."))
        self.compare_button.setObjectName("comparePrints")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.setShortcut("F5")
        self.message = QLabel()
        self.message.setObjectName("supervisorMessage")
        self.message.setWordWrap(True)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.send_back_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.refresh_button)
        qlay.addLayout(buttons)
        outer.addWidget(queue, 2)

        lower = QHBoxLayout()
        sync = QGroupBox(self.tr("Sync to the central registry"))
        slay = QVBoxLayout(sync)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncSummary")
        self.sync_label.setWordWrap(True)
        slay.addWidget(self.sync_label)
        # what the centre last said of this station's approval: until when, renew, expired
        self.registration_label = QLabel()
        self.registration_label.setObjectName("registrationValidity")
        self.registration_label.setWordWrap(True)
        slay.addWidget(self.registration_label)
        # the old laptop's way out while the centre suspends the station (a restore on a
        # new one superseded it): its undelivered records to one file for the centre
        self.undelivered = UndeliveredExport(ctx, session)
        slay.addWidget(self.undelivered)
        slay.addStretch(1)
        # until when cards can be issued, and whether their validity is already cut short
        self.signing_label = QLabel()
        self.signing_label.setObjectName("cardSigning")
        self.signing_label.setWordWrap(True)
        slay.addWidget(self.signing_label)
        # shown when new certificates are needed (cards cut short, or none can be issued)
        self.keys_button = QPushButton(self.tr("Install new card-signing certificates..."))
        self.keys_button.setObjectName("installKeys")
        self.keys_button.setVisible(False)
        slay.addWidget(self.keys_button)
        # until the centre acknowledges them, the records exist only on this computer
        self.backup_label = QLabel()
        self.backup_label.setObjectName("lastBackup")
        self.backup_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back &up the station..."))
        self.backup_button.setObjectName("backup")
        slay.addWidget(self.backup_label)
        slay.addWidget(self.backup_button)
        # the cashier's close: today's payments and refunds at the counter, on paper
        self.till_button = QPushButton(self.tr("Da&y's till report..."))
        self.till_button.setObjectName("tillReport")
        slay.addWidget(self.till_button)
        # the commune's coverage, grievance and case reports (`sws report`), no names in them
        self.reports_button = QPushButton(self.tr("Re&ports..."))
        self.reports_button.setObjectName("reports")
        slay.addWidget(self.reports_button)
        # a programme's own beneficiary list against the registry (`sws check-list`)
        self.list_button = QPushButton(self.tr("Check a pro&gramme's list..."))
        self.list_button.setObjectName("checkList")
        slay.addWidget(self.list_button)
        lower.addWidget(sync, 1)
        cover = QGroupBox(self.tr("Registered at this station"))
        grid = QGridLayout(cover)
        self.totals = QLabel()
        self.totals.setObjectName("coverageTotals")
        self.age_chart = BarChart(self.tr("By age"))
        self.sex_chart = BarChart(self.tr("By sex"), "#6a1b9a")
        self.district_chart = BarChart(self.tr("By commune"), "#00695c")
        self.totals.setStyleSheet("font-size: 13pt; font-weight: 600;")
        grid.addWidget(self.totals, 0, 0, 1, 3)
        grid.addWidget(self.age_chart, 1, 0)
        grid.addWidget(self.sex_chart, 1, 1)
        grid.addWidget(self.district_chart, 1, 2)
        grid.setRowStretch(1, 1)
        lower.addWidget(cover, 3)
        outer.addLayout(lower, 2)

        self.notices.currentRowChanged.connect(lambda _row: self._on_notice_chosen())
        self.revoke_button.clicked.connect(self._revoke)
        self.table.itemSelectionChanged.connect(lambda: self._on_selection(say=True))
        self._runner.busy_changed.connect(lambda _busy: self._on_selection())
        self._runner.busy_changed.connect(lambda _busy: self._on_notice_chosen())
        self.approve_button.clicked.connect(lambda: self._approve(True))
        self.send_back_button.clicked.connect(lambda: self._approve(False))
        self.compare_button.clicked.connect(self._compare)
        self.refresh_button.clicked.connect(self.refresh)
        self.backup_button.clicked.connect(self._backup)
        self.till_button.clicked.connect(self._till_report)
        self.reports_button.clicked.connect(self._reports)
        self.list_button.clicked.connect(self._check_list)
        self.keys_button.clicked.connect(self._install_keys)
        self._backup_folder = Path.home()
        self._list_folder = Path.home()  # where the last programme list was chosen
        # (code, name) of the communes the station has people in, as the chart last read them
        self._communes: list[tuple[str, str]] = []
        self._on_selection()
        self.setFocusProxy(self.table)
        self.refresh()

    def refresh(self) -> None:
        """Reload cases, sync counts and coverage in a worker."""
        if self.services is None or self._runner.busy:
            return
        services, now = self.services, self.ctx.clock()
        today = now.date()
        station = getattr(services, "station", None)
        kept = (station.settings.config_dir / registration.FILE_NAME
                if station is not None else None)
        centre_clock = self.ctx.service("centre_clock")

        def load(_p: Any) -> _Loaded:
            cases = [c for c in services.open_cases(status=None)
                     if c.status in ("open", "decided")]
            names = {pid: _candidate(services.person(pid), pid)
                     for case in cases for pid in
                     (str(c.get("person_id", "")) for c in case.candidates) if pid}
            return (cases, services.outbox_counts(), services.coverage(today=today), names,
                    services.last_backup(), registration.load(kept) if kept else None,
                    services.card_signing(now), services.supervisor_notices(centre_clock),
                    services.oldest_waiting())

        self._runner.start(load, self._on_loaded, self.message.setText)

    def wait(self) -> None:
        self._runner.wait()

    # -- slots --------------------------------------------------------------------------------
    def _on_loaded(self, loaded: _Loaded) -> None:
        (cases, outbox, cover, self._names, backed_up, standing, signing, notices,
         since) = loaded
        self._show_notices(notices)
        waiting = outbox.get("pending", 0) + outbox.get("sent", 0)
        self._show_last_backup(backed_up, waiting)
        self._show_registration(standing, waiting, since)
        self._show_signing(signing)
        chosen = self._selected()
        self.cases = cases
        self.table.blockSignals(True)  # the old selection is not a choice on the new rows
        self.table.setRowCount(len(cases))
        decisions = {"duplicate": self.tr("same person"),
                     "not_duplicate": self.tr("different people"), None: self.tr("waiting")}
        locale, zone = self.locale(), self.ctx.clock().tzinfo  # opened: in the office's time
        for i, case in enumerate(cases):
            names = ", ".join(self._candidate_text(str(c.get("person_id")))
                              for c in case.candidates)
            decision = decisions.get(case.clerk_decision, "?")
            if case.clerk_decision == "duplicate" and case.matched_person_id:
                # with several candidates, the one the clerk named
                decision = self.tr("same person as %1").replace(
                    "%1", self._candidate_text(str(case.matched_person_id)))
            for j, text in enumerate((office_date_time(case.created_at, zone, locale),
                                      case.opened_by,
                                      str(case.applicant.get("latin_name", "")), names,
                                      decision)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self._keep_selected(None if chosen is None else chosen.id)
        self.table.blockSignals(False)
        self.table.fit_columns()
        now = self._selected()
        # the chosen case's line again only when the case itself changed (decided again,
        # a new note): otherwise the line keeps what was just done
        self._on_selection(say=now is not None and chosen is not None and _said(now) != _said(
            chosen))
        count = {k: locale.toString(outbox.get(k, 0)) for k in ("pending", "sent", "rejected")}
        # the centre took them: accepted, or received with its 1:N decision still to come
        taken = locale.toString(outbox.get("acked", 0) + outbox.get("received", 0))
        lines = (
            self.tr("Waiting to be sent: %1\nSent, not yet acknowledged: %2\nAcknowledged: %3\n"
                    "Rejected by the centre: %4")
            .replace("%1", count["pending"]).replace("%2", count["sent"])
            .replace("%3", taken).replace("%4", count["rejected"])
            .split("\n")
        )
        awaiting = self.tr("Of which awaiting the centre's duplicate check: %1").replace(
            "%1", locale.toString(outbox.get("received", 0)))
        lines.insert(min(3, len(lines)), "    " + awaiting)  # right under "Acknowledged"
        self.sync_label.setText("\n".join(lines))
        self.totals.setText(self.tr("People: %1 · Households: %2 · Adjudications pending: %3")
                            .replace("%1", locale.toString(cover.people))
                            .replace("%2", locale.toString(cover.households))
                            .replace("%3", locale.toString(cover.open_adjudications)))
        self.age_chart.set_data(list(cover.by_age_band.items()))
        sexes = member_words()
        self.sex_chart.set_data([(sexes.get(k, k), v) for k, v in sorted(cover.by_sex.items())])
        places = gazetteer_of(self.services)
        self.district_chart.set_data([(places.name(code), n) for code, n in sorted(
            cover.by_commune.items(), key=lambda kv: -kv[1])[:8]])
        self._communes = sorted(((code, places.name(code)) for code in cover.by_commune
                                 if code), key=lambda pair: (pair[1].casefold(), pair[0]))

    def _keep_selected(self, case_id: str | None) -> None:
        """Select the case chosen before a reload on whatever row it is now, or nothing when
        it left the queue: never the case that moved up into its row (Approve acts on it)."""
        rows = [i for i, case in enumerate(self.cases) if case.id == case_id]
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        if rows:
            select_row(self.table, rows[0])

    def _selected(self) -> Any | None:
        row = self.table.currentRow()
        return self.cases[row] if 0 <= row < len(self.cases) else None

    def _on_selection(self, *, say: bool = False) -> None:
        """The buttons the selected case allows; with ``say`` (the supervisor chose it), its
        line under the queue. A reload or a busy spell leaves that line alone: it may say
        what was just done (the backup written, the card revoked)."""
        case = self._selected()
        # not while the page reads or writes: a click then was silently dropped
        decided = case is not None and case.status == "decided" and not self._runner.busy
        # a second pair of eyes: not the supervisor who opened the case (enrolling at the
        # counter); the model refuses it, so it is not offered
        own = case is not None and case.opened_by == self.session.username
        self.approve_button.setEnabled(decided and not own)
        self.send_back_button.setEnabled(decided and not own)
        # the applicant's prints are held until the case is approved
        self.compare_button.setEnabled(case is not None and case.status in ("open", "decided")
                                       and not self._runner.busy)
        if not say:
            return
        if own:
            self.message.setText(self.tr("You opened this case yourself: another supervisor "
                                         "approves it."))
        elif case is not None and case.status == "open":
            self.message.setText(self.tr("The clerk has not decided this case yet."))
        elif case is not None and case.status == "decided" and case.note:
            self.message.setText(self.tr("The clerk's note: %1").replace("%1", case.note))

    def _compare(self) -> None:
        """Open both sides of the selected case (read in a worker: templates are decrypted)."""
        case = self._selected()
        if case is None or self.services is None or self._runner.busy:
            return
        services, operator, now = self.services, self.session.operator, self.ctx.clock()
        self._runner.start(
            lambda _p: services.case_prints(case.id, by=operator, now=now),
            lambda prints: self._show_prints(case, prints), self.message.setText)

    def _show_prints(self, case: Any, prints: Any) -> None:
        from station.views.case_prints import CasePrintsDialog

        names = {pid: self._candidate_text(pid) for pid in prints.candidates}
        self.prints_dialog = CasePrintsDialog(prints, names, case.note, self)
        self.prints_dialog.open()

    def _approve(self, approved: bool) -> None:
        case = self._selected()
        if case is None or self.services is None or self._runner.busy:
            return
        services, operator, now = self.services, self.session.operator, self.ctx.clock()
        self._runner.start(
            lambda _p: services.approve(case.id, by=operator, approved=approved, now=now),
            lambda result: self._on_approved(approved, result), self._on_approve_failed)

    def _on_approve_failed(self, text: str) -> None:
        """Refused (decided by another supervisor first, or people enrolled since the case
        opened match the applicant and it went back to the clerk): say why, show the queue
        as it is now."""
        self.message.setText(text)
        self.refresh()

    def _on_approved(self, approved: bool, result: Any) -> None:
        self.recorded.emit()
        if not approved:
            self.message.setText(self.tr("Sent back to the clerk."))
        elif result is not None:
            self.message.setText(self.tr("Approved: registered as person %1.")
                                 .replace("%1", str(result.person_id)))
        else:
            self.message.setText(self.tr("Approved: no new person was registered."))
        self.refresh()

    # -- notices ------------------------------------------------------------------------------
    def _show_notices(self, notices: Any) -> None:
        """One line each, with the act it needs (``ui_supervisor.Notices``): a lost
        packet-signing key first (nothing is sent), then the clock, then the centre's list
        of places not used, then cards to revoke (each item keeps its card; Revoke acts on
        the chosen one)."""
        chosen = self._chosen_card()
        self.notices.clear()
        if notices.key_lost is not None:
            self._add_notice(self._key_text(notices.key_lost), None)
        if notices.clock is not None:
            self._add_notice(self._clock_text(notices.clock), None)
        if notices.places is not None:
            self._add_notice(self._places_text(notices.places), None)
        for card in notices.cards:
            self._add_notice(
                self.tr("The card %1 of %2 is still valid, but the central registry found "
                        "this person already enrolled at another station (one person, one "
                        "card): revoke the card.").replace("%1", card.serial)
                .replace("%2", card.latin_name), card)
        # the view makes its first row current by itself: a card is revoked only when chosen
        self.notices.setCurrentRow(-1)
        for row in range(self.notices.count()):
            card = self.notices.item(row).data(Qt.ItemDataRole.UserRole)
            if chosen is not None and card is not None and card.serial == chosen.serial:
                self.notices.setCurrentRow(row)
        self.notices_box.setVisible(self.notices.count() > 0)
        self._on_notice_chosen()

    def _add_notice(self, text: str, card: Any) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, card)
        self.notices.addItem(item)

    def _key_text(self, lost: Any) -> str:
        text = (self.tr("This station's packet-signing key is missing (%1): nothing is sent "
                        "to the central registry until it is restored.") if lost.missing
                else self.tr("This station's packet-signing key is damaged (%1): nothing is "
                             "sent to the central registry until it is restored."))
        return (text.replace("%1", isolated(str(lost.path))) + " " + self.tr(
            "Restore it from the station's backup (sws db restore); never make a new one: "
            "the centre would refuse every record signed by it."))

    def _clock_text(self, off: Any) -> str:
        text = (self.tr("This computer's clock is %1 h %2 min ahead of the central "
                        "registry's: records are dated wrong and cards issued here may be "
                        "refused elsewhere as not yet valid: set the date and time.")
                if off.ahead else
                self.tr("This computer's clock is %1 h %2 min behind the central "
                        "registry's: records are dated wrong and cards issued here may be "
                        "refused elsewhere as expired too early: set the date and time."))
        locale = self.locale()
        return (text.replace("%1", locale.toString(off.minutes // 60))
                .replace("%2", locale.toString(off.minutes % 60)))

    def _places_text(self, refused: Any) -> str:
        """The centre's list of places this station did not use (``ui_supervisor.
        PlacesRefused``): the sentence is translated, the reason is the rules' own."""
        reason = isolated(refused.reason.rstrip(". "))
        first = (self.tr("The centre's list of places (version %1) was not used: %2.")
                 .replace("%1", isolated(refused.version)) if refused.version else
                 self.tr("The centre's list of places was not used: %2."))
        kept = (self.tr("This station keeps its list (version %1).")
                .replace("%1", isolated(refused.kept_version)) if refused.kept_version else
                self.tr("This station keeps its list."))
        # the station must be updated to read the centre's list: the office's IT contact
        return " ".join((first.replace("%2", reason), kept, self.tr(
            "Ask the office's IT contact to update the station.")))

    def _chosen_card(self) -> Any | None:
        item = self.notices.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_notice_chosen(self) -> None:
        self.revoke_button.setEnabled(self._chosen_card() is not None
                                      and not self._runner.busy)

    def _confirm_revoke(self, card: Any) -> bool:
        """Ask before revoking: the holder's card stops working everywhere."""
        answer = QMessageBox.question(
            self, self.tr("Revoke the card"),
            self.tr("Revoke the card %1 of %2? It stops working at every hospital and "
                    "office.").replace("%1", card.serial).replace("%2", card.latin_name),
            defaultButton=QMessageBox.StandardButton.No)  # Enter must not revoke a card
        return answer == QMessageBox.StandardButton.Yes

    def _revoke(self) -> None:
        """Revoke the chosen card (in a worker), as `sws card revoke SERIAL --reason
        "national duplicate"` does, and re-read the notices."""
        card = self._chosen_card()
        if card is None or self.services is None or self._runner.busy:
            return
        if not self._confirm_revoke(card):
            return
        services, operator, now = self.services, self.session.operator, self.ctx.clock()
        self._runner.start(
            lambda _p: services.revoke_card(card.serial, reason=NATIONAL_DUPLICATE,
                                            by=operator, now=now),
            self._on_revoked, self.message.setText)

    def _on_revoked(self, record: Any) -> None:
        self.recorded.emit()
        self.message.setText(self.tr("Card %1 revoked: the revocation list is signed again "
                                     "and the centre is told.").replace("%1", record.serial))
        self.refresh()

    # -- registration -------------------------------------------------------------------------
    def _show_registration(self, standing: registration.Standing | None,
                           waiting: int = 0, since: dt.date | None = None) -> None:
        """What the centre last said of this station, as `sws sync` says it: revoked, not
        approved yet, suspended (with the old laptop's way out) or unknown there, in red,
        with what waits here (how many, and since when: ``since``, the office's date the oldest
        was queued on); else until when it is approved, in red a month ahead ("ask the
        centre to renew") and once expired (its records are kept here until the renewal).
        Nothing when the centre has not said (never synced, or no expiry)."""
        suspended = standing is not None and standing.status == "suspended"
        self.undelivered.offer(standing.station_id if standing is not None and suspended
                               else None)
        held = self._held_text(standing, waiting, since) if standing is not None else None
        if held is not None:
            # whatever the date says: the centre takes none of this station's records
            self.registration_label.setStyleSheet(ERROR_STYLE)
            self.registration_label.setText(held)
            return
        if standing is None or standing.expires_at is None:
            self.registration_label.setText("")
            self.registration_label.setStyleSheet("")
            return
        day = self._day(standing.expires_at)
        now = self.ctx.clock()
        state = standing.state(now)
        if state == registration.EXPIRED:
            text = self.tr("Registration expired on %1: records are kept here until the "
                           "centre renews it").replace("%1", day)
        else:
            text = self.tr("Registration valid until %1").replace("%1", day)
            if state == registration.EXPIRING:
                text += "\n" + self.tr("expires in %n day(s) — ask the centre to renew", "",
                                       standing.days_left(now))
        urgent = state in (registration.EXPIRED, registration.EXPIRING)
        self.registration_label.setStyleSheet(ERROR_STYLE if urgent else "")
        self.registration_label.setText(text)

    def _held_text(self, standing: registration.Standing, waiting: int,
                   since: dt.date | None = None) -> str | None:
        """Why the centre takes none of this station's records (``standing.status``), what
        waits here and what to do; None when it takes them."""
        if standing.status == "revoked":
            return self.tr("The centre has revoked this station: it refuses its records until "
                           "it approves the station again. Nothing is lost: %Ln record(s) "
                           "wait on this computer. Contact the central registry.", "",
                           waiting)
        if standing.status == "pending":
            if waiting and since is not None:
                # how many wait, and since when: a day's wait is not a month's
                return self.tr("The centre has not approved this station yet: %Ln record(s) "
                               "wait on this computer until it does, the oldest since %1.",
                               "", waiting).replace("%1", short_date(since))
            return self.tr("The centre has not approved this station yet: its records wait "
                           "here until it does.")
        if standing.status == "suspended":
            # the two ways a station gets here: a copied home, or this laptop superseded by
            # a restore of its backup on a new one (then the export below is the way out)
            return self.tr("The centre has suspended this station: it received records from "
                           "two computers using this station's identity. Nothing is lost: "
                           "%Ln record(s) wait on this computer. If a new computer replaced this "
                           "one from its backup, export them below and give the file to the "
                           "central registry's operator; otherwise contact the central "
                           "registry.", "", waiting)
        if standing.status is None:
            return self.tr("The centre does not know this station (%1): its records wait "
                           "here. Contact the central registry.").replace(
                "%1", standing.station_id)
        return None

    def _candidate_text(self, person_id: str) -> str:
        """A candidate's name, and "(deceased DATE)" when a death is recorded: a new person
        matching the dead is a possible identity takeover, not a routine duplicate."""
        name, died_on = self._names.get(person_id, (person_id, None))
        if not died_on:
            return name
        return name + " " + self.tr("(deceased %1)").replace(
            "%1", short_date(dt.date.fromisoformat(died_on)))

    # -- card signing -------------------------------------------------------------------------
    def _show_signing(self, signing: Any) -> None:
        """Until when the card-signing certificates run (``ui_services.CardSigning``); in
        red once a card issued today would be cut short by them (a card never outlives its
        chain) or none can be issued."""
        self.keys_button.setVisible(signing is not None and signing.cut_short)
        if signing is None:
            self.signing_label.setText("")
            return
        if signing.card_until is None:
            text = self.tr("No card can be issued: the card-signing certificates end on %1. "
                           "Ask for new ones.").replace("%1", self._day(signing.ends))
        elif signing.cut_short:
            text = self.tr("Cards issued now are valid only until %1: the card-signing "
                           "certificates end then. Ask for new ones.").replace(
                "%1", self._day(signing.card_until))
        else:
            text = self.tr("Card-signing certificates valid until %1").replace(
                "%1", self._day(signing.ends))
        self.signing_label.setStyleSheet(ERROR_STYLE if signing.cut_short else "")
        self.signing_label.setText(text)

    def _choose_keys_folder(self) -> Path | None:
        """The folder the issuing authority delivered (office.pem, signer.pem, signer.key)."""
        found = choose_folder(
            self, self.tr("Folder with the new card-signing certificates"), str(Path.home()))
        return Path(found) if found else None

    def _install_keys(self) -> None:
        """Check the delivered certificates and put them in place (in a worker): nothing
        changes unless every check holds (``station.model.signing_keys``)."""
        folder = self._choose_keys_folder()
        if folder is None or self.services is None or self._runner.busy:
            return
        services, operator, now = self.services, self.session.operator, self.ctx.clock()
        self.message.setText(self.tr("Checking the new certificates..."))
        self.keys_button.setEnabled(False)
        self._runner.start(
            lambda _p: services.install_signing_keys(folder, by=operator, now=now),
            self._on_keys_installed, self._on_keys_failed)

    def _on_keys_installed(self, done: Any) -> None:
        self.keys_button.setEnabled(True)
        self.message.setText(self.tr("New card-signing certificates installed: cards issued "
                                     "now are valid until %1.").replace(
            "%1", self._day(done.card_until)))
        self.refresh()

    def _on_keys_failed(self, error: str) -> None:
        self.keys_button.setEnabled(True)
        self.message.setText(self.tr("The certificates were not installed: %1").replace(
            "%1", error))

    @staticmethod
    def _day(moment: dt.datetime) -> str:
        """The UTC day of ``moment`` as the window writes dates."""
        return short_date(moment.astimezone(dt.UTC).date())

    # -- backup -------------------------------------------------------------------------------
    def _show_last_backup(self, when: dt.datetime | None, unsent: int) -> None:
        """When the station was last backed up; in red, with how many records exist only on
        this computer, when some are not yet at the centre and the backup is a week old."""
        if when is None:
            text = self.tr("Last backup: never")
        else:
            # in the office's zone (the window's clock's), as every other time on the page
            text = self.tr("Last backup: %1").replace(
                "%1", office_date_time(when, self.ctx.clock().tzinfo, self.locale()))
        stale = when is None or self.ctx.clock() - when > BACKUP_AGE
        if stale and unsent > 0:
            text += "\n" + self.tr("%Ln record(s) exist only on this computer.", "", unsent)
            self.backup_label.setStyleSheet(ERROR_STYLE)
        else:
            self.backup_label.setStyleSheet("")
        self.backup_label.setText(text)

    def _backup(self) -> None:
        """Ask where and under which passphrase, then write the backup in a worker."""
        from station.views.backup_dialog import BackupDialog

        if self.services is None or self._runner.busy:
            return
        dialog = BackupDialog(self._backup_folder, self)
        if dialog.exec() != BackupDialog.DialogCode.Accepted:
            return
        folder, passphrase = dialog.chosen()
        self._backup_folder = folder
        services, operator, now = self.services, self.session.operator, self.ctx.clock()
        self.message.setText(self.tr("Writing the backup..."))
        self.backup_button.setEnabled(False)
        self._runner.start(
            lambda _p: services.backup(folder, passphrase, by=operator, now=now),
            self._on_backed_up, self._on_backup_failed)

    def _on_backed_up(self, report: Any) -> None:
        self.backup_button.setEnabled(True)
        self.message.setText(self.tr("Backup written to %1 (%Ln person(s)).", "",
                                     int(report.persons)).replace("%1", isolated(str(report.path))))
        self.refresh()

    def _on_backup_failed(self, error: str) -> None:
        self.backup_button.setEnabled(True)
        self.message.setText(self.tr("No backup was written: %1").replace("%1", error))

    # -- reports: the day's till, and the commune's reports ------------------------------------
    def _till_report(self) -> None:
        """Save the office's day at the counter (``sws report till``) as a PDF in the data
        folder's ``reports`` (in a worker), then say where it went."""
        from station.services.till import save_till_pdf
        from station.views.report_words import report_localiser

        station = getattr(self.services, "station", None)
        if station is None or self._runner.busy:
            return
        operator, now = self.session.operator, self.ctx.clock()
        localise = report_localiser()  # the desk's words, read here, looked up in the worker
        self._save_report(self.till_button, lambda: save_till_pdf(
            station, by=operator, now=now, localise=localise), _ReportWords(
            self.tr("Writing the day's till report..."),
            self.tr("Day's till report saved: %1"),
            self.tr("The till report could not be saved in %1: check that this folder can be "
                    "written (space left), then try again."),
            self.tr("No till report was written: %1")))

    def _reports(self) -> None:
        """Ask which report (coverage, grievances, case management), as of which day, for
        which area and in which format, then save it like the till: in the data folder's
        ``reports`` (in a worker), saying where it went."""
        from station.services.reports import save_report
        from station.views.report_words import report_localiser
        from station.views.reports_dialog import ReportsDialog

        station = getattr(self.services, "station", None)
        if station is None or self._runner.busy:
            return
        now = self.ctx.clock()
        dialog = ReportsDialog(station.settings.today(now), self._communes, self)
        try:
            if dialog.exec() != ReportsDialog.DialogCode.Accepted:
                return
            kind, as_of, commune, fmt = dialog.chosen()
        finally:
            dialog.deleteLater()
        # the PDF in the desk's words (the commune named as the dialog named it); a CSV keeps
        # the English codes
        localise = report_localiser(dict(self._communes).get(commune) if commune else None)
        self._save_report(self.reports_button, lambda: save_report(
            station, kind, fmt, as_of=as_of, commune=commune, now=now, localise=localise),
            _ReportWords(
            self.tr("Writing the report..."),
            self.tr("Report saved: %1"),
            self.tr("The report could not be saved in %1: check that this folder can be "
                    "written (space left), then try again."),
            self.tr("No report was written: %1")))

    def _check_list(self) -> None:
        """Ask for a programme's list (a CSV file), its programme, day and format, then check
        it against the registry and save the report like the others (in a worker)."""
        from station.i18n import current_language
        from station.services.catalogue import programme_names
        from station.services.list_check import check_programme_list
        from station.views.list_check_dialog import ListCheckDialog
        from station.views.report_words import report_localiser

        station = getattr(self.services, "station", None)
        if station is None or self._runner.busy:
            return
        now = self.ctx.clock()
        language = current_language()
        names = programme_names(language)
        dialog = ListCheckDialog(station.settings.today(now), sorted(
            names.items(), key=lambda item: item[1].casefold()), self._list_folder, self)
        try:
            if dialog.exec() != ListCheckDialog.DialogCode.Accepted:
                return
            programme, path, as_of, fmt = dialog.chosen()
        finally:
            dialog.deleteLater()
        self._list_folder = path.parent
        operator = self.session.operator
        localise = report_localiser() if fmt == "pdf" else None
        self._save_report(self.list_button, lambda: check_programme_list(
            station, path, programme=programme, by=operator, now=now, as_of=as_of, fmt=fmt,
            language=language, localise=localise).path, _ReportWords(
            self.tr("Checking the list against the registry..."),
            self.tr("List checked, report saved: %1"),
            self.tr("The report could not be saved in %1: check that this folder can be "
                    "written (space left), then try again."),
            self.tr("The list was not checked: %1")))

    def _save_report(self, button: QPushButton, save: Callable[[], Path],
                     words: _ReportWords) -> None:
        """Run ``save`` in the worker with ``button`` disabled, then say in one line where
        the file went, or which folder could not be written (the system's words go to the
        log: they are English, with an errno)."""
        self.message.setText(words.writing)
        button.setEnabled(False)
        self._runner.start(lambda _p: _saved(save),
                           lambda saved: self._on_report_saved(button, words, saved),
                           lambda error: self._on_report_failed(button, words, error))

    def _on_report_saved(self, button: QPushButton, words: _ReportWords,
                         saved: Path | ReportNotWritten) -> None:
        button.setEnabled(True)
        if isinstance(saved, ReportNotWritten):
            log.warning("report not saved in %s: %s", saved.path.parent, saved.reason)
            self.message.setText(words.unsaved.replace("%1", isolated(str(saved.path.parent))))
            return
        self.message.setText(words.saved.replace("%1", isolated(str(saved))))

    def _on_report_failed(self, button: QPushButton, words: _ReportWords, error: str) -> None:
        button.setEnabled(True)
        self.message.setText(words.failed.replace("%1", error))


def _saved(save: Callable[[], Path]) -> Path | ReportNotWritten:
    """The path ``save`` wrote, or its refusal to write it (in the worker)."""
    try:
        return save()
    except ReportNotWritten as refused:
        return refused


def _said(case: Any) -> tuple[Any, ...]:
    """What the line under the queue says of a case: it is said again when this changes."""
    return case.status, case.clerk_decision, case.note, case.opened_by


def _candidate(person: dict[str, Any], person_id: str) -> tuple[str, str | None]:
    """(Latin name, date of death or None) of a candidate's record (read in the worker)."""
    died_on = person.get("died_on")
    return str(person.get("latin_name", person_id)), str(died_on) if died_on else None
