"""Global consolidation after LSS-R (matcher/_kernels/mcc_consolidate.py): what it does to
scores a user would see. The kernel's exact arithmetic is checked against the plain
reference in test_mcc_kernel.py (``mcc_reference.score`` includes this stage)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from matcher._kernels import mcc_consolidate
from matcher._kernels.mcc_match import local_similarities, lss_r
from matcher.comparator import compare
from matcher.mcc import DEFAULT, encode
from matcher.template import Template
from tests.matcher import mcc_reference
from tests.matcher.synthetic import minutiae_set


def _lss_r_only(a: Template, b: Template) -> float:
    """The LSS-R score before consolidation (the paper's score)."""
    ca, cb = encode(a, DEFAULT), encode(b, DEFAULT)
    sim = np.zeros((len(ca), len(cb)))
    local_similarities(
        ca.values,
        ca.mask,
        ca.theta,
        ca.ok,
        cb.values,
        cb.mask,
        cb.theta,
        cb.ok,
        DEFAULT.nd,
        DEFAULT.max_rotation,
        DEFAULT.min_matchable_cells,
        sim,
    )
    return float(lss_r(sim, len(ca), len(cb), ca.x, ca.y, ca.theta, cb.x, cb.y, cb.theta,
                       DEFAULT.relax_iterations, DEFAULT.relax_weight))  # fmt: skip


def _moved(m: np.ndarray, rotation: float, shift: tuple[float, float], centre: float) -> np.ndarray:
    """Minutiae rows rotated about (centre, centre) on screen (y down) and shifted."""
    c, s = math.cos(rotation), math.sin(rotation)
    out = m.astype(np.float64).copy()
    dx, dy = m[:, 0] - centre, m[:, 1] - centre
    out[:, 0] = centre + c * dx + s * dy + shift[0]
    out[:, 1] = centre - s * dx + c * dy + shift[1]
    out[:, 2] = (m[:, 2] + rotation) % (2 * math.pi)
    return out


def test_a_rigidly_moved_copy_keeps_its_full_lss_r_score() -> None:
    a = minutiae_set(np.random.default_rng(3), 40, 400)
    b = Template(_moved(a.minutiae, 0.25, (12.0, -8.0), 200.0).astype(np.float32), 440, 440)
    assert _lss_r_only(a, b) > 0.3
    assert compare(a, b) == pytest.approx(_lss_r_only(a, b), rel=1e-12)


def test_prints_sharing_only_a_small_patch_lose_most_of_their_score() -> None:
    rng = np.random.default_rng(5)
    a = minutiae_set(rng, 40, 400)
    m = a.minutiae
    centre = m[:, :2].mean(axis=0)
    patch = m[np.argsort(np.hypot(m[:, 0] - centre[0], m[:, 1] - centre[1]))[:10]]
    other = minutiae_set(rng, 40, 400).minutiae
    far = np.hypot(other[:, 0] - centre[0], other[:, 1] - centre[1]) > 90
    b = Template(np.vstack([_moved(patch, 0.2, (5.0, 4.0), 200.0), other[far]]).astype(np.float32),
                 400, 400)  # fmt: skip
    before = _lss_r_only(a, b)
    assert before > 0.0
    assert compare(a, b) < 0.7 * before  # most of either print found no mate once aligned


def test_a_tiny_template_cannot_reach_a_full_score_even_against_itself() -> None:
    a = minutiae_set(np.random.default_rng(8), 8, 300)
    b = Template(_moved(a.minutiae, -0.1, (6.0, 3.0), 150.0).astype(np.float32), 320, 320)
    n = len(encode(a, DEFAULT))
    factor = mcc_consolidate.FLOOR + (1 - mcc_consolidate.FLOOR) * n / mcc_consolidate.MIN_OVERLAP
    assert compare(a, b) == pytest.approx(factor * _lss_r_only(a, b), rel=1e-12)


@pytest.mark.parametrize("case", ["scattered", "repeated", "collinear", "two", "one"])
def test_the_allocation_free_hull_gives_the_reference_polygon(case: str) -> None:
    rng = np.random.default_rng(11)
    if case == "scattered":
        x, y = rng.uniform(0, 300, 40), rng.uniform(-300, 0, 40)
    elif case == "repeated":  # integer grid: many repeated and collinear points
        x, y = rng.integers(0, 5, 30).astype(float), rng.integers(0, 5, 30).astype(float)
    elif case == "collinear":
        t = rng.uniform(0, 100, 12)
        x, y = 2.0 * t, 50.0 - t
    elif case == "two":
        x, y = np.array([5.0, 1.0, 5.0]), np.array([2.0, 7.0, 2.0])
    else:
        x, y = np.array([3.0]), np.array([4.0])
    n = x.shape[0]
    order = np.empty(n, np.int64)
    hx, hy = np.empty(2 * n), np.empty(2 * n)
    h = mcc_consolidate.hull_into(x, y, order, hx, hy)
    ex, ey = mcc_reference.convex_hull(x, y)
    assert h == ex.shape[0]
    if h >= 3:  # a polygon: the same vertices in the same order
        assert hx[:h].tolist() == ex.tolist() and hy[:h].tolist() == ey.tolist()


def _plain_pairs(ax: np.ndarray, ay: np.ndarray, at: np.ndarray, b: np.ndarray,
                 cbx: float, cby: float) -> int:  # fmt: skip
    """The pairing as first written: list every candidate, then repeatedly take the cheapest
    one whose minutiae are both free (ties: the earlier listed)."""
    c = mcc_consolidate
    cand = []
    for i in range(ax.shape[0]):
        tol = c.PAIR_TOLERANCE + c.PAIR_GROWTH * math.sqrt((ax[i] - cbx) ** 2 + (ay[i] - cby) ** 2)
        for j in range(b.shape[0]):
            dx, dy = ax[i] - b[j, 0], ay[i] - b[j, 1]
            d2 = dx * dx + dy * dy
            da = at[i] - b[j, 2]
            da = abs(da - 2.0 * math.pi * math.floor((da + math.pi) / (2.0 * math.pi)))
            if d2 <= tol * tol and da <= c.PAIR_ANGLE:
                cand.append([math.sqrt(d2) / tol + da / c.PAIR_ANGLE, i, j])
    used_a: set[int] = set()
    used_b: set[int] = set()
    while True:
        free = [q for q in cand if q[1] not in used_a and q[2] not in used_b]
        if not free:
            return len(used_a)
        best = min(free, key=lambda q: q[0])  # min keeps the first of equal costs
        used_a.add(best[1])
        used_b.add(best[2])


@pytest.mark.parametrize("case", ["scattered", "grid ties", "dense"])
def test_the_one_pass_pairing_takes_the_pairs_repeated_cheapest_choice_would(case: str) -> None:
    """Sorting the candidates once and taking them in one pass must pair exactly as many
    minutiae as the first version did, exact cost ties (integer grids, duplicated minutiae)
    and the many-candidate merge sort path included."""
    rng = np.random.default_rng({"scattered": 1, "grid ties": 2, "dense": 3}[case])
    for _ in range(20):
        if case == "scattered":
            a = np.column_stack([rng.uniform(0, 300, 40), rng.uniform(0, 300, 40),
                                 rng.uniform(0, 2 * math.pi, 40)])  # fmt: skip
            b = a[rng.permutation(40)[:30]] + rng.normal(0, [6, 6, 0.3], (30, 3))
        elif case == "grid ties":
            a = np.column_stack([rng.integers(0, 6, 30) * 10.0, rng.integers(0, 6, 30) * 10.0,
                                 np.zeros(30)])  # fmt: skip
            b = np.vstack([a[:12], a[:12], a[20:]])  # duplicated minutiae: tied costs
        else:  # everything within reach of everything: hundreds of candidates
            a = np.column_stack([rng.uniform(0, 10, 25), rng.uniform(0, 10, 25),
                                 rng.uniform(0, 0.5, 25)])  # fmt: skip
            b = np.column_stack([rng.uniform(0, 10, 20), rng.uniform(0, 10, 20),
                                 rng.uniform(0, 0.5, 20)])  # fmt: skip
        na, nb = a.shape[0], b.shape[0]
        cbx, cby = float(b[:, 0].mean()), float(b[:, 1].mean())
        got = mcc_consolidate.paired_minutiae(
            a[:, 0].copy(), a[:, 1].copy(), a[:, 2].copy(), b[:, 0].copy(), b[:, 1].copy(),
            b[:, 2].copy(), cbx, cby, np.empty(na * nb), np.empty(na * nb, np.int64),
            np.empty(na, np.int64), np.empty(nb, np.int64),
        )  # fmt: skip
        assert got == _plain_pairs(a[:, 0], a[:, 1], a[:, 2], b, cbx, cby)


@pytest.mark.parametrize("case", ["scattered", "grid"])
def test_the_vectorised_inside_count_agrees_point_by_point(case: str) -> None:
    """Points on the hull's edges and vertices (integer grid) count as inside, as before."""
    rng = np.random.default_rng(21)
    if case == "scattered":
        x, y = rng.uniform(0, 300, 40), rng.uniform(0, 300, 40)
        px, py = rng.uniform(-50, 350, 60), rng.uniform(-50, 350, 60)
    else:
        x, y = rng.integers(0, 8, 30).astype(float), rng.integers(0, 8, 30).astype(float)
        px, py = rng.integers(-2, 10, 80).astype(float), rng.integers(-2, 10, 80).astype(float)
    n = x.shape[0]
    hx, hy = np.empty(2 * n), np.empty(2 * n)
    h = mcc_consolidate.hull_into(x, y, np.empty(n, np.int64), hx, hy)
    expected = sum(
        all(
            (hx[(e + 1) % h] - hx[e]) * (qy - hy[e]) - (hy[(e + 1) % h] - hy[e]) * (qx - hx[e])
            >= 0.0
            for e in range(h)
        )
        for qx, qy in zip(px, py, strict=True)
    )
    assert 0 < expected < px.shape[0]
    assert mcc_consolidate.count_inside(px, py, hx, hy, h) == expected


@pytest.mark.parametrize("case", ["scattered", "grid", "collinear"])
def test_the_hull_of_moved_candidates_is_the_hull_of_all_moved_points(case: str) -> None:
    """A probe's hull candidates, found once, give each comparison the very polygon (vertex
    for vertex, bit for bit) that the hull of all its moved minutiae would: the comparator
    relies on it to skip the interior points in every pair."""
    rng = np.random.default_rng(5)
    if case == "scattered":
        x, y = rng.integers(0, 400, 45).astype(float), rng.integers(0, 500, 45).astype(float)
    elif case == "grid":  # many collinear points on the hull's edges
        x, y = rng.integers(0, 6, 40).astype(float) * 40, rng.integers(0, 6, 40).astype(float) * 40
    else:
        t = rng.integers(0, 100, 12).astype(float)
        x, y = 2.0 * t, 50.0 - t
    n = x.shape[0]
    cand = np.empty(n, np.int64)
    hx, hy = np.empty(2 * n), np.empty(2 * n)
    k = mcc_consolidate.hull_candidates(x, y, np.empty(n, np.int64), hx, hy, cand)
    assert k < n or case == "collinear"
    for rot in [0.0, 1e-9, 0.3, -2.0, math.pi / 2, math.pi, *rng.uniform(-math.pi, math.pi, 50)]:
        c, s, tx, ty = math.cos(rot), math.sin(rot), rng.uniform(-50, 50), rng.uniform(-50, 50)
        mx, my = c * (x - 200.0) - s * (y - 250.0) + tx, s * (x - 200.0) + c * (y - 250.0) + ty
        full = mcc_consolidate.hull_into(mx, my, np.empty(n, np.int64), hx, hy)
        gx, gy = np.empty(2 * k), np.empty(2 * k)
        part = mcc_consolidate.hull_into(mx[cand[:k]].copy(), my[cand[:k]].copy(),
                                         np.empty(k, np.int64), gx, gy)  # fmt: skip
        assert part == full
        assert gx[:part].tolist() == hx[:full].tolist()
        assert gy[:part].tolist() == hy[:full].tolist()


def test_packed_templates_carry_their_own_hulls() -> None:
    """The hull made once at packing is the one each comparison used to make."""
    from matcher.comparator import pack_cylinders

    rng = np.random.default_rng(8)
    items = [encode(minutiae_set(rng, int(n)), DEFAULT) for n in (30, 5, 44)]
    packed = pack_cylinders(items)
    for q, c in enumerate(items):
        n = len(c)
        hx, hy = np.empty(2 * n), np.empty(2 * n)
        h = mcc_consolidate.hull_into(c.x, c.y, np.empty(n, np.int64), hx, hy)
        lo = int(packed.offsets[q])
        assert int(packed.hull_count[q]) == h
        assert packed.hull_x[lo : lo + h].tolist() == hx[:h].tolist()
        assert packed.hull_y[lo : lo + h].tolist() == hy[:h].tolist()
