"""The encrypted gallery cache: a warm start finds the same people as a fresh build.

Real ``matcher.Gallery`` with template-level synthetic fingers (helper C's generator): each
person's two fingers are master sets, the probes are second impressions of them.
"""

from __future__ import annotations

import dataclasses
import logging
import tempfile
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fixtures.fingerprints.minutiae import masters, mates
from matcher import Template
from station.config import Settings, load_settings
from station.model import gallery_sync
from station.model.biometrics import CapturePolicy, CheckedFinger
from station.model.enrolment import write_person
from station.model.fingers import Finger
from station.model.gallery_cache import cache_aad, cache_path, reseal
from station.model.gallery_sync import (
    add_person,
    registry_identity,
    remove_person,
    reseal_cache,
    search_person,
)
from station.model.keys import rotate_key
from station.model.operators import OperatorInfo, login
from station.model.setup import initialise
from station.model.station import Station
from station.registry.crypto import Cipher, KeyRing, key_id_of
from station.registry.models import Fingerprint
from tests.station.helpers import NOW, PASSWORD, demographics

PEOPLE = 24
FINGERS = (Finger(2), Finger(7))
ANY_SCORE = CapturePolicy(top=5)


def _template(rows: Any) -> Template:
    t = Template(rows.copy(), width=320, height=400)
    return Template.from_iso19794_2(t.to_iso19794_2())


def _checked(finger: Finger, template: Template, seed: int) -> CheckedFinger:
    return CheckedFinger(finger=finger, template=template, iso_record=template.to_iso19794_2(),
                         quality=60, image_sha256=f"{seed:064x}", image_png=None)


class Population:
    """Master sets for the gallery and second impressions as probes, per person index."""

    def __init__(self, n: int) -> None:
        self.gallery = [masters(n, seed=11 + k) for k in range(len(FINGERS))]
        self.probes = [mates(batch, seed=11 + k, impression=1)
                       for k, batch in enumerate(self.gallery)]

    def fingers(self, i: int) -> dict[Finger, CheckedFinger]:
        return {f: _checked(f, _template(self.gallery[k][i]), i * 10 + k)
                for k, f in enumerate(FINGERS)}

    def probe(self, i: int) -> dict[Finger, Any]:
        return {f: _template(self.probes[k][i]) for k, f in enumerate(FINGERS)}


@pytest.fixture(scope="module")
def population() -> Population:
    return Population(PEOPLE + 4)


def _registry(settings: Settings, population: Population) -> tuple[Settings, list[str]]:
    """An initialised registry with PEOPLE persons: the settings and their ids."""
    st = Station(settings, gallery_cache=False, gallery_factory=lambda: None)
    initialise(st, username="super", full_name="Sok Supervisor", password=PASSWORD, now=NOW)
    boss = login(st, "super", PASSWORD, now=NOW)
    ids = [write_person(st, demographics(f"Person {i}"), population.fingers(i), operator=boss,
                        now=NOW).person_id for i in range(PEOPLE)]
    st.close()
    return settings, ids


@pytest.fixture
def home(settings: Settings, population: Population) -> tuple[Settings, list[str]]:
    """On SQLite and on PostgreSQL (the row delta is SQL)."""
    return _registry(settings, population)


@pytest.fixture
def sqlite_home(tmp_path: Path, population: Population) -> tuple[Settings, list[str]]:
    """SQLite only: for what does not depend on the database (the file, its crypto)."""
    return _registry(load_settings({"SWS_HOME": str(tmp_path)}), population)


def _open(settings: Settings, **kw: Any) -> Station:
    return Station(settings, **kw)


def _found(station: Station, population: Population, i: int) -> list[tuple[str, float]]:
    found = search_person(station.gallery, population.probe(i), ANY_SCORE, keep_all=True)
    return [(c.person_id, round(c.score, 6)) for c in found]


def _boss(station: Station) -> OperatorInfo:
    return login(station, "super", PASSWORD, now=NOW)


def _started(settings: Settings) -> tuple[Station, str]:
    """Open a station, load its gallery, wait for the cache to be written; its source."""
    st = _open(settings)
    st.start_gallery()
    _ = st.gallery
    st.close()
    return st, st.gallery_keeper.source


def test_warm_start_finds_the_same_people_as_a_fresh_build(
        home: tuple[Settings, list[str]], population: Population) -> None:
    settings, ids = home
    _, source = _started(settings)
    assert source == "built" and cache_path(settings.data_dir).exists()
    warm = _open(settings)
    fresh = _open(settings, gallery_cache=False)
    assert len(warm.gallery) == len(fresh.gallery) == 2 * PEOPLE
    assert warm.gallery_keeper.source == "cache"
    for i in (0, 7, PEOPLE - 1):
        assert _found(warm, population, i) == _found(fresh, population, i)
        assert _found(warm, population, i)[0][0] == ids[i]


