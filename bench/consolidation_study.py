"""Would a small learned score do better than the hand-made consolidation factor?

The comparator multiplies LSS-R by ``0.3 + 0.7 * min(1, m / sqrt(max(nA, 16) max(nB, 16)))``
(:mod:`matcher._kernels.mcc_consolidate`). This study replaces that factor by a logistic
combination of what the comparator has at hand for one pair (LSS-R, the paired count, the
minutiae of each print in the common region, the residuals of the paired minutiae under the
rigid alignment, how many of LSS-R's pairs agree with it, the unpaired minutiae of the common
region that have a near neighbour of another direction (impostor evidence) or none (a dry
gap), minutiae counts and qualities) and scores it strictly **leave-one-set-out**: fitted on
every genuine and impostor pair of three FVC sets (impostors within and across those sets),
it scores the fourth, beside the shipped comparator on the same pairs.

Features are recomputed per pair by :func:`pair_features`, which runs the comparator's own
kernels (local similarities, LSS-R, anchor, rigid transform) and then the consolidation's
pairing again while keeping the pairs; the score it rebuilds from them must equal
``matcher.compare`` (checked on every pair within a set and every 50th of the others).
Templates come from our extractor at 500 dpi as :mod:`bench.accuracy` reads every set
(:func:`load_prints`, cached under /tmp; never in the repository).

Run: ``.venv/bin/python -m bench.consolidation_study`` (a minute or two); prints the tables
that docs/matcher.md quotes.
"""

from __future__ import annotations

import argparse
import itertools
import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numba import njit

from bench import dedup_real
from bench.accuracy import Scores, error_rates
from bench.dedup_real import RealPrint, extractor_digest
from matcher._kernels import mcc_consolidate as mc
from matcher._kernels.mcc_match import (
    _local_fixed,
    _lss_r_core,
    make_scratch,
    prepare_probe,
)
from matcher.comparator import compare
from matcher.mcc import DEFAULT, Cylinders, encode

NEAR = 20.0  # px: an unpaired minutia with another print's minutia this near is "in conflict"
FEATURES = (
    "score",  # the shipped comparator's score (for reference; not a model input)
    "lssr",
    "m",
    "n_a_in",
    "n_b_in",
    "na",
    "nb",
    "chosen",
    "cluster",  # LSS-R pairs at least 0.5 compatible with the anchor (they set the transform)
    "agree",  # LSS-R pairs whose minutiae land within the pairing tolerance after alignment
    "resid_mean",  # paired minutiae: distance / tolerance, mean
    "resid_sd",
    "angle_mean",  # paired minutiae: direction difference / PAIR_ANGLE, mean
    "conflict",  # unpaired minutiae inside the other's hull with one of it within NEAR
    "gap",  # unpaired minutiae inside the other's hull with none of it within NEAR (dry gap)
    "lam_max",  # best local similarity
    "relaxed_max",  # best relaxed similarity (the anchor's)
)
COL = {name: i for i, name in enumerate(FEATURES)}


