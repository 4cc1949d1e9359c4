"""A day as the central registry's operator and the ministry's analyst, on what real stations
sent: two station homes (`sws init --central`, `sws enrol`, `sws person death`, `sws sync`),
the real server process on a real PostgreSQL with the matcher's Gallery, and the national
reports as JSON, as a CSV download and from `sws central report`."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests._cli import sws as _sws
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SAMPLE = REPO / "fixtures" / "fingerprints" / "sample"
PASSWORD = "correct horse battery staple 42"
ADMIN = {"X-Admin-Token": ADMIN_TOKEN}
#: A commune name as an operator may load it: Khmer, a comma, quotes, and a formula start.
COMMUNE_NAME = '=ឃុំ "ថ្មី", ភូមិ 1'


def _cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station.cli", *argv], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
                          capture_output=True, text=True, timeout=300)


class Desk:
    """One station home, its supervisor signed in through the environment."""

    def __init__(self, home: Path, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.home, self.monkeypatch, self.capsys = home, monkeypatch, capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE", "SWS_STATION_ID"):
            self.monkeypatch.delenv(name, raising=False)
        self.monkeypatch.setenv("SWS_HOME", str(self.home))
        self.monkeypatch.setenv("SWS_OPERATOR", "super")
        self.monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
        return _sws(self.capsys, *argv)

    def enrol(self, name: str, commune: str, finger: str, born: str,
              local_name: str | None = None) -> str:
        code, out, err = self("enrol", "--consent", "self",
                              "--local-name", local_name or name, "--latin-name",
                              name, "--sex",
                              "F", "--born", born, "--province", commune[:2], "--district",
                              commune[:4], "--commune", commune, "--village", f"{commune}01",
                              "--new-household", "--finger", f"right-index={SAMPLE / finger}")
        assert code == 0, err
        return out.strip().splitlines()[-1]

    def sync_until_decided(self) -> dict[str, Any]:
        """`sws sync` until the centre has decided every record it sent (the dedup stage
        works after the upload's answer); waits, never asserts on time."""
        for _ in range(600):
            code, out, err = self("sync", "--json")
            assert code == 0, err
            answer: dict[str, Any] = json.loads(out)
            if answer["awaiting_decision"] == 0:
                return answer
        raise AssertionError("the centre never decided this station's records")

    def population(self) -> int:
        code, out, err = self("report", "coverage", "--format", "json")
        assert code == 0, err
        summary = json.loads(out)["tables"]["summary"]
        return int(next(r["value"] for r in summary
                        if r["measure"] == "population (registered people)"))


def _gazetteer() -> dict[str, Any]:
    areas = [{"code": "12", "name": "Kampong Cham"}, {"code": "17", "name": "Siem Reap"}]
    for district, province in (("1204", "12"), ("1702", "17"), ("1799", "17")):
        areas.append({"code": district, "parent": province, "name": f"District {district}"})
    for commune in ("120401", "120402", "170201"):
        areas.append({"code": commune, "parent": commune[:4],
                      "name": COMMUNE_NAME if commune == "120402" else f"Commune {commune}"})
    return {"format": "sws-locations", "format_version": 1, "version": "t", "areas": areas}


@pytest.mark.skipif(not (SAMPLE / "103_1.png").exists(), reason="no committed sample prints")
def test_the_national_reports_add_up_to_what_two_stations_sent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    postgres_url: str, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(postgres_url, "--dedup", "gallery")
    places = _gazetteer()
    communes = [{"code": a["code"], "province": "p", "district": "d", "commune": a["name"]}
                for a in places["areas"] if len(a["code"]) == 6]
    assert httpx.put(f"{central.url}/v1/master-data", headers=ADMIN, json={
        "programmes": [], "locations": communes, "gazetteer": places}).status_code == 200
    a = Desk(tmp_path / "a", monkeypatch, capsys)
    b = Desk(tmp_path / "b", monkeypatch, capsys)
    for desk in (a, b):
        assert desk("init", "--username", "super", "--password", PASSWORD,
                    "--central", central.url)[0] == 0
    a.enrol("Sok Dara", "120401", "101_1.png", "1990-04-12")
    keo = a.enrol("Keo", "120402", "102_1.png", "1985-02-03", "=កែវ, \"Keo\"")
    a.sync_until_decided()
    # Sok Dara moved to another province and presents herself at station B, which does not
    # know her: the centre holds her new enrolment for adjudication.
    b.enrol("Sok Dara", "170201", "101_2.png", "1990-04-12")
    b.enrol("Chan Sophea", "170201", "103_1.png", "1979-06-30")
    held = b.sync_until_decided()
    assert held["states"]["duplicate"] == 1

    def rows(name: str, **query: str) -> list[dict[str, Any]]:
        answer = httpx.get(f"{central.url}/v1/reports/{name}", params=query)
        assert answer.status_code == 200, answer.text
        return list(answer.json()["rows"])

    def enrolled(found: list[dict[str, Any]]) -> dict[str, int]:
        return {r["commune"]: r["persons"] for r in found if r["programme"] == "(enrolled)"}

    # Each person once, where they were first enrolled; the duplicate waits in district 1702.
    assert enrolled(rows("coverage")) == {"120401": 1, "120402": 1, "170201": 1}
    assert [(r["district"], r["awaiting_adjudication"]) for r in rows("duplicates")] == [
        ("1702", 1)]
    (case,) = json.loads(_cli("central", "cases", "--central", central.url, "--json",
                              env={"SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN}).stdout)["cases"]
    decided = _cli("central", "decide", case["packet_id"], "same_person", "--by", "Amara",
                   "--central", central.url, env={"SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN})
    assert decided.returncode == 0, decided.stderr
    assert b.sync_until_decided()["states"]["rejected"] == 1  # station B learns it
    # Keo died: she leaves the coverage of her commune for the deceased row.
    code, _, err = a("person", "death", keo, "--on", "2026-11-20", "--source", "certificate 1")
    assert code == 0, err
    a.sync_until_decided()

    coverage = rows("coverage")
    stats = httpx.get(f"{central.url}/v1/stats").json()
    # The totals agree with what the two stations hold (the living people they registered):
    # each either counted once or kept out as a confirmed duplicate, none twice.
    living = sum(enrolled(coverage).values())
    assert a.population() + b.population() == living + stats["duplicates_confirmed"] == 3
    assert living + stats["deceased"] == stats["persons"] == 3
    assert enrolled(coverage) == {"120401": 1, "170201": 1}
    assert [(r["commune"], r["persons"]) for r in coverage
            if r["programme"] == "(deceased)"] == [("120402", 1)]
    assert rows("duplicates") == [{"province": "17", "district": "1702",
                                   "awaiting_adjudication": 0, "confirmed_same_person": 1,
                                   "prevented_at_station": 0, "duplicates_prevented": 1}]

    # Narrowed to a place or to days: a province, an empty district, a day with nothing.
    assert enrolled(rows("coverage", province="17")) == {"170201": 1}
    assert rows("coverage", district="1799") == []  # a known district, nobody enrolled yet
    assert rows("duplicates", district="1204") == []
    today = datetime.now(UTC).date().isoformat()
    assert enrolled(rows("coverage", since=today, until=today)) == enrolled(coverage)
    assert rows("coverage", until="2026-01-01") == []
    # A code nobody knows is one clear line and 404, never an empty report that reads "0".
    typo = httpx.get(f"{central.url}/v1/reports/coverage", params={"district": "1709"})
    assert typo.status_code == 404 and "no district '1709'" in typo.json()["detail"]
    assert httpx.get(f"{central.url}/v1/reports/cards",
                     params={"district": "1204"}).status_code == 400
    backwards = httpx.get(f"{central.url}/v1/reports/coverage",
                          params={"since": "2026-11-02", "until": "2026-11-01"})
    assert backwards.status_code == 400 and "after it ends" in backwards.json()["detail"]
    out = _cli("central", "report", "coverage", "--db", postgres_url, "--district", "1709")
    assert out.returncode == 4 and out.stdout == "" and out.stderr.count("\n") == 1
    out = _cli("central", "report", "coverage", "--db", postgres_url, "--since", "23/11/2026")
    assert out.returncode == 4 and "--since is a day as YYYY-MM-DD" in out.stderr
    out = _cli("central", "report", "coverage", "--db", postgres_url, "--province", "17",
               "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert [r["commune"] for r in csv.DictReader(io.StringIO(out.stdout))] == ["170201"]

    # The CSV download opens in a spreadsheet: UTF-8 with its byte-order mark (Khmer names
    # right in Excel), quotes and commas kept inside their cell, no formula run.
    download = httpx.get(f"{central.url}/v1/reports/coverage/csv")
    assert download.headers["content-type"] == "text/csv; charset=utf-8"
    named = download.headers["content-disposition"]  # the server's own clock: its UTC day
    assert re.fullmatch(r'attachment; filename="sws-coverage-as-of-(\d{4}-\d\d-\d\d)\.csv"',
                        named), named
    assert abs(date.fromisoformat(named[-15:-5]) - datetime.now(UTC).date()) \
        <= timedelta(days=1), named
    assert download.content.startswith(b"\xef\xbb\xbfprovince,district,commune,")
    table = list(csv.DictReader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert [(r["commune"], r["persons"]) for r in table] == [
        (r["commune"], str(r["persons"])) for r in coverage]
    assert next(r["place_name"] for r in table if r["commune"] == "120402") == \
        "'" + COMMUNE_NAME + ", d, p"
