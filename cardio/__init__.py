"""Smart cards: a signed social protection ID on PC/SC cards, verified offline.

The public surface: :func:`issue_card`, :func:`read_card`, :func:`verify_card`,
:func:`verify` (any credential bytes, e.g. from a QR code), the PKI and revocation helpers,
and the transport (:func:`session`, :func:`list_readers`). No Qt, no database.

Importing the package, or any module of it but :mod:`cardio.transport`, loads no PC/SC:
the centre verifies credentials on a server without a reader or the PC/SC library. The
transport's names (:func:`session`, :func:`list_readers`, ...) load pyscard on first use;
:func:`issue_card` and :func:`read_card` take a channel the caller opened.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from cardio.base45 import from_qr_text, to_qr_text
from cardio.card import (
    CARD_VALIDITY,
    CardDump,
    IssuedCard,
    card_expiry,
    issue_card,
    pack_templates,
    read_card,
    unpack_templates,
    verify_card,
)
from cardio.credential import Claims, Entitlement, Holder
from cardio.errors import CardError, InvalidCredential, Reason, TemplatesLocked
from cardio.pki import Pki, load_anchors, make_demo_chain
from cardio.revocation import (
    Revocation,
    RevocationList,
    SignerRevocation,
    load_revocation_list,
    sign_revocation_list,
    signer_fingerprint,
)
from cardio.sealing import TemplateKey, is_sealed, open_templates, seal_templates
from cardio.verify import NEVER_DELIVERED, CardProof, verify

if TYPE_CHECKING:  # loaded on first use (below): the transport brings in pyscard
    from cardio.transport import ApduCounter, ApduTrace, CardEvents, list_readers, session

#: Public names of the transport, the one module that loads pyscard (PC/SC).
_TRANSPORT = ("ApduCounter", "ApduTrace", "CardEvents", "list_readers", "session")


def __getattr__(name: str) -> Any:
    """The transport's names, imported when first asked for (PEP 562)."""
    if name not in _TRANSPORT:
        raise AttributeError(f"module 'cardio' has no attribute {name!r}")
    value = getattr(importlib.import_module("cardio.transport"), name)
    globals()[name] = value
    return value


__all__ = [
    "CARD_VALIDITY",
    "NEVER_DELIVERED",
    "ApduCounter",
    "ApduTrace",
    "CardDump",
    "CardError",
    "CardEvents",
    "CardProof",
    "Claims",
    "Entitlement",
    "Holder",
    "InvalidCredential",
    "IssuedCard",
    "Pki",
    "Reason",
    "Revocation",
    "RevocationList",
    "SignerRevocation",
    "TemplateKey",
    "TemplatesLocked",
    "card_expiry",
    "from_qr_text",
    "is_sealed",
    "issue_card",
    "list_readers",
    "load_anchors",
    "load_revocation_list",
    "make_demo_chain",
    "open_templates",
    "pack_templates",
    "read_card",
    "seal_templates",
    "session",
    "sign_revocation_list",
    "signer_fingerprint",
    "to_qr_text",
    "unpack_templates",
    "verify",
    "verify_card",
]
