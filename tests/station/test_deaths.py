"""Recording a death: programmes end, the card is refused at hospitals, the centre is told,
bad input changes nothing, a mistake can be withdrawn, and the dead stay in the 1:N gallery."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from pathlib import Path
from typing import Any

import cbor2
import pytest
import sqlalchemy as sa
from alembic import command

from station.errors import BadInput, NotFound, PermissionDenied
from station.model.cards import get_card, record_issued
from station.model.deaths import (
    CARD_REASON,
    AlreadyRecorded,
    DeathRefused,
    deceased_among,
    record_death,
    undo_death,
)
from station.model.enrolment import Enrolled, NeedsAdjudication, enrol
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.persons import get_person
from station.model.station import Station
from station.model.ui_duplicates import deceased_note
from station.registry.base import OUTBOX
from station.registry.migrate import alembic_config, current_revision, head_revision
from tests.station.helpers import (
    NOW,
    POLICY,
    demographics,
    join_programme,
    make_template,
    person_fingers,
    sqlite_registry,  # noqa: F401 - SQLite only
)
from tests.station.test_cli import home  # noqa: F401 - the CLI's initialised station

DIED = dt.date(2026, 11, 20)


def _dump(station: Station, serial: str) -> Any:
    """A card dump as the card issued by this office's key would give it (no reader)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    import cardio
    from cardio import layout
    from cardio.credential import Claims, sign_credential, template_digest

    pki = cardio.Pki.load(station.settings.issuing_dir)
    packed = cardio.pack_templates({7: make_template(3).to_iso19794_2(7)})
    key = ec.generate_private_key(ec.SECP256R1())
    claims = Claims(
        holder=cardio.Holder("KH-1", "Dara", "Sok", 2, dt.date(1990, 4, 12), "12040103"),
        entitlements=(), issuer=pki.signer_cert.subject.rfc4514_string(), card_serial=serial,
        issued_at=NOW - dt.timedelta(hours=1), expires_at=NOW + dt.timedelta(days=365),
        template_digest=template_digest(packed),
        card_public_key=key.public_key().public_bytes(Encoding.X962,
                                                      PublicFormat.UncompressedPoint))
    challenge = secrets.token_bytes(32)
    signature = key.sign(layout.AUTH_PREFIX + challenge, ec.ECDSA(hashes.SHA256()))
    return cardio.CardDump(serial, sign_credential(claims, pki), packed, challenge, signature)


def _outbox(station: Station) -> list[tuple[str, str, dict[str, Any]]]:
    with station.reading() as s:
        return [(r.kind, r.record_id, cbor2.loads(r.payload)) for r in s.execute(
            sa.select(OUTBOX.c.kind, OUTBOX.c.record_id, OUTBOX.c.payload)
            .order_by(OUTBOX.c.seq))]


