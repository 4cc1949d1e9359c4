"""Oriented filtering in the local ridge frame: smoothing along ridges, Gabor across them.

A 2-D Gabor filter tuned to the local orientation is the product of a Gaussian along the
ridge and a cosine-modulated Gaussian across it, so it can be applied as two 1-D passes on
lines rotated to the local orientation. That costs ``2 r + 1`` samples per pass instead of
``(2 r + 1)^2`` and lets orientation and period vary per pixel. The sample offsets of each
of ``n_bins`` orientations are tabulated once (in plain NumPy: fewer compiled entry points
means a faster first call from the Numba cache): nearest pixels along the ridge (a smoothing
pass tolerates half-pixel rounding), bilinear weights across it (where the phase matters).
Images are padded by the caller, so no sample needs clamping.
"""

from __future__ import annotations

import numpy as np
from numba import njit


def orientation_bins(theta: np.ndarray, n_bins: int) -> np.ndarray:
    """Index of the nearest of ``n_bins`` orientations in [0, pi) for every pixel."""
    return ((theta * (n_bins / np.pi) + 0.5).astype(np.int32) % n_bins).astype(np.int32)


def along_offsets(n_bins: int, radius: int, width: int) -> np.ndarray:
    """Flat offsets (in a row-major image ``width`` wide) of the nearest pixels along each
    orientation: shape (n_bins, 2 * radius + 1). Plain NumPy: a small table, built once."""
    t = np.pi * np.arange(n_bins)[:, None] / n_bins
    d = np.arange(-radius, radius + 1)[None, :]
    dy = np.floor(d * np.sin(t) + 0.5).astype(np.int64)
    dx = np.floor(d * np.cos(t) + 0.5).astype(np.int64)
    return np.ascontiguousarray(dy * width + dx)


def across_offsets(n_bins: int, radius: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Bilinear taps across each orientation: flat offsets of the top-left pixel and the
    four weights, shapes (n_bins, 2r+1) and (n_bins, 2r+1, 4)."""
    t = np.pi * np.arange(n_bins)[:, None] / n_bins
    d = np.arange(-radius, radius + 1)[None, :]
    py = d * np.cos(t)
    px = -d * np.sin(t)
    y0 = np.floor(py)
    x0 = np.floor(px)
    fy = py - y0
    fx = px - x0
    off = (y0.astype(np.int64) * width + x0.astype(np.int64))
    wts = np.stack([(1 - fy) * (1 - fx), (1 - fy) * fx, fy * (1 - fx), fy * fx], axis=-1)
    return np.ascontiguousarray(off), np.ascontiguousarray(wts, dtype=np.float32)


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


def gabor_bank(periods: np.ndarray, sigma_factor: float, radius: int) -> np.ndarray:
    """Zero-mean, unit-L1 1-D Gabor taps (rows) for each period in ``periods``."""
    p = np.asarray(periods, np.float64)[:, None]
    d = np.arange(-radius, radius + 1, dtype=np.float64)[None, :]
    sigma = sigma_factor * p
    bank = np.exp(-0.5 * d * d / (sigma * sigma)) * np.cos(2.0 * np.pi * d / p)
    bank -= bank.mean(axis=1, keepdims=True)
    bank /= np.abs(bank).sum(axis=1, keepdims=True)
    return np.ascontiguousarray(bank, dtype=np.float32)


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
