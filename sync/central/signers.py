"""The card-signer certificates each station signs cards with, so that revoking the station
revokes them too.

The centre learns them two ways, each proven by the signer's own key so that a station cannot
list another's certificate (it would need that signer's key):

* from the credential in each delivered ``card_issue`` packet (COSE_Sign1 with the signer's
  chain, leaf first), once its signature verifies under that very certificate
  (:func:`signer_of`);
* from the station itself, at registration and at a sync where the centre's master data does
  not list its current signer yet (an older station, or new certificates installed): a
  binding (:mod:`cardio.binding`) that the signer key signed over the station's id and packet
  key, sent with the station's Ed25519 signature over it (:func:`signer_of_binding`). A
  station stolen before it delivered any card thus still has its signer on record.

Both land in ``stations.signers`` (SHA-256 of the DER and subject). When the station is
revoked, the revocation list every station pulls names these certificates with the
revocation time and the cards the station delivered before it (:func:`delivered_cards`:
a tag of each credential, ``cardio.revocation.credential_tag``); desks then refuse cards
those signers sign after it, and cards dated before it that the centre never received
(``cardio.verify``, reason ``signer revoked``): a thief backdating cards with the stolen key.
"""

from __future__ import annotations

import json
import threading
from typing import Any

import cbor2
import sqlalchemy as sa
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from cardio import binding, revocation
from cardio.credential import credential_signer
from cardio.errors import CardError
from sync.central import schema as t


def _entry(cert: x509.Certificate) -> dict[str, str]:
    return {"sha256": revocation.signer_fingerprint(cert),
            "subject": cert.subject.rfc4514_string()}


def signer_of(payload: dict[str, Any]) -> dict[str, str] | None:
    """``{"sha256", "subject"}`` of the certificate that signed the credential in a
    ``card_issue`` payload; None when there is none or its signature does not verify."""
    credential = payload.get("credential")
    if not isinstance(credential, bytes):
        return None
    try:
        return _entry(credential_signer(credential))
    except CardError:  # not a credential we can vouch for (hostile bytes too): learn nothing
        return None


class BindingRefused(ValueError):
    """A station's card-signer binding that does not prove what it claims (one line)."""


def signer_of_binding(data: bytes, signature: bytes, station_id: str,
                      station_key: bytes) -> dict[str, str]:
    """``{"sha256", "subject"}`` of the card signer a station declares: ``data`` is a
    :mod:`cardio.binding` signed by that signer's key over ``station_id`` and the station's
    Ed25519 public key ``station_key``, and ``signature`` the station's Ed25519 signature
    over ``data``. Raises :class:`BindingRefused` when either does not verify."""
    try:
        Ed25519PublicKey.from_public_bytes(station_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        raise BindingRefused("the card-signer binding is not signed by this station's "
                             "key") from None
    try:
        cert = binding.open_binding(data, station_id=station_id, station_key=station_key)
    except CardError as error:
        raise BindingRefused(f"the card-signer binding does not verify: {error}") from None
    return _entry(cert)


def remember(conn: sa.Connection, found: dict[str, list[dict[str, str]]]) -> None:
    """Add the signers ``found`` per station id to ``stations.signers`` (new ones only)."""
    for station_id, listed in found.items():
        row = conn.execute(sa.select(t.stations.c.signers)
                           .where(t.stations.c.id == station_id)).first()
        if row is None:
            continue
        known = parse(row.signers)
        have = {s["sha256"] for s in known}
        new = []
        for signer in listed:
            if signer["sha256"] not in have:
                have.add(signer["sha256"])
                new.append(signer)
        if new:
            conn.execute(t.stations.update().where(t.stations.c.id == station_id)
                         .values(signers=json.dumps(known + new, sort_keys=True)))


def parse(text: str | None) -> list[dict[str, str]]:
    """The stored list (empty for none or a damaged one)."""
    try:
        listed = json.loads(text) if text else []
    except ValueError:
        return []
    return [s for s in listed if isinstance(s, dict) and isinstance(s.get("sha256"), str)]


#: Tags already computed, per (database, station): a revoked station's cards are listed on
#: every pull of every station, and reading their payloads each time would cost the centre
#: a decode per card per pull. Recomputed when the station's stored card_issue packets change.
_TAGS: dict[tuple[str, str], tuple[tuple[int, int], bytes]] = {}
_TAGS_LOCK = threading.Lock()


def delivered_cards(conn: sa.Connection, station_id: str) -> bytes:
    """The sorted, concatenated :func:`cardio.revocation.credential_tag` of every card the
    centre holds a ``card_issue`` packet for from ``station_id`` (refused ones aside): once
    the station is revoked, nothing more is taken from it, so these are the cards it
    delivered before its revocation."""
    p = t.packets.c
    mine = sa.and_(p.station_id == station_id, p.kind == "card_issue", p.status != "rejected")
    count, last = conn.execute(sa.select(sa.func.count(), sa.func.max(p.arrival))
                               .where(mine)).one()
    version = (int(count), int(last or 0))
    key = (str(conn.engine.url), station_id)
    with _TAGS_LOCK:
        kept = _TAGS.get(key)
    if kept is not None and kept[0] == version:
        return kept[1]
    tags = set()
    for (payload,) in conn.execute(sa.select(p.payload).where(mine)):
        try:
            credential = cbor2.loads(payload).get("credential")
        except (cbor2.CBORDecodeError, AttributeError, ValueError):
            continue
        if isinstance(credential, bytes):
            tags.add(revocation.credential_tag(credential))
    joined = b"".join(sorted(tags))
    with _TAGS_LOCK:
        _TAGS[key] = (version, joined)
    return joined
