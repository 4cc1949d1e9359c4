"""Gallery kernels: signature pre-selection and coarse MCC scoring over packed entries.

Every entry is a row of fixed-size arrays (no Python object per entry). Coarse cylinders are
8 x 8 cells x ``nd`` sections, so one cylinder is ``nd`` value words plus one validity word;
a cylinder that failed MCC's validity test is stored with validity 0 and never matches.

Stage 1, :func:`signature_scores`: each entry carries a bag-of-cylinders signature (hashed
cylinder bit samples, in the spirit of MCC locality-sensitive hashing); the count of shared
signature bits with the probe ranks every entry at a few nanoseconds each.
Stage 2, :func:`coarse_scores`: bit similarities plus LSS-R on the short list, in parallel.

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
from matcher._kernels.mcc_match import lss_r, pairs_to_consolidate


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
) -> float:
    na = pv.shape[0]
    if na == 0 or ne == 0:
        return 0.0
    lss = iterations == 0  # plain LSS: mean of the n_P best local similarities, no matrix
    n_p = pairs_to_consolidate(na, ne)
    best = np.zeros(n_p)
    sim = np.zeros((1, 1)) if lss else np.zeros((na, ne))
    for i in range(na):
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
                value = 1.0 - math.sqrt(nx) / den
                if not lss:
                    sim[i, j] = value
                elif value > best[n_p - 1]:
                    pos = n_p - 1
                    while pos > 0 and best[pos - 1] < value:
                        best[pos] = best[pos - 1]
                        pos -= 1
                    best[pos] = value
    if lss:
        return best.sum() / n_p
    return lss_r(sim, na, ne, px, py, pt, ex, ey, et, iterations, weight)


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
    """Coarse MCC LSS-R score of the probe against each listed gallery row."""
    out = np.zeros(rows.shape[0])
    k = values.shape[1]
    for q in prange(rows.shape[0]):
        r = rows[q]
        ne = min(int(counts[r]), k)
        ex = np.empty(ne)
        ey = np.empty(ne)
        et = np.empty(ne)
        for j in range(ne):
            ex[j] = xy[r, j, 0]
            ey[j] = -float(xy[r, j, 1])
            et[j] = xy[r, j, 2] * angle_scale
        out[q] = _coarse_one(
            pv, pm, px, py, pt, values[r], mask[r], ex, ey, et, ne, nd,
            max_rotation, min_matchable, iterations, weight,
        )  # fmt: skip
    return out
