"""Ridge period per block from the x-signature (Hong, Wan & Jain 1998)."""

from __future__ import annotations

import numpy as np
from numba import njit

from matcher._kernels.sampling import bilinear


@njit(cache=True, nogil=True)
def x_signature(
    img: np.ndarray, cy: float, cx: float, theta: float, length: int, window: int
) -> np.ndarray:
    """Mean intensity along the ridge (``length`` px) at each of ``window`` steps across it."""
    ct = np.cos(theta)
    st = np.sin(theta)
    sig = np.empty(window, np.float32)
    for k in range(window):
        d = k - (window - 1) / 2.0
        bx = cx - d * st
        by = cy + d * ct
        acc = 0.0
        for l in range(length):
            t = l - (length - 1) / 2.0
            acc += bilinear(img, by + t * st, bx + t * ct)
        sig[k] = acc / length
    return sig


@njit(cache=True, nogil=True)
def signature_period(sig: np.ndarray, min_period: float, max_period: float) -> float:
    """Average distance between the local maxima of a smoothed signature, 0 when invalid."""
    n = sig.shape[0]
    sm = np.empty(n, np.float32)
    for i in range(n):
        a = sig[max(i - 1, 0)]
        b = sig[min(i + 1, n - 1)]
        sm[i] = 0.25 * a + 0.5 * sig[i] + 0.25 * b
    lo = sm[0]
    hi = sm[0]
    for i in range(n):
        lo = min(lo, sm[i])
        hi = max(hi, sm[i])
    if hi - lo < 1e-3:
        return 0.0
    first = -1
    last = -1
    count = 0
    for i in range(1, n - 1):
        if sm[i] > sm[i - 1] and sm[i] >= sm[i + 1] and sm[i] - lo > 0.3 * (hi - lo):
            if first < 0:
                first = i
            last = i
            count += 1
    if count < 2:
        return 0.0
    period = (last - first) / (count - 1.0)
    if period < min_period or period > max_period:
        return 0.0
    return period


@njit(cache=True, nogil=True)
def block_periods(
    img: np.ndarray,
    theta: np.ndarray,
    mask: np.ndarray,
    block: int,
    window: int,
    min_period: float,
    max_period: float,
) -> np.ndarray:
    """Ridge period at the centre of every ``block`` x ``block`` tile; 0 where unknown."""
    h, w = img.shape
    bh = (h + block - 1) // block
    bw = (w + block - 1) // block
    out = np.zeros((bh, bw), np.float32)
    for by in range(bh):
        for bx in range(bw):
            cy = min(by * block + block // 2, h - 1)
            cx = min(bx * block + block // 2, w - 1)
            if not mask[cy, cx]:
                continue
            sig = x_signature(img, float(cy), float(cx), float(theta[cy, cx]), block, window)
            out[by, bx] = signature_period(sig, min_period, max_period)
    return out
