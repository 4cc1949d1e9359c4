"""Errors of the card layer: one base, :class:`CardError`, carrying the status word.

The station turns any of these into one plain sentence for the clerk (``str(error)``);
the data each subclass carries (status word, tries left, reason) is for programs.
"""

from __future__ import annotations

from enum import StrEnum


class CardError(Exception):
    """Base of every card failure. ``sw`` is the ISO/IEC 7816-4 status word, if a card gave one."""

    def __init__(self, message: str, sw: int | None = None) -> None:
        super().__init__(message)
        self.sw = sw


# --- reader and link -------------------------------------------------------------------------
class ReaderError(CardError):
    """No PC/SC service, no such reader, or the link to the reader failed."""


class NoCardError(ReaderError):
    """The reader is empty, or the card was taken out during the exchange."""


class MalformedResponseError(CardError):
    """The card answered something that is not a valid response APDU (too short, too long)."""


# --- status words (mapped by the table in apdu.py) ---------------------------------------------
class StatusWordError(CardError):
    """The card refused a command; ``sw`` says why."""


class WrongLengthError(StatusWordError):
    """6700 / 6Cxx: the length field was wrong."""


class SecurityStatusError(StatusWordError):
    """6982: the command needs the issuer PIN first."""


class PinError(StatusWordError):
    """63Cx: wrong PIN; ``tries_left`` more attempts before lockout."""

    def __init__(self, message: str, sw: int | None = None, tries_left: int = 0) -> None:
        super().__init__(message, sw)
        self.tries_left = tries_left


class PinBlockedError(StatusWordError):
    """6983: the PIN retry counter is exhausted; writes are locked for good."""


class ConditionsError(StatusWordError):
    """6985: the card's state does not allow the command (e.g. COMMIT without a transaction)."""


class WrongDataError(StatusWordError):
    """6A80: the data field was rejected (e.g. COMMIT digest does not match staged files)."""


class FileNotFoundOnCardError(StatusWordError):
    """6A82: no such file or application on the card."""


class WrongParametersError(StatusWordError):
    """6A86 / 6B00 / 6A87: P1-P2 or Lc out of range (e.g. an offset beyond the file)."""


class NotSupportedError(StatusWordError):
    """6D00 / 6E00: instruction or class not supported by this card."""


class CardMemoryError(StatusWordError):
    """6581 / 6A84: the card could not store the data (memory failure, file full)."""


# --- profile state --------------------------------------------------------------------------------
class CardStateError(CardError):
    """The card's content is not usable as it stands (blank, or a write never committed)."""


class IncompleteCardError(CardStateError):
    """A personalisation was started and never committed: the card was pulled mid-write.

    Nothing half-written is ever read; re-issue the card to recover it.
    """


class BlankCardError(CardStateError):
    """The card has never been issued."""


# --- credentials -------------------------------------------------------------------------------
class Reason(StrEnum):
    """Why a credential was refused (stable values, printed by ``sws card verify``)."""

    MALFORMED = "malformed credential"
    BAD_SIGNATURE = "bad signature"
    UNKNOWN_ISSUER = "unknown issuer"
    EXPIRED_ISSUER = "expired issuer"
    NOT_YET_VALID = "card not yet valid"
    EXPIRED_CARD = "expired card"
    REVOKED = "revoked"
    #: signed by a card-signer certificate the centre revoked (a stolen station), after
    #: the revocation: cards that signer made before stay valid (with a warning)
    SIGNER_REVOKED = "signer revoked"
    TEMPLATE_MISMATCH = "template digest mismatch"
    CLONE_SUSPECTED = "clone suspected"
    BAD_REVOCATION_LIST = "revocation list not trusted"


class CredentialError(CardError):
    """Base of credential-level failures (encoding, signing inputs)."""


class InvalidCredential(CredentialError):
    """The credential must not be accepted: ``reason`` (a :class:`Reason`) and ``detail``.

    ``claims`` (a :class:`cardio.credential.Claims`) is set when the issuer's signature
    verified before the card was refused (revoked, expired, not yet valid, altered templates,
    a copied card): the holder's data is then authentic, so a desk can say whose card it is
    and send the person to the office, while still refusing it. ``None`` otherwise.
    """

    def __init__(self, reason: Reason, detail: str = "", *, claims: object | None = None) -> None:
        text = reason.value if not detail else f"{reason.value}: {detail}"
        super().__init__(text)
        self.reason = reason
        self.detail = detail
        self.claims = claims


class EncodingError(CredentialError):
    """Bytes that should be base45, zlib or CBOR are not."""


class PkiError(CardError):
    """A key, certificate or chain file is unusable."""


class SigningCertificateError(PkiError):
    """The card-signing chain cannot vouch for a new card: not valid now, or ending too soon
    for a card to be worth issuing (``ends``: the chain's end, aware UTC)."""

    def __init__(self, message: str, ends: object = None) -> None:
        super().__init__(message)
        self.ends = ends


class TemplatesLocked(CardError):
    """The card's fingerprint templates are sealed and this desk cannot open them: it holds
    no template key, or another programme's (``kid``, the key id the card names)."""

    def __init__(self, message: str, *, kid: bytes = b"") -> None:
        super().__init__(message)
        self.kid = kid
