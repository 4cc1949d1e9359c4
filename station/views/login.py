"""Operator sign-in: user name and password, with the lockout message from the registry.

An operator whose password a supervisor reset must choose a new one (asked twice) before
the window opens for them; every signed-in operator can change their own password too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.views.operator_dialogs import PasswordDialog
from station.views.workers import TaskRunner

# The line under the fields: grey while it explains or waits, red when it refuses.
INFO_STYLE = "color: #555; font-size: 11pt;"
ALARM_STYLE = "color: #b00020; font-size: 11pt;"


class LoginPage(QWidget):
    """Asks the ``auth`` service to sign an operator in; emits the session on success."""

    signed_in = Signal(object)

    def __init__(self, ctx: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._auth = ctx.service("station")
        self._runner = TaskRunner(self)
        self._typed = ""  # the password being checked, kept only until the sign-in ends
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        title = QLabel(self.tr("Sign in to the station"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        outer.addWidget(title)
        form_box = QWidget()
        form_box.setMinimumWidth(420)
        form = QFormLayout(form_box)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        self.button = QPushButton(self.tr("&Sign in"))
        self.button.setObjectName("signIn")
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        form.addRow("", self.button)
        outer.addWidget(form_box, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ALARM_STYLE)
        outer.addWidget(self.message)
        outer.addStretch(2)
        self.button.clicked.connect(self._on_sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._on_sign_in)
        self.set_auth(self._auth)
        self.setFocusProxy(self.username)

    def show_loading(self) -> None:
        """The registry is opening: typing works, signing in waits."""
        self.username.setEnabled(True)
        self.password.setEnabled(True)
        self.button.setEnabled(False)
        self.message.setStyleSheet(INFO_STYLE)
        self.message.setText(self.tr("Opening the registry..."))

    def show_locked(self, username: str, minutes: int) -> None:
        """The window locked itself: the operator's name is filled in, their password asked."""
        self.username.setText(username)
        self.password.clear()
        self.message.setStyleSheet(INFO_STYLE)
        self.message.setText(self.tr(
            "Locked after %1 minutes without use. Enter your password to go on where you "
            "were; another operator who signs in starts afresh.").replace("%1", str(minutes)))

    def show_opening_devices(self) -> None:
        """Signed in; the modes wait a moment for the scanner and the card verifier."""
        self.button.setEnabled(False)
        self.message.setStyleSheet(INFO_STYLE)
        self.message.setText(self.tr("Signed in. Opening the scanner and the card reader..."))

    def set_auth(self, auth: Any, error: str | None = None) -> None:
        """The service that checks passwords (None when there is no registry)."""
        self._auth = auth
        ready = auth is not None
        for w in (self.username, self.password, self.button):
            w.setEnabled(ready)
        self.message.setStyleSheet(ALARM_STYLE)
        if error:
            self.message.setText(error)
        elif not ready:
            self.message.setText(self.tr(
                "Operator accounts are not available: this station has no registry yet. "
                "Run 'sws init' first."))
        else:
            self.message.clear()

    def _on_sign_in(self) -> None:
        if self._auth is None or self._runner.busy:
            return
        user, pw = self.username.text().strip(), self.password.text()
        if not user or not pw:
            self.message.setStyleSheet(ALARM_STYLE)
            self.message.setText(self.tr("Enter your user name and password."))
            return
        self.button.setEnabled(False)
        self.message.setStyleSheet(INFO_STYLE)
        self.message.setText(self.tr("Checking..."))
        auth, now = self._auth, self._ctx.clock()
        self._typed = pw
        self._runner.start(lambda _p: auth.login(user, pw, now=now), self._on_done,
                           self._on_failed)

    def _must_change(self, operator: Any) -> Any | None:
        """Ask for a new password after a supervisor's reset; the operator as signed in with
        it, or None when they gave up (the window does not open for them)."""
        auth, typed, user = self._auth, self._typed, str(operator.username)
        if auth is None:
            return None
        dialog = PasswordDialog(
            user, self.tr("Choose a new password"),
            self.tr("A supervisor set your password. Choose your own before you start: at "
                    "least 10 characters, not your user name."),
            submit=lambda _old, new: auth.change_password(user, typed, new, now=self._ctx.clock()),
            parent=self)
        if dialog.exec() != PasswordDialog.DialogCode.Accepted:
            return None
        return dialog.result_value

    def change_own_password(self, session: OperatorSession | None) -> bool:
        """The signed-in operator changes their password (current one, new one twice);
        whether it was changed."""
        if session is None or self._auth is None:
            return False
        auth, user = self._auth, session.username
        dialog = PasswordDialog(
            user, self.tr("Change your password"),
            self.tr("At least 10 characters, not your user name, not the one you have now."),
            ask_old=True,
            submit=lambda old, new: auth.change_password(user, old, new, now=self._ctx.clock()),
            parent=self.window())
        return dialog.exec() == PasswordDialog.DialogCode.Accepted

    def _on_done(self, operator: Any) -> None:
        self.button.setEnabled(True)
        self.password.clear()
        self.message.clear()
        if getattr(operator, "must_change_password", False):
            operator = self._must_change(operator)
            self._typed = ""
            if operator is None:
                self.message.setStyleSheet(ALARM_STYLE)
                self.message.setText(self.tr(
                    "Your password was reset: choose a new one to sign in."))
                return
        self._typed = ""
        role = getattr(operator, "role", "clerk")
        role = str(getattr(role, "value", role))
        session = OperatorSession(
            username=str(getattr(operator, "username", self.username.text())),
            role=role,
            display_name=str(getattr(operator, "full_name", "") or ""),
            operator=operator,
        )
        self.signed_in.emit(session)

    def _on_failed(self, message: str) -> None:
        self._typed = ""
        self.button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setStyleSheet(ALARM_STYLE)  # after the grey "Locked after..." too
        self.message.setText(message)
