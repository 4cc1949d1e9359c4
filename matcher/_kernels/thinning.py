"""Thinning of a binary ridge map to a one-pixel-wide, 8-connected skeleton.

Zhang & Suen's two sub-iteration parallel thinning, followed by one sequential pass that
removes the corner pixels of "staircases" (pixels with two adjacent 4-neighbours whose
removal keeps their neighbours connected), so that every line pixel has exactly two
neighbours and the crossing number is exact.

References
----------
T. Y. Zhang, C. Y. Suen, "A fast parallel algorithm for thinning digital patterns",
CACM 27(3), 1984.
"""

from __future__ import annotations

import numpy as np
from numba import njit

# ring order P2..P9: N, NE, E, SE, S, SW, W, NW as (dy, dx)
RING_DY = np.array([-1, -1, 0, 1, 1, 1, 0, -1], np.int64)
RING_DX = np.array([0, 1, 1, 1, 0, -1, -1, -1], np.int64)


@njit(cache=True, nogil=True)
def _ring(img: np.ndarray, y: int, x: int, out: np.ndarray) -> None:
    h, w = img.shape
    for k in range(8):
        yy = y + RING_DY[k]
        xx = x + RING_DX[k]
        out[k] = 1 if (0 <= yy < h and 0 <= xx < w and img[yy, xx]) else 0


@njit(cache=True, nogil=True)
def zhang_suen(binary: np.ndarray) -> np.ndarray:
    """Zhang-Suen thinning of a boolean image (True = ridge); returns uint8 0/1.

    Only the pixels still set are visited: the list of ridge pixels is compacted after every
    iteration, so later iterations touch a shrinking fraction of the image.
    """
    h, w = binary.shape
    img = np.zeros((h, w), np.uint8)
    total = 0
    for y in range(h):
        for x in range(w):
            if binary[y, x]:
                img[y, x] = 1
                total += 1
    ys = np.empty(total, np.int64)
    xs = np.empty(total, np.int64)
    n_live = 0
    for y in range(h):
        for x in range(w):
            if img[y, x]:
                ys[n_live] = y
                xs[n_live] = x
                n_live += 1
    ring = np.zeros(8, np.uint8)
    marked = np.empty(total, np.int64)
    changed = True
    while changed:
        changed = False
        for step in range(2):
            n = 0
            for i in range(n_live):
                y = ys[i]
                x = xs[i]
                if img[y, x] == 0:
                    continue
                _ring(img, y, x, ring)
                b = 0
                for k in range(8):
                    b += ring[k]
                if b < 2 or b > 6:
                    continue
                a = 0
                for k in range(8):
                    if ring[k] == 0 and ring[(k + 1) % 8] == 1:
                        a += 1
                if a != 1:
                    continue
                p2, p4, p6, p8 = ring[0], ring[2], ring[4], ring[6]
                if step == 0:
                    if p2 * p4 * p6 != 0 or p4 * p6 * p8 != 0:
                        continue
                else:
                    if p2 * p4 * p8 != 0 or p2 * p6 * p8 != 0:
                        continue
                marked[n] = i
                n += 1
            for j in range(n):
                img[ys[marked[j]], xs[marked[j]]] = 0
            if n > 0:
                changed = True
        # drop removed pixels from the live list
        k = 0
        for i in range(n_live):
            if img[ys[i], xs[i]]:
                ys[k] = ys[i]
                xs[k] = xs[i]
                k += 1
        n_live = k
    _remove_staircases(img)
    return img


@njit(cache=True, nogil=True)
def _ring_components(ring: np.ndarray) -> int:
    """8-connected components among the set ring pixels (the centre excluded)."""
    parent = np.arange(8)
    for k in range(8):
        if ring[k] == 0:
            continue
        # consecutive ring cells touch; 4-neighbours (even k) also touch the next 4-neighbour
        for j in (k + 1, k + 2):
            jj = j % 8
            if ring[jj] == 0:
                continue
            if j == k + 2 and k % 2 == 1:
                continue
            a = k
            while parent[a] != a:
                a = parent[a]
            b = jj
            while parent[b] != b:
                b = parent[b]
            if a != b:
                parent[b] = a
    count = 0
    for k in range(8):
        if ring[k] == 1 and parent[k] == k:
            count += 1
    return count


@njit(cache=True, nogil=True)
def _remove_staircases(img: np.ndarray) -> None:
    h, w = img.shape
    ring = np.zeros(8, np.uint8)
    for y in range(h):
        for x in range(w):
            if img[y, x] == 0:
                continue
            _ring(img, y, x, ring)
            corner = (
                (ring[0] and ring[2])
                or (ring[2] and ring[4])
                or (ring[4] and ring[6])
                or (ring[6] and ring[0])
            )
            if not corner:
                continue
            b = 0
            for k in range(8):
                b += ring[k]
            if b < 2:
                continue
            if _ring_components(ring) == 1:
                img[y, x] = 0


@njit(cache=True, nogil=True)
def crossing_number(img: np.ndarray, y: int, x: int) -> int:
    """Half the number of 0/1 changes around the 8-ring of a skeleton pixel."""
    h, w = img.shape
    prev = 0
    first = 0
    total = 0
    for k in range(8):
        yy = y + RING_DY[k]
        xx = x + RING_DX[k]
        v = 1 if (0 <= yy < h and 0 <= xx < w and img[yy, xx]) else 0
        if k == 0:
            first = v
        else:
            total += abs(v - prev)
        prev = v
    total += abs(first - prev)
    return total // 2
