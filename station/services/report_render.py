"""Write a :class:`~station.services.report_model.Report` as JSON, CSV or PDF (with charts).

- JSON: ``{"report": ..., "area": ..., "as_of": ..., "notes": [...], "tables": {name: [records]}}``;
- CSV: the title line, one ``# note`` line per note, then one block per table (a ``# title``
  line, the header, the rows, a blank line), which spreadsheets open as they are;
- PDF: a title page with the summary, then one page per chart and the tables under it, drawn
  with Matplotlib's object API (no pyplot, so no GUI backend and no global state).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import textwrap
import warnings
from pathlib import Path
from typing import Any

from station.services.errors import ReportError
from station.services.report_model import Report, Table
from sync import spreadsheet

FORMATS = ("json", "csv", "pdf")


class ReportNotWritten(ReportError):
    """The report's file could not be written (a folder that cannot be written, a full or
    missing disk): ``path`` and the system's ``reason``."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot write the report to {path}: {reason}")
        self.path = path
        self.reason = reason


def make_folder(path: Path) -> None:
    """Make the folder ``path`` is to be written in (the data folder's ``reports``, which the
    supervisor's page saves into); :class:`ReportNotWritten` naming ``path`` when it cannot
    (a file where the folder goes, no right to write there, a full disk)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ReportNotWritten(path, str(error.strerror or error)) from error


#: Fonts tried for scripts DejaVu lacks (Khmer, Arabic/Urdu); Debian fonts-khmeros, fonts-noto-core.
FALLBACK_FONTS = ("Noto Sans Khmer", "Khmer OS", "Noto Naskh Arabic", "Noto Sans Arabic")
# The core fonts have no "normal" weight entry; Matplotlib says so on every page, harmlessly.
logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
TABLE_ROWS_PER_PAGE = 28
#: Long listings (e.g. overdue follow-ups) stop after this many pages in the PDF.
MAX_PAGES = 3


def to_json(report: Report) -> str:
    data = {"report": report.kind, "title": report.title, "area": report.area.label,
            "as_of": report.as_of.isoformat(), "station_id": report.station_id,
            "notes": list(report.notes), "tables": {t.name: t.as_records() for t in report.tables}}
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f"# {report.title}", report.area.label, report.as_of.isoformat()])
    for note in report.notes:
        writer.writerow(["# note", note])
    writer.writerow([])
    for table in report.tables:
        writer.writerow([f"# {table.name}", table.title])
        writer.writerow(table.columns)
        writer.writerows(spreadsheet.row(r) for r in table.rows)
        writer.writerow([])
    return out.getvalue()


def write(report: Report, fmt: str, path: Path | None, *, generated_at: dt.datetime) -> bytes:
    """Render ``report`` in ``fmt``; write to ``path`` when given; return the bytes (as
    written: a CSV file starts with the UTF-8 byte-order mark, for Excel)."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "json":
        data = to_json(report).encode("utf-8")
    elif fmt == "csv":
        data = to_csv(report).encode("utf-8")
    else:
        data = to_pdf(report, generated_at=generated_at)
    if path is not None:
        if fmt == "csv":  # a CSV *file* starts with the byte-order mark (stdout gets none)
            from station.model.files import CSV_FILE_PREFIX

            data = CSV_FILE_PREFIX.encode("utf-8") + data
        try:
            path.write_bytes(data)
        except OSError as error:
            raise ReportNotWritten(path, str(error.strerror or error)) from error
    return data


def _latin1(report: Report) -> bool:
    """Whether every text of the report can be written with the PDF core fonts."""
    texts = [report.title, report.area.label, report.station_id]
    for table in report.tables:
        texts += [table.title, *table.columns, *(str(v) for row in table.rows for v in row)]
    try:
        "".join(texts).encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def font_settings(*, core: bool) -> tuple[dict[Any, Any], str | list[str]]:
    """Matplotlib settings and the monospaced family for a report's PDF: the PDF core fonts
    when every text is Latin-1 (``core``), else embedded DejaVu falling back glyph by glyph to
    fonts that have the script (Debian fonts-khmeros, fonts-noto-core)."""
    settings: dict[Any, Any] = {"pdf.use14corefonts": core}
    if core:
        return settings, "monospace"
    settings["font.family"] = ["DejaVu Sans", *FALLBACK_FONTS]
    return settings, ["DejaVu Sans Mono", *FALLBACK_FONTS]


def to_pdf(report: Report, *, generated_at: dt.datetime) -> bytes:
    """A PDF: title page with the summary, then each table (with its chart when it has one).

    Text uses the PDF core fonts (Helvetica, Courier: nothing to embed, several times faster
    to write) unless some text needs other scripts (e.g. names in Khmer in a description);
    then embedded fonts are used: DejaVu, falling back to :data:`FALLBACK_FONTS` per glyph.
    Matplotlib 3.11 shapes text with HarfBuzz (libraqm), so Khmer's stacked consonants and
    Urdu's joined letters are drawn as a text engine draws them.
    """
    import matplotlib

    core = _latin1(report)
    settings, mono = font_settings(core=core)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        with matplotlib.rc_context(settings):
            return _pdf(report, generated_at=generated_at, mono=mono)


