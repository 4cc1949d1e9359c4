"""Oriented filtering in the local ridge frame: smoothing along ridges, Gabor across them.

A 2-D Gabor filter tuned to the local orientation is the product of a Gaussian along the
ridge and a cosine-modulated Gaussian across it, so it can be applied as two 1-D passes on
lines rotated to the local orientation. That costs ``2 r + 1`` samples per pass instead of
``(2 r + 1)^2`` and lets orientation and period vary per pixel. The sample offsets of each
of ``n_bins`` orientations are tabulated once: nearest pixels along the ridge (a smoothing
pass tolerates half-pixel rounding), bilinear weights across it (where the phase matters).
Images are padded by the caller, so no sample needs clamping.
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True)
def orientation_bins(theta: np.ndarray, n_bins: int) -> np.ndarray:
    """Index of the nearest of ``n_bins`` orientations in [0, pi) for every pixel."""
    h, w = theta.shape
    out = np.empty((h, w), np.int32)
    scale = n_bins / np.pi
    for y in range(h):
        for x in range(w):
            out[y, x] = int(theta[y, x] * scale + 0.5) % n_bins
    return out


@njit(cache=True, nogil=True)
def along_offsets(n_bins: int, radius: int, width: int) -> np.ndarray:
    """Flat offsets (in a row-major image ``width`` wide) of the nearest pixels along each
    orientation: shape (n_bins, 2 * radius + 1)."""
    out = np.empty((n_bins, 2 * radius + 1), np.int64)
    for b in range(n_bins):
        t = np.pi * b / n_bins
        for i in range(2 * radius + 1):
            d = i - radius
            dy = int(np.floor(d * np.sin(t) + 0.5))
            dx = int(np.floor(d * np.cos(t) + 0.5))
            out[b, i] = dy * width + dx
    return out


@njit(cache=True, nogil=True)
def across_offsets(n_bins: int, radius: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Bilinear taps across each orientation: flat offsets of the top-left pixel and the
    four weights, shapes (n_bins, 2r+1) and (n_bins, 2r+1, 4)."""
    taps = 2 * radius + 1
    off = np.empty((n_bins, taps), np.int64)
    wts = np.empty((n_bins, taps, 4), np.float32)
    for b in range(n_bins):
        t = np.pi * b / n_bins
        for i in range(taps):
            d = i - radius
            py = d * np.cos(t)
            px = -d * np.sin(t)
            y0 = int(np.floor(py))
            x0 = int(np.floor(px))
            fy = py - y0
            fx = px - x0
            off[b, i] = y0 * width + x0
            wts[b, i, 0] = (1 - fy) * (1 - fx)
            wts[b, i, 1] = (1 - fy) * fx
            wts[b, i, 2] = fy * (1 - fx)
            wts[b, i, 3] = fy * fx
    return off, wts


@njit(cache=True, nogil=True)
def smooth_along(
    padded: np.ndarray, bins: np.ndarray, mask: np.ndarray, offsets: np.ndarray,
    weights: np.ndarray, pad: int,
) -> np.ndarray:
    """Weighted average along the ridge at each masked pixel; output padded like the input."""
    ph, pw = padded.shape
    h, w = mask.shape
    flat = padded.ravel()
    out = np.zeros((ph, pw), np.float32)
    oflat = out.ravel()
    taps = offsets.shape[1]
    for y in range(h):
        for x in range(w):
            if not mask[y, x]:
                continue
            b = bins[y, x]
            c = (y + pad) * pw + (x + pad)
            acc = np.float32(0.0)
            for i in range(taps):
                acc += weights[i] * flat[c + offsets[b, i]]
            oflat[c] = acc
    return out


@njit(cache=True, nogil=True)
def gabor_bank(periods: np.ndarray, sigma_factor: float, radius: int) -> np.ndarray:
    """Zero-mean, unit-L1 1-D Gabor taps (rows) for each period in ``periods``."""
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


@njit(cache=True, nogil=True)
def gabor_across(
    padded: np.ndarray, bins: np.ndarray, period: np.ndarray, mask: np.ndarray,
    bank: np.ndarray, period_min: float, period_step: float,
    offsets: np.ndarray, weights: np.ndarray, pad: int,
) -> np.ndarray:
    """Apply, across the ridges, the bank row whose period is nearest the local period."""
    pw = padded.shape[1]
    h, w = mask.shape
    flat = padded.ravel()
    n, taps = bank.shape
    out = np.zeros((h, w), np.float32)
    for y in range(h):
        for x in range(w):
            if not mask[y, x]:
                continue
            j = int((period[y, x] - period_min) / period_step + 0.5)
            j = min(max(j, 0), n - 1)
            b = bins[y, x]
            c = (y + pad) * pw + (x + pad)
            acc = np.float32(0.0)
            for i in range(taps):
                k = c + offsets[b, i]
                v = (weights[b, i, 0] * flat[k] + weights[b, i, 1] * flat[k + 1]
                     + weights[b, i, 2] * flat[k + pw] + weights[b, i, 3] * flat[k + pw + 1])
                acc += bank[j, i] * v
            out[y, x] = acc
    return out
