"""Plausibility: refuse images that hold no fingerprint before minutiae are trusted.

A fingerprint has (1) contrast, (2) enough foreground, (3) locally parallel ridges, i.e. a
coherent orientation field, and (4) a ridge period between about 4 and 16 px at 500 dpi.
Blank images fail (1) or (2), noise fails (3), smooth gradients, checkerboards and most
text fail (4).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from matcher.errors import NotAFingerprint
from matcher.stages.params import Params


def check_contrast(image: NDArray[np.float32]) -> None:
    """Raise on an image without usable contrast (blank, uniform).

    The 1st and 99th percentiles are taken on every other pixel of every other row: a
    quarter of the sorting work, and the same answer for anything but a contrast within a
    grey level or so of the threshold.
    """
    lo, hi = np.percentile(image[::2, ::2], [1, 99])
    if hi - lo < 12.0:
        raise NotAFingerprint(
            f"the image is blank: its contrast ({hi - lo:.0f} grey levels) is too low",
            foreground_fraction=0.0,
        )


def check_foreground(mask: NDArray[np.bool_], params: Params) -> float:
    """Raise when too little of the image is finger; return the foreground fraction."""
    fraction = float(mask.mean())
    if fraction < params.min_foreground:
        raise NotAFingerprint(
            f"no finger found: only {fraction:.0%} of the image looks like ridges",
            foreground_fraction=fraction,
        )
    return fraction


def check_ridges(
    coherence: NDArray[np.float32],
    mask: NDArray[np.bool_],
    valid_frequency: float,
    params: Params,
    dpi: int | None = None,
) -> None:
    """Raise when the foreground lacks parallel ridges of a fingerprint's period.

    ``dpi`` is the resolution the image was read at; when the ridge spacing is what fails,
    the message names it, since a scan read at the wrong resolution (a 1000 ppi image taken
    for 500) fails exactly there.
    """
    fraction = float(mask.mean())
    mean_coh = float(coherence[mask].mean())
    if mean_coh < params.min_mean_coherence:
        raise NotAFingerprint(
            f"no ridge pattern: the orientation coherence ({mean_coh:.2f}) is that of noise",
            foreground_fraction=fraction,
        )
    if valid_frequency < params.min_valid_frequency:
        raise NotAFingerprint(
            f"no ridge pattern: only {valid_frequency:.0%} of the foreground shows a "
            "fingerprint's ridge spacing"
            + (f" at {dpi} dpi (is that the image's resolution?)" if dpi else ""),
            foreground_fraction=fraction,
        )
    if mean_coh + valid_frequency < params.min_ridge_evidence:
        raise NotAFingerprint(
            "no ridge pattern: the foreground is neither coherent nor regular enough "
            "for a fingerprint",
            foreground_fraction=fraction,
        )
