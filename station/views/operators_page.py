"""Supervisor mode, "Operators": who has an account, with which role, whether it is locked or
disabled, when they last signed in; add, reset a password, unlock, disable or enable.

Every action goes through the model (:mod:`station.model.operators`) in the page's
background runner, and its outcome or refusal is one line under the table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.views.formats import office_date_time
from station.views.operator_dialogs import NewOperatorDialog, PasswordDialog
from station.views.tables import select_row
from station.views.workers import TaskRunner


class OperatorsPage(QWidget):
    """The station's accounts; holds no domain state beyond the rows last shown."""

    def __init__(self, ctx: StationContext, session: OperatorSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.services = ctx.service("station")
        self.rows: list[Any] = []
        self._runner = TaskRunner(self)
        outer = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("operators")
        self.table.setHorizontalHeaderLabels([
            self.tr("User"), self.tr("Name"), self.tr("Role"), self.tr("Status"),
            self.tr("Last sign-in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes the rest
        outer.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("A&dd an operator..."))
        self.add_button.setObjectName("addOperator")
        self.reset_button = QPushButton(self.tr("Reset pass&word..."))
        self.reset_button.setObjectName("resetPassword")
        self.unlock_button = QPushButton(self.tr("Un&lock"))
        self.unlock_button.setObjectName("unlockOperator")
        self.disable_button = QPushButton(self.tr("D&isable"))
        self.disable_button.setObjectName("disableOperator")
        for b in (self.add_button, self.reset_button, self.unlock_button, self.disable_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("operatorsMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.add_button.clicked.connect(self._add)
        self.reset_button.clicked.connect(self._reset)
        self.unlock_button.clicked.connect(self._unlock)
        self.disable_button.clicked.connect(self._disable_or_enable)
        self.setFocusProxy(self.table)
        self._on_selection()
        self.refresh()

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the accounts in the background."""
        if self.services is None or self._runner.busy:
            return
        services = self.services
        self._runner.start(lambda _p: services.operators(), self._on_loaded,
                           self.message.setText)

    def wait(self) -> None:
        self._runner.wait()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the accounts again each time the tab is shown (sign-ins happen meanwhile)."""
        super().showEvent(event)
        self.refresh()

    def selected(self) -> Any | None:
        """The account of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def status_text(self, row: Any) -> str:
        return {"active": self.tr("active"), "locked": self.tr("locked"),
                "disabled": self.tr("disabled"),
                "must change password": self.tr("must change password")}.get(row.status,
                                                                             row.status)

    def _on_loaded(self, rows: list[Any]) -> None:
        chosen = self.selected()
        keep = chosen.username if chosen is not None else None
        self.rows = list(rows)
        roles = {"clerk": self.tr("Clerk"), "supervisor": self.tr("Supervisor"),
                 "auditor": self.tr("Auditor")}
        locale = self.locale()
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            if row.last_login_at is None:
                last = self.tr("never")
            else:
                last = office_date_time(row.last_login_at, self.ctx.clock().tzinfo, locale)
            for j, text in enumerate((row.username, row.full_name, roles.get(row.role, row.role),
                                      self.status_text(row), last)):
                self.table.setItem(i, j, QTableWidgetItem(text))
            if row.username == keep:
                select_row(self.table, i)
        # the header sizes the columns itself (to contents; the name takes the rest)
        self._on_selection()

    def _on_selection(self) -> None:
        row = self.selected()
        mine = row is not None and row.username == self.session.username
        idle = not self._runner.busy
        self.add_button.setEnabled(idle)
        self.reset_button.setEnabled(idle and row is not None and not mine)
        self.unlock_button.setEnabled(idle and row is not None and bool(row.locked))
        disabled = row is not None and row.disabled_at is not None
        self.disable_button.setText(self.tr("&Enable") if disabled else self.tr("D&isable"))
        self.disable_button.setEnabled(idle and row is not None and not mine)

    # -- actions ------------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], done: str) -> None:
        """Do ``work`` through the model in the background; then ``done`` and a fresh list."""
        if self._runner.busy:
            return
        self.message.setText(self.tr("Working..."))

        def finished(_result: Any) -> None:
            self.message.setText(done)
            self.refresh()

        def failed(text: str) -> None:
            self.message.setText(text)
            self._on_selection()

        self._runner.start(lambda _p: work(), finished, failed)
        self._on_selection()

    def _add(self) -> None:
        dialog = NewOperatorDialog(self)
        if dialog.exec() != NewOperatorDialog.DialogCode.Accepted or self.services is None:
            return
        username, full_name, role, password = dialog.chosen()
        services, by, now = self.services, self.session.operator, self.ctx.clock()
        self._run(lambda: services.add_operator(username, full_name, role, password, by=by,
                                                now=now),
                  self.tr("Operator %1 added.").replace("%1", username))

    def _reset(self) -> None:
        row = self.selected()
        if row is None or self.services is None:
            return
        dialog = PasswordDialog(
            row.username, self.tr("Reset a password"),
            self.tr("Choose a temporary password for %1 and give it to them in person. They "
                    "must choose their own at the next sign-in; the account is unlocked.")
            .replace("%1", row.username), parent=self)
        if dialog.exec() != PasswordDialog.DialogCode.Accepted:
            return
        temporary = dialog.chosen()[1]
        services, by, now, name = self.services, self.session.operator, self.ctx.clock(), \
            row.username
        self._run(lambda: services.reset_password(name, temporary, by=by, now=now),
                  self.tr("Password of %1 reset: they must choose a new one at the next "
                          "sign-in.").replace("%1", name))

    def _unlock(self) -> None:
        row = self.selected()
        if row is None or self.services is None:
            return
        services, by, now, name = self.services, self.session.operator, self.ctx.clock(), \
            row.username
        self._run(lambda: services.unlock_operator(name, by=by, now=now),
                  self.tr("Operator %1 unlocked.").replace("%1", name))

    def _disable_or_enable(self) -> None:
        row = self.selected()
        if row is None or self.services is None:
            return
        services, by, now, name = self.services, self.session.operator, self.ctx.clock(), \
            row.username
        if row.disabled_at is not None:
            self._run(lambda: services.enable_operator(name, by=by, now=now),
                      self.tr("Operator %1 enabled: they can sign in again.").replace("%1", name))
        else:
            self._run(lambda: services.disable_operator(name, by=by, now=now),
                      self.tr("Operator %1 disabled: they can no longer sign in. Their "
                              "records stay.").replace("%1", name))
