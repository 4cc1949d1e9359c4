"""Segmentation: which pixels belong to the finger.

The feature is the local energy of the intensity gradient (the "gradient magnitude" family
of segmentation features; Bazen & Gerez 2001 combine it with coherence). Ridges give strong,
dense gradients; the sensor background gives weak ones. The energy is thresholded relative
to a robust maximum, then cleaned with morphology: close small gaps, open away specks, keep
the largest component, fill its holes and erode it so that the ridge ends made by the
finger's outline are not taken for minutiae. The opening is wide enough (``seg_open``) to
cut off thin strips, such as the edges of a sensor's window, that touch the finger.

References
----------
A. M. Bazen, S. H. Gerez, "Segmentation of fingerprint images", ProRISC 2001.
R. Cappelli, "Fingerprint feature extraction" (pyfing, GMFS segmentation), 2024.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from matcher.stages.params import Params


def gradient_energy(image: NDArray[np.float32], window: int) -> NDArray[np.float32]:
    """Root of the box-averaged squared gradient magnitude."""
    gx = np.asarray(cv2.Sobel(image, cv2.CV_32F, 1, 0, ksize=3))
    gy = np.asarray(cv2.Sobel(image, cv2.CV_32F, 0, 1, ksize=3))
    energy = np.asarray(cv2.boxFilter(gx * gx + gy * gy, cv2.CV_32F, (window, window)))
    return np.sqrt(np.maximum(energy, 0.0))


def segment(image: NDArray[np.float32], params: Params) -> NDArray[np.bool_]:
    """Return the foreground mask (True on the finger) of a 500 dpi image: the
    :func:`foreground` shrunk by ``params.seg_erode``."""
    return shrink(foreground(image, params), params.seg_erode)


def foreground(image: NDArray[np.float32], params: Params) -> NDArray[np.bool_]:
    """The finger's whole area, before the erosion that :func:`segment` applies.

    The morphology runs on 4 x 4 cells (the energy is a window average anyway), and the
    cell mask is interpolated back to pixels.
    """
    h, w = image.shape
    energy = gradient_energy(image, params.seg_window)
    small = np.asarray(cv2.resize(energy, ((w + 3) // 4, (h + 3) // 4),
                                  interpolation=cv2.INTER_AREA))
    top = float(np.percentile(small, 95))
    mask = (small > params.seg_threshold * top) if top > 0 else np.zeros(small.shape, bool)
    m = mask.astype(np.uint8)
    k = max(3, params.seg_close // 4 | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k))
    m = np.asarray(cv2.morphologyEx(m, cv2.MORPH_CLOSE, kernel), np.uint8)
    if params.seg_open > params.seg_close:
        k = max(3, params.seg_open // 4 | 1)
        kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k))
    m = np.asarray(cv2.morphologyEx(m, cv2.MORPH_OPEN, kernel), np.uint8)
    m = _largest_component(m)
    m = _fill_holes(m)
    full = np.asarray(cv2.resize(m.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR))
    return np.asarray(full > 0.5)


def shrink(mask: NDArray[np.bool_], radius: int) -> NDArray[np.bool_]:
    """Erode ``mask`` by a disc of ``radius`` pixels (the image edge counts as background)."""
    out = mask.astype(np.uint8)
    if radius > 0:
        k = 2 * radius + 1
        erode = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k))
        out = np.asarray(
            cv2.erode(out, erode, borderType=cv2.BORDER_CONSTANT, borderValue=0), np.uint8
        )
    return out.astype(bool)


def _largest_component(m: NDArray[np.uint8]) -> NDArray[np.uint8]:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(m, connectivity=8)
    if count <= 1:
        return m
    best = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    return (labels == best).astype(np.uint8)


def _fill_holes(m: NDArray[np.uint8]) -> NDArray[np.uint8]:
    h, w = m.shape
    padded = np.zeros((h + 2, w + 2), np.uint8)
    padded[1:-1, 1:-1] = m
    flood = padded.copy()
    cv2.floodFill(flood, np.zeros((h + 4, w + 4), np.uint8), (0, 0), 1)
    holes = flood == 0
    padded[holes] = 1
    return padded[1:-1, 1:-1]
