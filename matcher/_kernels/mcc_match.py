"""MCC matching: bit local similarities, then LSS-R global consolidation.

Arrays in, arrays out; nothing allocated per pair beyond small scratch arrays, so the gallery
can call :func:`score_pair` in a parallel loop over packed entries.

References
----------
R. Cappelli, M. Ferrara, D. Maltoni, "Minutia Cylinder-Code: a new representation and
matching technique for fingerprint recognition", IEEE TPAMI 32(12), 2010: bit similarity
(eq. 11 with the binary norms), LSS (Sec. 5.1) and LSS-R relaxation (Sec. 5.2).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from matcher._kernels.mcc_bits import popcount


@njit(cache=True, nogil=True, inline="always")
def _wrap(d: float) -> float:
    while d < -math.pi:
        d += 2.0 * math.pi
    while d >= math.pi:
        d -= 2.0 * math.pi
    return d


@njit(cache=True, nogil=True, inline="always")
def _sigmoid(v: float, mu: float, tau: float) -> float:
    return 1.0 / (1.0 + math.exp(-tau * (v - mu)))


@njit(cache=True, nogil=True)
def local_similarities(
    va: np.ndarray,
    ma: np.ndarray,
    ta: np.ndarray,
    oka: np.ndarray,
    vb: np.ndarray,
    mb: np.ndarray,
    tb: np.ndarray,
    okb: np.ndarray,
    nd: int,
    max_rotation: float,
    min_matchable: int,
    out: np.ndarray,
) -> None:
    """Fill ``out[:na, :nb]`` with bit-cylinder similarities (0 where not comparable)."""
    na, nb = va.shape[0], vb.shape[0]
    words = ma.shape[1]
    for i in range(na):
        for j in range(nb):
            out[i, j] = 0.0
            if not (oka[i] and okb[j]):
                continue
            if abs(_wrap(ta[i] - tb[j])) > max_rotation:
                continue
            matchable = 0
            for w in range(words):
                matchable += popcount(ma[i, w] & mb[j, w])
            if matchable < min_matchable:
                continue
            nx = 0
            n1 = 0
            n2 = 0
            for k in range(nd):
                for w in range(words):
                    common = ma[i, w] & mb[j, w]
                    a = va[i, k * words + w] & common
                    b = vb[j, k * words + w] & common
                    nx += popcount(a ^ b)
                    n1 += popcount(a)
                    n2 += popcount(b)
            denominator = math.sqrt(n1) + math.sqrt(n2)
            if denominator > 0.0:
                out[i, j] = 1.0 - math.sqrt(nx) / denominator


@njit(cache=True, nogil=True)
def pairs_to_consolidate(na: int, nb: int) -> int:
    """n_P of the paper: 4..12 pairs, more when both sets are large (mu_P 20, tau_P 2/5)."""
    n = min(na, nb)
    return 4 + round(_sigmoid(n, 20.0, 0.4) * 8.0)


@njit(cache=True, nogil=True)
def lss_r(
    sim: np.ndarray,
    na: int,
    nb: int,
    xa: np.ndarray,
    ya: np.ndarray,
    ta: np.ndarray,
    xb: np.ndarray,
    yb: np.ndarray,
    tb: np.ndarray,
    iterations: int,
    weight: float,
) -> float:
    """LSS-R: pick the best pairs, relax them by geometric compatibility, average the top.

    Pairs are chosen greedily by local similarity with each minutia used once (the n_R =
    min(na, nb) pairs of LSS, made one-to-one). Relaxation (n_rel iterations, weight w_R)
    rewards pairs consistent with the others in distance, relative direction and radial
    angle; the n_P pairs that kept most of their similarity ("efficiency") are averaged.
    """
    n_r = min(na, nb)
    if n_r == 0:
        return 0.0
    flat = np.empty(na * nb, dtype=np.float64)
    idx = np.empty(na * nb, dtype=np.int64)
    count = 0
    for i in range(na):
        for j in range(nb):
            v = sim[i, j]
            if v > 0.0:
                flat[count] = -v
                idx[count] = i * nb + j
                count += 1
    if count == 0:
        return 0.0
    order = np.argsort(flat[:count])
    used_a = np.zeros(na, dtype=np.bool_)
    used_b = np.zeros(nb, dtype=np.bool_)
    pa = np.empty(n_r, dtype=np.int64)
    pb = np.empty(n_r, dtype=np.int64)
    lam = np.empty(n_r, dtype=np.float64)
    chosen = 0
    for r in range(count):
        cell = idx[order[r]]
        i, j = cell // nb, cell % nb
        if used_a[i] or used_b[j]:
            continue
        used_a[i] = True
        used_b[j] = True
        pa[chosen], pb[chosen], lam[chosen] = i, j, sim[i, j]
        chosen += 1
        if chosen == n_r:
            break
    n_p = min(pairs_to_consolidate(na, nb), chosen)
    if chosen < 2:
        return lam[0] if chosen == 1 and n_p > 0 else 0.0
    rho = np.zeros((chosen, chosen))
    for t in range(chosen):
        for k in range(t + 1, chosen):
            a1, a2, b1, b2 = pa[t], pa[k], pb[t], pb[k]
            da = math.hypot(xa[a1] - xa[a2], ya[a1] - ya[a2])
            db = math.hypot(xb[b1] - xb[b2], yb[b1] - yb[b2])
            d1 = abs(da - db)
            d2 = abs(_wrap(_wrap(ta[a1] - ta[a2]) - _wrap(tb[b1] - tb[b2])))
            ra = _wrap(ta[a1] - math.atan2(ya[a2] - ya[a1], xa[a2] - xa[a1]))
            rb = _wrap(tb[b1] - math.atan2(yb[b2] - yb[b1], xb[b2] - xb[b1]))
            d3 = abs(_wrap(ra - rb))
            value = (
                _sigmoid(d1, 5.0, -8.0 / 5.0)
                * _sigmoid(d2, math.pi / 12.0, -30.0)
                * _sigmoid(d3, math.pi / 12.0, -30.0)
            )
            rho[t, k] = value
            rho[k, t] = value
    start = lam[:chosen].copy()
    current = start.copy()
    nxt = np.empty(chosen)
    for _ in range(iterations):
        for t in range(chosen):
            acc = 0.0
            for k in range(chosen):
                acc += rho[t, k] * current[k]
            nxt[t] = weight * current[t] + (1.0 - weight) * acc / (chosen - 1)
        current[:] = nxt
    efficiency = np.empty(chosen)
    for t in range(chosen):
        efficiency[t] = -current[t] / start[t]
    best = np.argsort(efficiency)
    total = 0.0
    for r in range(n_p):
        total += current[best[r]]
    return total / n_p


@njit(cache=True, nogil=True)
def score_pair(
    va: np.ndarray,
    ma: np.ndarray,
    ta: np.ndarray,
    oka: np.ndarray,
    xa: np.ndarray,
    ya: np.ndarray,
    vb: np.ndarray,
    mb: np.ndarray,
    tb: np.ndarray,
    okb: np.ndarray,
    xb: np.ndarray,
    yb: np.ndarray,
    nd: int,
    max_rotation: float,
    min_matchable: int,
    iterations: int,
    weight: float,
    scratch: np.ndarray,
) -> float:
    """Global MCC similarity of two cylinder sets, 0..1 (LSS-R)."""
    na, nb = va.shape[0], vb.shape[0]
    if na == 0 or nb == 0:
        return 0.0
    sim = scratch[:na, :nb]
    local_similarities(va, ma, ta, oka, vb, mb, tb, okb, nd, max_rotation, min_matchable, sim)
    return lss_r(sim, na, nb, xa, ya, ta, xb, yb, tb, iterations, weight)
