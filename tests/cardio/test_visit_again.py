"""`sws card visit` asks for a same-day second visit as the hospital desk's window does: a
card already used today at this station is refused with one line naming when and by whom,
unless `--again` says the second visit is meant (a re-admission); nothing is recorded when
refused. Before, the command line recorded it silently while the window asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests._cli import sws
from tests.cardio.test_cli_card import PERSON, SAMPLE, _home


def _visits(tmp_path: Path) -> int:
    from station.model.station import Station
    from station.registry.base import OUTBOX

    station = Station(migrate=False)
    try:
        with station.transaction() as session:
            return int(session.execute(sa.select(sa.func.count()).select_from(OUTBOX)
                                       .where(OUTBOX.c.kind == "service_use")).scalar_one())
    finally:
        station.close()


def test_a_second_visit_the_same_day_needs_again(
        virtual_cards, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _home(tmp_path, monkeypatch, capsys)
    code, out, err = sws(capsys, "enrol", *PERSON, "--new-household", "--json",
                         "--finger", f"right-index={SAMPLE / '101_1.png'}")
    assert code == 0, err
    card = virtual_cards.start()
    assert sws(capsys, "card", "issue", json.loads(out)["person_id"],
               "--reader", card.reader)[0] == 0
    visit = ["card", "visit", "--reader", card.reader, "--facility", "Provincial hospital"]
    code, out, err = sws(capsys, *visit)
    assert code == 0, err
    assert _visits(tmp_path) == 1

    code, out, err = sws(capsys, *visit)
    assert code == 4
    assert len(err.strip().splitlines()) == 1, err
    assert "was already used today at" in err and "--again" in err, err
    assert _visits(tmp_path) == 1  # nothing recorded

    code, out, err = sws(capsys, *visit, "--again", "--json")
    assert code == 0, err
    assert json.loads(out)["visit_id"]
    assert _visits(tmp_path) == 2
    assert _repeats() == [None, True]  # the confirmed second visit says so


def _repeats() -> list[object]:
    from station.model.station import Station
    from station.registry.models import AuditEvent

    station = Station(migrate=False)
    try:
        with station.reading() as session:
            return [json.loads(d).get("repeat_same_day") for d in session.scalars(
                sa.select(AuditEvent.details).where(AuditEvent.action == "service.use")
                .order_by(AuditEvent.seq))]
    finally:
        station.close()
