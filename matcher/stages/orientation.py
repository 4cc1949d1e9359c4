"""Orientation field: the local ridge direction and how sure we are of it (coherence).

The gradient structure tensor (Kass & Witkin 1987; Bazen & Gerez 2002) averaged with a
Gaussian gives, in doubled-angle form, the dominant gradient direction; ridges run
perpendicular to it. Coherence ``|(Gxx - Gyy, 2 Gxy)| / (Gxx + Gyy)`` is 1 for perfectly
parallel ridges and 0 for isotropic noise. Where coherence is low (scars, creases, the
core and deltas) the field falls back on a wider average, weighted by coherence, which
keeps it smooth without blurring the well-defined regions.

The tensor is averaged over 4 x 4 pixel cells before the Gaussian smoothing (sigma of
several pixels, so nothing is lost) and interpolated back, which makes the stage cheap.

Angles here are ridge orientations ``theta`` in ``[0, pi)`` in pixel coordinates: the unit
vector along the ridge is ``(cos theta, sin theta)`` with y pointing down.

References
----------
A. M. Bazen, S. H. Gerez, "Systematic methods for the computation of the directional fields
and singular points of fingerprints", IEEE TPAMI 24(7), 2002.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from matcher.stages.params import Params

_CELL = 4


def _down(a: NDArray[np.float32], shape: tuple[int, int]) -> NDArray[np.float32]:
    return np.asarray(cv2.resize(a, (shape[1], shape[0]), interpolation=cv2.INTER_AREA))


def _up(a: NDArray[np.float32], shape: tuple[int, int]) -> NDArray[np.float32]:
    return np.asarray(cv2.resize(a, (shape[1], shape[0]), interpolation=cv2.INTER_LINEAR))


def _blur(a: NDArray[np.float32], sigma: float) -> NDArray[np.float32]:
    return np.asarray(cv2.GaussianBlur(a, (0, 0), sigma, borderType=cv2.BORDER_REFLECT))


def orientation_field(
    image: NDArray[np.float32], params: Params
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Return ``(theta, coherence)``, both float32 of the image's shape."""
    h, w = image.shape
    small = (max(2, (h + _CELL - 1) // _CELL), max(2, (w + _CELL - 1) // _CELL))
    smooth = _blur(image, params.grad_sigma)
    gx = np.asarray(cv2.Sobel(smooth, cv2.CV_32F, 1, 0, ksize=3))
    gy = np.asarray(cv2.Sobel(smooth, cv2.CV_32F, 0, 1, ksize=3))
    a = _down(gx * gx - gy * gy, small)
    b = _down(2.0 * gx * gy, small)
    e = _down(gx * gx + gy * gy, small)
    s1 = params.orient_sigma / _CELL
    a1, b1, e1 = _blur(a, s1), _blur(b, s1), _blur(e, s1)
    mag1 = np.maximum(np.sqrt(a1 * a1 + b1 * b1), 1e-6)
    coherence = np.clip(mag1 / np.maximum(e1, 1e-6), 0.0, 1.0)
    # coherence-weighted unit vectors, averaged wider, fill in where the narrow field is weak
    s2 = params.orient_wide_sigma / _CELL
    a2 = _blur((a1 / mag1 * coherence).astype(np.float32), s2)
    b2 = _blur((b1 / mag1 * coherence).astype(np.float32), s2)
    mag2 = np.maximum(np.sqrt(a2 * a2 + b2 * b2), 1e-6)
    wgt = np.clip(coherence * 2.0 - 0.4, 0.0, 1.0)
    fa = wgt * a1 / mag1 + (1.0 - wgt) * a2 / mag2
    fb = wgt * b1 / mag1 + (1.0 - wgt) * b2 / mag2
    fa_full = _up(fa.astype(np.float32), (h, w))
    fb_full = _up(fb.astype(np.float32), (h, w))
    gradient_angle = 0.5 * np.arctan2(fb_full, fa_full)  # float32 in [-pi/2, pi/2]
    # + pi/2 lands in [0, pi] already: only pi itself wraps (no np.mod, a costly ufunc)
    theta = (gradient_angle + np.float32(np.pi / 2.0)).astype(np.float32, copy=False)
    theta[theta >= np.float32(np.pi)] = 0.0
    coh_full = _up(coherence.astype(np.float32), (h, w))
    return np.ascontiguousarray(theta), np.ascontiguousarray(coh_full, dtype=np.float32)
