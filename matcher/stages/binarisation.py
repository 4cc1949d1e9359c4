"""Binarisation: ridges where the enhanced image is positive, inside the foreground.

After contextual Gabor filtering the ridge/valley decision is a sign test; a 3x3 majority
(median) pass removes isolated pixels that would thin into tiny spurs and islands.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray


def binarise(enhanced: NDArray[np.float32], mask: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Return True on ridge pixels inside ``mask``."""
    ridges = ((enhanced > 0) & mask).astype(np.uint8) * 255
    smoothed = np.asarray(cv2.medianBlur(ridges, 3))
    return np.asarray(smoothed > 0)
