"""Calibrate ``matcher.threshold_for_fmr`` on real impostor scores; writes matcher/calibration.json.

Impostor pairs: every pair of prints of different fingers among all images of the shared FVC
sets (within and across sets), minutiae by NIST NBIS, scored by ``matcher.compare``.
Run: ``.venv/bin/python -m bench.dedup_calibrate`` (about a minute on two cores).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np

from bench.dedup_real import load_real
from matcher.compare import compare_cylinders
from matcher.mcc import DEFAULT, encode

OUT = Path(__file__).resolve().parents[1] / "matcher" / "calibration.json"
RATES = [1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5]


def main() -> None:
    prints = load_real()
    if not prints:
        raise SystemExit("the shared FVC sets are absent: nothing to calibrate on")
    cylinders = [encode(p.template, DEFAULT) for p in prints]
    impostor: list[float] = []
    genuine: list[float] = []
    for i, j in itertools.combinations(range(len(prints)), 2):
        score = compare_cylinders(cylinders[i], cylinders[j], DEFAULT)
        (genuine if prints[i].finger == prints[j].finger else impostor).append(score)
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
    table = {
        "fmr": rates,
        "threshold": thresholds,
        "tail": {"a": float(a), "b": float(b)},
        "impostor_pairs": int(n),
        "genuine_pairs": len(genuine),
        "source": "all different-finger pairs of FVC2002 DB1_B, FVC2004 DB2_B, DB3_B, DB4_B "
        "(within and across sets), NBIS mindtct minutiae, matcher.compare (MCC 16x16x6 bits, "
        "LSS-R); made by bench/dedup_calibrate.py",
    }
    OUT.write_text(json.dumps(table, indent=1) + "\n")
    print(json.dumps(table, indent=1))


if __name__ == "__main__":
    main()
