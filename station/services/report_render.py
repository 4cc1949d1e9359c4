"""Write a :class:`~station.services.report_model.Report` as JSON, CSV or PDF (with charts).

- JSON: ``{"report": ..., "area": ..., "as_of": ..., "notes": [...], "tables": {name: [records]}}``;
- CSV: the title line, one ``# note`` line per note, then one block per table (a ``# title``
  line, the header, the rows, a blank line), which spreadsheets open as they are;
- PDF: a title page with the summary, then one page per chart and the tables under it (a
  flowing report, :attr:`Report.flow`: the tables one under another), drawn with
  Matplotlib's object API (no pyplot, so no GUI backend and no global state).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import re
import textwrap
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass
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
#: Unicode categories of the marks drawn on a letter (not counted in a cell's length).
MARKS = ("Mn", "Mc", "Me", "Cf")
#: Table cells are measured at this size, then scaled to the size the page fits.
MEASURE_SIZE = 10.0
#: The table's font sizes, largest first: the largest whose columns fit the page is used.
TABLE_SIZES = (9.5, 8.0, 6.5)
PAGE_WIDTH_IN, PAGE_HEIGHT_IN = 8.27, 11.69  # A4
LEFT, RIGHT = 0.06, 0.94  # the table's margins, as fractions of the page's width


@dataclass(frozen=True)
class RenderWords:
    """The PDF's own words, ``%1``, ``%2``... standing for what they name; English unless
    a desk gives its language's (the report's titles and columns come with the report).

    ``heading``: %1 the area, %2 the date, %3 the station; ``continued``: %1 the table's
    title, %2 the page of it; ``more_rows``: %1 the rows left out. ``right_to_left``: the
    language reads from the right (Urdu): titles and tables are laid out from the right.
    """

    heading: str = "%1 - as of %2 - station %3"
    continued: str = "%1 (continued %2)"
    nothing: str = "nothing to report"
    #: An empty table of a flowing report (:attr:`Report.flow`: a person's record).
    none: str = "none"
    more_rows: str = "... and %1 more rows: see the CSV"
    right_to_left: bool = False


ENGLISH = RenderWords()
#: What a desk gives the services that save a PDF for it: the report in its language, and
#: the renderer's words (:mod:`station.views.report_words`; the services import no Qt).
Localiser = Callable[[Report], tuple[Report, RenderWords]]


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


def unused_path(folder: Path, stem: str, fmt: str) -> Path:
    """``folder/stem.fmt``, or ``stem-2.fmt``, ``stem-3.fmt``... where that is taken: a paper
    given again (each in the audit trail) never writes over the first."""
    path, n = folder / f"{stem}.{fmt}", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.{fmt}"
    return path


def write_recorded(report: Report, fmt: str, path: Path, *, generated_at: dt.datetime,
                   localise: Localiser | None, record: Callable[[], object]) -> bytes:
    """:func:`write` ``report`` to ``path`` (its folder made), then ``record`` it (an audit
    event); a paper whose record fails is removed: what is not in the trail was not given."""
    make_folder(path)
    data = write(report, fmt, path, generated_at=generated_at, localise=localise)
    try:
        record()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return data


def write(report: Report, fmt: str, path: Path | None, *, generated_at: dt.datetime,
          words: RenderWords = ENGLISH, localise: Localiser | None = None) -> bytes:
    """Render ``report`` in ``fmt``; write to ``path`` when given; return the bytes (as
    written: a CSV file starts with the UTF-8 byte-order mark, for Excel). ``words``: the
    PDF's own words (a desk's language; the CSV and JSON have none of their own);
    ``localise``: a desk's words for a PDF, report and renderer both (a CSV or JSON keeps
    the English codes, for spreadsheets and other programs)."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if localise is not None and fmt == "pdf":
        report, words = localise(report)
    if fmt == "json":
        data = to_json(report).encode("utf-8")
    elif fmt == "csv":
        data = to_csv(report).encode("utf-8")
    else:
        data = to_pdf(report, generated_at=generated_at, words=words)
    if path is not None:
        if fmt == "csv":  # a CSV *file* starts with the byte-order mark (stdout gets none)
            from station.model.files import CSV_FILE_PREFIX

            data = CSV_FILE_PREFIX.encode("utf-8") + data
        try:
            path.write_bytes(data)
        except OSError as error:
            raise ReportNotWritten(path, str(error.strerror or error)) from error
    return data


def fill(pattern: str, *args: object) -> str:
    """``%1``, ``%2``... of ``pattern`` replaced in one pass (a value holding "%2" stays)."""
    return re.sub(r"%(\d)", lambda m: str(args[int(m.group(1)) - 1]), pattern)


def _latin1(report: Report, words: RenderWords = ENGLISH) -> bool:
    """Whether every text of the report can be written with the PDF core fonts."""
    texts = [report.title, report.area.label, report.station_id, *report.notes,
             words.heading, words.continued, words.nothing, words.none, words.more_rows]
    for table in report.tables:
        texts += [table.title, *table.columns, *(str(v) for row in table.rows for v in row)]
        if table.chart is not None:
            texts.append(table.chart.ylabel)
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