@njit(cache=False)
def pair_features(
    a_values: np.ndarray, a_mask: np.ndarray, a_theta: np.ndarray, a_ok: np.ndarray,
    xa: np.ndarray, ya: np.ndarray, b_values: np.ndarray, b_mask: np.ndarray,
    b_theta: np.ndarray, b_ok: np.ndarray, xb: np.ndarray, yb: np.ndarray, nd: int,
    max_rotation: float, min_matchable: int, iterations: int, weight: float, out: np.ndarray,
) -> None:  # fmt: skip
    """The comparator's intermediate values for one pair, into ``out`` (see FEATURES): the
    same calls as :func:`matcher._kernels.mcc_match.score_pair`, then the consolidation
    again with its pairs kept (``out[0]`` rebuilds the score from them)."""
    na, nb = a_theta.shape[0], b_theta.shape[0]
    for q in range(out.shape[0]):
        out[q] = 0.0
    out[5], out[6] = na, nb
    if na == 0 or nb == 0:
        return
    ta, tb = a_theta, b_theta
    sim, rho, links, fwork, iwork, row, bits, side, table, hull, cand = make_scratch(
        max(na, nb), a_values.shape[1], a_mask.shape[1]
    )
    prepare_probe(a_values, a_mask, ta, a_ok, bits, side, table)
    k = mc.hull_candidates(xa, ya, iwork[0], hull[0], hull[1], cand)
    hb = mc.hull_into(xb, yb, iwork[0], hull[0], hull[1])
    hbx, hby = hull[0, :hb].copy(), hull[1, :hb].copy()
    _local_fixed(
        bits,
        side,
        table,
        na,
        b_values,
        b_mask,
        tb,
        b_ok,
        nb,
        nd,
        max_rotation,
        min_matchable,
        row,
        sim,
        iwork[0],
        fwork[3],
    )
    lam_max = 0.0
    for i in range(na):
        for j in range(nb):
            lam_max = max(lam_max, sim[i, j])
    value, chosen = _lss_r_core(
        sim, na, nb, xa, ya, ta, xb, yb, tb, iterations, weight, fwork, iwork, rho, links, True
    )
    out[1], out[7], out[15] = value, chosen, lam_max
    if chosen == 0:
        return
    anchor = mc.anchor_pair(fwork[1], chosen)
    out[16] = fwork[1, anchor]
    pa, pb = iwork[1, :chosen].copy(), iwork[2, :chosen].copy()
    degree = iwork[4]
    rot, cax, cay, cbx, cby = mc.rigid_transform(
        anchor, iwork[1], iwork[2], fwork[0], rho, links, degree, xa, ya, ta, xb, yb, tb
    )
    cluster = 1
    for q in range(degree[anchor]):
        cluster += rho[anchor, q] >= mc.CLUSTER_RHO
    out[8] = cluster
    c, s = math.cos(rot), math.sin(rot)
    ax, ay, at = np.empty(na), np.empty(na), np.empty(na)
    for i in range(na):
        dx, dy = xa[i] - cax, ya[i] - cay
        ax[i] = c * dx - s * dy + cbx
        ay[i] = s * dx + c * dy + cby
        at[i] = ta[i] + rot
    two_pi = 2.0 * math.pi
    agree = 0
    for t in range(chosen):
        i, j = pa[t], pb[t]
        tol = mc.PAIR_TOLERANCE + mc.PAIR_GROWTH * math.sqrt(
            (ax[i] - cbx) ** 2 + (ay[i] - cby) ** 2
        )
        da = at[i] - tb[j]
        da = abs(da - two_pi * math.floor((da + math.pi) / two_pi))
        d = math.sqrt((ax[i] - xb[j]) ** 2 + (ay[i] - yb[j]) ** 2)
        agree += (d <= tol) and (da <= mc.PAIR_ANGLE)
    out[9] = agree
    # the consolidation's pairing, keeping the pairs: candidates by increasing cost
    costs, cells = np.empty(na * nb), np.empty(na * nb, np.int64)
    dists, angles = np.empty(na * nb), np.empty(na * nb)
    k = 0
    for i in range(na):
        tol = mc.PAIR_TOLERANCE + mc.PAIR_GROWTH * math.sqrt(
            (ax[i] - cbx) ** 2 + (ay[i] - cby) ** 2
        )
        for j in range(nb):
            d2 = (ax[i] - xb[j]) ** 2 + (ay[i] - yb[j]) ** 2
            if not d2 <= tol * tol:
                continue
            da = at[i] - tb[j]
            da = abs(da - two_pi * math.floor((da + math.pi) / two_pi))
            cst = math.sqrt(d2) / tol + da / mc.PAIR_ANGLE
            if da <= mc.PAIR_ANGLE and cst < math.inf:
                costs[k], cells[k] = cst, i * nb + j
                dists[k], angles[k] = math.sqrt(d2) / tol, da / mc.PAIR_ANGLE
                k += 1
    used_a, used_b = np.zeros(na, np.int64), np.zeros(nb, np.int64)
    m = 0
    rs, rs2, an = 0.0, 0.0, 0.0
    if k > 0:
        order = np.argsort(costs[:k], kind="mergesort")
        for q in order:
            i = cells[q] // nb
            j = cells[q] - i * nb
            if used_a[i] == 0 and used_b[j] == 0:
                used_a[i] = used_b[j] = 1
                m += 1
                rs += dists[q]
                rs2 += dists[q] ** 2
                an += angles[q]
    out[2] = m
    if m > 0:
        out[10] = rs / m
        out[11] = math.sqrt(max(0.0, rs2 / m - (rs / m) ** 2))
        out[12] = an / m
    # the common region: each print's minutiae inside the other's (aligned) hull
    order_buf = np.empty(na, np.int64)
    hax, hay = np.empty(2 * na), np.empty(2 * na)
    ha = mc.hull_into(ax, ay, order_buf, hax, hay)
    inside_b = np.zeros(nb, np.int64)
    n_b_in = 0
    for j in range(nb):
        one = mc.count_inside(xb[j : j + 1], yb[j : j + 1], hax[:ha], hay[:ha], ha)
        inside_b[j] = one
        n_b_in += one
    n_a_in = mc.count_inside(ax, ay, hbx, hby, hb)
    out[3], out[4] = n_a_in, n_b_in
    if m == 0:
        factor = mc.FLOOR
    else:
        n_a = max(float(n_a_in), mc.MIN_OVERLAP)
        n_b = max(float(n_b_in), mc.MIN_OVERLAP)
        factor = mc.FLOOR + (1.0 - mc.FLOOR) * min(1.0, m / math.sqrt(n_a * n_b))
    out[0] = value * factor
    # unpaired minutiae of the common region: a near minutia of the other print that could
    # not pair (conflicting direction or already used) or none near at all (a dry gap)
    conflict, gap = 0, 0
    for i in range(na):
        if used_a[i] or mc.count_inside(ax[i : i + 1], ay[i : i + 1], hbx, hby, hb) == 0:
            continue
        near = NEAR * NEAR
        best = np.inf
        for j in range(nb):
            best = min(best, (ax[i] - xb[j]) ** 2 + (ay[i] - yb[j]) ** 2)
        conflict += best <= near
        gap += best > near
    for j in range(nb):
        if used_b[j] or inside_b[j] == 0:
            continue
        best = np.inf
        for i in range(na):
            best = min(best, (ax[i] - xb[j]) ** 2 + (ay[i] - yb[j]) ** 2)
        conflict += best <= NEAR * NEAR
        gap += best > NEAR * NEAR
    out[13], out[14] = conflict, gap


