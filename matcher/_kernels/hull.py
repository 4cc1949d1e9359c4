"""Convex hull of a minutia set in compiled code (Andrew's monotone chain).

The same vertices, in the same order, as the plain-Python reference in
``tests/matcher/mcc_reference.py`` (counter-clockwise, from the lowest x (then y) point,
collinear points dropped, duplicate points merged), without a Python object per point: MCC
encoding calls it once per template, so a gallery's short list re-encoded per search and a
cold gallery build spend no interpreter time on it.

References
----------
A. M. Andrew, "Another efficient algorithm for convex hulls in two dimensions",
Information Processing Letters 9(5), 1979.
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True, inline="always")
def _cross(ox: float, oy: float, ax: float, ay: float, bx: float, by: float) -> float:
    return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox)


@njit(cache=True, nogil=True)
def convex_hull(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Counter-clockwise hull vertices ``(hx, hy)`` of the points ``(x[i], y[i])``.

    Points are ordered by x, then y, and repeated points count once; with at most two
    distinct points those points are returned (sorted).
    """
    n = x.shape[0]
    order = np.argsort(y, kind="mergesort")
    order = order[np.argsort(x[order], kind="mergesort")]  # by x, ties by y
    px = np.empty(n)
    py = np.empty(n)
    m = 0
    for k in range(n):
        i = order[k]
        if m > 0 and px[m - 1] == x[i] and py[m - 1] == y[i]:
            continue
        px[m], py[m] = x[i], y[i]
        m += 1
    if m <= 2:
        return px[:m].copy(), py[:m].copy()
    hx = np.empty(2 * m)
    hy = np.empty(2 * m)
    h = 0
    for k in range(m):  # lower chain
        while h >= 2 and _cross(hx[h - 2], hy[h - 2], hx[h - 1], hy[h - 1], px[k], py[k]) <= 0:
            h -= 1
        hx[h], hy[h] = px[k], py[k]
        h += 1
    lower = h
    for k in range(m - 1, -1, -1):  # upper chain, from the right end back
        while h >= lower + 2 and (
            _cross(hx[h - 2], hy[h - 2], hx[h - 1], hy[h - 1], px[k], py[k]) <= 0
        ):
            h -= 1
        hx[h], hy[h] = px[k], py[k]
        h += 1
    # the monotone chain's lower[:-1] + upper[:-1]: drop each chain's last point
    out_x = np.empty(h - 2)
    out_y = np.empty(h - 2)
    c = 0
    for k in range(h):
        if k == lower - 1 or k == h - 1:
            continue
        out_x[c], out_y[c] = hx[k], hy[k]
        c += 1
    return out_x, out_y
