"""The vectorised MCC kernels (probe laid out by direction, windowed local similarities,
bit-pattern argmax in the greedy pairing) against the plain-Python reference, on random
and real-like cylinder sets of awkward sizes: 0, 1, odd counts, more than 64 cylinders,
directions on the rotation gate's edges and next to 0 and 2 pi."""

from __future__ import annotations

import math

import numpy as np
import pytest

from matcher.comparator import compare_cylinders, pack_cylinders, score_packed
from matcher.mcc import DEFAULT, Cylinders, MccParams, encode
from tests.matcher import mcc_reference
from tests.matcher.synthetic import minutiae_set
from tests.matcher.test_compare import transformed

WIDE = MccParams(max_minutiae=120)  # cylinder sets above 64, the default cap


def random_cylinders(rng: np.random.Generator, n: int, p: MccParams = DEFAULT) -> Cylinders:
    """Random bit cylinders: dense validity masks (so most pairs are matchable), values
    inside and outside the masks, a few invalid cylinders, directions in [0, 2 pi) with
    some exactly on 0 and just below 2 pi."""
    words = p.words
    bits = rng.integers(0, 2**63, size=(n, p.nd * words), dtype=np.uint64)
    mask = np.full((n, words), np.uint64(2**64 - 1))
    holes = rng.integers(0, 2**63, size=(n, words), dtype=np.uint64)
    mask &= ~(holes & rng.integers(0, 2**63, size=(n, words), dtype=np.uint64))
    theta = rng.uniform(0.0, 2.0 * math.pi, n)
    if n > 2:
        theta[0], theta[1] = 0.0, np.nextafter(2.0 * math.pi, 0.0)
    ok = rng.random(n) > 0.1
    xy = rng.uniform(0, 400, size=(2, n))
    return Cylinders(bits, mask, ok, xy[0].copy(), xy[1].copy(), theta)


def gate_edges(a: Cylinders, rng: np.random.Generator, p: MccParams = DEFAULT) -> Cylinders:
    """A copy of ``a`` whose directions sit on the rotation gate's edges of a's: each is
    ``a.theta[i] +- max_rotation`` (wrapped), a tie-break the window must not lose."""
    shift = np.where(rng.random(len(a)) < 0.5, -p.max_rotation, p.max_rotation)
    theta = np.mod(a.theta + shift, 2.0 * math.pi)
    theta = np.where(theta >= 2.0 * math.pi, 0.0, theta)
    values = a.values ^ rng.integers(0, 2**63, size=a.values.shape, dtype=np.uint64) & np.uint64(
        0x0101010101010101
    )
    return Cylinders(values, a.mask, a.ok, a.x + 3.0, a.y - 2.0, theta)


# 270: a probe too wide for the stack buffer, scored through the heap fallback
SIZES = [(0, 5), (5, 0), (1, 1), (1, 9), (3, 17), (13, 8), (16, 16), (31, 33), (65, 70), (97, 40),
         (270, 6)]  # fmt: skip


def _kernel_and_reference(a: Cylinders, b: Cylinders) -> tuple[np.ndarray, np.ndarray]:
    """The kernel's similarity matrix (every cell written over -1) and the reference's."""
    from matcher._kernels.mcc_match import local_similarities

    p = DEFAULT
    out = np.full((len(a), len(b)), -1.0)
    local_similarities(
        a.values, a.mask, a.theta, a.ok, b.values, b.mask, b.theta, b.ok,
        p.nd, p.max_rotation, p.min_matchable_cells, out,
    )  # fmt: skip
    return out, mcc_reference.similarity_matrix(a, b, p)


@pytest.mark.parametrize(("na", "nb"), SIZES)
def test_local_similarities_equal_the_reference_on_random_cylinders(na: int, nb: int) -> None:

    rng = np.random.default_rng(1000 + 7 * na + nb)
    out, expected = _kernel_and_reference(random_cylinders(rng, na), random_cylinders(rng, nb))
    assert out == pytest.approx(expected, abs=1e-12)
    assert ((out > 0) == (expected > 0)).all()


def test_local_similarities_keep_cylinders_on_the_rotation_gate_edges() -> None:

    rng = np.random.default_rng(4)
    a = random_cylinders(rng, 40)
    out, expected = _kernel_and_reference(a, gate_edges(a, rng))
    assert out == pytest.approx(expected, abs=1e-12)
    near = np.abs(np.diagonal(out))
    assert (near > 0.5).sum() >= 0.5 * len(a)  # the near-copies on the edges were scored


@pytest.mark.parametrize(("na", "nb"), SIZES)
def test_scores_equal_the_reference_on_random_cylinders(na: int, nb: int) -> None:
    rng = np.random.default_rng(2000 + 7 * na + nb)
    a, b = random_cylinders(rng, na), random_cylinders(rng, nb)
    expected = mcc_reference.score(a, b, DEFAULT)
    assert compare_cylinders(a, b) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("n", [1, 2, 7, 30, 64, 90])