def load_prints() -> list[RealPrint]:
    """Every shared FVC image through our extractor at 500 dpi, as :mod:`bench.accuracy`
    compares them (:func:`bench.dedup_real.load_ours` reads FVC2004 DB3 at 512)."""
    cache = Path(f"/tmp/sws-study-ours500-{extractor_digest()}.npz")
    saved = dict(dedup_real.SETS)
    dedup_real.SETS.update({name: 500 for name in saved})
    try:
        return dedup_real.load_ours(cache=cache)
    finally:
        dedup_real.SETS.update(saved)


def load_nbis_prints() -> list[RealPrint]:
    """The same images through NBIS mindtct, read through its ISO record at 500 dpi as
    :mod:`bench.accuracy`'s MINEX-style rows read them (needs ``nbis-py``)."""
    from matcher.template import Template

    saved = dict(dedup_real.SETS)
    dedup_real.SETS.update({name: 500 for name in saved})
    try:
        found = dedup_real.load_real()
    finally:
        dedup_real.SETS.update(saved)
    return [
        RealPrint(p.set_name, p.finger, p.impression,
                  Template.from_nbis_iso(p.nbis.to_iso_19794_2_2005(), dpi=500), None)
        for p in found
    ]  # fmt: skip


def features(a: Cylinders, b: Cylinders) -> np.ndarray:
    out = np.zeros(len(FEATURES))
    p = DEFAULT
    pair_features(a.values, a.mask, a.theta, a.ok, a.x, a.y, b.values, b.mask, b.theta, b.ok,
                  b.x, b.y, p.nd, p.max_rotation, p.min_matchable_cells, p.relax_iterations,
                  p.relax_weight, out)  # fmt: skip
    return out


@dataclass(frozen=True)
class Pairs:
    i: np.ndarray  # print index of A
    j: np.ndarray
    genuine: np.ndarray
    raw: np.ndarray  # (pairs, len(FEATURES))
    quality: np.ndarray  # (pairs, 2) the two templates' qualities


def all_pairs(prints: list[RealPrint]) -> Pairs:
    """Every unordered pair of the prints (within and across sets), A the earlier print, as
    :mod:`bench.accuracy` orders them; checks each rebuilt score against ``compare``."""
    cyl = [encode(p.template, DEFAULT) for p in prints]
    idx = list(itertools.combinations(range(len(prints)), 2))
    raw = np.zeros((len(idx), len(FEATURES)))
    worst = 0.0
    for r, (i, j) in enumerate(idx):
        raw[r] = features(cyl[i], cyl[j])
        if r % 50 == 0 or prints[i].set_name == prints[j].set_name:
            worst = max(worst, abs(raw[r, 0] - compare(prints[i].template, prints[j].template)))
    if worst > 1e-12:
        raise SystemExit(f"rebuilt scores differ from compare() by {worst:.3g}")
    ii = np.array([i for i, _ in idx])
    jj = np.array([j for _, j in idx])
    finger = np.array([p.finger for p in prints])
    quality = np.array([p.template.quality for p in prints], float)
    return Pairs(ii, jj, finger[ii] == finger[jj], raw, np.stack([quality[ii], quality[jj]], 1))


