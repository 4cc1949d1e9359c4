"""False-minutiae removal: what thinning and noise create, real fingers rarely have.

Rules (in pixels at 500 dpi, see :class:`~matcher.stages.params.Params`), after the
structural post-processing of Ratha et al. 1995, Xiao & Raafat 1991 and Zhao & Tang 2007:

* border: minutiae near the edge of the foreground are where ridges leave the image;
* spur: an ending joined to a bifurcation by a short branch (a hair on a ridge);
* short ridge: two endings joined by a short ridge (a dot or a fragment);
* bridge: two bifurcations joined by a short branch (a bridge across a valley);
* broken ridge: two endings close together, facing each other along the ridge flow;
* cluster: minutiae closer to each other than half a ridge period.

References
----------
N. K. Ratha, S. Chen, A. K. Jain, "Adaptive flow orientation-based feature extraction in
fingerprint images", Pattern Recognition 28(11), 1995.
F. Zhao, X. Tang, "Preprocessing and postprocessing for skeleton-based fingerprint minutiae
extraction", Pattern Recognition 40(4), 2007.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from matcher._kernels.minutiae import STOP_ENDING, STOP_JUNCTION
from matcher.stages.minutiae import Candidates
from matcher.stages.params import Params


def border_distance(mask: NDArray[np.bool_]) -> NDArray[np.float32]:
    """Euclidean distance of every pixel to the nearest background pixel."""
    m = np.pad(mask.astype(np.uint8), 1)
    dist = cv2.distanceTransform(m, cv2.DIST_L2, 5)
    return np.ascontiguousarray(dist[1:-1, 1:-1], dtype=np.float32)


def filter_minutiae(
    cand: Candidates, mask: NDArray[np.bool_], params: Params,
    dist: NDArray[np.float32] | None = None,
) -> NDArray[np.bool_]:
    """Return a boolean array: which candidates survive.

    ``dist`` is :func:`border_distance` of ``mask`` when the caller already has it.
    """
    n = len(cand)
    keep = np.ones(n, bool)
    if n == 0:
        return keep
    index = {(int(y), int(x)): i for i, (y, x) in enumerate(zip(cand.y, cand.x, strict=True))}
    if dist is None:
        dist = border_distance(mask)
    keep &= dist[cand.y, cand.x] >= params.border_distance

    drop = np.zeros(n, bool)
    for i in range(n):
        for b in range(3):
            stop, ln = int(cand.stop[i, b]), int(cand.length[i, b])
            if stop not in (STOP_ENDING, STOP_JUNCTION):
                continue
            j = index.get((int(cand.end[i, b, 0]), int(cand.end[i, b, 1])))
            ending = cand.kind[i] == 1
            spur = ending and stop == STOP_JUNCTION and ln < params.spur_length
            fragment = ending and stop == STOP_ENDING and ln < params.short_ridge
            bridge = not ending and stop == STOP_JUNCTION and ln < params.bridge_length
            if spur or fragment or bridge:
                drop[i] = True
                if j is not None:
                    drop[j] = True
    keep &= ~drop
    keep &= ~_broken_ridges(cand, keep, params)
    keep &= ~_clusters(cand, keep, params.cluster_radius)
    return keep


def _pairwise(cand: Candidates, idx: NDArray[np.intp]) -> tuple[
        NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Offsets and distances between the candidates ``idx`` (rows: from, columns: to)."""
    y, x = cand.y[idx], cand.x[idx]
    dy = y[None, :].astype(np.float64) - y[:, None]
    dx = x[None, :].astype(np.float64) - x[:, None]
    return dy, dx, np.hypot(dy, dx)


def _broken_ridges(cand: Candidates, alive: NDArray[np.bool_], params: Params) -> NDArray[np.bool_]:
    """Endings that face each other across a short gap along the ridge flow.

    Only the surviving endings take part, so the pairwise arrays are built for them alone.
    """
    out = np.zeros(len(cand), bool)
    idx = np.flatnonzero((cand.kind == 1) & alive)
    if len(idx) < 2:
        return out
    dy, dx, d = _pairwise(cand, idx)
    pair = (d < params.break_distance) & (d > 0)
    # direction of i points into its own ridge, i.e. away from j: compare with (i - j)
    away = np.arctan2(-dy, -dx)
    off = np.abs(np.angle(np.exp(1j * (cand.direction[idx][:, None] - away))))
    facing = pair & (off < params.break_angle) & (params.break_angle > off.T)
    out[idx] = facing.any(axis=1)
    return out


def _clusters(cand: Candidates, alive: NDArray[np.bool_], radius: float) -> NDArray[np.bool_]:
    """Minutiae with another surviving minutia closer than ``radius``."""
    out = np.zeros(len(cand), bool)
    idx = np.flatnonzero(alive)
    if len(idx) < 2:
        return out
    _, _, d = _pairwise(cand, idx)
    out[idx] = ((d < radius) & (d > 0)).any(axis=1)
    return out
