"""Global consolidation after LSS-R: one rigid alignment, then a one-to-one minutiae count.

LSS-R (Cappelli, Ferrara, Maltoni 2010) averages the relaxed similarities of a few pairs of
cylinders. Two prints of different fingers that share a handful of locally similar minutiae
can score as high as a distorted or dry genuine pair, chiefly when one template is small
(n_P is then 4). This stage checks the whole print instead: it aligns A on B with the
rigid transform of LSS-R's strongest pair and the pairs compatible with it, pairs the aligned
minutiae one-to-one within a tolerance, and scales the LSS-R score by the fraction of the
minutiae in the common region that found a mate:

``score = lssr * (FLOOR + (1 - FLOOR) * min(1, m / sqrt(max(nA, N0) * max(nB, N0))))``

with ``m`` the pairs found and ``nA``, ``nB`` the minutiae of each print inside the other's
convex hull (after alignment). ``N0`` keeps a tiny overlap from passing as a full one (a
match needs enough minutiae to be checked), ``FLOOR`` keeps LSS-R's ranking where the
alignment fails (heavy distortion). The tolerance grows with the distance from the
alignment's centre, as skin distortion does.

Measured on the four shared FVC sets (280 genuine, 2,880 impostor pairs each), our minutiae
and NBIS minutiae alike, every EER and FNMR at FMR 0.1 % stayed the same or fell
(docs/matcher.md, bench/results/accuracy.md).

Numba keys the cached ``score_pair`` / ``score_many`` on ``mcc_match.py`` only; a change to
this file still reaches them because the whole cache folder is named after a digest of every
kernel source (:mod:`matcher._kernels`).

References
----------
R. Cappelli, M. Ferrara, D. Maltoni, "Minutia Cylinder-Code", IEEE TPAMI 32(12), 2010
(LSS-R, the pairs and compatibilities this stage starts from).
A. M. Bazen, S. H. Gerez, "Fingerprint matching by thin-plate spline modelling of elastic
deformations", Pattern Recognition 36(8), 2003 (the paired-minutiae score m^2 / (nA nB)).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from matcher._kernels.mcc_bits import STACK_DOUBLES, stack_doubles

PAIR_TOLERANCE = 12.0  # pixels at 500 dpi (a little more than one ridge period)
PAIR_GROWTH = 0.05  # extra pixels of tolerance per pixel from the alignment centre
PAIR_ANGLE = math.pi / 4.0  # direction tolerance of a pair after alignment
CLUSTER_RHO = 0.5  # pairs at least this compatible with the anchor set the transform
MIN_OVERLAP = 16.0  # N0: fewer minutiae in the common region count as this many
FLOOR = 0.3  # share of the LSS-R score kept whatever the paired fraction
HULL_MARGIN = 1.0  # pixels: points this near their hull may be on it after a rigid motion


@njit(cache=True, nogil=True)
def anchor_pair(current: np.ndarray, chosen: int) -> int:
    """The chosen pair with the highest relaxed similarity (ties: the earlier chosen)."""
    best_t, best = 0, current[0]
    for t in range(1, chosen):
        if current[t] > best:
            best_t, best = t, current[t]
    return best_t


@njit(cache=True, nogil=True)
def rigid_transform(
    anchor: int,
    pa: np.ndarray,
    pb: np.ndarray,
    lam: np.ndarray,
    rho: np.ndarray,
    links: np.ndarray,
    degree: np.ndarray,
    xa: np.ndarray,
    ya: np.ndarray,
    ta: np.ndarray,
    xb: np.ndarray,
    yb: np.ndarray,
    tb: np.ndarray,
) -> tuple[float, float, float, float, float]:
    """Rotation and centres ``(rot, cax, cay, cbx, cby)`` that map A onto B.

    From the anchor pair and every pair at least ``CLUSTER_RHO`` compatible with it (in
    the order :func:`~matcher._kernels.mcc_match.compatibility` lists them), weighted by
    local similarity times compatibility (the anchor by its similarity): the rotation is
    the weighted circular mean of the pairs' direction differences, the centres the
    weighted centroids. A point p of A maps to ``R(rot) (p - ca) + cb``.
    """
    cs = sn = cax = cay = cbx = cby = sw = 0.0
    for s in range(-1, degree[anchor]):
        if s < 0:
            t, w = anchor, lam[anchor]
        else:
            if rho[anchor, s] < CLUSTER_RHO:
                continue
            t = links[anchor, s]
            w = lam[t] * rho[anchor, s]
        d = tb[pb[t]] - ta[pa[t]]
        cs += w * math.cos(d)
        sn += w * math.sin(d)
        cax += w * xa[pa[t]]
        cay += w * ya[pa[t]]
        cbx += w * xb[pb[t]]
        cby += w * yb[pb[t]]
        sw += w
    return math.atan2(sn, cs), cax / sw, cay / sw, cbx / sw, cby / sw


@njit(cache=True, nogil=True)
def count_inside(px: np.ndarray, py: np.ndarray, hx: np.ndarray, hy: np.ndarray, h: int) -> int:
    """How many points lie in the counter-clockwise convex polygon ``hx[:h]``, ``hy[:h]``
    (edges included); all of them when it has fewer than 3 vertices (no area to test).

    A point is outside when its cross product with some edge is negative. Edge by edge,
    every point is tested in one branch-free loop the compiler vectorises (a flag per point
    on the stack), instead of point by point with an early exit: the same products, so the
    same verdicts, for a fraction of the time.
    """
    n = px.shape[0]
    if h < 3:
        return n
    inside = stack_doubles()
    count = 0
    for i0 in range(0, n, STACK_DOUBLES):
        w = min(STACK_DOUBLES, n - i0)
        for i in range(w):
            inside[i] = 1.0
        for e in range(h):
            f = e + 1 if e + 1 < h else 0
            ex, ey, x0, y0 = hx[f] - hx[e], hy[f] - hy[e], hx[e], hy[e]
            for i in range(w):  # vectorises
                cross = ex * (py[i0 + i] - y0) - ey * (px[i0 + i] - x0)
                inside[i] = 0.0 if cross < 0.0 else inside[i]
        total = 0.0
        for i in range(w):
            total += inside[i]
        count += int(total)
    return count


@njit(cache=True, nogil=True)
def hull_into(
    x: np.ndarray, y: np.ndarray, order: np.ndarray, hx: np.ndarray, hy: np.ndarray
) -> int:
    """Convex hull of the points in caller buffers, without allocating (the comparator runs
    it twice per pair): returns the vertex count ``h``; ``hx[:h]``, ``hy[:h]`` are the
    vertices counter-clockwise, collinear and repeated points dropped, the same polygon as
    :func:`matcher._kernels.hull.convex_hull` (Andrew's monotone chain). ``order`` holds
    ``n`` indices, ``hx`` and ``hy`` ``2 n`` values.
    """
    n = x.shape[0]
    for i in range(n):  # insertion sort by x, then y (n is at most a few dozen)
        k, j = i, i - 1
        while j >= 0 and (x[order[j]] > x[k] or (x[order[j]] == x[k] and y[order[j]] > y[k])):
            order[j + 1] = order[j]
            j -= 1
        order[j + 1] = k
    h = lower = 0
    for q in range(2 * n - 1):  # lower chain left to right, then upper chain back
        i = order[q] if q < n else order[2 * n - 2 - q]
        floor = 2 if q < n else lower + 1
        while (
            h >= floor
            and (
                (hx[h - 1] - hx[h - 2]) * (y[i] - hy[h - 2])
                - (hy[h - 1] - hy[h - 2]) * (x[i] - hx[h - 2])
            )
            <= 0.0
        ):
            h -= 1
        hx[h], hy[h] = x[i], y[i]
        h += 1
        if q == n - 1:
            lower = h
    return max(h - 1, min(n, 1))


@njit(cache=True, nogil=True)
def paired_minutiae(
    ax: np.ndarray,
    ay: np.ndarray,
    at: np.ndarray,
    xb: np.ndarray,
    yb: np.ndarray,
    tb: np.ndarray,
    cbx: float,
    cby: float,
    cost: np.ndarray,
    cell: np.ndarray,
    used_a: np.ndarray,
    used_b: np.ndarray,
) -> int:
    """One-to-one pairs of aligned A minutiae (``ax``, ``ay``, ``at``) with B's.

    A pair is possible when the positions are within ``PAIR_TOLERANCE + PAIR_GROWTH * r``
    (``r`` the A minutia's distance from the centre ``(cbx, cby)``) and the directions
    within ``PAIR_ANGLE``; its cost is ``distance / tolerance + angle / PAIR_ANGLE``. Pairs
    are taken by increasing cost (ties: lower ``i * nb + j``), each minutia once.
    ``cost``/``cell`` hold up to ``na * nb`` candidates, ``used_a``/``used_b`` (int64) one
    flag per minutia.

    How, cheaply: most cells fail the distance test (about 1 in 80 passes on FVC prints),
    so a row's survivors are first counted in one branch-free loop the compiler vectorises,
    and only rows with a survivor are scanned cell by cell. The candidates are then sorted
    once (stable: ties keep the listing order) and taken in one pass, which chooses exactly
    what repeatedly taking the cheapest free candidate would (a skipped candidate's
    minutiae stay used), stopping once one side is used up.
    """
    na, nb = ax.shape[0], xb.shape[0]
    k = 0
    for i in range(na):
        axi, ayi = ax[i], ay[i]
        r = math.sqrt((axi - cbx) ** 2 + (ayi - cby) ** 2)
        tol = PAIR_TOLERANCE + PAIR_GROWTH * r
        tol2 = tol * tol
        hits = 0
        for j in range(nb):  # vectorises: a count, no branch
            dx, dy = axi - xb[j], ayi - yb[j]
            hits += dx * dx + dy * dy <= tol2
        if hits == 0:  # most rows: no B minutia near enough
            continue
        for j in range(nb):
            dx, dy = axi - xb[j], ayi - yb[j]
            d2 = dx * dx + dy * dy
            if not d2 <= tol2:  # NaN fails too: it could never be chosen
                continue
            hits -= 1  # the same test on the same values: stop after the last survivor
            da = at[i] - tb[j]
            da = abs(da - 2.0 * math.pi * math.floor((da + math.pi) / (2.0 * math.pi)))
            c = math.sqrt(d2) / tol + da / PAIR_ANGLE
            # NaN fails both tests, infinite costs (an infinite tolerance) the second:
            # neither could ever be chosen
            if da <= PAIR_ANGLE and c < math.inf:
                cost[k] = c
                cell[k] = i * nb + j
                k += 1
            if hits == 0:
                break
    if k == 0:
        return 0
    _sort_candidates(cost, cell, k)
    for i in range(na):
        used_a[i] = 0
    for j in range(nb):
        used_b[j] = 0
    m, most = 0, min(na, nb)
    for q in range(k):
        i = cell[q] // nb  # cells are >= 0: plain division
        j = cell[q] - i * nb
        if used_a[i] == 0 and used_b[j] == 0:
            used_a[i] = used_b[j] = 1
            m += 1
            if m == most:
                break
    return m


@njit(cache=True, nogil=True)
def _sort_candidates(cost: np.ndarray, cell: np.ndarray, k: int) -> None:
    """Sort ``cost[:k]`` ascending with ``cell[:k]`` alongside, stably (equal costs keep
    their order): insertion sort for the usual few dozen, a merge sort beyond."""
    if k > 48:
        order = np.argsort(cost[:k], kind="mergesort")
        sc, sl = cost[:k][order], cell[:k][order]
        cost[:k] = sc
        cell[:k] = sl
        return
    for q in range(1, k):
        c, label = cost[q], cell[q]
        p = q - 1
        while p >= 0 and cost[p] > c:
            cost[p + 1], cell[p + 1] = cost[p], cell[p]
            p -= 1
        cost[p + 1], cell[p + 1] = c, label


@njit(cache=True, nogil=True)
def hull_candidates(
    x: np.ndarray,
    y: np.ndarray,
    order: np.ndarray,
    hx: np.ndarray,
    hy: np.ndarray,
    cand: np.ndarray,
) -> int:
    """The points that may be vertices of the hull of the points after a rigid motion.

    Writes their indices, ascending, to ``cand`` and returns their count: the vertices of
    the points' own hull and every point within ``HULL_MARGIN`` pixels of its boundary (all
    points when the hull has no area). A point further inside stays strictly inside the
    moved hull, whatever the rounding of the motion, so it can never be a vertex and never
    decides a turn of the monotone chain that keeps it out: :func:`hull_into` of the moved
    candidates is the hull of all the moved points, vertex for vertex. The comparator moves
    one print (the probe) onto each other, so this runs once per probe, and each pair's
    hull sorts the ~15 candidates instead of all ~40 points. Buffers as :func:`hull_into`.
    """
    n = x.shape[0]
    h = hull_into(x, y, order, hx, hy)
    k = 0
    for i in range(n):
        keep = h < 3
        for e in range(h):
            if keep:
                break
            f = e + 1 if e + 1 < h else 0
            ex, ey = hx[f] - hx[e], hy[f] - hy[e]
            cross = ex * (y[i] - hy[e]) - ey * (x[i] - hx[e])  # distance times edge length
            keep = cross <= HULL_MARGIN * math.sqrt(ex * ex + ey * ey)
        if keep:
            cand[k] = i
            k += 1
    return k


@njit(cache=True, nogil=True)
def pack_hulls(
    x: np.ndarray,
    y: np.ndarray,
    offsets: np.ndarray,
    hx: np.ndarray,
    hy: np.ndarray,
    counts: np.ndarray,
) -> None:
    """Each packed template's hull (:func:`hull_into`), computed once when templates are
    packed instead of once per comparison: template ``q``'s ``counts[q]`` vertices go to
    ``hx``, ``hy`` from row ``offsets[q]`` (a hull has at most as many vertices as points)."""
    m = offsets.shape[0] - 1
    most = 1
    for q in range(m):
        most = max(most, offsets[q + 1] - offsets[q])
    order = np.empty(most, np.int64)
    bx, by = np.empty(2 * most), np.empty(2 * most)
    for q in range(m):
        lo, hi = offsets[q], offsets[q + 1]
        if hi == lo:
            counts[q] = 0
            continue
        h = hull_into(x[lo:hi], y[lo:hi], order, bx, by)
        counts[q] = h
        hx[lo : lo + h] = bx[:h]
        hy[lo : lo + h] = by[:h]


@njit(cache=True, nogil=True)
def consolidation_factor(
    anchor: int,
    pa: np.ndarray,
    pb: np.ndarray,
    lam: np.ndarray,
    rho: np.ndarray,
    links: np.ndarray,
    degree: np.ndarray,
    xa: np.ndarray,
    ya: np.ndarray,
    ta: np.ndarray,
    xb: np.ndarray,
    yb: np.ndarray,
    tb: np.ndarray,
    hbx: np.ndarray,
    hby: np.ndarray,
    cand: np.ndarray,
    fwork: np.ndarray,
    hull_work: np.ndarray,
    order: np.ndarray,
    cost: np.ndarray,
    cell: np.ndarray,
    used_a: np.ndarray,
    used_b: np.ndarray,
) -> float:
    """The factor the LSS-R score is multiplied by (module docstring), in [FLOOR, 1].

    ``hbx``, ``hby``: B's hull (:func:`hull_into`, made once per template); ``cand``: A's
    hull candidates (:func:`hull_candidates`, once per probe). ``fwork`` is a (3, n) float64
    buffer, ``hull_work`` a (4, 2 n) float64 one, ``order``, ``used_a`` and ``used_b`` (n,)
    int64 ones, ``cost`` and ``cell`` hold ``na * nb`` candidates (float64, int64). ``pa``
    and ``pb`` may share ``order``'s memory (they are read first).
    """
    na = xa.shape[0]
    rot, cax, cay, cbx, cby = rigid_transform(anchor, pa, pb, lam, rho, links, degree,
                                              xa, ya, ta, xb, yb, tb)  # fmt: skip
    c, s = math.cos(rot), math.sin(rot)
    ax, ay, at = fwork[0, :na], fwork[1, :na], fwork[2, :na]
    for i in range(na):
        dx, dy = xa[i] - cax, ya[i] - cay
        ax[i] = c * dx - s * dy + cbx
        ay[i] = s * dx + c * dy + cby
        at[i] = ta[i] + rot
    m = paired_minutiae(ax, ay, at, xb, yb, tb, cbx, cby, cost, cell, used_a, used_b)
    if m == 0:  # the factor is FLOOR whatever the overlap: skip both hulls
        return FLOOR
    k = cand.shape[0]
    cx, cy, hax, hay = hull_work[0, :k], hull_work[1, :k], hull_work[2], hull_work[3]
    for q in range(k):
        cx[q], cy[q] = ax[cand[q]], ay[cand[q]]
    ha = hull_into(cx, cy, order, hax, hay)  # the hull of all of ax, ay: see hull_candidates
    n_a = max(float(count_inside(ax, ay, hbx, hby, hbx.shape[0])), MIN_OVERLAP)
    n_b = max(float(count_inside(xb, yb, hax, hay, ha)), MIN_OVERLAP)
    return FLOOR + (1.0 - FLOOR) * min(1.0, m / math.sqrt(n_a * n_b))
