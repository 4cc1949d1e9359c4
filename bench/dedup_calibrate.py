"""Calibrate ``matcher.threshold_for_fmr`` on real impostor scores; writes matcher/calibration.json.

Protocol (documented in :mod:`matcher.calibration`): minutiae from OUR extractor
(``matcher.extract``, cached under /tmp by :func:`bench.dedup_real.load_ours`) for all 320
images of the four shared FVC sets; every pair of prints of different fingers (within and
across sets) is an impostor pair, every pair of impressions of one finger a genuine pair;
all scored by ``matcher.compare``. Per-set genuine/impostor figures (FVC protocol within one
set) are stored beside the thresholds.
Run: ``.venv/bin/python -m bench.dedup_calibrate`` (a minute or two on two cores).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np

from bench.dedup_real import load_ours
from matcher.comparator import compare

OUT = Path(__file__).resolve().parents[1] / "matcher" / "calibration.json"
RATES = [1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5]


def fnmr_at(genuine: np.ndarray, impostor: np.ndarray, rate: float) -> float:
    """FNMR at the smallest threshold where at most ``rate`` of impostors score >= it."""
    imp = np.sort(impostor)[::-1]
    k = int(np.floor(rate * imp.shape[0]))
    threshold = np.nextafter(imp[k], np.inf)
    return float(np.mean(genuine < threshold))


def eer(genuine: np.ndarray, impostor: np.ndarray) -> float:
    """Equal error rate (the mean of FNMR and FMR where they cross)."""
    best = (2.0, 0.0)
    for t in np.unique(np.concatenate([genuine, impostor])):
        fnmr, fmr = float(np.mean(genuine < t)), float(np.mean(impostor >= t))
        if abs(fnmr - fmr) < best[0]:
            best = (abs(fnmr - fmr), (fnmr + fmr) / 2)
    return best[1]


def main() -> None:
    prints = load_ours()
    if not prints:
        raise SystemExit("the shared FVC sets are absent: nothing to calibrate on")
    impostor: list[float] = []
    genuine: list[float] = []
    per_set: dict[str, tuple[list[float], list[float]]] = {}
    for a, b in itertools.combinations(prints, 2):
        score = compare(a.template, b.template)
        (genuine if a.finger == b.finger else impostor).append(score)
        if a.set_name == b.set_name:
            g, i = per_set.setdefault(a.set_name, ([], []))
            (g if a.finger == b.finger else i).append(score)
    imp = np.sort(np.array(impostor))[::-1]
    n = imp.shape[0]
    rates, thresholds = [], []
    for rate in RATES:
        k = int(np.floor(rate * n))  # at most k impostors may reach the threshold
        if k < 1:
            break
        rates.append(rate)
        thresholds.append(float(np.nextafter(imp[k], np.inf)))  # scores >= t: at most k
    top = imp[: max(20, n // 100)]
    tail_p = (np.arange(top.shape[0]) + 1) / n
    b, a = np.polyfit(top, np.log(tail_p), 1)
    sets = {}
    for name, (g, i) in per_set.items():
        ga, ia = np.array(g), np.array(i)
        sets[name] = {
            "genuine_pairs": len(g),
            "impostor_pairs": len(i),
            "eer": round(eer(ga, ia), 4),
            "fnmr_at_fmr_1e-2": round(fnmr_at(ga, ia, 1e-2), 4),
            "fnmr_at_fmr_1e-3": round(fnmr_at(ga, ia, 1e-3), 4),
            "fnmr_at_zero_fmr": round(float(np.mean(ga <= ia.max())), 4),
            "genuine_median": round(float(np.median(ga)), 4),
            "impostor_median": round(float(np.median(ia)), 4),
        }
    gen = np.array(genuine)
    table = {
        "fmr": rates,
        "threshold": thresholds,
        "fnmr": [round(float(np.mean(gen < t)), 4) for t in thresholds],
        "tail": {"a": float(a), "b": float(b)},
        "impostor_pairs": int(n),
        "genuine_pairs": len(genuine),
        "per_set": sets,
        "source": "all different-finger pairs of FVC2002 DB1_B, FVC2004 DB2_B, DB3_B, DB4_B "
        "(within and across sets), minutiae by matcher.extract (this project's extractor), "
        "matcher.compare (MCC 16x16x6 bits, LSS-R, global consolidation); made by "
        "bench/dedup_calibrate.py",
    }
    OUT.write_text(json.dumps(table, indent=1) + "\n")
    print(json.dumps(table, indent=1))


if __name__ == "__main__":
    main()