def test_scores_equal_the_reference_on_real_like_prints(n: int) -> None:
    rng = np.random.default_rng(3000 + n)
    t = minutiae_set(rng, n, 420)
    for u in (transformed(t, rng, rotation=0.4, drop=0.1), minutiae_set(rng, max(1, n - 3), 420)):
        a, b = encode(t, WIDE), encode(u, WIDE)
        expected = mcc_reference.score(a, b, WIDE)
        assert compare_cylinders(a, b, WIDE) == pytest.approx(expected, abs=1e-12)
        assert compare_cylinders(b, a, WIDE) == pytest.approx(
            mcc_reference.score(b, a, WIDE), abs=1e-12
        )


def test_batch_scores_equal_pair_scores_for_mixed_sizes() -> None:
    rng = np.random.default_rng(5)
    probe = encode(minutiae_set(rng, 80, 420), WIDE)
    others = [encode(minutiae_set(rng, n, 420), WIDE) for n in (1, 9, 64, 100, 33)]
    others.insert(2, random_cylinders(rng, 0, WIDE))  # no cylinders: 0
    got = score_packed(probe, pack_cylinders(others, WIDE), WIDE)
    assert got.tolist() == [compare_cylinders(probe, c, WIDE) for c in others]
    assert got[2] == 0.0


def sorted_greedy(sim: np.ndarray, n_r: int) -> list[tuple[int, int, float]]:
    """The definition: cells by decreasing value (ties: lower i * nb + j), one-to-one."""
    na, nb = sim.shape
    cells = sorted((-sim[i, j], i * nb + j) for i in range(na) for j in range(nb) if sim[i, j] > 0)
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for v, cell in cells:
        i, j = divmod(cell, nb)
        if len(out) == n_r:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((i, j, -v))
    return out


@pytest.mark.parametrize(("na", "nb"), [(1, 1), (3, 11), (17, 9), (40, 40), (70, 66)])
def test_greedy_pairs_equal_the_sorted_definition_with_many_ties(na: int, nb: int) -> None:
    from matcher._kernels.mcc_match import greedy_pairs

    rng = np.random.default_rng(6000 + na * nb)
    levels = np.array([0.0, 0.0, 0.125, 0.25, 0.5, 0.5, 0.75, 1.0])  # many exact ties
    sim = levels[rng.integers(0, len(levels), size=(na, nb))]
    n = max(na, nb)
    rowbest, pa, pb = (np.zeros(n, np.int64) for _ in range(3))
    rowval, free_b, lam = (np.zeros(n) for _ in range(3))
    for n_r in (min(na, nb), 1):
        chosen = greedy_pairs(sim, na, nb, n_r, rowbest, rowval, free_b, pa, pb, lam)
        got = list(zip(pa[:chosen].tolist(), pb[:chosen].tolist(), lam[:chosen].tolist(),
                       strict=True))  # fmt: skip
        assert got == sorted_greedy(sim, n_r)


def test_each_rows_best_column_found_while_scoring_keeps_the_first_of_equal_values() -> None:
    from matcher._kernels.mcc_match import _local_fixed, make_probe, prepare_probe, probe_width

    rng = np.random.default_rng(8)
    a = random_cylinders(rng, 37)
    half = random_cylinders(rng, 12)
    # b holds each of its cylinders twice (and a's first ones): rows tie exactly
    b = Cylinders(*(np.concatenate([f, f, g[:5]]) for f, g in zip(
        (half.values, half.mask, half.ok, half.x, half.y, half.theta),
        (a.values, a.mask, a.ok, a.x, a.y, a.theta), strict=True,
    )))  # fmt: skip
    p = DEFAULT
    bits, side, table = make_probe(len(a), a.values.shape[1], a.mask.shape[1])
    prepare_probe(a.values, a.mask, a.theta, a.ok, bits, side, table)
    sim = np.zeros((len(a), len(b)))
    rowbest, rowval = np.zeros(len(a), np.int64), np.zeros(len(a))
    _local_fixed(
        bits, side, table, len(a), b.values, b.mask, b.theta, b.ok, len(b), p.nd,
        p.max_rotation, p.min_matchable_cells, np.empty(probe_width(len(a))), sim, rowbest,
        rowval,
    )  # fmt: skip
    assert sim == pytest.approx(mcc_reference.similarity_matrix(a, b, p), abs=1e-12)
    for i in range(len(a)):
        best = sim[i].max()
        assert rowval[i] == best
        assert rowbest[i] == (int(np.argmax(sim[i])) if best > 0 else -1)  # first maximum
    assert (rowbest[rowval > 0] < 12).any()  # some rows' best is a duplicated cylinder
    expected = mcc_reference.score(a, b, p)
    assert compare_cylinders(a, b) == pytest.approx(expected, abs=1e-12)
