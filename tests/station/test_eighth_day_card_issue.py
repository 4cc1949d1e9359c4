"""`sws card issue` itself (not only the model function it calls) dates an open-ended
membership's entitlement from the office's date: through pcscd and a virtual card."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import station.cli._common as common
import station.cli.card as card_cli
from tests._cli import sws

pytestmark = [pytest.mark.card]
SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "fingerprints" / "sample"
PASSWORD = "longenough-pass1"
PERSON = ["--local-name", "សុខ ដារា", "--latin-name", "Sok Dara", "--sex", "F",
          "--born", "1990-04-12", "--province", "12", "--district", "1204",
          "--commune", "120401", "--village", "12040103", "--new-household",
          "--consent", "self"]


def _next_dawn_in_phnom_penh() -> dt.datetime:
    """The next 23:30 UTC (06:30 the next day in Phnom Penh, where UTC's date is still the
    day before): after the demo certificates `sws init` makes now, so the card can be signed."""
    now = dt.datetime.now(dt.UTC)
    dawn = now.replace(hour=23, minute=30, second=0, microsecond=0)
    return dawn if dawn > now + dt.timedelta(minutes=5) else dawn + dt.timedelta(days=1)


def test_sws_card_issue_runs_open_ended_entitlements_from_the_offices_date(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        virtual_cards) -> None:  # type: ignore[no-untyped-def]
    """The seventh day's test called ``card_entitlements`` only: a command that computed
    its own dates (or passed UTC's) would still have passed. `sws card issue` at 06:30 in
    Phnom Penh now writes an open-ended membership as running five years from the office's
    date, and the card read back through the reader says so."""
    from station.config import load_settings
    from station.model.station import Station
    from station.registry.models import ProgrammeMembership
    from station.services.catalogue import load_catalogue
    from station.services.memberships import sync_catalogue

    monkeypatch.setenv("SWS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SWS_TIME_ZONE", "Asia/Phnom_Penh")
    monkeypatch.delenv("SWS_DATABASE_URL", raising=False)
    monkeypatch.delenv("SWS_KEY_FILE", raising=False)
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    assert sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0
    code, out, err = sws(capsys, "enrol", *PERSON, "--json",
                         "--finger", f"right-index={SAMPLE / '101_1.png'}",
                         "--finger", f"left-index={SAMPLE / '102_1.png'}")
    assert code == 0, err
    person = str(json.loads(out)["person_id"])
    dawn = _next_dawn_in_phnom_penh()
    office_day = dawn.date() + dt.timedelta(days=1)
    registry = Station(load_settings())
    try:
        with registry.transaction() as session:
            sync_catalogue(session, load_catalogue())
            session.add(ProgrammeMembership(id="m-health", person_id=person,
                                            programme_code="HEALTH_SUBSIDY",
                                            start_date=office_day, end_date=None))
    finally:
        registry.close()
    for module in (common, card_cli):
        monkeypatch.setattr(module, "now_utc", lambda: dawn)
    card = virtual_cards.start()
    code, out, err = sws(capsys, "card", "issue", person, "--reader", card.reader, "--json")
    assert code == 0, err
    code, out, err = sws(capsys, "card", "verify", "--reader", card.reader, "--json")
    assert code == 0, err
    (health,) = [e for e in json.loads(out)["entitlements"]
                 if e["programme"] == "HEALTH_SUBSIDY"]
    assert (health["valid_from"], health["valid_until"]) == (
        office_day.isoformat(), office_day.replace(year=office_day.year + 5).isoformat())
