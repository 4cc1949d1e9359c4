"""`sws db check`: the schema version, the audit chain and (optionally) every ciphertext."""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from station.errors import DecryptionFailed
from station.model.station import Station
from station.registry.audit import verify_chain
from station.registry.crypto import adjudication_aad, fingerprint_aad, image_aad
from station.registry.migrate import current_revision, head_revision
from station.registry.models import Adjudication, Fingerprint


@dataclass(frozen=True)
class CheckReport:
    """What passed: the schema revision, audit events, and ciphertexts opened."""

    schema_revision: str
    audit_events: int
    audit_head: str
    ciphertexts_checked: int
    keys_in_use: dict[str, int]
    #: What passed but should be put right (e.g. a registry file others can read).
    warnings: tuple[str, ...] = ()

    def as_record(self) -> dict[str, Any]:
        return {"ok": True, "schema_revision": self.schema_revision,
                "audit_events": self.audit_events, "audit_head": self.audit_head,
                "ciphertexts_checked": self.ciphertexts_checked,
                "keys_in_use": self.keys_in_use, "warnings": list(self.warnings)}


def check(station: Station, *, deep: bool = False) -> CheckReport:
    """Verify the registry; raise an :class:`~station.errors.IntegrityFailure` at the first fault.

    ``deep`` also decrypts every stored ciphertext (slow on large registries), which
    detects templates altered or moved between rows and keys missing from the key file.
    """
    station.require_schema()
    with station.reading() as session:
        report = verify_chain(session, audit_key=station.keyring.audit_key)
        keys = {str(k): int(n) for k, n in session.execute(
            sa.select(Fingerprint.key_id, sa.func.count()).group_by(Fingerprint.key_id))}
    opened = _open_all(station) if deep else 0
    revision = current_revision(station.engine) or head_revision()
    return CheckReport(schema_revision=revision or "", audit_events=report.events,
                       audit_head=report.head_hash, ciphertexts_checked=opened,
                       keys_in_use=keys, warnings=_open_to_others(station))


def _open_to_others(station: Station) -> tuple[str, ...]:
    """A SQLite registry (or its journal files), or a private signing key, that other
    accounts on the computer can read.

    New registries are made owner-only; one made by an older version keeps its mode 644,
    with every name, phone number and id in clear for anyone logged in to the computer. A
    home copied through a USB stick comes back 644 too: the card signer's key then lets
    anyone sign cards, the station's key sign packets as this station, the card template key
    read the prints on every card of the programme.
    """
    settings = station.settings
    paths = [Path(settings.station_key_file), Path(settings.issuing_dir) / "signer.key",
             Path(settings.card_template_key_file)]
    url = sa.engine.make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        main = Path(url.database)
        paths = [main, Path(f"{main}-wal"), Path(f"{main}-shm"), *paths]
    found = []
    for path in paths:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:
            continue
        if mode & 0o077:
            found.append(f"{path} can be read by other accounts on this computer (mode "
                         f"{mode:o}): run chmod 600 {path}")
    return tuple(found)


def _open_all(station: Station) -> int:
    cipher, n = station.cipher, 0
    with station.reading() as session:
        rows = session.execute(sa.select(Fingerprint.person_id, Fingerprint.position,
                                         Fingerprint.template_sealed,
                                         Fingerprint.image_sealed))
        for person_id, position, sealed, image in rows:
            try:
                cipher.open(sealed, fingerprint_aad(person_id, position))
                if image is not None:
                    cipher.open(image, image_aad(person_id, position))
            except DecryptionFailed as err:
                raise DecryptionFailed(f"fingerprint {position} of person {person_id}: {err}"
                                       ) from None
            n += 1
        for case_id, probes in session.execute(
                sa.select(Adjudication.id, Adjudication.probe_sealed)
                .where(Adjudication.probe_sealed.is_not(None))):
            cipher.open(probes or b"", adjudication_aad(case_id))
            n += 1
    return n
