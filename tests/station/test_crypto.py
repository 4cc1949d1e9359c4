"""At-rest encryption: templates unreadable without the key, bound to their row, rotatable."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from station.errors import DecryptionFailed, KeyProblem
from station.model.enrolment import Enrolled, enrol
from station.model.integrity import check
from station.model.keys import rotate_key
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.crypto import Cipher, KeyRing, fingerprint_aad, key_id_of
from station.registry.models import Fingerprint
from tests.station.helpers import NOW, POLICY, demographics, person_fingers


def test_seal_and_open_round_trip_and_aad_binding() -> None:
    cipher = Cipher(KeyRing.generate(NOW))
    sealed = cipher.seal(b"template bytes", fingerprint_aad("p1", 2))
    assert b"template bytes" not in sealed
    assert key_id_of(sealed) == cipher.active_key_id
    assert cipher.open(sealed, fingerprint_aad("p1", 2)) == b"template bytes"
    with pytest.raises(DecryptionFailed):
        cipher.open(sealed, fingerprint_aad("p2", 2))  # moved to another person
    with pytest.raises(DecryptionFailed):
        cipher.open(sealed[:-1] + bytes([sealed[-1] ^ 1]), fingerprint_aad("p1", 2))


def test_key_file_is_private_and_refused_when_readable_by_others(tmp_path) -> None:
    path = KeyRing.generate(NOW).save(tmp_path / "keys.json")
    assert (path.stat().st_mode & 0o777) == 0o600
    os.chmod(path, 0o644)
    with pytest.raises(KeyProblem, match="chmod 600"):
        KeyRing.load(path)


def test_no_template_is_stored_in_clear(station: Station, clerk: OperatorInfo) -> None:
    fingers = person_fingers(1)
    enrol(station, demographics(), fingers, operator=clerk, now=NOW, policy=POLICY)
    with station.reading() as session:
        stored = session.scalars(sa.select(Fingerprint.template_sealed)).all()
    records = [t.to_iso19794_2(2) for t in fingers.values()]
    assert len(stored) == 2
    for blob in stored:
        assert not any(r[30:60] in blob for r in records)


def test_rotation_re_encrypts_everything_and_retires_the_old_key(
        station: Station, clerk: OperatorInfo, supervisor: OperatorInfo) -> None:
    for seed in (1, 2, 3):
        out = enrol(station, demographics(f"Person {seed}"), person_fingers(seed),
                    operator=clerk, now=NOW, policy=POLICY)
        assert isinstance(out, Enrolled)
    old = station.keyring.active
    report = rotate_key(station, by=supervisor, now=NOW)
    assert report.retired == [old]
    assert report.rewrapped >= 6 + 3  # six fingerprints and three outbox items
    reloaded = KeyRing.load(station.settings.key_file)
    assert set(reloaded.keys) == {report.new_key_id}
    fresh = Station(station.settings, gallery_factory=type(station.gallery))
    assert check(fresh, deep=True).ciphertexts_checked == 6
    assert len(fresh.gallery) == 6  # the gallery still loads every template
