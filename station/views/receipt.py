"""The printable enrolment receipt: a one-page PDF (QPdfWriter) with a QR code.

Dates and numbers follow the interface language's QLocale; the QR code is drawn module by
module from :meth:`Receipt.qr_matrix` so the PDF stays vector and sharp when printed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from station.model.ui_receipt import Receipt


def _tr(text: str) -> str:
    return QCoreApplication.translate("Receipt", text)


def write_receipt_pdf(receipt: Receipt, path: Path) -> Path:
    """Write ``receipt`` as an A5 PDF at ``path`` (parent folders are created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                     QPageLayout.Orientation.Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(_tr("Enrolment receipt"))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the receipt to {path}")
    try:
        _draw(painter, receipt, writer.width(), writer.resolution())
    finally:
        painter.end()
    return path


def _draw(p: QPainter, r: Receipt, width: int, dpi: int) -> None:
    mm = dpi / 25.4
    locale = QLocale()
    y = 0.0
    title = QFont("Noto Sans", 16, QFont.Weight.Bold)
    body = QFont("Noto Sans", 10)
    body.setFamilies(["Noto Sans", "Khmer OS System", "Noto Naskh Arabic"])
    p.setFont(title)
    p.drawText(QRectF(0, y, width, 12 * mm), Qt.AlignmentFlag.AlignLeft,
               _tr("Enrolment receipt"))
    y += 12 * mm
    p.setFont(body)
    moment = QDateTime(r.issued_at).toLocalTime()
    when = (locale.toString(moment.date(), QLocale.FormatType.LongFormat) + " "
            + locale.toString(moment.time(), QLocale.FormatType.ShortFormat))
    lines = [
        (_tr("Station"), r.station_name),
        (_tr("Date"), when),
        (_tr("Name"), r.local_name),
        (_tr("Name (Latin)"), r.latin_name),
        (_tr("Person ID"), r.person_id),
        (_tr("Household ID"), r.household_id or "—"),
        (_tr("Programmes"), ", ".join(r.programmes) or "—"),
        (_tr("Card serial"), r.card_serial or _tr("not issued yet")),
        (_tr("Registered by"), r.operator),
    ]
    label_w = 38 * mm
    for label, value in lines:
        p.drawText(QRectF(0, y, label_w, 8 * mm), Qt.AlignmentFlag.AlignLeft, label)
        p.drawText(QRectF(label_w, y, width - label_w, 8 * mm), Qt.AlignmentFlag.AlignLeft,
                   value)
        y += 7 * mm
    for note in r.notes:
        p.drawText(QRectF(0, y, width, 8 * mm), Qt.AlignmentFlag.AlignLeft, note)
        y += 7 * mm
    y += 4 * mm
    matrix = r.qr_matrix()
    side = 40 * mm
    module = side / len(matrix)
    for i, row in enumerate(matrix):
        for j, dark in enumerate(row):
            if dark:
                p.fillRect(QRectF(j * module, y + i * module, module, module), QColor(0, 0, 0))
    p.drawText(QRectF(side + 6 * mm, y, width - side - 6 * mm, side),
               Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
               _tr("Keep this receipt. Show it at any Single Window office; the code "
                   "identifies your record."))
