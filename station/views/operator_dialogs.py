"""Dialogs of operator accounts: a new operator, and a new password (reset, change, or the
change a temporary password forces at sign-in).

The dialogs only ask, and refuse at once what the model would refuse anyway (two entries
that differ, a password the rule forbids); the model does the work and has the last word.
:class:`PasswordDialog` may be given the model call itself (``submit``): it then runs it in
its own background runner and stays open, with the reason in one line, until it succeeds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from station.errors import BadInput
from station.model.operators import MIN_PASSWORD, check_password_rule
from station.views.dialog_parts import FormDialog, add_error_and_buttons
from station.views.workers import TaskRunner, plain_message


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordDialog(QDialog):
    """Asks for a new password twice (and the current one when ``ask_old``).

    With ``submit(old, new)`` the dialog runs it in the background and closes only when it
    returned; its result is then :attr:`result_value`.
    """

    def __init__(self, username: str, title: str, intro: str, *, ask_old: bool = False,
                 submit: Callable[[str, str], Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = username
        self._submit = submit
        self._runner = TaskRunner(self)
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        form.addRow(text)
        self.old = _secret("oldPassword")
        if ask_old:
            form.addRow(self.tr("&Current password"), self.old)
        self.new = _secret("newPassword")
        self.again = _secret("newPasswordAgain")
        form.addRow(self.tr("&New password"), self.new)
        form.addRow(self.tr("&Again"), self.again)
        self.error, self.ok = add_error_and_buttons(
            form, self, error_name="passwordError", ok_name="passwordOk", check=self._check)

    def chosen(self) -> tuple[str, str]:
        """The current password (empty when not asked) and the new one."""
        return self.old.text(), self.new.text()

    def wait(self) -> None:
        self._runner.wait()

    def _check(self) -> None:
        if self._runner.busy:
            return
        old, new = self.chosen()
        if new != self.again.text():
            self.error.setText(self.tr("The two new passwords differ."))
            return
        try:
            check_password_rule(self.username, new)
        except BadInput as err:  # its one line, in the dialog
            self.error.setText(plain_message(err))
            return
        if self._submit is None:
            self.accept()
            return
        submit = self._submit
        self.ok.setEnabled(False)
        self.error.setText(self.tr("Checking..."))
        self._runner.start(lambda _p: submit(old, new), self._on_done, self._on_failed)

    def _on_done(self, result: Any) -> None:
        self.result_value = result
        self.ok.setEnabled(True)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.ok.setEnabled(True)
        self.error.setText(message)


class NewOperatorDialog(FormDialog):
    """Asks for a new operator's user name, name, role and first password (twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an operator"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("newFullName")
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for code, label in (("clerk", self.tr("Clerk")), ("supervisor", self.tr("Supervisor")),
                            ("auditor", self.tr("Auditor"))):
            self.role.addItem(label, code)
        self.password = _secret("newOperatorPassword")
        self.again = _secret("newOperatorAgain")
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("Full &name"), self.full_name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Again"), self.again)
        self.error, _ok = add_error_and_buttons(
            form, self, error_name="newOperatorError", ok_name="newOperatorOk",
            check=self._check)

    def typed(self) -> bool:
        return any(edit.text().strip() for edit in (self.username, self.full_name,
                                                    self.password, self.again))

    def chosen(self) -> tuple[str, str, str, str]:
        """User name, full name, role code and password."""
        return (self.username.text().strip(), self.full_name.text().strip(),
                str(self.role.currentData()), self.password.text())

    def _check(self) -> None:
        if not self.username.text().strip():
            self.error.setText(self.tr("Enter a user name."))
        elif self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
        elif len(self.password.text()) < MIN_PASSWORD:
            self.error.setText(self.tr("The password must have at least %1 characters.")
                               .replace("%1", str(MIN_PASSWORD)))
        else:
            self.accept()
