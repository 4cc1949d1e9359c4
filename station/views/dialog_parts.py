"""Parts every small form dialog of the station shares: the red one-line error under the
fields, and OK / Cancel where OK first checks the fields (the dialog closes only when they
hold)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton

ERROR_STYLE = "color: #b00020;"


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
