"""Supplementary minutiae: a larger set for other comparators that leaves ours unchanged."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from matcher import api
from matcher.comparator import compare_cylinders
from matcher.mcc import DEFAULT, encode
from matcher.pipeline import extract
from matcher.stages.params import CORE_FLOOR, SUPPLEMENTARY_CEILING, Params
from matcher.template import Template
from tests._shared import shared_set

ON = Params(supplementary=True)
MCC = replace(DEFAULT, min_reliability=(CORE_FLOOR + SUPPLEMENTARY_CEILING) / 2)


@pytest.fixture(scope="module")
def images() -> list[np.ndarray]:
    folder = shared_set("FVC2002_DB1_B")
    return [api.load_image(folder / name) for name in ("101_1.tif", "101_2.tif", "102_1.tif")]


def _strict_rows(t: Template) -> np.ndarray:
    return t.minutiae[t.minutiae[:, 4] >= CORE_FLOOR]


def test_supplementary_minutiae_are_added_below_every_strict_one(
    images: list[np.ndarray],
) -> None:
    for image in images:
        plain, more = extract(image), extract(image, params=ON)
        strict = _strict_rows(more)
        extra = more.minutiae[more.minutiae[:, 4] < CORE_FLOOR]
        assert len(extra) > 0, "the looser rules found nothing more on a real print"
        assert (extra[:, 4] <= SUPPLEMENTARY_CEILING).all()
        # the strict minutiae are exactly the ones extracted without the supplement
        np.testing.assert_array_equal(strict[:, :4], plain.minutiae[:, :4])


def test_our_comparator_ignores_the_supplement(images: list[np.ndarray]) -> None:
    plain = [extract(i) for i in images]
    more = [extract(i, params=ON) for i in images]
    for a in range(len(images)):
        for b in range(a + 1, len(images)):
            before = compare_cylinders(encode(plain[a], MCC), encode(plain[b], MCC), MCC)
            after = compare_cylinders(encode(more[a], MCC), encode(more[b], MCC), MCC)
            assert after == pytest.approx(before, abs=1e-12)


def test_the_bands_survive_the_iso_record(images: list[np.ndarray]) -> None:
    t = extract(images[0], params=ON)
    back = Template.from_iso19794_2(t.to_iso19794_2())
    assert len(back.minutiae) == len(t.minutiae)
    np.testing.assert_array_equal(
        back.minutiae[:, 4] >= MCC.min_reliability, t.minutiae[:, 4] >= MCC.min_reliability
    )
    np.testing.assert_array_equal(encode(back, MCC).x, encode(t, MCC).x)


def test_loosened_rules_only_relax_the_filters() -> None:
    loose = ON.loosened()
    assert loose.border_distance <= ON.border_distance
    assert loose.spur_length <= ON.spur_length
    assert loose.short_ridge <= ON.short_ridge
    assert loose.bridge_length <= ON.bridge_length
    assert loose.break_distance <= ON.break_distance
    assert loose.cluster_radius <= ON.cluster_radius
    assert replace(loose, border_distance=ON.border_distance, spur_length=ON.spur_length,
                   short_ridge=ON.short_ridge, bridge_length=ON.bridge_length,
                   break_distance=ON.break_distance, cluster_radius=ON.cluster_radius) == ON
