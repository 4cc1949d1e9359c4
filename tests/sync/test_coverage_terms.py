"""National coverage counts a programme's members as the stations do: those whose membership
holds on the report's day (started, not past its end date). The real server process on a
real PostgreSQL; a station's real uploader with records shaped as the station writes them."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.outbox import enqueue
from sync.packets import encode_biometrics
from tests.sync._support import T0, fake_templates, make_station, registered_uploader, settle
from tests.sync.conftest import CentralProcess

pytestmark = pytest.mark.postgres


def test_a_membership_past_its_term_or_not_started_is_not_coverage(
    tmp_path: Path, postgres_url: str, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(postgres_url)
    station = make_station(tmp_path / "s.sqlite3", "st-terms")
    today = datetime.now(UTC).date()
    place = {"province": "12", "district": "1204", "commune": "120401"}

    def member(person: str, programme: str, start: Any, end: Any) -> None:
        facts = {"person_id": person, "programme": programme, "decision": "confirmed",
                 "membership_id": f"m-{person}-{programme}", "rules_version": "r1",
                 "reason": "eligible", "record_type": "programme_membership",
                 "action": "programme.join", "start_date": start.isoformat(),
                 "end_date": end.isoformat() if end else None}
        with station.engine.begin() as conn:
            enqueue(conn, station.table, kind="programme_registration",
                    record_id=f"m-{person}-{programme}", payload=facts,
                    sealed_biometrics=None, now=T0)

    with station.engine.begin() as conn:
        for person in ("p-1", "p-2"):
            enqueue(conn, station.table, kind="enrolment", record_id=person, now=T0,
                    payload={"person_id": person, "demographics": {"address": place}},
                    sealed_biometrics=station.at_rest.seal(encode_biometrics(
                        fake_templates(random.Random(person)))))
    year = timedelta(days=365)
    member("p-1", "HEALTH", today - year, None)  # holds
    member("p-1", "PUBLIC_WORKS", today - year, today - timedelta(days=30))  # term over
    member("p-2", "PUBLIC_WORKS", today - timedelta(days=10), today + year)  # holds
    member("p-2", "OLD_AGE", today + timedelta(days=30), None)  # starts next month
    uploader = registered_uploader(central.url, station)
    assert uploader.sync(lambda: T0).pending == 0
    settle(uploader, T0)
    rows = httpx.get(f"{central.url}/v1/reports/coverage").json()["rows"]
    assert {r["programme"]: r["persons"] for r in rows} == {
        "(enrolled)": 2, "HEALTH": 1, "PUBLIC_WORKS": 1}
