"""MCC matching: bit local similarities, then LSS-R global consolidation.

Arrays in, arrays out. Nothing is allocated per pair: :func:`score_pair` works in buffers
the caller made once (:func:`make_scratch`), and :func:`score_many` scores one probe
against many packed templates in parallel, one set of buffers per run of templates.

How it stays fast without changing what it computes:

- local similarities run across cylinders, not across words: the probe is laid out
  column-wise, sorted by direction (:func:`prepare_probe`), so for each cylinder of the
  other print only the run of probe cylinders inside the rotation gate is scored, eight at
  a time as AVX-512 AND/XOR/POPCNT with no branch per cell (gates applied as selects),
  into a stack buffer the compiler knows overlaps nothing (no run-time overlap checks);
- LSS-R's one-to-one greedy choice of the ``n_R`` best pairs keeps each row's best free
  column instead of sorting all ``na * nb`` cells (same choice; ties go to the lower cell
  index ``i * nb + j``), found by an integer max over the similarities' bit patterns;
- the relaxation's compatibility ``rho`` is computed only for the chosen pairs, and a term
  is skipped (left 0) as soon as its three sigmoids' product is surely below ``exp(-CUT)``
  (see CUT): one vectorised pass over each pair's partners gets distances, the direction
  difference and the radial angle's cosine test; atan2 and the exponentials run only for
  the survivors, in batches of independent calls; the relaxation sums over each pair's
  non-zero terms only (listed in order, so the same additions as over the dense row).

Every float operation is the one the plain formulas do, in the same order (no fastmath):
the scores equal the scalar kernel's bit for bit (all FVC2002 DB1_B pairs checked).

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

from matcher._kernels.mcc_bits import STACK_DOUBLES, float_bits, popcount, stack_doubles
from matcher._kernels.mcc_consolidate import (
    anchor_pair,
    consolidation_factor,
    hull_candidates,
    hull_into,
)

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


LANES = 8  # the window of probe columns scored at once is a multiple of this (one zmm)
BUCKETS = 64  # direction buckets over 2 pi of the probe's window table
WINDOW_SLACK = 1e-9  # radians added to both ends of a window: float rounding stays inside


@njit(cache=True, nogil=True)
def probe_width(n: int) -> int:
    """Columns of the prepared probe (:func:`prepare_probe`) of ``n`` cylinders."""
    return 2 * n + LANES


@njit(cache=True, nogil=True)
def prepare_probe(
    values: np.ndarray,
    mask: np.ndarray,
    theta: np.ndarray,
    ok: np.ndarray,
    bits: np.ndarray,
    side: np.ndarray,
    table: np.ndarray,
) -> None:
    """Lay the probe's cylinders out column-wise, sorted by direction, for :func:`_local_body`.

    Column ``c < 2 n`` holds cylinder ``perm = order[c % n]`` (``order`` sorts the directions):
    ``bits[q, c] = values[perm, q]`` for the ``nd * words`` value words, then ``bits[length +
    w, c] = mask[perm, w]``; ``side[0, c]`` its direction, ``side[1, c]`` 1.0 where it is
    valid, ``side[2, c]`` its direction plus 2 pi in the second copy (ascending over both
    copies), ``side[3, c]`` its index ``perm``. So the probe cylinders within a rotation gate
    of any direction are one run of consecutive columns. The ``LANES`` columns after the
    two copies are zero and not valid (index -1), so a run may be rounded up past them.
    ``table[b]`` is the first column whose ``side[2]`` reaches bucket ``b`` (of ``BUCKETS``
    per 2 pi, over 0..4 pi), so a run's ends are found by two look-ups.
    """
    n = values.shape[0]
    length, words = values.shape[1], mask.shape[1]
    order = side[3]  # insertion sort of the directions (a few dozen cylinders)
    for c in range(n):
        v = theta[c]
        k = c
        while k > 0 and theta[int(order[k - 1])] > v:
            order[k] = order[k - 1]
            k -= 1
        order[k] = c
    two_pi = 2.0 * math.pi
    for c in range(2 * n):
        src = int(order[c % n])  # column c >= n repeats the already written column c - n
        for q in range(length):
            bits[q, c] = values[src, q]
        for w in range(words):
            bits[length + w, c] = mask[src, w]
        side[0, c] = theta[src]
        side[1, c] = 1.0 if ok[src] else 0.0
        side[2, c] = theta[src] + two_pi if c >= n else theta[src]
        side[3, c] = src
    for c in range(2 * n, 2 * n + LANES):
        for q in range(length + words):
            bits[q, c] = 0
        side[0, c] = 0.0
        side[1, c] = 0.0
        side[2, c] = np.inf
        side[3, c] = -1.0
    step = two_pi / BUCKETS
    c = 0
    for b in range(2 * BUCKETS + 2):
        while c < 2 * n and side[2, c] < b * step:
            c += 1
        table[b] = c


@njit(cache=True, nogil=True, inline="always")
def _window(table: np.ndarray, n: int, t: float, max_rotation: float) -> tuple[int, int]:
    """First probe column and column count (a multiple of LANES, 0: none) that hold every
    probe cylinder whose direction is within ``max_rotation`` of ``t`` (and maybe more)."""
    two_pi = 2.0 * math.pi
    half = max_rotation + WINDOW_SLACK
    if half < 0.0:
        return 0, 0
    if half >= math.pi:
        start, stop = 0, n
    else:
        lo = t - half
        if lo < 0.0:
            lo += two_pi
        hi = lo + 2.0 * half
        step = two_pi / BUCKETS
        start = table[max(0, int(lo / step))]
        stop = table[min(2 * BUCKETS + 1, int(hi / step) + 1)]
        if stop - start > n:
            start, stop = 0, n
    return start, (stop - start + LANES - 1) // LANES * LANES


@njit(cache=True, nogil=True, inline="always")
def _local_body(
    bits: np.ndarray,
    side: np.ndarray,
    table: np.ndarray,
    na: int,
    vb: np.ndarray,
    mb: np.ndarray,
    tb: np.ndarray,
    okb: np.ndarray,
    nb: int,
    words: int,
    nd: int,
    max_rotation: float,
    min_matchable: int,
    row: np.ndarray,
    best: np.ndarray,
    arg: np.ndarray,
    out: np.ndarray,
    rowbest: np.ndarray,
    rowval: np.ndarray,
) -> None:
    """Bit similarities of the prepared probe (see :func:`prepare_probe`) against ``nb``
    cylinders, into ``out[:na, :nb]``; and each row's best column and value into
    ``rowbest[:na]``, ``rowval[:na]`` (-1 and 0 where none is above 0): the first step of
    :func:`greedy_pairs`, kept per probe column in ``best``/``arg`` as the columns come.

    For each cylinder ``j`` of b, only the run of probe columns within the rotation gate
    (:func:`_window`) is scored, all columns at once: the inner loop has no branch (the
    rotation gate, the matchable-cell count and the validity are applied as a final select,
    exactly as before, so a column scored needlessly still gets its exact 0), so it runs as
    vector AND/XOR/POPCNT over ``LANES`` columns at a time; the results go to their rows
    through ``row``. Directions lie in ``[0, 2 pi)`` (:meth:`Template.validate`), so a
    difference is wrapped into ``[-pi, pi)`` by one conditional step, as the ``while``
    loops of :func:`_wrap` would.
    """
    two_pi = 2.0 * math.pi
    length = nd * words
    for i in range(na):
        for j in range(nb):
            out[i, j] = 0.0
    for c in range(probe_width(na)):
        best[c] = 0.0
        arg[c] = -1.0
    for j in range(nb):
        if not okb[j]:
            continue
        tj = tb[j]
        jf = float(j)
        start, count = _window(table, na, tj, max_rotation)
        for u in range(count):
            col = np.uint64(start) + np.uint64(u)  # unsigned: no negative-index select
            matchable = 0
            nx = 0
            n1 = 0
            n2 = 0
            for w in range(words):
                common = bits[length + w, col] & mb[j, w]
                matchable += popcount(common)
                for k in range(nd):
                    a = bits[k * words + w, col] & common
                    b = vb[j, k * words + w] & common
                    nx += popcount(a ^ b)
                    n1 += popcount(a)
                    n2 += popcount(b)
            d = side[0, col] - tj
            d = d - two_pi if d >= math.pi else d
            d = d + two_pi if d < -math.pi else d
            denominator = math.sqrt(n1) + math.sqrt(n2)
            value = 1.0 - math.sqrt(nx) / denominator
            comparable = (side[1, col] != 0.0) & (abs(d) <= max_rotation)
            comparable = comparable & (matchable >= min_matchable) & (denominator > 0.0)
            value = value if comparable else 0.0
            row[col] = value
            better = value > best[col]  # strictly: the first column keeps a tie
            best[col] = value if better else best[col]
            arg[col] = jf if better else arg[col]
        for c in range(start, start + count):
            i = int(side[3, c])
            if i >= 0:
                out[i, j] = row[c]
    for c in range(na):  # a row's two copies saw different columns: the better, or the first
        i = int(side[3, c])
        value, column = best[c], arg[c]
        if best[c + na] > value or (best[c + na] == value and arg[c + na] < column):
            value, column = best[c + na], arg[c + na]
        rowval[i] = value
        rowbest[i] = int(column) if value > 0.0 else -1


@njit(cache=True, nogil=True, error_model="numpy")
def _local_fixed(
    bits: np.ndarray,
    side: np.ndarray,
    table: np.ndarray,
    na: int,
    vb: np.ndarray,
    mb: np.ndarray,
    tb: np.ndarray,
    okb: np.ndarray,
    nb: int,
    nd: int,
    max_rotation: float,
    min_matchable: int,
    row: np.ndarray,
    out: np.ndarray,
    rowbest: np.ndarray,
    rowval: np.ndarray,
) -> None:
    """:func:`_local_body`; the default 16 x 16 x 6 cylinders (4 mask words, 6 directions)
    get their own copy with those counts fixed, which the compiler unrolls, and with the
    results' ``row`` on the stack (:func:`stack_doubles`: no overlap checks per window).

    ``error_model="numpy"``: a zero denominator gives inf/nan (then replaced by 0) instead
    of a Python exception check, which would keep the loop from vectorising.
    """
    words = mb.shape[1]
    if words == 4 and nd == 6 and probe_width(na) <= STACK_DOUBLES:
        _local_body(bits, side, table, na, vb, mb, tb, okb, nb, 4, 6, max_rotation,
                    min_matchable, stack_doubles(), stack_doubles(), stack_doubles(), out,
                    rowbest, rowval)  # fmt: skip
    else:
        width = probe_width(na)
        _local_body(bits, side, table, na, vb, mb, tb, okb, nb, words, nd, max_rotation,
                    min_matchable, row, np.empty(width), np.empty(width), out, rowbest,
                    rowval)  # fmt: skip


@njit(cache=True, nogil=True)
def make_probe(n: int, length: int, words: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Buffers of :func:`prepare_probe` for up to ``n`` cylinders: (bits, side, table)."""
    width = probe_width(max(n, 1))
    return (
        np.empty((length + words, width), np.uint64),
        np.empty((4, width)),
        np.empty(2 * BUCKETS + 2, np.int64),
    )


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
    bits, side, table = make_probe(na, va.shape[1], ma.shape[1])
    prepare_probe(va, ma, ta, oka, bits, side, table)
    row = np.empty(probe_width(max(na, 1)))
    _local_fixed(bits, side, table, na, vb, mb, tb, okb, nb, nd, max_rotation, min_matchable,
                 row, out, np.empty(max(na, 1), np.int64), np.empty(max(na, 1)))  # fmt: skip


