"""The supervisor's page saves the coverage, grievance and case reports in the data folder.

`sws report` wrote them only where the command was run: a supervisor at the station's window
could not get the commune's reports at all. ``save_report`` writes each one, for the whole
station or one commune, as ``reports/KIND-AREA-DATE.pdf|csv`` in the data folder, and says in
one typed refusal (``ReportNotWritten``) when that folder cannot be written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from station.model.operators import login
from station.model.station import Station
from station.services import grievances, reports
from station.services.report_render import ReportNotWritten
from tests.services.conftest import ADDRESS, NOW, PASSWORD, TODAY, add_household

DAY = dt.timedelta(days=1)


def _two_communes(station: Station) -> dict[str, str]:
    """One person in each of two communes, each with a grievance past its deadline; their
    references by person."""
    add_household(station, "hh-a", [("a-g", "M", dt.date(1959, 3, 1), "head")])
    add_household(station, "hh-b", [("b-h", "F", dt.date(1956, 1, 1), "head")],
                  {**ADDRESS, "commune_code": "120302", "village_code": "12030201"})
    op = login(station, "super", PASSWORD, now=NOW)
    for person in ("a-g", "b-h"):
        grievances.intake(station, category="payment", description="late", person_id=person,
                          operator=op, now=NOW - 40 * DAY)
    return {str(g["person_id"]): str(g["reference"]) for g in grievances.listing(station)}


@pytest.mark.parametrize("kind", reports.SAVED_KINDS)
def test_each_report_is_saved_in_the_data_folder(station: Station, kind: str) -> None:
    _two_communes(station)
    path = reports.save_report(station, kind, "pdf", as_of=TODAY, now=NOW)
    assert path == (Path(station.settings.data_dir) / "reports"
                    / f"{kind}-station-{TODAY.isoformat()}.pdf")
    assert path.read_bytes().startswith(b"%PDF")


def test_one_communes_report_as_a_csv(station: Station) -> None:
    """A commune's grievances: its name in the file, only its overdue grievance listed."""
    listed = _two_communes(station)
    path = reports.save_report(station, "grievances", "csv", as_of=TODAY, commune="120302",
                               now=NOW)
    assert path.name == f"grievances-120302-{TODAY.isoformat()}.csv"
    text = path.read_text(encoding="utf-8-sig")
    assert "commune" in text.splitlines()[0] and "(120302)" in text.splitlines()[0]
    assert listed["b-h"] in text and listed["a-g"] not in text


def test_a_folder_that_cannot_be_written_is_one_refusal(station: Station) -> None:
    folder = Path(station.settings.data_dir) / "reports"
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder goes")
    with pytest.raises(ReportNotWritten) as refused:
        reports.save_report(station, "cases", "pdf", as_of=TODAY, now=NOW)
    assert refused.value.path == folder / f"cases-station-{TODAY.isoformat()}.pdf"
