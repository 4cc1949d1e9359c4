"""1:1 comparison: MCC bit cylinders with LSS-R consolidation, and the calibrated threshold.

``compare(a, b)`` returns a similarity in [0, 1] (higher means more alike), the scale that
``Gallery.search`` reports too. ``threshold_for_fmr(fmr)`` reads the calibration table made
on real impostor comparisons (see :mod:`matcher.calibration`).
"""

from __future__ import annotations

import numpy as np

from matcher.calibration import threshold_for_fmr
from matcher.mcc import DEFAULT, Cylinders, MccParams, encode_cached
from matcher.template import Template

__all__ = ["compare", "compare_cylinders", "threshold_for_fmr"]


def compare_cylinders(a: Cylinders, b: Cylinders, params: MccParams = DEFAULT) -> float:
    """Similarity of two encoded templates (see :func:`compare`)."""
    from matcher._kernels.mcc_match import score_pair

    scratch = np.empty((max(len(a), 1), max(len(b), 1)), dtype=np.float64)
    return float(
        score_pair(
            a.values,
            a.mask,
            a.theta,
            a.ok,
            a.x,
            a.y,
            b.values,
            b.mask,
            b.theta,
            b.ok,
            b.x,
            b.y,
            params.nd,
            params.max_rotation,
            params.min_matchable_cells,
            params.relax_iterations,
            params.relax_weight,
            scratch,
        )
    )


def compare(a: Template, b: Template) -> float:
    """Similarity of two templates in [0, 1]; symmetric up to ties.

    Each template is encoded as Minutia Cylinder-Code bit cylinders of its most reliable
    minutiae; cylinder pairs are scored by the bit similarity and consolidated by LSS-R.
    Compare the result with ``threshold_for_fmr(fmr)``. Each template's cylinders are
    encoded on first use and kept with the template (:func:`matcher.mcc.encode_cached`).

    References
    ----------
    R. Cappelli, M. Ferrara, D. Maltoni, "Minutia Cylinder-Code", IEEE TPAMI 32(12), 2010.
    """
    return compare_cylinders(encode_cached(a), encode_cached(b))
