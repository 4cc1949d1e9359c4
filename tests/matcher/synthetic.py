"""Synthetic ridge patterns for the extraction tests (no real biometric data).

``phase_pattern`` builds a fingerprint-like image from a phase field (Larkin & Fletcher,
"A coherent framework for fingerprint analysis: are fingerprints holograms?", 2007): a
smooth carrier of period ``period`` plus one spiral phase term ``+-atan2`` per planted
minutia, each of which makes exactly one ridge ending or bifurcation at that point.
"""

from __future__ import annotations

import math

import numpy as np

from matcher.template import Template

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


def minutiae_set(rng: np.random.Generator, n: int = 45, side: int = 360, *, margin: float = 30,
                 min_reliability: float = 0.3) -> Template:
    """Minutiae at least 12 px apart, directions following a smooth (loop-like) flow."""
    pts: list[tuple[float, float]] = []
    while len(pts) < n:
        p = rng.uniform(margin, side - margin, 2)
        if all(math.hypot(p[0] - q[0], p[1] - q[1]) >= 12 for q in pts):
            pts.append((float(p[0]), float(p[1])))
    xy = np.array(pts)
    cx, cy = rng.uniform(side * 0.3, side * 0.7, 2)
    flow = 0.5 * np.arctan2(xy[:, 1] - cy, xy[:, 0] - cx) + rng.uniform(0, math.pi)
    angle = (flow + math.pi * rng.integers(0, 2, n)) % (2 * math.pi)
    m = np.column_stack([xy, angle, rng.integers(1, 3, n), rng.uniform(min_reliability, 1, n)])
    return Template(m.astype(np.float32), side, side)
