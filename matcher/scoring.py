"""Sample quality 0-100 in the spirit of NFIQ 2 (ISO/IEC 29794-4).

NFIQ 2 feeds a random forest with local quality features; the strongest are orientation
certainty/coherence, local clarity, ridge-frequency consistency, the size of the usable
area and the number of minutiae in it. We combine the same families of features, computed
by our own pipeline, with fixed weights: a clean, large, coherent print scores high, a
smudged, partial or dry one low. Report: its Spearman correlation with NFIQ 2 is measured in
``bench/accuracy.py``.

References
----------
E. Tabassi et al., "NFIQ 2.0: NIST Fingerprint Image Quality", NISTIR 8382, 2021.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from matcher.pipeline import DEFAULT_PARAMS, Analysis, analyse
from matcher.stages.params import Params


def features(analysis: Analysis, n_minutiae: int) -> dict[str, float]:
    """The quality features, each scaled to 0..1."""
    mask = analysis.mask
    coh = float(analysis.coherence[mask].mean())
    clarity = float(analysis.clarity[mask].mean())
    area_px = float(mask.sum()) / (250.0 * 250.0)  # a 12.7 mm square of finger is plenty
    return {
        "coherence": float(np.clip((coh - 0.2) / 0.8, 0.0, 1.0)),
        "clarity": float(np.clip((clarity - 0.3) / 0.65, 0.0, 1.0)),
        "frequency": float(np.clip(analysis.valid_frequency, 0.0, 1.0)),
        "area": float(np.clip(area_px, 0.0, 1.0)),
        "minutiae": float(np.clip(n_minutiae / 40.0, 0.0, 1.0)),
    }


WEIGHTS = {"coherence": 0.3, "clarity": 0.3, "frequency": 0.15, "area": 0.15, "minutiae": 0.1}


def score(analysis: Analysis, n_minutiae: int) -> int:
    """Quality 0-100 from the features of one analysed image."""
    f = features(analysis, n_minutiae)
    total = sum(WEIGHTS[k] * f[k] for k in WEIGHTS)
    return int(np.clip(round(100.0 * total), 0, 100))


def quality(image: NDArray[np.generic], dpi: int = 500, params: Params = DEFAULT_PARAMS) -> int:
    """Quality 0-100 of a fingerprint image (see :func:`matcher.api.quality`)."""
    from matcher.pipeline import extract_minutiae

    analysis = analyse(image, dpi, params)
    return score(analysis, len(extract_minutiae(analysis, params)))
