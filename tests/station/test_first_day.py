"""What a first day at the counter runs into: each test is a defect a user found with `sws`.

They exercise the model and the command line the way the office does (demo data first, typing
slips in ids, a registry on a read-only disk, Ctrl-C, scripts that read --json), and assert
what the user sees: one plain line, a documented exit code, valid JSON, nothing half-written.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from station.cli import main
from station.errors import InvalidDemographics, PermissionDenied
from station.model.adjudication import approve, decide, list_cases
from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
from station.model.operators import OperatorInfo
from station.model.persons import get_person
from station.model.station import Station
from tests._cli import sws as _sws
from tests._shared import REPO
from tests.station.helpers import (
    NOW,
    PASSWORD,
    POLICY,
    ExactGallery,
    demographics,
    person_fingers,
    sqlite_registry,  # noqa: F401 - SQLite only
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh station home, initialised by `sws init`, with the supervisor logged in."""
    monkeypatch.setenv("SWS_HOME", str(tmp_path))
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE", "SWS_REVOCATION_LIST",
                 "SWS_TRUST_ANCHORS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    monkeypatch.setenv("SWS_BUSY_TIMEOUT_MS", "300")
    assert main(["init", "--username", "super", "--password", PASSWORD]) == 0
    return tmp_path


# -- demo data, then the hospital check ----------------------------------------------------


