"""Reliability of each minutia, 0..1: how much of its neighbourhood is clean ridge flow.

Three cues, multiplied: the orientation coherence around the minutia (low at scars, creases
and noise), the local clarity of the enhanced ridges (how strongly the Gabor response
separates ridges from valleys, like NFIQ 2's local clarity), and the distance from the
foreground border (minutiae near the edge are often where a ridge leaves the print).
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from matcher.stages.params import Params


def clarity_map(enhanced: NDArray[np.float32], window: int = 17) -> NDArray[np.float32]:
    """Local mean absolute Gabor response on a scale where clean ridges give about 1.

    The filter input has unit local variance, so the response is absolute: a noise-free
    sinusoidal ridge pattern gives about 0.7, noise alone much less.
    """
    mag = np.asarray(cv2.boxFilter(np.abs(enhanced), cv2.CV_32F, (window, window)))
    return np.clip(mag / _CLEAN_RESPONSE, 0.0, 1.0).astype(np.float32)


_CLEAN_RESPONSE = 0.7


def reliability(
    ys: NDArray[np.int64],
    xs: NDArray[np.int64],
    coherence: NDArray[np.float32],
    clarity: NDArray[np.float32],
    border: NDArray[np.float32],
    params: Params,
) -> NDArray[np.float32]:
    """Per-minutia reliability in [0, 1]."""
    coh = cv2.blur(coherence, (9, 9))[ys, xs]
    clear = clarity[ys, xs]
    edge = np.clip(border[ys, xs] / (3.0 * params.border_distance), 0.0, 1.0)
    r = np.clip(coh * 1.3, 0.0, 1.0) * np.sqrt(clear) * (0.5 + 0.5 * edge)
    return np.clip(r, 0.0, 1.0).astype(np.float32)
