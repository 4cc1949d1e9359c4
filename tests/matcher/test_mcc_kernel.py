"""The fast MCC comparator kernel against the plain-Python reference of the same math, and the
batch entry point (``compare_many``) against one-pair ``compare``."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from matcher.comparator import compare, compare_cylinders, compare_many
from matcher.errors import InvalidTemplate
from matcher.mcc import DEFAULT, encode
from matcher.template import Template
from tests._shared import shared_set
from tests.matcher import mcc_reference
from tests.matcher.synthetic import minutiae_set
from tests.matcher.test_compare import transformed


def _pairs(seed: int) -> list[tuple[Template, Template]]:
    """Mated-like (transformed copies) and unrelated synthetic pairs of various sizes."""
    rng = np.random.default_rng(seed)
    out = []
    for n in (8, 20, 45, 64):
        a = minutiae_set(rng, n, 360)
        out.append((a, transformed(a, rng, rotation=0.3, drop=0.15)))
        out.append((a, minutiae_set(rng, n, 360)))
    return out


def test_kernel_score_equals_the_plain_python_reference_on_synthetic_pairs() -> None:
    for a, b in _pairs(21):
        ca, cb = encode(a, DEFAULT), encode(b, DEFAULT)
        expected = mcc_reference.score(ca, cb, DEFAULT)
        assert compare_cylinders(ca, cb) == pytest.approx(expected, abs=1e-12)


@pytest.mark.shared
def test_kernel_score_equals_the_reference_on_real_prints() -> None:
    from matcher.io import load_image
    from matcher.pipeline import DEFAULT_PARAMS
    from matcher.pipeline import extract as _extract

    folder = shared_set("FVC2002_DB1_B")
    names = ["101_1", "101_2", "102_1", "103_1"]
    templates = [_extract(load_image(folder / f"{n}.tif"), 500, DEFAULT_PARAMS) for n in names]
    scores = []
    for a, b in itertools.combinations(templates, 2):
        ca, cb = encode(a, DEFAULT), encode(b, DEFAULT)
        expected = mcc_reference.score(ca, cb, DEFAULT)
        scores.append(compare_cylinders(ca, cb))
        assert scores[-1] == pytest.approx(expected, abs=1e-12)
    assert scores[0] == max(scores)  # the mated pair 101_1 / 101_2 is the most similar


def test_compare_many_gives_compare_scores_for_each_template() -> None:
    rng = np.random.default_rng(22)
    probe = minutiae_set(rng, 40, 360)
    others = [transformed(probe, rng, 0.2, 0.1)] + [minutiae_set(rng, n, 360) for n in (25, 30, 64)]
    others.append(Template(np.zeros((0, 5), np.float32), 300, 300))  # no minutiae: 0
    scores = compare_many(probe, others)
    assert scores.dtype == np.float64 and scores.shape == (len(others),)
    assert scores.tolist() == [compare(probe, t) for t in others]
    assert scores[0] == scores.max() and scores[-1] == 0.0
    assert compare_many(probe, []).shape == (0,)
    empty = Template(np.zeros((0, 5), np.float32), 300, 300)
    assert compare_many(empty, others[:2]).tolist() == [0.0, 0.0]
    import matcher

    assert matcher.compare_many(probe, others[:2]).tolist() == scores[:2].tolist()


def test_compare_many_refuses_what_is_not_a_template() -> None:
    rng = np.random.default_rng(23)
    probe = minutiae_set(rng, 20, 300)
    with pytest.raises(InvalidTemplate):
        compare_many(probe, [probe, "not a template"])  # type: ignore[list-item]


def test_greedy_pairing_breaks_ties_by_the_lower_cell_and_keeps_one_to_one() -> None:
    from matcher._kernels.mcc_match import greedy_pairs

    sim = np.array([[0.5, 0.9, 0.9], [0.9, 0.2, 0.0], [0.0, 0.9, 0.3]])
    n = 3
    rowbest, pa, pb = (np.zeros(n, np.int64) for _ in range(3))
    rowval, free_b, lam = (np.zeros(n) for _ in range(3))
    chosen = greedy_pairs(sim, 3, 3, 3, rowbest, rowval, free_b, pa, pb, lam)
    # cells by value, ties by i * nb + j: (0,1) 0.9, (0,2) 0.9 row used, (1,0) 0.9,
    # (2,1) 0.9 column used, then (2,2) 0.3
    assert chosen == 3
    assert list(zip(pa.tolist(), pb.tolist(), strict=True)) == [(0, 1), (1, 0), (2, 2)]
    assert lam.tolist() == [0.9, 0.9, 0.3]


def test_rotated_copy_keeps_its_score_whatever_the_rotation_sign() -> None:
    rng = np.random.default_rng(24)
    a = minutiae_set(rng, 40, 360)
    left = compare(a, transformed(a, np.random.default_rng(1), -math.pi / 8, 0.1))
    right = compare(a, transformed(a, np.random.default_rng(1), math.pi / 8, 0.1))
    unrelated = compare(a, minutiae_set(rng, 40, 360))
    assert min(left, right) > 3 * unrelated
