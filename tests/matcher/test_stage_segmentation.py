"""Segmentation: a thin line touching the finger (a sensor window's edge) is not finger."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from matcher.stages.params import Params
from matcher.stages.segmentation import segment


def _finger_with_edge_line() -> np.ndarray:
    """Faint ridges (period 9 px) in an ellipse on a light background, and a grey 2 px
    vertical line running the full height that touches the ellipse at its widest, like the
    edge of the sensor's window in FVC2004 DB2."""
    h, w = 360, 320
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    inside = ((xx - 150) / 110) ** 2 + ((yy - 180) / 150) ** 2 <= 1.0
    img = np.full((h, w), 220.0, np.float32)
    ridges = 180.0 + 30.0 * np.cos(2 * np.pi * (0.8 * xx + 0.6 * yy) / 9.0)
    img[inside] = ridges[inside]
    img[:, 262:264] = 195.0  # a little fainter than the ridges
    return img


def test_a_thin_line_touching_the_finger_is_left_out() -> None:
    img = _finger_with_edge_line()
    mask = segment(img, Params())
    assert mask[180, 150]  # the finger's centre
    line = np.r_[0:40, 320:360]  # rows where the line runs clear of the ellipse
    assert not mask[line, 250:275].any()
    # with the opening as narrow as the closing (before seg_open), the line was kept
    narrow = segment(img, replace(Params(), seg_open=0))
    assert narrow[line, 250:275].any()
