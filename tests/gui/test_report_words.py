"""The supervisor's report PDFs in the desk's language: at a Khmer desk the coverage,
grievance, case and till reports saved from the window said every title, column, measure,
status and note in English, which a supervisor there cannot read. The reports are built in
English with their codes (the CLI, the CSV and the JSON keep them); the window's words turn
them into Khmer, leaving numbers, dates and references as they are, and the PDF draws each
column at its own place so that Khmer lines up."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.config import load_settings
from station.i18n import apply_language
from station.services import grievances, report_render, reports
from station.services.demo import populate
from station.services.report_model import Area, Report
from station.views.report_words import report_localiser
from tests.services.conftest import NOW, STATION_ID, make_station
from tests.services.test_till_report import DAY, ZONE, one_day

pytestmark = pytest.mark.gui

KHMER = re.compile("[\u1780-\u17ff]")
LATIN = re.compile("[A-Za-z]")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}")
# the columns whose values are codes a reader reads as words
CODED = ("measure", "sex", "poverty_level", "status", "category", "service", "kind", "paper",
         "age", "why")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Report]]:
    """The four reports, in English, of a demo commune and a day at the counter; and a
    clerk's own till of a quiet day."""
    home = tmp_path_factory.mktemp("office")
    station = make_station(load_settings({"SWS_HOME": str(home), "SWS_STATION_ID": STATION_ID,
                                          "SWS_TIME_ZONE": ZONE}))
    try:
        day = one_day(station)
        populate(station, households_count=12, seed=7, now=NOW)
        # a late payment complained of 40 days ago: past its deadline
        grievances.intake(station, category="payment", description="late", person_id="p-sok",
                          operator=day.boss, now=NOW - dt.timedelta(days=40))
        with station.reading() as session:
            found = [reports.build(session, kind, as_of=DAY, area=Area(
                commune="120301", name="Kampong Cham town") if kind != "till" else Area(),
                station_id=STATION_ID, zone=station.settings.office_zone, by=day.boss)
                for kind in ("coverage", "grievances", "cases", "till")]
            # a clerk's own till on a day with nothing: the two notes with names and a date
            found.append(reports.build(session, "till", as_of=DAY + dt.timedelta(days=3),
                                       area=Area(), station_id=STATION_ID,
                                       zone=station.settings.office_zone, by=day.clerk1))
        yield found
    finally:
        station.close()


def _english(text: str) -> bool:
    return LATIN.search(text) is not None


def test_every_word_a_reader_sees_is_khmer(qapp: Any, built: list[Report]) -> None:
    # the reports hold rows to read: statuses, categories, services, a day's receipts
    for report, table in zip(built, ("coverage_by_sex_age", "grievances_by_category",
                                     "referrals_by_service", "receipts"), strict=False):
        assert report.table(table).rows, (report.kind, table)
    assert len(built[4].notes) == 3
    apply_language("km")
    localise = report_localiser()
    for report in built:
        khmer, words = localise(report)
        assert KHMER.search(khmer.title) and not _english(khmer.title), khmer.title
        label = khmer.area.label
        assert KHMER.search(label) and not _english(label.replace("Kampong Cham town", "")), \
            label
        for note in khmer.notes:  # the zone and the clerk's names stay as they are
            bare = note.replace(ZONE, "").replace("clerk1", "").replace("Chan Clerk", "")
            assert KHMER.search(note) and not _english(bare), note
        for english, table in zip(report.tables, khmer.tables, strict=True):
            assert KHMER.search(table.title) and not _english(table.title), table.title
            # a programme's code beside its name is left to the CSV (OLD_AGE_PENSION is
            # English to a Khmer reader): the other columns keep their order
            kept = [i for i, c in enumerate(english.columns)
                    if not (c == "programme" and "name" in english.columns)]
            columns = [english.columns[i] for i in kept]
            for old, new in zip(columns, table.columns, strict=True):
                assert not _english(new), (table.name, old, new)
            for old_row, new_row in zip(english.rows, table.rows, strict=True):
                old_row = tuple(old_row[i] for i in kept)
                for column, old, new in zip(columns, old_row, new_row, strict=True):
                    if column in CODED and isinstance(old, str) and _english(old):
                        assert not _english(str(new)), (table.name, column, new)
                    if not isinstance(old, str) or DATE.fullmatch(old) or old.isdigit():
                        assert new == old, (table.name, column, old, new)  # untouched
            if table.chart is not None:  # the chart finds its renamed columns
                assert table.chart.label in table.columns
                assert set(table.chart.values) <= set(table.columns)
                assert not _english(table.chart.ylabel)
        assert all(KHMER.search(w) and not _english(w.replace("CSV", "")) for w in
                   (words.nothing, words.more_rows, words.continued, words.heading))
    # the programmes by the catalogue's Khmer names, as the Programmes tab names them
    names = localise(built[0])[0].table("coverage_by_programme").rows
    assert names and all(KHMER.search(row[0]) and not LATIN.search(row[0]) for row in names)
    # a table with the programme's code alone (members by age group, and its chart's bars)
    # says the name: a code such as HEALTH_SUBSIDY is English to a Khmer reader
    by_age = localise(built[0])[0].table("coverage_by_programme_age")
    assert by_age.rows and all(KHMER.search(row[0]) and not LATIN.search(row[0])
                               for row in by_age.rows)
    assert not localise(built[0])[1].right_to_left
    apply_language("ur")
    assert report_localiser()(built[0])[1].right_to_left  # Urdu reads from the right


def test_references_and_what_was_typed_stay(qapp: Any, built: list[Report]) -> None:
    apply_language("km")
    grievances = report_localiser()(built[1])[0]
    english = built[1].table("overdue_grievances")
    assert [r[0] for r in grievances.table("overdue_grievances").rows] == \
        english.column("reference")
    receipts = report_localiser()(built[3])[0].table("receipts")
    assert [r[1] for r in receipts.rows] == built[3].table("receipts").column("receipt_no")


def test_the_khmer_pdf_draws_the_khmer_title(qapp: Any, built: list[Report],
                                             tmp_path: Path) -> None:
    apply_language("km")
    khmer, words = report_localiser()(built[0])
    path = tmp_path / "coverage.pdf"
    data = report_render.write(khmer, "pdf", path, generated_at=NOW, words=words)
    assert data.startswith(b"%PDF")
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    if not any(name in installed for name in ("Noto Sans Khmer", "Khmer OS")):
        pytest.skip("no Khmer font installed (fonts-khmeros or fonts-noto-core)")
    assert b"Khmer" in data  # the Khmer letters come from an embedded Khmer font
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert set(KHMER.findall(khmer.title)) <= set(text)
    assert "Coverage of social" not in text and "Members by programme" not in text


def test_an_english_report_keeps_the_core_fonts() -> None:
    """English reports keep the fast path: nothing embedded, Courier and Helvetica."""
    report = Report("cases", "Case management", Area(), dt.date(2026, 11, 22), "s")
    data = report_render.to_pdf(report, generated_at=NOW)
    assert b"/Helvetica" in data and b"FontFile" not in data
