"""The 1:1 comparator: score bands on real and synthetic prints, and kernels vs NumPy."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from matcher.calibration import threshold_for_fmr
from matcher.comparator import compare
from matcher.errors import MatcherError
from matcher.mcc import DEFAULT, MccParams, encode
from matcher.template import Template
from tests._shared import shared_set
from tests.matcher.synthetic import minutiae_set


def synthetic_minutiae(rng: np.random.Generator, n: int = 45, side: int = 360) -> Template:
    return minutiae_set(rng, n, side)


def transformed(t: Template, rng: np.random.Generator, rotation: float, drop: float) -> Template:
    """A rotated, shifted, jittered copy with some minutiae missing and a few spurious ones."""
    m = t.minutiae.astype(np.float64)
    keep = rng.random(len(m)) >= drop
    m = m[keep]
    c, s = math.cos(rotation), math.sin(rotation)
    centre = np.array([t.width / 2, t.height / 2])
    d = m[:, :2] - centre
    # rotation counter-clockwise on screen: y points down, so the screen rotation flips sign
    x = centre[0] + c * d[:, 0] + s * d[:, 1] + rng.normal(0, 2, len(m)) + 15
    y = centre[1] - s * d[:, 0] + c * d[:, 1] + rng.normal(0, 2, len(m)) - 10
    a = (m[:, 2] + rotation + rng.normal(0, 0.1, len(m))) % (2 * math.pi)
    out = np.column_stack([x, y, a, m[:, 3], m[:, 4]])
    extra = synthetic_minutiae(rng, n=5, side=t.width).minutiae
    out = np.vstack([out, extra])
    inside = (out[:, 0] >= 0) & (out[:, 0] < t.width) & (out[:, 1] >= 0) & (out[:, 1] < t.height)
    return Template(out[inside].astype(np.float32), t.width, t.height)


def test_transformed_copies_score_high_and_unrelated_sets_low() -> None:
    rng = np.random.default_rng(7)
    originals = [synthetic_minutiae(rng) for _ in range(6)]
    high = threshold_for_fmr(1e-4)
    for t in originals:
        copy = transformed(t, rng, rotation=rng.uniform(-0.5, 0.5), drop=0.2)
        assert compare(t, copy) > high
    low = threshold_for_fmr(1e-2)
    unrelated = [compare(a, b) for a, b in itertools.combinations(originals, 2)]
    assert max(unrelated) < low


def test_score_is_symmetric_enough_and_bounded() -> None:
    rng = np.random.default_rng(8)
    a, b = synthetic_minutiae(rng), synthetic_minutiae(rng)
    c = transformed(a, rng, 0.3, 0.1)
    for x, y in [(a, b), (a, c)]:
        s1, s2 = compare(x, y), compare(y, x)
        assert 0.0 <= s1 <= 1.0
        assert s1 == pytest.approx(s2, rel=0.1, abs=1e-3)


def test_empty_template_scores_zero() -> None:
    rng = np.random.default_rng(9)
    empty = Template(np.zeros((0, 5), np.float32), 300, 300)
    assert compare(empty, synthetic_minutiae(rng)) == 0.0


def test_thresholds_rise_as_the_false_match_rate_falls() -> None:
    values = [threshold_for_fmr(f) for f in (1e-1, 1e-2, 1e-3, 1e-4, 1e-6)]
    assert values == sorted(values)
    with pytest.raises(MatcherError):
        threshold_for_fmr(0.0)


@pytest.mark.shared
def test_same_finger_scores_above_different_fingers_on_real_prints() -> None:
    nbis = pytest.importorskip("nbis")
    folder = shared_set("FVC2002_DB1_B")
    settings = nbis.NbisExtractorSettings(
        min_quality=0.0, get_center=False, check_fingerprint=False, compute_nfiq2=False, ppi=500.0
    )
    extractor = nbis.new_nbis_extractor(settings)
    prints = []
    for finger in (101, 102, 103, 104):
        for impression in (1, 2, 3, 4):
            found = extractor.extract_minutiae_from_image_file(
                str(folder / f"{finger}_{impression}.tif")
            )
            rows = [
                (p.x(), p.y(), math.radians(p.angle()) % (2 * math.pi), 1, p.reliability())
                for p in found.get()
            ]
            prints.append((finger, Template(np.array(rows, np.float32), 388, 374)))
    genuine: list[float] = []
    impostor: list[float] = []
    for (fa, ta), (fb, tb) in itertools.combinations(prints, 2):
        (genuine if fa == fb else impostor).append(compare(ta, tb))
    # the bands: most mates clear the 0.1 % threshold, no impostor reaches the 1 % one
    assert np.mean(np.array(genuine) > threshold_for_fmr(1e-3)) >= 0.8
    assert max(impostor) < threshold_for_fmr(1e-3)
    assert np.median(genuine) > 3 * np.median(impostor)


# --- kernels against a plain NumPy reference ------------------------------------------------


def reference_cylinder_sums(x, y, theta, p: MccParams) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Cell contributions of every cylinder by the paper's formulas, without any hull."""
    from scipy.special import erf

    n = len(x)
    ds, dd = 2 * p.radius / p.ns, 2 * math.pi / p.nd
    idx = np.arange(p.ns) - (p.ns - 1) / 2
    u, v = np.meshgrid(idx * ds, idx * ds, indexing="ij")
    out = np.zeros((n, p.nd, p.ns, p.ns))
    for m in range(n):
        c, s = math.cos(theta[m]), math.sin(theta[m])
        px, py = x[m] + c * u - s * v, y[m] + s * u + c * v
        for t in range(n):
            if t == m:
                continue
            d = np.hypot(x[t] - px, y[t] - py)
            cs = np.exp(-(d**2) / (2 * p.sigma_s**2)) / (p.sigma_s * math.sqrt(2 * math.pi))
            cs[d > 3 * p.sigma_s] = 0
            dtheta = (theta[m] - theta[t] + math.pi) % (2 * math.pi) - math.pi
            for k in range(p.nd):
                diff = (dtheta - (-math.pi + (k + 0.5) * dd) + math.pi) % (2 * math.pi) - math.pi
                q = p.sigma_d * math.sqrt(2)
                cd = 0.5 * (erf((diff + dd / 2) / q) - erf((diff - dd / 2) / q))
                out[m, k] += cs * cd
    return out


