"""Card tests: the real pcscd/vpcd fixtures plus a demo PKI and a sample person."""

from __future__ import annotations

import datetime as dt

import pytest

import cardio

NOW = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)
PIN = "123456"


@pytest.fixture(scope="session")
def pki() -> cardio.Pki:
    return cardio.make_demo_chain(NOW - dt.timedelta(days=1))


@pytest.fixture(scope="session")
def other_pki() -> cardio.Pki:
    """A chain under another root: the verifier does not trust it."""
    return cardio.make_demo_chain(NOW - dt.timedelta(days=1), office="Rogue office")


@pytest.fixture(scope="session")
def anchors(pki: cardio.Pki) -> list:
    return [pki.root_cert]


@pytest.fixture(scope="session")
def crl(pki: cardio.Pki) -> cardio.RevocationList:
    data = cardio.sign_revocation_list([], pki, NOW, dt.timedelta(days=30))
    return cardio.load_revocation_list(data, [pki.root_cert], NOW)


@pytest.fixture(scope="session")
def holder() -> cardio.Holder:
    return cardio.Holder("KH-2026-000123", "Sokha", "Chan", 2, dt.date(1990, 5, 17), "12010203")


@pytest.fixture(scope="session")
def entitlements() -> list[cardio.Entitlement]:
    return [
        cardio.Entitlement("HEF", dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
        cardio.Entitlement("CASH-PREG", dt.date(2026, 6, 1), dt.date(2027, 5, 31)),
    ]


@pytest.fixture(scope="session")
def templates() -> dict[int, bytes]:
    """Two compact templates (right index, left index) of realistic size; opaque bytes here."""
    return {
        2: bytes((i * 37) % 256 for i in range(3 * 48 + 4)),
        7: bytes((i * 91 + 5) % 256 for i in range(3 * 52 + 4)),
    }
