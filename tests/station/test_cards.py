"""Cards in the registry: templates for the card, issue/replace/revoke with audit + outbox."""

from __future__ import annotations

import cbor2
import numpy as np
import pytest
import sqlalchemy as sa

from station.errors import BadInput, NotFound, PermissionDenied
from station.model.cards import (
    get_card,
    person_templates,
    record_issued,
    revoked_serials,
    set_status,
)
from station.model.fingers import Finger
from station.model.integrity import check
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.base import OUTBOX
from tests.station.helpers import (
    NOW,
    person_fingers,
    sqlite_registry,  # noqa: F401 - SQLite only
)


def test_the_card_gets_the_enrolled_templates(station: Station, person_id: str) -> None:
    templates = person_templates(station, person_id)
    originals = person_fingers(3)
    assert set(templates) == {Finger.RIGHT_INDEX, Finger.LEFT_INDEX}
    assert np.array_equal(templates[Finger.RIGHT_INDEX].minutiae,
                          originals["right-index"].minutiae)
    with pytest.raises(NotFound):
        person_templates(station, "nobody")


def test_issue_replace_and_revoke_are_recorded_audited_and_queued(
        station: Station, person_id: str, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    record_issued(station, person_id=person_id, serial="0A01", credential=b"cose-1",
                  by=clerk, now=NOW)
    record_issued(station, person_id=person_id, serial="0A02", credential=b"cose-2",
                  by=clerk, now=NOW)
    assert get_card(station, "0A01").status == "replaced"
    assert get_card(station, "0A01").replaced_by == "0A02"
    with pytest.raises(PermissionDenied):
        set_status(station, "0A02", "revoked", reason="fraud", by=clerk, now=NOW)
    with pytest.raises(BadInput, match="reason"):
        set_status(station, "0A02", "revoked", reason=" ", by=supervisor, now=NOW)
    set_status(station, "0A02", "revoked", reason="reported stolen", by=supervisor, now=NOW)
    assert revoked_serials(station) == ["0A02"]
    with pytest.raises(BadInput, match="already"):
        record_issued(station, person_id=person_id, serial="0A02", credential=b"x",
                      by=clerk, now=NOW)
    with station.reading() as s:
        kinds = [(r.kind, r.record_id) for r in s.execute(
            sa.select(OUTBOX.c.kind, OUTBOX.c.record_id).order_by(OUTBOX.c.seq))]
        payload = cbor2.loads(s.execute(sa.select(OUTBOX.c.payload)
                                        .where(OUTBOX.c.kind == "revocation")).scalar_one())
    assert kinds[1:] == [("card_issue", "0A01"), ("card_issue", "0A02"),
                         ("revocation", "0A02")]
    assert payload["reason"] == "reported stolen"
    assert check(station).audit_events >= 5


def test_a_revocation_from_any_screen_reaches_the_signed_list_at_once(
        station: Station, person_id: str, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """The office's revocation list is derived from the registry: revoking through the
    service (as the GUI does, not only `sws card revoke`) re-signs it, and verifiers that
    load it see the card as revoked."""
    import cardio
    from station.model.trust import revocation_list_file, trust_anchor_files

    anchors = [cardio.load_anchors(trust_anchor_files(station.settings))][0]
    fresh = revocation_list_file(station, NOW)
    assert cardio.load_revocation_list(fresh.read_bytes(), anchors, NOW).lookup("0A09") is None

    record_issued(station, person_id=person_id, serial="0A09", credential=b"cose-9",
                  by=clerk, now=NOW)
    set_status(station, "0A09", "revoked", reason="reported stolen", by=supervisor, now=NOW)
    crl = cardio.load_revocation_list(revocation_list_file(station, NOW).read_bytes(),
                                      anchors, NOW)
    entry = crl.lookup("0A09")
    assert entry is not None and entry.reason == "reported stolen"


def test_a_replaced_card_is_refused_once_the_new_one_is_issued(
        station: Station, person_id: str, clerk: OperatorInfo) -> None:
    """A lost card found by someone else must not pass at a hospital once its holder has a
    new one: issuing the new card puts the old one on the office's signed list."""
    import cardio
    from station.model.trust import revocation_list_file, trust_anchor_files

    anchors = cardio.load_anchors(trust_anchor_files(station.settings))
    record_issued(station, person_id=person_id, serial="0B01", credential=b"cose-1",
                  by=clerk, now=NOW)
    first = cardio.load_revocation_list(revocation_list_file(station, NOW).read_bytes(),
                                        anchors, NOW)
    assert first.lookup("0B01") is None
    record_issued(station, person_id=person_id, serial="0B02", credential=b"cose-2",
                  by=clerk, now=NOW)
    crl = cardio.load_revocation_list(revocation_list_file(station, NOW).read_bytes(),
                                      anchors, NOW)
    entry = crl.lookup("0B01")
    assert entry is not None and entry.reason == "replaced by card 0B02"
    assert crl.lookup("0B02") is None


def test_the_hospital_check_proposes_the_card_finger_with_most_minutiae() -> None:
    import cardio
    from matcher import Template
    from station.model.ui_cards import best_finger_on_card

    rng = np.random.default_rng(5)

    def record(n: int, finger: int) -> bytes:
        rows = np.column_stack([rng.integers(10, 250, n), rng.integers(10, 250, n),
                                rng.uniform(0, 6.2, n), rng.integers(1, 3, n),
                                rng.uniform(0.3, 1.0, n)]).astype(np.float32)
        return Template(rows, width=260, height=260).to_iso19794_2(finger)

    packed = cardio.pack_templates({2: record(9, 2), 7: record(31, 7)})
    assert best_finger_on_card(packed) == 7
    assert best_finger_on_card(b"\xa0") is None  # an empty CBOR map


def test_a_card_revoked_at_another_station_reaches_this_offices_signed_list(
        station: Station, person_id: str, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """The hospital check reads this office's signed list: cards revoked or reported lost at
    other stations (the national list `sws sync` pulled) must be in it too, and a damaged
    pulled list must not stop the office's own revocations."""
    import os
    import time

    import cardio
    from station.model.trust import revocation_list_file, trust_anchor_files
    from sync import revocations

    anchors = cardio.load_anchors(trust_anchor_files(station.settings))
    first = revocation_list_file(station, NOW)  # signed before any national list arrived
    assert cardio.load_revocation_list(first.read_bytes(), anchors, NOW).lookup("0B0B") is None

    pulled = revocations.NationalRevocations()
    pulled.merge({"cards": [{"card_id": "0b0b", "reason": "lost: reported at the counter",
                             "revoked_at": "2026-11-20T08:00:00+00:00", "seq": 1}],
                  "stations": [], "next": 2})
    national = station.settings.config_dir / revocations.FILE_NAME
    revocations.save(national, pulled)
    later = time.time() + 5  # the pull is newer than the office's list
    os.utime(national, (later, later))
    crl = cardio.load_revocation_list(revocation_list_file(station, NOW).read_bytes(),
                                      anchors, NOW)
    entry = crl.lookup("0B0B")
    assert entry is not None and entry.reason == "lost: reported at the counter"

    national.write_text("{damaged", encoding="utf-8")
    os.utime(national, (later + 5, later + 5))
    record_issued(station, person_id=person_id, serial="0A09", credential=b"cose-9",
                  by=clerk, now=NOW)
    set_status(station, "0A09", "revoked", reason="reported stolen", by=supervisor, now=NOW)
    crl = cardio.load_revocation_list(revocation_list_file(station, NOW).read_bytes(),
                                      anchors, NOW)
    assert crl.lookup("0A09") is not None  # the office's own revocation still counts


def test_no_card_for_someone_the_centre_found_enrolled_at_another_station(
        station: Station, person_id: str, clerk: OperatorInfo) -> None:
    """After national adjudication decides 'same person' (the answer `sws sync` pulls into
    the outbox item), the person's record says so and no card is written for them."""
    from station.model.persons import national_check_of
    from station.model.ui_cards import issue_card

    pending = national_check_of(station, person_id)
    assert pending is not None and pending["state"] == "pending"
    with station.transaction() as session:  # what Uploader.pull_statuses records
        session.execute(sa.update(OUTBOX).where(OUTBOX.c.kind == "enrolment",
                                                OUTBOX.c.record_id == person_id)
                        .values(state="rejected", central_status="rejected",
                                central_reason="adjudicated_same_person"))
    national = national_check_of(station, person_id)
    assert national is not None and national["same_person"]
    assert "enrolled at another station" in national["text"]
    with pytest.raises(BadInput, match="found this person already enrolled at another"):
        issue_card(station, person_id, reader="no such reader", operator=clerk, now=NOW,
                   verifier=None)


def test_a_desk_open_for_days_sees_revocations_made_after_it_started(
        station: Station, person_id: str, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """The window builds its card verifier once; it must still refuse a card revoked later
    (here, or at another station once the national list is pulled)."""
    from station.model.trust import revocation_list_file, trust_anchor_files
    from station.model.ui_cards import CardVerifier

    verifier = CardVerifier.from_files(
        trust_anchor_files(station.settings), revocation_list_file(station, NOW), now=NOW,
        list_source=lambda when: revocation_list_file(station, when))
    assert verifier.revocation_list.lookup("0A0C") is None
    record_issued(station, person_id=person_id, serial="0A0C", credential=b"cose-c",
                  by=clerk, now=NOW)
    set_status(station, "0A0C", "revoked", reason="reported stolen", by=supervisor, now=NOW)
    verifier.refresh(NOW)
    entry = verifier.revocation_list.lookup("0A0C")
    assert entry is not None and entry.reason == "reported stolen"


def test_a_card_revoked_twice_keeps_its_first_revocation(
        station: Station, person_id: str, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """`sws card revoke SERIAL` on a card already revoked said "revoked" again and wrote a
    second revocation over the first: its reason and time were replaced (a card revoked as
    stolen on Monday read "revoked Friday, duplicate"), another revocation went to the
    centre and another audit event said revoked -> revoked. Now one line says since when and
    why it is revoked, and nothing is written; a lost card can still be revoked."""
    from datetime import timedelta

    from station.model.cards import AlreadyInStatus

    record_issued(station, person_id=person_id, serial="0A05", credential=b"cose-5",
                  by=clerk, now=NOW)
    set_status(station, "0A05", "lost", reason="lost at the market", by=supervisor, now=NOW)
    set_status(station, "0A05", "revoked", reason="reported stolen", by=supervisor, now=NOW)
    with station.reading() as s:
        items = s.scalar(sa.select(sa.func.count()).select_from(OUTBOX))
    later = NOW + timedelta(days=4)
    with pytest.raises(AlreadyInStatus) as refused:
        set_status(station, "0A05", "revoked", reason="duplicate", by=supervisor, now=later)
    assert str(refused.value) == (f"card 0A05 is already revoked (since "
                                  f"{NOW:%Y-%m-%d %H:%M} UTC: reported stolen); nothing "
                                  "changed")
    card = get_card(station, "0A05")
    assert (card.status, card.status_reason) == ("revoked", "reported stolen")
    with station.reading() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(OUTBOX)) == items
