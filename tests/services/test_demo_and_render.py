"""The demo commune (deterministic, plausible, refused twice) and the report files it feeds."""

from __future__ import annotations

import csv
import io
import json
import random
import shutil
import statistics
import subprocess
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa

from station.config import load_settings
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import Household, Person
from station.services import report_render, reports
from station.services.demo import populate
from station.services.demo_people import households
from station.services.errors import ReportError, ServiceError
from station.services.questionnaire import load_questionnaire
from station.services.report_model import Area
from tests.services.conftest import NOW, TODAY, make_station


def test_generated_people_look_like_a_rural_commune() -> None:
    demo = households(random.Random(11), 2000, villages=["v1"],
                      questionnaire=load_questionnaire(), today=TODAY)
    people = [m for h in demo for m in h.members]
    ages = [(TODAY - m.birth_date).days / 365.25 for m in people]
    assert 3.8 < statistics.mean(len(h.members) for h in demo) < 5.2
    assert 0.45 < sum(m.sex == "F" for m in people) / len(people) < 0.55
    assert 0.18 < sum(h.members[0].sex == "F" for h in demo) / len(demo) < 0.32
    assert 0.05 < sum(a >= 60 for a in ages) / len(people) < 0.20
    assert 0.25 < sum(a < 18 for a in ages) / len(people) < 0.50
    assert 0.03 < sum(m.disability for m in people) / len(people) < 0.12
    levels = [load_questionnaire().score(h.answers).poverty_level for h in demo if h.answers]
    assert 0.85 < len(levels) / len(demo) < 0.95
    for level in ("extreme_poor", "poor", "near_poor", "non_poor"):
        assert 0.05 < levels.count(level) / len(levels) < 0.6
    # a commune, not a crowd of namesakes (80 names gave 13 "Chan Sokha" in a thousand), and
    # no child named as their father
    names = Counter(m.latin_name for m in people)
    assert names.most_common(1)[0][1] < 0.004 * len(people)
    assert all(len({m.latin_name for m in h.members}) == len(h.members) for h in demo)
    # and no four children born in one year: siblings' ages differ but where a household
    # has more children than the years allow
    twins = sum(len(kids) - len({k.birth_date.year for k in kids}) for kids in (
        [m for m in h.members if m.relation == "child"] for h in demo))
    assert twins < 0.02 * len(people)


def _ids(station: Station) -> list[str]:
    with station.reading() as session:
        return list(session.scalars(sa.select(Household.id).order_by(Household.id)))


def test_same_seed_same_commune_and_never_twice(station: Station, supervisor: OperatorInfo,
                                                tmp_path: Path) -> None:
    first = populate(station, households_count=40, seed=5, now=NOW, operator=supervisor)
    assert first.households == 40 and first.persons >= 100
    assert check(station).audit_events >= 1  # one audit event; the chain still verifies
    other = make_station(load_settings({"SWS_HOME": str(tmp_path / "second")}))
    try:
        again = populate(other, households_count=40, seed=5, now=NOW)
        assert again == first
        assert _ids(other) == _ids(station)
    finally:
        other.close()
    with pytest.raises(ServiceError, match="already holds the demo population of seed 5"):
        populate(station, households_count=40, seed=5, now=NOW)
    with pytest.raises(ServiceError, match="households must be between 1 and"):
        populate(station, households_count=0, seed=6, now=NOW)
    with station.reading() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Person)) == first.persons


@pytest.fixture
def demo_report(station: Station) -> reports.Report:
    populate(station, households_count=60, seed=9, now=NOW)
    with station.reading() as session:
        return reports.coverage(session, as_of=TODAY, area=Area(), station_id="s")


def test_report_numbers_match_the_demo_counts(station: Station,
                                              demo_report: reports.Report) -> None:
    summary = {r[0]: r[1] for r in demo_report.table("summary").rows}
    with station.reading() as session:
        persons = session.scalar(sa.select(sa.func.count()).select_from(Person))
    assert summary["population (registered people)"] == persons
    assert summary["households"] == 60
    by_programme = demo_report.table("coverage_by_programme")
    for row in by_programme.as_records():
        assert row["members"] == row["women"] + row["men"]


def test_json_and_csv(demo_report: reports.Report) -> None:
    data = json.loads(report_render.to_json(demo_report))
    assert data["report"] == "coverage"
    assert data["tables"]["summary"][0]["measure"] == "population (registered people)"
    rows = list(csv.reader(io.StringIO(report_render.to_csv(demo_report))))
    start = rows.index(["# coverage_by_programme", "Members by programme"])
    assert rows[start + 1] == list(demo_report.table("coverage_by_programme").columns)
    body = rows[start + 2:start + 2 + len(demo_report.table("coverage_by_programme").rows)]
    assert [r[0] for r in body] == demo_report.table("coverage_by_programme").column("programme")


