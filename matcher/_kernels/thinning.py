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


def _ring_bits(code: int) -> list[int]:
    return [(code >> k) & 1 for k in range(8)]


def _zs_deletable(code: int, step: int) -> bool:
    """Zhang-Suen's deletion test for one sub-iteration, on the ring as an 8-bit code."""
    ring = _ring_bits(code)
    b = sum(ring)
    if b < 2 or b > 6:
        return False
    a = sum(1 for k in range(8) if ring[k] == 0 and ring[(k + 1) % 8] == 1)
    if a != 1:
        return False
    p2, p4, p6, p8 = ring[0], ring[2], ring[4], ring[6]
    if step == 0:
        return p2 * p4 * p6 == 0 and p4 * p6 * p8 == 0
    return p2 * p4 * p8 == 0 and p2 * p6 * p8 == 0


def _ring_components(ring: list[int]) -> int:
    """8-connected components among the set ring pixels (the centre excluded)."""
    parent = list(range(8))

    def root(a: int) -> int:
        while parent[a] != a:
            a = parent[a]
        return a

    for k in range(8):
        if not ring[k]:
            continue
        # consecutive ring cells touch; a 4-neighbour (even k) also touches the next one
        for j in (k + 1, k + 2):
            if not ring[j % 8] or (j == k + 2 and k % 2 == 1):
                continue
            ra, rb = root(k), root(j % 8)
            if ra != rb:
                parent[rb] = ra
    return sum(1 for k in range(8) if ring[k] and parent[k] == k)


def _staircase_corner(code: int) -> bool:
    """A pixel with two adjacent set 4-neighbours whose removal keeps its ring connected."""
    ring = _ring_bits(code)
    corner = any(ring[k] and ring[(k + 2) % 8] for k in (0, 2, 4, 6))
    return corner and sum(ring) >= 2 and _ring_components(ring) == 1


# 256-entry decision tables indexed by the ring code (bit k set = ring pixel P(k+2) set):
# the per-pixel tests become one table look-up (computed once, in plain Python, at import)
ZS_DELETE = np.array([[_zs_deletable(c, s) for c in range(256)] for s in (0, 1)], np.uint8)
STAIRCASE = np.array([_staircase_corner(c) for c in range(256)], np.uint8)


@njit(cache=True, nogil=True, inline="always")
def _code(img: np.ndarray, y: int, x: int) -> int:
    """Ring code of an interior pixel of a zero-padded image (no bounds checks needed)."""
    return (
        img[y - 1, x]
        | (img[y - 1, x + 1] << 1)
        | (img[y, x + 1] << 2)
        | (img[y + 1, x + 1] << 3)
        | (img[y + 1, x] << 4)
        | (img[y + 1, x - 1] << 5)
        | (img[y, x - 1] << 6)
        | (img[y - 1, x - 1] << 7)
    )


@njit(cache=True, nogil=True)
def zhang_suen(binary: np.ndarray) -> np.ndarray:
    """Zhang-Suen thinning of a boolean image (True = ridge); returns uint8 0/1.

    Only the pixels still set are visited: the list of ridge pixels is compacted after every
    iteration, so later iterations touch a shrinking fraction of the image. The image is
    padded by one zero pixel so that the ring of every pixel is read without bounds checks,
    and each deletion test is a look-up of the ring code in a 256-entry table.
    """
    h, w = binary.shape
    img = np.zeros((h + 2, w + 2), np.uint8)
    total = 0
    for y in range(h):
        for x in range(w):
            if binary[y, x]:
                img[y + 1, x + 1] = 1
                total += 1
    ys = np.empty(total, np.int64)
    xs = np.empty(total, np.int64)
    n_live = 0
    for y in range(1, h + 1):
        for x in range(1, w + 1):
            if img[y, x]:
                ys[n_live] = y
                xs[n_live] = x
                n_live += 1
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
                if ZS_DELETE[step, _code(img, y, x)]:
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
    # staircase pass: sequential, in raster order, each test on the current state
    for i in range(n_live):
        y = ys[i]
        x = xs[i]
        if STAIRCASE[_code(img, y, x)]:
            img[y, x] = 0
    return img[1 : h + 1, 1 : w + 1].copy()


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
