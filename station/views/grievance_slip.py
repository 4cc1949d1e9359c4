"""The written acknowledgement of a grievance taken at the counter, and its dialog.

A grievance redress mechanism acknowledges every complaint in writing: the person leaves with
the reference, the day it was received, who handles it, by when they get an answer and how to
appeal it (World Bank and ILO guidance for social protection GRMs). One A5 page (PDF or a
printer) with the receipts' look (:mod:`station.views.receipt`). Given again for a grievance
chosen in the list, it says it is a copy (when, by whom), with the grievance's status now and,
once resolved, the day it was.

:class:`GrievanceSlipDialog` offers it: Save as PDF (``data_dir/receipts/grievance-<reference>
.pdf``, a copy ``-copy-<n>``, never over another file), Print, Close. The grievance is recorded
before the dialog opens: a folder that cannot be written is said in one line, and the slip can
be saved again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from station.views.formats import isolated
from station.views.paper_dialog import PaperDialog
from station.views.receipt import (
    CopyMark,
    _head,
    _lines,
    _Moment,
    _paint,
    _write_pdf,
    copy_path,
    framed,
    issued_when,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GrievanceSlip:
    """The lines of a grievance's acknowledgement, in the desk's words."""

    station_name: str
    # The clerk who took the grievance ("" when that account is not on file).
    operator: str
    # When it was received (aware, in the office's zone).
    issued_at: dt.datetime
    # The grievance's reference (STATION-YYYYMMDD-G001), as the desk says it ("Grievance ...
    # received.") and the person quotes it when they come back.
    reference: str
    category: str
    # Whom it concerns ("" for an anonymous report).
    holder: str
    service: str
    # The answer is due by this day (the grievance's deadline).
    deadline: dt.date
    # From the grievance rules: an appeal within this many days of the answer.
    appeal_window_days: int
    # Set on a copy given from the list, with the status now and the day it was resolved.
    copy: CopyMark | None = None
    status: str = ""
    resolved_on: dt.date | None = None


def grievance_slip_title(slip: GrievanceSlip) -> str:
    if slip.copy:
        return QCoreApplication.translate("GrievanceSlip", "Grievance acknowledgement — COPY")
    return QCoreApplication.translate("GrievanceSlip", "Grievance acknowledgement")


def write_grievance_slip_pdf(slip: GrievanceSlip, path: Path) -> Path:
    """Write ``slip`` as an A5 PDF at ``path`` (parent folders are created)."""
    return _write_pdf(path, grievance_slip_title(slip),
                      lambda device, failure: paint_grievance_slip(slip, device, failure))


def paint_grievance_slip(slip: GrievanceSlip, device: QPagedPaintDevice, failure: str) -> None:
    """Draw ``slip`` on one page of ``device`` (the A5 PDF writer, or a printer). Raises
    OSError with ``failure`` if it cannot start."""
    _paint(device, failure, lambda p, width, dpi: _draw(p, slip, width, dpi))


def _long(day: dt.date, locale: QLocale) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class SlipWords(QObject):
    """The slip's sentences with a number: pyside6-lupdate gives plural forms to ``tr()``
    only, never to ``QCoreApplication.translate``."""

    def appeal(self, days: int) -> str:
        return self.tr("If you disagree with the answer, you may appeal within %n day(s) of "
                       "it, at this office.", "", days)


def _draw(p: QPainter, s: GrievanceSlip, width: int, dpi: int) -> None:
    mm = dpi / 25.4
    locale = QLocale()
    y = _head(p, grievance_slip_title(s), width, mm)
    if s.copy is not None:  # framed, bold, under the title: never taken for a second one
        text = (QCoreApplication.translate("GrievanceSlip", "COPY — printed %1 by %2")
                .replace("%1", issued_when(_Moment(s.copy.printed_at), locale))
                .replace("%2", s.copy.printed_by or "—"))
        y = framed(p, y, width, mm, text)
    lines = [
        (QCoreApplication.translate("GrievanceSlip", "Reference"), s.reference),
        (QCoreApplication.translate("GrievanceSlip", "Received on"),
         issued_when(s, locale)),
        (QCoreApplication.translate("GrievanceSlip", "Station"), s.station_name),
        (QCoreApplication.translate("GrievanceSlip", "Category"), s.category),
    ]
    if s.holder:
        lines.append((QCoreApplication.translate("GrievanceSlip", "Concerning"), s.holder))
    lines += [
        (QCoreApplication.translate("GrievanceSlip", "Handled by"), s.service),
        (QCoreApplication.translate("GrievanceSlip", "Answer due by"),
         _long(s.deadline, locale)),
    ]
    if s.copy is not None:
        lines.append((QCoreApplication.translate("GrievanceSlip", "Status now"),
                      s.status or "—"))
        if s.resolved_on is not None:
            lines.append((QCoreApplication.translate("GrievanceSlip", "Resolved on"),
                          _long(s.resolved_on, locale)))
    lines += [
        (QCoreApplication.translate("GrievanceSlip", "What happens next"),
         QCoreApplication.translate(
             "GrievanceSlip", "The service named above looks into your grievance and answers "
             "you by the date above. Keep this paper: give its reference when you come back "
             "or call.")),
        (QCoreApplication.translate("GrievanceSlip", "How to appeal"),
         SlipWords().appeal(s.appeal_window_days)),
        (QCoreApplication.translate("GrievanceSlip", "Received by"), s.operator or "—"),
    ]
    _lines(p, y, lines, width, mm)


class GrievanceSlipDialog(PaperDialog):
    """Save or print a grievance's acknowledgement (or its copy); Close is the default. A
    copy is written to the audit trail (``log_copy``: where it went), as the receipts'
    copies are."""

    def __init__(self, slip: GrievanceSlip, folder: Path, parent: QWidget | None = None,
                 *, log_copy: Callable[[dict[str, str]], None] | None = None) -> None:
        self.slip = slip
        super().__init__(
            folder, "grievanceSlip", grievance_slip_title(slip),
            (QCoreApplication.translate("GrievanceSlipDialog",
                                        "Copy of the acknowledgement of grievance %1.")
             if slip.copy else QCoreApplication.translate(
                 "GrievanceSlipDialog", "Grievance %1 received. Give the person its written "
                 "acknowledgement.")).replace("%1", isolated(slip.reference)),
            parent, log_copy=log_copy if slip.copy is not None else None)

    def path(self) -> Path:
        """``grievance-<reference>.pdf``; a copy's ``-copy-<n>``, n the first not taken."""
        if self.slip.copy is None:
            return self.folder / f"grievance-{self.slip.reference}.pdf"
        return copy_path(self.folder, f"grievance-{self.slip.reference}")

    def write(self, path: Path) -> None:
        write_grievance_slip_pdf(self.slip, path)

    def paint(self, printer: QPrinter, failure: str) -> None:
        paint_grievance_slip(self.slip, printer, failure)

    def unsaved(self, folder: Path) -> str:
        return self.tr("The acknowledgement could not be saved in %1: check that this folder "
                       "can be written (the USB stick plugged in, space left), then save "
                       "again.").replace("%1", isolated(str(folder)))

    def printer_title(self) -> str:
        return self.tr("Print the acknowledgement")
