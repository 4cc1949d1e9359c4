"""`sws card ...` end to end: a registered person, a virtual card through pcscd, exit codes;
the hospital focal point's finger check and visit from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests._cli import sws
from tests._shared import shared_set

pytestmark = [pytest.mark.card]
SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "fingerprints" / "sample"
PASSWORD = "longenough-pass1"
PERSON = ["--local-name", "សុខ ដារា", "--latin-name", "Sok Dara", "--sex", "F",
          "--born", "1990-04-12", "--province", "12", "--district", "1204",
          "--commune", "120401", "--village", "12040103",
          "--consent", "self"]


def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SWS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SWS_DATABASE_URL", raising=False)
    monkeypatch.delenv("SWS_KEY_FILE", raising=False)
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    assert sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0


@pytest.fixture
def person(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> str:
    folder = shared_set("FVC2002_DB1_B")
    _home(tmp_path, monkeypatch, capsys)
    code, out, err = sws(capsys, "enrol", *PERSON, "--json",
                         "--finger", f"right-index={folder / '101_1.tif'}",
                         "--finger", f"left-index={folder / '102_1.tif'}")
    assert code == 0, err
    return str(json.loads(out)["person_id"])


@pytest.mark.shared
def test_issue_read_verify_revoke_audit(person: str, virtual_cards, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    card = virtual_cards.start()
    code, out, err = sws(capsys, "card", "issue", person, "--reader", card.reader, "--json")
    assert code == 0, err
    serial = json.loads(out)["serial"]

    dumps = tmp_path / "dumps"
    dumps.mkdir()
    dump = dumps / "card.json"
    assert sws(capsys, "card", "read", "--reader", card.reader, "--out", str(dump))[0] == 0

    code, out, _ = sws(capsys, "card", "verify", "--reader", card.reader, "--json")
    assert code == 0
    assert json.loads(out)["holder"]["id_number"] == person
    code, out, _ = sws(capsys, "card", "verify", "--dump", str(dump))
    assert (code, out.startswith(f"VALID card {serial}")) == (0, True)
    assert out.splitlines()[1:] == ["  no programme on this card"]  # enrolled in none yet

    assert sws(capsys, "card", "revoke", serial, "--reason", "reported stolen")[0] == 0
    code, out, err = sws(capsys, "card", "verify", "--dump", str(dump))
    assert code == 5
    assert err.strip().splitlines() == ["sws: invalid card: The card has been revoked."]
    assert f"; card of {person} " in out  # signed data: whose card it is, for the desk
    code, out, _ = sws(capsys, "card", "verify", "--dump", str(dump), "--json")
    record = json.loads(out)
    assert (code, record["valid"], record["holder"]["id_number"]) == (5, False, person)
    assert "entitlements" not in record  # a refused card's programmes are never listed

    (dumps / "junk.json").write_text("{}")
    code, out, _ = sws(capsys, "card", "audit", str(dumps), "--json")
    report = json.loads(out)
    assert (code, report["checked"], report["valid"]) == (5, 2, 0)
    assert sorted(c["reason"] for c in report["cards"]) == ["malformed", "revoked"]


def test_no_card_in_the_reader_is_one_line_exit_4(person: str, pcscd: None,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = sws(capsys, "card", "read", "--reader", "Virtual PCD 00 01")
    if code == 0:
        pytest.skip("another process has a card in the second reader")
    assert code == 4
    assert len(err.strip().splitlines()) == 1


def test_hospital_finger_check_and_visit(virtual_cards, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """What the hospital window does, headless: the card verified offline, a live print
    checked 1:1 against the card's template (exit 6 for someone else's finger), the visit
    recorded for the central registry."""
    import sqlalchemy as sa

    from station.model.station import Station
    from station.registry.base import OUTBOX

    _home(tmp_path, monkeypatch, capsys)
    code, out, err = sws(capsys, "enrol", *PERSON, "--new-household", "--json",
                         "--finger", f"right-index={SAMPLE / '101_1.png'}",
                         "--finger", f"left-index={SAMPLE / '103_1.png'}")
    assert code == 0, err
    person = json.loads(out)["person_id"]
    card = virtual_cards.start()
    assert sws(capsys, "card", "issue", person, "--reader", card.reader)[0] == 0

    code, out, err = sws(capsys, "card", "verify", "--reader", card.reader, "--json",
                         "--finger", f"right-index={SAMPLE / '101_3.png'}")
    check = json.loads(out)["finger_check"]
    assert (code, check["finger"], check["matched"]) == (0, "right-index", True), err
    assert check["score"] >= check["threshold"]

    code, out, err = sws(capsys, "card", "verify", "--reader", card.reader,
                         "--finger", f"right-index={SAMPLE / '104_3.png'}")
    assert code == 6
    assert "right-index: does NOT match the card's template" in out
    assert len(err.strip().splitlines()) == 1
    assert "`sws person replace-fingerprints`" in err  # if the card's print is poor

    code, _, err = sws(capsys, "card", "verify", "--reader", card.reader,
                       "--finger", f"right-thumb={SAMPLE / '101_3.png'}")
    assert code == 4
    assert err.strip() == ("sws: error: the card holds no right-thumb template "
                           "(it holds: right-index, left-index)")

    # someone else's finger: exit 6 and no visit recorded (nothing to undo, nothing sent);
    # the focal point checks the identity another way and records the visit then
    code, out, err = sws(capsys, "card", "visit", "--reader", card.reader,
                         "--facility", "Provincial hospital",
                         "--finger", f"right-index={SAMPLE / '104_3.png'}")
    assert code == 6
    assert "not recorded" in out and "recorded at" not in out
    assert len(err.strip().splitlines()) == 1

    code, out, err = sws(capsys, "card", "visit", "--reader", card.reader, "--json",
                         "--facility", "Provincial hospital",
                         "--finger", f"left-index={SAMPLE / '103_4.png'}")
    assert code == 0, err
    visit = json.loads(out)
    assert (visit["facility"], visit["finger_check"]["matched"]) == ("Provincial hospital", True)
    station = Station(migrate=False)
    with station.transaction() as session:
        row = session.execute(sa.select(OUTBOX.c.kind, OUTBOX.c.record_id)
                              .where(OUTBOX.c.kind == "service_use")).one()
    assert row.record_id == visit["visit_id"]


def test_a_card_already_recorded_is_not_overwritten_for_someone_else(
        virtual_cards, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The clerk puts the card just issued to one person back in the reader and issues it to
    the next. That used to write the second person's credential onto the chip and only then
    refuse to record it ("already recorded"): the chip then passed at any hospital as the
    second person while the registry and the centre listed it as the first's."""
    _home(tmp_path, monkeypatch, capsys)
    people = []
    for name, image in (("Sok Dara", "101_1.png"), ("Mao Sina", "103_1.png")):
        code, out, err = sws(capsys, "enrol", *PERSON[:2], "--latin-name", name,
                             *PERSON[4:], "--new-household", "--json",
                             "--finger", f"right-index={SAMPLE / image}")
        assert code == 0, err
        people.append(json.loads(out)["person_id"])
    card = virtual_cards.start()
    assert sws(capsys, "card", "issue", people[0], "--reader", card.reader)[0] == 0

    code, out, err = sws(capsys, "card", "issue", people[1], "--reader", card.reader, "--json")
    assert code == 4
    assert "already recorded" in json.loads(out)["error"]
    assert len(err.strip().splitlines()) == 1
    code, out, _ = sws(capsys, "card", "verify", "--reader", card.reader, "--json")
    assert (code, json.loads(out)["holder"]["id_number"]) == (0, people[0])


