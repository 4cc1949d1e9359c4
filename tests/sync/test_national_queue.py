"""The national adjudication queue as the adjudicator reads it on the command line: an
applicant who matches two people enrolled at two other stations is one case with two
candidates, decided once; the station learns the decision. Real server, real PostgreSQL."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sync.outbox import enqueue
from sync.packets import encode_biometrics
from tests.sync._support import T0, make_station, registered_uploader, settle
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess

pytestmark = pytest.mark.postgres


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station.cli", *argv], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO),
                               "SWS_CENTRAL_ADMIN_TOKEN": ADMIN_TOKEN},
                          capture_output=True, text=True, timeout=120)


def test_one_applicant_matching_two_people_is_one_case(
    tmp_path: Path, postgres_url: str, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(postgres_url)
    rng = random.Random(5)
    left, right, other_left, other_right = (rng.randbytes(300) for _ in range(4))
    uploaders = {}
    # Two people at two stations; the applicant at a third shares a finger with each.
    for station_id, name, fingers in (("st-a", "Sok Dara", [(2, left), (7, other_right)]),
                                      ("st-b", "Keo Sina", [(2, other_left), (7, right)]),
                                      ("st-c", "Sok Sina", [(2, left), (7, right)])):
        station = make_station(tmp_path / f"{station_id}.sqlite3", station_id)
        with station.engine.begin() as conn:
            enqueue(conn, station.table, kind="enrolment", record_id=f"{station_id}-1",
                    now=T0, sealed_biometrics=station.at_rest.seal(encode_biometrics(fingers)),
                    payload={"person_id": f"{station_id}-1", "demographics": {
                        "latin_name": name, "sex": "F", "birth_date": "1990-01-01",
                        "address": {"province": "12", "district": "1204",
                                    "commune": "120401"}}})
        uploader = registered_uploader(central.url, station, name=station_id)
        assert uploader.sync(lambda: T0).pending == 0
        settle(uploader, T0)
        uploaders[station_id] = uploader
    assert uploaders["st-c"].counts()["duplicate"] == 1

    listed = _cli("central", "cases", "--central", central.url)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    # Before, the queue read "2 open case(s)", the applicant twice, for one decision.
    assert lines[-1].startswith("1 open case(s);")
    assert lines[0].endswith(", 2 candidates)")
    assert [line.split()[0] for line in lines[1:-1]] == ["applicant", "candidate", "candidate"]
    assert "Sok Dara" in lines[2] and "Keo Sina" in lines[3] and "score 1.0]" in lines[3]
    packet = lines[0].split()[1]
    decided = _cli("central", "decide", packet, "same_person", "--by", "Amara",
                   "--central", central.url)
    assert decided.returncode == 0, decided.stderr
    assert _cli("central", "cases", "--central", central.url).stdout.strip() == "no open cases"
    # A second adjudicator who had the same queue open decides it too: told who decided.
    late = _cli("central", "decide", packet, "different", "--by", "Bopha",
                "--central", central.url)
    assert late.returncode == 4 and late.stderr.count("\n") == 1
    assert f"enrolment {packet} is no longer waiting for adjudication: decided same_person " \
        "by Amara (as given) on " in late.stderr and late.stderr.rstrip().endswith(
            "UTC; nothing changed")
    assert uploaders["st-c"].pull_statuses(T0) == 1
    assert uploaders["st-c"].counts()["rejected"] == 1
