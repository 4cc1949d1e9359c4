"""Minutiae detection: crossing-number candidates, their branches and their directions.

Directions follow the ISO/IEC 19794-2 convention documented in :mod:`matcher.template`: a
ridge ending points from the end into the ridge it terminates, a bifurcation points into
the valley between its two branches. The traced direction only picks which of the two
senses of the (smoother, more stable) local orientation field is meant, unless the two
disagree by more than 45 degrees (near cores and deltas), where the trace is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from matcher._kernels.minutiae import detect, trace_all
from matcher.stages.params import Params


@dataclass(frozen=True)
class Candidates:
    """Raw minutiae and their skeleton branches (all arrays indexed by minutia)."""

    y: NDArray[np.int64]
    x: NDArray[np.int64]
    kind: NDArray[np.int64]  # 1 ending, 2 bifurcation
    direction: NDArray[np.float64]  # pixel frame: atan2(dy, dx), y down
    length: NDArray[np.int64]  # (N, 3) branch lengths
    stop: NDArray[np.int64]  # (N, 3) STOP_* codes
    end: NDArray[np.int64]  # (N, 3, 2) where each branch stopped

    def __len__(self) -> int:
        return int(self.y.shape[0])

    def subset(self, keep: NDArray[np.bool_]) -> Candidates:
        return Candidates(
            self.y[keep], self.x[keep], self.kind[keep], self.direction[keep],
            self.length[keep], self.stop[keep], self.end[keep],
        )


def find_minutiae(
    skeleton: NDArray[np.uint8],
    mask: NDArray[np.bool_],
    theta: NDArray[np.float32],
    params: Params,
) -> Candidates:
    """Detect, trace and orient every candidate minutia inside ``mask``."""
    pts = detect(skeleton, mask)
    max_len = int(max(params.short_ridge, params.spur_length, params.bridge_length)) + 2
    length, stop, end, head = trace_all(skeleton, pts, max_len, params.trace_length)
    ys, xs = pts[:, 0], pts[:, 1]
    kind = np.where(pts[:, 2] == 1, 1, 2).astype(np.int64)
    vy = head[:, :, 0] - ys[:, None]
    vx = head[:, :, 1] - xs[:, None]
    branch_dir = np.arctan2(vy, vx)
    present = stop >= 0
    traced = np.zeros(len(pts), np.float64)
    for i in range(len(pts)):
        dirs = branch_dir[i][present[i]]
        if kind[i] == 1 or dirs.shape[0] < 3:
            traced[i] = dirs[0] if dirs.shape[0] else 0.0
            if kind[i] == 2 and dirs.shape[0] == 2:
                traced[i] = _circular_mean(dirs[0], dirs[1])
        else:
            traced[i] = _fork_bisector(dirs[:3])
    direction = _snap_to_field(traced, theta[ys, xs].astype(np.float64))
    return Candidates(ys, xs, kind, direction, length, stop, end)


def _circular_mean(a: float, b: float) -> float:
    return float(np.arctan2(np.sin(a) + np.sin(b), np.cos(a) + np.cos(b)))


def _fork_bisector(dirs: NDArray[np.float64]) -> float:
    """Bisector of the two branches closest in direction (the fork, not the stem)."""
    best, pair = 10.0, (0, 1)
    for i, j in ((0, 1), (0, 2), (1, 2)):
        d = abs(np.angle(np.exp(1j * (dirs[i] - dirs[j]))))
        if d < best:
            best, pair = d, (i, j)
    return _circular_mean(dirs[pair[0]], dirs[pair[1]])


def _snap_to_field(traced: NDArray[np.float64], theta: NDArray[np.float64]) -> NDArray[np.float64]:
    """Use the orientation field's angle in the sense of the traced direction."""
    diff = np.angle(np.exp(1j * (traced - theta)))
    snapped = np.where(np.abs(diff) <= np.pi / 2, theta, theta + np.pi)
    off = np.abs(np.angle(np.exp(1j * (traced - snapped))))
    return np.where(off <= np.pi / 4, snapped, traced)
