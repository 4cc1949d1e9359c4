"""Parts every small form dialog of the station shares: the red one-line error under the
fields, OK / Cancel where OK first checks the fields (the dialog closes only when they
hold), Esc that asks before it throws away what was typed, and a field's label whose Alt
letter takes the keyboard to it (dialogs and panels alike)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A field's label whose Alt letter (``&`` in ``text``) takes the keyboard to ``buddy``
    (a form row holding a layout, or a field in a plain row, gets no buddy by itself)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def error_line(name: str) -> QLabel:
    """An empty, word-wrapped red label named ``name`` for a dialog's one-line refusal."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def add_error_and_buttons(form: QFormLayout, dialog: QDialog, *, error_name: str,
                          ok_name: str, check: Callable[[], None],
                          ok_text: str | None = None) -> tuple[QLabel, QPushButton]:
    """Append the error line and OK / Cancel to ``form``: OK runs ``check`` (which accepts
    the dialog or fills the error line), Cancel rejects. Returns (error line, OK button)."""
    error = error_line(error_name)
    form.addRow(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text is not None:
        ok.setText(ok_text)
    ok.setObjectName(ok_name)
    buttons.accepted.connect(check)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return error, ok


class FormDialog(QDialog):
    """A dialog whose Esc asks first when something was typed (:meth:`typed`): a key pressed
    by habit threw away a death's source or a new operator's details. No is the default;
    Cancel still closes at once (the operator chose it)."""

    def typed(self) -> bool:
        """Whether the operator typed something Esc would lose."""
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.typed() and not self.ask_to_close():
            event.accept()
            return
        super().keyPressEvent(event)

    def ask_to_close(self) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            # the subclass's own context would not find it: one sentence for every dialog
            QCoreApplication.translate("FormDialog", "Close without saving? What you typed "
                                       "here will be lost."),
            defaultButton=QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
