"""1:1 accuracy on the same NBIS minutiae: ``matcher.compare`` (read through the nbis-py ISO
record adapter) against NBIS bozorth3, FVC protocol; writes bench/results/dedup_interop.md.

Run: ``.venv/bin/python -m bench.dedup_interop`` (a few minutes on two cores).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np

from bench.dedup_real import SETS, load_real
from matcher.comparator import compare_cylinders
from matcher.mcc import DEFAULT, encode
from matcher.template import Template

RESULTS = Path(__file__).resolve().parent / "results"


def rates(genuine: np.ndarray, impostor: np.ndarray) -> tuple[float, float, float, float]:
    """EER, FNMR at FMR 1 %, at FMR 0.1 %, at FMR 0 (FVC definitions, scores: higher = same)."""
    thresholds = np.unique(np.concatenate([genuine, impostor, [np.inf]]))
    fmr = np.array([(impostor >= t).mean() for t in thresholds])
    fnmr = np.array([(genuine < t).mean() for t in thresholds])
    i = int(np.argmin(np.abs(fmr - fnmr)))

    def at(target: float) -> float:
        return float(fnmr[fmr <= target].min())

    return float((fmr[i] + fnmr[i]) / 2), at(0.01), at(0.001), at(0.0)


def main() -> None:
    prints = load_real()
    if not prints:
        raise SystemExit("the shared FVC sets are absent")
    lines = [
        "# 1:1 accuracy on NBIS minutiae: ours vs bozorth3 (`bench/dedup_interop.py`)",
        "",
        "Same minutiae for both (NBIS mindtct through nbis-py); ours reads them through the "
        "nbis-py ISO record adapter (`Template.from_nbis_iso`). FVC protocol: 280 genuine and "
        "2,880 impostor pairs per set.",
        "",
        "| set | engine | EER | FMR100 | FMR1000 | ZeroFMR |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for name, dpi in SETS.items():
        subset = [p for p in prints if p.set_name == name]
        if not subset:
            continue
        ours = [
            encode(Template.from_nbis_iso(p.nbis.to_iso_19794_2_2005(), dpi=dpi), DEFAULT)
            for p in subset
        ]
        scores: dict[str, tuple[list[float], list[float]]] = {
            "ours": ([], []),
            "bozorth3": ([], []),
        }
        for i, j in itertools.combinations(range(len(subset)), 2):
            same = subset[i].finger == subset[j].finger
            pair = {
                "ours": compare_cylinders(ours[i], ours[j], DEFAULT),
                "bozorth3": float(subset[i].nbis.compare(subset[j].nbis)),
            }
            for engine, value in pair.items():
                scores[engine][0 if same else 1].append(value)
        for engine, (gen, imp) in scores.items():
            eer, f100, f1000, zero = rates(np.array(gen), np.array(imp))
            lines.append(
                f"| {name} | {engine} | {eer:.2%} | {f100:.2%} | {f1000:.2%} | {zero:.2%} |"
            )
        print(lines[-2], lines[-1], sep="\n", flush=True)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "dedup_interop.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