def test_pdf_renders_one_page_per_section(demo_report: reports.Report, tmp_path: Path) -> None:
    path = tmp_path / "coverage.pdf"
    data = report_render.write(demo_report, "pdf", path, generated_at=NOW)
    assert data.startswith(b"%PDF") and path.read_bytes() == data
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run([pdftoppm, "-r", "20", "-png", str(path), str(tmp_path / "page")],
                   check=True, capture_output=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(demo_report.tables)  # title + summary, then one per table
    assert all(p.stat().st_size > 500 for p in pages)


def test_pdf_fonts_shape_khmer_clusters() -> None:
    """A Khmer subscript consonant (coeng + consonant) sits under its base, as a text engine
    draws it: the cluster is as wide as one letter, not as the letters side by side."""
    import matplotlib as mpl
    from matplotlib import font_manager
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    settings, _mono = report_render.font_settings(core=False)
    if not any("Khmer" in f.name for f in font_manager.fontManager.ttflist):
        pytest.skip("no Khmer font installed (fonts-khmeros or fonts-noto-core)")
    with mpl.rc_context(settings):
        figure = Figure()
        renderer = FigureCanvasAgg(figure).get_renderer()

        def width(text: str) -> float:
            return float(figure.text(0, 0, text, fontsize=20).get_window_extent(renderer).width)

        stacked, side_by_side = width("\u1780\u17d2\u1780"), width("\u1780\u1780")
    assert stacked < 0.75 * side_by_side, (stacked, side_by_side)


def test_bad_format_and_unwritable_path(demo_report: reports.Report, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="unknown format 'docx'"):
        report_render.write(demo_report, "docx", None, generated_at=NOW)
    with pytest.raises(ReportError, match="cannot write the report to"):
        report_render.write(demo_report, "csv", tmp_path / "missing" / "r.csv",
                            generated_at=NOW)


def test_demo_bulk_insert_and_reports_on_both_backends(any_station: Station) -> None:
    summary = populate(any_station, households_count=15, seed=21, now=NOW)
    with any_station.reading() as session:
        coverage = reports.coverage(session, as_of=TODAY, area=Area(district="1203"),
                                    station_id="s")
        cases = reports.cases(session, as_of=TODAY, area=Area(), station_id="s")
    counts = {r[0]: r[1] for r in coverage.table("summary").rows}
    assert counts["population (registered people)"] == summary.persons
    assert counts["households assessed"] == summary.assessments
    assert counts["cards ever issued"] == summary.cards
    assert {r[0]: r[1] for r in cases.table("summary").rows}["case files"] == summary.cases


def test_pdf_with_text_in_another_script_still_renders(tmp_path: Path) -> None:
    from station.services.report_model import Report, Table

    report = Report("cases", "Case management", Area(commune="120301"), TODAY, "s", [
        Table("overdue_follow_ups", "Overdue follow-ups", ("case_id", "description"),
              [("c1", "ចុះឈ្មោះនៅមជ្ឈមណ្ឌលការងារ")])])
    path = tmp_path / "khmer.pdf"
    data = report_render.write(report, "pdf", path, generated_at=NOW)
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    if any(name in installed for name in ("Noto Sans Khmer", "Khmer OS")):
        assert b"Khmer" in data  # the Khmer letters come from an embedded Khmer font
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    done = subprocess.run([pdftoppm, "-r", "20", "-png", str(path), str(tmp_path / "k")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(list(tmp_path.glob("k-*.png"))) == 2


def test_csv_writes_typed_text_that_looks_like_a_formula_as_text() -> None:
    from station.services.report_model import Area, Report, Table

    table = Table("grievances", "Grievances", ("note", "count"),
                  [("=HYPERLINK(\"http://x.invalid\",\"ok\")", 2), ("-", -1), ("late payment", 3)])
    report = Report("grievances", "Grievances", Area(), NOW.date(), "st-1", [table])
    rows = list(csv.reader(io.StringIO(report_render.to_csv(report))))
    start = rows.index(["note", "count"])
    assert rows[start + 1:start + 4] == [["'=HYPERLINK(\"http://x.invalid\",\"ok\")", "2"],
                                         ["-", "-1"], ["late payment", "3"]]
