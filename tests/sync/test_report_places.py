"""The centre's reports as the operator narrows and opens them: place filters that cannot
both hold are refused (naming both codes) instead of answering empty figures, and the CSV
keeps place codes with their leading zeros. The real app on a real PostgreSQL, a station's
real uploader, and the real `sws` command on the same database."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sync.central.app import CentralConfig, create_app
from sync.client import CentralClient, register_station
from sync.outbox import enqueue
from sync.packets import encode_biometrics
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, fake_templates, make_station, settle
from tests.sync.conftest import REPO

pytestmark = pytest.mark.postgres
TOKEN = {"X-Admin-Token": "secret"}
#: A list of places as the stations ship it: codes with leading zeros, parents by code.
AREAS = [{"code": "01", "name": "Banteay Meanchey"},
         {"code": "0102", "parent": "01", "name": "Mongkol Borei"},
         {"code": "010203", "parent": "0102", "name": "Chamnaom"},
         {"code": "02", "name": "Battambang"},
         {"code": "0201", "parent": "02", "name": "Banan"},
         {"code": "020101", "parent": "0201", "name": "Kantueu Muoy"}]


@pytest.fixture
def central(postgres_url: str, tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    """The app with the list of places loaded, and two people enrolled: one in commune
    010203 (in the list), one in 170201 (only in the records: district 1702, province 17)."""
    app = create_app(CentralConfig(db_url=postgres_url, key_path=tmp_path / "central.pem",
                                   admin_token="secret", dedup="exact"), clock=lambda: T0)
    with TestClient(app) as http:
        assert http.put("/v1/master-data", headers=TOKEN, json={
            "programmes": [{"code": "CT", "name": "Cash transfer"}],
            "locations": [{"code": "010203", "province": "Banteay Meanchey",
                           "district": "Mongkol Borei", "commune": "Chamnaom"}],
            "gazetteer": {"format": "sws-locations", "format_version": 1,
                          "areas": AREAS}}).status_code == 200
        station = make_station(tmp_path / "s.sqlite3", "st-1")
        for person, (province, district, commune) in (("p-1", ("01", "0102", "010203")),
                                                       ("p-2", ("17", "1702", "170201"))):
            with station.engine.begin() as conn:
                enqueue(conn, station.table, kind="enrolment", record_id=person, now=T0,
                        payload={"person_id": person, "programmes": ["CT"],
                                 "demographics": {"address": {
                                     "province": province, "district": district,
                                     "commune": commune}}},
                        sealed_biometrics=station.at_rest.seal(encode_biometrics(
                            fake_templates(random.Random(person)))))
        client = CentralClient("http://testserver", http=http)
        reg = register_station("http://testserver", station.key, "st-1", client=client)
        uploader = Uploader(station.engine, station.table,
                            StationIdentity("st-1", station.key, reg.central_key), client,
                            station.at_rest.unseal, rng=random.Random(1))
        assert uploader.sync(lambda: T0).pending == 0
        settle(uploader, T0)
        yield http, postgres_url


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station.cli", *argv], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)},
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("report", "query", "inside", "outside"), [
    # the list of places says where each is
    ("coverage", {"district": "0102", "commune": "020101"}, "020101", "0102"),
    ("coverage", {"province": "02", "commune": "010203"}, "010203", "02"),
    # only the delivered records say where 1702 is
    ("coverage", {"province": "01", "district": "1702"}, "1702", "01"),
    ("duplicates", {"district": "1702", "commune": "010203"}, "010203", "1702"),
])
def test_a_place_inside_another_place_than_the_one_named_is_refused(
    central: tuple[TestClient, str], report: str, query: dict[str, str], inside: str,
    outside: str,
) -> None:
    http, db_url = central
    # Before, these answered 200 with no rows: "nobody covered there".
    for path in (f"/v1/reports/{report}", f"/v1/reports/{report}/csv"):
        answer = http.get(path, params=query)
        assert answer.status_code == 400, (path, answer.text)
        detail = answer.json()["detail"]
        assert f"'{inside}' is not in" in detail and f"'{outside}'" in detail, detail
    argv = [f"--{level}={code}" for level, code in query.items()]
    out = _cli("central", "report", report, "--db", db_url, *argv)
    assert (out.returncode, out.stdout, out.stderr.count("\n")) == (4, "", 1), out.stderr
    assert f"'{inside}' is not in" in out.stderr and f"'{outside}'" in out.stderr


def test_places_that_belong_together_narrow_the_report(
        central: tuple[TestClient, str]) -> None:
    http, _ = central
    rows = http.get("/v1/reports/coverage", params={
        "province": "01", "district": "0102", "commune": "010203"}).json()["rows"]
    assert {(r["commune"], r["programme"], r["persons"]) for r in rows} == {
        ("010203", "(enrolled)", 1), ("010203", "CT", 1)}
    assert http.get("/v1/reports/coverage", params={
        "province": "17", "commune": "170201"}).json()["rows"][0]["persons"] == 1


def test_the_csv_keeps_place_codes_as_text(central: tuple[TestClient, str],
                                           tmp_path: Path) -> None:
    http, db_url = central
    body = http.get("/v1/reports/coverage/csv", params={"commune": "010203"}).content
    # The byte-order mark stays; text cells are quoted (a spreadsheet told to take quoted
    # fields as text keeps "01"), counts are not; a column says how days are counted; and
    # a last column holds the place's codes in a form no spreadsheet reads as a number.
    assert body.decode("utf-8").splitlines() == [
        "\ufeffprovince,district,commune,programme,persons,place_name,programme_name,"
        "days,place_codes",
        '"01","0102","010203","(enrolled)",1,"Chamnaom, Mongkol Borei, Banteay Meanchey",'
        '"enrolled (any programme)","each office\'s local days","01 > 0102 > 010203"',
        '"01","0102","010203","CT",1,"Chamnaom, Mongkol Borei, Banteay Meanchey",'
        '"Cash transfer","each office\'s local days","01 > 0102 > 010203"']
    # A script reads the same codes as before, and the same figures as the JSON.
    table = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [(r["province"], r["district"], r["commune"], r["persons"]) for r in table] == [
        ("01", "0102", "010203", "1"), ("01", "0102", "010203", "1")]
    # The command line writes the same bytes to a file (with the BOM) and to stdout (without).
    target = tmp_path / "coverage.csv"
    out = _cli("central", "report", "coverage", "--db", db_url, "--format", "csv",
               "--commune", "010203", "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert target.read_bytes() == body
    shown = _cli("central", "report", "coverage", "--db", db_url, "--format", "csv",
                 "--commune", "010203")
    assert shown.stdout.encode("utf-8") == body[len("\ufeff".encode()):]
    dup = http.get("/v1/reports/duplicates/csv").content.decode("utf-8-sig").splitlines()
    assert dup == ["province,district,awaiting_adjudication,confirmed_same_person,"
                   "prevented_at_station,duplicates_prevented,days,place_codes"]
    assert json.loads(_cli("central", "report", "coverage", "--db", db_url, "--commune",
                           "010203").stdout)["rows"][0]["province"] == "01"


def test_a_narrowed_report_says_what_it_covers(central: tuple[TestClient, str],
                                               tmp_path: Path) -> None:
    """A saved file of one district's figures read like the country's: nothing in the JSON,
    the downloaded file's name or the command's line said it was narrowed."""
    http, db_url = central
    query = {"district": "0102", "since": "2026-10-01"}
    answer = http.get("/v1/reports/coverage", params=query).json()
    assert answer["filters"] == query
    assert http.get("/v1/reports/cards").json()["filters"] == {}
    download = http.get("/v1/reports/coverage/csv", params=query)
    day = T0.date().isoformat()  # the centre's day: the file stands on it
    assert download.headers["content-disposition"] == \
        f'attachment; filename="sws-coverage-district-0102-since-2026-10-01-as-of-{day}.csv"'
    assert http.get("/v1/reports/cards/csv").headers["content-disposition"] == \
        f'attachment; filename="sws-cards-as-of-{day}.csv"'
    assert http.get("/v1/reports/cards/csv", params={"until": "2026-10-31"}).headers[
        "content-disposition"] == \
        'attachment; filename="sws-cards-until-2026-10-31-as-of-2026-10-31.csv"'
    out = _cli("central", "report", "coverage", "--db", db_url, "--district", "0102",
               "--since", "2026-10-01")
    assert json.loads(out.stdout)["filters"] == query, out.stderr
    written = _cli("central", "report", "coverage", "--db", db_url, "--district", "0102",
                   "--since", "2026-10-01", "--format", "csv", "-o", str(tmp_path / "c.csv"))
    # the command's clock is the machine's: the day it stands on is today's UTC date
    day = re.search(r"; as of (\d{4}-\d\d-\d\d)\)", written.stdout)
    assert day and abs(date.fromisoformat(day[1]) - datetime.now(UTC).date()) <= \
        timedelta(days=1), written.stdout
    assert written.stdout == (f"coverage report (csv, 2 rows; district 0102, since "
                              f"2026-10-01; as of {day[1]}) written to {tmp_path / 'c.csv'}\n"), \
        written.stderr


def test_a_code_of_another_level_says_which_level_it_is(
        central: tuple[TestClient, str]) -> None:
    """`--district 01` (a province's code) read "no district '01' is known ... check the
    code", and the code was right: only the level was not."""
    http, db_url = central
    answer = http.get("/v1/reports/coverage", params={"district": "01"})
    assert answer.status_code == 404
    assert answer.json()["detail"].endswith(
        "no district '01' is known to the centre, but province '01' is: narrow by province "
        "instead")
    out = _cli("central", "report", "duplicates", "--db", db_url, "--province", "170201")
    assert (out.returncode, out.stderr.count("\n")) == (4, 1)
    assert "but commune '170201' is: narrow by commune instead" in out.stderr
    # a code no level knows still says to check it
    assert "check the code" in http.get("/v1/reports/coverage",
                                        params={"commune": "999999"}).json()["detail"]


def test_the_stations_report_says_its_times_are_utc(central: tuple[TestClient, str]) -> None:
    """registered_at and last_delivery had no zone (expires_at beside them had its Z): an
    operator seven hours east of UTC read a delivery as seven hours older than it was."""
    http, _ = central
    (row,) = http.get("/v1/reports/stations").json()["rows"]
    assert (row["registered_at"], row["last_delivery"], row["expires_at"]) == (
        "2026-11-01T08:00:00Z", "2026-11-01T08:00:00Z", "2027-11-01T08:00:00Z")


def test_a_facility_typed_in_other_letter_case_is_one_facility(
        central: tuple[TestClient, str], tmp_path: Path) -> None:
    """Desks type the facility's name: "Provincial Hospital" at one and "provincial
    hospital" at another were two rows, each undercounting the one hospital."""
    http, _ = central
    station = make_station(tmp_path / "visits.sqlite3", "st-visits")
    with station.engine.begin() as conn:
        for i, name in enumerate(["Provincial Hospital", "provincial hospital",
                                  "PROVINCIAL  HOSPITAL ", "Provincial Hospital",
                                  "Health centre 2"]):
            enqueue(conn, station.table, kind="service_use", record_id=f"v-{i}", now=T0,
                    payload={"facility": name, "card_id": f"C{i}"}, sealed_biometrics=None)
    client = CentralClient("http://testserver", http=http)
    reg = register_station("http://testserver", station.key, "st-visits", client=client)
    uploader = Uploader(station.engine, station.table,
                        StationIdentity("st-visits", station.key, reg.central_key), client,
                        station.at_rest.unseal, rng=random.Random(1))
    assert uploader.sync(lambda: T0).pending == 0
    # the spelling most desks used names it
    assert http.get("/v1/reports/service-uses").json()["rows"] == [
        {"facility": "Health centre 2", "service_uses": 1},
        {"facility": "Provincial Hospital", "service_uses": 4}]
