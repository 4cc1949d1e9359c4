"""A clearly labelled panel for a part of the station whose service is not installed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Placeholder(QWidget):
    """Says plainly what is missing, so nobody mistakes an empty screen for a working one."""

    def __init__(self, title: str, missing: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setObjectName("placeholderTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        body = QLabel(self.tr("Not available on this station yet: %1").replace("%1", missing))
        body.setObjectName("placeholderBody")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setStyleSheet("color: #8a5a00; font-size: 12pt;")
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(2)
