"""A page that scrolls up and down on a short screen, never sideways.

The supervisor's overview holds the notices, the queue, the sync figures and the charts; on a
700 px screen with notices shown (taller in a Khmer font) its lower part was cut off, the
backup button with it: a layout gives each part holding wrapped text the height that text
needs at its width, and there was not that much room. In this area the page keeps that height
and scrolls. Its width is still the page's own minimum, so a page too wide for the screen
widens the window as before (the 1024x700 fit tests see it) instead of hiding behind a
sideways scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScroll(QScrollArea):
    """Holds ``body``, as wide as the view, as tall as its text needs (scrolling if more)."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        hint = super().minimumSizeHint()
        if body is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(body.minimumSizeHint().width() + bar, hint.height())
