"""The hospital desk's visits: the ones recorded here today, newest first, under the card
check, and their export for the facility's claim (a period's CSV).

The page only shows and asks; :mod:`station.model.visits` reads the registry and writes the
file (the office's day, this station's visits only).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.i18n import current_language
from station.model.ui_context import StationContext
from station.model.visits import (
    Visit,
    default_export_path,
    export_visits,
    month_so_far,
    visits_on,
)
from station.views.date_field import date_field
from station.views.dialog_parts import ERROR_STYLE, FormDialog, add_error_and_buttons
from station.views.file_dialogs import choose_save_file
from station.views.formats import isolated, short_date
from station.views.workers import TaskRunner

# Rows of the list in view at once: the page keeps the card's outcome above it at 1024x700.
ROWS_SHOWN = 4


def office_time(at: dt.datetime, zone: dt.tzinfo) -> str:
    """The time of ``at`` on the office's clock (``zone``), as the desk writes times (kept
    whole at a right-to-left desk: an Urdu list read "PM 4:30")."""
    local = at.astimezone(zone)
    return isolated(QLocale().toString(QTime(local.hour, local.minute),
                                       QLocale.FormatType.ShortFormat))


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class VisitsList(QWidget):
    """Today's visits at this station (``station`` service), refreshed by :meth:`refresh`;
    "Export the visits..." writes a period's CSV."""

    def __init__(self, ctx: StationContext, operator: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operator = operator  # the signed-in operator (OperatorInfo): the export's audit
        services = ctx.service("station")
        self.station: Any = None if services is None else services.station
        self.rows: list[Visit] = []
        self._turn = 0  # the latest refresh: an older one's answer is not shown
        self._runner = TaskRunner(self)
        self._exporting = TaskRunner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Visits recorded here today"))
        self.title.setObjectName("visitsTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.export_button = QPushButton(self.tr("E&xport the visits..."))
        self.export_button.setObjectName("exportVisits")
        self.export_button.clicked.connect(self.choose_export)
        self._exporting.busy_changed.connect(
            lambda busy: self.export_button.setEnabled(not busy and self.station is not None))
        self.status = QLabel()
        self.status.setObjectName("visitsStatus")
        self.status.setWordWrap(True)
        # a long path or refusal wraps, and one with no space to wrap at (a path) is cut
        # rather than widen the window past a 1024 px screen (the whole line on hover)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        head.addWidget(self.title)
        head.addWidget(self.status, 1)
        head.addWidget(self.export_button)
        layout.addLayout(head)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("visits")
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Holder"), self.tr("Card"), self.tr("Programmes"),
            self.tr("Recorded by")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 3):  # the names take what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # a fixed height that scrolls: the card's outcome above keeps its room at 1024x700
        self.table.setFixedHeight(header.sizeHint().height()
                                  + ROWS_SHOWN * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth())
        layout.addWidget(self.table)
        self._day: dt.date | None = None  # the office day the list shows
        if self.station is None:  # no registry on this station: no visit is recorded here
            self.setVisible(False)
            self.export_button.setEnabled(False)
            return
        # a desk left open past midnight lists the new day's visits, not yesterday's
        self._midnight = QTimer(self)
        self._midnight.setInterval(60_000)
        self._midnight.timeout.connect(self.new_day)
        self._midnight.start()

    def new_day(self) -> bool:
        """Read the list again if the office's day has changed since it was read (the
        minute timer calls it); True when it did."""
        if self.station is None or self._day is None or self.today() == self._day:
            return False
        self.refresh()
        return True

    def today(self) -> dt.date:
        return self.station.settings.today(self.ctx.clock())  # type: ignore[no-any-return]

    def zone(self) -> dt.tzinfo:
        return self.station.settings.office_zone  # type: ignore[no-any-return]

    def refresh(self) -> None:
        """Read today's visits again (in a worker): after a visit, and when the page shows."""
        if self.station is None:
            return
        self._turn += 1
        turn, station, day = self._turn, self.station, self.today()
        self._day = day
        self._runner.start(lambda _p: visits_on(station, day),
                           lambda rows: self._on_rows(turn, rows),
                           lambda message: self._on_failed(turn, message))

    def wait(self) -> None:
        self._runner.wait()

    def _on_rows(self, turn: int, rows: list[Visit]) -> None:
        if turn != self._turn:
            return
        from station.services.catalogue import programme_names

        self.rows = rows
        names, zone = programme_names(current_language()), self.zone()
        self.title.setText(self.tr("Visits recorded here today: %1")
                           .replace("%1", self.locale().toString(len(rows))))
        self.table.setRowCount(len(rows))
        for i, v in enumerate(rows):
            programmes = ", ".join(names.get(code, code) for code in v.programmes) or "—"
            cells = (office_time(v.at, zone), v.holder or v.person_id, v.card_serial,
                     programmes, v.operator or self.tr("unknown"))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(isolated(text) if j in (1, 4) else text)
                item.setToolTip(text if j != 1 else f"{text} ({v.person_id})")
                self.table.setItem(i, j, item)

    def _on_failed(self, turn: int, message: str) -> None:
        if turn == self._turn:
            self._say(self.tr("Today's visits could not be read: %1").replace("%1", message),
                      error=True)

    # -- export -----------------------------------------------------------------------------
    def choose_export(self) -> None:
        if self.station is None or self._exporting.busy:
            return
        dialog = ExportDialog(self.station.settings, self.today(), self)
        try:
            if dialog.exec() == ExportDialog.DialogCode.Accepted:
                self.export(*dialog.chosen())
        finally:
            dialog.deleteLater()

    def export(self, first: dt.date, last: dt.date, path: Path) -> None:
        """Write the visits from ``first`` to ``last`` to ``path`` (in a worker); one line
        says where, or why not."""
        if self.station is None or self._exporting.busy:
            return
        station, operator, now = self.station, self.operator, self.ctx.clock()
        self._say(self.tr("Saving..."))
        self._exporting.start(lambda _p: export_visits(station, first, last, path,
                                                       by=operator, now=now),
                              lambda count: self._on_exported(first, last, path, count),
                              self._on_export_failed)

    def wait_export(self) -> None:
        self._exporting.wait()

    def _on_exported(self, first: dt.date, last: dt.date, path: Path, count: int) -> None:
        self._say(self.tr("%Ln visit(s) from %1 to %2 saved to %3", "", count)
                  .replace("%1", short_date(first)).replace("%2", short_date(last))
                  .replace("%3", isolated(str(path))))

    def _on_export_failed(self, message: str) -> None:
        self._say(self.tr("The visits were not saved: %1").replace("%1", message), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        """The list's one line: where the file went, or why not (in red)."""
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")


class ExportDialog(FormDialog):
    """Which days to export (this month so far unless changed) and where: the station's
    exports folder, or a file chosen."""

    def __init__(self, settings: Any, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Export the visits"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("The visits recorded at this station, one line each, for the "
                               "facility's claim (a CSV file for a spreadsheet)."))
        intro.setWordWrap(True)
        form.addRow(intro)
        first, last = month_so_far(today)
        self.first, self.last = date_field("visitsFrom"), date_field("visitsTo")
        for field in (self.first, self.last):
            field.setMaximumDate(_qdate(today))
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        # the last day is never before the first
        self.first.dateChanged.connect(self._on_first)
        self.last.setMinimumDate(self.first.date())
        form.addRow(self.tr("&From"), self.first)
        form.addRow(self.tr("&To"), self.last)
        self.chosen_path: Path | None = None  # a file chosen; None: the exports folder
        self.where = QLabel()
        self.where.setObjectName("visitsFile")
        self.where.setWordWrap(True)
        self.elsewhere = QPushButton(self.tr("Save in another &place..."))
        self.elsewhere.setObjectName("visitsElsewhere")
        self.elsewhere.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.where, 1)
        row.addWidget(self.elsewhere)
        form.addRow(self.tr("Saved to"), row)
        self.last.dateChanged.connect(lambda _d: self._show_path())
        self.error, _ok = add_error_and_buttons(
            form, self, error_name="visitsExportError", ok_name="visitsSave",
            check=self.accept, ok_text=self.tr("&Save the visits"))
        self._show_path()

    def _on_first(self, day: QDate) -> None:
        self.last.setMinimumDate(day)
        self._show_path()

    def path(self) -> Path:
        first, last = _date(self.first.date()), _date(self.last.date())
        return self.chosen_path or default_export_path(self.settings, first, last)

    def chosen(self) -> tuple[dt.date, dt.date, Path]:
        """The first and last days and the file (once the dialog was accepted)."""
        return _date(self.first.date()), _date(self.last.date()), self.path()

    def _show_path(self) -> None:
        self.where.setText(isolated(str(self.path())))

    def _choose_file(self) -> None:
        name = choose_save_file(self, self.tr("Save the visits"), str(self.path()),
                                "CSV (*.csv)")
        if name:
            self.chosen_path = Path(name)
            self._show_path()
