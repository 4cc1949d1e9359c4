"""Text a station typed that PostgreSQL cannot hold does not block the station's sync: the
real server process on a real PostgreSQL, a station's real uploader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from sync.outbox import enqueue
from tests.sync._support import T0, make_station, registered_uploader
from tests.sync.conftest import CentralProcess

pytestmark = pytest.mark.postgres


def test_a_nul_in_a_facility_name_is_delivered_not_a_batch_refused_forever(
    tmp_path: Path, postgres_url: str, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(postgres_url)
    station = make_station(tmp_path / "s.sqlite3", "st-nul")
    with station.engine.begin() as conn:  # a name pasted from another program
        enqueue(conn, station.table, kind="service_use", record_id="v1", now=T0,
                sealed_biometrics=None, payload={"facility": "Provincial\x00 hospital",
                                                 "card_id": "C\x001"})
        enqueue(conn, station.table, kind="service_use", record_id="v2", now=T0,
                sealed_biometrics=None, payload={"facility": "Health centre", "card_id": "C2"})
    uploader = registered_uploader(central.url, station)
    report = uploader.sync(lambda: T0)
    # Before, PostgreSQL refused the whole batch (500): both records, and every record the
    # station made after them, waited for ever.
    assert (report.acknowledged, report.pending, report.failed_batches) == (2, 0, 0)
    rows = httpx.get(f"{central.url}/v1/reports/service-uses").json()["rows"]
    assert rows == [{"facility": "Health centre", "service_uses": 1},
                    {"facility": "Provincial\ufffd hospital", "service_uses": 1}]


def test_facility_names_that_differ_only_in_spaces_are_one_facility(
    tmp_path: Path, postgres_url: str, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(postgres_url)
    station = make_station(tmp_path / "s.sqlite3", "st-spaces")
    with station.engine.begin() as conn:  # typed at three desks of one hospital
        for i, name in enumerate(("Provincial hospital", "Provincial hospital ",
                                  "Provincial  hospital", "Health centre")):
            enqueue(conn, station.table, kind="service_use", record_id=f"v{i}", now=T0,
                    sealed_biometrics=None, payload={"record_type": "hospital_visit",
                                                     "facility": name, "card_id": f"C{i}"})
    uploader = registered_uploader(central.url, station)
    assert uploader.sync(lambda: T0).acknowledged == 4
    rows = httpx.get(f"{central.url}/v1/reports/service-uses").json()["rows"]
    assert rows == [{"facility": "Health centre", "service_uses": 1},
                    {"facility": "Provincial hospital", "service_uses": 3}]
