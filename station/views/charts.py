"""A small horizontal bar chart drawn with QPainter (no plotting library at start-up)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


def _as_written(label: str) -> str:
    """A label without right-to-left letters ("60+", a Latin village name) as an isolated
    left-to-right run: in an Urdu window "60+" was drawn "+60"."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in label):
        return label
    return f"\u2066{label}\u2069"  # LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE


class BarChart(QWidget):
    """Labelled bars with their counts; the numbers use the current QLocale."""

    def __init__(self, title: str, colour: str = "#1f4e79",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.colour = QColor(colour)
        self.data: list[tuple[str, int]] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(360, 40 + 26 * max(3, len(self.data)))

    def set_data(self, data: list[tuple[str, int]]) -> None:
        self.data = list(data)
        self.setAccessibleDescription(", ".join(f"{k}: {v}" for k, v in self.data))
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        line = fm.height() + 8
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        p.setFont(font)
        if not self.data:
            p.setPen(QColor(120, 120, 120))
            p.drawText(QRectF(0, line, self.width(), line), Qt.AlignmentFlag.AlignLeft,
                       self.tr("No records yet"))
            return
        label_w = max(fm.horizontalAdvance(k) for k, _ in self.data) + 12
        top = max(v for _, v in self.data) or 1
        locale = self.locale()
        bar_area = max(10.0, self.width() - label_w - 60)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for i, (label, value) in enumerate(self.data):
            y = line + i * line
            w = bar_area * value / top
            label_rect = QRectF(0, y, label_w - 6, line)
            bar_x = label_w if not rtl else self.width() - label_w - w
            if rtl:
                label_rect = QRectF(self.width() - label_w + 6, y, label_w - 6, line)
            p.setPen(QColor(40, 40, 40))
            p.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       _as_written(label) if rtl else label)
            p.fillRect(QRectF(bar_x, y + 4, w, line - 8), self.colour)
            text_x = bar_x + w + 6 if not rtl else bar_x - 56
            p.drawText(QRectF(text_x, y, 50, line), Qt.AlignmentFlag.AlignVCenter,
                       locale.toString(value))
