"""Plain-Python MCC matching (bit similarity + LSS-R), the reference the kernels are checked
against: the paper's formulas written as directly as possible, no speed-ups.

References
----------
R. Cappelli, M. Ferrara, D. Maltoni, "Minutia Cylinder-Code", IEEE TPAMI 32(12), 2010,
eq. 11 (bit similarity), Sec. 5.1-5.2 (LSS, LSS-R).
"""

from __future__ import annotations

import math

import numpy as np

from matcher.mcc import Cylinders, MccParams


def _wrap(d: float) -> float:
    return (d + math.pi) % (2.0 * math.pi) - math.pi


def _sigmoid(v: float, mu: float, tau: float) -> float:
    return 1.0 / (1.0 + math.exp(-tau * (v - mu)))


def _bits(words: np.ndarray) -> np.ndarray:
    return np.unpackbits(np.ascontiguousarray(words).view(np.uint8), bitorder="little").astype(bool)


def local_similarity(a: Cylinders, i: int, b: Cylinders, j: int, p: MccParams) -> float:
    """Bit similarity of cylinder ``i`` of ``a`` and ``j`` of ``b`` (0: not comparable)."""
    if not (a.ok[i] and b.ok[j]) or abs(_wrap(a.theta[i] - b.theta[j])) > p.max_rotation:
        return 0.0
    common = _bits(a.mask[i]) & _bits(b.mask[j])
    if common.sum() < p.min_matchable_cells:
        return 0.0
    ca = _bits(a.values[i]) & np.tile(common, p.nd)
    cb = _bits(b.values[j]) & np.tile(common, p.nd)
    den = math.sqrt(ca.sum()) + math.sqrt(cb.sum())
    return 0.0 if den == 0 else 1.0 - math.sqrt((ca ^ cb).sum()) / den


def similarity_matrix(a: Cylinders, b: Cylinders, p: MccParams) -> np.ndarray:
    return np.array(
        [[local_similarity(a, i, b, j, p) for j in range(len(b))] for i in range(len(a))]
    ).reshape(len(a), len(b))


def score(a: Cylinders, b: Cylinders, p: MccParams, consolidate: bool = True) -> float:
    """LSS-R score: greedy one-to-one pairs (by similarity, ties by lower i, then lower j),
    relaxation by geometric compatibility, mean of the n_P most efficient relaxed pairs;
    times the global consolidation factor (:func:`consolidation`) unless ``consolidate`` is
    False (the gallery's coarse LSS-R stage has none).

    The compatibility of chosen pairs t < k is symmetric, its radial-angle term measured at
    the earlier chosen pair t (the paper's rho(t, k) used for both orders)."""
    na, nb = len(a), len(b)
    if na == 0 or nb == 0:
        return 0.0
    sim = similarity_matrix(a, b, p)
    cells = sorted((-sim[i, j], i, j) for i in range(na) for j in range(nb) if sim[i, j] > 0)
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for v, i, j in cells:
        if len(pairs) == min(na, nb):
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j, -v))
    if not pairs:
        return 0.0
    n_p = min(4 + round(_sigmoid(min(na, nb), 20.0, 0.4) * 8.0), len(pairs))
    if len(pairs) == 1:
        if not consolidate:
            return pairs[0][2]
        one = np.array([pairs[0][2]])
        return pairs[0][2] * consolidation(a, b, pairs, one, one, np.zeros((1, 1)))
    n = len(pairs)
    rho = np.zeros((n, n))
    for t in range(n):
        for k in range(t + 1, n):  # the radial angle is taken at the earlier chosen pair
            a1, b1, _ = pairs[t]
            a2, b2, _ = pairs[k]
            d1 = abs(
                math.hypot(a.x[a1] - a.x[a2], a.y[a1] - a.y[a2])
                - math.hypot(b.x[b1] - b.x[b2], b.y[b1] - b.y[b2])
            )
            d2 = abs(_wrap(_wrap(a.theta[a1] - a.theta[a2]) - _wrap(b.theta[b1] - b.theta[b2])))
            ra = _wrap(a.theta[a1] - math.atan2(a.y[a2] - a.y[a1], a.x[a2] - a.x[a1]))
            rb = _wrap(b.theta[b1] - math.atan2(b.y[b2] - b.y[b1], b.x[b2] - b.x[b1]))
            d3 = abs(_wrap(ra - rb))
            rho[t, k] = rho[k, t] = (
                _sigmoid(d1, 5.0, -8.0 / 5.0)
                * _sigmoid(d2, math.pi / 12.0, -30.0)
                * _sigmoid(d3, math.pi / 12.0, -30.0)
            )
    lam = np.array([v for _, _, v in pairs])
    current = lam.copy()
    for _ in range(p.relax_iterations):
        current = p.relax_weight * current + (1.0 - p.relax_weight) * (rho @ current) / (n - 1)
    efficiency = current / lam
    order = sorted(range(n), key=lambda t: (-efficiency[t], t))
    lssr = float(np.mean(current[order[:n_p]]))
    if not consolidate:
        return lssr
    return lssr * consolidation(a, b, pairs, lam, current, rho)


