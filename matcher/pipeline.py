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
from matcher.stages.params import Params
from matcher.stages.plausibility import check_contrast, check_foreground, check_ridges
from matcher.stages.prepare import prepare
from matcher.stages.reliability import clarity_map, reliability
from matcher.stages.segmentation import foreground, shrink
from matcher.stages.thinning import thin
from matcher.template import MAX_MINUTIAE, MIN_RELIABILITY, SUPPLEMENT_RELIABILITY, Template
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
    # the finger's whole area (``mask`` is it shrunk by Params.seg_erode): ridges are
    # enhanced and thinned here, so a ridge crossing ``mask``'s edge does not end on it
    wide: NDArray[np.bool_]


def analyse(image: NDArray[np.generic], dpi: int, params: Params) -> Analysis:
    """Run the stages up to enhancement; raise NotAFingerprint on implausible input."""
    img = prepare(image, dpi, params)
    publish("image", img)
    check_contrast(img)
    wide = foreground(img, params)
    mask = shrink(wide, params.seg_erode)
    publish("mask", mask)
    check_foreground(mask, params)
    theta, coherence = orientation_field(img, params)
    publish("orientation", theta)
    publish("coherence", coherence)
    period, valid_frequency = ridge_period(img, theta, wide, params)
    publish("frequency", period)
    check_ridges(coherence, mask, valid_frequency, params, dpi=int(dpi))
    enhanced = enhance(img, theta, period, wide, params)
    publish("enhanced", enhanced)
    clarity = clarity_map(enhanced)
    return Analysis(img, mask, theta, coherence, period, valid_frequency, enhanced, clarity,
                    wide)


def extract_minutiae(analysis: Analysis, params: Params) -> NDArray[np.float32]:
    """Minutiae rows (x, y, ISO angle, kind, reliability), the ``max_minutiae`` most
    reliable ones that the strict rules keep, ordered by x then y."""
    return minutiae_and_supplement(analysis, params)[0]


def minutiae_and_supplement(
    analysis: Analysis, params: Params
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """The strict minutiae rows and, with ``params.supplementary``, the supplementary ones.

    Supplementary minutiae are the candidates only the looser rules keep (see
    :class:`~matcher.stages.params.Params`); they are rated SUPPLEMENT_RELIABILITY, the
    strict ones at least MIN_RELIABILITY, so an ISO record tells them apart (quality 1).
    Both lists are ordered left to right, then top to bottom, as mindtct writes them:
    bozorth3 assumes this order when it reads a record (it stops pairing a minutia once the
    x differences exceed its window).
    """
    binary = binarise(analysis.enhanced, analysis.wide)
    publish("binary", binary)
    skeleton = thin(binary)
    publish("skeleton", skeleton)
    cand = find_minutiae(skeleton, analysis.wide, analysis.theta, params)
    publish("minutiae_raw", lambda: _rows(cand, np.zeros(len(cand), np.float32)))
    dist = border_distance(analysis.mask)
    strict = filter_minutiae(cand, analysis.mask, params, dist)
    extra = np.zeros(len(cand), bool)
    if params.supplementary:
        # the looser rules measure the border on the whole finger area, not the shrunk mask
        loose = filter_minutiae(cand, analysis.wide, params.loosened(),
                                border_distance(analysis.wide))
        clear = analysis.clarity[cand.y, cand.x] >= params.loose_clarity
        extra = loose & clear & ~strict
    rel = reliability(cand.y, cand.x, analysis.coherence, analysis.clarity, dist, params)
    rows = _rows(cand, np.maximum(rel, MIN_RELIABILITY).astype(np.float32))
    core = _most_reliable(rows[strict], rel[strict], params, params.max_minutiae)
    # the record holds at most max_minutiae in all: a print with more candidates than that
    # is noisy, and the looser rules' extras there are mostly false (FVC2004 DB2)
    cap = max(0, min(params.max_minutiae, MAX_MINUTIAE) - len(core))
    more = _most_reliable(rows[extra], rel[extra], params, cap)
    more[:, 4] = SUPPLEMENT_RELIABILITY
    publish("minutiae", core)
    return core, more


def _most_reliable(
    rows: NDArray[np.float32], rel: NDArray[np.float32], params: Params, cap: int
) -> NDArray[np.float32]:
    """The ``cap`` most reliable rows (at least ``min_reliability``), x then y."""
    order = np.argsort(-rel, kind="stable")[:cap]
    order = order[rel[order] >= params.min_reliability]
    rows = rows[order]
    return np.ascontiguousarray(rows[np.lexsort((rows[:, 1], rows[:, 0]))])


def extract(
    image: NDArray[np.generic], dpi: int = 500, params: Params = DEFAULT_PARAMS
) -> Template:
    """Image -> Template at 500 dpi (see :func:`matcher.api.extract`)."""
    from matcher.scoring import score  # local: scoring imports this module

    analysis = analyse(image, dpi, params)
    rows, more = minutiae_and_supplement(analysis, params)
    h, w = analysis.image.shape
    return Template(rows, width=w, height=h, dpi=params.dpi, quality=score(analysis, len(rows)),
                    supplement=more)


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
