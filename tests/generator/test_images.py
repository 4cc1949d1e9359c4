"""Generated impressions look like 500 dpi fingerprints and repeat exactly for a seed."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from fixtures.fingerprints.dataset import SetSpec, iter_set, quantise
from fixtures.fingerprints.impression import ImpressionParams, make_impression
from fixtures.fingerprints.master import MasterParams, make_master
from fixtures.fingerprints.sample import SAMPLE_SPEC
from tests.generator.conftest import foreground, ridge_period


def test_sample_has_six_fingers_of_four_impressions(sample: dict) -> None:
    assert sorted(sample) == [(f, i) for f in range(101, 107) for i in range(1, 5)]
    for image in sample.values():
        assert image.dtype == np.uint8
        assert image.shape == (384, 288)


def test_ridge_period_is_that_of_a_real_finger_at_500_dpi(sample: dict) -> None:
    periods = [ridge_period(img) for img in sample.values()]
    assert all(7.0 <= p <= 13.0 for p in periods), periods
    assert 8.0 <= float(np.median(periods)) <= 11.5


def test_the_finger_covers_most_of_the_image_but_not_all(sample: dict) -> None:
    # the FVC2002/2004 B sets measure 0.09..0.90 per image, medians 0.52..0.70
    fractions = [float(foreground(img).mean()) for img in sample.values()]
    assert all(0.2 <= f <= 0.95 for f in fractions), fractions
    assert 0.4 <= float(np.median(fractions)) <= 0.8


def test_ridges_are_dark_on_a_light_background(sample: dict) -> None:
    for image in sample.values():
        fg = foreground(image)
        assert np.median(image[~fg]) > 180  # background
        assert np.percentile(image[fg], 10) < 110  # ridge ink


def test_same_seed_gives_the_same_pixels_and_another_seed_does_not() -> None:
    params = MasterParams(width=256, height=320, seeds=30)
    a = make_master(params, np.random.default_rng([5, 101]))
    b = make_master(params, np.random.default_rng([5, 101]))
    c = make_master(params, np.random.default_rng([6, 101]))
    assert np.array_equal(a.ridges, b.ridges)
    assert not np.array_equal(a.ridges, c.ridges)
    shot = ImpressionParams(width=200, height=240)
    x = make_impression(a, shot, np.random.default_rng(1))[0]
    y = make_impression(b, shot, np.random.default_rng(1))[0]
    z = make_impression(a, shot, np.random.default_rng(2))[0]
    assert np.array_equal(x, y)
    assert not np.array_equal(x, z)


def test_the_committed_sample_is_what_the_regenerate_command_makes(sample: dict) -> None:
    # one finger is enough to catch a generator change that forgot to refresh the sample;
    # a tolerance of a few pixels allows for another CPU's rounding in OpenCV's blur
    spec = SetSpec(
        fingers=1,
        impressions=2,
        seed=SAMPLE_SPEC.seed,
        impression=SAMPLE_SPEC.impression,
        grey_levels=SAMPLE_SPEC.grey_levels,
    )
    _, _, shots = next(iter_set(spec))
    for i, (image, _info) in enumerate(shots, start=1):
        fresh = quantise(image, spec.grey_levels)
        assert float(np.mean(fresh == sample[(101, i)])) > 0.99


def _orientation_signature(image: np.ndarray) -> np.ndarray:
    """Histogram of ridge orientations weighted by gradient strength (rotation-sensitive)."""
    img = image.astype(np.float32)
    gx = np.gradient(img, axis=1)
    gy = np.gradient(img, axis=0)
    angle = np.mod(np.arctan2(gy, gx), np.pi)
    hist, _ = np.histogram(angle, bins=36, range=(0, np.pi), weights=np.hypot(gx, gy))
    return hist / hist.sum()


@pytest.mark.parametrize("finger", [101, 103, 105])
def test_impressions_of_one_finger_resemble_each_other_more_than_other_fingers(
    sample: dict, finger: int
) -> None:
    """A cheap, matcher-free check: orientation histograms of mates are closer."""
    sig = {key: _orientation_signature(img) for key, img in sample.items()}
    mates = [
        float(np.abs(sig[(finger, i)] - sig[(finger, j)]).sum())
        for i, j in itertools.combinations(range(1, 5), 2)
    ]
    others = [
        float(np.abs(sig[(finger, i)] - sig[(g, j)]).sum())
        for i in range(1, 5)
        for g in range(101, 107)
        if g != finger
        for j in range(1, 5)
    ]
    assert np.median(mates) < np.median(others)
