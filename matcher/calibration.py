"""Decision thresholds for ``compare`` scores, calibrated on real impostor comparisons.

The table ``calibration.json`` (beside this file) maps false match rates to score thresholds.
It is made by ``bench/dedup.py --calibrate``: every impostor pair (different fingers, FVC
protocol) of the four shared FVC sample sets, with minutiae extracted by NIST NBIS (mindtct
through ``nbis-py``) and encoded exactly as ``compare`` does; the threshold for a rate ``f`` is
the smallest score that at most ``f`` of those impostor scores reach. Below the smallest rate
the table can measure (1 / number of impostor pairs) the threshold is extrapolated from an
exponential fit of the impostor tail, which the table records as well.
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
