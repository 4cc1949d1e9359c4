"""The national side as its users meet it: the registry operator's reports, the adjudicator's
cases and decisions on the command line, and the answers a station gets from `sws sync`.

Real server processes (uvicorn on SQLite, the embedded default) and the real `sws` command;
the in-process app only where the test is about the numbers in a report.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from sync.central.app import CentralConfig, create_app
from sync.client import CentralClient, register_station
from sync.outbox import enqueue
from sync.packets import encode_biometrics
from sync.uploader import StationIdentity, Uploader
from tests._cli import sws as _sws
from tests._serve import serving
from tests.sync._support import T0, Station, fake_templates, make_station, settle
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess

SAMPLE = REPO / "fixtures" / "fingerprints" / "sample"
PASSWORD = "correct horse battery staple 42"


def _enrol(station: Station, record: str, fingers: list[tuple[int, bytes]], *,
           name: str, born: str, commune: str, estimated: bool = False) -> None:
    """Queue one enrolment shaped as the station writes it (demographics and address)."""
    payload = {"person_id": record, "demographics": {
        "latin_name": name, "local_name": f"{name} (local)", "sex": "F", "birth_date": born,
        "birth_date_estimated": estimated,
        "address": {"province": commune[:2], "district": commune[:4], "commune": commune}}}
    with station.engine.begin() as conn:
        enqueue(conn, station.table, kind="enrolment", record_id=record, payload=payload,
                sealed_biometrics=station.at_rest.seal(encode_biometrics(fingers)), now=T0)


def _registered_station(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                        home: Path, url: str) -> Path:
    """A station home registered with the centre at ``url`` (operator ``super`` signed in
    through the environment), as `sws init --central URL` makes it."""
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(home))
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", url)[0] == 0
    return home


def _uploader(url: str, station: Station, name: str,
              http: httpx.Client | None = None) -> Uploader:
    client = CentralClient(url, http=http)
    reg = register_station(url, station.key, station.station_id, name=name, client=client)
    return Uploader(station.engine, station.table,
                    StationIdentity(station.station_id, station.key, reg.central_key),
                    client, station.at_rest.unseal, rng=random.Random(1))


def _two_stations_one_person(tmp_path: Path, url: str,
                             http: httpx.Client | None = None) -> tuple[Uploader, Uploader]:
    """The same fingers enrolled at two stations (``a-1`` then ``b-1``); both synced."""
    rng = random.Random(9)
    same = fake_templates(rng)
    a = make_station(tmp_path / "a.sqlite3", "st-a")
    b = make_station(tmp_path / "b.sqlite3", "st-b")
    _enrol(a, "a-1", same, name="Sok Dara", born="1990-04-12", commune="120401")
    _enrol(b, "b-1", same, name="Sok Dara", born="1990-01-01", commune="170201",
           estimated=True)
    up_a, up_b = _uploader(url, a, "Phnom Penh office", http), _uploader(url, b, "", http)
    for uploader in (up_a, up_b):  # one after the other: a-1 is enrolled first
        assert uploader.sync(lambda: T0).pending == 0
        settle(uploader, T0)
    assert up_b.counts()["duplicate"] == 1
    return up_a, up_b


def _csv(http: TestClient, name: str) -> str:
    """A report's CSV download as text (a file for a spreadsheet: it starts with the BOM)."""
    return http.get(f"/v1/reports/{name}/csv").content.decode("utf-8-sig")