def test_rows_added_or_removed_since_the_save_are_applied_at_start(
        home: tuple[Settings, list[str]], population: Population) -> None:
    settings, ids = home
    _started(settings)
    other = _open(settings, gallery_cache=False, gallery_factory=lambda: None)  # another process
    newcomer = write_person(other, demographics("Newcomer"), population.fingers(PEOPLE),
                            operator=_boss(other), now=NOW).person_id
    with other.transaction() as session:
        session.execute(sa.delete(Fingerprint).where(Fingerprint.person_id == ids[3]))
    other.close()

    st = _open(settings)
    assert len(st.gallery) == 2 * PEOPLE
    assert st.gallery_keeper.source == "cache+delta"
    assert _found(st, population, PEOPLE)[0][0] == newcomer
    assert ids[3] not in [pid for pid, _ in _found(st, population, 3)]

    # changes made in this process are saved at close and found by the next start
    later = write_person(st, demographics("Later"), population.fingers(PEOPLE + 1),
                         operator=_boss(st), now=NOW).person_id
    add_person(st.gallery, later, population.fingers(PEOPLE + 1))
    remove_person(st.gallery, ids[5])
    with st.transaction() as session:
        session.execute(sa.delete(Fingerprint).where(Fingerprint.person_id == ids[5]))
    st.close()
    again = _open(settings)
    assert _found(again, population, PEOPLE + 1)[0][0] == later
    assert again.gallery_keeper.source == "cache"
    assert ids[5] not in [pid for pid, _ in _found(again, population, 5)]


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "other-station"])
def test_a_damaged_or_foreign_cache_is_discarded_and_rebuilt(
        sqlite_home: tuple[Settings, list[str]], population: Population, damage: str,
        caplog: pytest.LogCaptureFixture) -> None:
    settings, ids = sqlite_home
    _started(settings)
    path = cache_path(settings.data_dir)
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        data = data[: len(data) // 3]
    elif damage == "garbage":
        data = bytearray(b"not a cache at all")
    path.write_bytes(bytes(data))
    if damage == "other-station":
        settings = dataclasses.replace(settings, station_id="another-station")
    caplog.set_level(logging.WARNING, logger="station.gallery")
    st = _open(settings)
    assert len(st.gallery) == 2 * PEOPLE
    assert st.gallery_keeper.source == "built"
    assert _found(st, population, 9)[0][0] == ids[9]
    warnings = [r for r in caplog.records if r.name == "station.gallery"]
    assert len(warnings) == 1 and "discarded" in warnings[0].getMessage()
    st.close()
    rewritten = _open(settings)  # the cache was written again for next time
    assert len(rewritten.gallery) == 2 * PEOPLE
    assert rewritten.gallery_keeper.source == "cache"


def test_the_cache_file_holds_no_template_in_clear(
        sqlite_home: tuple[Settings, list[str]], population: Population, tmp_path: Path) -> None:
    settings, _ = sqlite_home
    st, _ = _started(settings)
    path = cache_path(settings.data_dir)
    stored = path.read_bytes()
    assert path.stat().st_mode & 0o077 == 0
    template = population.fingers(4)[FINGERS[0]].template
    assert template.to_iso19794_2()[30:] not in stored
    plain = tmp_path / "plain"
    st.gallery.save(plain)
    packed = (plain / "xy.npy").read_bytes()[-4000:]  # packed minutiae of the last entries
    assert packed[:64] not in stored and b"sws-gallery-1" not in stored
    assert not [p for p in settings.data_dir.iterdir() if p.name.startswith(".gallery-")]


def test_key_rotation_keeps_the_gallery_working(
        home: tuple[Settings, list[str]], population: Population) -> None:
    settings, ids = home
    _started(settings)
    rotator = _open(settings, gallery_cache=False, gallery_factory=lambda: None)
    # retires the key the cache was sealed with, after re-sealing the cache under the new one
    rotate_key(rotator, by=_boss(rotator), now=NOW)
    rotator.close()
    st = _open(settings)
    assert _found(st, population, 11)[0][0] == ids[11]
    assert st.gallery_keeper.source == "cache"  # no rebuild after a rotation
    st.close()

    # re-sealed under a new active key (what a rotation does before old keys go)
    ring = KeyRing.load(settings.key_file)
    ring.add_active(NOW)
    ring.save()
    path = cache_path(settings.data_dir)
    with _open(settings, gallery_factory=lambda: None) as opened:
        aad = cache_aad(settings.station_id, registry_identity(opened))
    assert reseal(path, Cipher(ring), aad)
    assert key_id_of(path.read_bytes()) == ring.active
    ring.add_active(NOW.replace(year=2027))
    ring.save()
    with _open(settings, gallery_factory=lambda: None) as rotating:
        assert reseal_cache(rotating)  # the one call `sws db rotate-key` needs
    assert key_id_of(path.read_bytes()) == ring.active
    warm = _open(settings)
    assert _found(warm, population, 11)[0][0] == ids[11]
    assert warm.gallery_keeper.source == "cache"


def test_background_load_is_waited_for_by_the_first_search(
        sqlite_home: tuple[Settings, list[str]], population: Population) -> None:
    settings, ids = sqlite_home
    st = _open(settings)
    st.start_gallery()
    assert _found(st, population, 2)[0][0] == ids[2]
    assert st.gallery_loaded()
    st.close()


def test_opening_the_cache_writes_no_plaintext_file_anywhere(
        sqlite_home: tuple[Settings, list[str]], population: Population,
        monkeypatch: pytest.MonkeyPatch) -> None:
    settings, ids = sqlite_home
    _started(settings)

    def no_files(*args: object, **kwargs: object) -> None:
        raise AssertionError("the warm start tried to create a file")

    st = _open(settings)
    for name in ("mkdtemp", "mkstemp", "NamedTemporaryFile"):
        monkeypatch.setattr(tempfile, name, no_files)
    monkeypatch.setattr(Path, "write_bytes", no_files)
    monkeypatch.setattr(Path, "mkdir", no_files)
    assert _found(st, population, 13)[0][0] == ids[13]
    assert st.gallery_keeper.source == "cache"


def test_a_cache_that_cannot_be_written_is_one_log_line_not_a_failure(
        sqlite_home: tuple[Settings, list[str]], population: Population,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    settings, ids = sqlite_home

    def disk_full(path: Path, sealed: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(gallery_sync, "write_cache", disk_full)
    caplog.set_level(logging.WARNING, logger="station.gallery")
    st = _open(settings)
    assert _found(st, population, 6)[0][0] == ids[6]
    st.close()
    assert not cache_path(settings.data_dir).exists()
    assert [r for r in caplog.records if "not written" in r.getMessage()]


def _moved(settings: Settings, to: Path) -> Settings:
    """``mv $SWS_HOME elsewhere; export SWS_HOME=elsewhere``: the same station, moved."""
    settings.data_dir.rename(to)
    return load_settings({"SWS_HOME": str(to), "SWS_STATION_ID": settings.station_id})


def test_a_moved_home_keeps_its_cache_and_says_nothing_of_tampering(
        tmp_path: Path, population: Population, caplog: pytest.LogCaptureFixture) -> None:
    """Moving a home (a new disk, a renamed folder) is a normal operation, but the cache was
    bound to the database URL, i.e. its path: the next start discarded it as "altered or moved
    to another record" (a tampering warning) and rebuilt. It is bound to the station and the
    registry's own identity now, so the moved cache opens; bytes altered in place are still
    reported as they were."""
    settings, ids = _registry(load_settings({"SWS_HOME": str(tmp_path / "a"),
                                             "SWS_STATION_ID": "station-moved"}), population)
    _started(settings)
    settings = _moved(settings, tmp_path / "b")
    caplog.set_level(logging.INFO, logger="station.gallery")
    st = _open(settings)
    assert _found(st, population, 2)[0][0] == ids[2]
    assert st.gallery_keeper.source == "cache"
    st.close()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]

    path = cache_path(settings.data_dir)  # tampering at the new place is still tampering
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    st = _open(settings)
    assert _found(st, population, 2)[0][0] == ids[2]
    assert st.gallery_keeper.source == "built"
    st.close()
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "altered" in warnings[0]


def test_a_cache_sealed_by_the_previous_version_opens_and_is_resealed(
        sqlite_home: tuple[Settings, list[str]], population: Population,
        caplog: pytest.LogCaptureFixture) -> None:
    """A cache written before the binding changed (bound to the database URL) still opens in
    place, once, and is written again under the new binding."""
    from station.model.gallery_cache import legacy_cache_aad, seal_gallery

    settings, ids = sqlite_home
    st, _ = _started(settings)
    old = seal_gallery(st.gallery, st.gallery_keeper._index, st.cipher,
                       legacy_cache_aad(settings.station_id, settings.database_url))
    cache_path(settings.data_dir).write_bytes(old)
    caplog.set_level(logging.WARNING, logger="station.gallery")
    first = _open(settings)
    assert _found(first, population, 8)[0][0] == ids[8]
    assert first.gallery_keeper.source == "cache"
    first.close()
    assert cache_path(settings.data_dir).read_bytes() != old  # re-sealed for next time
    again = _open(settings)
    assert _found(again, population, 8)[0][0] == ids[8]
    assert again.gallery_keeper.source == "cache"
    assert not caplog.records


def test_an_erasure_writes_the_cache_again_without_the_person(
        home: tuple[Settings, list[str]], population: Population) -> None:
    from station.model.erasure import erase_fingerprints

    settings, ids = home
    _started(settings)
    st = _open(settings)  # a process that has not loaded the gallery (`sws person ...`)
    erase_fingerprints(st, ids[4], asked_by="self", by=_boss(st), now=NOW)
    assert st.gallery_loaded()  # loaded from the cache to write it again at once
    st.close()
    again = _open(settings)
    assert len(again.gallery) == 2 * (PEOPLE - 1)
    assert again.gallery_keeper.source == "cache"  # nothing left to apply: the file has it
    assert ids[4] not in [pid for pid, _ in _found(again, population, 4)]
    assert _found(again, population, 6)[0][0] == ids[6]
