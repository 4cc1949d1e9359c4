"""1:N deduplication benchmark: throughput against NBIS bozorth3, gallery scaling, accuracy.

Writes ``bench/results/dedup.md`` and ``dedup_det.png``, ``dedup_scaling.png``.

Usage (the large galleries are built once, outside the repository, then reused)::

    .venv/bin/python -m bench.dedup build --persons 100000 --out /tmp/sws-gallery
    .venv/bin/python -m bench.dedup run --gallery /tmp/sws-gallery [--tile-to 1000000]

``build`` enrols synthetic persons (two fingers each, ISO positions 2 and 7; see
``bench/dedup_synthetic.py``). ``run`` measures, in one process and one run:

1. 1:1 throughput of ``matcher.compare`` and of the gallery kernels against NBIS bozorth3
   (``nbis-py``) on the same NBIS minutiae of the shared FVC sets, every row timed in several
   interleaved rounds (best and median shown; ``throughput`` prints only this section);
2. gallery size -> median search time per probe, memory per entry, load time; sizes above
   the built gallery are reached by tiling its entries (same per-entry cost, stated as such);
3. accuracy: real FVC prints, one enrolled impression per finger, searched with the other
   impressions among the synthetic distractors; FNIR against FPIR, one finger and two fused.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bench.dedup_real import RealPrint, load_ours, load_real
from bench.dedup_synthetic import synthetic_template
from matcher.calibration import (
    evidence,
    sparse_below,
    threshold_for_fmr,
    threshold_for_fused_fmr,
    threshold_for_pair_fmr,
)
from matcher.comparator import compare, compare_cylinders
from matcher.gallery import ENTRY_BYTES, Candidate, Gallery, fuse
from matcher.mcc import DEFAULT, encode
from matcher.template import Template

RESULTS = Path(__file__).resolve().parent / "results"
REPEAT = 10  # batch rows: each print against the 39 others, this many times over
ROUNDS = 5  # 1:1 rows: each is timed this many times, interleaved with the others
ROUND_SECONDS = 1.0
ARRAYS = ("values", "mask", "xy", "counts", "sigs", "fingers", "alive")


def build(persons: int, out: Path, seed: int = 1) -> None:
    """Enrol ``persons`` synthetic persons (fingers 2 and 7) and save the gallery."""
    rng = np.random.default_rng(seed)
    g = Gallery()
    start = time.perf_counter()
    for i in range(persons):
        g.add(f"synthetic-{seed}-{i}", 2, synthetic_template(rng))
        g.add(f"synthetic-{seed}-{i}", 7, synthetic_template(rng))
    g.save(out)
    print(f"built {2 * persons} entries in {time.perf_counter() - start:.0f} s -> {out}")


def resize(source: Path, out: Path, n: int) -> None:
    """A gallery folder holding the first ``n`` entries of ``source``, tiled when larger."""
    meta = json.loads((source / "keys.json").read_text())
    total = int(meta["n"])
    reps = math.ceil(n / total)
    out.mkdir(parents=True, exist_ok=True)
    for name in ARRAYS:
        a = np.load(source / f"{name}.npy", mmap_mode="r")
        np.save(out / f"{name}.npy", np.concatenate([a] * reps)[:n] if reps > 1 else a[:n])
    keys = [f"{k}#{r}" if r else k for r in range(reps) for k in meta["keys"]][:n]
    (out / "keys.json").write_text(json.dumps({"format": meta["format"], "n": n, "keys": keys}))


def merge(sources: list[Path], out: Path) -> None:
    """Concatenate saved galleries (distinct keys) into one folder."""
    metas = [json.loads((s / "keys.json").read_text()) for s in sources]
    out.mkdir(parents=True, exist_ok=True)
    for name in ARRAYS:
        parts = [np.load(s / f"{name}.npy", mmap_mode="r") for s in sources]
        np.save(out / f"{name}.npy", np.concatenate(parts))
    keys = [k for m in metas for k in m["keys"]]
    (out / "keys.json").write_text(
        json.dumps({"format": metas[0]["format"], "n": len(keys), "keys": keys})
    )


def _rate(fn: Callable[[], int], min_seconds: float = 2.0) -> float:
    """Items per second of ``fn`` (which returns how many items it did), over >= min_seconds."""
    done, start = 0, time.perf_counter()
    while True:
        done += fn()
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def throughput(prints: list[RealPrint]) -> list[str]:
    """1:1 pairs per second: bozorth3 vs ours, same prints, same run.

    bozorth3 (nbis-py) runs in one thread; our rows say their thread count: one thread, or
    every core Numba uses (``compare_many`` / ``score_packed``, parallel over pairs).
    """
    import numba

    from matcher._kernels.match_gallery import coarse_scores, signature_scores
    from matcher.comparator import compare_many, pack_cylinders, score_packed
    from matcher.gallery import ANGLE_SCALE, K, _pack, _unpack
    from matcher.mcc import COARSE

    threads = numba.get_num_threads()
    numba.set_num_threads(1)
    sample = [p for p in prints if p.set_name == "FVC2002_DB1_B"][:40]
    pairs = list(itertools.combinations(range(len(sample)), 2))
    templates = [p.template for p in sample]

    def bozorth() -> int:
        for i, j in pairs:
            sample[i].nbis.compare(sample[j].nbis)
        return len(pairs)

    def ours_first() -> int:  # fresh Template objects: both encoded in the call
        for i, j in pairs[:40]:
            a, b = templates[i], templates[j]
            compare(Template(a.minutiae, a.width, a.height, a.dpi),
                    Template(b.minutiae, b.width, b.height, b.dpi))  # fmt: skip
        return 40

    def ours_end_to_end() -> int:  # the same Template objects again: cylinders cached
        for i, j in pairs:
            compare(templates[i], templates[j])
        return len(pairs)

    cylinders = [encode(t, DEFAULT) for t in templates]

    def ours_encoded() -> int:
        for i, j in pairs:
            compare_cylinders(cylinders[i], cylinders[j], DEFAULT)
        return len(pairs)

    # the batch kernel (score_many): each print against a list holding the 39 others
    # REPEAT times (1:N-like batches of 390 templates; the same pairs as the other rows)
    others = [
        pack_cylinders([c for j, c in enumerate(cylinders) if j != i] * REPEAT)
        for i in range(len(cylinders))
    ]
    lists = [(templates[:i] + templates[i + 1 :]) * REPEAT for i in range(len(templates))]

    def ours_batch() -> int:
        for i in range(len(cylinders)):
            score_packed(cylinders[i], others[i], DEFAULT)
        return len(cylinders) * (len(cylinders) - 1) * REPEAT

    def ours_many() -> int:  # the public call: cached templates, packed per call
        for i in range(len(templates)):
            compare_many(templates[i], lists[i])
        return len(templates) * (len(templates) - 1) * REPEAT

    g = Gallery()
    for k, t in enumerate(templates):
        g.add(str(k), 2, t)
    state = g._state  # the packed arrays the search kernels read
    rows = np.tile(np.arange(state.n, dtype=np.int64), 50)
    probe = _pack(templates[0])
    coarse = encode(_unpack(probe.xy, min(probe.count, K)), COARSE)
    pm = np.where(coarse.ok, coarse.mask[:, 0], np.uint64(0))

    def kernel(iterations: int) -> Callable[[], int]:
        def run() -> int:
            coarse_scores(
                rows, state.values, state.mask, state.xy, state.counts,
                np.ascontiguousarray(coarse.values), pm, coarse.x, coarse.y, coarse.theta,
                COARSE.nd, COARSE.max_rotation, COARSE.min_matchable_cells, iterations,
                COARSE.relax_weight, ANGLE_SCALE,
            )  # fmt: skip
            return int(rows.shape[0])

        return run

    sig_rows = 2_000_000
    sigs = np.tile(state.sigs[: state.n], (sig_rows // state.n + 1, 1))[:sig_rows]
    alive = np.ones(sig_rows, np.uint8)
    fingers = np.full(sig_rows, 2, np.int8)

    def signatures() -> int:
        signature_scores(sigs, alive, fingers, 2, probe.sig, sig_rows)
        return sig_rows

    for warm in (ours_encoded, kernel(0), kernel(5), signatures, ours_end_to_end, ours_batch,
                 ours_many):  # fmt: skip
        warm()
    # (name, Numba threads, function); every row is timed ROUNDS times, the rows interleaved
    # round by round, so a burst of load from other jobs hits every engine alike
    measured: list[tuple[str, int, Callable[[], int]]] = [
        ("NBIS bozorth3 (nbis-py), NBIS minutiae objects (single-threaded)", 1, bozorth),
        ("ours, `matcher.compare(a, b)`, first call on new Templates (encodes both)", 1,
         ours_first),
        ("ours, `matcher.compare(a, b)`, Templates seen before (cylinders cached on them)", 1,
         ours_end_to_end),
        ("ours, full MCC 16x16x6 + LSS-R on encoded templates (Python call per pair)", 1,
         ours_encoded),
        ("ours, full MCC 16x16x6 + LSS-R, batch kernel (`score_packed`: one probe, "
         f"{39 * REPEAT} packed templates)", 1, ours_batch),
        (f"ours, `matcher.compare_many(probe, {39 * REPEAT} templates)` (cached templates, "
         "packed per call)", 1, ours_many),
        ("ours, gallery stage 2: coarse MCC 8x8x6 + LSS, in-kernel", 1, kernel(0)),
        ("ours, gallery stage 3: coarse MCC 8x8x6 + LSS-R, in-kernel", 1, kernel(5)),
        ("ours, full MCC 16x16x6 + LSS-R, batch kernel (`score_packed`), all cores", threads,
         ours_batch),
        (f"ours, `matcher.compare_many(probe, {39 * REPEAT} templates)`, all cores", threads,
         ours_many),
    ]  # fmt: skip
    rates: list[list[float]] = [[] for _ in measured]
    entries = 0.0
    for _ in range(ROUNDS):
        for k, (_name, n, fn) in enumerate(measured):
            numba.set_num_threads(n)
            rates[k].append(_rate(fn, ROUND_SECONDS))
        numba.set_num_threads(1)
        entries = max(entries, _rate(signatures, ROUND_SECONDS))
    numba.set_num_threads(threads)
    best = [max(r) for r in rates]
    median = [float(np.median(r)) for r in rates]
    out = [
        "## 1:1 throughput, same run",
        "",
        f"All {len(pairs)} pairs of NBIS-extracted prints of FVC2002 DB1_B ({len(sample)} prints;"
        " the batch rows score each pair in both orders). bozorth3 is single-threaded; "
        f"`threads` is the Numba thread count of our row (all cores here: {threads}). Every row "
        f"was timed {ROUNDS} times for {ROUND_SECONDS:g} s, the rows interleaved round by round; "
        "*best* is the fastest of its rounds (the least disturbed by other jobs: the machine is "
        "shared), *median* the middle one, each divided by bozorth3's own best or median. "
        "Compare rows with each other, not with other runs.",
        "",
        "| comparator | threads | pairs/s, best | vs bozorth3, best | pairs/s, median "
        "| vs bozorth3, median |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    out += [f"| {name} | {n} | {b:,.0f} | {b / best[0]:.1f}x | {m:,.0f} | {m / median[0]:.1f}x |"
            for (name, n, _fn), b, m in zip(measured, best, median, strict=True)]
    out += ["", f"Gallery stage 1 (signature pre-selection) ranks {entries:,.0f} entries/s.", ""]
    return out


def scaling(source: Path, sizes: list[int], probes: list[RealPrint], work: Path) -> list[str]:
    """Median search time, memory per entry and load time for each gallery size."""
    rows = []
    for n in sizes:
        folder = work / f"size-{n}"
        if folder.exists():
            shutil.rmtree(folder)
        resize(source, folder, n)
        start = time.perf_counter()
        g = Gallery.load(folder)
        load_s = time.perf_counter() - start
        on_disk = sum((folder / f"{a}.npy").stat().st_size for a in ARRAYS) / n
        g.search(probes[0].template, top=10, finger=2)  # warm: compile and page in
        times, cpu = [], []
        for p in probes:
            start, start_cpu = time.perf_counter(), time.process_time()
            g.search(p.template, top=10, finger=2)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        rows.append((n, statistics.median(times), statistics.median(cpu), on_disk, load_s))
        print(f"size {n}: median {statistics.median(times):.3f} s, load {load_s:.2f} s", flush=True)
        del g
        shutil.rmtree(folder)
    _plot_scaling(rows)
    out = [
        "## Gallery size -> search time (one finger position), memory, load",
        "",
        f"Probes: {len(probes)} real prints. Searching one finger position: half the entries "
        "are candidates. Two threads (the machine has 2 cores, shared with other jobs). "
        "Memory per entry: bytes of the packed arrays per entry (on disk = in memory; "
        f"the fixed record is {ENTRY_BYTES} B, plus its key).",
        "",
        "| entries | median search time / probe | median CPU time / probe | memory / entry "
        "| load time |",
        "|---:|---:|---:|---:|---:|",
    ]
    out += [
        f"| {n:,} | {t * 1e3:.0f} ms | {c * 1e3:.0f} ms | {b:,.0f} B | {s:.2f} s |"
        for n, t, c, b, s in rows
    ]
    return [*out, "", "![scaling](dedup_scaling.png)", ""]


def _plot_scaling(rows: list[tuple[int, float, float, float, float]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 3.5))
    ax.loglog([r[0] for r in rows], [r[1] for r in rows], "o-", label="wall")
    ax.loglog([r[0] for r in rows], [r[2] for r in rows], "s--", label="CPU")
    ax.legend()
    ax.set_xlabel("gallery entries")
    ax.set_ylabel("median search time per probe (s)")
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(RESULTS / "dedup_scaling.png", dpi=120)
    plt.close(fig)


def accuracy(source: Path, prints: list[RealPrint], work: Path, impressions: int = 7,
             plot: bool = True) -> list[str]:
    """FNIR vs FPIR with real mates among the synthetic distractors of ``source``."""
    folder = work / "accuracy"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(source, folder)
    g = Gallery.load(folder)
    distractors = len(g)
    fingers = sorted({p.finger for p in prints})
    persons = [(fingers[i], fingers[i + 1]) for i in range(0, len(fingers) - 1, 2)]
    by = {(p.finger, p.impression): p for p in prints}
    for k, (fa, fb) in enumerate(persons):
        g.add(f"real-{k}", 2, by[(fa, 1)].template)
        g.add(f"real-{k}", 7, by[(fb, 1)].template)
    # calibrated evidence, weighed by the pair's minutiae count (sparse pairs), given to the
    # mate (0 when not returned) and the best of anyone else
    single_mated_ev: list[float] = []
    single_non_ev: list[float] = []
    fused_mated: list[float] = []
    fused_non: list[float] = []
    lists_mated: list[float] = []  # fusing the two short lists only (before completion)
    lists_non: list[float] = []

    def mate_and_other(hits: list[Candidate], key: str) -> tuple[float, float]:
        return (max([h.score for h in hits if h.key == key], default=0.0),
                max([h.score for h in hits if h.key != key], default=0.0))

    for k, (fa, fb) in enumerate(persons):
        for imp in range(2, 2 + impressions):
            if (fa, imp) not in by or (fb, imp) not in by:
                continue
            key = f"real-{k}"
            pa, pb = by[(fa, imp)].template, by[(fb, imp)].template
            lists = []
            for probe, pos in ((pa, 2), (pb, 7)):
                hits = g.search(probe, top=g.shortlist, finger=pos)
                lists.append(hits)
                single_mated_ev.append(max([evidence(h.score, h.minutiae) for h in hits
                                            if h.key == key], default=0.0))
                single_non_ev.append(max([evidence(h.score, h.minutiae) for h in hits
                                          if h.key != key], default=0.0))
            mate, other = mate_and_other(fuse(lists), key)
            lists_mated.append(mate)
            lists_non.append(other)
            mate, other = mate_and_other(g.search_person({2: pa, 7: pb}, top=g.shortlist), key)
            fused_mated.append(mate)
            fused_non.append(other)
        print(f"person {k + 1}/{len(persons)} searched", flush=True)
    per_finger = distractors // 2
    rows = []
    for name, mated, non in (
        ("one finger (calibrated evidence: `evidence(score, minutiae)`)",
         single_mated_ev, single_non_ev),
        ("two fingers fused, short lists only (fuse() of two `search` results)",
         lists_mated, lists_non),
        ("two fingers fused, `search_person` (every returned person scored on both fingers)",
         fused_mated, fused_non),
    ):
        m, n = np.array(mated), np.array(non)
        t0 = float(n.max()) + 1e-9  # smallest threshold with no false positive measured
        rows.append(
            f"| {name} | {len(m)} | {np.mean(m < t0):.1%} | {1 / len(n):.2%} "
            f"| {np.mean(m <= 0):.1%} |"
        )
    implied_t = threshold_for_fmr(1e-3 / per_finger)
    sparse_t = threshold_for_pair_fmr(1e-3 / per_finger, sparse_below() - 1)
    implied_e = -math.log(1e-3 / per_finger)  # the same rate as evidence
    implied_fnir = float(np.mean(np.array(single_mated_ev) < implied_e))
    fused_t = threshold_for_fused_fmr(1e-3 / per_finger, 2)
    fused_fnir = float(np.mean(np.array(fused_mated) < fused_t))
    fused_fpir = float(np.mean(np.array(fused_non) >= fused_t))
    lists_fnir = float(np.mean(np.array(lists_mated) < fused_t))
    single_fpir = float(np.mean(np.array(single_non_ev) >= implied_e))
    if plot:
        _plot_det(single_mated_ev, single_non_ev, fused_mated, fused_non)
    out = [
        "## Accuracy: real mates among synthetic distractors",
        "",
        f"Gallery: {distractors:,} synthetic distractor entries ({per_finger:,} persons x 2 "
        f"fingers) plus {len(persons)} real persons, each two real FVC fingers (impression 1 "
        f"enrolled). Probes: impressions 2-{1 + impressions} of the same fingers (minutiae by "
        "our extractor, `matcher.extract`, as the station enrols them). "
        "Every search is both a mated search (was the mate returned, with what "
        "score) and a non-mated one (the best score of anyone else). Every row ranks by "
        "calibrated evidence `-ln FMR(score)`, which for one finger orders scores as the "
        "scores themselves do except that a pair in which either print has fewer than "
        f"{sparse_below()} minutiae is weighed by the sparse pairs' heavier impostor tail.",
        "",
        "| search | searches | FNIR at the lowest threshold with no false positive | "
        "FPIR resolution | FNIR at threshold 0 (mate missing from the short list) |",
        "|---|---:|---:|---:|---:|",
        *rows,
        "",
        f"Calibrated view, one finger: FPIR 0.1% among {per_finger:,} entries needs a per-pair "
        f"false match rate of {1e-3 / per_finger:.0e}, threshold {implied_t:.4f} "
        f"(extrapolated impostor tail; {sparse_t:.4f} for a pair in which either print has "
        f"fewer than {sparse_below()} minutiae, `threshold_for_pair_fmr`): FNIR "
        f"{implied_fnir:.1%} (measured FPIR "
        f"{single_fpir:.1%} of {len(single_non_ev)} non-mated searches).",
        "",
        f"Calibrated view, two fingers fused: person-level false match rate "
        f"{1e-3 / per_finger:.0e}, fused evidence threshold {fused_t:.2f} "
        f"(`threshold_for_fused_fmr`): FNIR {fused_fnir:.1%} with `search_person` (measured "
        f"FPIR {fused_fpir:.1%} of {len(fused_non)} non-mated searches); fusing the two "
        f"short lists only: FNIR {lists_fnir:.1%}.",
        "",
        "![DET](dedup_det.png)",
        "",
    ]
    del g
    shutil.rmtree(folder)
    return out


def _plot_det(sm: list[float], sn: list[float], fm: list[float], fn: list[float]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 4))
    for name, mated, non in (("one finger", sm, sn), ("two fingers fused", fm, fn)):
        m, n = np.array(mated), np.array(non)
        ts = np.unique(np.concatenate([m, n]))
        fpir = np.array([np.mean(n >= t) for t in ts])
        fnir = np.array([np.mean(m < t) for t in ts])
        ax.plot(np.maximum(fpir, 1e-4), np.maximum(fnir, 1e-4), label=name)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("FPIR")
    ax.set_ylabel("FNIR")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(RESULTS / "dedup_det.png", dpi=120)
    plt.close(fig)


def run(source: Path, sizes: list[int], work: Path, impressions: int) -> None:
    prints = load_real()
    if not prints:
        raise SystemExit("the shared FVC sets are absent")
    lines = ["# Dedup benchmark (`bench/dedup.py`)", ""]
    lines += throughput(prints)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "dedup.md").write_text("\n".join(lines) + "\n")
    ours = load_ours()
    probes = [p for p in ours if p.impression == 2][::2]
    lines += scaling(source, sizes, probes, work)
    (RESULTS / "dedup.md").write_text("\n".join(lines) + "\n")
    lines += accuracy(source, ours, work, impressions)
    (RESULTS / "dedup.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--persons", type=int, default=100_000)
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--seed", type=int, default=1)
    m = sub.add_parser("merge")
    m.add_argument("--out", type=Path, required=True)
    m.add_argument("sources", type=Path, nargs="+")
    r = sub.add_parser("run")
    r.add_argument("--gallery", type=Path, required=True)
    r.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 200_000, 1_000_000])
    r.add_argument("--work", type=Path, default=Path("/tmp/sws-dedup-work"))
    r.add_argument("--impressions", type=int, default=7, help="probe impressions per finger")
    sub.add_parser("throughput", help="only the 1:1 section, printed (results untouched)")
    a = sub.add_parser("accuracy", help="only the accuracy section, printed (results untouched)")
    a.add_argument("--gallery", type=Path, required=True)
    a.add_argument("--work", type=Path, default=Path("/tmp/sws-dedup-work"))
    a.add_argument("--impressions", type=int, default=7, help="probe impressions per finger")
    args: Any = parser.parse_args(argv)
    if args.command == "build":
        build(args.persons, args.out, args.seed)
    elif args.command == "merge":
        merge(args.sources, args.out)
    elif args.command == "throughput":
        print("\n".join(throughput(load_real())))
    elif args.command == "accuracy":
        print("\n".join(accuracy(args.gallery, load_ours(), args.work, args.impressions,
                                  plot=False)))
    else:
        run(args.gallery, args.sizes, args.work, args.impressions)


if __name__ == "__main__":
    main()
