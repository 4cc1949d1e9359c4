"""The small dialog that offers a paper just made at the counter (a refund voucher, a
grievance's acknowledgement, or a copy of one): Save as PDF, Print, Close (the default, so
Enter never prints twice), and one line saying what Save or Print did.

The act the paper records is written before the dialog opens: a folder that cannot be
written is said in one line and the paper can be saved again. A copy can be written to the
audit trail (``log_copy``, where it went): a saved file the trail refuses is removed, and a
print is logged before it is sent, so no copy leaves the desk unwritten.

Subclasses say what the paper is: its file (:meth:`PaperDialog.path`), how it is drawn
(:meth:`PaperDialog.write`, :meth:`PaperDialog.paint`) and their own sentences.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from station.errors import StationError
from station.views.formats import isolated
from station.views.workers import plain_message

log = logging.getLogger(__name__)


class PaperDialog(QDialog):
    """Save or print one paper; ``name`` prefixes the widgets' object names (``<name>Said``,
    ``<name>Message``, ``save<Name>``, ``print<Name>``, ``close<Name>``)."""

    def __init__(self, folder: Path, name: str, title: str, said: str,
                 parent: QWidget | None = None, *,
                 log_copy: Callable[[dict[str, str]], None] | None = None) -> None:
        super().__init__(parent)
        self.folder, self.log_copy = folder, log_copy
        self.saved: Path | None = None
        capital = name[:1].upper() + name[1:]
        self.setObjectName(f"{name}Dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(480)  # the sentence and a saved path read in two lines, not five
        lay = QVBoxLayout(self)
        said_label = QLabel(said)
        said_label.setObjectName(f"{name}Said")
        said_label.setWordWrap(True)
        lay.addWidget(said_label)
        # what Save or Print did, in one line
        self.message = QLabel()
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("PaperDialog", "Save as P&DF"))
        self.save_button.setObjectName(f"save{capital}")
        self.print_button = QPushButton(QCoreApplication.translate("PaperDialog", "&Print..."))
        self.print_button.setObjectName(f"print{capital}")
        self.close_button = QPushButton(QCoreApplication.translate("PaperDialog", "&Close"))
        self.close_button.setObjectName(f"close{capital}")
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

    # -- what a subclass says ------------------------------------------------------------

    def path(self) -> Path:
        """The file Save writes."""
        raise NotImplementedError

    def write(self, path: Path) -> None:
        """Write the paper as a PDF at ``path`` (OSError when it cannot)."""
        raise NotImplementedError

    def paint(self, printer: QPrinter, failure: str) -> None:
        """Send the paper to ``printer`` (OSError with ``failure`` when it cannot start)."""
        raise NotImplementedError

    def unsaved(self, folder: Path) -> str:
        """The sentence said when ``folder`` cannot be written."""
        raise NotImplementedError

    def printer_title(self) -> str:
        """The print dialog's title."""
        raise NotImplementedError

    # -- the dialog ------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #a00;" if error else "")
        self.message.setText(text)

    def save(self) -> bool:
        """Write the paper as a PDF; say where it went."""
        path = self.path()
        try:
            self.write(path)
        except OSError as err:  # the OS's own words (English, an errno) are for the log
            log.warning("%s: not saved in %s: %s", self.objectName(), path.parent, err)
            self._say(self.unsaved(path.parent), error=True)
            return False
        if not self._logged({"file": str(path)}):
            path.unlink(missing_ok=True)
            return False
        self.saved = path
        self._say(QCoreApplication.translate("PaperDialog", "Saved: %1")
                  .replace("%1", isolated(str(path))))
        return True

    def _logged(self, where: dict[str, str]) -> bool:
        """A copy given, in the audit trail; False (said in one line) when the trail refused
        it (a registry locked, an account that may not give copies)."""
        if self.log_copy is None:
            return True
        try:
            self.log_copy(where)
        except StationError as error:
            self._say(plain_message(error), error=True)
            return False
        return True

    def print_to(self, printer: QPrinter) -> bool:
        """Send the paper to ``printer``; say what happened."""
        if not self._logged({"printer": printer.printerName() or printer.outputFileName()}):
            return False
        try:
            self.paint(printer, QCoreApplication.translate(
                "PaperDialog", "The printer could not be started."))
        except OSError as err:
            self._say(str(err), error=True)
            return False
        self._say(QCoreApplication.translate("PaperDialog", "Sent to %1.").replace(
            "%1", printer.printerName() or printer.outputFileName()
            or QCoreApplication.translate("PaperDialog", "the printer")))
        return True

    def _choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.printer_title())
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)