@pytest.mark.parametrize("ns", [8, 16])
def test_cylinder_kernel_matches_numpy_reference(ns: int) -> None:
    rng = np.random.default_rng(10)
    t = synthetic_minutiae(rng, n=12, side=200)
    p = MccParams(ns=ns, hull_offset=100.0, max_minutiae=64)  # every disk cell in the hull
    cyl = encode(t, p)
    sums = reference_cylinder_sums(cyl.x, cyl.y, cyl.theta, p)
    words = p.words
    for m in range(len(cyl)):
        for k in range(p.nd):
            for i in range(ns):
                for j in range(ns):
                    cell = i * ns + j
                    u, v = (i - (ns - 1) / 2), (j - (ns - 1) / 2)
                    inside = math.hypot(u, v) * 2 * p.radius / ns <= p.radius
                    bit = int(cyl.values[m, k * words + cell // 64]) >> (cell % 64) & 1
                    valid = int(cyl.mask[m, cell // 64]) >> (cell % 64) & 1
                    assert valid == inside
                    if inside and abs(sums[m, k, i, j] - p.mu_psi) > 1e-9:
                        assert bit == (sums[m, k, i, j] > p.mu_psi)


def test_local_similarity_kernel_matches_numpy_reference() -> None:
    from matcher._kernels.mcc_match import local_similarities

    rng = np.random.default_rng(11)
    a = encode(synthetic_minutiae(rng, n=15), DEFAULT)
    b = encode(transformed(synthetic_minutiae(rng, n=15), rng, 0.2, 0.1), DEFAULT)
    out = np.zeros((len(a), len(b)))
    p = DEFAULT
    local_similarities(
        a.values, a.mask, a.theta, a.ok, b.values, b.mask, b.theta, b.ok,
        p.nd, p.max_rotation, p.min_matchable_cells, out,
    )  # fmt: skip

    def bits(words: np.ndarray) -> np.ndarray:
        return np.unpackbits(words.view(np.uint8), bitorder="little").astype(bool)

    for i in range(len(a)):
        for j in range(len(b)):
            expected = 0.0
            rot = abs((a.theta[i] - b.theta[j] + math.pi) % (2 * math.pi) - math.pi)
            common = bits(a.mask[i]) & bits(b.mask[j])
            comparable = a.ok[i] and b.ok[j] and rot <= p.max_rotation
            if comparable and common.sum() >= p.min_matchable_cells:
                ca = bits(a.values[i]) & np.tile(common, p.nd)
                cb = bits(b.values[j]) & np.tile(common, p.nd)
                den = math.sqrt(ca.sum()) + math.sqrt(cb.sum())
                expected = 0.0 if den == 0 else 1 - math.sqrt((ca ^ cb).sum()) / den
            assert out[i, j] == pytest.approx(expected, abs=1e-12)


def test_repeated_comparisons_reuse_the_encoded_template_and_give_the_same_score() -> None:
    from matcher.mcc import encode_cached

    rng = np.random.default_rng(12)
    a = synthetic_minutiae(rng)
    b = transformed(a, rng, 0.2, 0.1)
    twin = Template(a.minutiae.copy(), a.width, a.height)
    first = compare(a, b)
    assert encode_cached(a) is encode_cached(a)  # encoded once, kept with the template
    assert compare(a, b) == first
    assert compare(twin, b) == first  # a fresh, equal template scores the same
    assert repr(a) == repr(twin)  # the cache never shows (templates are biometric data)


def test_score_to_rate_is_the_inverse_of_the_threshold_table() -> None:
    from matcher.calibration import evidence, fmr_at_score

    for rate in (1e-1, 1e-2, 1e-3, 1e-4, 1e-7):
        assert fmr_at_score(threshold_for_fmr(rate)) == pytest.approx(rate, rel=0.02)
    scores = np.linspace(0.0, 0.2, 50)
    ev = [evidence(float(s)) for s in scores]
    assert ev[0] == 0.0 and ev == sorted(ev)  # more similar, more evidence


def test_fused_thresholds_match_fisher_and_grow_with_fingers_and_strictness() -> None:
    from matcher.calibration import threshold_for_fused_fmr

    assert threshold_for_fused_fmr(1e-3, 1) == pytest.approx(-math.log(1e-3), rel=1e-6)
    t2 = threshold_for_fused_fmr(1e-3, 2)
    assert math.exp(-t2) * (1 + t2) == pytest.approx(1e-3, rel=1e-6)  # Gamma(2, 1) tail
    assert threshold_for_fused_fmr(1e-8, 2) > t2 > threshold_for_fused_fmr(1e-3, 1)
    with pytest.raises(MatcherError):
        threshold_for_fused_fmr(1e-3, 0)
