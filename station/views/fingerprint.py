"""A fingerprint image with its minutiae drawn over it, and optional links between two prints.

Minutiae follow the matcher's convention (``matcher.template``): columns x, y, angle, kind,
reliability; the direction of ``angle`` on screen is ``(cos a, -sin a)``. Ridge endings are
drawn as red circles, bifurcations as blue squares, each with a tail along its direction.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ENDING, BIFURCATION = 1, 2
ENDING_COLOUR = QColor(220, 40, 40)
BIFURCATION_COLOUR = QColor(30, 110, 230)


def to_qimage(image: np.ndarray) -> QImage:
    """A deep-copied 8-bit grey QImage of a 2-D uint8 array."""
    arr = np.ascontiguousarray(image, dtype=np.uint8)
    h, w = arr.shape
    return QImage(arr.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


class FingerprintView(QWidget):
    """Shows one print scaled to fit, with its minutiae; says plainly when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._minutiae = np.zeros((0, 5), dtype=np.float32)
        self._highlight: set[int] = set()
        self.empty_text = self.tr("No print yet")
        self.setMinimumSize(240, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Fingerprint image"))

    def sizeHint(self) -> QSize:
        return QSize(360, 440)

    def show_print(self, image: np.ndarray | None, minutiae: np.ndarray | None = None,
                   highlight: set[int] | None = None) -> None:
        """Show ``image`` with ``minutiae`` (N x 5); ``highlight`` indexes matched ones."""
        self._image = None if image is None else to_qimage(image)
        self.update()
        self._minutiae = (np.zeros((0, 5), dtype=np.float32) if minutiae is None
                          else np.asarray(minutiae, dtype=np.float32).reshape(-1, 5))
        self._highlight = set(highlight or ())
        self.update()

    def show_template(self, template: object) -> None:
        """Minutiae alone on a blank print area of the template's size (no image stored)."""
        width, height = int(getattr(template, "width", 0)), int(getattr(template, "height", 0))
        if width <= 0 or height <= 0:
            self.show_print(None)
            return
        blank = np.full((height, width), 235, dtype=np.uint8)
        self.show_print(blank, getattr(template, "minutiae", None))

    @property
    def minutiae_count(self) -> int:
        return int(self._minutiae.shape[0])

    def image_rect(self) -> QRectF:
        """Where the image is drawn (scaled to fit, centred, aspect kept)."""
        if self._image is None:
            return QRectF()
        iw, ih = self._image.width(), self._image.height()
        scale = min(self.width() / iw, self.height() / ih)
        w, h = iw * scale, ih * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def map_point(self, x: float, y: float) -> QPointF:
        """Image pixel -> widget coordinates."""
        rect = self.image_rect()
        if self._image is None or rect.isEmpty():
            return QPointF()
        s = rect.width() / self._image.width()
        return QPointF(rect.left() + x * s, rect.top() + y * s)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(250, 250, 250))
        if self._image is None:
            painter.setPen(QColor(120, 120, 120))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        rect = self.image_rect()
        painter.drawImage(rect, self._image)
        scale = rect.width() / self._image.width()
        radius = max(3.0, 5.0 * scale)
        for i, (x, y, angle, kind, _rel) in enumerate(self._minutiae):
            colour = BIFURCATION_COLOUR if int(kind) == BIFURCATION else ENDING_COLOUR
            width = 3.0 if i in self._highlight else 1.6
            if self._highlight and i not in self._highlight:
                colour = QColor(colour.red(), colour.green(), colour.blue(), 110)
            painter.setPen(QPen(colour, width))
            p = self.map_point(float(x), float(y))
            tail = QPointF(p.x() + 2.6 * radius * math.cos(angle),
                           p.y() - 2.6 * radius * math.sin(angle))
            if int(kind) == BIFURCATION:
                painter.drawRect(QRectF(p.x() - radius, p.y() - radius, 2 * radius, 2 * radius))
            else:
                painter.drawEllipse(p, radius, radius)
            painter.drawLine(p, tail)
