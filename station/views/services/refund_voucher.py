"""The voucher of a refund paid out at the counter, offered as soon as the refund is
recorded: the cash leaves the till, and whoever takes it signs the paper (the office's
cashier and auditor keep it), as the member keeps a payment's receipt.

A small dialog of its own (the Programmes tab has no Alt letter left): the refund's receipt
number and amount, Save as PDF (``data_dir/receipts/refund-<number>.pdf``), Print, Close.
The refund is recorded before the dialog opens: a folder that cannot be written is said in
one line, and the voucher can be saved again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from station.views.formats import isolated
from station.views.paper_dialog import PaperDialog
from station.views.receipt import RefundVoucher, paint_refund_voucher, write_refund_voucher_pdf

log = logging.getLogger(__name__)


class RefundVoucherDialog(PaperDialog):
    """Save or print the voucher of the refund just recorded; Close is the default."""

    def __init__(self, voucher: RefundVoucher, folder: Path,
                 parent: QWidget | None = None) -> None:
        self.voucher = voucher
        super().__init__(
            folder, "refundVoucher",
            QCoreApplication.translate("RefundVoucherDialog", "Refund voucher"),
            QCoreApplication.translate("RefundVoucherDialog", "Refund recorded: receipt %1, "
                                       "%2 %3. Give the person the voucher to sign.")
            .replace("%1", isolated(voucher.receipt_no))
            .replace("%2", QLocale().toString(int(voucher.amount_minor)))
            .replace("%3", voucher.currency), parent)

    def path(self) -> Path:
        return self.folder / f"refund-{self.voucher.receipt_no}.pdf"

    def write(self, path: Path) -> None:
        write_refund_voucher_pdf(self.voucher, path)

    def paint(self, printer: QPrinter, failure: str) -> None:
        paint_refund_voucher(self.voucher, printer, failure)

    def unsaved(self, folder: Path) -> str:
        return self.tr("The voucher could not be saved in %1: check that this folder can be "
                       "written (the USB stick plugged in, space left), then save again."
                       ).replace("%1", isolated(str(folder)))

    def printer_title(self) -> str:
        return self.tr("Print the voucher")
