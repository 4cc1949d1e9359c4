"""Gallery: add/remove/search, finger filter, fusion, save/load, one writer + readers."""

from __future__ import annotations

import math
import threading
from pathlib import Path

import numpy as np
import pytest

from matcher.calibration import threshold_for_fmr, threshold_for_fused_fmr
from matcher.comparator import compare
from matcher.errors import InvalidTemplate
from matcher.gallery import ENTRY_BYTES, Gallery, GalleryError
from matcher.template import Template
from tests.matcher.synthetic import minutiae_set


def finger(rng: np.random.Generator, n: int = 40, side: int = 340) -> Template:
    return minutiae_set(rng, n, side, margin=25, min_reliability=0.2)


def impression(t: Template, rng: np.random.Generator) -> Template:
    """Another impression: rotated a little, shifted, jittered, 15 % of minutiae lost."""
    m = t.minutiae.astype(np.float64)
    m = m[rng.random(len(m)) >= 0.15]
    rot = rng.uniform(-0.3, 0.3)
    c, s = math.cos(rot), math.sin(rot)
    d = m[:, :2] - t.width / 2
    x = t.width / 2 + c * d[:, 0] + s * d[:, 1] + rng.normal(0, 1.5, len(m)) + 8
    y = t.height / 2 - s * d[:, 0] + c * d[:, 1] + rng.normal(0, 1.5, len(m)) - 6
    a = (m[:, 2] + rot + rng.normal(0, 0.08, len(m))) % (2 * math.pi)
    out = np.column_stack([x, y, a, m[:, 3], m[:, 4]])
    out = out[(out[:, 0] >= 0) & (out[:, 0] < t.width) & (out[:, 1] >= 0) & (out[:, 1] < t.height)]
    return Template(out.astype(np.float32), t.width, t.height)


@pytest.fixture(scope="module")
def population() -> dict[str, Template]:
    rng = np.random.default_rng(42)
    return {f"person-{i:03d}": finger(rng) for i in range(120)}


@pytest.fixture
def gallery(population: dict[str, Template]) -> Gallery:
    g = Gallery()
    for key, t in population.items():
        g.add(key, 2, t)
    return g


def test_search_finds_the_mate_first_on_the_compare_scale(
    gallery: Gallery, population: dict[str, Template]
) -> None:
    rng = np.random.default_rng(1)
    for key in ("person-005", "person-077", "person-119"):
        probe = impression(population[key], rng)
        hits = gallery.search(probe, top=5)
        assert hits[0].key == key and hits[0].finger == 2
        assert hits[0].score > threshold_for_fmr(1e-4)
        assert hits[0].score == pytest.approx(compare(probe, population[key]), abs=0.02)
        assert all(h.score < threshold_for_fmr(1e-3) for h in hits[1:])
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_len_replace_and_remove(gallery: Gallery, population: dict[str, Template]) -> None:
    assert len(gallery) == 120
    gallery.add("person-005", 2, population["person-006"])  # replaces that finger
    assert len(gallery) == 120
    gallery.remove("person-007")
    assert len(gallery) == 119
    probe = impression(population["person-007"], np.random.default_rng(2))
    assert "person-007" not in {h.key for h in gallery.search(probe, top=10)}
    with pytest.raises(GalleryError, match="person-007"):
        gallery.remove("person-007")


def test_finger_filter(population: dict[str, Template]) -> None:
    g = Gallery()
    t = population["person-001"]
    g.add("right-index", 2, t)
    g.add("left-index", 7, t)
    assert {h.key for h in g.search(t, finger=7)} == {"left-index"}
    assert {h.key for h in g.search(t)} == {"right-index", "left-index"}
    assert g.search(t, finger=5) == []


def test_bad_input_raises_one_clear_error(gallery: Gallery) -> None:
    with pytest.raises(GalleryError, match="finger"):
        gallery.add("x", 11, finger(np.random.default_rng(3)))
    with pytest.raises(GalleryError, match="key"):
        gallery.add("", 1, finger(np.random.default_rng(3)))
    with pytest.raises(GalleryError, match="top"):
        gallery.search(finger(np.random.default_rng(3)), top=0)


