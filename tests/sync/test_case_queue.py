"""The centre's adjudication queue as the adjudicator pages through it: every open case,
one per applicant with its candidates inside, in the text and in the JSON alike; a queue
longer than a page says how many there are and where the next page starts. An `sws` built
before (it reads `/v1/adjudications`, one entry per candidate) still gets the whole queue.
Real server process, real PostgreSQL, a station's real uploader."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.client import CentralClient, register_station
from sync.outbox import enqueue
from sync.packets import encode_biometrics
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, Station, make_station, settle
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess

pytestmark = pytest.mark.postgres
ADMIN = {"X-Admin-Token": ADMIN_TOKEN}


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station.cli", *argv], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO),
                               "SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN},
                          capture_output=True, text=True, timeout=120)


def _enrol(station: Station, record: str, fingers: list[tuple[int, bytes]], name: str) -> None:
    with station.engine.begin() as conn:
        enqueue(conn, station.table, kind="enrolment", record_id=record, now=T0,
                sealed_biometrics=station.at_rest.seal(encode_biometrics(fingers)),
                payload={"person_id": record, "demographics": {
                    "latin_name": name, "sex": "F", "birth_date": "1990-01-01",
                    "address": {"province": "12", "district": "1204", "commune": "120401"}}})


def _deliver(url: str, station: Station, http: httpx.Client | None = None) -> None:
    client = CentralClient(url, http=http)
    registered = register_station(url, station.key, station.station_id,
                                  name=station.station_id, client=client)
    uploader = Uploader(station.engine, station.table,
                        StationIdentity(station.station_id, station.key,
                                        registered.central_key),
                        client, station.at_rest.unseal, rng=random.Random(1))
    assert uploader.sync(lambda: T0).pending == 0
    settle(uploader, T0)


def _queue(tmp_path: Path, url: str, repeats: int, http: httpx.Client | None = None) -> None:
    """Three people enrolled at station A; at station B an applicant who matches two of them
    (one case, two candidates), then ``repeats`` applicants who each match the third."""
    rng = random.Random(11)
    left, right, other_left, other_right, third = (rng.randbytes(300) for _ in range(5))
    a = make_station(tmp_path / "a.sqlite3", "st-a")
    _enrol(a, "a-1", [(2, left), (7, other_right)], "Sok Dara")
    _enrol(a, "a-2", [(2, other_left), (7, right)], "Keo Sina")
    _enrol(a, "a-3", [(2, third)], "Chan Thida")
    _deliver(url, a, http)
    b = make_station(tmp_path / "b.sqlite3", "st-b")
    _enrol(b, "b-both", [(2, left), (7, right)], "Sok Sina")
    for i in range(repeats):
        _enrol(b, f"b-{i:04d}", [(2, third)], f"Applicant {i}")
    _deliver(url, b, http)


def test_one_case_per_applicant_in_the_json_as_in_the_text(
    tmp_path: Path, postgres_url: str, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(postgres_url)
    _queue(tmp_path, central.url, 1)
    text = _cli("central", "cases", "--central", central.url)
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines()[-1].startswith("2 open case(s);")
    listed = _cli("central", "cases", "--central", central.url, "--json")
    assert listed.returncode == 0, listed.stderr
    answer = json.loads(listed.stdout)
    # Before, the JSON had three entries (one per candidate) where the text had two cases.
    assert (answer["total"], answer["next_after"]) == (2, None)
    cases = answer["cases"]
    assert [c["applicant"]["latin_name"] for c in cases] == ["Sok Sina", "Applicant 0"]
    both = cases[0]
    assert sorted(c["person"]["latin_name"] for c in both["candidates"]) == \
        ["Keo Sina", "Sok Dara"]
    assert {c["person_id"] for c in both["candidates"]} == {"a-1", "a-2"}
    assert all(c["person"]["station_name"] == "st-a" and c["score"] > 0
               for c in both["candidates"])
    # The service's own list reads the same; an `sws` built before reads /v1 as it did.
    assert httpx.get(f"{central.url}/v2/adjudications", headers=ADMIN).json() == answer
    old = httpx.get(f"{central.url}/v1/adjudications", headers=ADMIN).json()["cases"]
    assert sorted((c["record_id"], c["candidate_person_id"]) for c in old) == [
        ("b-0000", "a-3"), ("b-both", "a-1"), ("b-both", "a-2")]
    assert old[0]["candidate"]["latin_name"] and old[0]["applicant"]["latin_name"]


def _pages(url: str, *extra: str) -> tuple[list[str], list[str]]:
    """Every case id the text listing shows, page by page, and each page's last line."""
    seen: list[str] = []
    lasts: list[str] = []
    after: list[str] = []
    while True:
        page = _cli("central", "cases", "--central", url, *extra, *after)
        assert page.returncode == 0, page.stderr
        lines = page.stdout.splitlines()
        seen += [line.split()[1] for line in lines if line.startswith("case ")]
        lasts.append(lines[-1])
        if "next: --after " not in lines[-1]:
            return seen, lasts
        after = ["--after", lines[-1].rsplit("--after ", 1)[1].split()[0]]


