"""At-rest key rotation: re-encrypt every sealed value under a new key, then retire the old.

Order matters for crash safety: (1) the new key is added to the key file as active, old keys
kept; (2) rows are re-encrypted in batches, each batch its own transaction, with an audit
event at the end; (3) only when no row refers to an old key are old keys removed from the
file. Interrupted at any point, the station still opens every row, and running the rotation
again finishes the job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.base import OUTBOX
from station.registry.crypto import (
    OUTBOX_AAD,
    Cipher,
    adjudication_aad,
    fingerprint_aad,
    image_aad,
    key_id_of,
)
from station.registry.models import Adjudication, Fingerprint


@dataclass(frozen=True)
class RotationReport:
    new_key_id: str
    rewrapped: int
    retired: list[str]

    def as_record(self) -> dict[str, Any]:
        return {"new_key_id": self.new_key_id, "rewrapped": self.rewrapped,
                "retired": self.retired}


def rotate_key(station: Station, *, by: OperatorInfo, now: datetime,
               batch: int = 500) -> RotationReport:
    """Make a new active key, re-encrypt everything under it, then drop the old keys."""
    by.require("supervisor", action="rotate the at-rest key")
    ring = station.keyring
    new_kid = ring.add_active(now)
    ring.save()
    cipher = Cipher(ring)
    n = _rewrap_fingerprints(station, cipher, batch)
    n += _rewrap_adjudications(station, cipher)
    n += _rewrap_outbox(station, cipher)
    # the sealed gallery cache too, while the old key still opens it (else: one rebuild)
    from station.model.gallery_sync import reseal_cache

    reseal_cache(station)
    retired = ring.retire_others()
    with station.transaction() as session:
        station.audit(session, action="keys.rotate", subject_type="key", subject_id=new_kid,
                      details={"rewrapped": n, "retired": retired}, operator_id=by.id,
                      now=now)
    ring.save()
    return RotationReport(new_key_id=new_kid, rewrapped=n, retired=retired)


def _rewrap_fingerprints(station: Station, cipher: Cipher, batch: int) -> int:
    n = 0
    while True:
        with station.transaction() as session:
            rows = session.scalars(sa.select(Fingerprint)
                                   .where(Fingerprint.key_id != cipher.active_key_id)
                                   .limit(batch)).all()
            for fp in rows:
                aad = fingerprint_aad(fp.person_id, fp.position)
                fp.template_sealed = cipher.seal(cipher.open(fp.template_sealed, aad), aad)
                if fp.image_sealed is not None:
                    iaad = image_aad(fp.person_id, fp.position)
                    fp.image_sealed = cipher.seal(cipher.open(fp.image_sealed, iaad), iaad)
                fp.key_id = cipher.active_key_id
            n += len(rows)
        if len(rows) < batch:
            return n


def _rewrap_adjudications(station: Station, cipher: Cipher) -> int:
    with station.transaction() as session:
        rows = session.scalars(sa.select(Adjudication).where(
            Adjudication.probe_sealed.is_not(None),
            Adjudication.key_id != cipher.active_key_id)).all()
        for case in rows:
            assert case.probe_sealed is not None
            aad = adjudication_aad(case.id)
            case.probe_sealed = cipher.seal(cipher.open(case.probe_sealed, aad), aad)
            case.key_id = cipher.active_key_id
        return len(rows)


def _rewrap_outbox(station: Station, cipher: Cipher) -> int:
    with station.transaction() as session:
        return _rewrap_outbox_rows(session, cipher)


def _rewrap_outbox_rows(session: Session, cipher: Cipher) -> int:
    rows = session.execute(sa.select(OUTBOX.c.seq, OUTBOX.c.sealed_biometrics)
                           .where(OUTBOX.c.sealed_biometrics.is_not(None))).all()
    n = 0
    for seq, sealed in rows:
        if key_id_of(sealed) == cipher.active_key_id:
            continue
        session.execute(OUTBOX.update().where(OUTBOX.c.seq == seq).values(
            sealed_biometrics=cipher.seal(cipher.open(sealed, OUTBOX_AAD), OUTBOX_AAD)))
        n += 1
    return n