def to_pdf(report: Report, *, generated_at: dt.datetime, words: RenderWords = ENGLISH) -> bytes:
    """A PDF: title page with the summary, then each table (with its chart when it has one).

    Text uses the PDF core fonts (Helvetica, Courier: nothing to embed, several times faster
    to write) unless some text needs other scripts (a report in Khmer or Urdu, or names in
    Khmer in a description); then embedded fonts are used: DejaVu, falling back to
    :data:`FALLBACK_FONTS` per glyph. Matplotlib 3.11 shapes text with HarfBuzz (libraqm),
    so Khmer's stacked consonants and Urdu's joined letters are drawn as a text engine
    draws them.
    """
    import matplotlib

    core = _latin1(report, words)
    settings, mono = font_settings(core=core)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        with matplotlib.rc_context(settings):
            return _pdf(report, generated_at=generated_at, mono=mono, words=words)


def _pdf(report: Report, *, generated_at: dt.datetime, mono: str | list[str],
         words: RenderWords) -> bytes:
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    buffer = io.BytesIO()
    metadata = {"Title": report.title, "Creator": "sws report",
                "CreationDate": generated_at.replace(tzinfo=None), "ModDate": None}
    rtl = words.right_to_left
    x, ha = (0.92, "right") if rtl else (0.08, "left")
    with PdfPages(buffer, metadata=metadata) as pdf:
        first = Figure(figsize=(PAGE_WIDTH_IN, PAGE_HEIGHT_IN))
        first.text(x, 0.93, report.title, fontsize=14, weight="bold", ha=ha, parse_math=False)
        first.text(x, 0.90, fill(words.heading, report.area.label, report.as_of.isoformat(),
                                 report.station_id), fontsize=10, ha=ha, parse_math=False)
        top = 0.85
        for note in report.notes:
            wrapped = textwrap.fill(note, 100)
            first.text(x, top, wrapped, fontsize=8, va="top", ha=ha, style="italic",
                       parse_math=False)
            top -= 0.02 + 0.014 * wrapped.count("\n")
        summary = next((t for t in report.tables if t.name == "summary"), None)
        if summary is not None and not report.flow:
            _draw_table(first, summary, top=top, family=mono, rtl=rtl)
        if report.flow:
            below = _draw_table(first, summary, top=top, family=mono, rtl=rtl) \
                if summary is not None else top
            _flow(pdf, first, [t for t in report.tables if t is not summary],
                  top=below - 0.02, x=x, ha=ha, mono=mono, words=words)
        else:
            pdf.savefig(first)
        for table in report.tables:
            if table is summary or report.flow:
                continue
            pages, hidden = _chunks(table)
            for page, chunk in enumerate(pages):
                figure = Figure(figsize=(PAGE_WIDTH_IN, PAGE_HEIGHT_IN))
                title = fill(words.continued, table.title, page + 1) if page else table.title
                figure.text(x, 0.95, title, fontsize=13, weight="bold", ha=ha,
                            parse_math=False)
                bottom = None
                if table.chart is not None and page == 0 and table.rows:
                    _draw_chart(figure, table)
                    bottom = _draw_table(figure, chunk, top=0.44, family=mono, rtl=rtl)
                elif chunk.rows:
                    bottom = _draw_table(figure, chunk, top=0.92, family=mono, rtl=rtl)
                else:
                    figure.text(x, 0.88, words.nothing, fontsize=10, ha=ha, parse_math=False)
                if hidden and page == len(pages) - 1 and bottom is not None:
                    figure.text(x, bottom - 0.01, fill(words.more_rows, hidden), fontsize=8,
                                va="top", ha=ha, style="italic", parse_math=False)
                pdf.savefig(figure)
    return buffer.getvalue()


#: A flowing report's line height (a fraction of the page) at the largest table size, and
#: the room a table's title takes above it.
FLOW_LINE = TABLE_SIZES[0] * 1.25 / (PAGE_HEIGHT_IN * 72)
FLOW_TITLE = 0.03
FLOW_BOTTOM = 0.05


def _flow(pdf: Any, page: Any, tables: list[Table], *, top: float, x: float, ha: str,
          mono: str | list[str], words: RenderWords) -> None:
    """Each table under the one before, with its title, on ``page`` and the pages after it:
    a new page where the next table (or its next rows) would not fit; an empty table says
    :attr:`RenderWords.none` in one line."""
    from matplotlib.figure import Figure

    def new_page() -> Any:
        return Figure(figsize=(PAGE_WIDTH_IN, PAGE_HEIGHT_IN))

    for table in tables:
        rows = list(table.rows)
        first, part = True, 1
        while first or rows:
            room = int((top - FLOW_TITLE - FLOW_BOTTOM) / FLOW_LINE) - 2  # header, rule
            if room < (1 if not rows else min(len(rows), 3)):
                pdf.savefig(page)
                page, top = new_page(), 0.95
                continue
            title = table.title if first else fill(words.continued, table.title, part)
            page.text(x, top, title, fontsize=11, weight="bold", ha=ha, va="top",
                      parse_math=False)
            if not rows:
                page.text(x, top - FLOW_TITLE, words.none, fontsize=9, ha=ha, va="top",
                          style="italic", parse_math=False)
                top -= FLOW_TITLE + FLOW_LINE * 2
                break
            chunk, rows = rows[:room], rows[room:]
            bottom = _draw_table(page, Table(table.name, table.title, table.columns, chunk),
                                 top=top - FLOW_TITLE, family=mono, rtl=words.right_to_left)
            top = bottom - 0.02
            first, part = False, part + 1
    pdf.savefig(page)


