"""matcher.extract: planted minutiae are found, non-fingerprints are refused, dpi is honoured."""

from __future__ import annotations

import numpy as np
import pytest

from matcher import api
from matcher.errors import NotAFingerprint, UnsupportedImage
from matcher.template import Template
from matcher.transparency import KEYS, Recorder, capture
from tests._shared import shared_set
from tests.matcher.synthetic import phase_pattern, planted_points


@pytest.fixture(scope="module")
def synthetic() -> np.ndarray:
    return phase_pattern()


@pytest.fixture(scope="module")
def template(synthetic: np.ndarray) -> Template:
    return api.extract(synthetic)


def test_finds_every_planted_minutia_and_nothing_else(template: Template) -> None:
    found = template.minutiae[:, :2]
    for point in planted_points():
        assert np.hypot(*(found - point).T).min() < 6.0, f"missed the minutia at {point}"
    assert len(template.minutiae) <= 2 * len(planted_points())


def test_a_crease_across_the_ridges_adds_no_minutiae(synthetic: np.ndarray) -> None:
    # a light band 12 px wide (more than one ridge period) cutting the ridges at an angle,
    # as creases do on dry fingers: every ridge it cuts leaves two endings facing each other
    # across the gap, and none of them is a minutia of the finger
    y, x = np.mgrid[0 : synthetic.shape[0], 0 : synthetic.shape[1]]
    slope = 0.5 + 0.9  # radians: 0.9 off the ridge flow (the carrier runs along 0.5)
    across = np.abs(-np.sin(slope) * (x - 150) + np.cos(slope) * (y - 150))
    creased = synthetic.copy()
    creased[across < 6] = synthetic.max()
    found = api.extract(creased).minutiae[:, :2]
    planted = planted_points()
    for point in planted:
        assert np.hypot(*(found - point).T).min() < 6.0, f"missed the minutia at {point}"
    nearest = np.hypot(found[:, None, 0] - planted[None, :, 0],
                       found[:, None, 1] - planted[None, :, 1]).min(axis=1)
    assert int((nearest > 12.0).sum()) <= 1


def test_template_is_valid_and_sized_like_the_image(template: Template) -> None:
    template.validate()
    assert (template.width, template.height, template.dpi) == (300, 300, 500)
    assert 0 < template.quality <= 100
    m = template.minutiae
    assert set(np.unique(m[:, 3])) <= {1.0, 2.0}
    assert ((m[:, 4] >= 0) & (m[:, 4] <= 1)).all()
    order = np.lexsort((m[:, 1], m[:, 0]))
    np.testing.assert_array_equal(order, np.arange(len(m)), "ordered by x, then y")


def test_directions_follow_the_ridge_flow(template: Template) -> None:
    # ridges of the synthetic pattern run near 0.5 rad below the x axis, i.e. ISO angle -0.5
    ridge = -0.5
    for angle in template.minutiae[:, 2]:
        off = abs(np.angle(np.exp(2j * (angle - ridge)))) / 2  # orientation, mod pi
        assert off < np.radians(30)


def test_both_minutia_kinds_are_found(template: Template) -> None:
    assert {1.0, 2.0} <= set(template.minutiae[:, 3].tolist())


def test_same_pattern_shifted_gives_shifted_minutiae(synthetic: np.ndarray) -> None:
    shifted = np.full_like(synthetic, 128)
    shifted[10:, 20:] = synthetic[:-10, :-20]
    a = api.extract(synthetic).minutiae
    b = api.extract(shifted).minutiae
    for x, y in a[:, :2]:
        if 40 < x < 260 and 40 < y < 260:
            assert np.hypot(b[:, 0] - (x + 20), b[:, 1] - (y + 10)).min() < 4.0


def test_other_resolutions_are_resampled_to_500_dpi(synthetic: np.ndarray) -> None:
    import cv2

    big = cv2.resize(synthetic, (600, 600), interpolation=cv2.INTER_CUBIC)
    t = api.extract(big, dpi=1000)
    assert (t.width, t.height, t.dpi) == (300, 300, 500)
    for point in planted_points():
        assert np.hypot(*(t.minutiae[:, :2] - point).T).min() < 7.0


def test_transparency_sink_receives_every_stage(synthetic: np.ndarray) -> None:
    rec = Recorder()
    with capture(rec):
        t = api.extract(synthetic)
    assert set(KEYS) <= set(rec.data)
    assert rec.data["mask"].shape == synthetic.shape
    np.testing.assert_array_equal(rec.data["minutiae"], t.minutiae)
    only = Recorder({"skeleton"})
    with capture(only):
        api.extract(synthetic)
    assert set(only.data) == {"skeleton"}


def _noise() -> np.ndarray:
    return np.random.default_rng(7).integers(0, 256, (300, 300)).astype(np.uint8)


def _gradient() -> np.ndarray:
    return np.tile(np.linspace(0, 255, 300), (300, 1)).astype(np.uint8)


def _checkerboard() -> np.ndarray:
    y, x = np.mgrid[0:300, 0:300]
    return (((y // 40) + (x // 40)) % 2 * 255).astype(np.uint8)


def _text() -> np.ndarray:
    import cv2

    img = np.full((300, 300), 255, np.uint8)
    for row in range(8):
        cv2.putText(img, "SOCIAL PROTECTION", (5, 30 + row * 35), cv2.FONT_HERSHEY_SIMPLEX,
                    0.6, 0, 2)
    return img


@pytest.mark.parametrize(
    "make",
    [lambda: np.full((300, 300), 200, np.uint8), _noise, _gradient, _checkerboard, _text],
    ids=["blank", "noise", "gradient", "checkerboard", "text"],
)
def test_non_fingerprints_are_refused_in_one_sentence(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotAFingerprint) as info:
        api.extract(make())
    message = str(info.value)
    assert message and "\n" not in message


@pytest.mark.parametrize(
    "image",
    [np.zeros((300, 300, 2), np.uint8), np.zeros((50, 50), np.uint8),
     np.zeros((300, 300), bool), np.full((300, 300), np.nan)],
    ids=["3-d", "tiny", "bool", "nan"],
)
def test_unusable_arrays_raise_unsupported_image(image: np.ndarray) -> None:
    with pytest.raises(UnsupportedImage):
        api.extract(image)


def test_bad_resolution_is_refused(synthetic: np.ndarray) -> None:
    with pytest.raises(UnsupportedImage):
        api.extract(synthetic, dpi=20)


@pytest.mark.shared
def test_real_prints_same_finger_scores_above_different_finger() -> None:
    folder = shared_set("FVC2002_DB1_B")
    t = {n: api.extract(api.load_image(folder / f"{n}.tif")) for n in ("101_1", "101_2", "102_1")}
    for tp in t.values():
        assert len(tp.minutiae) >= 12
    genuine = api.compare(t["101_1"], t["101_2"])
    impostor = api.compare(t["101_1"], t["102_1"])
    assert genuine > impostor
    assert genuine >= api.threshold_for_fmr(0.001) > impostor


@pytest.mark.shared
@pytest.mark.parametrize("name", ["FVC2004_DB2_B", "FVC2004_DB3_B", "FVC2004_DB4_B"])
def test_real_sets_extract_without_failure(name: str) -> None:
    folder = shared_set(name)
    for path in sorted(folder.glob("10[13]_[12].tif")):
        tp = api.extract(api.load_image(path))
        assert len(tp.minutiae) >= 10, path.name
