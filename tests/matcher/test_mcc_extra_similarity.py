"""The comparator kernel's optional per-minutia similarity (``extra``): multiplied into the
cylinders' local similarities before the pair choice and LSS-R; left out, the plain path."""

from __future__ import annotations

import numpy as np
import pytest

from matcher._kernels.mcc_match import make_scratch, score_pair
from matcher.comparator import compare_cylinders
from matcher.mcc import DEFAULT, Cylinders, encode
from matcher.template import Template
from tests.matcher.synthetic import minutiae_set
from tests.matcher.test_compare import transformed


def _pairs(seed: int) -> list[tuple[Template, Template]]:
    rng = np.random.default_rng(seed)
    out = []
    for n in (8, 20, 45, 64):
        a = minutiae_set(rng, n, 360)
        out.append((a, transformed(a, rng, rotation=0.3, drop=0.15)))
        out.append((a, minutiae_set(rng, n, 360)))
    return out


def _score(a: Cylinders, b: Cylinders, extra: np.ndarray | None) -> float:
    p = DEFAULT
    scratch = make_scratch(max(len(a), len(b)), a.values.shape[1], a.mask.shape[1])
    args = (a.values, a.mask, a.theta, a.ok, a.x, a.y, b.values, b.mask, b.theta, b.ok, b.x,
            b.y, p.nd, p.max_rotation, p.min_matchable_cells, p.relax_iterations,
            p.relax_weight, scratch)  # fmt: skip
    return float(score_pair(*args) if extra is None else score_pair(*args, extra))


def test_an_extra_similarity_of_ones_gives_the_plain_scores_bit_for_bit() -> None:
    for a, b in _pairs(31):
        ca, cb = encode(a, DEFAULT), encode(b, DEFAULT)
        plain = compare_cylinders(ca, cb)
        assert _score(ca, cb, None) == plain
        assert _score(ca, cb, np.ones((len(ca), len(cb)))) == plain


def test_the_extra_similarity_scales_the_local_similarities_before_lss_r() -> None:
    # LSS-R's relaxation is linear in the similarities and its pair choice and efficiencies
    # depend only on their order and ratios: halving every local similarity halves the score
    # (the consolidation factor stays); zero similarities leave nothing to pair
    scored = 0
    for a, b in _pairs(32):
        ca, cb = encode(a, DEFAULT), encode(b, DEFAULT)
        plain = compare_cylinders(ca, cb)
        half = _score(ca, cb, np.full((len(ca), len(cb)), 0.5))
        assert half == pytest.approx(0.5 * plain, rel=1e-9, abs=1e-15)
        assert _score(ca, cb, np.zeros((len(ca), len(cb)))) == 0.0
        scored += plain > 0.0
    assert scored >= 4


def test_the_extra_similarity_decides_which_pairs_win() -> None:
    # a mated pair whose true correspondences are vetoed scores below the plain comparison,
    # and an unrelated pair scores no higher than plain when only its chance pairs remain
    rng = np.random.default_rng(33)
    a = minutiae_set(rng, 30, 360)
    b = Template(a.minutiae.copy(), a.width, a.height, dpi=a.dpi)  # the same print again
    ca, cb = encode(a, DEFAULT), encode(b, DEFAULT)
    plain = compare_cylinders(ca, cb)
    veto = np.ones((len(ca), len(cb)))
    np.fill_diagonal(veto, 0.0)  # the same minutiae in the same order: i pairs with i
    assert _score(ca, cb, veto) < 0.5 * plain
    only_mates = np.eye(len(ca), len(cb))
    assert _score(ca, cb, only_mates) == pytest.approx(plain, rel=0.2)
