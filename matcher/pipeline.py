"""The extraction pipeline: one readable sequence of stages, image in, Template out.

Every stage lives in :mod:`matcher.stages` (arrays in, arrays out) and publishes what it
produced to the optional transparency sink (:mod:`matcher.transparency`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

import matcher._kernels._numba_start  # noqa: F401  (first: cheap first kernel dispatch)
from matcher.stages.binarisation import binarise
from matcher.stages.enhancement import enhance
from matcher.stages.filtering import border_distance, filter_minutiae
from matcher.stages.frequency import ridge_period
from matcher.stages.minutiae import Candidates, find_minutiae
from matcher.stages.orientation import orientation_field
from matcher.stages.params import CORE_FLOOR, SUPPLEMENTARY_CEILING, Params
from matcher.stages.plausibility import check_contrast, check_foreground, check_ridges
from matcher.stages.prepare import prepare
from matcher.stages.reliability import clarity_map, reliability
from matcher.stages.segmentation import segment
from matcher.stages.thinning import thin
from matcher.template import Template
from matcher.transparency import publish

DEFAULT_PARAMS = Params()


@dataclass(frozen=True)
class Analysis:
    """The image-level features shared by extraction and quality (500 dpi geometry)."""

    image: NDArray[np.float32]
    mask: NDArray[np.bool_]
    theta: NDArray[np.float32]
    coherence: NDArray[np.float32]
    period: NDArray[np.float32]
    valid_frequency: float
    enhanced: NDArray[np.float32]
    clarity: NDArray[np.float32]


def analyse(image: NDArray[np.generic], dpi: int, params: Params) -> Analysis:
    """Run the stages up to enhancement; raise NotAFingerprint on implausible input."""
    img = prepare(image, dpi, params)
    publish("image", img)
    check_contrast(img)
    mask = segment(img, params)
    publish("mask", mask)
    check_foreground(mask, params)
    theta, coherence = orientation_field(img, params)
    publish("orientation", theta)
    publish("coherence", coherence)
    period, valid_frequency = ridge_period(img, theta, mask, params)
    publish("frequency", period)
    check_ridges(coherence, mask, valid_frequency, params)
    enhanced = enhance(img, theta, period, mask, params)
    publish("enhanced", enhanced)
    clarity = clarity_map(enhanced)
    return Analysis(img, mask, theta, coherence, period, valid_frequency, enhanced, clarity)


def extract_minutiae(analysis: Analysis, params: Params) -> NDArray[np.float32]:
    """Minutiae rows (x, y, ISO angle, kind, reliability), the ``max_minutiae`` most
    reliable ones, ordered by x then y.

    With ``params.supplementary`` the rows also hold the candidates that only the looser
    rules keep, rated at most SUPPLEMENTARY_CEILING, below every strict one (rated at least
    CORE_FLOOR).
    """
    binary = binarise(analysis.enhanced, analysis.mask)
    publish("binary", binary)
    skeleton = thin(binary)
    publish("skeleton", skeleton)
    cand = find_minutiae(skeleton, analysis.mask, analysis.theta, params)
    publish("minutiae_raw", lambda: _rows(cand, np.zeros(len(cand), np.float32)))
    dist = border_distance(analysis.mask)
    strict = filter_minutiae(cand, analysis.mask, params, dist)
    keep = strict
    if params.supplementary:
        keep = strict | filter_minutiae(cand, analysis.mask, params.loosened(), dist)
    core = strict[keep]
    cand = cand.subset(keep)
    rel = reliability(cand.y, cand.x, analysis.coherence, analysis.clarity, dist, params)
    if params.supplementary:
        # rescaled, not clipped: the strict minutiae keep their order (our comparator and
        # the gallery take the most reliable ones first)
        rel = np.where(core, CORE_FLOOR + (1.0 - CORE_FLOOR) * rel,
                       rel * SUPPLEMENTARY_CEILING).astype(np.float32)
    rows = _rows(cand, rel)
    order = np.argsort(-rel, kind="stable")[: params.max_minutiae]
    order = order[rel[order] >= params.min_reliability]
    rows = rows[order]
    # left to right, then top to bottom, as mindtct writes them: bozorth3 assumes this order
    # when it reads a record (it stops pairing once x differences exceed its window)
    rows = np.ascontiguousarray(rows[np.lexsort((rows[:, 1], rows[:, 0]))])
    publish("minutiae", rows)
    return rows


def extract(
    image: NDArray[np.generic], dpi: int = 500, params: Params = DEFAULT_PARAMS
) -> Template:
    """Image -> Template at 500 dpi (see :func:`matcher.api.extract`)."""
    from matcher.scoring import score  # local: scoring imports this module

    analysis = analyse(image, dpi, params)
    rows = extract_minutiae(analysis, params)
    h, w = analysis.image.shape
    return Template(rows, width=w, height=h, dpi=params.dpi, quality=score(analysis, len(rows)))


def _rows(cand: Candidates, rel: NDArray[np.float32]) -> NDArray[np.float32]:
    """Template layout; the ISO angle is counter-clockwise with y up, hence the minus."""
    angle = np.mod(-cand.direction, 2.0 * np.pi)
    angle = np.where(angle >= 2.0 * np.pi, 0.0, angle)
    out = np.empty((len(cand), 5), np.float32)
    out[:, 0] = cand.x
    out[:, 1] = cand.y
    out[:, 2] = angle
    out[:, 3] = cand.kind
    out[:, 4] = rel
    # float32 rounding can turn 2*pi - tiny into 2*pi
    out[:, 2] = np.where(out[:, 2] >= np.float32(2.0 * np.pi), 0.0, out[:, 2])
    return out
