"""Operator sign-in: user name and password, with the lockout message from the registry."""

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
from station.views.workers import TaskRunner


class LoginPage(QWidget):
    """Asks the ``auth`` service to sign an operator in; emits the session on success."""

    signed_in = Signal(object)

    def __init__(self, ctx: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._auth = ctx.service("station")
        self._runner = TaskRunner(self)
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
        self.message.setStyleSheet("color: #b00020; font-size: 11pt;")
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
        self.message.setStyleSheet("color: #555; font-size: 11pt;")
        self.message.setText(self.tr("Opening the registry..."))

    def show_opening_devices(self) -> None:
        """Signed in; the modes wait a moment for the scanner and the card verifier."""
        self.button.setEnabled(False)
        self.message.setStyleSheet("color: #555; font-size: 11pt;")
        self.message.setText(self.tr("Signed in. Opening the scanner and the card reader..."))

    def set_auth(self, auth: Any, error: str | None = None) -> None:
        """The service that checks passwords (None when there is no registry)."""
        self._auth = auth
        ready = auth is not None
        for w in (self.username, self.password, self.button):
            w.setEnabled(ready)
        self.message.setStyleSheet("color: #b00020; font-size: 11pt;")
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
            self.message.setText(self.tr("Enter your user name and password."))
            return
        self.button.setEnabled(False)
        self.message.setText(self.tr("Checking..."))
        auth, now = self._auth, self._ctx.clock()
        self._runner.start(lambda _p: auth.login(user, pw, now=now), self._on_done,
                           self._on_failed)

    def _on_done(self, operator: Any) -> None:
        self.button.setEnabled(True)
        self.password.clear()
        self.message.clear()
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
        self.button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(message)
