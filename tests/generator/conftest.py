"""Shared helpers of the generator tests: image statistics a fingerprint examiner would check."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from fixtures.fingerprints import sample_images


@pytest.fixture(scope="session")
def sample() -> dict[tuple[int, int], np.ndarray]:
    """The committed sample, decoded: {(finger, impression): uint8 image}."""
    paths = sample_images()
    return {key: np.asarray(cv2.imread(str(p), cv2.IMREAD_GRAYSCALE)) for key, p in paths.items()}


def foreground(image: np.ndarray) -> np.ndarray:
    """Pixels with ridge texture: local standard deviation above a fixed floor."""
    img = image.astype(np.float32)
    mean = cv2.blur(img, (15, 15))
    var = cv2.blur(img * img, (15, 15)) - mean * mean
    return np.asarray(np.sqrt(np.maximum(var, 0)) > 20.0)


def ridge_period(image: np.ndarray, size: int = 128) -> float:
    """Dominant ridge period (pixels) of the central ``size`` x ``size`` crop, by 2-D FFT."""
    h, w = image.shape
    y0, x0 = (h - size) // 2, (w - size) // 2
    crop = image[y0 : y0 + size, x0 : x0 + size].astype(np.float64)
    crop = (crop - crop.mean()) * np.outer(np.hanning(size), np.hanning(size))
    spec = np.abs(np.fft.fftshift(np.fft.fft2(crop)))
    yy, xx = np.mgrid[0:size, 0:size] - size // 2
    radius = np.hypot(yy, xx)
    spec[radius < 4] = 0  # ignore the background's slow variation
    peak = np.unravel_index(int(np.argmax(spec)), spec.shape)
    return float(size / radius[peak])
