"""New card-signing certificates for an office: checked in full, then put in place at once.

A card never outlives the chain that signs it (:func:`cardio.card_expiry`), so an office whose
signer certificate nears its end must receive a new one from the issuing authority (the
national CA signs the office CA, which signs the card signer). :func:`install_signing_keys`
takes the folder the authority delivered (``office.pem``, ``signer.pem``, ``signer.key``) and
refuses it, with one line and nothing changed, unless

- the signer key is the key of the signer certificate,
- signer -> office links up to a root this station already trusts (its trust anchors:
  cards issued before stay valid, and hospitals need no new anchor),
- the chain is valid today and leaves a new card at least :data:`cardio.card.MIN_CARD_LIFE`.

The new issuing folder is written beside the old one and swapped in by two renames; the old
one is kept as ``issuing.replaced-<time>`` (its key signed the cards already out). The
office's revocation list is then re-signed with the new signer, and the installation is an
audit event (``card.signer_install``) with the certificate's subject, serial and end.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from station.errors import BadInput

#: What the issuing authority delivers.
FILES = ("office.pem", "signer.pem", "signer.key")


@dataclass(frozen=True)
class InstalledKeys:
    """What was installed: the signer certificate's subject and serial, the chain's end, and
    until when a card issued now is valid."""

    subject: str
    serial: str
    chain_ends: datetime
    card_until: datetime
    replaced: Path | None  # where the previous issuing folder was kept

    def as_record(self) -> dict[str, Any]:
        return {"subject": self.subject, "serial": self.serial,
                "chain_ends": self.chain_ends.isoformat(),
                "card_until": self.card_until.isoformat(),
                "replaced": str(self.replaced) if self.replaced else None}


def check_signing_keys(source: Path, anchors: list[Path], now: datetime
                       ) -> tuple[Any, datetime]:
    """The :class:`cardio.Pki` in ``source`` and until when a card it signs now is valid,
    once every check above holds; else
    :class:`BadInput` (files) or a :class:`cardio.errors.PkiError` (chain, dates)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    import cardio
    from cardio.errors import InvalidCredential, PkiError
    from cardio.pki import verify_chain

    missing = [name for name in FILES if not (source / name).is_file()]
    if missing:
        raise BadInput(f"{source} lacks {', '.join(missing)}: the issuing authority delivers "
                       f"{', '.join(FILES)}", field="folder")
    try:
        office = x509.load_pem_x509_certificate((source / "office.pem").read_bytes())
        signer = x509.load_pem_x509_certificate((source / "signer.pem").read_bytes())
        key = serialization.load_pem_private_key((source / "signer.key").read_bytes(), None)
    except (OSError, ValueError, TypeError) as err:
        raise BadInput(f"cannot read the certificates or key in {source}: "
                       f"{str(err).splitlines()[0]}", field="folder") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.public_key() != signer.public_key():
        raise PkiError("signer.key is not the key of signer.pem")
    roots = cardio.load_anchors(anchors)
    der = [c.public_bytes(serialization.Encoding.DER) for c in (signer, office)]
    try:
        verify_chain(der, roots, now)
    except InvalidCredential as err:
        raise PkiError(f"the new chain does not hold for this station: {err.detail or err}. "
                       "It must lead to a root this station already trusts") from None
    root = next(r for r in roots if r.subject == office.issuer)
    pki = cardio.Pki(root, office, signer, key)
    # SigningCertificateError if too short
    return pki, cardio.card_expiry(pki, now, cardio.CARD_VALIDITY)


def install_signing_keys(station: Any, source: Path, *, by: Any, now: datetime
                         ) -> InstalledKeys:
    """Check the delivered keys (:func:`check_signing_keys`), swap them in, keep the old
    folder, re-sign the office's revocation list and record it. Supervisors only."""
    from station.model.trust import publish_revocation_list, trust_anchor_files

    by.require("supervisor", action="install card-signing certificates")
    pki, until = check_signing_keys(source, trust_anchor_files(station.settings), now)
    issuing = station.settings.issuing_dir
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    staged = issuing.with_name(f"{issuing.name}.new-{stamp}")
    if staged.exists():
        shutil.rmtree(staged)
    if issuing.is_dir():  # keep what else lives there (the revocation list, notes)
        shutil.copytree(issuing, staged)
    pki.save(staged)  # the key is written owner-only
    kept: Path | None = None
    if issuing.exists():
        kept = issuing.with_name(f"{issuing.name}.replaced-{stamp}")
        os.rename(issuing, kept)
    os.rename(staged, issuing)
    publish_revocation_list(station, now)
    installed = InstalledKeys(pki.signer_cert.subject.rfc4514_string(),
                              format(pki.signer_cert.serial_number, "x"), pki.valid_until,
                              until, kept)
    with station.transaction() as session:
        station.audit(session, action="card.signer_install", subject_type="station",
                      subject_id=station.settings.station_id,
                      details={"subject": installed.subject, "serial": installed.serial,
                               "chain_ends": installed.chain_ends.isoformat()},
                      operator_id=by.id, now=now)
    return installed
