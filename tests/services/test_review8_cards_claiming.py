"""A card written before a membership was withdrawn or ended still claims it: the card is
the hospital's only source (it checks offline), so the desk must say which card to issue
again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

import cardio
from cardio.credential import Claims, sign_credential
from station.model.cards import record_issued
from station.model.operators import OperatorInfo, login
from station.model.station import Station
from station.model.ui_cards import entitlement_views
from station.model.ui_demo import demo_pki
from station.services import memberships
from tests.services.conftest import NOW, PASSWORD, TODAY, Family
from tests.services.test_cli_counter import LOGIN, home, open_home, run
from tests.services.test_eighth_day_ops import _begins_later, pension_confirmed
from tests.services.test_sixth_day_ops import _pension

DAY = dt.timedelta(days=1)

__all__ = ["home"]  # the fixture, shared with the counter's command-line tests


def _card(station: Station, person_id: str, serial: str,
          claimed: tuple[tuple[str, dt.date, dt.date], ...], by: OperatorInfo) -> Claims:
    """A card recorded as issued (replacing the person's card before it) whose credential
    claims each (programme, first day, last day) of ``claimed``, signed as `sws card issue`
    signs it."""
    pki = demo_pki(NOW)
    point = ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        Encoding.X962, PublicFormat.UncompressedPoint)
    holder = cardio.Holder(person_id, "Sok", "Chan", 1, dt.date(1959, 3, 1), "12010203")
    claims = Claims(holder=holder,
                    entitlements=tuple(cardio.Entitlement(*c) for c in claimed),
                    issuer=pki.signer_cert.subject.rfc4514_string(), card_serial=serial,
                    issued_at=NOW - DAY, expires_at=NOW + 5 * 365 * DAY,
                    template_digest=bytes(32), card_public_key=point)
    record_issued(station, person_id=person_id, serial=serial,
                  credential=sign_credential(claims, pki), by=by, now=NOW - DAY)
    return claims


def test_a_withdrawal_names_the_card_that_still_claims_the_programme(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """The grandfather's card, written when his pension was confirmed, claims it from the
    day it was to begin: the hospital reads "not yet", then "covered" from that day, for a
    membership that never ran. The withdrawal now names that card, to issue again; a card
    of another programme, or of someone else, is not named."""
    pension = _pension(station, family, clerk)
    start = TODAY + 10 * DAY
    _begins_later(station, pension, start)
    claims = _card(station, family.grandfather, "0C01", (
        ("HEALTH_SUBSIDY", TODAY, TODAY + 365 * DAY),
        ("OLD_AGE_PENSION", start, start + 5 * 365 * DAY)), clerk)
    done = memberships.withdraw_membership(station, pension, reason="moved", operator=clerk,
                                           now=NOW)
    # what the hospital would say on the day it was to begin, from the card alone
    assert [v.state for v in entitlement_views(claims, start)] == ["covered", "covered"]
    assert done.cards_claiming == ("0C01",)


def test_a_card_that_does_not_claim_the_programme_is_not_named(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """A card written before the pension was confirmed does not claim it: nothing to do."""
    pension = _pension(station, family, clerk)
    _begins_later(station, pension, TODAY + 10 * DAY)
    _card(station, family.grandfather, "0C02", (("HEALTH_SUBSIDY", TODAY, TODAY + 365 * DAY),),
          clerk)
    done = memberships.withdraw_membership(station, pension, reason="moved", operator=clerk,
                                           now=NOW)
    assert done.cards_claiming == ()


@pytest.mark.parametrize(("card_until", "named"), [(TODAY + 5 * 365 * DAY, ("0C03",)),
                                                   (TODAY, ())])
def test_an_end_names_the_card_that_claims_the_programme_past_its_last_day(
        station: Station, family: Family, clerk: OperatorInfo, card_until: dt.date,
        named: tuple[str, ...]) -> None:
    """An end too: a card claiming the pension for five more years is named; one whose
    entitlement stops by the last day is not."""
    pension = _pension(station, family, clerk)
    _card(station, family.grandfather, "0C03", (("OLD_AGE_PENSION", TODAY, card_until),),
          clerk)
    ended = memberships.end_membership(station, pension, reason="moved", end_date=TODAY,
                                       operator=clerk, now=NOW)
    assert ended.cards_claiming == named


@pytest.mark.parametrize("credential", [b"x", b""])
def test_a_card_whose_credential_does_not_read_is_not_named(
        station: Station, family: Family, clerk: OperatorInfo, credential: bytes) -> None:
    """A stored credential that does not read names nothing and stops nothing."""
    pension = _pension(station, family, clerk)
    _begins_later(station, pension, TODAY + 3 * DAY)
    record_issued(station, person_id=family.grandfather, serial="0C04",
                  credential=credential, by=clerk, now=NOW - DAY)
    done = memberships.withdraw_membership(station, pension, reason="moved", operator=clerk,
                                           now=NOW)
    assert done.cards_claiming == ()


def test_sws_household_withdraw_membership_says_which_card_to_issue_again(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws household withdraw-membership` says the card still claiming the programme in
    a line of its own (and ``cards_claiming`` in --json)."""
    mid = pension_confirmed(home, capsys)
    registry = open_home(home)
    start = TODAY + 3 * DAY
    _begins_later(registry, mid, start)
    clerk1 = login(registry, "clerk1", PASSWORD, now=NOW)
    _card(registry, "p-grandfather", "0C05", (("OLD_AGE_PENSION", start, start + DAY),),
          clerk1)
    registry.close()
    assert run(["household", "withdraw-membership", mid, "--reason", "moved", *LOGIN]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "card 0C05 still claims OLD_AGE_PENSION: issue a new card (sws card issue)"]
