"""A membership's statement of contributions on paper: A5 pages (QPdfWriter or a printer).

What a member asks for at the counter when a receipt is lost, or when a hospital or another
office wants proof of cover: whose membership, of which programme, where it stands today (the
Payments tab's own line), then every payment and refund, oldest first, as many pages as they
take, each page numbered "page N of M" and the later ones headed with the holder again (a
sheet that comes loose still says whose it is).

Drawn with the receipts' fonts and look (:mod:`station.views.receipt`); dates and numbers
follow the interface language's QLocale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter

from station.views.formats import isolated
from station.views.receipt import _a5, _block, _head, _lines, _right_to_left, issued_when


@dataclass(frozen=True)
class StatementLine:
    """One payment or refund, as written on the statement."""

    # When, on the office's clock, as the desk writes a date and time.
    when: str
    receipt_no: str
    # The amount with its currency ("1,500 XSP"); a refund's is said as one.
    amount: str
    refund: bool = False


@dataclass(frozen=True)
class StatementPaper:
    """The lines of a membership's statement of contributions."""

    station_name: str
    # Who printed it (the operator signed in).
    operator: str
    # When it was printed (the window's clock: the office's zone).
    issued_at: dt.datetime
    holder: str
    programme: str
    membership_id: str
    # Where it stands today, as the Payments tab says it.
    standing: str
    lines: tuple[StatementLine, ...]


def write_statement_pdf(paper: StatementPaper, path: Path) -> Path:
    """Write ``paper`` as A5 PDF pages at ``path`` (parent folders are created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(_a5())
    writer.setTitle(QCoreApplication.translate("Statement", "Statement of contributions"))
    paint_statement(paper, writer, f"cannot write the statement to {path}")
    return path


def paint_statement(paper: StatementPaper, device: QPagedPaintDevice, failure: str) -> None:
    """Draw ``paper`` on as many pages of ``device`` as it takes. Raises OSError with
    ``failure`` if the device cannot start."""
    # laid out once to count the pages, then drawn with "page N of M" on each
    pages = _layout(paper, device, None)
    _layout(paper, device, pages)


def _layout(paper: StatementPaper, device: QPagedPaintDevice, total: int | None) -> int:
    """Draw (``total`` given) or only measure (None, on a throw-away painter of a PDF in
    memory) the statement; returns the number of pages."""
    painter = QPainter()
    if total is None:  # measure on a PDF writer of the same page and resolution
        from PySide6.QtCore import QBuffer, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        measure = QPdfWriter(buffer)
        measure.setResolution(device.logicalDpiX())
        measure.setPageLayout(device.pageLayout())
        target: QPagedPaintDevice = measure
    else:
        target = device
    if not painter.begin(target):
        raise OSError(f"cannot lay out the statement on {type(target).__name__}")
    try:
        return _draw(painter, paper, target, total)
    finally:
        painter.end()


def _draw(p: QPainter, paper: StatementPaper, device: QPagedPaintDevice,
          total: int | None) -> int:
    width, height, dpi = device.width(), device.height(), device.logicalDpiX()
    mm = dpi / 25.4
    locale = QLocale()
    page = 1
    title = QCoreApplication.translate("Statement", "Statement of contributions")
    y = _head(p, title, width, mm)
    y = _lines(p, y, [
        (QCoreApplication.translate("Statement", "Station"), paper.station_name),
        (QCoreApplication.translate("Statement", "Date"), issued_when(paper, locale)),
        (QCoreApplication.translate("Statement", "Holder"), paper.holder or "—"),
        (QCoreApplication.translate("Statement", "Programme"), paper.programme or "—"),
        (QCoreApplication.translate("Statement", "Membership"), paper.membership_id),
        (QCoreApplication.translate("Statement", "Standing today"), paper.standing or "—"),
        (QCoreApplication.translate("Statement", "Printed by"), paper.operator),
    ], width, mm)
    footer = 8 * mm  # the page number's line at the foot of each page
    # a receipt number (about 31 characters) on one line: the table a point smaller
    table_font = p.font()
    table_font.setPointSizeF(9)
    p.setFont(table_font)
    columns = (0.0, 0.26 * width, 0.76 * width)
    widths = (columns[1] - 2 * mm, columns[2] - columns[1] - 2 * mm, width - columns[2])
    if _right_to_left():  # the date on the right, where an Urdu reader starts, as the lines
        columns = (width - widths[0], width - columns[1] - widths[1], 0.0)
    names = (QCoreApplication.translate("Statement", "Date"),
             QCoreApplication.translate("Statement", "Receipt"),
             QCoreApplication.translate("Statement", "Amount"))

    def heading(y: float) -> float:
        plain = p.font()
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        used = max(_block(p, x, y, w, name) for x, w, name in zip(columns, widths, names,
                                                                    strict=True))
        p.setFont(plain)
        y += used + 1 * mm
        p.drawLine(0, int(y), width, int(y))
        return y + 1.5 * mm

    def foot() -> None:
        if total is None:
            return
        text = (QCoreApplication.translate("Statement", "Page %1 of %2")
                .replace("%1", locale.toString(page)).replace("%2", locale.toString(total)))
        p.drawText(QRectF(0, height - footer + 2 * mm, width, footer - 2 * mm),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), text)

    continued = (QCoreApplication.translate("Statement",
                                            "Statement of contributions (continued): %1 — %2")
                 .replace("%1", paper.holder or "—").replace("%2", paper.programme or "—"))
    y = heading(y + 3 * mm)
    if not paper.lines:
        _block(p, 0, y, width,
               QCoreApplication.translate("Statement", "No payment recorded yet."))
    for line in paper.lines:
        # "1,500 XSP" whole on an Urdu paper, as on the screen
        amount = (QCoreApplication.translate("Statement", "%1 refunded")
                  .replace("%1", isolated(line.amount)) if line.refund
                  else isolated(line.amount))
        row = list(zip(columns, widths, (line.when, line.receipt_no, amount), strict=True))
        needed = max(_measure(p, w, text) for _x, w, text in row) + 1.5 * mm
        if y + needed > height - footer:  # on to the next page, headed with whose it is
            foot()
            if total is not None:
                device.newPage()
            page += 1
            y = heading(_block(p, 0, 0, width, continued) + 2 * mm)
        if total is not None:
            for x, w, text in row:
                _block(p, x, y, w, text)
        y += needed
    foot()
    return page


def _measure(p: QPainter, width: float, text: str) -> float:
    """The height ``text`` takes wrapped within ``width`` (as :func:`_block` draws it)."""
    from PySide6.QtGui import QTextOption

    option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return p.boundingRect(QRectF(0, 0, width, 1e6), text, option).height()