def _chunks(table: Table) -> tuple[list[Table], int]:
    """Pages of at most TABLE_ROWS_PER_PAGE rows, at most MAX_PAGES of them; and how many
    rows were left out (said under the last page)."""
    if len(table.rows) <= TABLE_ROWS_PER_PAGE:
        return [table], 0
    shown = table.rows[:TABLE_ROWS_PER_PAGE * MAX_PAGES]
    pages = [Table(table.name, table.title, table.columns, shown[i:i + TABLE_ROWS_PER_PAGE])
             for i in range(0, len(shown), TABLE_ROWS_PER_PAGE)]
    return pages, len(table.rows) - len(shown)


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


def _draw_table(figure: Any, table: Table, *, top: float, family: str | list[str],
                rtl: bool = False) -> float:
    """The table with each column at its own place, one text per cell, so that text in any
    script lines up (glyph widths differ; Urdu reads from the right: its first column is
    on the right): a column is as wide as its longest text, measured in the font that draws
    it; numbers to the right of their column, words to its reading start; a rule under the
    header. Returns where the table ends (a fraction of the page's height)."""
    from matplotlib.lines import Line2D

    text = [[_cell(v) for v in row] for row in table.rows]
    numeric = [bool(text) and all(_number(r[i]) or not r[i] for r in text)
               for i in range(len(table.columns))]
    measure = _measurer(family)
    widths = [max(measure(t) for t in (c, *(r[i] for r in text)))
              for i, c in enumerate(table.columns)]
    page = (RIGHT - LEFT) * PAGE_WIDTH_IN * 72  # points
    size = next((s for s in TABLE_SIZES
                 if (sum(widths) / MEASURE_SIZE + len(widths) - 1) * s <= page), TABLE_SIZES[-1])
    scale = size / MEASURE_SIZE / (PAGE_WIDTH_IN * 72)  # measured points -> page fraction
    gap = size / (PAGE_WIDTH_IN * 72)  # one em between columns
    starts, at = [], 0.0
    for width in widths:
        starts.append(at)
        at += width * scale + gap
    line = size * 1.25 / (PAGE_HEIGHT_IN * 72)

    def place(i: int, y: float, value: str, weight: str = "normal") -> None:
        left = RIGHT - starts[i] - widths[i] * scale if rtl else LEFT + starts[i]
        right = left + widths[i] * scale
        if numeric[i] or _number(value):
            x, ha = right, "right"
        else:
            x, ha = (right, "right") if rtl else (left, "left")
        figure.text(x, y, value, family=family, fontsize=size, va="top", ha=ha,
                    weight=weight, parse_math=False)

    for i, column in enumerate(table.columns):
        place(i, top, column)
    rule = top - line * 1.05
    span = at - gap
    x0 = RIGHT - span if rtl else LEFT
    figure.add_artist(Line2D([x0, x0 + span], [rule, rule], linewidth=0.5, color="black",
                             transform=figure.transFigure))
    y = rule - line * 0.25
    for row in text:
        for i, value in enumerate(row):
            place(i, y, value)
        y -= line
    return y


def _measurer(family: str | list[str]) -> Callable[[str], float]:
    """The width in points of a text at :data:`MEASURE_SIZE` in ``family`` (with its
    per-glyph fallback and shaping, as the page draws it). The core fonts' metrics
    (Courier) are those of DejaVu Sans Mono, which measures them."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    renderer = RendererAgg(1, 1, 72)
    prop = FontProperties(family=family, size=MEASURE_SIZE)
    known: dict[str, float] = {}

    def width(text: str) -> float:
        if text not in known:
            known[text] = float(renderer.get_text_width_height_descent(
                text, prop, ismath=False)[0]) if text else 0.0
        return known[text]

    return width


def _number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _cell(value: Any) -> str:
    """A value as its cell shows it: at most 56 letters, a longer text cut with "...".
    Marks drawn on or under a letter (Khmer vowel signs and subscripts, Urdu's vowel
    marks) are not counted: a Khmer text of 56 letters has many more code points."""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    letters = [i for i, c in enumerate(text) if unicodedata.category(c) not in MARKS]
    return text if len(letters) <= 56 else text[:letters[53]] + "..."
