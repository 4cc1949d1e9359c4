"""Template-level generator: realistic sets, mates that match their master, exact repeats."""

from __future__ import annotations

import numpy as np
import pytest

from fixtures.fingerprints.errors import InvalidParameter
from fixtures.fingerprints.minutiae import TemplateParams, masters, mates, stream_masters

P = TemplateParams()


@pytest.fixture(scope="module")
def gallery():  # type: ignore[no-untyped-def]
    return masters(300, seed=11)


def test_counts_types_angles_and_reliability_are_in_range(gallery) -> None:  # type: ignore[no-untyped-def]
    counts = gallery.counts
    assert counts.min() >= P.count_min and counts.max() <= P.count_max
    assert 40 <= counts.mean() <= 56
    rows = gallery.minutiae
    assert rows.dtype == np.float32 and rows.shape[1] == 5
    assert np.all((rows[:, 0] >= 0) & (rows[:, 0] < P.width))
    assert np.all((rows[:, 1] >= 0) & (rows[:, 1] < P.height))
    assert np.all((rows[:, 2] >= 0) & (rows[:, 2] < 2 * np.pi))
    assert set(np.unique(rows[:, 3])) == {1.0, 2.0}
    assert 0.3 < float(np.mean(rows[:, 3] == 2.0)) < 0.6
    assert np.all((rows[:, 4] > 0) & (rows[:, 4] <= 1))


def test_no_two_minutiae_of_a_master_are_closer_than_the_minimum_spacing(gallery) -> None:  # type: ignore[no-untyped-def]
    for s in list(gallery)[:50]:
        d = np.hypot(s[:, None, 0] - s[None, :, 0], s[:, None, 1] - s[None, :, 1])
        d[np.diag_indices(len(s))] = np.inf
        assert d.min() >= P.min_distance - 1e-3


def test_directions_follow_a_smooth_ridge_flow(gallery) -> None:  # type: ignore[no-untyped-def]
    """Close neighbours have nearly parallel ridges (angles equal modulo pi), unlike random."""
    diffs = []
    for s in list(gallery)[:100]:
        d = np.hypot(s[:, None, 0] - s[None, :, 0], s[:, None, 1] - s[None, :, 1])
        i, j = np.nonzero((d > 0) & (d < 25))
        a = np.mod(s[i, 2] - s[j, 2], np.pi)
        diffs.append(np.minimum(a, np.pi - a))
    assert float(np.median(np.concatenate(diffs))) < np.deg2rad(15)  # random would be 45


def _pair_score(a: np.ndarray, b: np.ndarray, tol: float = 10.0) -> int:
    """Most minutiae of ``a`` that land on one of ``b`` under one rigid alignment."""
    best = 0
    for i in range(0, len(a), 3):
        alpha = a[i, 2] - b[:, 2]  # ISO angles: image rotation is minus the angle change
        c, s = np.cos(alpha)[:, None], np.sin(alpha)[:, None]
        dx, dy = a[None, :, 0] - a[i, 0], a[None, :, 1] - a[i, 1]
        x = c * dx - s * dy + b[:, None, 0]
        y = s * dx + c * dy + b[:, None, 1]
        near = np.hypot(x[:, :, None] - b[None, None, :, 0], y[:, :, None] - b[None, None, :, 1])
        best = max(best, int((near.min(axis=2) < tol).sum(axis=1).max()))
    return best


def test_a_mate_aligns_with_its_master_far_better_than_with_another(gallery) -> None:  # type: ignore[no-untyped-def]
    probes = mates(gallery, seed=11, impression=1)
    for k in range(4):
        same = _pair_score(gallery[k], probes[k])
        other = _pair_score(gallery[k + 10], probes[k])
        assert same >= 12
        assert same > 2 * other


def test_mates_lose_and_gain_minutiae_like_a_second_touch(gallery) -> None:  # type: ignore[no-untyped-def]
    probes = mates(gallery, seed=11, impression=2)
    assert len(probes) == len(gallery)
    ratio = probes.counts / gallery.counts
    assert 0.6 < float(np.median(ratio)) < 1.0
    assert probes.counts.min() >= 5


def test_same_seed_same_sets_whatever_the_chunking(gallery) -> None:  # type: ignore[no-untyped-def]
    again = masters(300, seed=11)
    assert np.array_equal(again.minutiae, gallery.minutiae)
    streamed = list(stream_masters(300, seed=11, chunk=128))
    assert [len(b) for b in streamed] == [128, 128, 44]
    assert np.array_equal(streamed[1][5], gallery[133])
    assert not np.array_equal(masters(1, seed=12)[0], gallery[0])
    assert np.array_equal(mates(streamed[1], 11, 1)[5], mates(gallery, 11, 1)[133])


def test_bad_parameters_raise_one_clear_error() -> None:
    with pytest.raises(InvalidParameter, match="impression"):
        mates(masters(1, seed=1), seed=1, impression=0)
    with pytest.raises(InvalidParameter, match="count_min"):
        masters(1, seed=1, params=TemplateParams(count_min=50, count_max=20))
    with pytest.raises(InvalidParameter):
        masters(1, seed=-3)


def test_every_set_is_a_valid_matcher_template(gallery) -> None:  # type: ignore[no-untyped-def]
    from matcher.template import Template

    for batch in (gallery, mates(gallery, seed=11, impression=3)):
        for s in batch:
            Template(minutiae=s, width=P.width, height=P.height, dpi=500, quality=60).validate()
