"""The plain green or red verdict for a card, with the holder and entitlements when valid
(and the holder alone when a signed card is refused: revoked, expired, copied)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cardio import NEVER_DELIVERED
from station.i18n import current_language
from station.model.locations import Gazetteer
from station.model.ui_cards import (
    SEALED_DAMAGED,
    SEALED_NO_KEY,
    SEALED_OTHER_KEY,
    SIGNED_BEFORE_SIGNER_REVOKED,
    CardOutcome,
    entitlement_views,
)
from station.views.formats import short_date
from station.views.places import demo_gazetteer


def never_delivered(outcome: CardOutcome) -> bool:
    """A card of a revoked station dated before the revocation, but not among the cards
    the centre had received from that station (``cardio.NEVER_DELIVERED``)."""
    return NEVER_DELIVERED in getattr(outcome.claims, "warnings", ())


GREEN = "background: #2e7d32; color: white; font-size: 22pt; font-weight: 600; padding: 16px;"
RED = "background: #c62828; color: white; font-size: 22pt; font-weight: 600; padding: 16px;"
NEUTRAL = "background: #eceff1; color: #37474f; font-size: 18pt; padding: 16px;"


class CardOutcomeView(QWidget):
    """Shows one :class:`CardOutcome`; :meth:`waiting` resets it for the next person."""

    def __init__(self, waiting_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waiting_text = waiting_text
        self.places: Gazetteer | None = None  # names the holder's village (demo list if None)
        layout = QVBoxLayout(self)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.person = QLabel()
        self.person.setObjectName("holder")
        self.person.setWordWrap(True)
        self.person.setStyleSheet("font-size: 14pt;")
        self.entitlements = QListWidget()
        self.entitlements.setObjectName("entitlements")
        self.entitlements.setMaximumHeight(150)
        self.entitlements.setStyleSheet("font-size: 13pt;")  # what the desk acts on
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        for w in (self.verdict, self.person, self.entitlements, self.warnings):
            layout.addWidget(w)
        self.waiting()

    def _reasons(self) -> dict[str, str]:
        """Why a card is refused, in the interface language (keys: ui_cards.REASON_TEXT)."""
        return {
            "malformed": self.tr("The card's data is damaged or not a social protection "
                                 "credential."),
            "unknown_issuer": self.tr("The card was not issued by a recognised office."),
            "expired_issuer": self.tr("The issuing office's certificate has expired."),
            "bad_signature": self.tr("The issuer's signature does not match: the data was "
                                     "changed."),
            "revoked": self.tr("The card has been revoked."),
            "signer_revoked": self.tr("The card was signed after its issuing station was "
                                      "revoked (stolen or withdrawn)."),
            "not_yet_valid": self.tr("The card is not valid yet."),
            "expired_card": self.tr("The card has expired."),
            "template_mismatch": self.tr("The fingerprints on the card were altered."),
            "clone_suspected": self.tr("The card could not prove it is the original "
                                       "(possible copy)."),
            "bad_revocation_list": self.tr("The revocation list could not be checked."),
        }

    def reason_text(self, outcome: CardOutcome) -> str:
        """Why ``outcome`` was refused, in the interface language (its own English where no
        translation is listed)."""
        if outcome.reason == "signer_revoked" and never_delivered(outcome):
            # a genuine card never delivered and a backdated one look the same: neither is
            # known to be signed after the revocation
            return self.tr("The card is dated before its issuing station was revoked, but "
                           "that station never delivered it to the central registry: it "
                           "cannot be told from a card made with the station's stolen key. "
                           "The holder gets a new card at the office.")
        return self._reasons().get(outcome.reason, outcome.message)

    def _warnings(self) -> dict[str, str]:
        """The card layer's warnings on a valid card (``cardio.verify``'s English), in the
        interface language; one not listed keeps its English."""
        return {
            "the revocation list is out of date": self.tr("the revocation list is out of date"),
            "no card was challenged (printed or copied credential)": self.tr(
                "no card was challenged (printed or copied credential)"),
            SEALED_NO_KEY: self.tr("the card's fingerprints are sealed and this desk holds no "
                                   "template key: the finger check is not available here"),
            SEALED_OTHER_KEY: self.tr("the card's fingerprints are sealed for another "
                                      "programme's template key: the finger check is not "
                                      "available here"),
            SEALED_DAMAGED: self.tr("the card's sealed fingerprints do not open: the finger "
                                    "check is not available here"),
        }

    def _dated_warning(self, warning: str) -> str:
        """A warning whose English carries dates (``cardio.verify``'s card signed before its
        signer was revoked), in the interface language without them; others as they are."""
        if SIGNED_BEFORE_SIGNER_REVOKED in warning:
            return self.tr("signed before its issuing station was revoked: still valid")
        return warning

    def waiting(self, text: str | None = None) -> None:
        self.verdict.setText(text or self.waiting_text)
        self.verdict.setStyleSheet(NEUTRAL)
        self.person.clear()
        self.person.setVisible(False)  # empty rows would leave a gap under the verdict
        self.entitlements.clear()
        self.entitlements.setVisible(False)
        self.warnings.clear()
        self.warnings.setVisible(False)

    def failed(self, message: str) -> None:
        """A read error (no reader, card pulled out): red, with the sentence."""
        self.waiting()
        self.verdict.setText(message)
        self.verdict.setStyleSheet(RED)

    def _holder_line(self, claims: Any, *, valid: bool = True, expired: bool = False) -> str:
        """Who holds the card; for a refused card, its serial without a validity date (an
        expired one says since when: the holder renews it)."""
        holder = claims.holder
        sex = {1: self.tr("male"), 2: self.tr("female")}.get(holder.sex, self.tr("not stated"))
        places = self.places or demo_gazetteer()
        village = places.name(holder.address_code) if holder.address_code else "—"
        text = (self.tr("ID %1 · %2 · born %3 · lives in %6\nCard %4, valid until %5") if valid
                else self.tr("ID %1 · %2 · born %3 · lives in %6\nCard %4, expired on %5")
                if expired else self.tr("ID %1 · %2 · born %3 · lives in %6\nCard %4"))
        return (text.replace("%1", holder.id_number)
                .replace("%2", sex).replace("%3", short_date(holder.date_of_birth))
                .replace("%4", claims.card_serial)
                .replace("%5", short_date(claims.expires_at.date()))
                .replace("%6", village))

    def show_outcome(self, outcome: CardOutcome, today: dt.date) -> None:
        self.waiting()
        claims = outcome.claims
        if not outcome.ok:
            reason = self.reason_text(outcome)
            self.verdict.setText(self.tr("NOT VALID — %1").replace("%1", reason))
            self.verdict.setStyleSheet(RED)
            if claims is not None:  # signed data, card refused: say whose it is, no programmes
                h = claims.holder
                self.person.setText(self.tr("This card is in the name of %1 %2.")
                                    .replace("%1", h.given_name).replace("%2", h.family_name)
                                    + "\n" + self._holder_line(
                                        claims, valid=False,
                                        expired=outcome.reason == "expired_card"))
                self.person.setVisible(True)
            return
        holder = claims.holder
        self.verdict.setText(self.tr("VALID CARD — %1 %2").replace("%1", holder.given_name)
                             .replace("%2", holder.family_name))
        self.verdict.setStyleSheet(GREEN)
        self.person.setText(self._holder_line(claims))
        self.person.setVisible(True)
        self.entitlements.setVisible(True)
        for e in entitlement_views(claims, today, current_language()):
            if e.state == "covered":
                text = self.tr("%1: covered today, until %2").replace(
                    "%2", short_date(e.valid_until))
            elif e.state == "not_yet":
                text = self.tr("%1: not yet, from %2").replace("%2", short_date(e.valid_from))
            else:
                text = self.tr("%1: ended on %2").replace("%2", short_date(e.valid_until))
            item = QListWidgetItem(text.replace("%1", e.name))
            item.setToolTip(e.code)
            item.setForeground(QBrush(QColor("#1b5e20" if e.state == "covered" else "#616161")))
            self.entitlements.addItem(item)
        if not claims.entitlements:
            self.entitlements.addItem(self.tr("No programme on this card"))
        if outcome.warnings:
            said = self._warnings()
            self.warnings.setText(self.tr("Note: %1").replace(
                "%1", "; ".join(said.get(w, self._dated_warning(w)) for w in outcome.warnings)))
            self.warnings.setVisible(True)
