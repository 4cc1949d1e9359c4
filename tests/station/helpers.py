"""Helpers for the station tests: a stand-in gallery, templates, demographics."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from station.model.biometrics import CapturePolicy
from station.model.demographics import Address, Demographics

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


@pytest.fixture(name="database_url")
def sqlite_registry(tmp_path: Path) -> str:
    """The registry on SQLite only, for a module whose logic sits above the registry (the
    registry tests run on SQLite and a real PostgreSQL): the module imports this fixture."""
    return f"sqlite:///{tmp_path / 'registry.sqlite3'}"
PASSWORD = "correct horse 42"


@dataclass
class ExactGallery:
    """A stand-in for ``matcher.Gallery`` in registry tests: a finger matches only itself.

    It lets the registry's plumbing (transactions, adjudication, start-up loading) be tested
    without depending on the matcher's accuracy; the CLI tests use the real matcher.
    """

    entries: dict[tuple[str, int], bytes] = field(default_factory=dict)

    def add(self, key: str, finger: int, template: Any) -> None:
        self.entries[(key, finger)] = template.to_iso19794_2()

    def remove(self, key: str) -> None:
        for k in [k for k in self.entries if k[0] == key]:
            del self.entries[k]

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, probe: Any, top: int = 10, finger: int | None = None) -> list[Any]:
        code = probe.to_iso19794_2()
        found = [Candidate(key, f, 1.0) for (key, f), stored in list(self.entries.items())
                 if (finger is None or f == finger) and stored == code]
        return found[:top]

    @property
    def persons(self) -> int:
        return len({key for key, _ in self.entries})

    def search_person(self, probes: dict[int, Any], top: int = 10) -> list[Any]:
        """Like ``matcher.Gallery.search_person``: a matching finger adds evidence 50."""
        fingers: dict[str, list[tuple[int, float]]] = {}
        for finger, probe in probes.items():
            for cand in self.search(probe, top=top, finger=finger):
                fingers.setdefault(cand.key, []).append((finger, cand.score))
        found = [Candidate(key, -1, 50.0 * len(got), tuple(got)) for key, got in fingers.items()]
        return sorted(found, key=lambda c: -c.score)[:top]


@dataclass(frozen=True)
class Candidate:
    key: str
    finger: int
    score: float
    fingers: tuple[tuple[int, float], ...] = ()


POLICY = CapturePolicy(duplicate_score=0.5)


def make_template(seed: int, *, quality: int = 60) -> Any:
    """A random but valid template (already quantised as the ISO record stores it)."""
    from matcher import Template

    rng = np.random.default_rng(seed)
    n = 40
    m = np.column_stack([
        rng.integers(20, 280, n), rng.integers(20, 380, n), rng.uniform(0, 6.2, n),
        rng.integers(1, 3, n), rng.uniform(0.3, 1.0, n)]).astype(np.float32)
    t = Template(m, width=300, height=400, quality=quality)
    return Template.from_iso19794_2(t.to_iso19794_2())


def person_fingers(seed: int) -> dict[str, Any]:
    return {"right-index": make_template(seed), "left-index": make_template(seed + 1000)}


def demographics(name: str = "Sok Dara", **kw: Any) -> Demographics:
    values: dict[str, Any] = dict(
        local_name="សុខ ដារា", latin_name=name, sex="F",
        birth_date=datetime(1990, 4, 12).date(),
        address=Address("12", "1204", "120401", "12040103"), phone="+855 12 345 678",
        other_ids={"national_id": "010203040"})
    values.update(kw)
    if "consent" not in kw:  # read the notice; a child's parent agrees for them
        from station.model.consent import ADULT_AGE, consent_of

        adult = values["birth_date"] <= NOW.date().replace(year=NOW.year - ADULT_AGE)
        values["consent"] = consent_of("self") if adult else consent_of("guardian",
                                                                        "Sok Dara (mother)")
    return Demographics(**values)


def enrol_family(station: Any, operator: Any, *, now: datetime = NOW,
                 member: str = "Sok Mealea") -> tuple[str, str, str]:
    """A household of two enrolled by ``operator``: its head (``demographics()``, fingers of
    seed 3) and their child ``member`` (fingers of seed 40); (head id, child id, household
    id)."""
    from station.model.enrolment import Enrolled, enrol
    from station.model.persons import get_person

    head = enrol(station, demographics(), person_fingers(3), operator=operator, now=now,
                 policy=POLICY, new_household=True)
    assert isinstance(head, Enrolled)
    household = str(get_person(station, head.person_id)["household_id"])
    child = enrol(station, demographics(member, household_id=household,
                                        relation_to_head="child"),
                  person_fingers(40), operator=operator, now=now, policy=POLICY)
    assert isinstance(child, Enrolled)
    return head.person_id, child.person_id, household


def join_programme(station: Any, person_id: str, code: str, start: date,
                   end: date | None = None) -> str:
    """A membership of ``code`` (its programme row made when missing) for the person, as a
    confirmed proposal leaves it, written directly: its id."""
    import secrets

    from station.registry.models import Programme, ProgrammeMembership

    with station.transaction() as s:
        if s.get(Programme, code) is None:
            s.add(Programme(code=code, name=code.title()))
            s.flush()
        row = ProgrammeMembership(id=secrets.token_hex(8), person_id=person_id,
                                  programme_code=code, start_date=start, end_date=end)
        s.add(row)
        return str(row.id)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def use_home(monkeypatch: Any, home: Path) -> None:
    """``SWS_HOME`` at ``home`` (nothing else from the environment), the supervisor ``super``
    signed in through the environment, a short busy timeout (the CLI tests' station)."""
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE", "SWS_REVOCATION_LIST",
                 "SWS_TRUST_ANCHORS", "SWS_STATION_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(home))
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    monkeypatch.setenv("SWS_BUSY_TIMEOUT_MS", "300")


def init_home(monkeypatch: Any, home: Path) -> Path:
    """:func:`use_home`, then `sws init` there with the supervisor ``super``: a fresh station."""
    from station.cli import main

    use_home(monkeypatch, home)
    assert main(["init", "--username", "super", "--password", PASSWORD]) == 0
    return home


def enrolled_in_cli_home() -> str:
    """One person (``demographics()``, fingers of seed 3) enrolled by ``super`` in the CLI
    tests' station (:func:`use_home`), the station closed again: their id."""
    from station.config import load_settings
    from station.model.enrolment import Enrolled, enrol
    from station.model.operators import login
    from station.model.station import Station

    st = Station(load_settings(), gallery_factory=ExactGallery)
    try:
        out = enrol(st, demographics(), person_fingers(3), now=NOW, policy=POLICY,
                    operator=login(st, "super", PASSWORD, now=NOW))
    finally:
        st.close()
    assert isinstance(out, Enrolled)
    return out.person_id


def sws_in(capsys: Any) -> Any:
    """``sws(*argv) -> (exit code, stdout, stderr)``: the CLI run in this process, its output
    taken from ``capsys`` (what an earlier call printed is left out)."""
    from station.cli import main

    def sws(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(argv))
        got = capsys.readouterr()
        return code, got.out, got.err

    return sws
