"""Oriented filtering in the local ridge frame: smoothing along ridges, Gabor across them.

A 2-D Gabor filter tuned to the local orientation is the product of a Gaussian along the
ridge and a cosine-modulated Gaussian across it, so it can be applied as two 1-D passes on
lines rotated to the local orientation. That costs ``2 r + 1`` bilinear samples per pass
instead of ``(2 r + 1)^2`` and lets orientation and period vary per pixel.
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from matcher._kernels.sampling import bilinear


@njit(cache=True, nogil=True, parallel=True)
def smooth_along(
    img: np.ndarray, theta: np.ndarray, mask: np.ndarray, sigma: float, radius: int
) -> np.ndarray:
    """Gaussian average of ``img`` along the ridge direction at each masked pixel."""
    h, w = img.shape
    out = np.zeros((h, w), np.float32)
    weights = np.empty(2 * radius + 1, np.float32)
    total = 0.0
    for i in range(2 * radius + 1):
        d = i - radius
        weights[i] = np.exp(-0.5 * d * d / (sigma * sigma))
        total += weights[i]
    for i in range(2 * radius + 1):
        weights[i] /= total
    for y in prange(h):
        for x in range(w):
            if not mask[y, x]:
                continue
            ct = np.cos(theta[y, x])
            st = np.sin(theta[y, x])
            acc = 0.0
            for i in range(2 * radius + 1):
                d = i - radius
                acc += weights[i] * bilinear(img, y + d * st, x + d * ct)
            out[y, x] = acc
    return out


@njit(cache=True, nogil=True)
def gabor_bank(periods: np.ndarray, sigma_factor: float, radius: int) -> np.ndarray:
    """Zero-mean 1-D Gabor taps (rows) for each period in ``periods``."""
    n = periods.shape[0]
    bank = np.empty((n, 2 * radius + 1), np.float32)
    for j in range(n):
        period = periods[j]
        sigma = sigma_factor * period
        mean = 0.0
        for i in range(2 * radius + 1):
            d = i - radius
            g = np.exp(-0.5 * d * d / (sigma * sigma)) * np.cos(2.0 * np.pi * d / period)
            bank[j, i] = g
            mean += g
        mean /= 2 * radius + 1
        norm = 0.0
        for i in range(2 * radius + 1):
            bank[j, i] -= mean
            norm += abs(bank[j, i])
        for i in range(2 * radius + 1):
            bank[j, i] /= norm
    return bank


@njit(cache=True, nogil=True, parallel=True)
def gabor_across(
    img: np.ndarray,
    theta: np.ndarray,
    period: np.ndarray,
    mask: np.ndarray,
    bank: np.ndarray,
    period_min: float,
    period_step: float,
) -> np.ndarray:
    """Apply, across the ridges, the bank row whose period is nearest the local period."""
    h, w = img.shape
    n, taps = bank.shape
    radius = taps // 2
    out = np.zeros((h, w), np.float32)
    for y in prange(h):
        for x in range(w):
            if not mask[y, x]:
                continue
            j = int((period[y, x] - period_min) / period_step + 0.5)
            j = min(max(j, 0), n - 1)
            ct = np.cos(theta[y, x])
            st = np.sin(theta[y, x])
            acc = 0.0
            for i in range(taps):
                d = i - radius
                acc += bank[j, i] * bilinear(img, y + d * ct, x - d * st)
            out[y, x] = acc
    return out