def inputs(p: Pairs) -> dict[str, np.ndarray]:
    """Candidate model inputs per pair, from the raw features (logs where counts multiply)."""
    f = p.raw
    m = f[:, COL["m"]]
    n_a = np.maximum(f[:, COL["n_a_in"]], 1.0)
    n_b = np.maximum(f[:, COL["n_b_in"]], 1.0)
    resid, angle = f[:, COL["resid_mean"]], f[:, COL["angle_mean"]]
    region = n_a + n_b
    return {
        "shipped": np.log(np.maximum(f[:, COL["score"]], 1e-5)),
        "lssr": np.log(np.maximum(f[:, COL["lssr"]], 1e-4)),
        "m": np.log1p(m),
        "region": 0.5 * (np.log(n_a) + np.log(n_b)),  # symmetric: compare(a, b) ~ (b, a)
        "frac": np.minimum(m / np.sqrt(np.maximum(n_a, 16) * np.maximum(n_b, 16)), 1.0),
        "resid": resid,
        "resid_sd": f[:, COL["resid_sd"]],
        "angle": angle,
        "cluster": np.log1p(f[:, COL["cluster"]]),
        "agree": np.log1p(f[:, COL["agree"]]),
        "conflict": f[:, COL["conflict"]] / region,
        "gap": f[:, COL["gap"]] / region,
        "good": np.log1p(m * (1 - resid) * (1 - angle)),  # pairs counted by how well they sit
        "good_sum": m * (1 - resid) * (1 - angle),
        "n_min": np.log(np.minimum(f[:, COL["na"]], f[:, COL["nb"]]) + 1.0),
        "n_max": np.log(np.maximum(f[:, COL["na"]], f[:, COL["nb"]]) + 1.0),
        "lam_max": f[:, COL["lam_max"]],
        "relaxed_max": np.log(np.maximum(f[:, COL["relaxed_max"]], 1e-4)),
        "quality_min": p.quality.min(axis=1) / 100.0,
        "quality_max": p.quality.max(axis=1) / 100.0,
    }


