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
from tests.matcher.test_mcc_kernel import _pairs


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


#: compare() and compare_many() of the pairs of seed 31 (float.hex), as the kernel gave them
#: at 0cadd7b, before it took ``extra``: the tests above compare the plain path with itself
#: (compare_cylinders is score_pair without extra), so only these pin that it did not change
_BEFORE_EXTRA_SINGLE = (
    "0x1.670c915e90d59p-3", "0x1.d0e14f575936dp-4", "0x1.5382091e60425p-2",
    "0x1.1425c0cac3073p-8", "0x1.018dbe1fea5bfp-2", "0x1.46e7aa1fa4474p-8",
    "0x1.0e16194e70616p-2", "0x1.efca0f88e3a61p-8")
_BEFORE_EXTRA_MANY = (
    "0x1.6bc4a55f1e372p-8", "0x1.1720f2a499316p-3", "0x1.9f2e819a1a5cfp-8",
    "0x1.9fbf4ada8355ap-8", "0x1.018dbe1fea5bfp-2", "0x1.46e7aa1fa4474p-8",
    "0x1.7c110bd16a950p-8", "0x1.dd7ff26f4899ap-8")


def test_the_product_path_scores_as_before_the_extra_input_bit_for_bit() -> None:
    """compare (score_pair) and compare_many (score_packed, the gallery's path) give the
    very scores they gave before the kernel took ``extra``; and a second plain call compiles
    no second specialisation (the omitted input is one type, resolved when compiled)."""
    from matcher.comparator import compare, compare_many

    pairs = _pairs(31)
    single = tuple(float(compare(a, b)).hex() for a, b in pairs)
    assert single == _BEFORE_EXTRA_SINGLE
    many = tuple(float(s).hex() for s in compare_many(pairs[4][0], [b for _, b in pairs]))
    assert many == _BEFORE_EXTRA_MANY
    compiled = len(score_pair.signatures)
    compare(*pairs[0])
    compare(*pairs[1])
    assert len(score_pair.signatures) == compiled
