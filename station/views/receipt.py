"""The printable enrolment receipt: a one-page A5 PDF (QPdfWriter), or the same page sent to
a printer (QPrinter), with a QR code.

Dates and numbers follow the interface language's QLocale; the QR code is drawn module by
module from :meth:`Receipt.qr_matrix` so the PDF stays vector and sharp when printed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, Qt, QTime
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextOption,
)

from station.model.ui_receipt import Receipt


def _a5() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait,
                       QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)


def write_receipt_pdf(receipt: Receipt, path: Path) -> Path:
    """Write ``receipt`` as an A5 PDF at ``path`` (parent folders are created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(_a5())
    writer.setTitle(QCoreApplication.translate("Receipt", "Enrolment receipt"))
    paint_receipt(receipt, writer, f"cannot write the receipt to {path}")
    return path


def paint_receipt(receipt: Receipt, device: QPagedPaintDevice, failure: str) -> None:
    """Draw ``receipt`` on one page of ``device`` (the A5 PDF writer, or a printer on the
    paper chosen in its dialog). Raises OSError with ``failure`` if it cannot start."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(failure)
    try:
        _draw(painter, receipt, device.width(), device.logicalDpiX())
    finally:
        painter.end()


def issued_when(r: Receipt, locale: QLocale) -> str:
    """The receipt's date and time on the office's clock (the zone of ``issued_at``, which
    the window's clock gives; a naive time is UTC), never the computer's own zone: a laptop
    left on another zone printed 04:30 for a 16:30 enrolment."""
    at = r.issued_at if r.issued_at.tzinfo is not None else r.issued_at.replace(tzinfo=dt.UTC)
    return (locale.toString(QDate(at.year, at.month, at.day), QLocale.FormatType.LongFormat)
            + " " + locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat))


def _draw(p: QPainter, r: Receipt, width: int, dpi: int) -> None:
    mm = dpi / 25.4
    locale = QLocale()
    y = 0.0
    title = QFont("Noto Sans", 16, QFont.Weight.Bold)
    body = QFont("Noto Sans", 10)
    body.setFamilies(["Noto Sans", "Khmer OS System", "Noto Naskh Arabic"])
    p.setFont(title)
    p.drawText(QRectF(0, y, width, 12 * mm), Qt.AlignmentFlag.AlignLeft,
               QCoreApplication.translate("Receipt", "Enrolment receipt"))
    y += 12 * mm
    p.setFont(body)
    when = issued_when(r, locale)
    lines = [
        (QCoreApplication.translate("Receipt", "Station"), r.station_name),
        (QCoreApplication.translate("Receipt", "Date"), when),
        (QCoreApplication.translate("Receipt", "Name"), r.local_name),
        (QCoreApplication.translate("Receipt", "Name (Latin)"), r.latin_name),
        (QCoreApplication.translate("Receipt", "Address"), r.address or "—"),
        (QCoreApplication.translate("Receipt", "Person ID"), r.person_id),
        (QCoreApplication.translate("Receipt", "Household ID"), r.household_id or "—"),
        (QCoreApplication.translate("Receipt", "Programmes"), ", ".join(r.programmes) or "—"),
        (QCoreApplication.translate("Receipt", "Card serial"),
         r.card_serial or QCoreApplication.translate("Receipt", "not issued yet")),
        (QCoreApplication.translate("Receipt", "Registered by"), r.operator),
    ]
    label_w = 38 * mm
    for label, value in lines:  # a long address or programme list goes on to more lines
        used = max(_block(p, 0, y, label_w - 2 * mm, label),
                   _block(p, label_w, y, width - label_w, value))
        y += max(7 * mm, used + 2 * mm)
    for note in r.notes:
        y += max(7 * mm, _block(p, 0, y, width, note) + 2 * mm)
    y += 4 * mm
    matrix = r.qr_matrix()
    side = 40 * mm
    module = side / len(matrix)
    for i, row in enumerate(matrix):
        for j, dark in enumerate(row):
            if dark:
                p.fillRect(QRectF(j * module, y + i * module, module, module), QColor(0, 0, 0))
    _block(p, side + 6 * mm, y, width - side - 6 * mm,
           QCoreApplication.translate("Receipt", "Keep this receipt. Show it at any Single "
                                      "Window office; the code identifies your record."))


def _block(p: QPainter, x: float, y: float, width: float, text: str) -> float:
    """Draw ``text`` from (x, y) within ``width``, wrapped, and return the height it took.

    Wrapped at spaces, or anywhere where a line has none to break at: Khmer writes no
    spaces between words, and a line cut at the margin lost the rest of it."""
    option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    needed = p.boundingRect(QRectF(x, y, width, 1e6), text, option)
    p.drawText(QRectF(x, y, width, needed.height()), text, option)
    return needed.height()