COUNT = ("lssr", "m", "region", "frac")  # the shipped factor's own ingredients
FAMILY = {  # feature sets the nested selection chooses among (no quality: see QUALITY)
    "count": COUNT,
    "count+angle": (*COUNT, "angle"),
    "count+resid": (*COUNT, "resid"),
    "count+angle+resid": (*COUNT, "angle", "resid"),
    "count+good": (*COUNT, "good"),
    "count+good+angle": (*COUNT, "good", "angle"),
    "count+good+resid": (*COUNT, "good", "resid"),
    "count+gap+conflict": (*COUNT, "gap", "conflict"),
    "count+angle+gap": (*COUNT, "angle", "gap"),
    "count+good_sum": (*COUNT, "good_sum"),
    "count+good_sum+angle+gap": (*COUNT, "good_sum", "angle", "gap"),
    "full": (
        *COUNT,
        "resid",
        "resid_sd",
        "angle",
        "cluster",
        "agree",
        "conflict",
        "gap",
        "good",
        "n_min",
        "n_max",
        "lam_max",
        "relaxed_max",
    ),
}
QUALITY = ("quality_min",)  # template quality: not in the gallery record nor on the card
L2 = (1e-3, 3e-3, 1e-2, 3e-2)
GENERATOR_SEED = 4711


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Class-balanced L2 logistic regression by Newton's method on standardised inputs:
    returns (mean, scale, weights with the bias last)."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mu) / sd, np.ones((x.shape[0], 1))])
    w_pos, w_neg = 0.5 / max(y.sum(), 1), 0.5 / max((~y).sum(), 1)
    sw = np.where(y, w_pos, w_neg)
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (sw * (p - y)) + reg * w
        hess = (z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return mu, sd, w


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    mu, sd, w = model
    return (((x - mu) / sd) @ w[:-1]) + w[-1]  # the logit: ranks like the probability


def rates(scores: np.ndarray, genuine: np.ndarray) -> dict[str, float]:
    return error_rates(Scores(list(scores[genuine]), list(scores[~genuine])))


@dataclass(frozen=True)
class Study:
    """Every pair's model inputs with its sets, and the generated impostors'."""

    feats: dict[str, np.ndarray]
    genuine: np.ndarray
    sa: np.ndarray  # set of the pair's first print
    sb: np.ndarray
    shipped: np.ndarray  # the shipped comparator's score
    generated: dict[str, np.ndarray]  # generated prints against every real print
    generated_set: np.ndarray  # the real print's set

    def design(self, names: tuple[str, ...], generated: bool = False) -> np.ndarray:
        source = self.generated if generated else self.feats
        return np.stack([source[n] for n in names], axis=1)

    def loso(
        self,
        names: tuple[str, ...],
        l2: float,
        held: int,
        *,
        generated: bool = False,
        focus: bool = False,
        keep: np.ndarray | None = None,
    ) -> np.ndarray:
        """Fit on the pairs of every set but ``held`` (within and across those sets; only
        pairs in ``keep`` when given), score ``held``'s own pairs (its logits).
        ``generated``: the generated prints against the training sets' prints join the
        impostors; ``focus``: only impostors at or above the training impostors' median
        shipped score are fitted on (every genuine pair still is)."""
        x = self.design(names)
        train = (self.sa != held) & (self.sb != held)
        if keep is not None:
            train &= keep
        xt, yt, st = x[train], self.genuine[train], self.shipped[train]
        if generated:
            g = self.generated_set != held
            xt = np.vstack([xt, self.design(names, generated=True)[g]])
            yt = np.concatenate([yt, np.zeros(int(g.sum()), bool)])
            st = np.concatenate([st, self.generated["shipped"][g]])
        if focus:
            hard = yt | (st >= np.median(st[~yt]))
            xt, yt = xt[hard], yt[hard]
        model = fit_logistic(xt, yt, l2)
        return predict(model, x[(self.sa == held) & (self.sb == held)])

    def rates(self, score: np.ndarray, held: int) -> dict[str, float]:
        return rates(score, self.genuine[(self.sa == held) & (self.sb == held)])


def generated_inputs(
    prints: list[RealPrint], count: int
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Inputs of ``count`` generated prints (:mod:`bench.dedup_synthetic`, the 1:N
    benchmark's distractors; quality unknown, 0) against every real print."""
    from bench.dedup_synthetic import synthetic_template

    rng = np.random.default_rng(GENERATOR_SEED)
    made = [encode(synthetic_template(rng), DEFAULT) for _ in range(count)]
    raw, quality, sets = [], [], []
    names = sorted({p.set_name for p in prints})
    for p in prints:
        c = encode(p.template, DEFAULT)
        for g in made:
            raw.append(features(c, g))
            quality.append((p.template.quality, 0))
            sets.append(names.index(p.set_name))
    n = len(raw)
    none = np.zeros(n, np.int64)
    pairs = Pairs(none, none, np.zeros(n, bool), np.array(raw), np.array(quality, float))
    return inputs(pairs), np.array(sets)


def cell(r: dict[str, float]) -> str:
    return f"{100 * r['EER']:.2f} / {100 * r['FMR1000']:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--generated", type=int, default=100, help="generated prints (impostors)")
    ap.add_argument("--nbis", action="store_true", help="also score NBIS minutiae (slower)")
    args = ap.parse_args()
    prints = load_prints()
    sets = sorted({p.set_name for p in prints})
    t0 = time.perf_counter()
    pairs = all_pairs(prints)
    generated, generated_set = generated_inputs(prints, args.generated)
    print(f"{len(pairs.genuine)} pairs and {len(generated_set)} against generated prints in "
          f"{time.perf_counter() - t0:.1f} s (scores rebuilt equal to compare())")  # fmt: skip
    set_of = np.array([sets.index(p.set_name) for p in prints])
    study = Study(inputs(pairs), pairs.genuine, set_of[pairs.i], set_of[pairs.j],
                  pairs.raw[:, COL["score"]], generated, generated_set)  # fmt: skip
    every = range(len(sets))

    def outer(
        names: tuple[str, ...], l2: float, generated: bool = False, focus: bool = False
    ) -> list[dict[str, float]]:
        return [
            study.rates(study.loso(names, l2, s, generated=generated, focus=focus), s)
            for s in every
        ]

    print("\n| variant (leave-one-set-out) | " + " | ".join(s[:-2] for s in sets) + " |")
    print("|---|" + "---|" * len(sets))
    shipped = [study.rates(study.shipped[(study.sa == s) & (study.sb == s)], s) for s in every]
    print("| shipped | " + " | ".join(cell(r) for r in shipped) + " |")
    rows: list[tuple[str, tuple[str, ...], bool, bool]] = [
        *((name, names, False, False) for name, names in FAMILY.items()),
        ("full, generated impostors too", FAMILY["full"], True, False),
        ("full, fitted on the harder half of the impostors", FAMILY["full"], False, True),
        ("count+quality", (*COUNT, *QUALITY), False, False),
        ("full+quality", (*FAMILY["full"], *QUALITY), False, False),
    ]
    for name, names, generated_too, focus in rows:
        for l2 in (1e-3, 1e-2):
            cells = [cell(r) for r in outer(names, l2, generated_too, focus)]
            print(f"| {name}, L2 {l2:g} | " + " | ".join(cells) + " |")

    # nested: for each held-out set, choose the feature set and L2 by leave-one-set-out
    # among the other three (lowest sum of EER + FNMR at FMR 0.1 %), then fit on all three
    print("\nNested selection (chosen on the three training sets only):")
    chosen_cells = []
    for s in every:
        seen = (study.sa != s) & (study.sb != s)  # the outer held-out set is never looked at
        costs = {
            (name, l2): sum(
                sum(study.rates(study.loso(names, l2, t, keep=seen), t)[k]
                    for k in ("EER", "FMR1000"))
                for t in every if t != s
            )
            for name, names in FAMILY.items() for l2 in L2
        }  # fmt: skip
        name, l2 = min(costs, key=costs.__getitem__)
        r = study.rates(study.loso(FAMILY[name], l2, s), s)
        chosen_cells.append(cell(r))
        print(f"  {sets[s]}: {name}, L2 {l2:g} -> {cell(r)} (shipped {cell(shipped[s])})")
    print("| nested selection | " + " | ".join(chosen_cells) + " |")
    # the same rule over all four sets picks what would ship (its own figures are optimistic)
    totals = {(name, l2): sum(r["EER"] + r["FMR1000"] for r in outer(names, l2))
              for name, names in FAMILY.items() for l2 in L2}  # fmt: skip
    name, l2 = min(totals, key=totals.__getitem__)
    print(
        f"Chosen over all four sets: {name}, L2 {l2:g}: "
        + " | ".join(cell(r) for r in outer(FAMILY[name], l2))
    )
    _, sd, w = fit_logistic(study.design(FAMILY[name]), study.genuine, l2)
    print(
        "  weights per unit of input:",
        {n: round(float(v), 3) for n, v in zip(FAMILY[name], w[:-1] / sd, strict=True)},
    )

    if args.nbis:
        other_extractor(study, sets, (("full", 1e-2), ("count+good", 1e-2),
                                      ("count+angle+resid", 1e-3)))  # fmt: skip


def other_extractor(study: Study, sets: list[str],
                    models: tuple[tuple[str, float], ...]) -> None:  # fmt: skip
    """Models fitted on our minutiae of three sets score NBIS minutiae of the fourth: does
    what they learned hold for another extractor's minutiae (MINEX style)?"""
    prints = load_nbis_prints()
    pairs = all_pairs(prints)
    set_of = np.array([sets.index(p.set_name) for p in prints])
    sa, sb = set_of[pairs.i], set_of[pairs.j]
    feats = inputs(pairs)
    held = [(sa == s) & (sb == s) for s in range(len(sets))]
    print("\nOn NBIS minutiae (fitted on ours, other three sets):")
    cells = [cell(rates(pairs.raw[h, COL["score"]], pairs.genuine[h])) for h in held]
    print("| shipped | " + " | ".join(cells) + " |")
    for name, l2 in models:
        x = np.stack([feats[n] for n in FAMILY[name]], axis=1)
        cells = []
        for s, h in enumerate(held):
            train = (study.sa != s) & (study.sb != s)
            model = fit_logistic(study.design(FAMILY[name])[train], study.genuine[train], l2)
            cells.append(cell(rates(predict(model, x[h]), pairs.genuine[h])))
        print(f"| {name}, L2 {l2:g} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