@pytest.fixture
def central_app(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(CentralConfig(db_url=f"sqlite:///{tmp_path / 'central.sqlite3'}",
                                   key_path=tmp_path / "central.pem", admin_token="secret",
                                   dedup="exact"), clock=lambda: T0)
    with TestClient(app) as http:
        yield http


def test_a_confirmed_duplicate_stays_in_the_duplicates_prevented_report(
    central_app: TestClient, tmp_path: Path,
) -> None:
    http = central_app
    # Before anything arrives, the CSV files still say what they would hold.
    for name in ("duplicates", "service-uses", "coverage"):
        header = http.get(f"/v1/reports/{name}/csv").content.decode("utf-8-sig")
        assert header.startswith(("province,", "facility,")), (name, header)
    _, up_b = _two_stations_one_person(tmp_path, "http://testserver", http)
    held = http.get("/v1/reports/duplicates").json()["rows"]
    assert [(r["district"], r["duplicates_prevented"]) for r in held] == [("1702", 1)]

    case = http.get("/v1/adjudications", headers={"X-Admin-Token": "secret"}).json()["cases"]
    assert http.post(f"/v1/adjudications/{case[0]['packet_id']}", json={
        "decision": "same_person", "by": "Amara"},
        headers={"X-Admin-Token": "secret"}).status_code == 200
    # The adjudicator confirmed it: still a duplicate prevented, now for good.
    rows = http.get("/v1/reports/duplicates").json()["rows"]
    assert rows == [{"province": "17", "district": "1702", "awaiting_adjudication": 0,
                     "confirmed_same_person": 1, "prevented_at_station": 0,
                     "duplicates_prevented": 1}]
    table = list(csv.DictReader(io.StringIO(_csv(http, "duplicates"))))
    assert table[0]["duplicates_prevented"] == "1"
    stats = http.get("/v1/stats").json()
    assert (stats["persons"], stats["duplicates_suspected"], stats["duplicates_confirmed"]) \
        == (1, 0, 1)
    assert up_b.pull_statuses(T0) == 1 and up_b.counts()["rejected"] == 1


def test_the_operator_sees_which_stations_have_gone_silent(
    central_app: TestClient, tmp_path: Path,
) -> None:
    http = central_app
    _two_stations_one_person(tmp_path, "http://testserver", http)
    silent = make_station(tmp_path / "c.sqlite3", "st-c")
    _uploader("http://testserver", silent, "Mobile team 3", http)  # registered, never synced
    rows = http.get("/v1/reports/stations").json()["rows"]
    assert [(r["station_id"], r["name"], r["packets"], bool(r["last_delivery"]))
            for r in rows] == [("st-c", "Mobile team 3", 0, False),
                               ("st-a", "Phnom Penh office", 1, True),
                               ("st-b", "", 1, True)]
    table = list(csv.DictReader(io.StringIO(_csv(http, "stations"))))
    assert table[0]["station_id"] == "st-c" and table[0]["last_delivery"] == ""


def test_coverage_names_places_and_programmes_from_the_master_data(
    central_app: TestClient, tmp_path: Path,
) -> None:
    http = central_app
    assert http.put("/v1/master-data", headers={"X-Admin-Token": "secret"}, json={
        "programmes": [{"code": "CT", "name": "Cash transfer"}],
        "locations": [{"code": "120401", "province": "Phnom Penh", "district": "Chamkar Mon",
                       "commune": "Tonle Basak"}]}).status_code == 200
    _two_stations_one_person(tmp_path, "http://testserver", http)
    rows = http.get("/v1/reports/coverage").json()["rows"]
    assert [(r["commune"], r["place_name"], r["persons"]) for r in rows] == [
        ("120401", "Tonle Basak, Chamkar Mon, Phnom Penh", 1)]


def _cli(*argv: str, env: dict[str, str] | None = None,
         cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station.cli", *argv], cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
                          capture_output=True, text=True, timeout=120)


def test_the_adjudicator_sees_both_people_and_decides_on_the_command_line(
    tmp_path: Path, central_factory: Callable[..., CentralProcess],
) -> None:
    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    central = central_factory(db_url)
    _, up_b = _two_stations_one_person(tmp_path, central.url)
    admin = {"SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN}

    refused = _cli("central", "cases", "--central", central.url,
                   env={"SWS_CENTRAL_ADMIN_TOKEN": ""})
    assert refused.returncode == 4 and "SWS_CENTRAL_ADMIN_TOKEN" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    listed = _cli("central", "cases", "--central", central.url, env=admin)
    assert listed.returncode == 0, listed.stderr
    # Both people as a person reads them: names, birth dates, places, the station's name.
    assert "applicant  Sok Dara / Sok Dara (local), F, born about 1990 (estimated)" in \
        listed.stdout
    assert "candidate  Sok Dara / Sok Dara (local), F, born 1990-04-12, 12/1204/120401, " \
        "station Phnom Penh office" in listed.stdout
    case = json.loads(_cli("central", "cases", "--central", central.url, "--json",
                           env=admin).stdout)["cases"][0]
    assert case["candidates"][0]["person"]["station_name"] == "Phnom Penh office"

    wrong = _cli("central", "decide", "no-such-case", "same_person", "--by", "Amara",
                 "--central", central.url, env=admin)
    assert wrong.returncode == 4 and "no enrolment no-such-case" in wrong.stderr
    # The shared admin token cannot say who decided: it must name someone, kept "as given".
    anonymous = _cli("central", "decide", case["packet_id"], "same_person",
                     "--central", central.url, env=admin)
    assert anonymous.returncode == 4 and "name the adjudicator" in anonymous.stderr
    # The adjudicator has a token of their own: the decision is recorded under their name.
    made = _cli("central", "operator", "add", "amara", "--role", "adjudicator", "--db", db_url,
                "--json")
    assert made.returncode == 0, made.stderr
    amara = {"SWS_CENTRAL_ADMIN_TOKEN": json.loads(made.stdout)["token"]}
    posing = _cli("central", "decide", case["packet_id"], "same_person", "--by", "Boss",
                  "--central", central.url, env=amara)
    assert posing.returncode == 4 and "recorded under that name" in posing.stderr
    not_hers = _cli("central", "approve", "st-b", "--central", central.url, env=amara)
    assert not_hers.returncode == 4 and "needs the admin role" in not_hers.stderr
    done = _cli("central", "decide", case["packet_id"], "same_person",
                "--central", central.url, env=amara)
    assert done.returncode == 0, done.stderr
    assert "refused as the same person" in done.stdout
    engine = sa.create_engine(db_url)  # the centre keeps who decided what, and when
    with engine.connect() as conn:
        trail = conn.exec_driver_sql("SELECT event, reason, packet_id, station_id FROM events "
                                     "WHERE event = 'adjudicated'").all()
    engine.dispose()
    assert [tuple(r) for r in trail] == [("adjudicated", "same_person by amara",
                                          case["packet_id"], "st-b")]
    actions = _cli("central", "operator", "trail", "--db", db_url, "--format", "csv")
    assert [(r["operator"], r["action"], r["subject"], r["detail"])
            for r in csv.DictReader(io.StringIO(actions.stdout))] == [
        ("(database)", "operator_add", "amara", "adjudicator"),
        ("amara", "adjudicate", case["packet_id"], "same_person by amara")]
    # Amara leaves: her token stops working at once, her decision stays hers.
    assert _cli("central", "operator", "revoke", "amara", "--db", db_url).returncode == 0
    gone = _cli("central", "cases", "--central", central.url, env=amara)
    assert gone.returncode == 4 and "valid X-Admin-Token" in gone.stderr
    assert "revoked" in _cli("central", "operator", "list", "--db", db_url).stdout
    assert _cli("central", "cases", "--central", central.url, env=admin).stdout.strip() \
        == "no open cases"
    # The decision travels back: the station pulls it.
    assert up_b.pull_statuses(T0) == 1 and up_b.counts()["rejected"] == 1
    # And the operator's national report, straight from the database, counts it.
    report = _cli("central", "report", "duplicates", "--db", db_url, "--format", "csv")
    assert report.returncode == 0, report.stderr
    (row,) = csv.DictReader(io.StringIO(report.stdout))
    assert row["duplicates_prevented"] == "1"


def test_serve_on_a_port_in_use_is_one_line_and_exit_4(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = _cli("central", "serve", "--db", f"sqlite:///{tmp_path / 'c.sqlite3'}",
                   "--port", str(port), "--key", str(tmp_path / "k.pem"), "--dedup", "exact")
    assert out.returncode == 4
    assert out.stderr.strip() == (f"sws: error: port {port} on 127.0.0.1 is in use (another "
                                  "central registry or program listens there); pick another "
                                  "with --port")


def test_serve_says_where_it_listens(
    tmp_path: Path, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    assert f"central registry listening on {central.url}" in central.log_path.read_text()


@pytest.fixture
def held_central(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """A real server on a real port (uvicorn in a thread) whose dedup stage runs only when
    the test says (``ingest.process_pending``): a decision lands between two syncs."""
    app = create_app(CentralConfig(db_url=f"sqlite:///{tmp_path / 'central.sqlite3'}",
                                   key_path=tmp_path / "central.pem", admin_token=ADMIN_TOKEN,
                                   dedup="exact", dedup_worker=False))
    with serving(app) as url:
        yield url, app.state.ingest


@pytest.mark.slow
def test_sync_answers_clearly_when_decided_down_or_revoked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    held_central: tuple[str, Any],
) -> None:
    if not (SAMPLE / "101_1.png").exists():
        pytest.skip("the committed fingerprint sample set is absent")
    url, ingest = held_central
    _registered_station(monkeypatch, capsys, tmp_path / "station", url)
    code, _, err = _sws(capsys, "enrol", "--consent", "self",
                        "--local-name", "Sok Dara", "--latin-name",
                        "Sok Dara", "--sex", "F", "--born", "1990-04-12", "--province", "12",
                        "--district", "1204", "--commune", "120401", "--village", "12040103",
                        "--new-household", "--finger", f"right-index={SAMPLE / '101_1.png'}")
    assert code == 0, err
    code, out, err = _sws(capsys, "sync", "--json")
    first = json.loads(out)
    assert code == 0, err
    assert first["received"] == first["awaiting_decision"] == 1  # stored, decision to come
    assert ingest.process_pending(10) == 1  # the centre's dedup stage decides it
    code, out, _ = _sws(capsys, "sync", "--json")
    answer = json.loads(out)
    # The decision was pulled in this run: nothing awaits it any more, in every figure.
    assert (answer["statuses_updated"], answer["states"]["acked"]) == (1, 1)
    assert answer["awaiting_decision"] == answer["states"]["received"] == 0

    code, out, err = _sws(capsys, "sync", "--central", "central.example")
    assert code == 4 and err.strip().startswith("sws: error: --central must be a URL")
    code, out, err = _sws(capsys, "sync", "--central", f"http://127.0.0.1:{_closed_port()}")
    assert code == 4 and "did not answer" in err and "revocation list" not in out
    assert len(err.strip().splitlines()) == 1

    station_id = json.loads((tmp_path / "station" / "central.json").read_text())["station_id"]
    assert httpx.post(f"{url}/v1/stations/{station_id}/revoke",
                      headers={"X-Admin-Token": ADMIN_TOKEN},
                      json={"reason": "stolen laptop"}).status_code == 200
    code, _, err = _sws(capsys, "enrol", "--consent", "self",
                        "--local-name", "Keo Sina", "--latin-name",
                        "Keo Sina", "--sex", "F", "--born", "1995-01-01", "--province", "12",
                        "--district", "1204", "--commune", "120401", "--village", "12040103",
                        "--new-household", "--finger", f"right-index={SAMPLE / '102_1.png'}")
    assert code == 0, err
    waiting_person = _.strip().splitlines()[-1]  # enrol prints the new person's id
    code, out, err = _sws(capsys, "sync")
    assert code == 4
    assert err.strip() == ("sws: error: the central registry revoked this station (stolen "
                           "laptop): it refuses its records until it approves the station "
                           "again; 1 records wait")
    # The revocation was a mistake: approved again, the waiting record goes through.
    assert httpx.post(f"{url}/v1/stations/{station_id}/approve",
                      headers={"X-Admin-Token": ADMIN_TOKEN}).status_code == 200
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    assert (json.loads(out)["acknowledged"], json.loads(out)["states"]["rejected"]) == (1, 0)
    assert ingest.process_pending(10) == 1
    item = _item_of(tmp_path / "station", waiting_person)
    answer = httpx.post(f"{url}/v1/statuses", json={"ids": [item]}).json()["statuses"]
    assert answer[0]["status"] == "accepted"

    # The station's audit trail says what left it, what came back and what failed.
    code, out, err = _sws(capsys, "audit", "log", "--action", "sync", "--json")
    assert code == 0, err
    events = json.loads(out)
    events = events["events"] if isinstance(events, dict) else events
    runs = [e for e in events if e["action"] == "sync.run"]
    assert [e["details"]["sent"] for e in runs] == [1, 1, 0, 0, 1]  # newest first
    assert "revoked this station" in runs[1]["details"]["error"]
    assert runs[2]["details"]["error"].startswith("statuses and revocations not pulled")
    assert (runs[3]["details"]["decisions_pulled"], runs[3]["details"]["error"]) == (1, None)
    assert not [e for e in events if e["action"] == "sync.refused"]  # nothing refused
    assert _sws(capsys, "db", "check")[0] == 0  # the chain still verifies


def _item_of(home: Path, record_id: str) -> str:
    """The outbox item id of the station's record ``record_id``."""
    engine = sa.create_engine(f"sqlite:///{home / 'registry.sqlite3'}")
    with engine.connect() as conn:
        item = conn.exec_driver_sql("SELECT id FROM sync_outbox WHERE record_id = ?",
                                    (record_id,)).scalar_one()
    engine.dispose()
    return str(item)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_figures_from_a_mistyped_database_are_refused_not_zero(tmp_path: Path) -> None:
    typo = tmp_path / "sws-centrl.sqlite3"
    out = _cli("central", "stats", "--db", f"sqlite:///{typo}")
    assert out.returncode == 4 and out.stdout == ""
    assert out.stderr.strip() == (f"sws: error: there is no central database at "
                                  f"'sqlite:///{typo}' (no such file); check --db")
    assert not typo.exists()  # a read never creates a database
    other = tmp_path / "station.sqlite3"  # some other program's database
    engine = sa.create_engine(f"sqlite:///{other}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE person (id TEXT)")
    engine.dispose()
    out = _cli("central", "report", "coverage", "--db", f"sqlite:///{other}")
    assert out.returncode == 4 and "holds no central registry" in out.stderr
    # A server that cannot be reached: one line, and the password is not shown.
    out = _cli("central", "stats", "--db",
               f"postgresql+psycopg://sws:s3cret-pw@127.0.0.1:{_closed_port()}/central")
    assert out.returncode == 4 and len(out.stderr.strip().splitlines()) == 1
    assert "s3cret-pw" not in out.stderr and "cannot open the central database" in out.stderr


@pytest.mark.parametrize("command", ["stats", "serve"])
def test_a_damaged_central_database_is_one_line(tmp_path: Path, command: str) -> None:
    damaged = tmp_path / "central.sqlite3"
    damaged.write_bytes(random.Random(4).randbytes(8192))
    extra = ["--port", str(_closed_port()), "--key", str(tmp_path / "k.pem"),
             "--dedup", "exact"] if command == "serve" else []
    out = _cli("central", command, "--db", f"sqlite:///{damaged}", *extra)
    assert out.returncode == 4 and out.stderr.count("\n") == 1, out.stderr
    assert "file is not a database; restore it from the last backup" in out.stderr


def test_report_to_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    from sync.central.database import serving_engine

    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    serving_engine(db_url).dispose()
    out = _cli("central", "report", "cards", "--db", db_url, "--format", "csv",
               "--output", str(tmp_path / "missing" / "cards.csv"))
    assert out.returncode == 4
    assert out.stderr.strip().startswith(f"sws: error: cannot write {tmp_path}")
    written = _cli("central", "report", "cards", "--db", db_url, "--format", "csv",
                   "--output", str(tmp_path / "cards.csv"))
    assert written.returncode == 0, written.stderr
    # UTF-8 with its byte-order mark, so that Excel reads Khmer names in a CSV file right
    assert (tmp_path / "cards.csv").read_text(encoding="utf-8") == (
        "\ufeffcards_issued,cards_revoked,cards_lost,days\n0,0,0,\"each office's local days\"\n")


def test_a_card_reported_lost_is_on_the_national_revocation_list(
    central_app: TestClient, tmp_path: Path,
) -> None:
    http = central_app
    station = make_station(tmp_path / "s.sqlite3", "st-h")
    with station.engine.begin() as conn:
        for serial, kind, status in (("C-LOST", "card_status", "lost"),
                                     ("C-REVOKED", "revocation", "revoked"),
                                     ("C-OLD", "card_status", "replaced")):
            enqueue(conn, station.table, kind=kind, record_id=serial, now=T0,
                    sealed_biometrics=None,
                    payload={"serial": serial, "card_id": serial, "status": status,
                             "reason": "reported at the counter"})
        # a new card for a holder whose old card was lost: the old one is listed too
        enqueue(conn, station.table, kind="card_issue", record_id="C-NEW", now=T0,
                sealed_biometrics=None,
                payload={"serial": "C-NEW", "card_id": "C-NEW", "person_id": "p-1",
                         "replaces": ["C-GONE"]})
    uploader = _uploader("http://testserver", station, "Hospital desk", http)
    assert uploader.sync(lambda: T0).acknowledged == 4
    listed = {c["card_id"]: c["reason"] for c in http.get("/v1/revocations").json()["cards"]}
    # Another station or a hospital that pulls the list refuses the lost card too.
    assert listed == {"C-LOST": "lost: reported at the counter",
                      "C-REVOKED": "reported at the counter",
                      "C-OLD": "replaced: reported at the counter",
                      "C-GONE": "replaced by card C-NEW"}
    assert http.get("/v1/reports/cards").json()["rows"] == [
        {"cards_issued": 1, "cards_revoked": 1, "cards_lost": 1}]


def test_sync_keeps_the_national_revocation_list_for_card_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    held_central: tuple[str, Any],
) -> None:
    url, _ = held_central
    home = _registered_station(monkeypatch, capsys, tmp_path / "station", url)
    other = make_station(tmp_path / "other.sqlite3", "st-other")  # revokes its card
    with other.engine.begin() as conn:
        enqueue(conn, other.table, kind="revocation", record_id="C-9", now=T0,
                sealed_biometrics=None, payload={"card_id": "C-9", "reason": "stolen"})
    assert _uploader(url, other, "Other office").sync(lambda: T0).acknowledged == 1

    code, out, err = _sws(capsys, "sync", "--json")
    answer = json.loads(out)
    assert code == 0, err
    assert (answer["revoked_cards"], answer["revoked_cards_new"]) == (1, 1)
    stored = json.loads((home / "central-revocations.json").read_text())
    assert stored["cards"]["C-9"]["reason"] == "stolen"
    code, out, _ = _sws(capsys, "sync")
    assert "revocation list: 1 cards (0 new), 0 stations" in out  # kept, not pulled again

    (home / "central-revocations.json").write_text("{not json")
    code, out, err = _sws(capsys, "sync")
    assert code == 4 and out == "" and len(err.strip().splitlines()) == 1
    assert "central-revocations.json cannot be read" in err and "move it away" in err


@pytest.mark.slow
def test_a_queued_record_that_cannot_be_read_is_an_integrity_error_not_a_silent_loss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    held_central: tuple[str, Any],
) -> None:
    if not (SAMPLE / "103_1.png").exists():
        pytest.skip("the committed fingerprint sample set is absent")
    url, _ = held_central
    home = _registered_station(monkeypatch, capsys, tmp_path / "station", url)
    code, out, err = _sws(capsys, "enrol", "--consent", "self",
                          "--local-name", "Chan Vibol", "--latin-name",
                          "Chan Vibol", "--sex", "M", "--age", "40", "--province", "17",
                          "--district", "1702", "--commune", "170201", "--village", "17020101",
                          "--new-household", "--finger", f"right-index={SAMPLE / '103_1.png'}")
    assert code == 0, err
    person = out.strip().splitlines()[-1]
    engine = sa.create_engine(f"sqlite:///{home / 'registry.sqlite3'}")
    with engine.begin() as conn:  # one bit of the queued, sealed templates flips on disk
        item, sealed = conn.exec_driver_sql(
            "SELECT id, sealed_biometrics FROM sync_outbox WHERE kind = 'enrolment'").one()
        damaged = bytes(sealed[:-3]) + bytes([sealed[-3] ^ 1]) + bytes(sealed[-2:])
        conn.exec_driver_sql("UPDATE sync_outbox SET sealed_biometrics = ? WHERE id = ?",
                             (damaged, item))
    engine.dispose()
    code, out, err = _sws(capsys, "sync")
    assert code == 5 and len(err.strip().splitlines()) == 1
    assert f"refused: enrolment {person} (the sealed biometrics of item" in out
    assert f"could not be read and were not sent (first: enrolment {person}:" in err
    assert "sws db check --deep" in err
    code, out, _ = _sws(capsys, "audit", "log", "--action", "sync.refused", "--json")
    events = json.loads(out)
    events = events["events"] if isinstance(events, dict) else events
    assert [e["subject_id"] for e in events] == [person]


def test_the_operator_approves_and_revokes_stations_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}", "--require-approval")
    home = _registered_station(monkeypatch, capsys, tmp_path / "station", central.url)
    station_id = json.loads((home / "central.json").read_text())["station_id"]
    code, _, err = _sws(capsys, "sync")
    assert code == 4 and err.strip() == (
        f"sws: error: the central registry has not approved this station ({station_id}) "
        "yet; 0 records wait until it does")

    admin = {"SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN}
    listed = _cli("central", "stations", "--central", central.url)
    assert listed.returncode == 0 and f"{station_id}  pending" in listed.stdout
    # the operator sees which office the station belongs to (its card signer's office)
    assert listed.stdout.rstrip().endswith("DEMO Kampong Cham SWS office"), listed.stdout
    approved = _cli("central", "approve", station_id, "--central", central.url, env=admin)
    assert approved.returncode == 0, approved.stderr
    assert _sws(capsys, "sync")[0] == 0
    revoked = _cli("central", "revoke", station_id, "--reason", "office closed",
                   "--central", central.url, env=admin)
    assert revoked.returncode == 0 and "revoked" in revoked.stdout
    assert f"{station_id}  revoked" in _cli("central", "stations", "--central",
                                            central.url).stdout
    code, _, err = _sws(capsys, "sync")
    assert code == 4 and "revoked this station (office closed)" in err
    unknown = _cli("central", "approve", "st-nobody", "--central", central.url, env=admin)
    assert unknown.returncode == 4
    assert unknown.stderr.strip().endswith("no station st-nobody is registered")


def test_the_operator_loads_the_gazetteer_and_programmes_the_stations_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    gazetteer = tmp_path / "locations.json"
    places = {"format": "sws-locations", "format_version": 1, "version": "2026-12",
              "areas": [{"code": "12", "name": "Kampong Cham"},
                        {"code": "1201", "parent": "12", "name": "Kampong Siem"},
                        {"code": "120101", "parent": "1201", "name": "Ampil"},
                        {"code": "12010199", "parent": "120101", "name": "Phum Thmei Pir"}]}
    gazetteer.write_text(json.dumps(places))
    catalogue = tmp_path / "programmes.json"
    catalogue.write_text(json.dumps({"programmes": [
        {"code": "HEALTH_SUBSIDY", "name": "Subsidised health insurance", "unit": "person"}]}))
    admin = {"SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN}
    loaded = _cli("central", "master-data", "--locations", str(gazetteer), "--programmes",
                  str(catalogue), "--central", central.url, env=admin)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == ("master data replaced: 1 communes, 1 programmes; the "
                                     "list of places (4 areas) goes to the stations")
    data = httpx.get(f"{central.url}/v1/master-data").json()
    assert data["locations"] == [{"code": "120101", "province": "Kampong Cham",
                                  "district": "Kampong Siem", "commune": "Ampil"}]
    assert data["programmes"] == [{"code": "HEALTH_SUBSIDY",
                                   "name": "Subsidised health insurance"}]
    # A file that is not a gazetteer: one line, and the master data stays as it was.
    catalogue.write_text("{broken")
    refused = _cli("central", "master-data", "--locations", str(gazetteer), "--programmes",
                   str(catalogue), "--central", central.url, env=admin)
    assert refused.returncode == 4 and len(refused.stderr.strip().splitlines()) == 1
    assert f"cannot read {catalogue}" in refused.stderr
    assert httpx.get(f"{central.url}/v1/master-data").json()["locations"] == data["locations"]
    # A station takes the list of places with its next sync: a village added at the centre
    # reaches the counter's address picker and `sws places`.
    home = _registered_station(monkeypatch, capsys, tmp_path / "station", central.url)
    code, out, err = _sws(capsys, "sync")
    assert code == 0, err
    assert "list of places updated from the centre (version 2026-12)" in out
    assert json.loads((home / "locations.json").read_text()) == places
    code, out, _ = _sws(capsys, "places", "pir")
    assert (code, out.split()[:3]) == (0, ["12010199", "village", "Phum"])
    assert "list of places" not in _sws(capsys, "sync")[1]  # the same list: not rewritten
    # The list (megabytes for a country) travels only to a station whose own differs.
    url = f"{central.url}/v1/master-data"
    digest = httpx.get(url).json()["gazetteer_digest"]
    assert httpx.get(url).json()["gazetteer"] is None  # not asked for
    assert httpx.get(url, params={"have_gazetteer": digest}).json()["gazetteer"] is None
    assert httpx.get(url, params={"have_gazetteer": ""}).json()["gazetteer"] == places


def test_the_stations_background_worker_keeps_the_national_revocation_list(
    central_app: TestClient, tmp_path: Path,
) -> None:
    from sync import revocations
    from sync.worker import SyncWorker

    http = central_app
    other = make_station(tmp_path / "other.sqlite3", "st-other")
    with other.engine.begin() as conn:
        enqueue(conn, other.table, kind="card_status", record_id="C-7", now=T0,
                sealed_biometrics=None,
                payload={"card_id": "C-7", "status": "lost", "reason": "bag stolen"})
    assert _uploader("http://testserver", other, "Other", http).sync(lambda: T0).acknowledged
    here = make_station(tmp_path / "here.sqlite3", "st-here")
    kept = tmp_path / revocations.FILE_NAME
    worker = SyncWorker(_uploader("http://testserver", here, "Here", http), lambda: T0,
                        revocations_file=kept)
    worker.run_round()
    assert revocations.load(kept).cards["C-7"]["reason"] == "lost: bag stolen"
    restarted = SyncWorker(_uploader("http://testserver", here, "Here", http), lambda: T0,
                           revocations_file=kept)  # a new start resumes after the stored list
    restarted.run_round()
    assert restarted.revocations_since == revocations.load(kept).next == 1
    assert list(revocations.load(kept).cards) == ["C-7"]


def test_a_duplicate_a_station_kept_out_itself_is_counted_nationally(
    central_app: TestClient, tmp_path: Path,
) -> None:
    """A station's own 1:N check and adjudication send no enrolment for a duplicate; the
    approved decision's ``adjudication`` record makes the national report count it."""
    http = central_app
    station = make_station(tmp_path / "c.sqlite3", "st-c")
    with station.engine.begin() as conn:
        enqueue(conn, station.table, kind="adjudication", record_id="case-1",
                payload={"adjudication_id": "case-1", "outcome": "same_person",
                         "matched_person_id": "c-0",
                         "location": {"province": "12", "district": "1203",
                                      "commune": "120304"}},
                sealed_biometrics=None, now=T0)
    uploader = _uploader("http://testserver", station, "Batheay office", http)
    assert uploader.sync(lambda: T0).pending == 0
    rows = http.get("/v1/reports/duplicates").json()["rows"]
    assert rows == [{"province": "12", "district": "1203", "awaiting_adjudication": 0,
                     "confirmed_same_person": 0, "prevented_at_station": 1,
                     "duplicates_prevented": 1}]