def test_a_queue_longer_than_a_page_says_so_and_pages_to_the_end(
    tmp_path: Path, postgres_url: str, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(postgres_url)
    _queue(tmp_path, central.url, 501)  # 502 open cases, 503 candidates
    # Before, the listing stopped at 500 candidates and read "500 open case(s)".
    first = _cli("central", "cases", "--central", central.url)
    assert first.returncode == 0, first.stderr
    last = first.stdout.splitlines()[-1]
    assert last.startswith("showing cases 1-100 of 502 open (decide with `sws central decide")
    assert "; next: --after " in last
    seen, lasts = _pages(central.url, "--limit", "200")
    assert len(seen) == len(set(seen)) == 502
    assert lasts[0].startswith("showing cases 1-200 of 502 open")
    assert lasts[-1].startswith("showing cases 401-502 of 502 open; the end of the queue")
    # The API pages the same way, oldest first, with the whole count each time.
    got: list[dict[str, Any]] = []
    after: dict[str, str] = {}
    while True:
        answer = httpx.get(f"{central.url}/v2/adjudications", headers=ADMIN,
                           params={"limit": 500, **after}).json()
        assert answer["total"] == 502
        got += answer["cases"]
        if answer["next_after"] is None:
            break
        after = {"after": answer["next_after"]}
    assert [c["packet_id"] for c in got] == seen
    assert sum(len(c["candidates"]) for c in got) == 503
    # An unknown --after is one line, not an empty page.
    wrong = _cli("central", "cases", "--central", central.url, "--after", "no-such-case")
    assert wrong.returncode == 4 and wrong.stderr.count("\n") == 1
    assert "no-such-case" in wrong.stderr
    # The listing an `sws` built before reads holds every case too (it stopped at 500).
    old = httpx.get(f"{central.url}/v1/adjudications", headers=ADMIN).json()["cases"]
    assert len(old) == 503 and len({c["packet_id"] for c in old}) == 502


def test_a_centre_from_before_the_pages_is_listed_the_same_way(tmp_path: Path) -> None:
    """`sws central cases` against a centre without /v2/adjudications (the real app, that
    route taken out, as the release before served it): its /v1 list, grouped per applicant,
    not "the central registry refused the request: Not Found"."""
    import argparse

    from fastapi.routing import APIRoute
    from fastapi.testclient import TestClient

    from sync.central.app import CentralConfig, create_app
    from sync.central.cli import _case_page, _cases_text
    from sync.client import CentralClient

    app = create_app(CentralConfig(db_url=f"sqlite:///{tmp_path / 'c.sqlite3'}",
                                   key_path=tmp_path / "k.pem", admin_token="secret",
                                   dedup="exact"), clock=lambda: T0)
    app.router.routes = [r for r in app.router.routes
                         if not (isinstance(r, APIRoute) and r.path == "/v2/adjudications")]
    with TestClient(app) as http:
        _queue(tmp_path, "http://testserver", 1, http=http)
        client = CentralClient("http://testserver", http=http)
        page = _case_page(client, "secret", argparse.Namespace(after=None, limit=100))
    assert (page["total"], page["next_after"]) == (2, None)
    assert [len(c["candidates"]) for c in page["cases"]] == [2, 1]
    assert page["cases"][0]["candidates"][0]["person"]["latin_name"] in ("Sok Dara", "Keo Sina")
    assert _cases_text(page).splitlines()[-1].startswith("2 open case(s);")
    # That centre's list stopped at 500 entries: the listing says it may not be whole.
    assert not page.get("capped")
    capped = {**page, "cases": page["cases"] * 250, "capped": True}
    assert _cases_text(capped).splitlines()[-1] == (
        "500 open case(s) shown, maybe not all: this central registry (older than this "
        "program) lists 500 candidates at most; update it to see the whole queue")