def test_search_person_fuses_fingers(population: dict[str, Template]) -> None:
    rng = np.random.default_rng(4)
    keys = list(population)
    g = Gallery()
    for i in range(0, 100, 2):  # person i has right index = t[i], left index = t[i + 1]
        g.add(keys[i], 2, population[keys[i]])
        g.add(keys[i], 7, population[keys[i + 1]])
    probes = {2: impression(population[keys[10]], rng), 7: impression(population[keys[11]], rng)}
    fused = g.search_person(probes, top=3)
    assert fused[0].key == keys[10] and fused[0].finger == -1
    # the mate clears a strict person-level threshold, nobody else a lax one
    assert fused[0].score >= threshold_for_fused_fmr(1e-6, 2)
    assert all(c.score < threshold_for_fused_fmr(1e-2, 2) for c in fused[1:])
    one = g.search_person({2: probes[2]}, top=1)  # one finger gives less evidence than two
    assert one[0].key == keys[10] and one[0].score < fused[0].score
    with pytest.raises(GalleryError):
        g.search_person({})


def test_search_person_scores_a_finger_that_missed_its_short_list(
    population: dict[str, Template],
) -> None:
    """A mate's finger pushed out of its short list still adds its evidence to the fusion."""
    from matcher.calibration import evidence

    rng = np.random.default_rng(9)
    keys = list(population)
    mate_2, mate_7 = population[keys[20]], population[keys[21]]
    probes = {2: impression(mate_2, rng), 7: impression(mate_7, rng)}
    g = Gallery(shortlist=1)
    g.add("mate", 2, mate_2)
    g.add("mate", 7, mate_7)
    g.add("copy-of-probe", 7, probes[7])  # takes finger 7's only short-list place
    for i in range(30, 60):
        g.add(keys[i], 2 if i % 2 else 7, population[keys[i]])
    assert [c.key for c in g.search(probes[7], top=1, finger=7)] == ["copy-of-probe"]
    found = {c.key: c for c in g.search_person(probes, top=5)}
    mate = found["mate"]
    assert dict(found["copy-of-probe"].fingers).keys() == {7}  # it has no finger 2 to score
    scores = dict(mate.fingers)
    assert set(scores) == {2, 7}
    assert scores[7] >= threshold_for_fmr(1e-4)  # the missed finger was scored, and matches
    assert mate.score == pytest.approx(evidence(scores[2]) + evidence(scores[7]))
    assert mate.score >= threshold_for_fused_fmr(1e-8, 2)


def test_save_load_round_trip(
    gallery: Gallery, population: dict[str, Template], tmp_path: Path
) -> None:
    gallery.remove("person-003")
    gallery.save(tmp_path / "g")
    loaded = Gallery.load(tmp_path / "g")
    assert len(loaded) == len(gallery) == 119
    probe = impression(population["person-050"], np.random.default_rng(5))
    assert loaded.search(probe, top=3) == gallery.search(probe, top=3)
    loaded.add("newcomer", 2, population["person-003"])  # leaves the memory map
    assert loaded.search(population["person-003"], top=1)[0].key == "newcomer"
    with pytest.raises(GalleryError):
        Gallery.load(tmp_path / "missing")


def test_memory_per_entry_is_small_and_fixed(gallery: Gallery) -> None:
    assert ENTRY_BYTES < 2048
    assert gallery.nbytes == ENTRY_BYTES * 1024  # capacity 1024 rows


def test_one_writer_many_readers(population: dict[str, Template]) -> None:
    g = Gallery()
    keys = list(population)
    for key in keys[:20]:
        g.add(key, 2, population[key])
    errors: list[BaseException] = []
    done = threading.Event()

    def reader(seed: int) -> None:
        rng = np.random.default_rng(seed)
        try:
            while not done.is_set():
                key = keys[int(rng.integers(0, 20))]
                hits = g.search(population[key], top=3)
                assert hits and hits[0].key == key
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=reader, args=(s,)) for s in (1, 2)]
    for t in threads:
        t.start()
    for key in keys[20:]:
        g.add(key, 2, population[key])
    for key in keys[100:]:
        g.remove(key)
    done.set()
    for t in threads:
        t.join()
    assert not errors
    assert len(g) == 100


