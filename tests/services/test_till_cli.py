"""`sws report till` as a supervisor, an auditor or a clerk runs it: JSON, CSV and PDF of the
office's day at the counter, the refusals in one line (exit 4)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from station.config import load_settings
from tests._cli import sws
from tests.services.conftest import PASSWORD, STATION_ID, make_station
from tests.services.test_till_report import BIG, DAY, ZONE, one_day

LOGIN = ("--password", PASSWORD)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A station in Phnom Penh with one day of receipts (tests.services.test_till_report)."""
    env = {"SWS_HOME": str(tmp_path), "SWS_STATION_ID": STATION_ID, "SWS_TIME_ZONE": ZONE}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    for key in ("SWS_DATABASE_URL", "SWS_OPERATOR", "SWS_PASSWORD"):
        monkeypatch.delenv(key, raising=False)
    station = make_station(load_settings(env))
    one_day(station)
    station.close()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_json_csv_and_pdf(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = sws(capsys, "report", "till", "--as-of", DAY.isoformat(),
                         "--operator", "super", *LOGIN)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["report"] == "till" and data["as_of"] == DAY.isoformat()
    assert data["tables"]["summary"] == [
        {"currency": "KHR", "payments": 2, "paid_minor": 2 * BIG, "refunds": 0,
         "refunded_minor": 0, "net_minor": 2 * BIG},
        {"currency": "XSP", "payments": 4, "paid_minor": 5700, "refunds": 1,
         "refunded_minor": 3000, "net_minor": 2700}]
    assert [r["time"] for r in data["tables"]["receipts"]] == [
        "06:30", "09:00", "10:00", "11:00", "12:00", "13:00", "23:30"]

    code, out, _ = sws(capsys, "report", "till", "--as-of", DAY.isoformat(), "--format",
                       "csv", "--operator", "audit1", *LOGIN)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    at = rows.index(["# till_by_clerk", "By clerk and currency"])
    assert rows[at + 1:at + 6] == [
        ["clerk", "name", "currency", "payments", "paid_minor", "refunds", "refunded_minor",
         "net_minor"],
        ["clerk1", "Chan Clerk", "KHR", "1", str(BIG), "0", "0", str(BIG)],
        ["clerk1", "Chan Clerk", "XSP", "2", "2200", "1", "3000", "-800"],
        ["clerk2", "Dara Clerk", "KHR", "1", str(BIG), "0", "0", str(BIG)],
        ["clerk2", "Dara Clerk", "XSP", "2", "3500", "0", "0", "3500"]]

    code, out, _ = sws(capsys, "report", "till", "--as-of", DAY.isoformat(), "--format",
                       "pdf", "--operator", "super", *LOGIN)
    pdf = home / f"sws-report-till-{DAY.isoformat()}.pdf"
    assert code == 0 and str(pdf.name) in out
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Day's till" in text and "6000000000" in text and "2700" in text
    assert "Sok Dara" in text and "receipt copy" in text


def test_a_clerk_gets_their_own_till(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = sws(capsys, "report", "till", "--as-of", DAY.isoformat(),
                       "--operator", "clerk2", *LOGIN)
    assert code == 0
    tables = json.loads(out)["tables"]
    assert {r["clerk"] for r in tables["receipts"]} == {"clerk2"}
    assert [r["net_minor"] for r in tables["summary"]] == [BIG, 3500]


def test_a_quiet_day_is_a_report_not_an_error(home: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = sws(capsys, "report", "till", "--as-of", "2026-11-01",
                         "--operator", "super", *LOGIN)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert all(rows == [] for rows in data["tables"].values())
    assert any(n.startswith("Nothing was taken") for n in data["notes"])


@pytest.mark.parametrize("argv, says", [
    (("--commune", "120301"), "the till report is the station's own"),
    (("--district", "1203"), "the till report is the station's own"),
    (("--as-of", "22/11/2026"), "--as-of must be a date YYYY-MM-DD"),
    ((), "no operator given"),
    (("--operator", "super", "--password", "wrong"), "wrong user name or password"),
])
def test_refusals_in_one_line(home: Path, capsys: pytest.CaptureFixture[str],
                              argv: tuple[str, ...], says: str) -> None:
    code, out, err = sws(capsys, "report", "till", *argv)
    assert code == 4 and out == ""
    assert err.startswith(f"sws: error: {says}") and err.count("\n") == 1


def test_the_till_pdf_in_the_desks_language(home: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """`sws report --language`: the PDF a Khmer desk saves from the window, from the command
    line (before, the command wrote English only); CSV and JSON keep their English codes."""
    import re

    from station.i18n import current_language

    code, _, err = sws(capsys, "report", "till", "--language", "km", "--operator", "super",
                       *LOGIN)
    assert code == 4 and err.strip() == ("sws: error: --language is for the PDF: a json "
                                         "report keeps the English codes, for programs and "
                                         "spreadsheets")
    pdf = home / "till-km.pdf"
    code, _, _ = sws(capsys, "report", "till", "--as-of", DAY.isoformat(), "--format", "pdf",
                     "--language", "km", "-o", str(pdf), "--operator", "super", *LOGIN)
    assert code == 0 and current_language() == "en"  # the process keeps its own language
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "Day's till" not in text and re.search("[\u1780-\u17ff]", text)
    assert "6000000000" in text.replace(",", "") and "Sok Dara" in text
