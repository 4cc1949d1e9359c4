"""A programme's own beneficiary list checked against the registry (`sws check-list`): who
is paid after death or twice, who is not registered, who is not in the programme, whom the
list leaves out; lines that cannot be read are said, not lost."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from station.errors import BadInput, PermissionDenied
from station.model.audit_log import details_of
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import AuditEvent, Household, Person, ProgrammeMembership
from station.services.catalogue import load_catalogue
from station.services.list_check import (
    LIST_CHECKED,
    check_list,
    check_programme_list,
    latin_key,
    load_registry,
    match,
    read_list,
)
from station.services.memberships import sync_catalogue
from tests.services.conftest import ADDRESS, NOW, PASSWORD, TODAY
from tests.services.test_cli_counter import home, run, run_json

__all__ = ["home"]  # the fixture, shared with the counter's command-line tests

SUPER = ["--operator", "super", "--password", PASSWORD]
OTHER_COMMUNE = {"province_code": "12", "district_code": "1203", "commune_code": "120302",
                 "village_code": "12030201"}
#: (id, Latin name, local name, sex, birth date, estimated, national id)
PEOPLE = [
    ("p-dara", "Sok Dara", "សុខ ដារា", "M", dt.date(2016, 4, 2), False, "KH-100"),
    ("p-sokha", "Chan Sokha", "ចាន់ សុខា", "F", dt.date(2019, 1, 20), False, None),
    ("p-vibol", "Keo Vibol", "កែវ វិបុល", "M", dt.date(2015, 9, 9), False, None),
    ("p-late", "Mao Srey", "ម៉ៅ ស្រី", "F", dt.date(2017, 3, 3), False, None),
    ("p-twin-a", "Ly Neary", "លី នារី", "F", dt.date(2020, 2, 1), False, None),
    ("p-twin-b", "Ly Neary", "លី នារី", "F", dt.date(2020, 11, 5), False, None),
    ("p-left-out", "Heng Pisey", "ហេង ពិសី", "F", dt.date(2018, 6, 6), False, None),
    ("p-estimated", "Touch Kosal", "ទូច កុសល", "M", dt.date(2014, 7, 1), True, None),
]
CHILD = "CHILD_BENEFIT"


def _registry(station: Station) -> None:
    """The people above in one household of commune 120301; the child benefit held by all
    but Keo Vibol (and Mao Srey, who died in October, held it until then); one member in
    another commune, whom a list of 120301 does not concern."""
    at = NOW.replace(tzinfo=None)
    with station.transaction() as session:
        sync_catalogue(session, load_catalogue())
        session.add(Household(id="hh-1", created_at=at, **ADDRESS))
        session.add(Household(id="hh-2", created_at=at, **OTHER_COMMUNE))
        for pid, latin, local, sex, born, estimated, nid in PEOPLE:
            session.add(Person(id=pid, household_id="hh-1", relation_to_head="child",
                               local_name=local, latin_name=latin, sex=sex, birth_date=born,
                               birth_date_estimated=estimated,
                               other_ids={"national_id": nid} if nid else {}, created_at=at,
                               died_on=dt.date(2026, 10, 1) if pid == "p-late" else None,
                               **ADDRESS))
        session.add(Person(id="p-far", household_id="hh-2", relation_to_head="child",
                           local_name="far", latin_name="Far Away", sex="M",
                           birth_date=dt.date(2016, 1, 1), birth_date_estimated=False,
                           other_ids={}, created_at=at, **OTHER_COMMUNE))
        session.flush()
        for n, (pid, *_rest) in enumerate([*PEOPLE, ("p-far",)]):
            if pid != "p-vibol":
                session.add(ProgrammeMembership(id=f"m-{n}", person_id=pid,
                                                programme_code=CHILD,
                                                start_date=dt.date(2025, 1, 1), end_date=None))


LIST = """\ufeffBeneficiary ID;Name;Gender;Date of birth;Village code;National ID
CB-1;Dara Sok;male;02/04/2016;12030101;KH 100
CB-2;Chan Sokhaa;F;2019-01-20;12030101;
CB-3;Keo Vibol;M;09.09.2015;;
CB-4;Mao Srey;F;2017;12030101;
CB-5;Ly Neary;F;2020;12030101;
CB-6;Touch Kosal;M;2013;;
CB-7;Chan Sokha;F;20/01/2019;;
CB-7;Yim Sreyleak;F;2021-05-05;;
CB-9;Bad Date;F;31/02/2015;;
CB-10;;;;;
CB-11;Noone;Q;2015;;
CB-12;Sok Dara;M;2016-04-02;;KH-999
"""


def test_a_list_is_read_as_spreadsheets_save_it_and_bad_lines_are_kept_with_why() -> None:
    listed = read_list(LIST.encode(), "child.csv")
    assert [r.list_id for r in listed.rows] == [
        "CB-1", "CB-2", "CB-3", "CB-4", "CB-5", "CB-6", "CB-7", "CB-7", "CB-12"]
    first = listed.rows[0]
    assert (first.line, first.latin_name, first.sex, first.born, first.year, first.village,
            first.ids) == (2, "Dara Sok", "M", dt.date(2016, 4, 2), 2016, "12030101",
                           {"national_id": "KH100"})
    assert listed.rows[3].born is None and listed.rows[3].year == 2017
    assert listed.not_read == [
        (10, "birth '31/02/2015' is not a date (YYYY-MM-DD or DD/MM/YYYY) or a year"),
        (11, "no name and no identity number"),
        (12, "sex 'Q' is not F, M or X")]
    # commas, a year column, and a local-script name alone
    listed = read_list("local_name,birth_year\nសុខ ដារា,2016\n".encode(), "km.csv")
    assert listed.rows[0].local_name == "សុខ ដារា" and listed.rows[0].year == 2016
    assert latin_key("Dara  SOK") == latin_key("sok dara") == "dara sok"
    assert latin_key("Sơn Nguyễn") == "nguyen son"


@pytest.mark.parametrize(("data", "says"), [
    (b"PK\x03\x04 rest of a zip", "is a spreadsheet, not a CSV file"),
    ("name\nS\xf6k\n".encode("latin-1"), "is not UTF-8 text"),
    (b"  \n\n", "is empty"),
    (b"colour,size\nred,2\n", "names no name or identity number column"),
    (b"name\x00\x00", "is not a CSV text file"),
])
def test_what_is_not_a_list_is_refused_in_one_line(data: bytes, says: str) -> None:
    with pytest.raises(BadInput) as refused:
        read_list(data, "payroll.xlsx")
    assert says in str(refused.value) and "\n" not in str(refused.value)


def test_each_line_is_matched_by_what_it_gives(station: Station) -> None:
    _registry(station)
    listed = read_list(LIST.encode(), "child.csv")
    with station.reading() as session:
        registry = load_registry(session, None)
    found = {r.line: match(r, registry) for r in listed.rows}

    def got(line: int) -> tuple[str, list[str]]:
        return found[line].kind, [p.id for p in found[line].people]

    assert got(2) == ("same", ["p-dara"])  # the identity number, the name reordered
    assert found[2].how == ("identity number",)
    assert got(3) == ("same", ["p-sokha"])  # a letter more in the name, the same date
    assert found[3].how == ("name nearly, birth date, sex, village",)
    assert got(4) == ("same", ["p-vibol"])  # day-first date with dots
    assert got(5) == ("same", ["p-late"])  # the year only, the village
    assert got(6) == ("check", ["p-twin-a", "p-twin-b"])  # two of that name that year
    # the name and sex, an estimated age a year off, no village: only in part
    assert got(7) == ("check", ["p-estimated"])
    assert got(9) == ("none", [])  # not registered
    # the name and birth date agree, but a different national id rules Sok Dara out
    assert got(13) == ("none", [])
    # the national id alone: the same person when the names are alike, to check when not
    numbered = read_list(b"name,national_id\nSok Darith,KH-100\nMeas Kosal,kh100\n",
                         "ids.csv")
    alike, unlike = (match(r, registry) for r in numbered.rows)
    assert (alike.kind, alike.people[0].id) == ("same", "p-dara")
    assert (unlike.kind, unlike.how) == ("check", ("identity number, another name",))


def test_the_report_says_what_needs_doing(any_station: Station) -> None:
    """On SQLite and on a real PostgreSQL server."""
    station = any_station
    _registry(station)
    listed = read_list(LIST.encode(), "child.csv")
    with station.reading() as session:
        report = check_list(session, listed, programme=CHILD, as_of=TODAY,
                            station_id="st-1", places=None)
    summary = dict(report.table("summary").rows)
    assert summary["programme code"] == CHILD and summary["lines read"] == 9
    assert (summary["found in the registry"], summary["after death"],
            summary["registered, not in the programme"], summary["to check"],
            summary["not registered"], summary["lines not read"]) == (5, 1, 1, 2, 2, 3)
    assert report.table("dead").rows == [
        (5, "CB-4", "Mao Srey", "p-late", "Mao Srey", "2026-10-01")]
    assert report.table("twice").rows == [
        ("same person", "3 8", "CB-2 CB-7", "p-sokha"),
        ("same number", "8 9", "CB-7", "")]
    assert report.table("not_member").rows == [(4, "CB-3", "Keo Vibol", "p-vibol", "-")]
    assert [r[3] for r in report.table("check").rows] == ["p-twin-a", "p-twin-b",
                                                          "p-estimated"]
    assert [r[2] for r in report.table("not_registered").rows] == ["Yim Sreyleak",
                                                                   "Sok Dara"]
    # a member of 120301 no line names; the twins may be named (to check); p-far lives in
    # another commune; the dead are not missed
    assert [r[0] for r in report.table("missing").rows] == ["p-left-out"]
    assert [r[0] for r in report.table("not_read").rows] == [10, 11, 12]
    with station.reading() as session:
        wider = check_list(session, listed, programme=CHILD, as_of=TODAY, station_id="st-1",
                           places=None, communes={"120301", "120302"})
        assert [r[0] for r in wider.table("missing").rows] == ["p-left-out", "p-far"]
        # before she died, Mao Srey's line was an ordinary one
        earlier = check_list(session, listed, programme=CHILD, as_of=dt.date(2026, 9, 1),
                             station_id="st-1", places=None)
        assert earlier.table("dead").rows == []
        with pytest.raises(BadInput, match="unknown programme 'NOPE'"):
            check_list(session, listed, programme="NOPE", as_of=TODAY, station_id="st-1",
                       places=None)


def test_checking_writes_the_report_and_an_audit_event_without_names(
        station: Station, supervisor: OperatorInfo, clerk: OperatorInfo,
        tmp_path: Path) -> None:
    _registry(station)
    path = tmp_path / "child.csv"
    path.write_text(LIST, encoding="utf-8")
    done = check_programme_list(station, path, programme=CHILD, by=supervisor, now=NOW)
    assert done.path.parent == Path(station.settings.data_dir) / "reports"
    assert done.counts["after death"] == 1 and done.counts["lines read"] == 9
    text = subprocess.run(["pdftotext", "-layout", str(done.path), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "On the list after their death: stop the payment" in text
    assert "Mao Srey" in text and "Yim Sreyleak" in text
    with station.reading() as session:
        event = session.query(AuditEvent).filter_by(action=LIST_CHECKED).one()
        details = details_of(event.details)
    assert (event.subject_id, details["list"], details["counts"]["to check"]) == (
        CHILD, "child.csv", 2)
    assert "Mao" not in event.details and "Sreyleak" not in event.details
    again = check_programme_list(station, path, programme=CHILD, by=supervisor, now=NOW,
                                 fmt="json")
    assert again.path.name == f"list-check-{CHILD}-{TODAY.isoformat()}.json"
    assert json.loads(again.path.read_text())["tables"]["dead"][0]["person_id"] == "p-late"
    with pytest.raises(PermissionDenied):
        check_programme_list(station, path, programme=CHILD, by=clerk, now=NOW)
    with pytest.raises(BadInput, match="cannot read the list"):
        check_programme_list(station, tmp_path / "missing.csv", programme=CHILD,
                             by=supervisor, now=NOW)


def test_the_command_line_checks_a_list(home: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`sws check-list`: the counts on one line (JSON where asked), a Khmer PDF, the
    refusals in one line with exit 4."""
    path = tmp_path / "payroll.csv"
    path.write_text("name,sex,birth_date\nNobody Here,F,2015-01-01\n", encoding="utf-8")
    done = run_json(["check-list", str(path), "--programme", CHILD, "--language", "km",
                     *SUPER], capsys)
    assert done["counts"]["not registered"] == 1
    text = subprocess.run(["pdftotext", done["output"], "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Nobody Here" in text and "Not registered: invite" not in text  # Khmer words
    assert run(["check-list", str(path), "--programme", CHILD, *SUPER]) == 0
    assert "1 lines checked against the registry (0 after death" in capsys.readouterr().out
    assert run(["check-list", str(path), "--programme", "NOPE", *SUPER]) == 4
    assert "unknown programme 'NOPE'" in capsys.readouterr().err
    (tmp_path / "book.xlsx").write_bytes(b"PK\x03\x04...")
    assert run(["check-list", str(tmp_path / "book.xlsx"), "--programme", CHILD,
                *SUPER]) == 4
    assert "save it as 'CSV UTF-8'" in capsys.readouterr().err
    assert run(["check-list", str(path), "--programme", CHILD, "--format", "csv",
                "--language", "km", *SUPER]) == 4
    assert run(["check-list", str(path), "--programme", CHILD, "--commune", "999999",
                *SUPER]) == 4
    assert "no commune has the code 999999" in capsys.readouterr().err
    assert run(["check-list", str(path), "--programme", CHILD, "--operator", "clerk1",
                "--password", PASSWORD]) != 0


def test_a_report_the_audit_trail_refuses_is_not_left_on_disk(
        station: Station, supervisor: OperatorInfo, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What is not in the trail was not checked: a busy or broken trail leaves no report."""
    _registry(station)
    path = tmp_path / "child.csv"
    path.write_text(LIST, encoding="utf-8")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the audit trail is locked")

    monkeypatch.setattr(station, "audit", refuse)
    with pytest.raises(RuntimeError, match="locked"):
        check_programme_list(station, path, programme=CHILD, by=supervisor, now=NOW)
    assert list((Path(station.settings.data_dir) / "reports").glob("*")) == []