def test_add_many_equals_repeated_add(population: dict[str, Template], tmp_path: Path) -> None:
    entries = [(key, 2 + i % 2, t) for i, (key, t) in enumerate(population.items())]
    entries.append(("person-001", 3, population["person-050"]))  # replaces within one batch
    one = Gallery()
    for key, f, t in entries:
        one.add(key, f, t)
    many = Gallery()
    many.add_many([e[0] for e in entries[:50]], [e[1] for e in entries[:50]],
                  [e[2] for e in entries[:50]])  # fmt: skip
    many.add_many([e[0] for e in entries[50:]], [e[1] for e in entries[50:]],
                  [e[2] for e in entries[50:]])  # fmt: skip
    assert len(many) == len(one) == 120
    one.save(tmp_path / "one")
    many.save(tmp_path / "many")
    for name in ("values", "mask", "xy", "counts", "sigs", "fingers", "alive"):
        a, b = np.load(tmp_path / "one" / f"{name}.npy"), np.load(tmp_path / "many" / f"{name}.npy")
        assert np.array_equal(a, b), name
    rng = np.random.default_rng(9)
    for key in ("person-001", "person-050", "person-099"):
        probe = impression(population[key], rng)
        assert many.search(probe, top=5) == one.search(probe, top=5)


def test_add_many_rejects_bad_input_and_changes_nothing(population: dict[str, Template]) -> None:
    g = Gallery()
    t = population["person-000"]
    bad = Template(np.array([[500, 20, 0.5, 1, 0.9]], np.float32), 300, 400, dpi=500)
    for keys, fingers, templates in (
        (["a", "b"], [2], [t, t]),
        (["a", ""], [2, 2], [t, t]),
        (["a", "b"], [2, 11], [t, t]),
    ):
        with pytest.raises(GalleryError):
            g.add_many(keys, fingers, templates)
    with pytest.raises(InvalidTemplate):
        g.add_many(["a", "b"], [2, 2], [t, bad])
    assert len(g) == 0 and g.search(t) == []


def test_bytes_round_trip_without_files(gallery: Gallery, population: dict[str, Template]) -> None:
    gallery.remove("person-003")
    data = gallery.to_bytes()
    loaded = Gallery.from_bytes(memoryview(data)[0:])
    assert len(loaded) == len(gallery) == 119
    probe = impression(population["person-050"], np.random.default_rng(5))
    assert loaded.search(probe, top=3) == gallery.search(probe, top=3)
    assert loaded.to_bytes() == data
    loaded.add("newcomer", 2, population["person-003"])  # copies out of the buffer
    assert loaded.search(population["person-003"], top=1)[0].key == "newcomer"
    assert Gallery.from_bytes(data).search(population["person-003"], top=1)[0].key != "newcomer"
    unaligned = Gallery.from_bytes(memoryview(b"x" + data)[1:])  # copied, same answers
    assert unaligned.search(probe, top=3) == gallery.search(probe, top=3)
    for broken in (b"", b"junk" * 10, data[:-8], data + b"\0" * 8, data[:8] + b"\0" * 4):
        with pytest.raises(GalleryError):
            Gallery.from_bytes(broken)


def test_search_scores_are_exactly_compare_of_the_stored_templates(
    gallery: Gallery, population: dict[str, Template]
) -> None:
    from matcher.gallery import _pack, _unpack

    probe = impression(population["person-010"], np.random.default_rng(5))
    hits = gallery.search(probe, top=5)
    packed = _pack(probe)
    stored_probe = _unpack(packed.xy, packed.count)  # the gallery scores the stored form
    state = gallery._state
    for hit in hits:
        row = gallery._rows[hit.key][hit.finger]
        entry = _unpack(state.xy[row], int(state.counts[row]))
        assert hit.score == compare(stored_probe, entry)  # batch kernel = one-pair kernel


