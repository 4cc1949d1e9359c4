"""Bilinear sampling shared by the kernels (inlined by Numba)."""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True, inline="always")
def bilinear(img: np.ndarray, y: float, x: float) -> float:
    """Value of ``img`` at real coordinates (y, x), clamped to the border."""
    h, w = img.shape
    if y < 0.0:
        y = 0.0
    elif y > h - 1.0:
        y = h - 1.0
    if x < 0.0:
        x = 0.0
    elif x > w - 1.0:
        x = w - 1.0
    y0 = int(y)
    x0 = int(x)
    y1 = min(y0 + 1, h - 1)
    x1 = min(x0 + 1, w - 1)
    fy = y - y0
    fx = x - x0
    top = img[y0, x0] * (1.0 - fx) + img[y0, x1] * fx
    bottom = img[y1, x0] * (1.0 - fx) + img[y1, x1] * fx
    return top * (1.0 - fy) + bottom * fy
