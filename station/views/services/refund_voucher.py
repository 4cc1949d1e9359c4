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

from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from station.views.formats import isolated
from station.views.receipt import RefundVoucher, paint_refund_voucher, write_refund_voucher_pdf

log = logging.getLogger(__name__)


class RefundVoucherDialog(QDialog):
    """Save or print the voucher of the refund just recorded; Close is the default."""

    def __init__(self, voucher: RefundVoucher, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voucher, self.folder = voucher, folder
        self.setObjectName("refundVoucherDialog")
        self.setWindowTitle(self.tr("Refund voucher"))
        self.setMinimumWidth(480)  # the sentence and a saved path read in two lines, not five
        lay = QVBoxLayout(self)
        said = QLabel(self.tr("Refund recorded: receipt %1, %2 %3. Give the person the "
                              "voucher to sign.")
                      .replace("%1", isolated(voucher.receipt_no))
                      .replace("%2", QLocale().toString(int(voucher.amount_minor)))
                      .replace("%3", voucher.currency))
        said.setObjectName("refundVoucherSaid")
        said.setWordWrap(True)
        lay.addWidget(said)
        # what Save or Print did, in one line
        self.message = QLabel()
        self.message.setObjectName("refundVoucherMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save as P&DF"))
        self.save_button.setObjectName("saveRefundVoucher")
        self.print_button = QPushButton(self.tr("&Print..."))
        self.print_button.setObjectName("printRefundVoucher")
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("closeRefundVoucher")
        for button in (self.save_button, self.print_button):
            button.setAutoDefault(False)  # Enter closes; it never prints twice
        self.close_button.setDefault(True)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        lay.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self._choose_printer)
        self.close_button.clicked.connect(self.accept)

    def path(self) -> Path:
        return self.folder / f"refund-{self.voucher.receipt_no}.pdf"

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #a00;" if error else "")
        self.message.setText(text)

    def save(self) -> bool:
        """Write the voucher as a PDF named by its number; say where it went."""
        path = self.path()
        try:
            write_refund_voucher_pdf(self.voucher, path)
        except OSError as err:  # the OS's own words (English, an errno) are for the log
            log.warning("refund voucher not saved in %s: %s", path.parent, err)
            self._say(self.tr("The voucher could not be saved in %1: check that this folder "
                              "can be written (the USB stick plugged in, space left), then "
                              "save again.").replace("%1", isolated(str(path.parent))),
                      error=True)
            return False
        self._say(self.tr("Saved: %1").replace("%1", isolated(str(path))))
        return True

    def print_to(self, printer: QPrinter) -> bool:
        """Send the voucher to ``printer``; say what happened."""
        try:
            paint_refund_voucher(self.voucher, printer,
                                 self.tr("The printer could not be started."))
        except OSError as err:
            self._say(str(err), error=True)
            return False
        self._say(self.tr("Sent to %1.").replace(
            "%1", printer.printerName() or printer.outputFileName() or self.tr("the printer")))
        return True

    def _choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the voucher"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)