def test_coarse_stages_use_more_probe_minutiae_than_an_entry_keeps(
    population: dict[str, Template],
) -> None:
    """A probe whose most reliable minutiae are ones the entry's coarse cylinders left out
    still reaches the full comparator: the probe's coarse cylinders cover its
    ``probe_minutiae`` most reliable minutiae, not only the entry's ``K``."""
    from matcher.gallery import K, _pack

    rng = np.random.default_rng(11)
    mate = finger(rng, n=60)
    m = mate.minutiae.astype(np.float64)
    coarse = {(int(x), int(y)) for x, y, _ in _pack(mate).xy[:K]}  # stored first
    kept = np.array([i for i, (x, y) in enumerate(np.rint(m[:, :2])) if (x, y) in coarse])
    assert len(kept) == K  # the entry's coarse minutiae
    other = np.setdiff1d(np.arange(len(m)), kept)
    p = m.copy()  # the same finger, its minutiae jittered
    p[:, :2] += rng.normal(0, 1.0, (len(m), 2))
    p[kept, 4] = 0.1  # the probe rates the entry's coarse minutiae lowest ...
    p[other, 4] = 0.9  # ... and the rest highest
    probe = Template(p.astype(np.float32), mate.width, mate.height)
    found = {}
    for n in (K, 48):
        g = Gallery(relax=1, shortlist=1, probe_minutiae=n)
        for key, t in population.items():
            g.add(key, 2, t)
        g.add("mate", 2, mate)
        found[n] = [c.key for c in g.search(probe, top=1)]
    assert found[48] == ["mate"]
    assert found[K] != ["mate"]  # with K probe cylinders the coarse stages lose it


def test_a_sparse_probe_is_weighed_by_the_sparse_impostor_tail(
    population: dict[str, Template],
) -> None:
    """A probe of a handful of minutiae: its candidates say how many minutiae the pair had,
    and its score adds the (smaller) sparse evidence to the fusion, so a chance match of a
    few minutiae cannot carry a duplicate decision that a typical print's score would."""
    from matcher.calibration import evidence, sparse_below, threshold_for_pair_fmr
    from matcher.gallery import Candidate, fuse

    rng = np.random.default_rng(21)
    mate = finger(rng, n=48)
    m = mate.minutiae.astype(np.float64)
    d = np.hypot(*(m[:, :2] - m[:, :2].mean(axis=0)).T)
    few = sparse_below() - 4
    part = m[np.argsort(d)[:few]].copy()  # a partial impression: the middle of the finger
    part[:, :2] += rng.normal(0, 1.0, (few, 2))
    probe = Template(part.astype(np.float32), mate.width, mate.height)
    g = Gallery()
    for key, t in list(population.items())[:40]:
        g.add(key, 2, t)
    g.add("mate", 2, mate)
    hits = g.search(probe, top=3)
    assert hits[0].key == "mate" and hits[0].minutiae == few
    assert all(h.minutiae == few for h in hits)  # the probe is the sparser print of each pair
    person = g.search_person({2: probe}, top=1)[0]
    assert person.key == "mate" and person.minutiae == few
    assert person.score == pytest.approx(evidence(hits[0].score, few))
    assert person.score < evidence(hits[0].score)
    # fusion: a sparse finger whose score would decide for a typical pair does not
    t_typical, t_sparse = threshold_for_fmr(1e-8), threshold_for_pair_fmr(1e-8, few)
    score = (t_typical + t_sparse) / 2
    typical = fuse([[Candidate("p", 2, score)], [Candidate("p", 7, 0.005)]])[0]
    sparse = fuse([[Candidate("p", 2, score, minutiae=few)], [Candidate("p", 7, 0.005)]])[0]
    assert typical.score >= threshold_for_fused_fmr(1e-8, 2) > sparse.score
    assert sparse.minutiae == few and sparse.fingers == typical.fingers
