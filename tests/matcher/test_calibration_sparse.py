"""Sparse pairs (a print with few minutiae) are calibrated on their own, heavier impostor tail."""

from __future__ import annotations

import math

import pytest

from matcher.calibration import (
    evidence,
    fmr_at_score,
    sparse_below,
    table,
    threshold_for_fmr,
    threshold_for_fused_fmr,
    threshold_for_pair_fmr,
)


def test_the_table_holds_a_sparse_tail_heavier_than_the_typical_one() -> None:
    sparse = table()["sparse"]
    assert sparse_below() == sparse["below_minutiae"] > 0
    # at the station's operating range a sparse pair needs a clearly higher score
    assert threshold_for_pair_fmr(1e-8, sparse_below() - 1) > 1.2 * threshold_for_fmr(1e-8)


@pytest.mark.parametrize("fmr", [1e-4, 1e-6, 1e-8, 1e-10])
def test_typical_pairs_keep_the_typical_threshold(fmr: float) -> None:
    for minutiae in (None, sparse_below(), 40, 64):
        assert threshold_for_pair_fmr(fmr, minutiae) == threshold_for_fmr(fmr)


def test_a_sparse_score_gives_less_evidence_and_needs_a_higher_threshold() -> None:
    few = sparse_below() - 1
    t_typical = threshold_for_fmr(1e-8)
    t_sparse = threshold_for_pair_fmr(1e-8, few)
    between = (t_typical + t_sparse) / 2  # a duplicate for a typical pair, not for a sparse one
    assert evidence(between) >= -math.log(1e-8) > evidence(between, few)
    assert fmr_at_score(between, few) > 1e-8 >= fmr_at_score(between)
    # the sparse threshold is where the sparse evidence reaches the same rate
    assert evidence(t_sparse, few) == pytest.approx(-math.log(1e-8), rel=1e-6)
    # never more evidence for a sparse pair than for a typical one, at any score
    for score in (0.0, 0.005, 0.01, 0.02, 0.04, 0.08, 0.2):
        assert evidence(score, few) <= evidence(score)
    # one sparse finger alone cannot reach a one-finger duplicate decision at 1e-8
    assert evidence(between, few) < threshold_for_fused_fmr(1e-8, 1)
