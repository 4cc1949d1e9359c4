"""Thinning: one-pixel-wide ridge skeleton (Zhang-Suen plus staircase removal)."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from matcher._kernels.thinning import zhang_suen


def thin(binary: NDArray[np.bool_]) -> NDArray[np.uint8]:
    """Return the skeleton as uint8 0/1 of the same shape."""
    return zhang_suen(np.ascontiguousarray(binary))
