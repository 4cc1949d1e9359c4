"""Mends after the sixth day's review: what support meets resolving a registry migration
mem01 stopped at, asserted as they see it."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from station.model.station import Station


def test_a_pair_whose_resolution_ends_after_today_is_resolved_by_the_named_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Migration mem01 names, per pair, the end-membership that resolves it. For two
    memberships from one day, one open and one with a term that runs on (a pension until
    next year), or two open ones where the later starts after tomorrow, that end is after
    today, and the named command refused it ("the end date ... is after today"): the station
    could not be opened again. Ending the extra one of a pair on the day its twin ends (or
    the day before the other starts) is now taken, for reason recorded_twice only."""
    from station.config import load_settings
    from station.registry.migrate import current_revision, head_revision
    from station.registry.models import Programme, ProgrammeMembership
    from tests._cli import sws
    from tests.station.helpers import ExactGallery, init_home
    from tests.station.test_fifth_day_ops import _before_mem01

    init_home(monkeypatch, tmp_path / "station")
    day = date.today() - timedelta(days=30)
    term_end = date.today() + timedelta(days=300)
    later = date.today() + timedelta(days=20)
    registry = Station(load_settings(), gallery_factory=ExactGallery)
    with _before_mem01(registry, "OLD_AGE_PENSION") as session:
        session.add(Programme(code="HEALTH", name="Health"))
        for mid, programme, start, end in (
                ("m-1", "HEALTH", day, None),
                ("m-2", "HEALTH", day, term_end),
                ("m-3", "OLD_AGE_PENSION", day, None),
                ("m-4", "OLD_AGE_PENSION", later, None)):
            session.add(ProgrammeMembership(id=mid, person_id="p-1", programme_code=programme,
                                            start_date=start, end_date=end))
    registry.close()
    code, _, err = sws(capsys, "household", "show", "hh-1")
    assert code == 5
    commands = [part.split("`")[0] for part in err.split("`sws ")[1:]]
    assert commands == [
        f"household end-membership m-1 --reason recorded_twice --on {term_end.isoformat()}",
        f"household end-membership m-3 --reason recorded_twice --on "
        f"{(later - timedelta(days=1)).isoformat()}"]
    # any other reason, or another day after today, is still refused
    code, _, err = sws(capsys, "household", "end-membership", "m-1", "--reason", "moved",
                       "--on", term_end.isoformat())
    assert code == 4 and "is after today" in err
    code, _, err = sws(capsys, "household", "end-membership", "m-1", "--reason",
                       "recorded_twice", "--on", (term_end - timedelta(days=1)).isoformat())
    assert code == 4 and "is after today" in err
    for command in commands:
        code, _, err = sws(capsys, *command.split())
        assert code == 0, err
    code, out, err = sws(capsys, "household", "show", "hh-1", "--json")
    assert code == 0, err
    held = {(m["membership_id"], m["start_date"], m["end_date"])
            for m in json.loads(out)["memberships"]}
    assert held == {("m-1", day.isoformat(), term_end.isoformat()),  # m-2, its copy, merged
                    ("m-3", day.isoformat(), (later - timedelta(days=1)).isoformat()),
                    ("m-4", later.isoformat(), None)}
    registry = Station(load_settings(), gallery_factory=ExactGallery)
    assert current_revision(registry.engine) == head_revision()
    registry.close()


def test_three_memberships_of_one_programme_are_resolved_by_the_named_commands(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Three open memberships of one programme are three pairs: mem01 named one end per
    pair, two of them for the earliest membership (the day before the second starts, then
    the day before the third), and the second command was refused ("already ends ...:
    nothing changed") as support ran them in order. Each membership is now named once, with
    the earliest of its ends, and every named command is taken."""
    from station.config import load_settings
    from station.registry.migrate import current_revision, head_revision
    from station.registry.models import ProgrammeMembership
    from tests._cli import sws
    from tests.station.helpers import ExactGallery, init_home
    from tests.station.test_fifth_day_ops import _before_mem01

    init_home(monkeypatch, tmp_path / "station")
    day = date.today() - timedelta(days=30)
    registry = Station(load_settings(), gallery_factory=ExactGallery)
    with _before_mem01(registry, "OLD_AGE_PENSION") as session:
        for n, start in enumerate((day, day + timedelta(days=3), day + timedelta(days=9))):
            session.add(ProgrammeMembership(id=f"m-{n + 1}", person_id="p-1",
                                            programme_code="OLD_AGE_PENSION",
                                            start_date=start, end_date=None))
    registry.close()
    code, _, err = sws(capsys, "household", "show", "hh-1")
    assert code == 5
    assert "holds 3 pairs of programme memberships" in err
    commands = [part.split("`")[0] for part in err.split("`sws ")[1:]]
    assert commands == [
        f"household end-membership m-1 --reason recorded_twice --on "
        f"{(day + timedelta(days=2)).isoformat()}",
        f"household end-membership m-2 --reason recorded_twice --on "
        f"{(day + timedelta(days=8)).isoformat()}"]
    for command in commands:
        code, _, err = sws(capsys, *command.split())
        assert code == 0, err
    registry = Station(load_settings(), gallery_factory=ExactGallery)
    assert current_revision(registry.engine) == head_revision()
    registry.close()


def test_a_hospital_visit_at_dawn_lists_the_programmes_of_the_offices_day(
        tmp_path: Path) -> None:
    """`sws card visit` at 06:30 in Phnom Penh recorded the card's programmes as of UTC's
    date (yesterday): a programme that started today was left out of the visit, one that
    ended yesterday was in it, while the desk showed the card as of today. The visit now
    takes the office's date, as the desk does."""
    import datetime as dt

    import cbor2
    import sqlalchemy as sa

    import cardio
    from cardio.credential import Claims
    from station.config import load_settings
    from station.model.setup import initialise
    from station.model.ui_cards import CardOutcome, record_visit
    from station.registry.base import OUTBOX
    from tests.station.helpers import PASSWORD, ExactGallery

    dawn = dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC)  # 06:30 on the 23rd there
    station = Station(load_settings({"SWS_HOME": str(tmp_path),
                                     "SWS_TIME_ZONE": "Asia/Phnom_Penh"}),
                      gallery_factory=ExactGallery)
    initialise(station, username="super", full_name="Sok Supervisor", password=PASSWORD,
               now=dawn)
    try:
        claims = Claims(
            holder=cardio.Holder("KH-1", "Dara", "Sok", 2, date(1990, 4, 12), "12040103"),
            entitlements=(cardio.Entitlement("HEALTH", date(2026, 11, 23), date(2030, 1, 1)),
                          cardio.Entitlement("PUBLIC_WORKS", date(2026, 1, 1),
                                             date(2026, 11, 22))),
            issuer="CN=office", card_serial="SWS-1", issued_at=dawn - timedelta(days=1),
            expires_at=dawn + timedelta(days=365), template_digest=b"\0" * 32,
            card_public_key=b"\4" + b"\0" * 64)
        record_visit(station, CardOutcome(ok=True, source="reader", message="valid",
                                          claims=claims),
                     facility="Provincial hospital", operator=None, now=dawn)
        with station.reading() as session:
            payload = cbor2.loads(session.execute(sa.select(OUTBOX.c.payload).where(
                OUTBOX.c.kind == "service_use")).scalar_one())
        assert payload["entitlements"] == ["HEALTH"]
    finally:
        station.close()
