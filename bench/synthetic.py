"""How realistic is the synthetic generator? NBIS (and our matcher) on generated vs real sets.

In one run this:

* generates an FVC-style set (default 10 fingers x 8 impressions, seed 7) and times it;
* runs NIST NBIS (``nbis-py``: mindtct + bozorth3) and, when importable, our matcher
  (``matcher.extract`` + ``matcher.compare``) on the generated set and on every real set in
  ``../shared/fingerprints`` with the FVC protocol of its README (every pair of impressions of
  one finger is genuine, every pair of images of different fingers an impostor);
* reports EER, FNMR at FMR 1% / 0.1% / 0 and minutiae counts per image for each;
* times the template-level generator (``fixtures.fingerprints.minutiae``) on a million sets
  and scores its mates with our comparator;
* writes ``bench/results/synthetic.md``, a picture sheet of generated impressions
  (``synthetic_sheet.png``, one row per class) and ``synthetic_counts.png`` (distributions).

Real images are never written into the repository; ``--real-sheet PATH`` draws a generated
vs real comparison sheet to a path of your choice (keep it outside the repository).

Usage::

    nice .venv/bin/python -m bench.synthetic
    nice .venv/bin/python -m bench.synthetic --fingers 4 --impressions 4 --templates 10000
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SWS_SHARED_FINGERPRINTS", REPO.parent / "shared" / "fingerprints"))
RESULTS = REPO / "bench" / "results"
REAL_SETS = ("FVC2002_DB1_B", "FVC2004_DB2_B", "FVC2004_DB3_B", "FVC2004_DB4_B")


@dataclass
class EngineResult:
    """One engine on one set: minutiae counts, scores, failures, extraction times."""

    counts: list[int] = field(default_factory=list)
    genuine: list[float] = field(default_factory=list)
    impostor: list[float] = field(default_factory=list)
    failures: int = 0
    times: list[float] = field(default_factory=list)


def error_rates(genuine: list[float], impostor: list[float]) -> dict[str, float]:
    """EER and FNMR at FMR 1%, 0.1% and 0 (scores: higher means more similar)."""
    g = np.sort(np.asarray(genuine, dtype=np.float64))
    i = np.sort(np.asarray(impostor, dtype=np.float64))
    if g.size == 0 or i.size == 0:
        return {"eer": float("nan"), "fmr100": float("nan"), "fmr1000": float("nan"),
                "zerofmr": float("nan")}  # fmt: skip
    thresholds = np.unique(np.concatenate([g, i, [np.inf]]))
    fnmr = np.searchsorted(g, thresholds, side="left") / g.size
    fmr = 1.0 - np.searchsorted(i, thresholds, side="left") / i.size
    k = int(np.argmin(np.abs(fnmr - fmr)))
    eer = float((fnmr[k] + fmr[k]) / 2)

    def at(limit: float) -> float:
        ok = fmr <= limit
        return float(fnmr[ok].min()) if ok.any() else 1.0

    return {"eer": eer, "fmr100": at(0.01), "fmr1000": at(0.001), "zerofmr": at(0.0)}


def fvc_pairs(keys: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """All unordered pairs of images, flagged genuine when the finger is the same."""
    pairs = itertools.combinations(range(len(keys)), 2)
    return [(a, b, keys[a][0] == keys[b][0]) for a, b in pairs]


def run_engine(
    images: list[np.ndarray],
    keys: list[tuple[int, int]],
    extract: Callable[[np.ndarray], Any],
    count: Callable[[Any], int],
    compare: Callable[[Any, Any], float],
) -> EngineResult:
    """Extract every image once, then score every FVC pair."""
    res = EngineResult()
    templates: list[Any] = []
    for img in images:
        t0 = time.perf_counter()
        try:
            t = extract(img)
        except Exception:  # an engine's failure to extract is a figure, not a crash
            t = None
            res.failures += 1
        res.times.append(time.perf_counter() - t0)
        templates.append(t)
        if t is not None:
            res.counts.append(count(t))
    for a, b, same in fvc_pairs(keys):
        ta, tb = templates[a], templates[b]
        score = 0.0 if ta is None or tb is None else float(compare(ta, tb))
        (res.genuine if same else res.impostor).append(score)
    return res


def nbis_engine() -> tuple[Callable[[np.ndarray], Any], Callable[[Any], int], Callable]:
    import nbis

    settings = nbis.NbisExtractorSettings(
        min_quality=0.0, get_center=False, check_fingerprint=False, compute_nfiq2=False, ppi=500.0
    )
    extractor = nbis.new_nbis_extractor(settings)

    def extract(img: np.ndarray) -> Any:
        _ok, data = cv2.imencode(".png", img)
        return extractor.extract_minutiae(data.tobytes())

    return extract, lambda t: len(t.get()), lambda a, b: a.compare(b)


def our_engine() -> tuple[Callable[[np.ndarray], Any], Callable[[Any], int], Callable] | None:
    try:
        from matcher import api
    except ImportError:
        return None
    return (lambda img: api.extract(img, dpi=500)), len, api.compare


def read_grey(path: Path) -> np.ndarray:
    img = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    if img is None:
        raise SystemExit(f"cannot read {path}")
    return np.asarray(img)


def load_real(folder: Path) -> tuple[list[np.ndarray], list[tuple[int, int]]]:
    images, keys = [], []
    for path in sorted(folder.glob("*.tif")):
        finger, imp = (int(v) for v in path.stem.split("_"))
        images.append(read_grey(path))
        keys.append((finger, imp))
    return images, keys


def generate(fingers: int, impressions: int, seed: int) -> tuple[list, list, dict[str, Any]]:
    """The generated set in memory, with per-finger timings."""
    from fixtures.fingerprints.dataset import SetSpec, iter_set
    from fixtures.fingerprints.master import make_master

    spec = SetSpec(fingers=fingers, impressions=impressions, seed=seed)
    t0 = time.perf_counter()
    make_master(replace(spec.master, seeds=2, iterations=1), np.random.default_rng(0))
    warm = time.perf_counter() - t0  # first call: Numba compile or cache load
    images, keys, classes = [], [], []
    t0 = time.perf_counter()
    c0 = time.process_time()
    for finger, master, shots in iter_set(spec):
        classes.append(master.kind.value)
        for i, (img, _info) in enumerate(shots, start=1):
            images.append(img)
            keys.append((finger, i))
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return images, keys, {"seconds": total, "per_finger": total / fingers, "warm": warm,
                          "cpu_per_finger": cpu / fingers, "classes": classes}  # fmt: skip


def template_timing(n: int, seed: int) -> dict[str, Any]:
    """Time the template-level generator and score mates with our comparator."""
    from fixtures.fingerprints.minutiae import TemplateParams, masters, mates

    p = TemplateParams()
    masters(10, seed), mates(masters(10, seed), seed, 1)  # compile / load the cache
    t0 = time.perf_counter()
    gallery = masters(n, seed)
    t_masters = time.perf_counter() - t0
    t0 = time.perf_counter()
    probes = mates(gallery, seed, 1)
    t_mates = time.perf_counter() - t0
    out: dict[str, Any] = {
        "n": n, "masters_s": t_masters, "mates_s": t_mates,
        "master_counts": np.percentile(gallery.counts, [5, 50, 95]).tolist(),
        "mate_counts": np.percentile(probes.counts, [5, 50, 95]).tolist(),
    }  # fmt: skip
    try:
        from matcher import api
        from matcher.template import Template
    except ImportError:
        return out
    k = min(200, n)

    def tpl(s: np.ndarray) -> Template:
        return Template(s, p.width, p.height, 500, 60)

    second = mates(gallery, seed, 2)
    genuine = [api.compare(tpl(gallery[i]), tpl(probes[i])) for i in range(k)]
    impostor = [api.compare(tpl(gallery[i]), tpl(probes[(i + 1) % k])) for i in range(k)]
    out["ours"] = error_rates(genuine, impostor)
    # two impressions against each other: what a dedup search between two captures sees
    genuine = [api.compare(tpl(second[i]), tpl(probes[i])) for i in range(k)]
    impostor = [api.compare(tpl(second[i]), tpl(probes[(i + 7) % k])) for i in range(k)]
    out["ours_mates"] = error_rates(genuine, impostor)
    out["ours_mates_genuine"] = float(np.median(genuine))
    out["ours_k"] = k
    return out


def picture_sheet(path: Path, seed: int, scale: float = 0.5) -> None:
    """One row per class, four impressions each; generated images only."""
    from fixtures.fingerprints.classes import FingerClass
    from fixtures.fingerprints.impression import ImpressionParams, make_impression
    from fixtures.fingerprints.master import MasterParams, make_master

    rows = []
    for n, kind in enumerate(FingerClass):
        master = make_master(MasterParams(kind=kind.value), np.random.default_rng([seed, 900 + n]))
        rngs = [np.random.default_rng([seed, 900 + n, i]) for i in range(1, 5)]
        shots = [make_impression(master, ImpressionParams(), rng)[0] for rng in rngs]
        row = np.hstack([np.pad(s, 4, constant_values=255) for s in shots])
        label = np.full((24, row.shape[1]), 255, np.uint8)
        cv2.putText(label, kind.value.replace("_", " "), (8, 18), cv2.FONT_HERSHEY_SIMPLEX, 0.6,
                    0, 1, cv2.LINE_AA)  # fmt: skip
        rows.append(np.vstack([label, row]))
    sheet = np.vstack(rows)
    sheet = cv2.resize(sheet, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    cv2.imwrite(str(path), sheet, [cv2.IMWRITE_PNG_COMPRESSION, 9])


def real_sheet(path: Path, generated: list[np.ndarray]) -> None:
    """Generated impressions beside real ones (for a local look; never commit it)."""
    tiles = []
    for name in REAL_SETS:
        folder = SHARED / name
        if folder.is_dir():
            tiles.append(read_grey(sorted(folder.glob("*.tif"))[0]))
    tiles += generated[: len(tiles)]
    size = (288, 384)
    row = [cv2.resize(t, size, interpolation=cv2.INTER_AREA) for t in tiles]
    half = len(row) // 2
    cv2.imwrite(str(path), np.vstack([np.hstack(row[:half]), np.hstack(row[half:])]))


def counts_plot(path: Path, results: dict[str, dict[str, EngineResult]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(results)
    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    axes[0].boxplot([results[n]["NBIS"].counts for n in names], tick_labels=names)
    axes[0].set_title("NBIS minutiae per image")
    for n in names:
        r = results[n]["NBIS"]
        axes[1].hist(r.genuine, bins=40, histtype="step", density=True, label=f"{n} genuine")
    axes[1].set_title("NBIS bozorth3 genuine scores")
    axes[1].legend(fontsize=7)
    for ax in axes:
        ax.tick_params(axis="x", labelrotation=20, labelsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def pct(v: float) -> str:
    return "n/a" if v != v else f"{100 * v:.2f}%"


def report(
    results: dict[str, dict[str, EngineResult]], gen: dict[str, Any], tpl: dict[str, Any],
    args: argparse.Namespace,
) -> str:  # fmt: skip
    lines = [
        "# Synthetic fingerprints vs real sets (bench/synthetic.py)",
        "",
        f"Generated set: {args.fingers} fingers x {args.impressions} impressions, seed "
        f"{args.seed}, classes {', '.join(gen['classes'])}. Real sets: `../shared/fingerprints` "
        "(FVC2002/2004 B sets; DB4 is SFinGe's own synthetic set). Same run, same machine, "
        "FVC protocol (all genuine pairs, all impostor pairs).",
        "",
        "![generated impressions, one row per class](synthetic_sheet.png)",
        "",
        "## Accuracy and minutiae counts",
        "",
        "| set | engine | EER | FMR100 | FMR1000 | ZeroFMR | minutiae median [5%..95%] "
        "| min..max | genuine score median | impostor p99 | fail | extract median |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, engines in results.items():
        for engine, r in engines.items():
            e = error_rates(r.genuine, r.impostor)
            c = np.asarray(r.counts) if r.counts else np.zeros(1)
            lines.append(
                f"| {name} | {engine} | {pct(e['eer'])} | {pct(e['fmr100'])} | "
                f"{pct(e['fmr1000'])} | {pct(e['zerofmr'])} | {np.median(c):.0f} "
                f"[{np.percentile(c, 5):.0f}..{np.percentile(c, 95):.0f}] | "
                f"{c.min()}..{c.max()} | {np.median(r.genuine):.3g} | "
                f"{np.percentile(r.impostor, 99):.3g} | {r.failures} | "
                f"{1000 * statistics.median(r.times):.0f} ms |"
            )
    lines += [
        "",
        "![minutiae counts and genuine scores](synthetic_counts.png)",
        "",
        "## Speed of the generator",
        "",
        f"- images: {gen['seconds']:.1f} s for {args.fingers} x {args.impressions} "
        f"({gen['per_finger']:.2f} s per finger with its {args.impressions} impressions; "
        f"first call {gen['warm']:.1f} s for Numba compile/cache load; CPU time "
        f"{gen['cpu_per_finger']:.2f} s per finger over all threads); a 100 x 8 set needs about "
        f"{100 * gen['cpu_per_finger'] / 60:.1f} CPU-minutes (this run's wall-time rate, on a "
        f"shared machine: {100 * gen['per_finger'] / 60:.1f} min).",
        f"- templates: {tpl['n']:,} master sets in {tpl['masters_s']:.1f} s, their mates in "
        f"{tpl['mates_s']:.1f} s; minutiae per master set 5/50/95%: "
        f"{'/'.join(f'{v:.0f}' for v in tpl['master_counts'])}, per mate: "
        f"{'/'.join(f'{v:.0f}' for v in tpl['mate_counts'])}.",
    ]
    if "ours" in tpl:
        o = tpl["ours"]
        lines.append(
            f"- template-level sets scored by `matcher.compare` ({tpl['ours_k']} genuine, "
            f"{tpl['ours_k']} impostor pairs): master vs mate EER {pct(o['eer'])}; mate vs mate "
            f"(two impressions) EER {pct(tpl['ours_mates']['eer'])}, FMR1000 "
            f"{pct(tpl['ours_mates']['fmr1000'])}, median genuine score "
            f"{tpl['ours_mates_genuine']:.3g} (real images above: see the table)."
        )
    lines += [
        "",
        "## Generated beside real (by eye, and what the numbers say)",
        "",
        "- Looks: ridge period, ridge/valley contrast, class patterns, dry breaks, wet and dry "
        "patches and fading borders resemble the optical sets (FVC2002 DB1, FVC2004 DB2) and "
        "SFinGe's DB4. Real images show what the generator lacks: scars and creases, stronger "
        "uneven contrast and blur, sensor artefacts (DB3's thermal sweep), narrower fingers in "
        "larger frames (DB1), and cores with a clear U-turn where the zero-pole model makes "
        "ridges converge.",
    ]
    for engine in next(iter(results.values())):
        gen_r = results["generated"][engine]
        real = [r[engine] for n, r in results.items() if n != "generated"]
        if not real:
            continue
        eers = [error_rates(r.genuine, r.impostor)["eer"] for r in real]
        g_eer = error_rates(gen_r.genuine, gen_r.impostor)["eer"]
        meds = [float(np.median(r.counts)) for r in real if r.counts]
        g_med = float(np.median(gen_r.counts)) if gen_r.counts else float("nan")
        gmeds = [float(np.median(r.genuine)) for r in real]
        inside = min(eers) <= g_eer <= max(eers)
        lines.append(
            f"- {engine}: EER {pct(g_eer)} on the generated set, "
            f"{pct(min(eers))}..{pct(max(eers))} on the real sets "
            f"({'inside' if inside else 'OUTSIDE'} that range); median minutiae "
            f"{g_med:.0f} vs {min(meds):.0f}..{max(meds):.0f}; median genuine score "
            f"{np.median(gen_r.genuine):.3g} vs {min(gmeds):.3g}..{max(gmeds):.3g}."
        )
    lines += [
        "- Use real sets for accuracy claims; the generator is for function tests, demos and "
        "scale, where its figures only need to be plausible.",
        "",
        f"Machine: {os.cpu_count()} cores, shared with other jobs; compare figures only within "
        "this run. Real images are not reproduced here (they may not be committed); run with "
        "`--real-sheet /tmp/sheet.png` to see generated and real impressions side by side.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--fingers", type=int, default=10)
    ap.add_argument("--impressions", type=int, default=8)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--templates", type=int, default=1_000_000)
    ap.add_argument("--sets", nargs="*", default=list(REAL_SETS), help="real sets to compare")
    ap.add_argument("--real-sheet", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    images, keys, gen = generate(args.fingers, args.impressions, args.seed)
    engines = {"NBIS": nbis_engine()}
    ours = our_engine()
    if ours is not None:
        engines["ours"] = ours
    sets = {"generated": (images, keys)}
    for name in args.sets:
        if (SHARED / name).is_dir():
            sets[name] = load_real(SHARED / name)
    results: dict[str, dict[str, EngineResult]] = {}
    for name, (imgs, ks) in sets.items():
        results[name] = {e: run_engine(imgs, ks, *fns) for e, fns in engines.items()}
        print(name, {e: pct(error_rates(r.genuine, r.impostor)["eer"])
                     for e, r in results[name].items()}, flush=True)  # fmt: skip
    tpl = template_timing(args.templates, args.seed)
    picture_sheet(args.out / "synthetic_sheet.png", args.seed)
    counts_plot(args.out / "synthetic_counts.png", results)
    if args.real_sheet is not None:
        with tempfile.TemporaryDirectory():
            real_sheet(args.real_sheet, images)
    text = report(results, gen, tpl, args)
    (args.out / "synthetic.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
