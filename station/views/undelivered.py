"""The old laptop's way out, on the supervisor's page: its undelivered records to one file.

When a station's backup was restored on a new computer and the old one is found again, the
centre suspends the station at the old one's next sync, and what the old one recorded after
the backup can reach the centre only by hand: one sealed, signed file that an operator of the
centre imports (`sws central import-superseded FILE`). Supervisors use the window, not a
shell: while the centre suspends the station, the sync box offers "Export undelivered
records...", which writes that file with the function `sws sync export-undelivered FILE`
uses (``ui_supervisor.export_undelivered``, in a worker), into a folder chosen with the
desk's translated dialog, and says where it wrote it and how many records, or why not, in
one line in the desk's language (from the refusal's type and data, never its English).
"""

from __future__ import annotations

import datetime as dt
import errno as errnos
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from station.model import ui_supervisor
from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.views.dialog_parts import ERROR_STYLE
from station.views.file_dialogs import choose_folder
from station.views.formats import isolated
from station.views.workers import TaskRunner
from sync import export


def file_name(station_id: str, now: dt.datetime) -> str:
    """The export's name in the chosen folder: the station and the moment (UTC), so a
    second export never meets the first."""
    moment = now.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%S")
    return f"sws-undelivered-{station_id}-{moment}.sws"


class UndeliveredExport(QWidget):
    """The button and the line that says what it did; shown only while the centre suspends
    this station, and only to a supervisor."""

    def __init__(self, ctx: StationContext, session: OperatorSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.services = ctx.service("station")
        self.station_id = ""
        self.folder = Path.home()
        self._runner = TaskRunner(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        # Alt+X: Alt+E is Enable on the Operators tab of the same mode
        self.button = QPushButton(self.tr("E&xport undelivered records..."))
        self.button.setObjectName("exportUndelivered")
        self.button.setToolTip(self.tr(
            "Writes the records this computer never delivered to one signed file, sealed for "
            "the central registry, whose operator imports it. They also stay here."))
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        lay.addWidget(self.button)
        lay.addWidget(self.result)
        self.button.clicked.connect(self.export)
        self.setVisible(False)

    def offer(self, station_id: str | None) -> None:
        """Offer the export for ``station_id`` (suspended by the centre), or hide it (None)."""
        shown = station_id is not None and self.session.role == "supervisor"
        self.station_id = station_id or ""
        if not shown:
            self.result.setText("")
        self.setVisible(shown)

    def wait(self) -> None:
        self._runner.wait()

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def choose_folder(self) -> Path | None:
        """The folder to write to (a USB stick, usually), in the desk's language."""
        found = choose_folder(self, self.tr("Folder to write the undelivered records to"),
                              str(self.folder))
        return Path(found) if found else None

    def export(self) -> None:
        """Ask where, then write the file in a worker; the button waits meanwhile."""
        if self.services is None or self._runner.busy or not self.station_id:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        self.folder = folder
        now = self.ctx.clock()
        path = folder / file_name(self.station_id, now)
        station, operator = self.services.station, self.session.operator

        def work(_progress: Any) -> Any:
            try:
                return ui_supervisor.export_undelivered(station, path, by=operator, now=now)
            except (export.ExportError, ui_supervisor.RestoreNotAnnounced) as refused:
                return refused  # said below from its type and data, in the desk's language

        self.button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Writing the undelivered records..."))
        self._runner.start(work, self._on_done, self._on_failed)

    def _on_done(self, outcome: Any) -> None:
        self.button.setEnabled(True)
        if isinstance(outcome, BaseException):
            self._on_failed(self.refusal(outcome))
            return
        self.result.setStyleSheet("")
        self.result.setText(self.tr(
            "%Ln undelivered record(s) written to %1, signed by this station. They also stay "
            "here. Give the file to the central registry's operator, who imports it.", "",
            int(outcome.count)).replace("%1", isolated(str(outcome.path))))

    def _on_failed(self, text: str) -> None:
        self.button.setEnabled(True)
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(text)

    def refusal(self, exc: BaseException) -> str:
        """One line for a refused export, in the desk's language."""
        path = isolated(str(getattr(exc, "path", "")))  # whole at an Urdu desk
        if isinstance(exc, export.NothingUndelivered):
            return self.tr("Nothing to export: every record of this station reached the "
                           "central registry.")
        if isinstance(exc, ui_supervisor.RestoreNotAnnounced):
            return self.tr("This station was restored from a backup and has not told the "
                           "central registry yet: let it sync once, then export.")
        if isinstance(exc, export.SealedBiometricsUnreadable):
            return self.tr("The fingerprints of a waiting record cannot be opened: nothing "
                           "was written. Check the registry (sws db check --deep).")
        if isinstance(exc, export.ExportPathRefused):
            if exc.reason == "exists":
                return self.tr("%1 already exists: nothing was written. Choose another "
                               "folder, or move that file away first.").replace("%1", path)
            return self.tr("%1 cannot be used for the export: nothing was written. Choose "
                           "another folder.").replace("%1", path)
        if isinstance(exc, export.ExportNotWritten):
            return self._not_written(exc.errno).replace("%1", path)
        return str(exc)

    def _not_written(self, code: int | None) -> str:
        if code == errnos.ENOSPC:
            return self.tr("%1 cannot be written: the disk is full. Nothing was written; "
                           "choose another folder.")
        if code in (errnos.EACCES, errnos.EPERM, errnos.EROFS):
            return self.tr("%1 cannot be written: this folder may not be written to (read "
                           "only, or no permission). Nothing was written; choose another "
                           "folder.")
        if code == errnos.ENOENT:
            return self.tr("%1 cannot be written: the folder is gone (a USB stick taken "
                           "out?). Nothing was written; choose another folder.")
        return self.tr("%1 cannot be written. Nothing was written; choose another folder.")
