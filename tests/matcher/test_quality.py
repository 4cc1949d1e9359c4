"""matcher.quality: 0-100, clean prints above degraded ones, non-fingerprints refused."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from matcher import api
from matcher.errors import NotAFingerprint
from tests._shared import shared_set
from tests.matcher.synthetic import phase_pattern


def _degrade(img: np.ndarray, noise: float, seed: int = 5) -> np.ndarray:
    rng = np.random.default_rng(seed)
    blurred = cv2.GaussianBlur(img.astype(np.float32), (0, 0), 1.2)
    low = 128 + (blurred - 128) * 0.5
    return np.clip(low + rng.normal(0, noise, img.shape), 0, 255).astype(np.uint8)


def test_quality_is_an_int_in_range_and_falls_with_damage() -> None:
    clean = phase_pattern()
    scores = [api.quality(clean)] + [api.quality(_degrade(clean, s)) for s in (20.0, 45.0)]
    assert all(isinstance(q, int) and 0 <= q <= 100 for q in scores)
    assert scores[0] > scores[1] > scores[2]


def test_extract_reports_the_same_quality() -> None:
    clean = phase_pattern()
    assert api.extract(clean).quality == api.quality(clean)


def test_blank_image_is_not_a_fingerprint() -> None:
    with pytest.raises(NotAFingerprint):
        api.quality(np.full((300, 300), 255, np.uint8))


@pytest.mark.shared
def test_real_prints_get_usable_quality() -> None:
    folder = shared_set("FVC2002_DB1_B")
    for path in sorted(folder.glob("10[1-4]_1.tif")):
        assert 20 <= api.quality(api.load_image(path)) <= 100
