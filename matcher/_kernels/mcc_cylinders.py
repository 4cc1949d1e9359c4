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
    near = np.empty(n, dtype=np.int64)
    cd = np.empty((n, nd))  # directional contribution of each neighbour, per section
    cells = ns * ns
    cpx = np.empty(cells)  # cell centres in image coordinates
    cpy = np.empty(cells)
    valid = np.zeros(cells, dtype=np.bool_)
    sums = np.empty((cells, nd))
    half = (ns - 1) / 2.0
    cu = np.empty(cells)  # cell centres in the cylinder's frame
    cv = np.empty(cells)
    disc = np.empty(cells, dtype=np.bool_)  # within the cylinder's radius
    gcol = np.empty(cells, dtype=np.int64)
    grow = np.empty(cells, dtype=np.int64)
    for i in range(ns):
        for j in range(ns):
            u = (i - half) * delta_s
            v = (j - half) * delta_s
            cu[i * ns + j], cv[i * ns + j] = u, v
            disc[i * ns + j] = u * u + v * v <= radius * radius
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
        # cell centres and raster positions in a branch-free (vectorisable) pass, then the
        # validity tests (same expressions as per cell, so the same values)
        for cell in range(cells):
            px = x[m] + c * cu[cell] - s * cv[cell]
            py = y[m] + s * cu[cell] + c * cv[cell]
            cpx[cell], cpy[cell] = px, py
            gcol[cell] = math.floor((px - ox) / step + 0.5)
            grow[cell] = math.floor((py - oy) / step + 0.5)
        for cell in range(cells):
            valid[cell] = False
            if not disc[cell]:
                continue
            row, col = grow[cell], gcol[cell]
            if row < 0 or col < 0 or row >= region.shape[0] or col >= region.shape[1]:
                continue
            if region[row, col] == 0:
                continue
            valid[cell] = True
            mask[m, cell // 64] |= np.uint64(1) << np.uint64(cell % 64)
            valid_cells += 1
            for k in range(nd):
                sums[cell, k] = 0.0
        # Each neighbour adds to the cells within ``reach`` of it only: a box of cells
        # around its position in the cylinder's frame (one cell of slack for rounding;
        # the exact distance test decides). Per cell the additions keep the neighbours'
        # order, so the sums are the same floating-point values as a loop over all.
        for q in range(neighbours):
            t = near[q]
            ex, ey = x[t] - x[m], y[t] - y[m]
            lu = (c * ex + s * ey) / delta_s + half
            lv = (-s * ex + c * ey) / delta_s + half
            span = reach / delta_s + 1.0
            i0, i1 = max(0, math.floor(lu - span)), min(ns - 1, math.ceil(lu + span))
            j0, j1 = max(0, math.floor(lv - span)), min(ns - 1, math.ceil(lv + span))
            for i in range(i0, i1 + 1):
                for j in range(j0, j1 + 1):
                    cell = i * ns + j
                    if not valid[cell]:
                        continue
                    dx, dy = x[t] - cpx[cell], y[t] - cpy[cell]
                    d2 = dx * dx + dy * dy
                    if d2 > reach2:
                        continue
                    cs = gs_norm * math.exp(-d2 * inv_two_var)
                    for k in range(nd):
                        sums[cell, k] += cs * cd[q, k]
        for cell in range(cells):
            if valid[cell]:
                w, b = cell // 64, np.uint64(cell % 64)
                for k in range(nd):
                    if sums[cell, k] > mu_psi:
                        values[m, k * words + w] |= np.uint64(1) << b
        ok[m] = valid_cells >= min_valid_cells * ns * ns * math.pi / 4.0 and (
            neighbours >= min_neighbours
        )
    return values, mask, ok
