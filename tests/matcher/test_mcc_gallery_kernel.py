"""The gallery's coarse kernels against the plain-Python reference: one-to-one LSS (stage 2)
and LSS-R (stage 3) on packed entries give the reference scores of the same cylinders."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from matcher.gallery import ANGLE_SCALE, Gallery, K, _pack, _unpack
from matcher.mcc import COARSE, Cylinders, MccParams, encode
from tests.matcher import mcc_reference
from tests.matcher.synthetic import minutiae_set
from tests.matcher.test_compare import transformed


def one_to_one_lss(a: Cylinders, b: Cylinders, p: MccParams) -> float:
    """Mean of the n_P best one-to-one pairs (greedy by similarity, ties by lower cell)."""
    sim = mcc_reference.similarity_matrix(a, b, p)
    na, nb = sim.shape
    n_p = 4 + round(8.0 / (1.0 + np.exp(-0.4 * (min(na, nb) - 20.0))))
    cells = sorted((-sim[i, j], i, j) for i in range(na) for j in range(nb) if sim[i, j] > 0)
    used_a: set[int] = set()
    used_b: set[int] = set()
    total, taken = 0.0, 0
    for v, i, j in cells:
        if taken == n_p:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        total, taken = total - v, taken + 1
    return total / n_p


@pytest.mark.parametrize("iterations", [0, 5])
def test_coarse_kernel_scores_equal_the_reference(iterations: int) -> None:
    from matcher._kernels.match_gallery import coarse_scores

    rng = np.random.default_rng(31)
    probe_t = minutiae_set(rng, 30, 360)
    entries = [transformed(probe_t, rng, 0.2, 0.1)] + [minutiae_set(rng, n, 360) for n in (12, 30)]
    g = Gallery()
    for k, t in enumerate(entries):
        g.add(f"p{k}", 2, t)
    state = g._state
    p = _pack(probe_t)
    probe = encode(_unpack(p.xy, min(p.count, K)), COARSE)
    pm = np.where(probe.ok, probe.mask[:, 0], np.uint64(0))
    rows = np.arange(state.n, dtype=np.int64)
    c = COARSE
    got = coarse_scores(
        rows, state.values, state.mask, state.xy, state.counts,
        np.ascontiguousarray(probe.values), pm, probe.x, probe.y, probe.theta,
        c.nd, c.max_rotation, c.min_matchable_cells, iterations, c.relax_weight, ANGLE_SCALE,
    )  # fmt: skip
    params = dataclasses.replace(COARSE, relax_iterations=iterations)
    for r in range(state.n):
        entry = encode(_unpack(state.xy[r], min(int(state.counts[r]), K)), COARSE)
        if iterations == 0:
            expected = one_to_one_lss(probe, entry, params)
        else:
            expected = mcc_reference.score(probe, entry, params, consolidate=False)
        assert got[r] == pytest.approx(expected, abs=1e-6)
    assert got[0] == got.max()  # the transformed copy is the closest
