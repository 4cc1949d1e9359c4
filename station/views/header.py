"""The header bar: station, operator and role, sync status, language, change password,
sign-out."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from station.i18n import LANGUAGES
from station.model.ui_session import OperatorSession
from station.views.formats import without_mnemonic


class OneLineLabel(QLabel):
    """A label on one line while the window is wide enough, wrapped (not widening the
    window past the screen) when it is not. QLabel's own word wrap breaks early even when
    there is room."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = (self.fontMetrics().horizontalAdvance(self.text()) + margins.left()
                 + margins.right() + 2 * self.margin() + 2)
        return QSize(width, self.heightForWidth(width))


class Header(QFrame):
    """Always visible at the top of the window; holds no domain state."""

    language_requested = Signal(str)
    sign_out_requested = Signal()
    change_password_requested = Signal()

    def __init__(self, station_name: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setStyleSheet(
            "#header { background: #1f4e79; } #header QLabel { color: white; }"
            " #header QLabel#stationName { font-size: 14pt; font-weight: 600; }"
        )
        row = QHBoxLayout(self)
        self.station_label = OneLineLabel(station_name)
        self.station_label.setObjectName("stationName")
        self.operator_label = OneLineLabel()
        self.operator_label.setObjectName("operator")
        self.sync_label = OneLineLabel()
        self.sync_label.setObjectName("syncStatus")
        self.language_box = QComboBox()
        self.language_box.setObjectName("language")
        self.language_box.setAccessibleName(self.tr("Interface language"))
        for code, lang in LANGUAGES.items():
            self.language_box.addItem(lang.native_name, code)
        self.language_box.setCurrentIndex(list(LANGUAGES).index(language))
        self.language_box.activated.connect(self._on_language)
        self.sign_out = QPushButton(without_mnemonic(self.tr("Sign &out")))
        self.sign_out.setObjectName("signOut")
        self.sign_out.clicked.connect(self.sign_out_requested)
        self.change_password = QPushButton(without_mnemonic(self.tr("Change &password...")))
        self.change_password.setObjectName("changePassword")
        self.change_password.clicked.connect(self.change_password_requested)
        row.addWidget(self.station_label)
        row.addStretch(1)
        row.addWidget(self.operator_label)
        row.addSpacing(24)
        row.addWidget(self.sync_label)
        row.addSpacing(24)
        row.addWidget(self.language_box)
        row.addWidget(self.change_password)
        row.addWidget(self.sign_out)
        self.show_session(None)
        self.show_sync(None)

    def show_session(self, session: OperatorSession | None) -> None:
        """Show who is signed in (or that nobody is)."""
        if session is None:
            self.operator_label.setText(self.tr("Not signed in"))
            self.sign_out.setVisible(False)
            self.change_password.setVisible(False)
            return
        role = {"clerk": self.tr("Clerk"), "supervisor": self.tr("Supervisor"),
                "auditor": self.tr("Auditor")}.get(session.role, session.role)
        self.operator_label.setText(f"{session.shown_name} · {role}")
        self.sign_out.setVisible(True)
        self.change_password.setVisible(True)

    def show_sync(self, text: str | None) -> None:
        """Show the sync summary line, or that sync is not configured."""
        self.sync_label.setText(text if text else self.tr("Sync: not configured"))

    def _on_language(self, index: int) -> None:
        self.language_requested.emit(str(self.language_box.itemData(index)))
