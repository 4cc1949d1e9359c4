"""MCC matching: bit local similarities, then LSS-R global consolidation.

Arrays in, arrays out. Nothing is allocated per pair: :func:`score_pair` works in buffers
the caller made once (:func:`make_scratch`), and :func:`score_many` scores one probe
against many packed templates in parallel, one set of buffers per run of templates.

How it stays fast without changing what it computes:

- local similarities run over the ``nd * words`` value words of a cylinder pair in one flat
  loop, against validity masks repeated once per direction section (:func:`tile_masks`), so
  the compiler can vectorise the popcounts;
- LSS-R's one-to-one greedy choice of the ``n_R`` best pairs keeps each row's best free
  column instead of sorting all ``na * nb`` cells (same choice; ties go to the lower cell
  index ``i * nb + j``);
- the relaxation's compatibility ``rho`` is computed only for the chosen pairs, and a term
  is skipped (left 0) as soon as its three sigmoids' product is surely below ``exp(-CUT)``
  (see CUT); atan2 runs only for pairs that survive distance, direction and the radial
  angle's cosine; the relaxation sums over each pair's non-zero terms only (listed in
  order, so the same additions as over the dense row).

References
----------
R. Cappelli, M. Ferrara, D. Maltoni, "Minutia Cylinder-Code: a new representation and
matching technique for fingerprint recognition", IEEE TPAMI 32(12), 2010: bit similarity
(eq. 11 with the binary norms), LSS (Sec. 5.1) and LSS-R relaxation (Sec. 5.2).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit, prange

from matcher._kernels.mcc_bits import popcount
from matcher._kernels.mcc_consolidate import anchor_pair, consolidation_factor

# A term of rho surely below exp(-CUT) (2.9e-20 for 45) is taken as 0: it would add less
# than one float64 ulp to any relaxed value, so the scores stay the same to float rounding.
# (A cut of 32, 1.3e-14, saves ~2 us a pair but moved 4 of 1,560 FVC pair scores by 2.8e-4:
# near-ties in the efficiency ranking of LSS-R flip; so not that.)
CUT = 45.0
D1_MU, D1_TAU = 5.0, -8.0 / 5.0  # distance consistency (pixels)
D_ANGLE_MU, D_ANGLE_TAU = math.pi / 12.0, -30.0  # direction and radial-angle consistency
D_ANGLE_MAX = D_ANGLE_MU + CUT / -D_ANGLE_TAU
FWORK_ROWS = 14  # rows of the float64 work buffer of :func:`lss_r_work` (and the consolidation)


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
def tile_masks(mask: np.ndarray, nd: int, out: np.ndarray) -> None:
    """``out[i, k * words + w] = mask[i, w]``: one validity copy per direction section."""
    words = mask.shape[1]
    for i in range(mask.shape[0]):
        for k in range(nd):
            for w in range(words):
                out[i, k * words + w] = mask[i, w]


@njit(cache=True, nogil=True, inline="always")
def _local_body(
    va: np.ndarray,
    mta: np.ndarray,
    ta: np.ndarray,
    oka: np.ndarray,
    na: int,
    vb: np.ndarray,
    mtb: np.ndarray,
    tb: np.ndarray,
    okb: np.ndarray,
    nb: int,
    words: int,
    length: int,
    max_rotation: float,
    min_matchable: int,
    out: np.ndarray,
) -> None:
    """Bit similarities of the first ``na`` x ``nb`` cylinders, masks tiled (see tile_masks)."""
    for i in range(na):
        for j in range(nb):
            out[i, j] = 0.0
        if not oka[i]:
            continue
        for j in range(nb):
            if not okb[j]:
                continue
            if abs(_wrap(ta[i] - tb[j])) > max_rotation:
                continue
            matchable = 0
            for w in range(words):
                matchable += popcount(mta[i, w] & mtb[j, w])
            if matchable < min_matchable:
                continue
            nx = 0
            n1 = 0
            n2 = 0
            for q in range(length):
                common = mta[i, q] & mtb[j, q]
                a = va[i, q] & common
                b = vb[j, q] & common
                nx += popcount(a ^ b)
                n1 += popcount(a)
                n2 += popcount(b)
            denominator = math.sqrt(n1) + math.sqrt(n2)
            if denominator > 0.0:
                out[i, j] = 1.0 - math.sqrt(nx) / denominator


@njit(cache=True, nogil=True)
def _local_tiled(
    va: np.ndarray,
    mta: np.ndarray,
    ta: np.ndarray,
    oka: np.ndarray,
    na: int,
    vb: np.ndarray,
    mtb: np.ndarray,
    tb: np.ndarray,
    okb: np.ndarray,
    nb: int,
    words: int,
    max_rotation: float,
    min_matchable: int,
    out: np.ndarray,
) -> None:
    """Bit similarities of the first ``na`` x ``nb`` cylinders, masks tiled (see tile_masks).

    The default 16 x 16 x 6 cylinders (4 mask words, 24 value words) get their own copy
    of the loop with those counts fixed, which the compiler unrolls.
    """
    length = va.shape[1]
    if words == 4 and length == 24:
        _local_body(va, mta, ta, oka, na, vb, mtb, tb, okb, nb, 4, 24, max_rotation,
                    min_matchable, out)  # fmt: skip
    else:
        _local_body(va, mta, ta, oka, na, vb, mtb, tb, okb, nb, words, length, max_rotation,
                    min_matchable, out)  # fmt: skip


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
    """Fill ``out[:na, :nb]`` with bit-cylinder similarities (0 where not comparable).

    Two cylinders are comparable when both are valid, their directions differ by at most
    ``max_rotation`` and at least ``min_matchable`` cells are valid in both; their
    similarity is ``1 - sqrt(|a xor b|) / (sqrt(|a|) + sqrt(|b|))`` over those cells.
    """
    na, nb = va.shape[0], vb.shape[0]
    words = ma.shape[1]
    mta = np.empty((na, nd * words), dtype=np.uint64)
    mtb = np.empty((nb, nd * words), dtype=np.uint64)
    tile_masks(ma, nd, mta)
    tile_masks(mb, nd, mtb)
    _local_tiled(va, mta, ta, oka, na, vb, mtb, tb, okb, nb, words, max_rotation,
                 min_matchable, out)  # fmt: skip


@njit(cache=True, nogil=True)
def pairs_to_consolidate(na: int, nb: int) -> int:
    """n_P of the paper: 4..12 pairs, more when both sets are large (mu_P 20, tau_P 2/5)."""
    n = min(na, nb)
    return 4 + round(_sigmoid(n, 20.0, 0.4) * 8.0)


@njit(cache=True, nogil=True)
def _rescan(sim: np.ndarray, i: int, nb: int, free_b: np.ndarray) -> tuple[int, float]:
    """Best free column of row ``i`` (lowest index among equals) and its value (0: none).

    ``free_b`` is 1.0 for a free column and 0.0 for a used one; one fused pass.
    """
    best_j, best = -1, 0.0
    for j in range(nb):
        v = sim[i, j] * free_b[j]
        if v > best:
            best_j, best = j, v
    return best_j, best


@njit(cache=True, nogil=True)
def greedy_pairs(
    sim: np.ndarray,
    na: int,
    nb: int,
    n_r: int,
    rowbest: np.ndarray,
    rowval: np.ndarray,
    free_b: np.ndarray,
    pa: np.ndarray,
    pb: np.ndarray,
    lam: np.ndarray,
) -> int:
    """One-to-one greedy choice of up to ``n_r`` pairs with positive similarity.

    The same pairs as scanning all cells by decreasing similarity (ties: lower ``i * nb +
    j`` first) and keeping each cell whose row and column are both still free; done by
    keeping every free row's best free column (``rowval`` 0 once a row is used or has
    none left), so no sort of the ``na * nb`` cells. Returns the count chosen; ``pa``,
    ``pb``, ``lam`` hold them in choice order.
    """
    for j in range(nb):
        free_b[j] = 1.0
    for i in range(na):
        rowbest[i], rowval[i] = _rescan(sim, i, nb, free_b)
    chosen = 0
    while chosen < n_r:
        bi, bv = -1, 0.0
        for i in range(na):
            if rowval[i] > bv:
                bi, bv = i, rowval[i]
        if bi < 0:
            break
        bj = rowbest[bi]
        rowval[bi] = 0.0
        free_b[bj] = 0.0
        pa[chosen], pb[chosen], lam[chosen] = bi, bj, bv
        chosen += 1
        for i in range(na):
            if rowbest[i] == bj and rowval[i] > 0.0:
                rowbest[i], rowval[i] = _rescan(sim, i, nb, free_b)
    return chosen


@njit(cache=True, nogil=True)
def compatibility(
    pa: np.ndarray,
    pb: np.ndarray,
    chosen: int,
    xa: np.ndarray,
    ya: np.ndarray,
    ta: np.ndarray,
    xb: np.ndarray,
    yb: np.ndarray,
    tb: np.ndarray,
    rho: np.ndarray,
    links: np.ndarray,
    degree: np.ndarray,
    survivors: np.ndarray,
    work: np.ndarray,
) -> None:
    """Geometric compatibility of chosen pairs t and k (Sec. 5.2, eq. 23), its non-zero
    values only: row t lists ``degree[t]`` partners ``links[t, :degree[t]]`` in increasing
    order with their compatibilities ``rho[t, :degree[t]]`` (a dense row with the zeros
    left out, so sums over it add the same terms in the same order).

    The product of three sigmoids of the differences between the two prints in the pairs'
    distance (d1), relative direction (d2) and radial angle (d3), taken at the earlier
    chosen pair and used for both orders. Each sigmoid is below ``exp(-z)`` for its
    ``z = |tau| (d - mu) > 0``, so once the z's add up past ``CUT`` the product is left 0:
    a branch-free pass over k gets d1, d2 and their z's, and only the survivors get d3
    (its cosine first, then one atan2) and the exponentials. With ``dt = wrap(theta_a -
    theta_b)`` of each pair, d2 = |wrap(dt_t - dt_k)| and d3 = |wrap(dt_t - psi)|, psi the
    angle from the b segment to the a segment: the paper's differences of relative
    directions and of radial angles (equal modulo 2 pi), with one atan2 instead of two.
    ``work`` is a (10, n) float64 buffer and ``survivors`` an (n,) int64 one. The first
    pass keeps each k's distances and d2 for the second, which runs over the listed
    survivors only (no unpredictable branch per k). The product of the sigmoids is taken
    as one division by the product of their denominators.
    """
    cxa, cya, cxb, cyb, dts, d1s, zs = (
        work[0], work[1], work[2], work[3], work[4], work[5], work[6]
    )  # fmt: skip
    d2s, das, dbs = work[7], work[8], work[9]
    two_pi = 2.0 * math.pi
    cos_cut = math.cos(D_ANGLE_MAX)
    for t in range(chosen):
        cxa[t], cya[t] = xa[pa[t]], ya[pa[t]]
        cxb[t], cyb[t] = xb[pb[t]], yb[pb[t]]
        dts[t] = _wrap(ta[pa[t]] - tb[pb[t]])
        degree[t] = 0
    for t in range(chosen):
        dt = dts[t]
        for k in range(t + 1, chosen):  # no branches: vectorisable
            d = dt - dts[k]
            d = d - two_pi if d >= math.pi else d
            d = d + two_pi if d < -math.pi else d
            uxa, uya = cxa[k] - cxa[t], cya[k] - cya[t]
            uxb, uyb = cxb[k] - cxb[t], cyb[k] - cyb[t]
            da = math.sqrt(uxa * uxa + uya * uya)
            db = math.sqrt(uxb * uxb + uyb * uyb)
            d1 = abs(da - db)
            das[k], dbs[k], d1s[k], d2s[k] = da, db, d1, abs(d)
            zs[k] = max(0.0, -D1_TAU * (d1 - D1_MU)) + max(
                0.0, -D_ANGLE_TAU * (abs(d) - D_ANGLE_MU)
            )
        count = 0  # the k that pass, listed without branches
        for k in range(t + 1, chosen):
            survivors[count] = k
            count += zs[k] <= CUT
        if count == 0:
            continue
        ct, st = math.cos(dt), math.sin(dt)
        for c in range(count):
            k = survivors[c]
            d1, d2, da, db = d1s[k], d2s[k], das[k], dbs[k]
            uxa, uya = cxa[k] - cxa[t], cya[k] - cya[t]
            uxb, uyb = cxb[k] - cxb[t], cyb[k] - cyb[t]
            if da > 0.0 and db > 0.0:
                dot = uxa * uxb + uya * uyb
                cross = uxb * uya - uyb * uxa
                if ct * dot + st * cross < cos_cut * da * db:
                    continue  # d3 > D_ANGLE_MAX
                d3 = abs(_wrap(dt - math.atan2(cross, dot)))
            else:  # a zero-length segment: atan2(0, 0) = 0 on that side, as in the paper
                ra = _wrap(ta[pa[t]] - math.atan2(uya, uxa))
                rb = _wrap(tb[pb[t]] - math.atan2(uyb, uxb))
                d3 = abs(_wrap(ra - rb))
            if zs[k] + max(0.0, -D_ANGLE_TAU * (d3 - D_ANGLE_MU)) > CUT:
                continue
            value = 1.0 / (
                (1.0 + math.exp(-D1_TAU * (d1 - D1_MU)))
                * (1.0 + math.exp(-D_ANGLE_TAU * (d2 - D_ANGLE_MU)))
                * (1.0 + math.exp(-D_ANGLE_TAU * (d3 - D_ANGLE_MU)))
            )
            # t rises in the outer loop, k in the inner: every row's list stays in order
            rho[t, degree[t]], links[t, degree[t]] = value, k
            degree[t] += 1
            rho[k, degree[k]], links[k, degree[k]] = value, t
            degree[k] += 1


@njit(cache=True, nogil=True)
def relax_and_average(
    lam: np.ndarray,
    chosen: int,
    n_p: int,
    rho: np.ndarray,
    links: np.ndarray,
    degree: np.ndarray,
    iterations: int,
    weight: float,
    current: np.ndarray,
    nxt: np.ndarray,
    taken: np.ndarray,
) -> float:
    """Relax the chosen similarities ``iterations`` times, then average the ``n_p`` pairs of
    highest efficiency (relaxed / initial; ties: the earlier chosen pair).

    ``rho``, ``links``, ``degree``: the compatibilities as :func:`compatibility` lists them
    (the zero terms of the paper's sum are skipped: adding 0 changes no float)."""
    for t in range(chosen):
        current[t] = lam[t]
    for _ in range(iterations):
        for t in range(chosen):
            acc = 0.0
            for s in range(degree[t]):
                acc += rho[t, s] * current[links[t, s]]
            nxt[t] = weight * current[t] + (1.0 - weight) * acc / (chosen - 1)
        for t in range(chosen):
            current[t] = nxt[t]
    efficiency = nxt  # free once relaxed: each pair's efficiency, divided once
    for t in range(chosen):
        taken[t] = 0
        efficiency[t] = current[t] / lam[t]
    total = 0.0
    for _ in range(n_p):
        best_t, best_e = -1, -np.inf
        for t in range(chosen):
            if taken[t] == 0:
                e = efficiency[t]
                if e > best_e:
                    best_e = e
                    best_t = t
        taken[best_t] = 1
        total += current[best_t]
    return total / n_p


@njit(cache=True, nogil=True)
def _lss_r_core(
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
    fwork: np.ndarray,
    iwork: np.ndarray,
    rho: np.ndarray,
    links: np.ndarray,
) -> tuple[float, int]:
    """LSS-R's score and the number of chosen pairs; leaves the pairs (``iwork[1]``,
    ``iwork[2]``), their similarities (``fwork[0]``), relaxed values (``fwork[1]``) and
    compatibilities (``rho``, ``links``, ``iwork[4]``) in the buffers."""
    n_r = min(na, nb)
    if n_r == 0:
        return 0.0, 0
    lam, current, nxt = fwork[0], fwork[1], fwork[2]
    rowbest, pa, pb, taken = iwork[0], iwork[1], iwork[2], iwork[3]
    chosen = greedy_pairs(sim, na, nb, n_r, rowbest, fwork[3], fwork[4], pa, pb, lam)
    if chosen == 0:
        return 0.0, 0
    n_p = min(pairs_to_consolidate(na, nb), chosen)
    degree = iwork[4]
    if chosen < 2:
        current[0] = lam[0]
        degree[0] = 0
        return lam[0], chosen
    # rowbest (iwork[0]) is free once the pairs are chosen
    compatibility(pa, pb, chosen, xa, ya, ta, xb, yb, tb, rho, links, degree, iwork[0], fwork[3:])
    value = relax_and_average(lam, chosen, n_p, rho, links, degree, iterations, weight,
                              current, nxt, taken)  # fmt: skip
    return value, chosen


@njit(cache=True, nogil=True)
def lss_r_work(
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
    fwork: np.ndarray,
    iwork: np.ndarray,
    rho: np.ndarray,
    links: np.ndarray,
) -> float:
    """LSS-R in caller-provided buffers: ``fwork`` (FWORK_ROWS, n) float64, ``iwork`` (5, n)
    int64, ``rho`` (n, n) float64 and ``links`` (n, n) int64 with ``n >= max(na, nb)``.

    Pairs are chosen greedily by local similarity with each minutia used once (the n_R =
    min(na, nb) pairs of LSS, made one-to-one). Relaxation (n_rel iterations, weight w_R)
    rewards pairs consistent with the others in distance, relative direction and radial
    angle; the n_P pairs that kept most of their similarity ("efficiency") are averaged.
    """
    return _lss_r_core(sim, na, nb, xa, ya, ta, xb, yb, tb, iterations, weight, fwork, iwork,
                       rho, links)[0]  # fmt: skip


@njit(cache=True, nogil=True)
def lss_r_consolidated(
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
    fwork: np.ndarray,
    iwork: np.ndarray,
    rho: np.ndarray,
    links: np.ndarray,
) -> float:
    """:func:`lss_r_work`'s score times the global consolidation factor
    (:mod:`matcher._kernels.mcc_consolidate`): the 1:1 comparator's score. Same buffers;
    ``rho`` and ``links`` must be C-contiguous (they hold the pairing's candidates)."""
    value, chosen = _lss_r_core(sim, na, nb, xa, ya, ta, xb, yb, tb, iterations, weight,
                                fwork, iwork, rho, links)  # fmt: skip
    if chosen == 0:
        return 0.0
    anchor = anchor_pair(fwork[1], chosen)
    n = fwork.shape[1]
    hull_work = fwork[6:].reshape(-1)[: 8 * n].reshape(4, 2 * n)  # rows 6..13: 4 x 2n
    factor = consolidation_factor(
        anchor, iwork[1], iwork[2], fwork[0], rho, links, iwork[4], xa[:na], ya[:na], ta[:na],
        xb[:nb], yb[:nb], tb[:nb], fwork[3:6], hull_work, iwork[1], rho.reshape(-1),
        links.reshape(-1), iwork[0], iwork[3],
    )  # fmt: skip
    return value * factor


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
    """:func:`lss_r_work` with buffers allocated for this one call."""
    n = max(na, nb, 1)
    return lss_r_work(sim, na, nb, xa, ya, ta, xb, yb, tb, iterations, weight,
                      np.empty((FWORK_ROWS, n)), np.empty((5, n), np.int64), np.empty((n, n)),
                      np.empty((n, n), np.int64))  # fmt: skip


@njit(cache=True, nogil=True)
def make_scratch(
    n: int, length: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Buffers for :func:`score_pair` with up to ``n`` cylinders a side and ``length`` value
    words a cylinder: (sim, rho, links, fwork, iwork, tiled mask a, tiled mask b)."""
    n = max(n, 1)
    return (
        np.empty((n, n)),
        np.empty((n, n)),
        np.empty((n, n), np.int64),
        np.empty((FWORK_ROWS, n)),
        np.empty((5, n), np.int64),
        np.empty((n, length), np.uint64),
        np.empty((n, length), np.uint64),
    )


@njit(cache=True, nogil=True)
def _score_tiled(
    va: np.ndarray,
    mta: np.ndarray,
    ta: np.ndarray,
    oka: np.ndarray,
    xa: np.ndarray,
    ya: np.ndarray,
    vb: np.ndarray,
    mtb: np.ndarray,
    tb: np.ndarray,
    okb: np.ndarray,
    xb: np.ndarray,
    yb: np.ndarray,
    words: int,
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
    na, nb = va.shape[0], vb.shape[0]
    if na == 0 or nb == 0:
        return 0.0
    _local_tiled(va, mta, ta, oka, na, vb, mtb, tb, okb, nb, words, max_rotation,
                 min_matchable, sim)  # fmt: skip
    return lss_r_consolidated(sim, na, nb, xa, ya, ta, xb, yb, tb, iterations, weight, fwork,
                              iwork, rho, links)  # fmt: skip


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
    scratch: tuple[
        np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray
    ],
) -> float:
    """Global MCC similarity of two cylinder sets, 0..1 (LSS-R times the global
    consolidation factor, :func:`lss_r_consolidated`), in ``scratch`` buffers
    (:func:`make_scratch` with ``n >= max(na, nb)``)."""
    sim, rho, links, fwork, iwork, mta, mtb = scratch
    na, nb = va.shape[0], vb.shape[0]
    words = ma.shape[1]
    tile_masks(ma, nd, mta)
    tile_masks(mb, nd, mtb)
    return _score_tiled(va, mta[:na], ta, oka, xa, ya, vb, mtb[:nb], tb, okb, xb, yb, words,
                        max_rotation, min_matchable, iterations, weight, sim, rho, links,
                        fwork, iwork)  # fmt: skip


@njit(cache=True, nogil=True, parallel=True)
def score_many(
    va: np.ndarray,
    ma: np.ndarray,
    ta: np.ndarray,
    oka: np.ndarray,
    xa: np.ndarray,
    ya: np.ndarray,
    values: np.ndarray,
    masks: np.ndarray,
    oks: np.ndarray,
    xs: np.ndarray,
    ys: np.ndarray,
    thetas: np.ndarray,
    offsets: np.ndarray,
    nd: int,
    max_rotation: float,
    min_matchable: int,
    iterations: int,
    weight: float,
    chunks: int,
    out: np.ndarray,
) -> None:
    """``out[q]``: :func:`score_pair` of the probe (``va``...) with packed template ``q``.

    Templates are packed one after another: template ``q`` owns rows
    ``offsets[q]:offsets[q + 1]`` of ``values``, ``masks``, ``oks``, ``xs``, ``ys``,
    ``thetas``. The templates are split into ``chunks`` runs of consecutive templates (a
    few per thread balance the load), each scored in one thread with buffers allocated
    once.
    """
    m = offsets.shape[0] - 1
    if m <= 0:
        return
    na = va.shape[0]
    words = ma.shape[1]
    length = va.shape[1]
    nmax = na
    for q in range(m):
        nmax = max(nmax, offsets[q + 1] - offsets[q])
    mta = np.empty((na, length), np.uint64)
    tile_masks(ma, nd, mta)
    chunks = max(1, min(m, chunks))
    for c in prange(chunks):
        sim, rho, links, fwork, iwork, _, mtb = make_scratch(nmax, length)
        for q in range(c * m // chunks, (c + 1) * m // chunks):
            lo, hi = offsets[q], offsets[q + 1]
            tile_masks(masks[lo:hi], nd, mtb)
            out[q] = _score_tiled(
                va, mta, ta, oka, xa, ya, values[lo:hi], mtb[: hi - lo], thetas[lo:hi],
                oks[lo:hi], xs[lo:hi], ys[lo:hi], words, max_rotation, min_matchable,
                iterations, weight, sim, rho, links, fwork, iwork,
            )  # fmt: skip
