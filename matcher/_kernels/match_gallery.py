"""Gallery kernels: signature pre-selection and coarse MCC scoring over packed entries.

Every entry is a row of fixed-size arrays (no Python object per entry). Coarse cylinders are
8 x 8 cells x ``nd`` sections, so one cylinder is ``nd`` value words plus one validity word;
a cylinder that failed MCC's validity test is stored with validity 0 and never matches.

Stage 1, :func:`signature_scores`: each entry carries a bag-of-cylinders signature (hashed
cylinder bit samples, in the spirit of MCC locality-sensitive hashing); the count of shared
signature bits with the probe ranks every entry at a few nanoseconds each.
Stage 2, :func:`coarse_scores`: bit similarities with one-to-one LSS on the pre-selected
entries, then LSS-R on the best of them, in parallel.

References
----------
R. Cappelli, M. Ferrara, D. Maltoni, "Fingerprint indexing based on Minutia Cylinder-Code",
IEEE TPAMI 33(5), 2011 (hashing cylinder bits); "Minutia Cylinder-Code", TPAMI 32(12), 2010.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit, prange

from matcher._kernels.mcc_bits import popcount
from matcher._kernels.mcc_match import FWORK_ROWS, greedy_pairs, lss_r_work, pairs_to_consolidate


@njit(cache=True, nogil=True)
def signature(values: np.ndarray, mask: np.ndarray, taps: np.ndarray, sig_words: int) -> np.ndarray:
    """Signature bits of one entry: for each valid cylinder and each hash ``l`` (a row of
    ``taps`` holding bit positions in the value words), the sampled bits form a code that
    sets bit ``(l * 2**h + code) mod (64 * sig_words)``; all-zero codes set nothing."""
    sig = np.zeros(sig_words, dtype=np.uint64)
    n_hash, h = taps.shape
    nbits = 64 * sig_words
    for m in range(values.shape[0]):
        if mask[m] == 0:
            continue
        for l in range(n_hash):
            code = 0
            for b in range(h):
                pos = taps[l, b]
                code = (code << 1) | int((values[m, pos // 64] >> np.uint64(pos % 64)) & 1)
            if code == 0:
                continue
            bit = (l * (1 << h) + code) % nbits
            sig[bit // 64] |= np.uint64(1) << np.uint64(bit % 64)
    return sig


@njit(cache=True, nogil=True)
def signature_scores(
    sigs: np.ndarray,
    alive: np.ndarray,
    fingers: np.ndarray,
    finger: int,
    probe: np.ndarray,
    n: int,
) -> np.ndarray:
    """Shared signature bits of the probe with each of the first ``n`` rows (-1: skipped)."""
    out = np.empty(n, dtype=np.int32)
    words = sigs.shape[1]
    for r in range(n):  # memory-bound: a serial scan beats thread start-up on small n
        if alive[r] == 0 or (finger >= 0 and fingers[r] != finger):
            out[r] = -1
            continue
        acc = 0
        for w in range(words):
            acc += popcount(sigs[r, w] & probe[w])
        out[r] = acc
    return out


@njit(cache=True, nogil=True)
def _coarse_one(
    pv: np.ndarray,
    pm: np.ndarray,
    px: np.ndarray,
    py: np.ndarray,
    pt: np.ndarray,
    ev: np.ndarray,
    em: np.ndarray,
    ex: np.ndarray,
    ey: np.ndarray,
    et: np.ndarray,
    ne: int,
    nd: int,
    max_rotation: float,
    min_matchable: int,
    iterations: int,
    weight: float,
    sim: np.ndarray,
    rho: np.ndarray,
    links: np.ndarray,
    fwork: np.ndarray,
    iwork: np.ndarray,
) -> float:
    """Coarse score of one entry: one-to-one LSS (``iterations`` 0) or LSS-R, in buffers."""
    na = pv.shape[0]
    if na == 0 or ne == 0:
        return 0.0
    for i in range(na):
        for j in range(ne):
            sim[i, j] = 0.0
        if pm[i] == 0:
            continue
        for j in range(ne):
            common = pm[i] & em[j]
            if common == 0:
                continue
            d = pt[i] - et[j]
            if d >= math.pi:
                d -= 2.0 * math.pi
            elif d < -math.pi:
                d += 2.0 * math.pi
            if abs(d) > max_rotation:
                continue
            if popcount(common) < min_matchable:
                continue
            nx = 0
            n1 = 0
            n2 = 0
            for k in range(nd):
                a = pv[i, k] & common
                b = ev[j, k] & common
                nx += popcount(a ^ b)
                n1 += popcount(a)
                n2 += popcount(b)
            den = math.sqrt(n1) + math.sqrt(n2)
            if den > 0.0:
                sim[i, j] = 1.0 - math.sqrt(nx) / den
    if iterations > 0:
        return lss_r_work(
            sim, na, ne, px, py, pt, ex, ey, et, iterations, weight, fwork, iwork, rho, links
        )
    # LSS made one-to-one: the mean of the n_P best pairs with each cylinder used once, so
    # one cylinder that resembles many (common in impostors) counts once
    n_p = pairs_to_consolidate(na, ne)
    lam = fwork[0]
    chosen = greedy_pairs(sim, na, ne, n_p, iwork[0], fwork[3], fwork[4], iwork[1], iwork[2], lam)
    total = 0.0
    for t in range(chosen):
        total += lam[t]
    return total / n_p


@njit(cache=True, nogil=True, parallel=True)
def coarse_scores(
    rows: np.ndarray,
    values: np.ndarray,
    mask: np.ndarray,
    xy: np.ndarray,
    counts: np.ndarray,
    pv: np.ndarray,
    pm: np.ndarray,
    px: np.ndarray,
    py: np.ndarray,
    pt: np.ndarray,
    nd: int,
    max_rotation: float,
    min_matchable: int,
    iterations: int,
    weight: float,
    angle_scale: float,
) -> np.ndarray:
    """Coarse MCC score (one-to-one LSS, or LSS-R) of the probe against each listed row.

    The rows are split into runs of consecutive rows, a few per thread; each run allocates
    its buffers once.
    """
    m = rows.shape[0]
    out = np.zeros(m)
    if m == 0:
        return out
    k = values.shape[1]
    n = max(k, pv.shape[0], 1)
    chunks = min(m, 64)
    for c in prange(chunks):
        ex = np.empty(k)
        ey = np.empty(k)
        et = np.empty(k)
        sim = np.empty((n, n))
        rho = np.empty((n, n))
        links = np.empty((n, n), np.int64)
        fwork = np.empty((FWORK_ROWS, n))
        iwork = np.empty((5, n), np.int64)
        for q in range(c * m // chunks, (c + 1) * m // chunks):
            r = rows[q]
            ne = min(int(counts[r]), k)
            for j in range(ne):
                ex[j] = xy[r, j, 0]
                ey[j] = -float(xy[r, j, 1])
                et[j] = xy[r, j, 2] * angle_scale
            out[q] = _coarse_one(
                pv, pm, px, py, pt, values[r], mask[r], ex, ey, et, ne, nd,
                max_rotation, min_matchable, iterations, weight, sim, rho, links, fwork, iwork,
            )  # fmt: skip
    return out