def consolidation(
    a: Cylinders,
    b: Cylinders,
    pairs: list[tuple[int, int, float]],
    lam: np.ndarray,
    current: np.ndarray,
    rho: np.ndarray,
) -> float:
    """Global consolidation factor (matcher/_kernels/mcc_consolidate.py), written plainly:
    align A on B by the strongest relaxed pair and the pairs compatible with it, pair the
    aligned minutiae one-to-one within the tolerance, and take the paired fraction of the
    minutiae inside the other print's convex hull."""
    from matcher._kernels import mcc_consolidate as c

    anchor = max(range(len(pairs)), key=lambda t: (current[t], -t))
    cluster = [anchor] + [
        k for k in range(len(pairs)) if k != anchor and rho[anchor, k] >= c.CLUSTER_RHO
    ]
    weights = [lam[anchor]] + [lam[k] * rho[anchor, k] for k in cluster[1:]]
    total = sum(weights)
    diffs = [b.theta[pairs[t][1]] - a.theta[pairs[t][0]] for t in cluster]
    rot = math.atan2(
        sum(w * math.sin(d) for w, d in zip(weights, diffs, strict=True)),
        sum(w * math.cos(d) for w, d in zip(weights, diffs, strict=True)),
    )
    ca = [
        sum(w * v[pairs[t][0]] for w, t in zip(weights, cluster, strict=True)) / total
        for v in (a.x, a.y)
    ]
    cb = [
        sum(w * v[pairs[t][1]] for w, t in zip(weights, cluster, strict=True)) / total
        for v in (b.x, b.y)
    ]
    ax = math.cos(rot) * (a.x - ca[0]) - math.sin(rot) * (a.y - ca[1]) + cb[0]
    ay = math.sin(rot) * (a.x - ca[0]) + math.cos(rot) * (a.y - ca[1]) + cb[1]
    at = a.theta + rot
    candidates = []
    for i in range(len(a)):
        tol = c.PAIR_TOLERANCE + c.PAIR_GROWTH * math.hypot(ax[i] - cb[0], ay[i] - cb[1])
        for j in range(len(b)):
            d = math.hypot(ax[i] - b.x[j], ay[i] - b.y[j])
            angle = abs(_wrap(at[i] - b.theta[j]))
            if d <= tol and angle <= c.PAIR_ANGLE:
                candidates.append((d / tol + angle / c.PAIR_ANGLE, i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
    m = len(used_a)

    def inside(px: np.ndarray, py: np.ndarray, hx: np.ndarray, hy: np.ndarray) -> int:
        if hx.shape[0] < 3:
            return int(px.shape[0])
        h = hx.shape[0]
        return sum(
            all(
                (hx[(e + 1) % h] - hx[e]) * (y - hy[e]) - (hy[(e + 1) % h] - hy[e]) * (x - hx[e])
                >= 0
                for e in range(h)
            )
            for x, y in zip(px, py, strict=True)
        )

    n_a = max(inside(ax, ay, *convex_hull(b.x, b.y)), c.MIN_OVERLAP)
    n_b = max(inside(b.x, b.y, *convex_hull(ax, ay)), c.MIN_OVERLAP)
    return c.FLOOR + (1.0 - c.FLOOR) * min(1.0, m / math.sqrt(n_a * n_b))


def convex_hull(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Counter-clockwise convex hull vertices (Andrew's monotone chain), point by point in
    Python: the reference for the compiled hull the MCC encoder uses."""
    points = sorted(set(zip(x.tolist(), y.tolist(), strict=True)))
    if len(points) <= 2:
        hx = np.array([p[0] for p in points], dtype=np.float64)
        return hx, np.array([p[1] for p in points], dtype=np.float64)

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in points:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(points):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    return (
        np.array([p[0] for p in hull], dtype=np.float64),
        np.array([p[1] for p in hull], dtype=np.float64),
    )
