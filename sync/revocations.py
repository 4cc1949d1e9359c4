"""The national revocation list as a station last pulled it, kept in one JSON file.

The centre lists every card revoked or reported lost at any station (``GET /v1/revocations``,
numbered positions) and every revoked station, with the card-signer certificates it knows
that station by (``signers``: cards they sign after the station's ``revoked_at`` are refused
by the station's card checks, :mod:`station.model.trust`) and the cards it delivered before
(``delivered_cards``: the signers' other cards are refused too, whatever their date). A
station keeps what it pulled so that the next pull asks only for what came after (``since``,
CouchDB-style checkpoint), and so that its card checks can refuse a card revoked at
*another* station (``cards``). The file is written whole or not at all (temporary file,
fsync, rename): a crash leaves the previous list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cardio.revocation import TAG_BYTES
from sync._files import replace_text
from sync.errors import SyncError
from sync.keys import unb64

VERSION = 1
#: Where a station keeps the list, in its config folder (``sws sync`` and the GUI's worker).
FILE_NAME = "central-revocations.json"


class RevocationFileError(SyncError):
    """The stored national revocation list cannot be read or written."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


@dataclass
class NationalRevocations:
    """Cards (``card_id`` -> reason, when, which station) and stations revoked nationally,
    and ``next``: the position to pull after."""

    next: int = 0
    cards: dict[str, dict[str, Any]] = field(default_factory=dict)
    stations: dict[str, dict[str, Any]] = field(default_factory=dict)

    def merge(self, listing: dict[str, Any]) -> int:
        """Add a pulled listing (cards after ``next``; the full station list); return how
        many cards were new to this station."""
        new = 0
        for entry in listing.get("cards", []):
            if not isinstance(entry, dict) or not isinstance(entry.get("card_id"), str):
                continue
            new += entry["card_id"] not in self.cards
            self.cards[entry["card_id"]] = {"reason": entry.get("reason"),
                                            "revoked_at": entry.get("revoked_at"),
                                            "seq": entry.get("seq")}
        self.stations = {str(s["station_id"]): {"reason": s.get("reason"),
                                                "revoked_at": s.get("revoked_at"),
                                                "signers": _signers(s.get("signers")),
                                                "delivered_cards": _tags(s)}
                         for s in listing.get("stations", [])
                         if isinstance(s, dict) and s.get("station_id")}
        following = listing.get("next")
        if isinstance(following, int) and following > self.next:
            self.next = following
        return new


def _tags(station: dict[str, Any]) -> str | None:
    """The cards a revoked station delivered before its revocation (base64url of 8-byte
    tags, as the centre lists them); None when the centre does not say (an earlier
    version: the cards' own dates decide) or the field is malformed (the same)."""
    text = station.get("delivered_cards")
    return text if isinstance(text, str) and delivered_tags(station) is not None else None


def delivered_tags(station: dict[str, Any]) -> frozenset[bytes] | None:
    """The tags of a kept revoked station's delivered cards (:func:`_tags`), as a set."""
    text = station.get("delivered_cards")
    if not isinstance(text, str):
        return None
    try:
        raw = unb64(text)
    except SyncError:
        return None
    if len(raw) % TAG_BYTES:
        return None
    return frozenset(raw[i:i + TAG_BYTES] for i in range(0, len(raw), TAG_BYTES))


def _signers(listed: Any) -> list[dict[str, str]]:
    """The card-signer certificates of a revoked station (``sha256``: hex of the DER; the
    card checks refuse cards they sign after ``revoked_at``); malformed entries dropped."""
    if not isinstance(listed, list):
        return []
    out = []
    for entry in listed:
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if isinstance(digest, str) and len(digest) == 64:
            try:
                bytes.fromhex(digest)
            except ValueError:
                continue
            out.append({"sha256": digest.upper(), "subject": str(entry.get("subject") or "")})
    return out


def load(path: Path) -> NationalRevocations:
    """The stored list (an empty one when the station never pulled)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return NationalRevocations()
    except (OSError, ValueError) as error:
        raise RevocationFileError(f"the stored revocation list {path} cannot be read "
                                  f"({error}); move it away and sync again", path) from error
    ok = (isinstance(data, dict) and data.get("version") == VERSION
          and isinstance(data.get("next"), int) and isinstance(data.get("cards"), dict)
          and isinstance(data.get("stations"), dict))
    if not ok:
        raise RevocationFileError(f"the stored revocation list {path} is not one this "
                                  "program wrote; move it away and sync again", path)
    return NationalRevocations(next=data["next"], cards=data["cards"],
                               stations=data["stations"])


def save(path: Path, listing: NationalRevocations) -> None:
    """Write the list whole or not at all."""
    text = json.dumps({"version": VERSION, "next": listing.next, "cards": listing.cards,
                       "stations": listing.stations}, sort_keys=True, indent=1)
    try:
        replace_text(path, text)
    except OSError as error:
        raise RevocationFileError(f"cannot write the revocation list {path}: "
                                  f"{error.strerror or error}", path) from error
