"""Contextual enhancement: a Gabor filter tuned per pixel to ridge orientation and period.

The image is first normalised to zero local mean and unit local variance (so dry and wet
regions weigh alike), then filtered in the local ridge frame: a Gaussian along the ridges
bridges small breaks and pores, a zero-mean Gabor across them keeps the ridge period and
rejects everything else. The output is signed, ridges positive and valleys negative.

References
----------
L. Hong, Y. Wan, A. Jain, "Fingerprint image enhancement: algorithm and performance
evaluation", IEEE TPAMI 20(8), 1998.
R. Cappelli, "Fingerprint feature extraction" (pyfing, GBFEN contextual Gabor), 2024.
"""

from __future__ import annotations

import functools

import cv2
import numpy as np
from numpy.typing import NDArray

from matcher._kernels.enhance import (
    across_offsets,
    along_offsets,
    gabor_across,
    gabor_bank,
    orientation_bins,
    smooth_along,
)
from matcher.stages.params import Params

_PERIOD_STEP = 0.25
_BINS = 32


def normalise(image: NDArray[np.float32], window: int = 31) -> NDArray[np.float32]:
    """Zero local mean, unit local standard deviation; ridges (dark) become positive."""
    mean = np.asarray(cv2.boxFilter(image, cv2.CV_32F, (window, window)))
    sq = np.asarray(cv2.boxFilter(image * image, cv2.CV_32F, (window, window)))
    std = np.sqrt(np.maximum(sq - mean * mean, 1.0))
    return ((mean - image) / std).astype(np.float32)


@functools.lru_cache(maxsize=16)
def _tables(
    radius_along: int, sigma_along: float, radius_across: int, sigma_factor: float,
    min_period: float, max_period: float, width: int,
) -> tuple[NDArray[np.int64], NDArray[np.float32], NDArray[np.float32],
           NDArray[np.int64], NDArray[np.float32]]:
    """Sample offsets and filter taps, shared by all images of the same padded width."""
    d = np.arange(-radius_along, radius_along + 1, dtype=np.float32)
    gauss = np.exp(-0.5 * d * d / sigma_along**2).astype(np.float32)
    gauss /= gauss.sum()
    periods = np.arange(min_period, max_period + 1e-6, _PERIOD_STEP, dtype=np.float32)
    bank = gabor_bank(periods, sigma_factor, radius_across)
    off, wts = across_offsets(_BINS, radius_across, width)
    return along_offsets(_BINS, radius_along, width), gauss, bank, off, wts


def enhance(
    image: NDArray[np.float32],
    theta: NDArray[np.float32],
    period: NDArray[np.float32],
    mask: NDArray[np.bool_],
    params: Params,
) -> NDArray[np.float32]:
    """Return the enhanced image (float32, ridges positive, 0 outside the mask)."""
    pad = max(params.along_radius, params.across_radius) + 2
    norm = normalise(image)
    padded = np.asarray(cv2.copyMakeBorder(norm, pad, pad, pad, pad, cv2.BORDER_REFLECT))
    bins = orientation_bins(theta, _BINS)
    wide = np.asarray(cv2.dilate(mask.astype(np.uint8), np.ones((9, 9), np.uint8))).astype(bool)
    along_off, gauss, bank, off, wts = _tables(
        params.along_radius, params.along_sigma, params.across_radius,
        params.across_sigma_factor, params.min_period, params.max_period, padded.shape[1],
    )
    along = smooth_along(padded, bins, wide, along_off, gauss, pad)
    return gabor_across(along, bins, period, mask, bank, params.min_period, _PERIOD_STEP,
                        off, wts, pad)
