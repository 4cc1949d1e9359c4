"""The compiled convex hull gives the plain-Python reference hull's vertices exactly."""

from __future__ import annotations

import numpy as np
import pytest

from matcher._kernels.hull import convex_hull as compiled_hull
from tests.matcher.mcc_reference import convex_hull


def _same(x: np.ndarray, y: np.ndarray) -> None:
    ex, ey = convex_hull(x, y)
    hx, hy = compiled_hull(np.ascontiguousarray(x), np.ascontiguousarray(y))
    assert hx.tolist() == ex.tolist()
    assert hy.tolist() == ey.tolist()


@pytest.mark.parametrize("n", [0, 1, 2, 3, 5, 40, 64])
def test_hull_equals_the_python_hull_on_random_minutiae(n: int) -> None:
    rng = np.random.default_rng(n)
    for _ in range(50):
        _same(rng.uniform(0, 500, n), -rng.uniform(0, 500, n))


def test_hull_merges_repeated_points_and_drops_collinear_ones() -> None:
    rng = np.random.default_rng(7)
    for _ in range(200):  # a coarse grid: many repeats, many points on one line
        n = int(rng.integers(1, 30))
        _same(rng.integers(0, 4, n).astype(float), rng.integers(0, 4, n).astype(float))
    _same(np.array([0.0, 1.0, 2.0, 3.0]), np.array([0.0, 1.0, 2.0, 3.0]))  # one line
    _same(np.array([5.0, 5.0, 5.0]), np.array([1.0, 1.0, 1.0]))  # one point, thrice
