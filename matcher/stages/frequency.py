"""Ridge frequency: the local ridge period in pixels.

Per 16 px block, the x-signature (the intensity profile across the ridges, averaged along
them) gives the period as the mean distance between its peaks (Hong, Wan & Jain 1998).
Blocks without a clean signature are filled by a normalised Gaussian average of their valid
neighbours, so that the period varies smoothly, and the result is interpolated to pixels.

References
----------
L. Hong, Y. Wan, A. Jain, "Fingerprint image enhancement: algorithm and performance
evaluation", IEEE TPAMI 20(8), 1998.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from matcher._kernels.frequency import block_periods
from matcher.stages.params import Params


def ridge_period(
    image: NDArray[np.float32],
    theta: NDArray[np.float32],
    mask: NDArray[np.bool_],
    params: Params,
) -> tuple[NDArray[np.float32], float]:
    """Return ``(period, valid_fraction)``: a per-pixel period map and the share of
    foreground blocks whose signature gave a period."""
    blocks = block_periods(
        image,
        theta,
        mask,
        params.freq_block,
        params.freq_window,
        params.min_period,
        params.max_period,
    )
    h, w = image.shape
    bmask = cv2.resize(mask.astype(np.uint8), (blocks.shape[1], blocks.shape[0]),
                       interpolation=cv2.INTER_NEAREST).astype(bool)
    valid = blocks > 0
    n_fg = max(int(bmask.sum()), 1)
    valid_fraction = float((valid & bmask).sum()) / n_fg
    fallback = float(np.median(blocks[valid])) if valid.any() else 9.0
    weights = cv2.GaussianBlur(valid.astype(np.float32), (0, 0), 1.5)
    sums = cv2.GaussianBlur(np.where(valid, blocks, 0.0).astype(np.float32), (0, 0), 1.5)
    filled = np.where(weights > 0.05, sums / np.maximum(weights, 1e-6), fallback)
    filled = np.clip(filled, params.min_period, params.max_period).astype(np.float32)
    period = cv2.resize(filled, (w, h), interpolation=cv2.INTER_LINEAR)
    return np.ascontiguousarray(period, dtype=np.float32), valid_fraction
