"""Cards to replace: a card in use that no longer says what the registry says stays on the
supervisor's list (the hospital reads the card alone) until a new card replaces it: a
programme ended since (still "covered"), one joined since (turned away), a corrected name or
village, an expired card, a credential that does not read. A right card, a replaced or
revoked one, a dead person's and one recorded without a credential are not listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import cardio
from station.model.cards import record_issued
from station.model.corrections import correct_person
from station.model.operators import OperatorInfo, login
from station.model.persons import get_person
from station.model.station import Station
from station.model.ui_cards import holder_for
from station.model.ui_demo import demo_credential, demo_pki
from station.services import memberships
from station.services.card_review import cards_to_replace
from tests.services.conftest import NOW, PASSWORD, TODAY, Family, make_family
from tests.services.test_cli_counter import LOGIN, home, open_home, run, run_json
from tests.services.test_sixth_day_ops import _pension

DAY = dt.timedelta(days=1)
FIVE_YEARS = TODAY.replace(year=TODAY.year + 5)

__all__ = ["home"]  # the fixture, shared with the counter's command-line tests


def _card(station: Station, person_id: str, serial: str,
          claimed: tuple[tuple[str, dt.date, dt.date], ...], by: OperatorInfo, *,
          expires: dt.datetime = NOW + 5 * 365 * DAY) -> None:
    """A card recorded as issued (replacing the person's card before it) for the person as
    the registry holds them now, claiming each (programme, first day, last day), signed as
    `sws card issue` signs it."""
    credential = demo_credential(demo_pki(NOW), holder_for(get_person(station, person_id)),
                                 [cardio.Entitlement(*c) for c in claimed], serial=serial,
                                 issued_at=NOW - DAY, expires_at=expires)
    record_issued(station, person_id=person_id, serial=serial, credential=credential, by=by,
                  now=NOW - DAY)


def _listed(station: Station, today: dt.date = TODAY) -> dict[str, tuple[str, ...]]:
    return {r.serial: r.reasons for r in cards_to_replace(station, today)}


def test_a_right_card_is_not_listed_and_an_ended_programme_lists_it(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    pension = _pension(station, family, clerk)  # open-ended from TODAY
    _card(station, family.grandfather, "0C11", (("OLD_AGE_PENSION", TODAY, FIVE_YEARS),),
          clerk)
    assert cards_to_replace(station, TODAY) == []  # says what the registry says
    memberships.end_membership(station, pension, reason="moved", end_date=TODAY,
                               operator=clerk, now=NOW)
    [row] = cards_to_replace(station, TODAY)  # from tomorrow on it claims what none covers
    assert (row.serial, row.person_id, row.reasons, row.claims) == (
        "0C11", family.grandfather, ("claims",), ("OLD_AGE_PENSION",))


def test_a_programme_joined_after_the_card_was_written_lists_it(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    _card(station, family.grandfather, "0C12", (), clerk)  # written before the pension
    assert _listed(station) == {}
    _pension(station, family, clerk)
    [row] = cards_to_replace(station, TODAY)
    assert row.reasons == ("lacks",) and row.lacks == ("OLD_AGE_PENSION",)


def test_corrected_details_an_expired_card_and_an_unreadable_one_are_listed(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    _card(station, family.grandfather, "0C13", (), clerk)
    _card(station, family.mother, "0C14", (), clerk, expires=NOW + 30 * DAY)
    record_issued(station, person_id=family.girl, serial="0C15", credential=b"not cose",
                  by=clerk, now=NOW)
    correct_person(station, family.grandfather, {"latin_name": "Sok Chann"},
                   reason="birth certificate 7/1959", operator=supervisor, now=NOW)
    rows = {r.serial: r for r in cards_to_replace(station, TODAY + 31 * DAY)}
    assert {s: r.reasons for s, r in rows.items()} == {
        "0C13": ("details",), "0C14": ("expired",), "0C15": ("unreadable",)}
    assert rows["0C13"].fields == ("latin_name",)
    assert rows["0C14"].expires_on == (NOW + 30 * DAY).date()


def test_replaced_revoked_and_dead_peoples_cards_are_not_listed(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    from station.model.cards import set_status
    from station.model.deaths import record_death

    for person, serial in ((family.grandfather, "0C16"), (family.mother, "0C17"),
                           (family.girl, "0C18")):
        record_issued(station, person_id=person, serial=serial, credential=b"not cose",
                      by=clerk, now=NOW)
    assert set(_listed(station)) == {"0C16", "0C17", "0C18"}
    _card(station, family.grandfather, "0C19", (), clerk)  # replaces 0C16, and is right
    set_status(station, "0C17", "revoked", reason="reported stolen", by=supervisor, now=NOW)
    record_death(station, family.girl, died_on=TODAY, source="certificate 1/2026",
                 by=supervisor, now=NOW)
    # recorded without a credential (as the demo commune's cards): nothing to compare
    record_issued(station, person_id=family.mother, serial="0C20", credential=b"", by=clerk,
                  now=NOW)
    assert _listed(station) == {}


@pytest.mark.postgres
def test_the_list_reads_the_same_on_postgresql(any_station: Station) -> None:
    family = make_family(any_station)
    supervisor = login(any_station, "super", PASSWORD, now=NOW)
    _card(any_station, family.mother, "0C21", (("HEALTH_SUBSIDY", TODAY, FIVE_YEARS),),
          supervisor)
    _card(any_station, family.girl, "0C22", (), supervisor)
    [row] = cards_to_replace(any_station, TODAY)
    assert (row.serial, row.reasons, row.claims) == ("0C21", ("claims",), ("HEALTH_SUBSIDY",))


def test_sws_card_to_replace(home: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    import station.cli.card

    monkeypatch.setattr(station.cli.card, "now_utc", lambda: NOW)
    assert run(["card", "to-replace", *LOGIN]) == 0
    assert "no card to replace" in capsys.readouterr().out
    registry = open_home(home)
    try:
        _card(registry, "p-mother", "0C31", (("HEALTH_SUBSIDY", TODAY, FIVE_YEARS),),
              login(registry, "clerk1", PASSWORD, now=NOW))
    finally:
        registry.close()
    assert run(["card", "to-replace", *LOGIN]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "1 card(s) to replace"
    assert ("0C31" in out and "claims HEALTH_SUBSIDY on days no membership covers" in out
            and "issue a new card: sws card issue p-mother" in out), out
    [row] = run_json(["card", "to-replace", *LOGIN], capsys)["cards"]
    assert (row["serial"], row["reasons"], row["claims"]) == ("0C31", ["claims"],
                                                               ["HEALTH_SUBSIDY"])
    assert run(["card", "to-replace", "--operator", "super", "--password", PASSWORD]) == 0