def _pdf(report: Report, *, generated_at: dt.datetime, mono: str | list[str]) -> bytes:
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    buffer = io.BytesIO()
    metadata = {"Title": report.title, "Creator": "sws report",
                "CreationDate": generated_at.replace(tzinfo=None), "ModDate": None}
    with PdfPages(buffer, metadata=metadata) as pdf:
        first = Figure(figsize=(8.27, 11.69))
        first.text(0.08, 0.93, report.title, fontsize=14, weight="bold")
        first.text(0.08, 0.90, f"{report.area.label} - as of {report.as_of.isoformat()} - "
                   f"station {report.station_id}", fontsize=10)
        top = 0.85
        for note in report.notes:
            wrapped = textwrap.fill(note, 100)
            first.text(0.08, top, wrapped, fontsize=8, va="top", style="italic")
            top -= 0.02 + 0.014 * wrapped.count("\n")
        summary = next((t for t in report.tables if t.name == "summary"), None)
        if summary is not None:
            _draw_table(first, summary, top=top, family=mono)
        pdf.savefig(first)
        for table in report.tables:
            if table is summary:
                continue
            for page, chunk in enumerate(_chunks(table)):
                figure = Figure(figsize=(8.27, 11.69))
                figure.text(0.08, 0.95, table.title + (f" (continued {page + 1})" if page else ""),
                            fontsize=13, weight="bold")
                if table.chart is not None and page == 0 and table.rows:
                    _draw_chart(figure, table)
                    _draw_table(figure, chunk, top=0.44, family=mono)
                elif chunk.rows:
                    _draw_table(figure, chunk, top=0.92, family=mono)
                else:
                    figure.text(0.08, 0.88, "nothing to report", fontsize=10)
                pdf.savefig(figure)
    return buffer.getvalue()


def _chunks(table: Table) -> list[Table]:
    """Pages of at most TABLE_ROWS_PER_PAGE rows; beyond MAX_PAGES a closing note row."""
    if len(table.rows) <= TABLE_ROWS_PER_PAGE:
        return [table]
    shown = table.rows[:TABLE_ROWS_PER_PAGE * MAX_PAGES]
    pages = [Table(table.name, table.title, table.columns, shown[i:i + TABLE_ROWS_PER_PAGE])
             for i in range(0, len(shown), TABLE_ROWS_PER_PAGE)]
    hidden = len(table.rows) - len(shown)
    if hidden:
        note = (f"... and {hidden} more rows: see the CSV",) + ("",) * (len(table.columns) - 1)
        pages[-1].rows.append(note)
    return pages


def _draw_chart(figure: Any, table: Table) -> None:
    import numpy as np

    assert table.chart is not None
    chart = table.chart
    axes = figure.add_axes((0.30, 0.50, 0.62, 0.40))
    # long names (programme titles) wrap onto two lines rather than run off the page
    labels = [textwrap.fill(str(v), 28) for v in table.column(chart.label)]
    positions = np.arange(len(labels))
    horizontal = chart.kind in ("barh", "stackedh")
    stacked = chart.kind in ("stacked", "stackedh")
    width = 0.8 if stacked else 0.8 / len(chart.values)
    base = np.zeros(len(labels))
    for i, name in enumerate(chart.values):
        values = np.array([float(v) for v in table.column(name)])
        offset = positions if stacked else positions + (i - (len(chart.values) - 1) / 2) * width
        if horizontal:
            axes.barh(offset, values, height=width, left=base if stacked else None, label=name)
        else:
            axes.bar(offset, values, width=width, bottom=base if stacked else None, label=name)
        if stacked:
            base = base + values
    if horizontal:
        axes.set_yticks(positions, labels, fontsize=8)
        axes.invert_yaxis()
        axes.set_xlabel(chart.ylabel)
    else:
        axes.set_xticks(positions, labels, fontsize=8, rotation=30 if len(labels) > 5 else 0)
        axes.set_ylabel(chart.ylabel)
    if len(chart.values) > 1:
        axes.legend(fontsize=8)
    axes.grid(axis="x" if horizontal else "y", alpha=0.3)


def _draw_table(figure: Any, table: Table, *, top: float, family: str | list[str]) -> None:
    """The table as one block of monospaced text: aligned columns, a rule under the header.

    One text object per table keeps a page quick to draw (a Matplotlib table cell costs
    milliseconds each; a report has thousands).
    """
    text = [[_cell(v) for v in row] for row in table.rows]
    widths = [max([len(c)] + [len(r[i]) for r in text]) for i, c in enumerate(table.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(table.columns, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    for row in text:
        lines.append("  ".join(_align(v, w) for v, w in zip(row, widths, strict=True)))
    line = sum(widths) + 2 * len(widths)
    size = 9.5 if line <= 70 else 8 if line <= 100 else 6.5
    figure.text(0.06, top, "\n".join(lines), family=family, fontsize=size,
                va="top", ha="left")


def _align(value: str, width: int) -> str:
    """Numbers to the right, text to the left."""
    try:
        float(value)
    except ValueError:
        return value.ljust(width)
    return value.rjust(width)


def _cell(value: Any) -> str:
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text if len(text) <= 56 else text[:53] + "..."
