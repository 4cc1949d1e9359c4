"""The printable receipts: the enrolment's (with a QR code), a contribution paid at the
counter and the voucher of money refunded at the counter (signed by who took the cash and
who paid it out), each a one-page A5 PDF (QPdfWriter), or the same page sent to a printer
(QPrinter).

A receipt or a voucher can be given again from the Payments tab's history, and the
enrolment receipt from the search: a copy (:class:`CopyMark`) says so under its title, with
when and by whom it was printed and when the original was issued (the enrolment's: the day
the person was registered, its lines being the record as it stands today), so that it never
passes for a second payment, a second refund or a new registration; a payment's copy
holds only what the registry keeps of the row (a payment's paid-until and arrears were true
at the original's moment only and are left to the statement; a copy of a voucher has no
signature lines: the cash left the till once, on the signed original).

Dates and numbers follow the interface language's QLocale; the QR code is drawn module by
module from :meth:`Receipt.qr_matrix` so the PDF stays vector and sharp when printed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, Qt, QTime
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextOption,
)

from station.model.ui_receipt import CopyMark, Receipt
from station.views.formats import isolated

__all__ = ["CopyMark", "Receipt"]  # the copy's mark is the model's, shared by every paper

log = logging.getLogger(__name__)


def _a5() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait,
                       QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)


def write_receipt_pdf(receipt: Receipt, path: Path) -> Path:
    """Write ``receipt`` as an A5 PDF at ``path`` (parent folders are created)."""
    return _write_pdf(path, receipt_title(receipt),
                      lambda device, failure: paint_receipt(receipt, device, failure))


def receipt_title(receipt: Receipt) -> str:
    return (QCoreApplication.translate("Receipt", "Enrolment receipt — COPY")
            if receipt.copy else QCoreApplication.translate("Receipt", "Enrolment receipt"))


def paint_receipt(receipt: Receipt, device: QPagedPaintDevice, failure: str) -> None:
    """Draw ``receipt`` on one page of ``device`` (the A5 PDF writer, or a printer on the
    paper chosen in its dialog). Raises OSError with ``failure`` if it cannot start."""
    _paint(device, failure, lambda p, width, dpi: _draw(p, receipt, width, dpi))


@dataclass(frozen=True)
class CounterPaper:
    """The lines a contribution receipt and a refund voucher share: who gave it, when,
    its number, whose membership, which programme and how much."""

    station_name: str
    # The clerk who took the money (a receipt) or paid it out (a voucher).
    operator: str
    # When (the window's clock: the office's zone).
    issued_at: dt.datetime
    # The receipt number (a refund's is ``...-RNNNNN``).
    receipt_no: str
    # Whose membership: the local name and the Latin one, as the statement says it.
    holder: str
    # The programme as the desk names it (not its code).
    programme: str
    amount_minor: int
    currency: str


@dataclass(frozen=True)
class PaymentReceipt(CounterPaper):
    """The lines of the receipt for a contribution paid at the counter."""

    # The statement after the payment (not drawn on a copy: see the statement).
    paid_until: dt.date | None
    arrears_minor: int
    # Set on a copy given from the history; ``issued_at`` is then the original's moment.
    copy: CopyMark | None = None


def write_payment_receipt_pdf(receipt: PaymentReceipt, path: Path) -> Path:
    """Write the payment ``receipt`` as an A5 PDF at ``path`` (parent folders are created)."""
    return _write_pdf(path, payment_receipt_title(receipt),
                      lambda device, failure: paint_payment_receipt(receipt, device, failure))


def payment_receipt_title(receipt: PaymentReceipt) -> str:
    return (QCoreApplication.translate("Receipt", "Contribution receipt — COPY")
            if receipt.copy else QCoreApplication.translate("Receipt", "Contribution receipt"))


def paint_payment_receipt(receipt: PaymentReceipt, device: QPagedPaintDevice,
                          failure: str) -> None:
    """Draw the payment ``receipt`` on one page of ``device``, as :func:`paint_receipt`."""
    _paint(device, failure, lambda p, width, dpi: _draw_payment(p, receipt, width, dpi))


# What a refund paid out: a membership withdrawn with everything paid towards it; the
# credit of an ended membership; either, to the family of a holder who died.
RefundKind = Literal["withdrawal", "credit", "family"]


@dataclass(frozen=True)
class RefundVoucher(CounterPaper):
    """The lines of the voucher for money refunded at the counter: the office's cashier
    and auditor keep it, signed by who took the cash and by the clerk who paid it out."""

    # None on a copy of a refund whose kind is not on file (the line is left out).
    kind: RefundKind | None
    # Why, in the desk's words (the end reason, or the clerk's words); "" for none.
    reason: str
    # Who takes the cash, printed under the signature line; "" (a relative) is written
    # there by hand.
    recipient: str
    # Set on a copy given from the history; ``issued_at`` is then the original's moment.
    copy: CopyMark | None = None


def refund_voucher_title(voucher: RefundVoucher | None = None) -> str:
    return (QCoreApplication.translate("Receipt", "Refund voucher — COPY")
            if voucher is not None and voucher.copy else
            QCoreApplication.translate("Receipt", "Refund voucher"))


def write_refund_voucher_pdf(voucher: RefundVoucher, path: Path) -> Path:
    """Write the refund ``voucher`` as an A5 PDF at ``path`` (parent folders are created)."""
    return _write_pdf(path, refund_voucher_title(voucher),
                      lambda device, failure: paint_refund_voucher(voucher, device, failure))


def paint_refund_voucher(voucher: RefundVoucher, device: QPagedPaintDevice,
                         failure: str) -> None:
    """Draw the refund ``voucher`` on one page of ``device``, as :func:`paint_receipt`."""
    _paint(device, failure, lambda p, width, dpi: _draw_refund(p, voucher, width, dpi))


def _refund_kind_words(kind: RefundKind) -> str:
    return {
        "withdrawal": QCoreApplication.translate(
            "Receipt", "Withdrawal with refund of the contributions paid"),
        "credit": QCoreApplication.translate(
            "Receipt", "Refund of the credit after the membership ended"),
        "family": QCoreApplication.translate(
            "Receipt", "Refund to the family of a member who died"),
    }[kind]


def _draw_refund(p: QPainter, r: RefundVoucher, width: int, dpi: int) -> None:
    mm = dpi / 25.4
    locale = QLocale()
    y = _head(p, refund_voucher_title(r), width, mm)
    y = _copy_mark(p, r, y, width, mm, locale)
    lines = [
        (QCoreApplication.translate("Receipt", "Receipt number"), r.receipt_no),
        (QCoreApplication.translate("Receipt", "Station"), r.station_name),
        (QCoreApplication.translate("Receipt", "Date"), issued_when(r, locale)),
        (QCoreApplication.translate("Receipt", "Holder"), r.holder or "—"),
        (QCoreApplication.translate("Receipt", "Programme"), r.programme or "—"),
        (QCoreApplication.translate("Receipt", "Amount refunded"),
         isolated(f"{locale.toString(int(r.amount_minor))} {r.currency}".strip())),
    ]
    if r.kind is not None:
        lines.append((QCoreApplication.translate("Receipt", "Refund"),
                      _refund_kind_words(r.kind)))
    if r.reason:
        lines.append((QCoreApplication.translate("Receipt", "Reason"), r.reason))
    if r.copy is not None:  # signed once, on the original: a copy is never signed again
        lines.append((QCoreApplication.translate("Receipt", "Paid out by"),
                      r.operator or _unknown()))
        _lines(p, y, lines, width, mm)
        return
    y = _lines(p, y, lines, width, mm) + 4 * mm
    # the cash left the till: who took it signs, and the clerk who paid it out
    for label, name in (
            (QCoreApplication.translate("Receipt", "Received by (name and signature)"),
             r.recipient),
            (QCoreApplication.translate("Receipt", "Paid out by"), r.operator)):
        y += _block(p, 0, y, width, label) + 14 * mm
        start = width * 0.3 if _right_to_left() else 0  # where the words begin
        p.drawLine(round(start), round(y), round(start + width * 0.7), round(y))
        y += 1 * mm
        # a relative's name is written by hand on the line above
        y += (_block(p, 0, y, width, name) if name else 0) + 6 * mm


def _write_pdf(path: Path, title: str,
               paint: Callable[[QPagedPaintDevice, str], None]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(_a5())
    writer.setTitle(title)
    paint(writer, f"cannot write the receipt to {path}")
    return path


def _paint(device: QPagedPaintDevice, failure: str,
           draw: Callable[[QPainter, int, int], None]) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(failure)
    try:
        draw(painter, device.width(), device.logicalDpiX())
    finally:
        painter.end()


class Dated(Protocol):
    """A paper with the moment it was issued (a receipt, a statement)."""

    @property
    def issued_at(self) -> dt.datetime: ...


def issued_when(r: Dated, locale: QLocale) -> str:
    """The receipt's date and time on the office's clock (the zone of ``issued_at``, which
    the window's clock gives; a naive time is UTC), never the computer's own zone: a laptop
    left on another zone printed 04:30 for a 16:30 enrolment."""
    at = r.issued_at if r.issued_at.tzinfo is not None else r.issued_at.replace(tzinfo=dt.UTC)
    # the time kept whole on an Urdu paper, which read "AM 9:30" (:func:`isolated`)
    return (locale.toString(QDate(at.year, at.month, at.day), QLocale.FormatType.LongFormat)
            + " " + isolated(locale.toString(QTime(at.hour, at.minute),
                                             QLocale.FormatType.ShortFormat)))


def _unknown() -> str:
    """Who took the money, when that operator's account is not on file."""
    return QCoreApplication.translate("Receipt", "unknown")


def _copy_mark(p: QPainter, r: PaymentReceipt | RefundVoucher | Receipt, y: float,
               width: int, mm: float, locale: QLocale) -> float:
    """On a copy, the line that says it is one (bold, framed), under the title; returns
    where the lines begin. An enrolment receipt's copy says the day the person was
    registered (its lines are today's record); a payment's or a refund's, when the
    original was issued (its lines are the original's)."""
    if r.copy is None:
        return y
    copy = r.copy
    if isinstance(r, Receipt):
        # the day in the office's zone, as the caller gives it (the window's clock's)
        day = _long_date(r.registered_at, locale) if r.registered_at else _unknown()
        text = (QCoreApplication.translate(
            "Receipt", "COPY — printed %1 by %2; registered on %3")
            .replace("%1", issued_when(_Moment(copy.printed_at), locale))
            .replace("%2", copy.printed_by or _unknown())
            .replace("%3", day))
    else:
        text = (QCoreApplication.translate(
            "Receipt", "COPY — printed %1 by %2; the original was issued %3")
            .replace("%1", issued_when(_Moment(copy.printed_at), locale))
            .replace("%2", copy.printed_by or _unknown())
            .replace("%3", issued_when(r, locale)))
    return framed(p, y, width, mm, text)


def copy_path(folder: Path, stem: str) -> Path:
    """``<stem>-copy-<n>.pdf`` in ``folder``, n the first not taken: a copy never writes
    over the original's file (``<stem>.pdf``) nor over an earlier copy."""
    n = 1
    while (folder / f"{stem}-copy-{n}.pdf").exists():
        n += 1
    return folder / f"{stem}-copy-{n}.pdf"


# ``log_copy(details, on_done, on_failed)``: the copy written to the audit trail in the
# caller's worker (:func:`station.model.audit_log.record_copy`), then one of the two called.
CopyLogger = Callable[[dict[str, str], Callable[[Any], None], Callable[[str], None]], None]


def save_logged_copy(path: Path, write: Callable[[Path], object], log_copy: CopyLogger, *,
                     saved: Callable[[Path], None], refused: Callable[[str], None],
                     unsaved: str) -> None:
    """Save a copy of a paper to ``path`` with ``write``, then put it in the audit trail
    (``log_copy`` with ``{"file": path}``) and call ``saved``. A folder that cannot be
    written gives ``refused(unsaved)`` (the system's own words, English and an errno, go to
    the log); a copy the trail refuses is not left on disk either: its file is removed and
    ``refused`` gets the trail's sentence. The search's enrolment receipt and the Payments
    tab's receipts and vouchers are given this way."""
    try:
        write(path)
    except OSError as err:
        log.warning("receipt copy not saved in %s: %s", path.parent, err)
        refused(unsaved)
        return

    def unwritten(text: str) -> None:  # not in the log: the file is not left either
        path.unlink(missing_ok=True)
        refused(text)

    log_copy({"file": str(path)}, lambda _done: saved(path), unwritten)


def framed(p: QPainter, y: float, width: int, mm: float, text: str) -> float:
    """``text`` in bold, framed across the page from ``y`` (a copy's mark: never taken
    for the original); returns where the next line begins."""
    body = p.font()
    bold = QFont(body)
    bold.setBold(True)
    p.setFont(bold)
    pad = 2 * mm
    used = _block(p, pad, y + pad, width - 2 * pad, text)
    p.drawRect(QRectF(0, y, width, used + 2 * pad))
    p.setFont(body)
    return y + used + 2 * pad + 4 * mm


@dataclass(frozen=True)
class _Moment:
    issued_at: dt.datetime


def _long_date(at: dt.datetime, locale: QLocale) -> str:
    return locale.toString(QDate(at.year, at.month, at.day), QLocale.FormatType.LongFormat)


def _head(p: QPainter, title_text: str, width: int, mm: float) -> float:
    """The receipt's title, then the body's font set; returns where the lines begin."""
    title = QFont("Noto Sans", 16, QFont.Weight.Bold)
    body = QFont("Noto Sans", 10)
    body.setFamilies(["Noto Sans", "Khmer OS System", "Noto Naskh Arabic"])
    for font in (title, body):  # "ff" in a receipt number must copy and search as two f's
        font.setFeature(QFont.Tag("liga"), 0)
    p.setFont(title)
    # where the lines begin (their right at an Urdu desk), as _block aligns them
    p.drawText(QRectF(0, 0, width, 12 * mm), title_text,
               QTextOption(Qt.AlignmentFlag.AlignLeft))
    p.setFont(body)
    return 12 * mm


def _lines(p: QPainter, y: float, lines: list[tuple[str, str]], width: int,
           mm: float) -> float:
    """Label and value side by side, one pair a row; returns where the next row begins.

    The label comes first in the reading: on the right at a right-to-left desk, where an
    Urdu clerk read each number before what it was."""
    label_w = 38 * mm
    label_x, value_x = ((width - label_w + 2 * mm, 0.0) if _right_to_left()
                        else (0.0, label_w))
    for label, value in lines:  # a long address or programme list goes on to more lines
        used = max(_block(p, label_x, y, label_w - 2 * mm, label),
                   _block(p, value_x, y, width - label_w, value))
        y += max(7 * mm, used + 2 * mm)
    return y


def _draw_payment(p: QPainter, r: PaymentReceipt, width: int, dpi: int) -> None:
    mm = dpi / 25.4
    locale = QLocale()
    y = _head(p, payment_receipt_title(r), width, mm)
    y = _copy_mark(p, r, y, width, mm, locale)

    def money(minor: int) -> str:  # "1,500 XSP" whole on an Urdu paper, as on the screen
        return isolated(f"{locale.toString(int(minor))} {r.currency}".strip())

    paid_until = (locale.toString(QDate(r.paid_until.year, r.paid_until.month,
                                        r.paid_until.day), QLocale.FormatType.LongFormat)
                  if r.paid_until else QCoreApplication.translate("Receipt", "nothing paid"))
    # a copy: where the membership stood after the payment was true on that day only
    standing = ([(QCoreApplication.translate("Receipt", "Paid until, arrears"),
                  QCoreApplication.translate("Receipt", "not on a copy: see the statement"))]
                if r.copy is not None else
                [(QCoreApplication.translate("Receipt", "Paid until"), paid_until),
                 (QCoreApplication.translate("Receipt", "Arrears"), money(r.arrears_minor))])
    _lines(p, y, [
        (QCoreApplication.translate("Receipt", "Receipt number"), r.receipt_no),
        (QCoreApplication.translate("Receipt", "Station"), r.station_name),
        (QCoreApplication.translate("Receipt", "Date"), issued_when(r, locale)),
        (QCoreApplication.translate("Receipt", "Holder"), r.holder or "—"),
        (QCoreApplication.translate("Receipt", "Programme"), r.programme or "—"),
        (QCoreApplication.translate("Receipt", "Amount received"), money(r.amount_minor)),
        *standing,
        (QCoreApplication.translate("Receipt", "Received by"), r.operator or _unknown()),
    ], width, mm)


def _draw(p: QPainter, r: Receipt, width: int, dpi: int) -> None:
    mm = dpi / 25.4
    locale = QLocale()
    y = _head(p, receipt_title(r), width, mm)
    y = _copy_mark(p, r, y, width, mm, locale)
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
        (QCoreApplication.translate("Receipt", "Consent"), consent_words(r.consent)),
        (QCoreApplication.translate("Receipt", "Registered by"), r.operator or _unknown()),
    ]
    y = _lines(p, y, lines, width, mm)
    for note in r.notes:
        y += max(7 * mm, _block(p, 0, y, width, note) + 2 * mm)
    y += 4 * mm
    matrix = r.qr_matrix()
    side = 40 * mm
    module = side / len(matrix)
    # the code on the side the lines begin, the words after it (mirrored at an Urdu desk)
    code_x, words_x = ((width - side, 0.0) if _right_to_left() else (0.0, side + 6 * mm))
    for i, row in enumerate(matrix):
        for j, dark in enumerate(row):
            if dark:
                p.fillRect(QRectF(code_x + j * module, y + i * module, module, module),
                           QColor(0, 0, 0))
    _block(p, words_x, y, width - side - 6 * mm,
           QCoreApplication.translate("Receipt", "Keep this receipt. Show it at any Single "
                                      "Window office; the code identifies your record."))


def consent_words(consent: Any) -> str:
    """Who agreed to the registration, after which privacy notice, in the desk's words."""
    if not consent:
        return QCoreApplication.translate("Receipt", "not recorded")
    if consent.get("given_by") == "guardian":
        return (QCoreApplication.translate("Receipt", "%1, parent or guardian (privacy notice "
                                           "%2)").replace("%1", str(consent.get("guardian")))
                .replace("%2", str(consent.get("notice"))))
    return QCoreApplication.translate("Receipt", "the person (privacy notice %1)").replace(
        "%1", str(consent.get("notice")))


def _right_to_left() -> bool:
    """Whether the paper is laid out for a right-to-left desk (Urdu)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _block(p: QPainter, x: float, y: float, width: float, text: str) -> float:
    """Draw ``text`` from (x, y) within ``width``, wrapped, and return the height it took.

    Wrapped at spaces, or anywhere where a line has none to break at: Khmer writes no
    spaces between words, and a line cut at the margin lost the rest of it."""
    option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    needed = p.boundingRect(QRectF(x, y, width, 1e6), text, option)
    p.drawText(QRectF(x, y, width, needed.height()), text, option)
    return needed.height()
