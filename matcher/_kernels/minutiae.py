"""Minutiae on a thin skeleton: crossing-number detection and tracing along the ridges.

The crossing number (Arcelli & Baja 1984; Mehtre 1993) of a skeleton pixel is 1 at a ridge
ending and 3 at a bifurcation. Tracing follows the skeleton from a minutia along each of its
branches until another minutia or a length limit: the branch lengths expose spurs, bridges
and short ridge fragments, and the first pixels of each branch give the minutia direction.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from matcher._kernels.thinning import RING_DX, RING_DY, crossing_number

STOP_LIMIT = 0  # traced to the length limit
STOP_ENDING = 1  # reached a ridge ending
STOP_JUNCTION = 3  # reached a bifurcation (or a higher-order junction)
STOP_NONE = -1  # no such branch


@njit(cache=True, nogil=True)
def detect(skel: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Rows ``(y, x, cn)`` of every masked skeleton pixel whose crossing number is 1 or >= 3."""
    h, w = skel.shape
    out = np.empty((h * w // 4 + 16, 3), np.int64)
    n = 0
    for y in range(1, h - 1):
        for x in range(1, w - 1):
            if skel[y, x] == 0 or not mask[y, x]:
                continue
            cn = crossing_number(skel, y, x)
            if cn == 1 or cn >= 3:
                if n == out.shape[0]:
                    return out[:n]
                out[n, 0] = y
                out[n, 1] = x
                out[n, 2] = cn
                n += 1
    return out[:n]


@njit(cache=True, nogil=True)
def _trace(
    skel: np.ndarray, y0: int, x0: int, y1: int, x1: int, max_len: int, dir_len: int
) -> tuple[int, int, int, int, float, float]:
    """Follow the skeleton from (y0, x0) through (y1, x1).

    Returns ``(length, stop, end_y, end_x, dir_y, dir_x)`` where ``dir`` is the pixel reached
    after ``dir_len`` steps (or the end, if sooner).
    """
    h, w = skel.shape
    py, px = y0, x0
    ppy, ppx = y0, x0
    cy, cx = y1, x1
    length = 1
    dy = float(cy)
    dx = float(cx)
    while True:
        if length <= dir_len:
            dy = float(cy)
            dx = float(cx)
        cn = crossing_number(skel, cy, cx)
        if cn == 1:
            return length, STOP_ENDING, cy, cx, dy, dx
        if cn >= 3:
            return length, STOP_JUNCTION, cy, cx, dy, dx
        if length >= max_len:
            return length, STOP_LIMIT, cy, cx, dy, dx
        ny, nx = -1, -1
        best = 99
        for k in range(8):
            yy = cy + RING_DY[k]
            xx = cx + RING_DX[k]
            if yy < 0 or yy >= h or xx < 0 or xx >= w or skel[yy, xx] == 0:
                continue
            if (yy == py and xx == px) or (yy == ppy and xx == ppx) or (yy == y0 and xx == x0):
                continue
            # prefer pixels not touching the previous one, then 4-neighbours
            touch = abs(yy - py) <= 1 and abs(xx - px) <= 1
            score = (2 if touch else 0) + (k % 2)
            if score < best:
                best = score
                ny, nx = yy, xx
        if ny < 0:
            return length, STOP_ENDING, cy, cx, dy, dx
        ppy, ppx = py, px
        py, px = cy, cx
        cy, cx = ny, nx
        length += 1


@njit(cache=True, nogil=True)
def trace_all(
    skel: np.ndarray, points: np.ndarray, max_len: int, dir_len: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Trace up to three branches of every minutia in ``points`` (rows y, x, cn).

    Returns
    -------
    length : int64 (N, 3)   steps along each branch (0 when absent)
    stop   : int64 (N, 3)   STOP_* code of each branch
    end    : int64 (N, 3, 2) the pixel where each branch stopped
    head   : float64 (N, 3, 2) the pixel ``dir_len`` steps along each branch
    """
    n = points.shape[0]
    length = np.zeros((n, 3), np.int64)
    stop = np.full((n, 3), STOP_NONE, np.int64)
    end = np.zeros((n, 3, 2), np.int64)
    head = np.zeros((n, 3, 2), np.float64)
    h, w = skel.shape
    ring = np.zeros(8, np.uint8)
    for i in range(n):
        y0 = points[i, 0]
        x0 = points[i, 1]
        for k in range(8):
            yy = y0 + RING_DY[k]
            xx = x0 + RING_DX[k]
            ring[k] = 1 if (0 <= yy < h and 0 <= xx < w and skel[yy, xx]) else 0
        # one start pixel per run of set ring cells, preferring a 4-neighbour
        start = 0
        while start < 8 and not (ring[start] == 0 and ring[(start + 1) % 8] == 1):
            start += 1
        if start == 8:
            continue
        b = 0
        k = (start + 1) % 8
        steps = 0
        while steps < 8 and b < 3:
            if ring[k] == 1:
                pick = k
                j = k
                while ring[j] == 1 and steps < 8:
                    if j % 2 == 0:
                        pick = j
                    j = (j + 1) % 8
                    steps += 1
                y1 = y0 + RING_DY[pick]
                x1 = x0 + RING_DX[pick]
                ln, st, ey, ex, hy, hx = _trace(skel, y0, x0, y1, x1, max_len, dir_len)
                length[i, b] = ln
                stop[i, b] = st
                end[i, b, 0] = ey
                end[i, b, 1] = ex
                head[i, b, 0] = hy
                head[i, b, 1] = hx
                b += 1
                k = j
            else:
                k = (k + 1) % 8
                steps += 1
    return length, stop, end, head
