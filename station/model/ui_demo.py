"""Demo data for the screenshot tour (``sws station --screenshots``): plainly marked DEMO.

A throw-away registry with a demo supervisor and clerk, a DEMO PKI with its revocation list,
and software-made card dumps (a signed credential plus a DEMO card key's answer) so the
hospital and auditor screens can be shown without a reader. Never used by the live station.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEMO_PASSWORD = "demo-password-1"  # the throw-away tour registry only


@dataclass
class DemoStation:
    """The tour's registry and operators."""

    station: Any
    supervisor: Any
    second_supervisor: Any
    clerk: Any


def demo_station(folder: Path, *, now: dt.datetime, households: int = 0) -> DemoStation:
    """A fresh registry in ``folder`` with a supervisor, a second supervisor and a clerk,
    and ``households`` synthetic households (``sws demo populate``) for the charts."""
    from station.config import load_settings
    from station.model.operators import create_operator, login
    from station.model.setup import initialise
    from station.model.station import Station

    settings = load_settings({"SWS_HOME": str(folder), "SWS_STATION_ID": "demo-office-1"})
    station = Station(settings)
    initialise(station, username="demo-supervisor", full_name="Sok Chenda (DEMO)",
               password=DEMO_PASSWORD, now=now)
    boss = login(station, "demo-supervisor", DEMO_PASSWORD, now=now)
    create_operator(station, username="demo-supervisor-2", full_name="Kim Rith (DEMO)",
                    role="supervisor", password=DEMO_PASSWORD, now=now, by=boss)
    create_operator(station, username="demo-clerk", full_name="Chan Sophea (DEMO)",
                    role="clerk", password=DEMO_PASSWORD, now=now, by=boss)
    if households:
        from station.services.demo import populate

        populate(station, households_count=households, seed=7, now=now, communes=3,
                 operator=boss)
    return DemoStation(station, boss,
                       login(station, "demo-supervisor-2", DEMO_PASSWORD, now=now),
                       login(station, "demo-clerk", DEMO_PASSWORD, now=now))


def demo_pki(now: dt.datetime) -> Any:
    import cardio

    return cardio.make_demo_chain(now - dt.timedelta(days=1))


def demo_verifier(pki: Any, now: dt.datetime, revoked: tuple[str, ...] = (),
                  template_key: Any = None) -> Any:
    """A CardVerifier trusting the DEMO root, with ``revoked`` serials on its list; with
    ``template_key`` (a key or its file) it opens the sealed prints on cards too."""
    import cardio
    from station.model.ui_cards import CardVerifier

    entries = [cardio.Revocation(s, now - dt.timedelta(hours=2), "reported lost")
               for s in revoked]
    data = cardio.sign_revocation_list(entries, pki, now, dt.timedelta(days=30))
    return CardVerifier([pki.root_cert], cardio.load_revocation_list(data, [pki.root_cert], now),
                        template_key=template_key)


def demo_credential(pki: Any, holder: Any, entitlements: Any, *, serial: str,
                    issued_at: dt.datetime, expires_at: dt.datetime,
                    template_digest: bytes = bytes(32),
                    card_public_key: bytes | None = None) -> bytes:
    """A credential for ``holder`` claiming ``entitlements``, signed under ``pki`` as `sws card
    issue` signs one; without ``card_public_key``, for a card key made in software."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from cardio.credential import Claims, sign_credential

    if card_public_key is None:
        card_public_key = ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
            Encoding.X962, PublicFormat.UncompressedPoint)
    return sign_credential(Claims(holder=holder, entitlements=tuple(entitlements),
                                  issuer=pki.signer_cert.subject.rfc4514_string(),
                                  card_serial=serial, issued_at=issued_at,
                                  expires_at=expires_at, template_digest=template_digest,
                                  card_public_key=card_public_key), pki)


def demo_card_dump(pki: Any, *, serial: str, templates: dict[int, bytes], now: dt.datetime,
                   given: str = "Sokha", family: str = "Chan") -> Any:
    """What a genuine card issued by the DEMO office would answer (made in software)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    import cardio
    from cardio import layout
    from cardio.credential import template_digest

    packed = cardio.pack_templates(templates)
    key = ec.generate_private_key(ec.SECP256R1())
    point = key.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    holder = cardio.Holder("KH-2026-000123", given, family, 2, dt.date(1990, 5, 17), "12010203")
    entitlements = (cardio.Entitlement("HEALTH_SUBSIDY", dt.date(2026, 1, 1),
                                       dt.date(2028, 12, 31)),
                    cardio.Entitlement("OLD_AGE_PENSION", dt.date(2027, 1, 1),
                                       dt.date(2030, 12, 31)))
    credential = demo_credential(pki, holder, entitlements, serial=serial,
                                 issued_at=now - dt.timedelta(days=1),
                                 expires_at=now + dt.timedelta(days=5 * 365),
                                 template_digest=template_digest(packed), card_public_key=point)
    challenge = secrets.token_bytes(32)
    signature = key.sign(layout.AUTH_PREFIX + challenge, ec.ECDSA(hashes.SHA256()))
    return cardio.CardDump(serial, credential, packed, challenge, signature)