def test_demo_cards_do_not_stop_the_signed_revocation_list(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    """`sws demo populate` records cards with serials like DEMO-00000017, some of them lost
    or revoked. No chip carries such a serial, so they cannot be on the signed list; before,
    signing the list raised ValueError and every `sws card verify` and `visit` crashed with a
    traceback after the demo data the README tells a new office to load."""
    import cardio
    from station.model.cards import record_issued, set_status
    from station.model.trust import revocation_list_file, trust_anchor_files

    out = enrol(station, demographics(), person_fingers(5), operator=clerk, now=NOW,
                policy=POLICY)
    assert isinstance(out, Enrolled)
    record_issued(station, person_id=out.person_id, serial="DEMO-00000017",
                  credential=b"demo", by=clerk, now=NOW)
    set_status(station, "DEMO-00000017", "lost", reason="reported lost", by=supervisor,
               now=NOW)
    record_issued(station, person_id=out.person_id, serial="0C01", credential=b"cose",
                  by=clerk, now=NOW)
    set_status(station, "0C01", "revoked", reason="fraud", by=supervisor, now=NOW)

    crl = cardio.load_revocation_list(revocation_list_file(station, NOW).read_bytes(),
                                      cardio.load_anchors(trust_anchor_files(station.settings)),
                                      NOW)
    assert crl.lookup("0C01") is not None  # the real card is still listed


# -- households through adjudication ----------------------------------------------------------


def _first(station: Station, clerk: OperatorInfo) -> str:
    out = enrol(station, demographics(), person_fingers(7), operator=clerk, now=NOW,
                policy=POLICY, new_household=True)
    assert isinstance(out, Enrolled)
    return out.person_id


def test_a_new_household_asked_for_survives_adjudication(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    """The clerk asks for a new household; the fingers resemble someone's, so the case goes
    to adjudication; it is decided "not the same person" and approved. The applicant must be
    registered as the head of a new household, as asked, not without any household."""
    first = _first(station, clerk)
    out = enrol(station, demographics("Mao Two"), person_fingers(7), operator=clerk, now=NOW,
                policy=POLICY, new_household=True)
    assert isinstance(out, NeedsAdjudication)
    decide(station, out.adjudication_id, "not_duplicate", by=clerk, now=NOW)
    enrolled = approve(station, out.adjudication_id, by=supervisor, approved=True, now=NOW)
    assert enrolled is not None
    person = get_person(station, enrolled.person_id)
    assert person["household_id"] is not None
    assert person["household_id"] != get_person(station, first)["household_id"]
    assert person["relation_to_head"] == "head"


@pytest.mark.parametrize("household, new_household", [("no-such-household", False),
                                                       ("no-such-household", True)])
def test_a_wrong_household_is_refused_before_a_case_is_opened(
        station: Station, clerk: OperatorInfo, household: str, new_household: bool) -> None:
    """A household id with a typing slip (or one given together with "new household") used
    to be checked only when the person was written: when the fingers resembled someone's, an
    adjudication case was opened with it, and approving that case could never succeed."""
    _first(station, clerk)
    with pytest.raises(InvalidDemographics, match="household"):
        enrol(station, demographics("Mao Two", household_id=household), person_fingers(7),
              operator=clerk, now=NOW, policy=POLICY, new_household=new_household)
    assert list_cases(station, status=None) == []


# -- the command line ----------------------------------------------------------------------


def test_usage_errors_with_json_still_print_json(capsys: pytest.CaptureFixture[str]) -> None:
    """A script that passes --json reads stdout as JSON in every case, usage errors too."""
    for argv in (["enrol", "--json", "--no-such-flag"],
                 ["person", "show", "--json"],
                 ["demo", "populate", "--households", "many", "--json"]):
        code, out, err = _sws(capsys, *argv)
        assert code == 2
        record = json.loads(out)
        assert record["exit_code"] == 2 and record["error"]
        assert "usage:" in err  # the human still gets argparse's usage line


def test_ctrl_c_while_sws_starts_is_one_line_exit_130(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import station.cli.places

    def interrupted(_subparsers: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(station.cli.places, "register", interrupted)
    code, _out, err = _sws(capsys, "places", "kang")
    assert code == 130
    assert err.strip() == "sws: interrupted"


def test_headless_commands_do_not_load_qt() -> None:
    """Every `sws` command used to import PySide6 while building its parser. A Ctrl-C in
    that first part of a second then aborted Python ("FATAL: exception not rethrown", exit
    -6) or was swallowed by Qt's import hook so that `sws enrol` went on; and a central
    server without Qt's libraries could not run `sws central serve` at all."""
    code = ("import sys; from station.cli import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    assert done.stdout.strip() == "[]"


def test_the_window_still_offers_every_interface_language() -> None:
    from station.cli import build_parser
    from station.i18n import LANGUAGES

    for code in LANGUAGES:  # each is accepted by `sws station --lang`
        assert build_parser().parse_args(["station", "--lang", code]).lang == code


def _drop_root_overrides() -> list[str]:
    """As root, run the command without the right to write other people's read-only files
    (so file permissions apply as for a clerk); as anyone else, run it as is."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv (util-linux) is not installed")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]


def test_a_read_only_registry_is_one_line_exit_4(home: Path) -> None:
    """A registry copied from a CD, or on a disk mounted read-only: reading works, writing
    says so in one line (exit 4), never a traceback."""
    for path in home.glob("registry.sqlite3*"):
        path.chmod(0o444)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    argv = [*_drop_root_overrides(), sys.executable, "-m", "station.cli"]
    # `operator list` signs the supervisor in without writing (the home says it once)
    shown = subprocess.run([*argv, "operator", "list", "--json"], capture_output=True,
                           text=True, env=env, cwd=REPO, check=False)
    assert shown.returncode == 0, shown.stderr
    assert "read-only" in shown.stderr and len(shown.stderr.strip().splitlines()) == 1
    written = subprocess.run([*argv, "operator", "add", "clerk2", "--full-name", "Chan",
                              "--role", "clerk", "--new-password", "longenough-pass2",
                              "--json"], capture_output=True, text=True, env=env, cwd=REPO,
                             check=False)
    assert written.returncode == 4, written.stderr
    assert "Traceback" not in written.stderr
    assert "read-only" in written.stderr and len(written.stderr.strip().splitlines()) == 1
    assert json.loads(written.stdout)["exit_code"] == 4
    checked = subprocess.run([*argv, "db", "check"], capture_output=True, text=True, env=env,
                             cwd=REPO, check=False)
    assert checked.returncode == 0, checked.stderr


def _recorded_card(home: Path, serial: str) -> str:
    """A person with a card recorded under ``serial`` (as `sws card issue` leaves it)."""
    from station.model.cards import record_issued
    from station.model.operators import login

    station = Station(gallery_factory=ExactGallery)
    try:
        supervisor = login(station, "super", PASSWORD, now=NOW)
        out = enrol(station, demographics(), person_fingers(11), operator=supervisor,
                    now=NOW, policy=POLICY, new_household=True)
        assert isinstance(out, Enrolled)
        record_issued(station, person_id=out.person_id, serial=serial, credential=b"cose",
                      by=supervisor, now=NOW)
        return out.person_id
    finally:
        station.close()


def test_a_card_serial_typed_in_lower_case_is_the_same_card(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Card serials are hex; `sws card read` prints them in capitals, a supervisor copying
    one from a complaint form types it in small letters. It used to be "no card with serial"
    (so a stolen card stayed valid), and the same for a grievance about the card."""
    _recorded_card(home, "0D0E0A0B")
    code, out, err = _sws(capsys, "grievance", "open", "--category", "card", "--card",
                          "0d0e0a0b", "--description", "card stolen at the market", "--json")
    assert code == 0, err
    assert json.loads(out)["card_serial"] == "0D0E0A0B"
    code, out, err = _sws(capsys, "card", "revoke", " 0d0e0a0b", "--reason", "stolen",
                          "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "revoked"


def test_an_id_pasted_with_spaces_or_in_capitals_finds_the_person(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ids copied from a printed report or a spreadsheet come with spaces around them or in
    capitals; the registry's ids are UUIDs in small letters, so these were "not found"."""
    person_id = _recorded_card(home, "0D0E0A0C")
    code, out, err = _sws(capsys, "person", "show", f"  {person_id.upper()} ", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["person_id"] == person_id
    code, out, err = _sws(capsys, "household", "show", f" {shown['household_id'].upper()}",
                          "--json")
    assert code == 0, err


def test_an_amount_too_large_to_store_is_one_line_exit_4(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A clerk holding a key down typed 99999999999999999999: a traceback (OverflowError on
    SQLite; PostgreSQL's column holds even less) instead of the usual one line."""
    code, out, err = _sws(capsys, "payment", "record", "any-membership", "--amount",
                          "99999999999999999999", "--json")
    assert code == 4
    assert "--amount" in json.loads(out)["error"]
    assert err.startswith("sws: error: --amount") and len(err.strip().splitlines()) == 1


def test_report_takes_json_like_every_subcommand(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """README: "Every subcommand takes --json"; `sws report` refused it as a usage error."""
    target = tmp_path / "coverage.csv"
    code, out, err = _sws(capsys, "report", "coverage", "--format", "csv", "--output",
                          str(target), "--json")
    assert code == 0, err
    written = json.loads(out)
    assert (written["report"], written["format"], written["output"]) == \
        ("coverage", "csv", str(target))
    assert written["bytes"] == target.stat().st_size > 0
    code, out, err = _sws(capsys, "report", "coverage", "--json")
    assert code == 0, err
    assert json.loads(out)  # the JSON report itself
    code, out, err = _sws(capsys, "report", "coverage", "--format", "csv", "--json")
    assert code == 4
    assert "--output" in json.loads(out)["error"]


@pytest.mark.parametrize("url", ["notaurl", "mysql://clerk:s3cret@127.0.0.1:1/sws",
                                 "postgres:/clerk:s3cret@db/sws"])
def test_a_mistyped_database_url_is_one_line_exit_4(
        url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """SWS_DATABASE_URL set by hand with a slip: a traceback from SQLAlchemy before, now one
    line that says which setting is wrong, and never echoes the password in it."""
    monkeypatch.setenv("SWS_HOME", str(tmp_path))
    monkeypatch.setenv("SWS_DATABASE_URL", url)
    code, out, err = _sws(capsys, "init", "--password", PASSWORD, "--json")
    assert code == 4
    assert "SWS_DATABASE_URL" in json.loads(out)["error"]
    assert err.startswith("sws: error:") and len(err.strip().splitlines()) == 1
    assert "s3cret" not in out + err


def test_a_station_folder_that_is_a_file_is_one_line_exit_4(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """SWS_HOME pointing at a file (or a folder that cannot be made) was a traceback."""
    home = tmp_path / "not-a-folder"
    home.write_text("x")
    monkeypatch.setenv("SWS_HOME", str(home))
    monkeypatch.delenv("SWS_DATABASE_URL", raising=False)
    for argv in (["init", "--password", PASSWORD, "--json"],
                 ["enrol", "--consent", "self",
                  "--json", "--local-name", "ក", "--latin-name", "K", "--sex", "F",
                  "--age", "30", "--province", "12", "--district", "1204", "--commune",
                  "120401", "--village", "12040103", "--new-household", "--finger",
                  "right-index=x.png"]):
        code, out, err = _sws(capsys, *argv)
        assert code == 4, err
        assert str(home) in json.loads(out)["error"]
        assert err.startswith("sws: error:") and len(err.strip().splitlines()) == 1


def test_a_lost_key_file_is_never_replaced_by_init(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The at-rest key file went missing (a USB stick not mounted, SWS_KEY_FILE mistyped).
    The error said "run `sws init` first", and `sws init` then made a NEW key: every stored
    fingerprint and the whole audit trail became unreadable (exit 5 from then on). Now the
    message says to put the key back, and init refuses to make a new one."""
    _recorded_card(home, "0E01")  # a person with sealed templates, audit events
    key_file = home / "at-rest-keys.json"
    key_file.rename(home / "keys-on-the-usb-stick.json")

    code, out, _err = _sws(capsys, "search",
                           str(REPO / "fixtures/fingerprints/sample/101_1.png"), "--json")
    assert code == 4
    message = json.loads(out)["error"]
    assert "sws init" not in message and str(key_file) in message
    code, out, _err = _sws(capsys, "init", "--json")
    assert code == 4, out
    assert str(key_file) in json.loads(out)["error"]
    assert not key_file.exists()  # no new key was made

    (home / "keys-on-the-usb-stick.json").rename(key_file)  # put back: all is well again
    assert _sws(capsys, "db", "check", "--deep")[0] == 0


ADDRESS = ["--province", "12", "--district", "1204", "--commune", "120401",
           "--village", "12040103"]


@pytest.mark.parametrize(("local", "latin", "message"), [
    ("محمد\nعلي", "Mohammed Ali", "local name"),
    ("ម៉ៅ", "Mao\tSina", "latin name"),
    ("ម៉ៅ", "ម៉ៅ សុីណា", "Latin letters"),
])
def test_names_the_window_refuses_are_refused_on_the_command_line(
        home: Path, capsys: pytest.CaptureFixture[str], local: str, latin: str,
        message: str) -> None:
    """Names pasted from a spreadsheet (a line break, a tab) or typed in the wrong field
    (Khmer in the Latin one) went into the registry, the card and the outbox from `sws
    enrol`, while the window refuses them: one set of rules for both."""
    code, out, err = _sws(capsys, "enrol", "--consent", "self",
                          "--json", "--local-name", local, "--latin-name",
                          latin, "--sex", "M", "--age", "40", *ADDRESS, "--new-household",
                          "--finger", "right-index=never-read.png")
    assert code == 4, err
    assert message in json.loads(out)["error"]
    assert len(err.strip().splitlines()) == 1


def test_spaces_around_what_the_clerk_typed_are_not_kept(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--latin-name "  Sok Dara "` (and a phone number pasted with spaces) was stored as
    typed, so the name on the card and in name searches carried the spaces; the phone
    number was refused as "not valid"."""
    code, out, err = _sws(capsys, "enrol", "--consent", "self",
                          "--json", "--local-name", " សុខ ដារា ",
                          "--latin-name", "  Sok Dara ", "--sex", "F", "--born", "1990-04-12",
                          "--phone", " +855 12 345 678 ", *ADDRESS, "--new-household",
                          "--finger",
                          f"right-index={REPO / 'fixtures/fingerprints/sample/101_1.png'}")
    assert code == 0, err
    person = json.loads(out)["person_id"]
    code, out, err = _sws(capsys, "person", "show", person, "--json")
    shown = json.loads(out)
    assert (shown["local_name"], shown["latin_name"], shown["phone"]) == \
        ("សុខ ដារា", "Sok Dara", "+855 12 345 678")


def test_a_window_open_since_morning_sees_who_was_enrolled_elsewhere_since(
        station: Station, clerk: OperatorInfo) -> None:
    """Two counters on one registry (or the window and `sws enrol`): the window loaded its
    1:N gallery when it opened and never looked at the registry again, so a person enrolled
    at the other counter since could be enrolled a second time here, unchallenged."""
    window = Station(station.settings, gallery_factory=ExactGallery)
    try:
        window.gallery  # noqa: B018  (loaded in the morning)
        first = enrol(station, demographics("Sok Dara"), person_fingers(21), operator=clerk,
                      now=NOW, policy=POLICY, new_household=True)
        assert isinstance(first, Enrolled)
        again = enrol(window, demographics("Sok Dara"), person_fingers(21), operator=clerk,
                      now=NOW, policy=POLICY, new_household=True)
        assert isinstance(again, NeedsAdjudication)
        assert [c.person_id for c in again.candidates] == [first.person_id]
        from station.model.search import search

        hits = search(window, person_fingers(21), operator=clerk, now=NOW, policy=POLICY)
        assert [h.person_id for h in hits] == [first.person_id]
    finally:
        window.close()


def test_an_auditor_asking_for_an_operator_who_does_not_exist_is_told_so(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws audit log --by supervsor` (a typo) listed nothing, as if that operator had done
    nothing: an auditor would write "no events" in the report. Operators are never deleted,
    so an unknown name is a slip of the hand."""
    code, out, err = _sws(capsys, "audit", "log", "--by", "supervsor", "--json")
    assert code == 4, out
    assert json.loads(out)["error"] == "no operator named 'supervsor'"
    code, out, err = _sws(capsys, "audit", "log", "--by", "super", "--json")
    assert (code, json.loads(out)) == (0, []), err  # a real operator with nothing done yet


def test_the_same_person_is_not_added_twice_to_one_household(
        station: Station, clerk: OperatorInfo) -> None:
    """A household member enrolled again with another finger (the 1:N search cannot see a
    finger it never had) became a second member with the same name and birth date: the
    household counted one person twice. A namesake born another day is still welcome."""
    head = _first(station, clerk)
    household = get_person(station, head)["household_id"]
    with pytest.raises(InvalidDemographics, match="already a member"):
        enrol(station, demographics(" sok dara ", household_id=household,
                                    relation_to_head="spouse"),
              {"right-thumb": person_fingers(31)["right-index"]}, operator=clerk, now=NOW,
              policy=POLICY)
    child = enrol(station, demographics("Sok Dara", household_id=household,
                                        birth_date=NOW.date().replace(year=2015),
                                        relation_to_head="child"),
                  {"right-thumb": person_fingers(32)["right-index"]}, operator=clerk, now=NOW,
                  policy=POLICY)
    assert isinstance(child, Enrolled)


@pytest.mark.parametrize(("new_household", "relation", "message"), [
    (True, "spouse", "head"),    # a new household without a head
    (False, "head", "head"),     # a second head
])
def test_a_household_keeps_exactly_one_head(
        station: Station, clerk: OperatorInfo, new_household: bool, relation: str,
        message: str) -> None:
    """`sws enrol --new-household --relation spouse` made a household with no head, and
    `--household H --relation head` a second head (the window offers neither)."""
    head = _first(station, clerk)
    household = None if new_household else get_person(station, head)["household_id"]
    with pytest.raises(InvalidDemographics, match=message):
        enrol(station, demographics("Mao Sina", household_id=household,
                                    relation_to_head=relation),
              person_fingers(41), operator=clerk, now=NOW, policy=POLICY,
              new_household=new_household)


def test_relation_takes_the_windows_choices(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _sws(capsys, "enrol", "--consent", "self",
                          "--json", "--local-name", "ក", "--latin-name", "K",
                          "--sex", "F", "--age", "9", *ADDRESS, "--household", "h1",
                          "--relation", "chlid", "--finger", "right-index=x.png")
    assert code == 2
    assert "chlid" in json.loads(out)["error"] and "child" in err


@pytest.mark.postgres
def test_a_value_longer_than_its_column_is_one_line_on_postgresql(
        new_database_url: Callable[[], str], tmp_path: Path) -> None:
    """SQLite keeps a 300-character name; PostgreSQL refuses it (VARCHAR(200)) with a
    DataError that came out as a traceback. Now: the model refuses names over 200 characters
    on both, and anything else too long for its column is one line, nothing written."""
    from station.config import load_settings
    from station.errors import BadInput, StationError
    from station.model.operators import create_operator, login
    from station.model.setup import initialise

    settings = load_settings({"SWS_HOME": str(tmp_path), "SWS_DATABASE_URL": new_database_url()})
    pg = Station(settings, gallery_factory=ExactGallery)
    try:
        initialise(pg, username="super", full_name="S", password=PASSWORD, now=NOW)
        boss = login(pg, "super", PASSWORD, now=NOW)
        with pytest.raises(BadInput, match="full name"):
            create_operator(pg, username="clerk9", full_name="N" * 300, role="clerk",
                            password=PASSWORD, now=NOW, by=boss)
        from station.services.grievances import intake, refer

        clerk = create_operator(pg, username="clerk8", full_name="C", role="clerk",
                                password=PASSWORD, now=NOW, by=boss)
        opened = intake(pg, category="other", description="no answer for weeks",
                        operator=clerk, now=NOW)
        with pytest.raises(StationError, match="longer than the registry keeps"):
            refer(pg, opened, operator=clerk, now=NOW, to="S" * 70)
    finally:
        pg.close()


def test_an_unexpected_database_error_does_not_print_the_row(station: Station) -> None:
    """Database errors nobody foresaw still reach the screen as a traceback (a bug to fix),
    but SQLAlchemy put every value of the statement in the message: sealed templates,
    password hashes, names. The statement is enough to find the bug."""
    import sqlalchemy as sa

    with pytest.raises(sa.exc.IntegrityError) as caught, station.transaction() as session:
        session.execute(sa.text("INSERT INTO card (serial, person_id) VALUES (:s, :p)"),
                        {"s": "0F0F", "p": "secret-person-id"})
    assert "secret-person-id" not in str(caught.value)


SAMPLE = REPO / "fixtures" / "fingerprints" / "sample"


@pytest.mark.parametrize("second", ["101_1.png", "101_2.png"])
def test_one_finger_given_for_two_is_refused(
        home: Path, capsys: pytest.CaptureFixture[str], second: str) -> None:
    """The same file given for two fingers, or the same finger captured twice (101_1 and
    101_2 are two touches of one finger) under two names: the record then held one finger
    twice, a hospital's check of the "other" finger passed with the wrong finger, and the
    person's real second finger was never searched at the next enrolment."""
    code, out, _err = _sws(capsys, "enrol", "--consent", "self",
                           "--json", "--local-name", "ក", "--latin-name",
                           "K", "--sex", "F", "--age", "30", *ADDRESS, "--new-household",
                           "--finger", f"right-index={SAMPLE / '101_1.png'}",
                           "--finger", f"left-index={SAMPLE / second}")
    assert code == 4, out
    message = json.loads(out)["error"]
    assert "right-index" in message and "left-index" in message and "same" in message


def test_the_registry_file_is_readable_by_its_owner_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The key file is owner-only (the station refuses one that others can read), but the
    SQLite registry beside it, with every name, phone number, national id and address in
    clear, was made readable by every account on the office computer (mode 644)."""
    home = tmp_path / "new-station"
    monkeypatch.setenv("SWS_HOME", str(home))
    monkeypatch.delenv("SWS_DATABASE_URL", raising=False)
    assert _sws(capsys, "init", "--password", PASSWORD)[0] == 0
    assert _sws(capsys, "person", "show", "x")[0] == 4  # opened again: still owner-only
    for path in home.glob("registry.sqlite3*"):
        assert path.stat().st_mode & 0o077 == 0, oct(path.stat().st_mode)


def test_every_adjudication_lists_after_the_demo_data(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws demo populate` records approved cases without an applicant's name (the demo
    applicant is a marker): `sws adjudication list --status all` then died on a KeyError."""
    assert _sws(capsys, "demo", "populate", "--households", "50", "--seed", "1")[0] == 0
    code, out, err = _sws(capsys, "adjudication", "list", "--status", "all", "--json")
    assert code == 0, err
    assert any(case["status"] == "approved" for case in json.loads(out))
    code, out, err = _sws(capsys, "adjudication", "list", "--status", "approved")
    assert code == 0, err
    assert "approved" in out


def test_a_terminal_that_cannot_show_khmer_still_gets_the_record(home: Path) -> None:
    """On a console whose encoding has no Khmer (an old Windows code page, a serial
    terminal, PYTHONIOENCODING=ascii), printing a person's name was a UnicodeEncodeError
    traceback; now the letters it cannot show are replaced and the command succeeds."""
    person = _recorded_card(home, "0E0E")
    shown = subprocess.run([sys.executable, "-m", "station.cli", "person", "show", person],
                           capture_output=True, cwd=REPO, check=False,
                           env={**os.environ, "PYTHONPATH": str(REPO),
                                "PYTHONIOENCODING": "ascii"})
    assert shown.returncode == 0, shown.stderr
    assert b"Sok Dara" in shown.stdout


def test_an_auditor_is_refused_in_plain_english() -> None:
    assert str(PermissionDenied("enrol people", "auditor")) == "an auditor may not enrol people"
    assert str(PermissionDenied("back up the station", "clerk")) == (
        "a clerk may not back up the station")


@pytest.mark.parametrize("batch", ["0", "5000", "-3"])
def test_a_batch_size_outside_its_range_is_refused_not_clamped(
        home: Path, capsys: pytest.CaptureFixture[str], batch: str) -> None:
    """`sws sync --batch 5000` quietly sent batches of 1000 (its help says 1-1000)."""
    code, out, _ = _sws(capsys, "sync", "--batch", batch, "--json")
    assert code == 4
    assert json.loads(out)["error"] == (f"--batch must be 1 to 1000 records per request, "
                                        f"not {int(batch)}")


@pytest.mark.parametrize(("value", "minutes"), [(None, 10), ("3", 3), (" 480 ", 480)])
def test_the_idle_lock_is_a_setting(value: str | None, minutes: int) -> None:
    from station.config import load_settings

    env = {"SWS_HOME": "/nonexistent", "SWS_STATION_ID": "station-test"}
    if value is not None:
        env["SWS_IDLE_LOCK_MINUTES"] = value
    assert load_settings(env).idle_lock_minutes == minutes


@pytest.mark.parametrize("value", ["0", "ten", "481", "2.5"])
def test_an_idle_lock_that_makes_no_sense_is_one_clear_error(value: str) -> None:
    from station.config import load_settings
    from station.errors import BadInput

    with pytest.raises(BadInput, match="SWS_IDLE_LOCK_MINUTES must be a whole number"):
        load_settings({"SWS_HOME": "/nonexistent", "SWS_STATION_ID": "station-test",
                       "SWS_IDLE_LOCK_MINUTES": value})


def test_db_check_warns_of_a_registry_that_other_accounts_can_read(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Registries made before new ones were owner-only keep mode 644: `sws db check` says so
    and how to put it right (the check itself still passes)."""
    registry = home / "registry.sqlite3"
    assert _sws(capsys, "db", "check", "--json")[0] == 0
    for path in home.glob("registry.sqlite3*"):
        path.chmod(0o644)
    code, out, _ = _sws(capsys, "db", "check", "--json")
    warnings = json.loads(out)["warnings"]
    assert code == 0 and warnings
    assert warnings[0] == (f"{registry} can be read by other accounts on this computer "
                           f"(mode 644): run chmod 600 {registry}")
    for path in home.glob("registry.sqlite3*"):
        path.chmod(0o600)
    code, out, _ = _sws(capsys, "db", "check")
    assert code == 0 and "warning" not in out