def test_a_death_ends_programmes_revokes_the_card_and_tells_the_centre(
        station: Station, person_id: str, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    from station.model.trust import revocation_list_file, trust_anchor_files
    from station.model.ui_cards import CardVerifier

    pension = join_programme(station, person_id, "OLD_AGE", dt.date(2025, 1, 1))
    health = join_programme(station, person_id, "HEALTH", dt.date(2025, 1, 1),
                            dt.date(2027, 12, 31))
    join_programme(station, person_id, "CASH", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    dump = _dump(station, "0D01")
    record_issued(station, person_id=person_id, serial="0D01", credential=dump.credential,
                  by=clerk, now=NOW)
    hospital = CardVerifier.from_files(
        trust_anchor_files(station.settings), revocation_list_file(station, NOW), now=NOW,
        list_source=lambda when: revocation_list_file(station, when))
    assert hospital.verify_dump(dump, now=NOW, source="desk").ok
    before = len(_outbox(station))

    done = record_death(station, person_id, died_on=DIED,
                        source="death certificate 123/2026, Batheay commune",
                        by=supervisor, now=NOW)

    assert sorted(done.memberships_ended) == sorted([pension, health])
    assert done.cards_revoked == ("0D01",)
    person = get_person(station, person_id)  # kept, never deleted
    assert person["died_on"] == "2026-11-20"
    assert person["death"]["source"] == "death certificate 123/2026, Batheay commune"
    assert person["death"]["recorded_by"] == "super"
    ends = {p["programme"]: p["end_date"] for p in person["programmes"]}
    assert ends == {"OLD_AGE": "2026-11-20", "HEALTH": "2026-11-20", "CASH": "2024-12-31"}
    card = get_card(station, "0D01")
    assert (card.status, card.status_reason) == ("revoked", CARD_REASON)
    outcome = hospital.verify_dump(dump, now=NOW + dt.timedelta(minutes=1), source="desk")
    assert not outcome.ok and outcome.reason == "revoked"

    queued = _outbox(station)[before:]
    kinds = sorted(kind for kind, _, _ in queued)
    assert kinds == ["person_death", "programme_registration", "programme_registration",
                     "revocation"]
    death = next(p for k, _, p in queued if k == "person_death")
    assert death["died_on"] == "2026-11-20" and death["cards_revoked"] == ["0D01"]
    assert not death["undone"]
    ended = [p for k, _, p in queued if k == "programme_registration"]
    assert {p["decision"] for p in ended} == {"ended"}  # the centre counts no member here
    assert check(station, deep=True).audit_events > 0  # raises on a broken chain
    with station.reading() as s:
        actions = [a for (a,) in s.execute(sa.text(
            "SELECT action FROM audit_event ORDER BY seq DESC LIMIT 4"))]
    assert actions[0] == "person.death" and "card.status" in actions
    assert deceased_among(station, [person_id, "nobody"]) == {person_id: DIED}


def _snapshot(station: Station, person_id: str) -> tuple[Any, ...]:
    with station.reading() as s:
        audit = s.execute(sa.text("SELECT count(*) FROM audit_event")).scalar_one()
    return (json.dumps(get_person(station, person_id), sort_keys=True), audit,
            len(_outbox(station)))


@pytest.mark.parametrize(("kwargs", "error", "words"), [
    ({"died_on": dt.date(2026, 11, 23)}, DeathRefused, "in the future"),
    ({"died_on": dt.date(1989, 1, 1)}, DeathRefused, "before the person's birth"),
    ({"source": "   "}, DeathRefused, "where the death is known from"),
])
def test_bad_input_is_refused_in_one_line_and_changes_nothing(
        station: Station, person_id: str, supervisor: OperatorInfo, kwargs: dict[str, Any],
        error: type[Exception], words: str) -> None:
    join_programme(station, person_id, "OLD_AGE", dt.date(2025, 1, 1))
    before = _snapshot(station, person_id)
    args: dict[str, Any] = {"died_on": DIED, "source": "certificate 1"} | kwargs
    with pytest.raises(error, match=words) as caught:
        record_death(station, person_id, by=supervisor, now=NOW, **args)
    assert "\n" not in str(caught.value)
    assert _snapshot(station, person_id) == before


def test_only_supervisors_record_deaths_of_known_people_once(
        station: Station, person_id: str, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    before = _snapshot(station, person_id)
    with pytest.raises(PermissionDenied):
        record_death(station, person_id, died_on=DIED, source="x", by=clerk, now=NOW)
    with pytest.raises(NotFound, match="no person"):
        record_death(station, "nobody", died_on=DIED, source="x", by=supervisor, now=NOW)
    assert _snapshot(station, person_id) == before
    record_death(station, person_id, died_on=DIED, source="certificate 1", by=supervisor,
                 now=NOW)
    once = _snapshot(station, person_id)
    with pytest.raises(AlreadyRecorded, match="already recorded by super at 2026-11-22 09:30"):
        record_death(station, person_id, died_on=DIED, source="again", by=supervisor, now=NOW)
    assert _snapshot(station, person_id) == once


def test_a_death_recorded_by_mistake_is_withdrawn_without_reinstating_anything(
        station: Station, person_id: str, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    join_programme(station, person_id, "OLD_AGE", dt.date(2025, 1, 1))
    record_issued(station, person_id=person_id, serial="0D02", credential=b"cose",
                  by=clerk, now=NOW)
    record_death(station, person_id, died_on=DIED, source="certificate 9", by=supervisor,
                 now=NOW)
    with pytest.raises(PermissionDenied):
        undo_death(station, person_id, reason="wrong person", by=clerk, now=NOW)
    with pytest.raises(BadInput, match="reason"):
        undo_death(station, person_id, reason=" ", by=supervisor, now=NOW)

    undone = undo_death(station, person_id, reason="the certificate named another Sok Dara",
                        by=supervisor, now=NOW)

    assert undone.was_died_on == DIED
    person = get_person(station, person_id)
    assert person["death"] is None and person["died_on"] is None
    assert person["programmes"][0]["end_date"] == "2026-11-20"  # not reinstated
    assert get_card(station, "0D02").status == "revoked"  # a new card is issued instead
    kind, _, payload = _outbox(station)[-1]
    assert kind == "person_death" and payload["undone"] and payload["died_on"] is None
    assert check(station, deep=True).audit_events > 0  # raises on a broken chain
    with pytest.raises(DeathRefused, match="no death is recorded"):
        undo_death(station, person_id, reason="again", by=supervisor, now=NOW)
    # recorded again later (the right date this time): allowed
    record_death(station, person_id, died_on=dt.date(2026, 11, 21), source="certificate 10",
                 by=supervisor, now=NOW)


def test_a_new_enrolment_matching_a_deceased_person_shows_the_flag(
        station: Station, person_id: str, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    record_death(station, person_id, died_on=DIED, source="certificate 5", by=supervisor,
                 now=NOW)
    again = enrol(station, demographics("Someone Else"), person_fingers(3), operator=clerk,
                  now=NOW, policy=POLICY)
    assert isinstance(again, NeedsAdjudication)  # still in the gallery: a duplicate case
    assert [c.person_id for c in again.candidates] == [person_id]
    candidate = get_person(station, again.candidates[0].person_id)
    assert deceased_note(candidate) == "recorded as deceased on 2026-11-20"
    assert deceased_note(get_person(station, _other(station, clerk))) is None


def _other(station: Station, clerk: OperatorInfo) -> str:
    out = enrol(station, demographics("Alive"), person_fingers(40), operator=clerk, now=NOW,
                policy=POLICY)
    assert isinstance(out, Enrolled)
    return out.person_id


def test_a_registry_at_ob02_is_upgraded_and_keeps_its_people(
        station: Station, person_id: str, settings: Any) -> None:
    command.downgrade(alembic_config(station.engine), "ob02")
    with station.engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("person")}
    assert "died_on" not in columns
    station.close()
    again = Station(settings)
    try:
        assert current_revision(again.engine) == head_revision()
        person = get_person(again, person_id)
        assert person["latin_name"] == "Sok Dara" and person["death"] is None
    finally:
        again.close()


def test_sws_person_death_and_undo_death(home: Path,  # noqa: F811 - the CLI's station
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from tests.station.helpers import enrolled_in_cli_home, sws_in

    pid, sws = enrolled_in_cli_home(), sws_in(capsys)

    code, _, err = sws("person", "death", pid, "--on", "20-11-2026", "--source", "cert 1")
    assert code == 4 and len(err.strip().splitlines()) == 1 and "YYYY-MM-DD" in err
    code, _, err = sws("person", "death", pid, "--on", "2999-01-01", "--source", "cert 1")
    assert code == 4 and "in the future" in err
    code, _, err = sws("person", "death", "nobody", "--on", "2026-11-20", "--source", "c")
    assert code == 4 and "no person" in err
    code, text, _ = sws("person", "death", pid, "--on", "2026-11-20", "--source",
                        "death certificate 123/2026, Batheay commune", "--json")
    assert code == 0 and json.loads(text)["died_on"] == "2026-11-20"
    code, _, err = sws("person", "death", pid, "--on", "2026-11-20", "--source", "again")
    assert code == 4 and "already recorded by super" in err
    code, text, _ = sws("person", "show", pid)
    assert code == 0 and "DECEASED on 2026-11-20 (death certificate 123/2026" in text
    code, text, _ = sws("person", "undo-death", pid, "--reason", "wrong certificate")
    assert code == 0 and "not reinstated" in text
    code, text, _ = sws("person", "show", pid, "--json")
    assert json.loads(text)["death"] is None


def test_sws_enrol_names_a_deceased_candidate(home: Path,  # noqa: F811 - the CLI's station
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Someone enrolling with a dead person's fingers: exit 3, and the candidate is flagged."""
    import station.model.station as st
    from station.cli import main
    from tests._shared import REPO
    from tests.station.helpers import ExactGallery

    image = REPO / "fixtures" / "fingerprints" / "sample" / "101_1.png"
    monkeypatch.setattr(st, "_matcher_gallery", ExactGallery)  # the same image matches
    person = ["--local-name", "សុខ ដារា", "--sex", "F", "--born", "1990-04-12",
              "--province", "12", "--district", "1204", "--commune", "120401",
              "--village", "12040103", "--finger", f"right-index={image}", "--json"]
    capsys.readouterr()
    assert main(["enrol", "--consent", "self", "--latin-name", "Sok Dara", *person]) == 0
    pid = json.loads(capsys.readouterr().out)["person_id"]
    assert main(["person", "death", pid, "--on", "2026-11-20", "--source", "cert 7"]) == 0
    capsys.readouterr()
    assert main(["enrol", "--consent", "self", "--latin-name", "Sok Dara Two", *person]) == 3
    candidate = json.loads(capsys.readouterr().out)["candidates"][0]
    assert (candidate["person_id"], candidate["died_on"]) == (pid, "2026-11-20")
    assert main(["enrol", "--consent", "self", "--latin-name", "Sok Dara Three", *person[:-1]]) == 3
    assert "RECORDED AS DECEASED on 2026-11-20" in capsys.readouterr().out


def test_the_dead_get_no_card_no_programme_and_leave_the_coverage(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    from station.model.ui_lookup import coverage
    from station.services.households import household_facts

    out = enrol(station, demographics(), person_fingers(9), operator=clerk, now=NOW,
                policy=POLICY, new_household=True)
    assert isinstance(out, Enrolled)
    person_id = out.person_id
    household = get_person(station, person_id)["household_id"]
    before = coverage(station, today=NOW.date())
    record_death(station, person_id, died_on=DIED, source="death certificate 7/2026",
                 by=supervisor, now=NOW)
    dump = _dump(station, "0D02")
    with pytest.raises(BadInput, match="recorded as deceased on 2026-11-20: no card"):
        record_issued(station, person_id=person_id, serial="0D02",
                      credential=dump.credential, by=clerk, now=NOW)
    with pytest.raises(NotFound):
        get_card(station, "0D02")  # nothing recorded
    assert before.people == 1
    assert coverage(station, today=NOW.date()).people == 0
    # the day before the death they were alive and covered
    assert coverage(station, today=DIED - dt.timedelta(days=1)).people == 1
    assert household
    with station.reading() as session:
        facts = household_facts(session, household)
    assert person_id not in {m.person_id for m in facts.members}