def test_a_mistyped_dump_path_is_bad_input_not_an_invalid_card(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """An auditor's typo in `--dump` said exit 5, "integrity failure", as for a forged card;
    a missing --anchor or --crl file is exit 4, "does not exist", and so is this now."""
    _home(tmp_path, monkeypatch, capsys)
    missing = tmp_path / "card-0A01.json"
    code, out, _err = sws(capsys, "card", "verify", "--dump", str(missing), "--json")
    assert code == 4, out
    assert json.loads(out)["error"] == f"{missing} does not exist"


def test_an_audit_of_an_empty_folder_is_not_a_clean_audit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sws card audit` on a folder with no dumps said "0 of 0 card dump(s) valid", exit 0:
    an auditor pointing at the wrong folder read it as a clean audit."""
    _home(tmp_path, monkeypatch, capsys)
    empty = tmp_path / "dumps"
    empty.mkdir()
    code, _, err = sws(capsys, "card", "audit", str(empty))
    assert code == 4
    assert err.strip() == (f"sws: error: {empty} holds no card dumps "
                           "(*.json from sws card read --out)")


def test_the_prints_on_a_card_are_sealed_for_desks_with_the_template_key(
        virtual_cards, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Reading a card needs no PIN, so the templates file is sealed to the programme's
    template key (made by `sws init`): a dump shows no template bytes, and a desk without the
    key verifies the card but says the finger check is not possible there."""
    import base64

    import matcher

    _home(tmp_path, monkeypatch, capsys)
    key_file = tmp_path / "home" / "card-template-key.pem"
    assert key_file.is_file() and key_file.stat().st_mode & 0o077 == 0
    code, out, err = sws(capsys, "enrol", *PERSON, "--new-household", "--json",
                         "--finger", f"right-index={SAMPLE / '101_1.png'}")
    assert code == 0, err
    card = virtual_cards.start()
    assert sws(capsys, "card", "issue", json.loads(out)["person_id"], "--reader",
               card.reader)[0] == 0

    code, out, err = sws(capsys, "card", "read", "--reader", card.reader)
    assert code == 0, err
    on_chip = base64.b64decode(json.loads(out)["templates"])
    compact = matcher.extract(matcher.load_image(SAMPLE / "101_1.png")).to_compact()
    assert compact[:16] not in on_chip and b"ct" in on_chip

    monkeypatch.setenv("SWS_CARD_TEMPLATE_KEY", str(tmp_path / "elsewhere.pem"))  # no key here
    code, out, err = sws(capsys, "card", "verify", "--reader", card.reader, "--json")
    assert code == 0, err
    record = json.loads(out)
    assert record["valid"] and any("holds no template key" in w for w in record["warnings"])
    code, _, err = sws(capsys, "card", "verify", "--reader", card.reader,
                       "--finger", f"right-index={SAMPLE / '101_3.png'}")
    assert code == 4
    assert "sealed" in err and "finger check is not possible" in err
    assert len(err.strip().splitlines()) == 1

    damaged = tmp_path / "damaged.pem"
    damaged.write_text("not a key")
    monkeypatch.setenv("SWS_CARD_TEMPLATE_KEY", str(damaged))  # a damaged key: no crash
    code, out, err = sws(capsys, "card", "verify", "--reader", card.reader, "--json")
    assert code == 0, err
    assert any("holds no template key" in w for w in json.loads(out)["warnings"])


def test_a_card_of_another_scheme_is_named_as_such(
        virtual_cards, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A bank card tapped at the hospital desk: one line saying it is not an ID card, not
    "file or application not found"."""
    _home(tmp_path, monkeypatch, capsys)
    card = virtual_cards.start(None, "--foreign")
    for command in (["card", "read"], ["card", "verify"]):
        code, _, err = sws(capsys, *command, "--reader", card.reader)
        assert code == 4, err
        assert err.strip() == ("sws: error: this card holds no social protection ID "
                               "(another kind of card?)")
