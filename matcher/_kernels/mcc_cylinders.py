"""Minutia Cylinder-Code, bit form: one packed cylinder per minutia.

Arrays in, arrays out. Minutiae arrive as ``float64`` x, y (y already pointing *up*, so the
ISO angle is an ordinary counter-clockwise angle) and angle in radians.

Layout of one cylinder with ``ns`` x ``ns`` cells and ``nd`` direction sections:
``values[k * words + w]`` holds, for direction section ``k``, bit ``c % 64`` of word
``w = c // 64`` for cell ``c = i * ns + j``; ``mask[w]`` holds the cell validity bits in the
same order. A cell is valid when it lies within ``radius`` of the minutia and inside the
convex hull of all minutiae enlarged by ``hull_offset``; masking every direction word with the
same validity word is then a plain AND.

References
----------
R. Cappelli, M. Ferrara, D. Maltoni, "Minutia Cylinder-Code: a new representation and
matching technique for fingerprint recognition", IEEE TPAMI 32(12), 2010 (Sections 3, 4.1).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit


@njit(cache=True, nogil=True)
def _hull_distance(px: float, py: float, hx: np.ndarray, hy: np.ndarray) -> float:
    """0 inside the convex polygon (counter-clockwise vertices), else distance to it."""
    n = hx.shape[0]
    if n == 0:
        return 1e9
    if n == 1:
        return math.hypot(px - hx[0], py - hy[0])
    inside = n >= 3
    best = 1e18
    for v in range(n):
        ax, ay = hx[v], hy[v]
        bx, by = hx[(v + 1) % n], hy[(v + 1) % n]
        ex, ey = bx - ax, by - ay
        if ex * (py - ay) - ey * (px - ax) < 0.0:
            inside = False
        length2 = ex * ex + ey * ey
        t = 0.0 if length2 == 0.0 else ((px - ax) * ex + (py - ay) * ey) / length2
        t = min(1.0, max(0.0, t))
        d = math.hypot(px - ax - t * ex, py - ay - t * ey)
        best = min(best, d)
    return 0.0 if inside else best


@njit(cache=True, nogil=True)
def _angle_diff(a: float, b: float) -> float:
    """a - b wrapped to [-pi, pi)."""
    d = a - b
    while d < -math.pi:
        d += 2.0 * math.pi
    while d >= math.pi:
        d -= 2.0 * math.pi
    return d


@njit(cache=True, nogil=True)
def build_cylinders(
    x: np.ndarray,
    y: np.ndarray,
    theta: np.ndarray,
    hull_x: np.ndarray,
    hull_y: np.ndarray,
    ns: int,
    nd: int,
    radius: float,
    sigma_s: float,
    sigma_d: float,
    mu_psi: float,
    hull_offset: float,
    min_valid_cells: float,
    min_neighbours: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bit cylinders of all minutiae.

    Returns ``values`` (n, nd * words) uint64, ``mask`` (n, words) uint64 and ``ok`` (n,)
    bool (False for cylinders with too few valid cells or contributing neighbours, which are
    never matched), ``words = ns * ns // 64``.
    """
    n = x.shape[0]
    words = ns * ns // 64
    values = np.zeros((n, nd * words), dtype=np.uint64)
    mask = np.zeros((n, words), dtype=np.uint64)
    ok = np.zeros(n, dtype=np.bool_)
    delta_s = 2.0 * radius / ns
    delta_d = 2.0 * math.pi / nd
    reach = 3.0 * sigma_s
    gs_norm = 1.0 / (sigma_s * math.sqrt(2.0 * math.pi))
    sq2sd = sigma_d * math.sqrt(2.0)
    sums = np.zeros(nd)
    for m in range(n):
        c, s = math.cos(theta[m]), math.sin(theta[m])
        valid_cells = 0
        neighbours = 0
        for t in range(n):
            if t != m and math.hypot(x[t] - x[m], y[t] - y[m]) <= radius + reach:
                neighbours += 1
        for i in range(ns):
            for j in range(ns):
                u = (i - (ns - 1) / 2.0) * delta_s
                v = (j - (ns - 1) / 2.0) * delta_s
                px = x[m] + c * u - s * v
                py = y[m] + s * u + c * v
                if math.hypot(px - x[m], py - y[m]) > radius:
                    continue
                if _hull_distance(px, py, hull_x, hull_y) > hull_offset:
                    continue
                cell = i * ns + j
                w, b = cell // 64, np.uint64(cell % 64)
                mask[m, w] |= np.uint64(1) << b
                valid_cells += 1
                sums[:] = 0.0
                for t in range(n):
                    if t == m:
                        continue
                    d = math.hypot(x[t] - px, y[t] - py)
                    if d > reach:
                        continue
                    cs = gs_norm * math.exp(-d * d / (2.0 * sigma_s * sigma_s))
                    dtheta = _angle_diff(theta[m], theta[t])
                    for k in range(nd):
                        centre = -math.pi + (k + 0.5) * delta_d
                        diff = _angle_diff(dtheta, centre)
                        cd = 0.5 * (
                            math.erf((diff + delta_d / 2.0) / sq2sd)
                            - math.erf((diff - delta_d / 2.0) / sq2sd)
                        )
                        sums[k] += cs * cd
                for k in range(nd):
                    if sums[k] > mu_psi:
                        values[m, k * words + w] |= np.uint64(1) << b
        ok[m] = valid_cells >= min_valid_cells * ns * ns * math.pi / 4.0 and (
            neighbours >= min_neighbours
        )
    return values, mask, ok
