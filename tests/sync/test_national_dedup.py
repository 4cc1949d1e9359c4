"""National dedup with the matcher's Gallery on real (committed, synthetic) fingerprint images:
the same fingers enrolled at a second station are held for adjudication, others pass."""

from __future__ import annotations

import random
from pathlib import Path

import cbor2
import pytest
from fastapi.testclient import TestClient

from sync.central.app import CentralConfig, create_app
from sync.client import CentralClient, register_station
from sync.outbox import enqueue
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, make_station, settle

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "fingerprints" / "sample"


def _iso(name: str, finger: int) -> bytes:
    import matcher

    return matcher.extract(matcher.load_image(SAMPLE / f"{name}.png")).to_iso19794_2(finger)


@pytest.mark.slow
def test_same_fingers_at_another_station_are_suspected_duplicates(tmp_path: Path) -> None:
    if not SAMPLE.is_dir():
        pytest.skip("the committed fingerprint sample set is absent")
    app = create_app(CentralConfig(db_url=f"sqlite:///{tmp_path / 'c.sqlite3'}",
                                   key_path=tmp_path / "c.pem", dedup="gallery"),
                     clock=lambda: T0)
    people = {  # station -> record id -> (right index, right ring) impressions
        "st-a": {"ana": ("101_1", "103_1")},
        "st-b": {"ana-again": ("101_2", "103_2"), "bo": ("102_1", "104_1")},
    }
    answers = {}
    with TestClient(app) as http:
        for station_id, records in people.items():
            station = make_station(tmp_path / f"{station_id}.sqlite3", station_id)
            with station.engine.begin() as conn:
                for record_id, (index, ring) in records.items():
                    # the station registry's sealed form: {finger position: ISO record}
                    bio = cbor2.dumps({2: _iso(index, 2), 4: _iso(ring, 4)})
                    enqueue(conn, station.table, kind="enrolment", record_id=record_id,
                            payload={"person_id": record_id},
                            sealed_biometrics=station.at_rest.seal(bio), now=T0)
            client = CentralClient("http://testserver", http=http)
            reg = register_station("http://testserver", station.key, station_id, client=client)
            uploader = Uploader(station.engine, station.table,
                                StationIdentity(station_id, station.key, reg.central_key),
                                client, station.at_rest.unseal, rng=random.Random(1))
            assert uploader.sync(lambda: T0).received == len(records)  # stored, to decide
            settle(uploader, T0)  # the centre's dedup stage decides them
            with station.engine.connect() as conn:
                for row in conn.execute(station.table.select()):
                    answers[row.record_id] = (row.state, row.central_status)
        stats = http.get("/v1/stats").json()
    assert answers == {"ana": ("acked", "accepted"),
                       "ana-again": ("duplicate", "duplicate_suspected"),
                       "bo": ("acked", "accepted")}
    assert (stats["persons"], stats["duplicates_suspected"]) == (2, 1)