@njit(cache=True, nogil=True)
def pairs_to_consolidate(na: int, nb: int) -> int:
    """n_P of the paper: 4..12 pairs, more when both sets are large (mu_P 20, tau_P 2/5)."""
    n = min(na, nb)
    return 4 + round(_sigmoid(n, 20.0, 0.4) * 8.0)


@njit(cache=True, nogil=True, inline="always")
def _argmax(v: np.ndarray, row: int, n: int, free: np.ndarray) -> tuple[int, float]:
    """Best ``v[row, j] * free[j]`` over ``j < n`` (lowest ``j`` among equals) and its value;
    ``(-1, 0.0)`` when none is above 0.

    Values are ``+0.0`` or positive, so a pass of integer max over their bit patterns (a
    vector reduction) finds the best value, and a second pass its first column: the same
    pick as one scalar scan keeping the first strictly larger value.
    """
    best = 0
    for j in range(n):
        best = max(best, float_bits(v[row, j] * free[j]))
    if best == 0:
        return -1, 0.0
    for j in range(n):
        if float_bits(v[row, j] * free[j]) == best:
            return j, v[row, j] * free[j]
    return -1, 0.0


@njit(cache=True, nogil=True, inline="always")
def _best_row(rowval: np.ndarray, na: int) -> tuple[int, float]:
    """Row of the highest ``rowval`` (lowest row among equals; values ``+0.0`` or positive)
    and the value; ``(-1, 0.0)`` when all are 0. Two vector passes, as in :func:`_argmax`."""
    best = 0
    for i in range(na):
        best = max(best, float_bits(rowval[i]))
    if best == 0:
        return -1, 0.0
    for i in range(na):
        if float_bits(rowval[i]) == best:
            return i, rowval[i]
    return -1, 0.0


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
    rows_ready: bool = False,
) -> int:
    """One-to-one greedy choice of up to ``n_r`` pairs with positive similarity.

    The same pairs as scanning all cells by decreasing similarity (ties: lower ``i * nb +
    j`` first) and keeping each cell whose row and column are both still free; done by
    keeping every free row's best free column (``rowval`` 0 once a row is used or has
    none left), so no sort of the ``na * nb`` cells. Similarities are ``+0.0`` or positive
    (see :func:`_argmax`). Returns the count chosen; ``pa``, ``pb``, ``lam`` hold them in
    choice order. ``rows_ready``: ``rowbest``/``rowval`` already hold each row's best
    column and value (as :func:`_local_body` leaves them), so the first scan is skipped.
    """
    for j in range(nb):
        free_b[j] = 1.0
    if not rows_ready:  # else the local similarities left each row's best in the buffers
        for i in range(na):
            rowbest[i], rowval[i] = _argmax(sim, i, nb, free_b)
    chosen = 0
    while chosen < n_r:
        bi, bv = _best_row(rowval, na)
        if bi < 0:
            break
        bj = rowbest[bi]
        rowval[bi] = 0.0
        rowbest[bi] = -1  # a used row matches no later column: no value test in the scan
        free_b[bj] = 0.0
        pa[chosen], pb[chosen], lam[chosen] = bi, bj, bv
        chosen += 1
        for i in range(na):
            if rowbest[i] == bj:
                rowbest[i], rowval[i] = _argmax(sim, i, nb, free_b)
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
    a branch-free (vectorised) pass over k gets d1, d2, their z's and the test ``cos(d3) <
    cos(D_ANGLE_MAX)`` (through dot and cross products, no angle), and only the listed
    survivors get d3 (one atan2) and the exponentials. With ``dt = wrap(theta_a -
    theta_b)`` of each pair, d2 = |wrap(dt_t - dt_k)| and d3 = |wrap(dt_t - psi)|, psi the
    angle from the b segment to the a segment: the paper's differences of relative
    directions and of radial angles (equal modulo 2 pi), with one atan2 instead of two.
    ``work`` is a (10, n) float64 buffer and ``survivors`` an (n,) int64 one. The product
    of the sigmoids is taken as one division by the product of their denominators.
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
        ct, st = math.cos(dt), math.sin(dt)
        for u in range(chosen - t - 1):  # no branches: vectorisable
            m = np.uint64(t + 1 + u)  # unsigned: no negative-index select
            d = dt - dts[m]
            d = d - two_pi if d >= math.pi else d
            d = d + two_pi if d < -math.pi else d
            uxa, uya = cxa[m] - cxa[t], cya[m] - cya[t]
            uxb, uyb = cxb[m] - cxb[t], cyb[m] - cyb[t]
            da = math.sqrt(uxa * uxa + uya * uya)
            db = math.sqrt(uxb * uxb + uyb * uyb)
            d1 = abs(da - db)
            das[m], dbs[m], d1s[m], d2s[m] = da, db, d1, abs(d)
            z = max(0.0, -D1_TAU * (d1 - D1_MU)) + max(0.0, -D_ANGLE_TAU * (abs(d) - D_ANGLE_MU))
            dot = uxa * uxb + uya * uyb
            cross = uxb * uya - uyb * uxa  # d3 > D_ANGLE_MAX: the term is surely below the cut
            far = (da > 0.0) & (db > 0.0) & (ct * dot + st * cross < cos_cut * da * db)
            zs[m] = np.inf if far else z
        count = 0  # the k that pass, listed without branches
        for k in range(t + 1, chosen):
            survivors[count] = k
            count += zs[k] <= CUT
        # the survivors in three batches of independent calls (atan2, then the cut, then
        # the exponentials), so the library calls overlap instead of waiting on each other;
        # das[k] then holds d3 and dbs[k] the term (neither is needed after d3)
        for c in range(count):
            k = survivors[c]
            uxa, uya = cxa[k] - cxa[t], cya[k] - cya[t]
            uxb, uyb = cxb[k] - cxb[t], cyb[k] - cyb[t]
            if das[k] > 0.0 and dbs[k] > 0.0:
                dot = uxa * uxb + uya * uyb
                cross = uxb * uya - uyb * uxa
                das[k] = abs(_wrap(dt - math.atan2(cross, dot)))
            else:  # a zero-length segment: atan2(0, 0) = 0 on that side, as in the paper
                ra = _wrap(ta[pa[t]] - math.atan2(uya, uxa))
                rb = _wrap(tb[pb[t]] - math.atan2(uyb, uxb))
                das[k] = abs(_wrap(ra - rb))
        kept = 0
        for c in range(count):
            k = survivors[c]
            survivors[kept] = k
            kept += not zs[k] + max(0.0, -D_ANGLE_TAU * (das[k] - D_ANGLE_MU)) > CUT
        for c in range(kept):
            k = survivors[c]
            dbs[k] = 1.0 / (
                (1.0 + math.exp(-D1_TAU * (d1s[k] - D1_MU)))
                * (1.0 + math.exp(-D_ANGLE_TAU * (d2s[k] - D_ANGLE_MU)))
                * (1.0 + math.exp(-D_ANGLE_TAU * (das[k] - D_ANGLE_MU)))
            )
        for c in range(kept):
            k = survivors[c]
            # t rises in the outer loop, k in the inner: every row's list stays in order
            rho[t, degree[t]], links[t, degree[t]] = dbs[k], k
            degree[t] += 1
            rho[k, degree[k]], links[k, degree[k]] = dbs[k], t
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
    # efficiencies are positive (similarities > 0, compatibilities >= 0), so the highest
    # is an integer max over their bit patterns (a vector pass), the first pair holding it
    # a short scan; a taken pair's efficiency becomes -1.0, whose pattern is negative
    for _ in range(n_p):
        best = -1
        for t in range(chosen):
            best = max(best, float_bits(efficiency[t]))
        best_t = 0
        while float_bits(efficiency[best_t]) != best:
            best_t += 1
        taken[best_t] = 1
        efficiency[best_t] = -1.0
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
    rows_ready: bool = False,
) -> tuple[float, int]:
    """LSS-R's score and the number of chosen pairs; leaves the pairs (``iwork[1]``,
    ``iwork[2]``), their similarities (``fwork[0]``), relaxed values (``fwork[1]``) and
    compatibilities (``rho``, ``links``, ``iwork[4]``) in the buffers. ``rows_ready``: each
    row's best column and value are already in ``iwork[0]`` and ``fwork[3]`` (see
    :func:`greedy_pairs`)."""
    n_r = min(na, nb)
    if n_r == 0:
        return 0.0, 0
    lam, current, nxt = fwork[0], fwork[1], fwork[2]
    rowbest, pa, pb, taken = iwork[0], iwork[1], iwork[2], iwork[3]
    chosen = greedy_pairs(sim, na, nb, n_r, rowbest, fwork[3], fwork[4], pa, pb, lam,
                          rows_ready)  # fmt: skip
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
    hbx: np.ndarray,
    hby: np.ndarray,
    cand: np.ndarray,
    rows_ready: bool = False,
) -> float:
    """:func:`lss_r_work`'s score times the global consolidation factor
    (:mod:`matcher._kernels.mcc_consolidate`): the 1:1 comparator's score. Same buffers;
    ``rho`` and ``links`` must be C-contiguous (they hold the pairing's candidates).
    ``hbx``, ``hby``: B's hull vertices; ``cand``: A's hull candidates
    (:func:`~matcher._kernels.mcc_consolidate.hull_candidates`)."""
    value, chosen = _lss_r_core(sim, na, nb, xa, ya, ta, xb, yb, tb, iterations, weight,
                                fwork, iwork, rho, links, rows_ready)  # fmt: skip
    if chosen == 0:
        return 0.0
    anchor = anchor_pair(fwork[1], chosen)
    n = fwork.shape[1]
    hull_work = fwork[6:].reshape(-1)[: 8 * n].reshape(4, 2 * n)  # rows 6..13: 4 x 2n
    factor = consolidation_factor(
        anchor, iwork[1], iwork[2], fwork[0], rho, links, iwork[4], xa[:na], ya[:na], ta[:na],
        xb[:nb], yb[:nb], tb[:nb], hbx, hby, cand, fwork[3:6], hull_work, iwork[1], rho.reshape(-1),
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


Scratch = tuple[
    np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray,
    np.ndarray, np.ndarray, np.ndarray, np.ndarray,
]  # fmt: skip


@njit(cache=True, nogil=True)
def make_scratch(n: int, length: int, words: int = 4) -> Scratch:
    """Buffers for :func:`score_pair` with up to ``n`` cylinders a side, ``length`` value
    words and ``words`` mask words a cylinder: (sim, rho, links, fwork, iwork, row, the
    prepared probe's bits, side and table (see :func:`prepare_probe`), a (2, 2 n) float64
    buffer for a hull and an (n,) int64 one for the probe's hull candidates)."""
    n = max(n, 1)
    bits, side, table = make_probe(n, length, words)
    return (
        np.empty((n, n)),
        np.empty((n, n)),
        np.empty((n, n), np.int64),
        np.empty((FWORK_ROWS, n)),
        np.empty((5, n), np.int64),
        np.empty(probe_width(n)),
        bits,
        side,
        table,
        np.empty((2, 2 * n)),
        np.empty(n, np.int64),
    )


@njit(cache=True, nogil=True)
def _score_prepared(
    bits: np.ndarray,
    side: np.ndarray,
    table: np.ndarray,
    ta: np.ndarray,
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
    sim: np.ndarray,
    rho: np.ndarray,
    links: np.ndarray,
    fwork: np.ndarray,
    iwork: np.ndarray,
    row: np.ndarray,
    hbx: np.ndarray,
    hby: np.ndarray,
    cand: np.ndarray,
    extra: np.ndarray | None = None,
) -> float:
    na, nb = ta.shape[0], vb.shape[0]
    if na == 0 or nb == 0:
        return 0.0
    _local_fixed(bits, side, table, na, vb, mb, tb, okb, nb, nd, max_rotation, min_matchable,
                 row, sim, iwork[0], fwork[3])  # fmt: skip
    if extra is None:  # (resolved when compiled: the default path has no test here)
        # each row's best column is in iwork[0] / fwork[3], where greedy_pairs keeps them
        return lss_r_consolidated(sim, na, nb, xa, ya, ta, xb, yb, tb, iterations, weight,
                                  fwork, iwork, rho, links, hbx, hby, cand, True)  # fmt: skip
    # a per-minutia similarity of another kind, multiplied in before the pair choice: the
    # rows' best columns change, so greedy_pairs scans them again
    for i in range(na):
        for j in range(nb):
            sim[i, j] = sim[i, j] * max(0.0, extra[i, j])
    return lss_r_consolidated(sim, na, nb, xa, ya, ta, xb, yb, tb, iterations, weight, fwork,
                              iwork, rho, links, hbx, hby, cand, False)  # fmt: skip


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
    scratch: Scratch,
    extra: np.ndarray | None = None,
) -> float:
    """Global MCC similarity of two cylinder sets, 0..1 (LSS-R times the global
    consolidation factor, :func:`lss_r_consolidated`), in ``scratch`` buffers
    (:func:`make_scratch` with ``n >= max(na, nb)`` and the cylinders' word counts).

    ``extra``: an optional (na, nb) float64 matrix of another per-minutia similarity in
    [0, 1] (``extra[i, j]`` for minutia ``i`` of a and ``j`` of b), multiplied into the
    cylinders' local similarities before the pair choice and LSS-R. Left out (``None``),
    Numba compiles the plain path: the same scores bit for bit."""
    sim, rho, links, fwork, iwork, row, bits, side, table, hull, cand = scratch
    prepare_probe(va, ma, ta, oka, bits, side, table)
    na, nb = ta.shape[0], tb.shape[0]
    if na == 0 or nb == 0:
        return 0.0
    # A's hull candidates (its hull as scratch), then B's hull in the same buffer
    k = hull_candidates(xa, ya, iwork[0], hull[0], hull[1], cand)
    hb = hull_into(xb, yb, iwork[0], hull[0], hull[1])
    return _score_prepared(bits, side, table, ta, xa, ya, vb, mb, tb, okb, xb, yb, nd,
                           max_rotation, min_matchable, iterations, weight, sim, rho, links,
                           fwork, iwork, row, hull[0, :hb], hull[1, :hb],
                           cand[:k], extra)  # fmt: skip


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
    hxs: np.ndarray,
    hys: np.ndarray,
    hcounts: np.ndarray,
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
    ``thetas``, and its hull's ``hcounts[q]`` vertices rows ``offsets[q]:offsets[q] +
    hcounts[q]`` of ``hxs``, ``hys`` (:func:`~matcher._kernels.mcc_consolidate.pack_hulls`).
    The probe is prepared once (:func:`prepare_probe`, and its hull candidates,
    :func:`~matcher._kernels.mcc_consolidate.hull_candidates`); the templates are split
    into ``chunks`` runs of consecutive templates (a few per thread balance the load), each
    scored in one thread with buffers allocated once.
    """
    m = offsets.shape[0] - 1
    if m <= 0:
        return
    na = va.shape[0]
    nmax = na
    for q in range(m):
        nmax = max(nmax, offsets[q + 1] - offsets[q])
    bits, side, table = make_probe(na, va.shape[1], ma.shape[1])
    prepare_probe(va, ma, ta, oka, bits, side, table)
    cand = np.empty(max(na, 1), np.int64)
    hbuf = np.empty(2 * max(na, 1))
    k = hull_candidates(xa, ya, np.empty(max(na, 1), np.int64), hbuf, hbuf.copy(), cand)
    cand = cand[:k]
    chunks = max(1, min(m, chunks))
    for c in prange(chunks):
        # per-thread buffers; the prepared probe above is shared (no bits/side needed here)
        sim, rho, links, fwork, iwork, row = make_scratch(nmax, 0, 0)[:6]
        for q in range(c * m // chunks, (c + 1) * m // chunks):
            lo, hi = offsets[q], offsets[q + 1]
            out[q] = _score_prepared(
                bits, side, table, ta, xa, ya, values[lo:hi], masks[lo:hi], thetas[lo:hi],
                oks[lo:hi], xs[lo:hi], ys[lo:hi], nd, max_rotation, min_matchable,
                iterations, weight, sim, rho, links, fwork, iwork, row,
                hxs[lo : lo + hcounts[q]], hys[lo : lo + hcounts[q]], cand,
            )  # fmt: skip
