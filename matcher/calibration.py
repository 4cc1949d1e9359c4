"""Decision thresholds for ``compare`` scores, calibrated on real impostor comparisons.

The table ``calibration.json`` (beside this file) maps false match rates to score thresholds.
It is made by ``bench/dedup_calibrate.py`` with this protocol:

1. minutiae of all 320 images of the four shared FVC sets (FVC2002 DB1_B, FVC2004 DB2_B,
   DB3_B, DB4_B; 10 fingers x 8 impressions each) are found by this project's own extractor
   (``matcher.extract``), the same one the station uses, at the set's resolution;
2. every pair of prints of different fingers, within and across sets, is an impostor pair
   (49,920 pairs), every pair of impressions of one finger a genuine pair (1,120 pairs);
   each pair is scored once by :func:`matcher.comparator.compare`;
3. the threshold for a rate ``f`` is the smallest score that at most ``f`` of the impostor
   scores reach (so ``score >= threshold`` is a match at that rate). Below the smallest rate
   the table can measure (about 1 / 50,000) the threshold is extrapolated from an
   exponential fit ``P(score >= s) = exp(a + b s)`` of the top 1 % of impostor scores, which
   the table records as ``tail``.

Sparse pairs. Scores of pairs in which either print has fewer than
``sparse.below_minutiae`` minutiae (16) have a much heavier impostor tail: the comparator
averages its few best pairs (LSS-R's n_P is 4-5 there, 12 for typical prints), so a chance
alignment of a handful of minutiae can score as high as a mate. The table's ``sparse`` entry
holds a second exponential tail fitted the same way on such pairs only, from two impostor
populations: the real pairs above, and every real print against synthetic templates of
``bench/dedup_synthetic.py`` (the distractors of the 1:N benchmark); the heavier of the two
fits is kept. :func:`fmr_at_score` and :func:`evidence` take the pair's minutiae count and
use the larger of the two rates for a sparse pair, so such a pair needs a higher score for
the same false match rate (:func:`threshold_for_pair_fmr`).

The table also stores the genuine false non-match rate at each tabulated threshold and
per-set figures (EER, FNMR at FMR 1 % / 0.1 % / 0, FVC protocol within the set), so the
station's duplicate threshold can be read together with what it costs. Recalibrate whenever
the extractor or the comparator changes: the score distributions move with both.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import Any

from matcher.errors import MatcherError


@cache
def table() -> dict[str, Any]:
    """The calibration table as stored (rates, thresholds, tail fit, provenance)."""
    text = resources.files("matcher").joinpath("calibration.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data


def threshold_for_fmr(fmr: float) -> float:
    """Score threshold at which ``compare`` falsely matches at most a fraction ``fmr`` of pairs.

    Parameters
    ----------
    fmr : float
        Target false match rate, in (0, 1), e.g. 1e-3 for 0.1 %.
    """
    if not isinstance(fmr, int | float) or not 0.0 < fmr < 1.0 or math.isnan(fmr):
        raise MatcherError(f"the false match rate must be between 0 and 1, got {fmr!r}")
    data = table()
    rates: list[float] = data["fmr"]
    thresholds: list[float] = data["threshold"]
    if fmr >= rates[0]:
        return float(thresholds[0])
    for i in range(1, len(rates)):
        if fmr >= rates[i]:  # log-linear between table rows
            lo, hi = math.log(rates[i]), math.log(rates[i - 1])
            w = (math.log(fmr) - lo) / (hi - lo)
            return float(thresholds[i] + w * (thresholds[i - 1] - thresholds[i]))
    tail = data["tail"]  # P(score >= s) = exp(a + b * s) beyond the measured range
    return float(max(thresholds[-1], (math.log(fmr) - tail["a"]) / tail["b"]))


def sparse_below() -> int:
    """Pairs in which either print has fewer minutiae than this are *sparse* pairs, whose
    scores are calibrated on their own impostor tail (0 when the table has none)."""
    sparse = table().get("sparse")
    return int(sparse["below_minutiae"]) if sparse else 0


def _sparse_fmr(score: float) -> float:
    tail = table()["sparse"]["tail"]
    return min(1.0, math.exp(tail["a"] + tail["b"] * score))


def fmr_at_score(score: float, minutiae: int | None = None) -> float:
    """The false match rate of a single ``compare`` score: the inverse of :func:`threshold_for_fmr`.

    Log-linear between table rows, the exponential tail fit above the table, and log-linear
    from (score 0, rate 1) up to the first row below it. ``minutiae``: the fewer of the two
    prints' minutiae counts; for a sparse pair (below :func:`sparse_below`) the rate is the
    larger of this and the sparse pairs' own tail ``exp(a + b * score)``. ``None``: a
    typical pair.
    """
    rate = _typical_fmr(score)
    if minutiae is not None and minutiae < sparse_below():
        rate = max(rate, _sparse_fmr(score))
    return rate


def _typical_fmr(score: float) -> float:
    data = table()
    rates: list[float] = data["fmr"]
    thresholds: list[float] = data["threshold"]
    if score <= 0.0:
        return 1.0
    if score <= thresholds[0]:
        return math.exp(math.log(rates[0]) * score / thresholds[0])
    for i in range(1, len(rates)):
        if score <= thresholds[i]:
            w = (score - thresholds[i - 1]) / (thresholds[i] - thresholds[i - 1])
            return math.exp(
                math.log(rates[i - 1]) + w * (math.log(rates[i]) - math.log(rates[i - 1]))
            )
    tail = data["tail"]
    return min(rates[-1], math.exp(tail["a"] + tail["b"] * score))


def evidence(score: float, minutiae: int | None = None) -> float:
    """Evidence of one finger's ``compare`` score against an impostor: ``-ln fmr_at_score``.

    For an impostor the false match rate of its score is about uniform on (0, 1), so its
    evidence is about exponentially distributed with mean 1; a mate's is large.
    ``minutiae``: the fewer of the two prints' minutiae counts (see :func:`fmr_at_score`):
    a sparse pair's score is weighed by the sparse impostor tail, so it gives less evidence.
    """
    return -math.log(max(fmr_at_score(score, minutiae), 1e-300))


def threshold_for_pair_fmr(fmr: float, minutiae: int | None = None) -> float:
    """:func:`threshold_for_fmr` for a pair whose sparser print has ``minutiae`` minutiae.

    The same as :func:`threshold_for_fmr` for typical pairs; for a sparse pair (fewer than
    :func:`sparse_below`) the larger of that and the score at which the sparse impostor tail
    falls to ``fmr``: the score at which ``evidence(score, n)`` reaches ``-ln fmr`` (up to the
    interpolation between table rows).
    """
    threshold = threshold_for_fmr(fmr)
    if minutiae is not None and minutiae < sparse_below():
        tail = table()["sparse"]["tail"]
        threshold = max(threshold, (math.log(fmr) - tail["a"]) / tail["b"])
    return threshold


def threshold_for_fused_fmr(fmr: float, fingers: int) -> float:
    """Threshold on the sum of ``fingers`` evidences for a person-level false match rate.

    Fisher's method: the sum of ``k`` independent impostor evidences follows a Gamma(k, 1)
    law, whose upper tail is ``exp(-t) * sum_{i<k} t**i / i!``; the threshold is where that
    tail equals ``fmr``. A finger with no gallery entry to compare adds 0 (conservative).

    References
    ----------
    R. A. Fisher, "Statistical Methods for Research Workers", 1925 (combining p-values);
    A. Ross, K. Nandakumar, A. K. Jain, "Handbook of Multibiometrics", Springer, 2006
    (score-level fusion after a transformation to a common, calibrated scale).
    """
    if not isinstance(fmr, int | float) or not 0.0 < fmr < 1.0 or math.isnan(fmr):
        raise MatcherError(f"the false match rate must be between 0 and 1, got {fmr!r}")
    fused_fmr_at(0.0, fingers)  # checks ``fingers``
    lo, hi = 0.0, 1.0
    while fused_fmr_at(hi, fingers) > fmr:
        hi *= 2.0
    for _ in range(100):
        mid = (lo + hi) / 2.0
        lo, hi = (mid, hi) if fused_fmr_at(mid, fingers) > fmr else (lo, mid)
    return hi


def person_fmr_for_fpir(fpir: float, persons: int, cap: float) -> float:
    """The person-level false match rate at which a search among ``persons`` people raises
    a false alarm with probability about ``fpir``: ``min(cap, fpir / persons)``.

    FPIR = 1 - (1 - FMR)^N, about N * FMR when small, so a threshold that stays at one FMR
    lets false alarms grow with the gallery; this one tightens as it grows. ``cap`` bounds
    the rate for small galleries. The station's and the centre's duplicate rules both use it.
    """
    return min(cap, fpir / max(1, persons))


def fused_fmr_at(total: float, fingers: int) -> float:
    """Person-level false match rate of a fused score: how often one other person reaches it.

    The upper tail of Gamma(``fingers``, 1) at ``total`` (the sum of the fingers' evidence,
    see :func:`threshold_for_fused_fmr`): ``exp(-t) * sum_{i<k} t**i / i!``.
    """
    if not isinstance(fingers, int) or fingers < 1:
        raise MatcherError(f"the number of fused fingers must be at least 1, got {fingers!r}")
    t = max(0.0, float(total))
    term, tail = 1.0, 1.0
    for i in range(1, fingers):
        term *= t / i
        tail += term
    return min(1.0, math.exp(-t) * tail)
