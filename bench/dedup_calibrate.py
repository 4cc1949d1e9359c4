"""Calibrate ``matcher.threshold_for_fmr`` on real impostor scores; writes matcher/calibration.json.

Protocol (documented in :mod:`matcher.calibration`): minutiae from OUR extractor
(``matcher.extract``, cached under /tmp by :func:`bench.dedup_real.load_ours`) for all 320
images of the four shared FVC sets; every pair of prints of different fingers (within and
across sets) is an impostor pair, every pair of impressions of one finger a genuine pair;
all scored by ``matcher.compare``. Per-set genuine/impostor figures (FVC protocol within one
set) are stored beside the thresholds.

Sparse pairs (either print under ``SPARSE_BELOW`` minutiae, as the gallery keeps them) get a
tail of their own: fitted on the sparse real impostor pairs and, separately, on every sparse
real print against ``SYNTHETIC`` synthetic templates (``bench/dedup_synthetic.py``, the 1:N
benchmark's distractors); the heavier fit (the higher score at a false match rate of 1e-8)
is stored as ``sparse.tail``. Per-band fits of both populations are stored beside it, so the
band edge can be checked again after a change of extractor or comparator.
Run: ``.venv/bin/python -m bench.dedup_calibrate`` (a minute or two on two cores).
"""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import numpy as np

from bench.dedup_real import RealPrint, load_ours
from bench.dedup_synthetic import synthetic_template
from matcher.comparator import compare, pack_cylinders, score_packed
from matcher.mcc import DEFAULT, encode

OUT = Path(__file__).resolve().parents[1] / "matcher" / "calibration.json"
RATES = [1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5]
SPARSE_BELOW = 16  # minutiae; see the per-band fits this script stores ("sparse.bands")
BANDS = [(0, 16), (16, 20), (20, 25), (25, 30), (30, 65)]
SYNTHETIC = 4000
SEED = 20260522


def tail_fit(scores: np.ndarray) -> dict[str, float]:
    """``P(score >= s) = exp(a + b s)`` fitted on the top 1 % (at least 20) of ``scores``,
    with the score at which it falls to 1e-8 (the station's operating range)."""
    imp = np.sort(scores)[::-1]
    top = imp[: max(20, imp.shape[0] // 100)]
    b, a = np.polyfit(top, np.log((np.arange(top.shape[0]) + 1) / imp.shape[0]), 1)
    return {"a": float(a), "b": float(b), "pairs": int(imp.shape[0]),
            "score_at_1e-8": round(float((math.log(1e-8) - a) / b), 4)}  # fmt: skip


def minutiae_count(p: RealPrint) -> int:
    """Minutiae the gallery keeps of a print (its most reliable, at most the comparator's)."""
    return min(len(p.template.minutiae), DEFAULT.max_minutiae)


def synthetic_scores(prints: list[RealPrint]) -> tuple[np.ndarray, np.ndarray]:
    """Every real print against SYNTHETIC synthetic templates: scores and minutiae counts
    (the fewer of the pair's)."""
    rng = np.random.default_rng(SEED)
    synthetic = [synthetic_template(rng) for _ in range(SYNTHETIC)]
    packed = pack_cylinders([encode(t, DEFAULT) for t in synthetic], DEFAULT)
    counts = np.array([len(t.minutiae) for t in synthetic])
    scores, fewer = [], []
    for p in prints:
        scores.append(score_packed(encode(p.template, DEFAULT), packed, DEFAULT))
        fewer.append(np.minimum(counts, minutiae_count(p)))
    return np.concatenate(scores), np.concatenate(fewer)


def sparse_table(real: np.ndarray, real_n: np.ndarray, synth: np.ndarray,
                 synth_n: np.ndarray) -> dict[str, object]:
    """The ``sparse`` entry of the table: the heavier tail of the two populations' sparse
    pairs, and per-band fits of both."""
    fits = {name: tail_fit(s[n < SPARSE_BELOW])
            for name, s, n in (("real", real, real_n), ("synthetic", synth, synth_n))}
    heavier = max(fits.values(), key=lambda f: f["score_at_1e-8"])
    bands = {
        f"{lo}-{hi - 1}": {name: tail_fit(s[(n >= lo) & (n < hi)])
                           for name, s, n in (("real", real, real_n), ("synthetic", synth, synth_n))
                           if ((n >= lo) & (n < hi)).sum() >= 500}
        for lo, hi in BANDS
    }  # fmt: skip
    return {
        "below_minutiae": SPARSE_BELOW,
        "tail": {"a": heavier["a"], "b": heavier["b"]},
        "fits": fits,
        "bands": bands,
        "source": f"impostor pairs whose sparser print has fewer than {SPARSE_BELOW} minutiae: "
        "the real pairs of the main table, and every real print against "
        f"{SYNTHETIC} synthetic templates (bench/dedup_synthetic.py, seed {SEED}); "
        "the heavier tail is kept",
    }


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
    impostor_n: list[int] = []
    genuine: list[float] = []
    per_set: dict[str, tuple[list[float], list[float]]] = {}
    for a, b in itertools.combinations(prints, 2):
        score = compare(a.template, b.template)
        (genuine if a.finger == b.finger else impostor).append(score)
        if a.finger != b.finger:
            impostor_n.append(min(minutiae_count(a), minutiae_count(b)))
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
    synth, synth_n = synthetic_scores(prints)
    table = {
        "fmr": rates,
        "threshold": thresholds,
        "fnmr": [round(float(np.mean(gen < t)), 4) for t in thresholds],
        "tail": {"a": float(a), "b": float(b)},
        "impostor_pairs": int(n),
        "genuine_pairs": len(genuine),
        "per_set": sets,
        "sparse": sparse_table(np.array(impostor), np.array(impostor_n), synth, synth_n),
        "source": "all different-finger pairs of FVC2002 DB1_B, FVC2004 DB2_B, DB3_B, DB4_B "
        "(within and across sets), minutiae by matcher.extract (this project's extractor), "
        "matcher.compare (MCC 16x16x6 bits, LSS-R, global consolidation); made by "
        "bench/dedup_calibrate.py",
    }
    OUT.write_text(json.dumps(table, indent=1) + "\n")
    print(json.dumps(table, indent=1))


if __name__ == "__main__":
    main()
