"""Minutia Cylinder-Code, bit form: one packed cylinder per minutia.

Arrays in, arrays out. Minutiae arrive as ``float64`` x, y (y already pointing *up*, so the
ISO angle is an ordinary counter-clockwise angle) and angle in radians.

Layout of one cylinder with ``ns`` x ``ns`` cells and ``nd`` direction sections:
``values[k * words + w]`` holds, for direction section ``k``, bit ``c % 64`` of word
``w = c // 64`` for cell ``c = i * ns + j``; ``mask[w]`` holds the cell validity bits in the
same order. A cell is valid when it lies within ``radius`` of the minutia and inside the
convex hull of all minutiae enlarged by ``hull_offset``; masking every direction word with the
same validity word is then a plain AND. The enlarged hull arrives as a raster (``region``,
1 inside, sampled every ``step`` pixels from the origin ``ox, oy``).

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
    region: np.ndarray,
    ox: float,
    oy: float,
    step: float,
    ns: int,
    nd: int,
    radius: float,
    sigma_s: float,
    sigma_d: float,
    mu_psi: float,
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
    reach2 = reach * reach
    inv_two_var = 1.0 / (2.0 * sigma_s * sigma_s)
    gs_norm = 1.0 / (sigma_s * math.sqrt(2.0 * math.pi))
    sq2sd = sigma_d * math.sqrt(2.0)
    sums = np.zeros(nd)
    near = np.empty(n, dtype=np.int64)
    cd = np.empty((n, nd))  # directional contribution of each neighbour, per section
    for m in range(n):
        c, s = math.cos(theta[m]), math.sin(theta[m])
        valid_cells = 0
        neighbours = 0
        for t in range(n):
            if t != m and math.hypot(x[t] - x[m], y[t] - y[m]) <= radius + reach:
                near[neighbours] = t
                dtheta = _angle_diff(theta[m], theta[t])
                for k in range(nd):
                    diff = _angle_diff(dtheta, -math.pi + (k + 0.5) * delta_d)
                    cd[neighbours, k] = 0.5 * (
                        math.erf((diff + delta_d / 2.0) / sq2sd)
                        - math.erf((diff - delta_d / 2.0) / sq2sd)
                    )
                neighbours += 1
        for i in range(ns):
            for j in range(ns):
                u = (i - (ns - 1) / 2.0) * delta_s
                v = (j - (ns - 1) / 2.0) * delta_s
                px = x[m] + c * u - s * v
                py = y[m] + s * u + c * v
                if u * u + v * v > radius * radius:
                    continue
                col = math.floor((px - ox) / step + 0.5)
                row = math.floor((py - oy) / step + 0.5)
                if row < 0 or col < 0 or row >= region.shape[0] or col >= region.shape[1]:
                    continue
                if region[row, col] == 0:
                    continue
                cell = i * ns + j
                w, b = cell // 64, np.uint64(cell % 64)
                mask[m, w] |= np.uint64(1) << b
                valid_cells += 1
                sums[:] = 0.0
                for q in range(neighbours):
                    t = near[q]
                    dx, dy = x[t] - px, y[t] - py
                    d2 = dx * dx + dy * dy
                    if d2 > reach2:
                        continue
                    cs = gs_norm * math.exp(-d2 * inv_two_var)
                    for k in range(nd):
                        sums[k] += cs * cd[q, k]
                for k in range(nd):
                    if sums[k] > mu_psi:
                        values[m, k * words + w] |= np.uint64(1) << b
        ok[m] = valid_cells >= min_valid_cells * ns * ns * math.pi / 4.0 and (
            neighbours >= min_neighbours
        )
    return values, mask, ok
