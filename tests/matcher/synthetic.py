"""Synthetic ridge patterns for the extraction tests (no real biometric data).

``phase_pattern`` builds a fingerprint-like image from a phase field (Larkin & Fletcher,
"A coherent framework for fingerprint analysis: are fingerprints holograms?", 2007): a
smooth carrier of period ``period`` plus one spiral phase term ``+-atan2`` per planted
minutia, each of which makes exactly one ridge ending or bifurcation at that point.
"""

from __future__ import annotations

import numpy as np

PLANTED = ((110.0, 100.0, 1.0), (190.0, 110.0, -1.0), (120.0, 200.0, -1.0), (200.0, 205.0, 1.0))


def phase_pattern(
    size: int = 300,
    period: float = 9.0,
    planted: tuple[tuple[float, float, float], ...] = PLANTED,
    angle: float = 0.5,
) -> np.ndarray:
    """uint8 image: dark ridges on a light background, with a minutia at each (x, y)."""
    y, x = np.mgrid[0:size, 0:size].astype(np.float64)
    # gently curved carrier: ridges run roughly along ``angle``
    u = -np.sin(angle) * x + np.cos(angle) * y + 0.0015 * (x - size / 2) ** 2
    phase = 2.0 * np.pi * u / period
    for px, py, sign in planted:
        phase += sign * np.arctan2(y - py, x - px)
    img = 128.0 + 90.0 * np.cos(phase)
    return np.clip(img, 0, 255).astype(np.uint8)


def planted_points(planted: tuple[tuple[float, float, float], ...] = PLANTED) -> np.ndarray:
    return np.array([(px, py) for px, py, _ in planted])
