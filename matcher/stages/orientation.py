"""Orientation field: the local ridge direction and how sure we are of it (coherence).

The gradient structure tensor (Kass & Witkin 1987; Bazen & Gerez 2002) averaged with a
Gaussian gives, in doubled-angle form, the dominant gradient direction; ridges run
perpendicular to it. Coherence ``|(Gxx - Gyy, 2 Gxy)| / (Gxx + Gyy)`` is 1 for perfectly
parallel ridges and 0 for isotropic noise. Where coherence is low (scars, creases, the
core and deltas) the field falls back on a wider average, weighted by coherence, which
keeps it smooth without blurring the well-defined regions.

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


def orientation_field(
    image: NDArray[np.float32], params: Params
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Return ``(theta, coherence)``, both float32 of the image's shape."""
    smooth = cv2.GaussianBlur(image, (0, 0), params.grad_sigma)
    gx = cv2.Sobel(smooth, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(smooth, cv2.CV_32F, 0, 1, ksize=3)
    a = gx * gx - gy * gy
    b = 2.0 * gx * gy
    e = gx * gx + gy * gy
    a1 = cv2.GaussianBlur(a, (0, 0), params.orient_sigma)
    b1 = cv2.GaussianBlur(b, (0, 0), params.orient_sigma)
    e1 = cv2.GaussianBlur(e, (0, 0), params.orient_sigma)
    mag1 = np.sqrt(a1 * a1 + b1 * b1)
    coherence = mag1 / np.maximum(e1, 1e-6)
    # coherence-weighted unit vectors, averaged wider, fill in where the narrow field is weak
    ua = a1 / np.maximum(mag1, 1e-6) * coherence
    ub = b1 / np.maximum(mag1, 1e-6) * coherence
    a2 = cv2.GaussianBlur(ua, (0, 0), params.orient_wide_sigma)
    b2 = cv2.GaussianBlur(ub, (0, 0), params.orient_wide_sigma)
    w = np.clip(coherence * 2.0 - 0.4, 0.0, 1.0)
    fa = w * a1 / np.maximum(mag1, 1e-6) + (1.0 - w) * a2 / np.maximum(
        np.sqrt(a2 * a2 + b2 * b2), 1e-6
    )
    fb = w * b1 / np.maximum(mag1, 1e-6) + (1.0 - w) * b2 / np.maximum(
        np.sqrt(a2 * a2 + b2 * b2), 1e-6
    )
    gradient_angle = 0.5 * np.arctan2(fb, fa)
    theta = np.mod(gradient_angle + np.pi / 2.0, np.pi).astype(np.float32)
    return theta, np.clip(coherence, 0.0, 1.0).astype(np.float32)
