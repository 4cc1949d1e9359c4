"""The display pairing of two minutiae sets (``matcher.match_pairs``)."""

from __future__ import annotations

import math

import numpy as np
import pytest

import matcher
from matcher.errors import InvalidTemplate
from matcher.template import Template
from tests.matcher.synthetic import minutiae_set


def _moved(t: Template, rng: np.random.Generator, theta: float, shift: tuple[float, float],
           drop: int, extra: int) -> tuple[Template, dict[int, int]]:
    """``t`` turned by ``theta`` (counter-clockwise on screen) about its centre and shifted,
    with jitter, ``drop`` minutiae removed and ``extra`` spurious ones added, rows shuffled.

    Returns the new template and the true pairing (row of ``t`` -> row of the new one).
    """
    m = t.minutiae.astype(np.float64)
    keep = np.sort(rng.choice(len(m), len(m) - drop, replace=False))
    cx, cy = t.width / 2, t.height / 2
    c, s = math.cos(theta), math.sin(theta)
    x, y = m[keep, 0] - cx, m[keep, 1] - cy
    side = t.width + 200
    moved = np.column_stack([
        c * x + s * y + cx + 100 + shift[0] + rng.normal(0, 1.5, len(keep)),
        -s * x + c * y + cy + 100 + shift[1] + rng.normal(0, 1.5, len(keep)),
        (m[keep, 2] + theta + rng.normal(0, 0.05, len(keep))) % (2 * math.pi),
        m[keep, 3], m[keep, 4]])
    spurious = np.column_stack([rng.uniform(20, side - 20, (extra, 2)),
                                rng.uniform(0, 2 * math.pi, extra), np.ones(extra),
                                np.full(extra, 0.5)])
    rows = np.vstack([moved, spurious])
    order = rng.permutation(len(rows))
    where = np.argsort(order)  # where[k] = new row of old row k
    truth = {int(keep[k]): int(where[k]) for k in range(len(keep))}
    return Template(rows[order].astype(np.float32), side, side), truth


@pytest.mark.parametrize("theta", [0.0, math.radians(20), math.radians(-35), math.radians(170)])
def test_a_turned_and_shifted_copy_is_paired_with_its_original(theta: float) -> None:
    rng = np.random.default_rng(8)
    a = minutiae_set(rng, n=45)
    b, truth = _moved(a, rng, theta, (23.0, -41.0), drop=5, extra=6)
    pairs = matcher.match_pairs(a, b)
    right = sum(1 for i, j in pairs if truth.get(i) == j)
    assert right >= 0.9 * len(truth)
    assert len(pairs) - right <= 2
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})


def test_unrelated_prints_have_few_pairs() -> None:
    rng = np.random.default_rng(9)
    for _ in range(5):
        a, b = minutiae_set(rng, n=40), minutiae_set(rng, n=40)
        assert len(matcher.match_pairs(a, b)) <= 12  # chance pairs only; a mate pairs ~40


def test_empty_templates_have_no_pairs() -> None:
    rng = np.random.default_rng(10)
    empty = Template(np.zeros((0, 5), np.float32), 300, 300)
    assert matcher.match_pairs(empty, minutiae_set(rng)) == []
    assert matcher.match_pairs(minutiae_set(rng), empty) == []


def test_a_template_is_paired_with_itself_one_to_one() -> None:
    t = minutiae_set(np.random.default_rng(11), n=30)
    assert matcher.match_pairs(t, t) == [(i, i) for i in range(30)]


def test_bad_arguments_are_a_plain_error() -> None:
    t = minutiae_set(np.random.default_rng(12), n=10)
    with pytest.raises(InvalidTemplate, match="Template"):
        matcher.match_pairs(t, "not a template")  # type: ignore[arg-type]
    with pytest.raises(InvalidTemplate, match="positive"):
        matcher.match_pairs(t, t, max_distance=0)
