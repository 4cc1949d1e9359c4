"""Would an orientation-based minutia descriptor make MCC's local similarity decide better?

Issue #3: most of FVC2004 DB2's failing genuine pairs share a small common region (10
minutiae or fewer) and about half are aligned on the wrong minutia pairs: LSS-R starts from
the cylinders' local similarities, and where only a few true pairs exist, chance cylinder
matches win. Tico & Kuosmanen's descriptor (below) describes a minutia by the ridge
orientation field sampled on concentric circles around it, relative to the minutia's
direction; it looks further out (81 px) than the cylinder (70 px) and at ridge flow rather
than at other minutiae, so it is evidence the cylinders do not have.

For every minutia that the comparator encodes (:func:`matcher.mcc.encode`: at most 64, the
most reliable), the orientation field of the extractor's own stage (published as
``orientation`` and ``mask`` through :mod:`matcher.transparency`) is sampled at 76 points
on 4 circles (radii 27, 45, 63, 81 px; 10, 16, 22, 28 points, starting at the minutia's
direction), each as the ridge orientation relative to the minutia's direction, quantised to
4 bits (15 steps of 12 degrees over pi, the 16th code: outside the finger's mask): 38 bytes
a minutia. Two minutiae's descriptor similarity is the mean over the points valid in both of
``exp(-16 (d / pi)^2)`` (``d`` the orientation difference, at most pi / 2), or its chance
value (random orientations) when fewer than ``MIN_COMMON`` points are valid in both.

The comparator's kernel takes that similarity as its optional ``extra`` matrix
(:func:`matcher._kernels.mcc_match.score_pair`), multiplied into the cylinders' local
similarities before the pair choice and LSS-R. The variants, fixed before any result was
seen (nothing was tuned; :data:`VARIANTS`): the descriptor similarity ``S`` multiplied in
as ``S``, ``sqrt(S)`` and ``S^2``, and ``S`` with the cos-based point similarity
``cos^2(d)`` instead of the exponential.

Protocol as :mod:`bench.accuracy` (every pair of a set's 80 images: 280 genuine, 2,880
impostor; EER and FNMR at FMR 0.1 %), our minutiae at 500 dpi as
:func:`bench.consolidation_study.load_prints` reads them. The shipped score is ``compare``
and every variant's kernel call must give it back with ``S`` all ones (checked on every
pair). Templates and orientation fields are cached under /tmp/desc8-cache (never in the
repository).

It also prints how well the descriptor tells mated minutiae apart (the display pairing's
pairs in genuine pairs against other minutiae), and the descriptor similarity over the pairs
LSS-R averages, chosen without and with it, for genuine pairs passing and failing the
shipped EER threshold and for the impostors above it: where the evidence goes.

Run: ``.venv/bin/python -m bench.descriptor_study`` (extraction the first time, a minute or
more on two cores; then under a minute).

References
----------
M. Tico, P. Kuosmanen, "Fingerprint matching using an orientation-based minutia
descriptor", IEEE TPAMI 25(8), 2003.
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numba import njit

from bench.accuracy import SHARED, Scores, error_rates, pairs
from bench.dedup_real import extractor_digest
from matcher._kernels.mcc_match import (
    Scratch,
    _local_fixed,
    _lss_r_core,
    make_scratch,
    prepare_probe,
    score_pair,
)
from matcher.comparator import compare
from matcher.mcc import DEFAULT, Cylinders, encode
from matcher.template import Template

SETS = ("FVC2002_DB1_B", "FVC2004_DB2_B", "FVC2004_DB3_B", "FVC2004_DB4_B")
CACHE = Path("/tmp/desc8-cache")
RADII = (27.0, 45.0, 63.0, 81.0)  # px at 500 dpi (Tico & Kuosmanen's choice)
POINTS = (10, 16, 22, 28)
LEVELS = 15  # orientation steps over pi; code LEVELS means "outside the mask"
MIN_COMMON = 8  # fewer points valid in both: the descriptor says nothing (chance value)


@dataclass(frozen=True)
class Print:
    set_name: str
    finger: int
    impression: int
    template: Template
    orientation: np.ndarray  # (h, w) uint8: ridge orientation, 256 steps over pi, y down
    mask: np.ndarray  # (h, w) bool


def load(root: Path = SHARED) -> list[Print]:
    """Every shared image through our extractor at 500 dpi with its orientation field and
    mask (the stages' own, captured through the transparency sink); cached."""
    from matcher.api import extract, load_image
    from matcher.transparency import Recorder, capture

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"prints-{extractor_digest()}.npz"
    if path.exists():
        with np.load(path, allow_pickle=False) as d:
            out = []
            for i, row in enumerate(d["meta"]):
                s, finger, imp, w, h, dpi, q = (int(v) for v in row)
                t = Template(d[f"m{i}"], w, h, dpi=dpi, quality=q)
                out.append(Print(SETS[s], finger, imp, t, d[f"o{i}"], d[f"k{i}"]))
            return out
    out = []
    for s, name in enumerate(SETS):
        for image in sorted((root / name).glob("*.tif")):
            rec = Recorder({"orientation", "mask"})
            with capture(rec):
                t = extract(load_image(image), dpi=500)
            theta = np.asarray(rec.data["orientation"], np.float64)
            code = np.floor(theta / math.pi * 256.0).astype(np.int64) % 256
            finger, imp = (int(v) for v in image.stem.split("_"))
            out.append(Print(name, s * 1000 + finger, imp, t, code.astype(np.uint8),
                             np.asarray(rec.data["mask"], bool)))  # fmt: skip
    arrays: dict[str, np.ndarray] = {}
    for i, p in enumerate(out):
        arrays[f"m{i}"], arrays[f"o{i}"], arrays[f"k{i}"] = (
            p.template.minutiae, p.orientation, p.mask
        )  # fmt: skip
    meta = np.array([[SETS.index(p.set_name), p.finger, p.impression, p.template.width,
                      p.template.height, p.template.dpi, p.template.quality] for p in out],
                    np.int64)  # fmt: skip
    payload: dict[str, Any] = {"meta": meta, **arrays}
    np.savez(path, **payload)
    return out


def descriptor(c: Cylinders, orientation: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """(n, 76) uint8 codes of the encoded minutiae (rows as in ``c``): 0..LEVELS-1 the ridge
    orientation relative to the minutia's direction, LEVELS where the point is off the mask."""
    h, w = mask.shape
    total = sum(POINTS)
    out = np.full((len(c), total), LEVELS, np.uint8)
    col = 0
    for radius, count in zip(RADII, POINTS, strict=True):
        phi = c.theta[:, None] + 2.0 * math.pi * np.arange(count)[None, :] / count
        px = np.rint(c.x[:, None] + radius * np.cos(phi)).astype(np.int64)
        py = np.rint(-c.y[:, None] - radius * np.sin(phi)).astype(np.int64)  # rows: y down
        inside = (px >= 0) & (px < w) & (py >= 0) & (py < h)
        pxc, pyc = np.clip(px, 0, w - 1), np.clip(py, 0, h - 1)
        valid = inside & mask[pyc, pxc]
        # ridge orientation with y up is -theta (mod pi); relative to the minutia direction
        ridge_up = -(orientation[pyc, pxc].astype(np.float64) + 0.5) * math.pi / 256.0
        rel = np.mod(ridge_up - c.theta[:, None], math.pi)
        q = np.rint(rel / math.pi * LEVELS).astype(np.int64) % LEVELS
        out[:, col : col + count] = np.where(valid, q, LEVELS)
        col += count
    return out


def point_table(kind: str) -> np.ndarray:
    """Similarity of two points by their code difference 0..LEVELS//2."""
    d = np.arange(LEVELS // 2 + 1) * math.pi / LEVELS
    if kind == "exp":
        return np.exp(-16.0 * (d / math.pi) ** 2)
    return np.cos(d) ** 2


def chance(table: np.ndarray) -> float:
    """The point similarity's mean over uniformly random codes."""
    diffs = [min(abs(a - b), LEVELS - abs(a - b)) for a in range(LEVELS) for b in range(LEVELS)]
    return float(np.mean(table[np.array(diffs)]))


@njit(cache=False)
def similarity(da: np.ndarray, db: np.ndarray, table: np.ndarray, neutral: float,
               min_common: int, out: np.ndarray) -> None:  # fmt: skip
    """``out[i, j]``: mean point similarity of descriptors ``da[i]`` and ``db[j]`` over the
    points valid in both (``neutral`` when fewer than ``min_common``)."""
    levels = LEVELS
    for i in range(da.shape[0]):
        for j in range(db.shape[0]):
            acc = 0.0
            n = 0
            for k in range(da.shape[1]):
                a, b = da[i, k], db[j, k]
                if a < levels and b < levels:
                    d = abs(np.int64(a) - np.int64(b))
                    d = min(d, np.int64(levels) - d)
                    acc += table[np.int64(d)]
                    n += 1
            out[i, j] = acc / n if n >= min_common else neutral


@dataclass(frozen=True)
class Variant:
    name: str
    table: str  # point similarity: "exp" or "cos2"
    power: float  # the local similarity is multiplied by S ** power


VARIANTS = (
    Variant("MCC x S (exp)", "exp", 1.0),
    Variant("MCC x sqrt S (exp)", "exp", 0.5),
    Variant("MCC x S^2 (exp)", "exp", 2.0),
    Variant("MCC x S (cos^2)", "cos2", 1.0),
)


def kernel_score(a: Cylinders, b: Cylinders, extra: np.ndarray | None, scratch: Scratch) -> float:
    p = DEFAULT
    args = (a.values, a.mask, a.theta, a.ok, a.x, a.y, b.values, b.mask, b.theta, b.ok, b.x,
            b.y, p.nd, p.max_rotation, p.min_matchable_cells, p.relax_iterations,
            p.relax_weight, scratch)  # fmt: skip
    return float(score_pair(*args) if extra is None else score_pair(*args, extra))


def threshold_at(s: Scores, pick: Callable[[np.ndarray, np.ndarray], int]) -> float:
    """The threshold ``error_rates`` reads a figure at (same thresholds, same rates)."""
    g = np.sort(np.asarray(s.genuine, float))
    imp = np.sort(np.asarray(s.impostor, float))
    thresholds = np.unique(np.concatenate([g, imp, [np.inf]]))
    fmr = 1.0 - np.searchsorted(imp, thresholds, side="left") / len(imp)
    fnmr = np.searchsorted(g, thresholds, side="left") / len(g)
    return float(thresholds[pick(fmr, fnmr)])


def at_eer(fmr: np.ndarray, fnmr: np.ndarray) -> int:
    return int(np.argmin(np.abs(fmr - fnmr)))


def at_fmr1000(fmr: np.ndarray, fnmr: np.ndarray) -> int:
    ok = np.flatnonzero(fmr <= 0.001 + 1e-12)
    return int(ok[np.argmin(fnmr[ok])])


def failing(s: Scores, pick: Callable[[np.ndarray, np.ndarray], int]) -> set[int]:
    """Indices of the genuine pairs below the threshold of the figure (EER or FMR1000)."""
    t = threshold_at(s, pick)
    return {k for k, v in enumerate(s.genuine) if v < t}


def mate_check(prints: list[Print], table: np.ndarray) -> str:
    """Is the descriptor right? Its similarity for the minutiae that the display pairing
    (:func:`matcher.pairing.match_pairs`) pairs in genuine pairs (8 pairs or more), against
    the same minutia of A with another minutia of B (every set)."""
    from matcher.pairing import match_pairs

    mates, others = [], []
    for name in SETS:
        idx = [k for k, p in enumerate(prints) if p.set_name == name]
        labels = [f"{prints[k].finger}_{prints[k].impression}" for k in idx]
        for i, j, genuine in pairs(labels):
            a, b = prints[idx[i]], prints[idx[j]]
            found = match_pairs(a.template, b.template) if genuine else []
            if len(found) < 8:
                continue
            da, db = (descriptor(_all_minutiae(p.template), p.orientation, p.mask)
                      for p in (a, b))  # fmt: skip
            s = np.zeros((da.shape[0], db.shape[0]))
            similarity(da, db, table, chance(table), MIN_COMMON, s)
            for p, q in found:
                mates.append(s[p, q])
                others.append(s[p, (q + 7) % db.shape[0]])
    return (f"descriptor similarity of paired minutiae in genuine pairs: median "
            f"{np.median(mates):.2f} (10th percentile {np.percentile(mates, 10):.2f}); "
            f"of a minutia with another: median {np.median(others):.2f} (90th percentile "
            f"{np.percentile(others, 90):.2f}); chance {chance(table):.2f}")  # fmt: skip


def _all_minutiae(t: Template) -> Cylinders:
    """A template's minutiae at 500 dpi in the cylinders' coordinates (no cylinders)."""
    m = t.minutiae.astype(np.float64) * np.array([500.0 / t.dpi, 500.0 / t.dpi, 1, 1, 1])
    empty = np.zeros((m.shape[0], 0), np.uint64)
    return Cylinders(empty, empty, np.ones(m.shape[0], bool), m[:, 0], -m[:, 1], m[:, 2])


def averaged_flow(a: Cylinders, b: Cylinders, s: np.ndarray, use: bool) -> float:
    """Mean descriptor similarity ``s`` over the pairs LSS-R averages (its ``n_P`` most
    efficient), the pairs chosen on the cylinders' similarity alone or (``use``) times ``s``."""
    p = DEFAULT
    na, nb = len(a), len(b)
    sim, rho, links, fwork, iwork, row, bits, side, table, _, _ = make_scratch(
        max(na, nb), a.values.shape[1], a.mask.shape[1]
    )
    prepare_probe(a.values, a.mask, a.theta, a.ok, bits, side, table)
    _local_fixed(bits, side, table, na, b.values, b.mask, b.theta, b.ok, nb, p.nd,
                 p.max_rotation, p.min_matchable_cells, row, sim, iwork[0], fwork[3])  # fmt: skip
    if use:
        sim[:na, :nb] *= s
    _, chosen = _lss_r_core(sim, na, nb, a.x, a.y, a.theta, b.x, b.y, b.theta,
                            p.relax_iterations, p.relax_weight, fwork, iwork, rho, links,
                            not use)  # fmt: skip
    taken = np.flatnonzero(iwork[3, :chosen])
    return float(s[iwork[1, taken], iwork[2, taken]].mean()) if taken.size else math.nan


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="images per set (a quick look)")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    prints = load()
    print(f"{len(prints)} prints loaded in {time.perf_counter() - start:.0f} s")
    cyl = [encode(p.template, DEFAULT) for p in prints]
    desc = [descriptor(c, p.orientation, p.mask) for c, p in zip(cyl, prints, strict=True)]
    sizes = [d.shape[0] * (d.shape[1] + 1) // 2 for d in desc]
    print(f"descriptor bytes a template: median {np.median(sizes):.0f}, max {max(sizes)}")
    tables = {k: point_table(k) for k in ("exp", "cos2")}
    print(mate_check(prints, tables["exp"]))
    scratch = make_scratch(max(len(c) for c in cyl), cyl[0].values.shape[1],
                           cyl[0].mask.shape[1])  # fmt: skip
    names = [*("shipped",), *(v.name for v in VARIANTS)]
    results: dict[str, dict[str, Scores]] = {n: {} for n in names}
    worst = 0.0
    exp = tables["exp"]
    flows: dict[str, list[tuple[bool, float, float]]] = {name: [] for name in SETS}
    sim = np.zeros((DEFAULT.max_minutiae, DEFAULT.max_minutiae))
    for name in SETS:
        idx = [k for k, p in enumerate(prints) if p.set_name == name][: args.limit]
        labels = [f"{prints[k].finger}_{prints[k].impression}" for k in idx]
        for n in names:
            results[n][name] = Scores()
        for i, j, genuine in pairs(labels):
            a, b = idx[i], idx[j]
            shipped = compare(prints[a].template, prints[b].template)
            na, nb = len(cyl[a]), len(cyl[b])
            ones = np.ones((na, nb))
            worst = max(worst, abs(kernel_score(cyl[a], cyl[b], ones, scratch) - shipped))
            scores = [shipped]
            for v in VARIANTS:
                s = sim[:na, :nb]
                t = tables[v.table]
                similarity(desc[a], desc[b], t, chance(t), MIN_COMMON, s)
                extra = np.ascontiguousarray(s**v.power)
                scores.append(kernel_score(cyl[a], cyl[b], extra, scratch))
            similarity(desc[a], desc[b], exp, chance(exp), MIN_COMMON, s_exp := sim[:na, :nb])
            flows[name].append((genuine, averaged_flow(cyl[a], cyl[b], s_exp, False),
                                averaged_flow(cyl[a], cyl[b], s_exp, True)))  # fmt: skip
            for n, value in zip(names, scores, strict=True):
                (results[n][name].genuine if genuine else results[n][name].impostor).append(value)
    print(f"kernel with S = 1 against compare(): largest difference {worst:.3g}")
    print(f"scored in {time.perf_counter() - start:.0f} s\n")
    print("EER / FMR1000 in %, every pair of each set (280 genuine, 2,880 impostor)\n")
    print("| variant | " + " | ".join(s.split("_")[0][3:] + " " + s.split("_")[1]
                                      for s in SETS) + " |")  # fmt: skip
    print("|---" * (len(SETS) + 1) + "|")
    for n in names:
        cells = []
        for name in SETS:
            r = error_rates(results[n][name])
            cells.append(f"{100 * r['EER']:.2f} / {100 * r['FMR1000']:.2f}")
        print(f"| {n} | " + " | ".join(cells) + " |")
    print("\nGenuine pairs failing at each figure's threshold, variant against shipped "
          "(rescued / lost):\n")  # fmt: skip
    print("| variant | " + " | ".join(f"{s.split('_')[1]} EER | {s.split('_')[1]} FMR1000"
                                      for s in SETS) + " |")  # fmt: skip
    print("|---" * (2 * len(SETS) + 1) + "|")
    for n in names[1:]:
        cells = []
        for name in SETS:
            for pick in (at_eer, at_fmr1000):
                before = failing(results["shipped"][name], pick)
                after = failing(results[n][name], pick)
                cells.append(f"{len(before)} -> {len(after)} (+{len(before - after)} / "
                             f"-{len(after - before)})")  # fmt: skip
        print(f"| {n} | " + " | ".join(cells) + " |")
    print(
        "\nMedian descriptor similarity (exp) over the pairs LSS-R averages, pairs chosen "
        "on MCC alone -> on MCC x S; classes by the shipped score at its EER threshold:\n"
    )
    print("| set | genuine passing | genuine failing | impostors above | all impostors |")
    print("|---|---|---|---|---|")
    for name in SETS:
        base = results["shipped"][name]
        cut = threshold_at(base, at_eer)
        rows = np.array(flows[name], float)
        gen = rows[:, 0] == 1
        rows = np.concatenate([rows[gen], rows[~gen]])  # as ``score``: genuine pairs first
        score = np.array([*base.genuine, *base.impostor])
        gen = rows[:, 0] == 1
        classes = (gen & (score >= cut), gen & (score < cut), ~gen & (score >= cut), ~gen)
        cells = [f"{np.nanmedian(rows[c, 1]):.2f} -> {np.nanmedian(rows[c, 2]):.2f} "
                 f"({int(c.sum())})" for c in classes]  # fmt: skip
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
