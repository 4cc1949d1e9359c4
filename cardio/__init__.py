"""Smart cards: a signed social protection ID on PC/SC cards, verified offline.

The public surface: :func:`issue_card`, :func:`read_card`, :func:`verify_card`,
:func:`verify` (any credential bytes, e.g. from a QR code), the PKI and revocation helpers,
and the transport (:func:`session`, :func:`list_readers`). No Qt, no database.
"""

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
from cardio.errors import CardError, InvalidCredential, Reason
from cardio.pki import Pki, load_anchors, make_demo_chain
from cardio.revocation import (
    Revocation,
    RevocationList,
    load_revocation_list,
    sign_revocation_list,
)
from cardio.transport import ApduCounter, ApduTrace, CardEvents, list_readers, session
from cardio.verify import CardProof, verify

__all__ = [
    "CARD_VALIDITY",
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
    "card_expiry",
    "from_qr_text",
    "issue_card",
    "list_readers",
    "load_anchors",
    "load_revocation_list",
    "make_demo_chain",
    "pack_templates",
    "read_card",
    "session",
    "sign_revocation_list",
    "to_qr_text",
    "unpack_templates",
    "verify",
    "verify_card",
]
