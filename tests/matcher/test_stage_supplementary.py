"""Supplementary minutiae: written in the ISO records for other comparators, never ours.

Extraction keeps the candidates that only looser false-minutiae rules accept in
``Template.supplement``. bozorth3 (NIST NBIS) reads them from the record and scores better
with them (bench/results/accuracy.md); our comparator, the gallery and the compact card
format must give exactly what they gave without them.
"""

from __future__ import annotations

import numpy as np
import pytest

from matcher import api
from matcher.gallery import Gallery
from matcher.pipeline import extract
from matcher.stages.params import Params
from matcher.template import MIN_RELIABILITY, SUPPLEMENT_RELIABILITY, Template
from tests._shared import shared_set

OFF = Params(supplementary=False)


@pytest.fixture(scope="module")
def images() -> list[np.ndarray]:
    folder = shared_set("FVC2002_DB1_B")
    names = ("101_1.tif", "101_2.tif", "102_1.tif", "103_4.tif")
    return [api.load_image(folder / name) for name in names]


@pytest.fixture(scope="module")
def both(images: list[np.ndarray]) -> list[tuple[Template, Template]]:
    """(default extraction, extraction without the supplement) per image."""
    return [(extract(i), extract(i, params=OFF)) for i in images]


def test_the_supplement_is_extra_and_leaves_the_minutiae_alone(
    both: list[tuple[Template, Template]],
) -> None:
    for t, plain in both:
        assert len(t.supplement) > 0
        assert (t.supplement[:, 4] == np.float32(SUPPLEMENT_RELIABILITY)).all()
        assert (t.minutiae[:, 4] >= np.float32(MIN_RELIABILITY)).all()
        assert t.quality == plain.quality
        np.testing.assert_array_equal(t.minutiae, plain.minutiae)
        # no supplementary minutia duplicates a strict one
        strict = {tuple(r) for r in t.minutiae[:, :2].tolist()}
        assert not strict & {tuple(r) for r in t.supplement[:, :2].tolist()}


def test_compare_gallery_and_card_ignore_the_supplement(
    both: list[tuple[Template, Template]],
) -> None:
    with_s = [t for t, _ in both]
    without = [p for _, p in both]
    for a in range(len(both)):
        for b in range(a + 1, len(both)):
            assert api.compare(with_s[a], with_s[b]) == api.compare(without[a], without[b])
        assert with_s[a].to_compact() == without[a].to_compact()
    g1, g2 = Gallery(), Gallery()
    for k, (t, p) in enumerate(both[1:]):
        g1.add(f"p{k}", 2, t)
        g2.add(f"p{k}", 2, p)
    assert g1.search(with_s[0], top=3, finger=2) == g2.search(without[0], top=3, finger=2)


def test_the_iso_records_carry_the_supplement_and_give_it_back(
    both: list[tuple[Template, Template]],
) -> None:
    t, plain = both[0]
    total = len(t.minutiae) + len(t.supplement)
    back = Template.from_iso19794_2(t.to_iso19794_2())
    assert (len(back.minutiae), len(back.supplement)) == (len(t.minutiae), len(t.supplement))
    for got, want in ((back.minutiae, t.minutiae), (back.supplement, t.supplement)):
        np.testing.assert_allclose(_xy_sorted(got), _xy_sorted(want), atol=0.5)
    assert Template.from_nbis_iso(t.to_nbis_iso()).minutiae.shape == (total, 5)
    # the record without a supplement is the one written before there was one
    assert plain.to_iso19794_2() == Template(t.minutiae, t.width, t.height, t.dpi,
                                             t.quality).to_iso19794_2()


def _xy_sorted(rows: np.ndarray) -> np.ndarray:
    return rows[np.lexsort((rows[:, 1], rows[:, 0])), :2]


def test_bozorth3_reads_every_minutia_of_the_record(
    both: list[tuple[Template, Template]],
) -> None:
    nbis = pytest.importorskip("nbis")
    reader = nbis.new_nbis_extractor(nbis.NbisExtractorSettings(
        min_quality=0.0, get_center=False, check_fingerprint=False, compute_nfiq2=False,
        ppi=500.0))
    t, _ = both[0]
    read = reader.load_iso_19794_2_2005(t.to_nbis_iso())
    assert len(read.get()) == len(t.minutiae) + len(t.supplement)


def test_a_record_rated_one_throughout_stays_compared() -> None:
    rows = np.array([[10, 20, 0.5, 1, 0.01], [50, 60, 1.0, 2, 0.01]], np.float32)
    back = Template.from_iso19794_2(Template(rows, 300, 400).to_iso19794_2())
    assert len(back.minutiae) == 2 and len(back.supplement) == 0


def test_loosened_rules_only_relax_the_filters() -> None:
    on = Params()
    loose = on.loosened()
    assert loose.border_distance <= on.border_distance
    assert loose.spur_length <= on.spur_length
    assert loose.short_ridge <= on.short_ridge
    assert loose.bridge_length <= on.bridge_length
    assert loose.break_distance <= on.break_distance
    assert loose.cluster_radius <= on.cluster_radius
